# Importing registration lists: why a file cannot be read, and what happens to each row.

import-field-full-name = Full name
import-field-name-ar = Name in Arabic
import-field-first-name = First name
import-field-last-name = Last name
import-field-title = Title
import-field-title-ar = Title in Arabic
import-field-email = Email
import-field-phone = Phone
import-field-organisation = Organisation
import-field-organisation-ar = Organisation in Arabic
import-field-acronym = Acronym
import-field-role = Role
import-field-country = Country
import-field-stakeholder-type = Stakeholder type
import-field-consent = Consent
import-field-contact-confidentiality = Contact confidentiality
import-field-attendance = Attendance
import-field-other-names = Other names
import-field-focus-areas = Focus areas
import-field-offers = Offers
import-field-needs = Needs
import-field-website = Website
import-field-contact = Contact
import-error-empty = The file holds no list: it is empty or has only blank lines
import-error-not-text = The file is not a list: it holds bytes that are not text (save the spreadsheet as CSV)
import-error-meeting = The file is a Majlis meeting, not a list of people
import-error-syntax = The list cannot be read at line { $line }: { $message }
import-added = { $name }: added
import-merged = { $name }: merged with { $existing }, already in the meeting
import-merged-row = { $name }: merged with { $existing }, from line { $other } of the list
import-rejected-no-name = Rejected: no name
import-rejected-email = Rejected: “{ $email }” is not a valid email address
import-rejected-too-few = Rejected: { $found_plural ->
    [one] { $found } column
   *[other] { $found } columns
  } where the header has { $expected }
import-rejected-too-many = Rejected: { $found_plural ->
    [one] { $found } column
   *[other] { $found } columns
  } where the header has { $expected } (a separator inside a value without quotes?)
import-note-kept = { $field ->
    [name] Kept the name
    [name-ar] Kept the name in Arabic
    [title] Kept the title
    [title-ar] Kept the title in Arabic
    [email] Kept the email
    [phone] Kept the phone number
    [organisation] Kept the organisation
    [organisation-ar] Kept the Arabic name of the organisation
    [acronym] Kept the acronym
    [role] Kept the role
    [country] Kept the country
    [type] Kept the stakeholder type
    [consent] Kept the consent
    [confidentiality] Kept the contact confidentiality
    [other-names] Kept the other names
    [focus-areas] Kept the focus areas
    [offers] Kept the offers
    [needs] Kept the needs
    [website] Kept the website
    [contact] Kept the contact
   *[other] Kept the value
  } “{ $kept }”; the list gives “{ $given }”
import-note-unknown-country = Country “{ $value }” not recognised: left empty
import-note-unknown-type = Stakeholder type “{ $value }” not recognised: left empty
import-note-not-read = { $field ->
    [consent] Consent “{ $value }” is neither yes nor no: left out
    [confidentiality] Contact confidentiality “{ $value }” not recognised: left out
    [attendance] “{ $value }” is not a day written YYYY-MM-DD: left out of the attendance
    [focus-areas] Focus area “{ $value }” not recognised: left out
   *[other] “{ $value }” not recognised: left out
  }
import-summary = { $rows_plural ->
    [one] { $rows } row read
   *[other] { $rows } rows read
  }: { $added_plural ->
    [one] { $added } person added
   *[other] { $added } people added
  }, { $merged } merged with people already known, { $rejected } rejected; { $organisations_plural ->
    [one] { $organisations } organisation added
   *[other] { $organisations } organisations added
  }
import-summary-organisations = { $rows_plural ->
    [one] { $rows } row read
   *[other] { $rows } rows read
  }: { $added_plural ->
    [one] { $added } organisation added
   *[other] { $added } organisations added
  }, { $merged } merged with organisations already known, { $rejected } rejected

# The import dialog.
import-menu = Import people…
import-dialog-title = Choose a list of people (CSV)
import-dialog-filter = Lists (CSV)
import-dialog-heading = Import people from { $file }
import-dialog-heading-organisations = Import organisations from { $file }
import-dialog-read-as = Read as { $encoding }, { $separator ->
    [semicolon] separated by semicolons
    [tab] separated by tabs
   *[comma] separated by commas
  }
import-dialog-columns = What each column holds
import-dialog-column-unnamed = Column { $number }
import-dialog-column-ignored = (not imported)
import-dialog-preview = The first rows of the file
import-dialog-problems = { $count_plural ->
    [one] { $count } row needs a look
   *[other] { $count } rows need a look
  }
import-dialog-problem = Line { $line }: { $text }
import-dialog-import = Import
import-dialog-cancel = Cancel
import-unreadable = Could not import { $path }: { $error }
import-no-copy = Nothing was imported: the copy of the meeting before the import could not be written ({ $error })
import-done = Imported from { $file }: { $summary }
import-done-with-copy = Imported from { $file }: { $summary }. The meeting as it was is kept as { $copy }
import-path-heading = Import people from a list
import-path-button = Read the list
import-dialog-nothing-to-change = Everyone in the list is already in the meeting as it says: nothing to import

# Personal data: erasing a person, exporting people and organisations, the next meeting.

personal-erased = (erased)
personal-not-listed = (not listed)
personal-undo-erase = erase a person
personal-erase-ask = Erase this person…
personal-erase-heading = Erase { $name }?
personal-erase-registry = Their entry leaves the registry: name, organisation, role, email, phone and attendance.
personal-erase-references = What refers to them will read “(erased)”: { $turns_plural ->
    [one] { $turns } speaking turn
   *[other] { $turns } speaking turns
}, { $actions_plural ->
    [one] { $actions } action item
   *[other] { $actions } action items
}, { $roles_plural ->
    [one] { $roles } agenda role
   *[other] { $roles } agenda roles
} and { $reports_plural ->
    [one] the progress reports of { $reports } partnership
   *[other] the progress reports of { $reports } partnerships
}.
personal-erase-copies = At the next save, the backup beside the file, the recovery copies and the copies kept before an import lose them too. Until the window is closed, Undo brings them back.
personal-erase-free-text = Notes and descriptions that name them are not changed: edit those by hand.
personal-erase = Erase
personal-copies-heading = Some copies still hold an erased person
personal-copy-not-erased = { $path } could not be rewritten: { $reason }
personal-menu-new-from-this = New meeting from this one…
personal-new-from-this-opened = New meeting with the people, organisations and funding sources of the last one
personal-menu-export-people = Export people…
personal-menu-export-organisations = Export organisations…
personal-export-people-heading = Export people
personal-export-organisations-heading = Export organisations
personal-export-for = Who is the file for?
personal-export-for-public = The public: no one who did not consent, no contact details for organisers only
personal-export-for-organisers = The organisers: everyone and every contact detail
personal-export-choose = Choose where…
personal-export = Export
personal-export-dialog-title = Export to a spreadsheet
personal-dialog-filter-csv = CSV spreadsheet
personal-export-file-people = { $meeting }-people.csv
personal-export-file-organisations = { $meeting }-organisations.csv
personal-exported-people = { $count_plural ->
    [one] Exported { $count } person to { $path }
   *[other] Exported { $count } people to { $path }
}
personal-exported-organisations = { $count_plural ->
    [one] Exported { $count } organisation to { $path }
   *[other] Exported { $count } organisations to { $path }
}
personal-export-failed = The CSV file could not be written: { $reason }
personal-export-not-written = { $path } was not written: { $reason }
personal-export-failed-heading = Export failed
personal-yes = Yes
personal-no = No
personal-column-name = Name
personal-column-organisation = Organisation
personal-column-role = Role
personal-column-email = Email
personal-column-phone = Phone
personal-column-country = Country
personal-column-stakeholder-type = Stakeholder type
personal-column-consent = Consent
personal-column-contact-confidentiality = Contact confidentiality
personal-column-attendance = Attendance
personal-column-title = Title
personal-column-arabic-title = Arabic title
personal-column-arabic-name = Arabic name
personal-column-acronym = Acronym
personal-column-other-names = Other names
personal-column-focus-areas = Focus areas
personal-column-offers = Offers
personal-column-needs = Needs
personal-column-website = Website
personal-column-contact = Contact
personal-cli-export-unknown-option = Unknown option for export: { $option }
personal-cli-export-needs-value = { $option } needs the file to write
personal-cli-export-one-table = Export writes one file at a time: give --people or --organisations, not both
personal-cli-export-needs-files = Export needs a meeting file and --people OUT.csv or --organisations OUT.csv, for example: majlis export beirut.ron --people people.csv [--internal]
personal-export-not-over-meeting = { $path } is a meeting file: an export is written under another name, ending in .csv
personal-copy-newer = it was written by a newer version of Majlis; open it there to erase the person from it

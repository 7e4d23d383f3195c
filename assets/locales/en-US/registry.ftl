# People & organisations: the registry's tables, search and editors.

registry-organisations = Organisations
registry-people = People
registry-search-hint = name, acronym, country…
registry-add-organisation = Add organisation
registry-new-organisation = New organisation
registry-add-person = Add person
registry-new-person = New person
registry-column-name = Name
registry-column-arabic-name = Arabic name
registry-column-acronym = Acronym
registry-column-type = Type
registry-column-country = Country
registry-column-organisation = Organisation
registry-column-role = Role
registry-column-email = Email
registry-column-days = Days
registry-select-hint = Select a row to see and edit it
registry-delete-ask = Delete…
registry-delete-question = Delete this record? Ctrl+Z brings it back
registry-delete = Delete
registry-field-name = Name
registry-field-name-arabic = Name in Arabic
registry-field-acronym = Acronym
registry-field-stakeholder-type = Stakeholder type
registry-field-country = Country (ISO code)
registry-field-website = Website
registry-field-contact = Contact
registry-field-offers = Offers (one per line)
registry-field-needs = Needs (one per line)
registry-field-organisation = Organisation
registry-field-role = Role
registry-field-email = Email
registry-field-phone = Phone
registry-no-organisation = (none)
registry-shown-of-total = { $shown } of { $total }
registry-sorted-ascending = { $column }, sorted ascending
registry-sorted-descending = { $column }, sorted descending
registry-filter-type = Type
registry-filter-country = Country
registry-filter-focus-area = Focus area
registry-filter-present-today = Present today
registry-filter-clear = Clear filters
registry-field-aliases = Also known as (one per line or separated by commas)
registry-field-focus-areas = Focus areas
registry-field-contact-seen-by = Contact details seen by
registry-field-consent = May be named in reports and shared lists
registry-profile-people = { $count_plural ->
    [one] { $count } person
   *[other] { $count } people
}
registry-profile-no-people = No one from this organisation is in the registry
registry-profile-person-role = { $name }, { $role }
registry-profile-partnerships = { $count_plural ->
    [one] In { $count } partnership
   *[other] In { $count } partnerships
}
registry-profile-no-partnerships = Not in any partnership yet
registry-profile-partnership = { $title } ({ $stage })

# Check-in at the door.
command-check-in = Check-in
registry-checkin-close = Back to the registry
registry-checkin-heading = Check-in for { $day }
registry-checkin-search = Who is at the door
registry-checkin-search-hint = name, email or organisation; Up and Down choose, Enter marks present
registry-checkin-marked = { $name } is marked present
registry-checkin-unmarked = { $name } is no longer marked present
registry-checkin-unmark-question = { $name } is already marked present today. Un-mark them? Enter un-marks, Escape keeps them
registry-checkin-unmark = Un-mark
registry-checkin-keep = Keep as present
registry-checkin-no-match = No one in the registry matches
registry-checkin-add-walk-in = Add “{ $name }” as a walk-in
registry-checkin-present = Present
registry-checkin-walk-in-heading = Adding “{ $name }” as a walk-in, present today
registry-checkin-walk-in-organisation = Their organisation
registry-checkin-walk-in-organisation-hint = name or acronym; a new name adds the organisation; empty for none
registry-checkin-walk-in-add = Add walk-in
registry-checkin-walk-in-cancel = Cancel
registry-checkin-walk-in-added = { $name } is added as a walk-in and marked present
registry-checkin-present-total = { $count_plural ->
    [one] { $count } person present today
   *[other] { $count } people present today
}
registry-checkin-by-type = By stakeholder type
registry-checkin-by-country = By country
registry-checkin-no-type = No organisation or type
registry-checkin-no-country = No organisation or country
registry-checkin-count-line = { $label }: { $count }
registry-checkin-not-a-meeting-day = { $day } is not a day of the meeting: people checked in now are recorded as present on { $day }.
registry-filter-invitation = Invitation
registry-invitation-with-count = { $standing } ({ $count })
registry-invitation-counts = Prospects { $prospects } · Invited { $invited } · Confirmed { $confirmed } · Declined { $declined } · Attended { $attended }
registry-column-invitation = Invitation
registry-invitation-heading = Invitation
registry-field-invitation = Status
registry-invitation-attended = Attended: check-in saw them at the meeting
registry-invitation-since = { $standing } since { $date }
registry-field-invitation-contact = Organisers' contact
registry-field-letter-language = Language of the letter
registry-field-title = Title
registry-field-title-arabic = Title in Arabic
registry-invitation-through-people = { $standing } through its people

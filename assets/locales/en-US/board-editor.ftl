# The editor of a partnership card beside the board: its fields, the checklist of a strong commitment and its history.

board-editor-close = Close
board-field-title = Title
board-stage = Stage
board-editor-title-arabic = Title in Arabic
board-editor-description = Description
board-editor-thrust-area = Thrust area
board-editor-programme = Programme
board-editor-next-step = Next step
board-editor-none = None

# Partners

board-editor-partners = Partners
board-editor-add-partner = Add a partner
board-editor-add-partner-named = Add { $name } as a partner
board-editor-named-acronym = { $name } ({ $acronym })
board-editor-role-of = Role of { $name }
board-editor-role-hint = What it brings
board-editor-remove = Remove
board-editor-remove-partner = Remove { $name } from the partners
board-editor-remove-role = Remove role { $number } of { $name }
board-editor-create-organisation = Create “{ $name }” as a new organisation…
board-editor-new-organisation = New organisation
board-editor-organisation-name = Name
board-editor-stakeholder-type = Stakeholder type
board-editor-organisation-country = Country
board-editor-create-and-add = Create and add
board-editor-cancel = Cancel
board-editor-organisation-name-needed = Type the organisation’s name
board-editor-lead = Lead
board-editor-no-lead = No lead
board-editor-countries = Countries
board-editor-country-not-a-code = “{ $code }” is not a two-letter country code such as LB

# Lists

board-editor-deliverables = Deliverables (one per line)
board-editor-resources = Resources committed (one per line)
board-editor-milestones = Milestones
board-editor-milestone = Milestone { $number }
board-editor-milestone-due = Milestone { $number } due
board-editor-due-hint = 2007-10-15
board-editor-milestone-done = Done
board-editor-milestone-done-named = Milestone { $number } done
board-editor-remove-milestone = Remove milestone { $number }
board-editor-add-milestone = Add a milestone

# Reporter, financing, origin, audience

board-editor-reporter = Reports progress
board-editor-nobody = Nobody yet
board-editor-clear-reporter = Name nobody to report progress
board-editor-find-reporter = Find who reports
board-editor-choose-reporter = { $name } reports progress
board-editor-person-of = { $name }, { $organisation }
board-editor-financing-need = Financing need
board-editor-currency = Currency
board-editor-instruments-sought = Financing sought
board-editor-amount-invalid = “{ $text }” is not an amount: type whole units such as 250000
board-editor-born-at = Born at
board-editor-born-nowhere = No round table
board-editor-unknown-item = An item no longer on the agenda
board-editor-seen-by = Seen by
board-editor-delete = Delete partnership
board-editor-delete-named = Delete the partnership “{ $title }”

# Checklist of a strong commitment

board-editor-checklist = A strong commitment
board-editor-met-roles = Two partners or more have a role
board-editor-met-deliverables = Measurable deliverables are stated
board-editor-met-resources = Resources are committed
board-editor-met-timeline = A milestone has a due date
board-editor-met-reporter = Someone is named to report progress
board-editor-mix = Mix of partners
board-editor-mix-no-partners = No partners yet
board-editor-mix-fine = The mix of partners raises no warning

# History

board-editor-history = History
board-editor-stage-history = Stages
board-editor-partner-history = Partners over time
board-editor-history-empty = Nothing yet
board-editor-history-stage = Entered { $stage } on { $time }
board-editor-history-joined = { $organisation } joined on { $time }
board-editor-history-left = { $organisation } left on { $time }

# The partnership board: columns by stage and the cards in them.

board-column = { $stage } ({ $count })

# Quality

board-gap-roles = Fewer than two partners have a role
board-gap-deliverables = No measurable deliverable yet
board-gap-resources = No resources committed yet
board-gap-timeline = No timeline: no milestone has a date
board-gap-reporter = No one is named to report progress
board-gap-roles-label = Roles
board-gap-deliverables-label = Deliverables
board-gap-resources-label = Resources
board-gap-timeline-label = Timeline
board-gap-reporter-label = Reporter
board-mix-no-academia = No academic or research partner
board-mix-no-financier = No financier among the partners
board-mix-one-country = All partners are in one country
board-mix-public-only = Only the public sector takes part
board-mix-incubator-without-private = An incubator project with no private-sector partner
board-card-complete = A strong commitment
board-card-gaps = Missing: { $gaps }

# The cards

board-card-name = { $title }, at stage { $stage }
board-card-need = Needs { $currency } { $amount }
board-card-need-covered = Needs { $currency } { $amount }, { $covered } covered
board-card-more-partners = +{ $count }
board-card-partners = Partners: { $names }

# The columns and swimlanes

board-dropped-show = Show
board-dropped-hide = Set aside
board-dropped-show-name = Show the dropped partnerships
board-dropped-hide-name = Set the dropped partnerships aside
board-dropped-aside = Dropped partnerships are kept here. Drop a card here to set it aside.
board-lane-no-round-table = Born at no round table
board-lane-no-thrust-area = No thrust area

# The toolbar

board-new-partnership = New partnership
board-new-partnership-title = New partnership
board-search-hint = Search titles, descriptions and partners
board-shown-of-total = { $shown } of { $total } shown
board-lanes = Swimlanes
board-lanes-none = None
board-lanes-round-table = By round table
board-lanes-thrust-area = By thrust area
board-as-of = As of
board-as-of-now = Now
board-as-of-end-of-day = End of day { $day }
board-as-of-end-of-meeting = End of the meeting
board-as-of-three-months-later = Three months later
board-as-of-typed = or at
board-as-of-hint = 2007-09-05 16:30
board-as-of-invalid = “{ $text }” is not a moment: type a date and time such as 2007-09-05 16:30
board-as-of-read-only = The board as it was: stages and partners as they were then, other details as they are now; read-only
board-filter-round-table = Round table
board-filter-thrust-area = Thrust area
board-filter-programme = Programme
board-filter-country = Country
board-filter-stakeholder-type = Stakeholder type
board-filter-organisation = Organisation
board-filter-clear = Clear filters
board-legend = Partners by type


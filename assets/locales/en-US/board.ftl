# The partnership board: columns by stage and the cards in them.

board-column = { $stage } ({ $count })
board-stage = Stage

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

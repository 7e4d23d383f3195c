# The agenda: its items, their kinds and states.

agenda-kind-opening = Opening
agenda-kind-plenary = Plenary topic
agenda-kind-round-table = Round table
agenda-kind-presentation = Presentation
agenda-kind-break = Break
agenda-kind-closing = Closing
item-status-planned = Planned
item-status-running = Running
item-status-paused = Paused
item-status-done = Done
item-status-skipped = Skipped

# The agenda panel: its views, the days and items list, and the editors of the
# meeting details and of one item.

agenda-record-heading = Record of this item
agenda-record-add-heading = Add to the record of this item
agenda-view-days = Days and items
agenda-view-action-items = Action items ({ $count })
agenda-view-recommendations = Recommendations ({ $count })
agenda-already-running = { $item } is already running
agenda-select-to-start = Select an item to start it
agenda-meeting-details-row = Meeting details
agenda-reorder-hint = Drag items to reorder them, or select one and press Alt+Up or Alt+Down
agenda-add-item = Add item
agenda-new-item = New item
agenda-add-day = Add day
agenda-row = { $start }  { $minutes } min  { $title }  ·  { $kind }
agenda-row-parallel = { $start }  { $minutes } min  { $title }  ·  { $kind } (in parallel)
agenda-day-hours = { $planned } of { $available } planned, { $starts }–{ $ends }
agenda-day-hours-over = { $planned } of { $available } planned, { $starts }–{ $ends }: { $over } too long
agenda-hours = { $hours } h { $minutes } min
agenda-meeting-heading = Meeting details
agenda-meeting-title = Title
agenda-meeting-title-ar = Title in Arabic
agenda-meeting-organiser = Organiser
agenda-meeting-venue = Venue
agenda-meeting-time-zone = Time zone
agenda-meeting-time-zone-unknown = { $zone } is not a time zone name such as Asia/Beirut: the room clock follows the laptop's zone
agenda-meeting-objectives = Objectives (one per line)
agenda-meeting-outcomes = Expected outcomes (one per line)
agenda-meeting-languages = Working languages (one per line)
agenda-item-start = Start this item
agenda-item-title = Item title
agenda-item-title-ar = Item title in Arabic
agenda-item-kind = Kind
agenda-item-duration = Duration (minutes)
agenda-item-parallel = In parallel with the item before
agenda-item-facilitator = Facilitator
agenda-item-rapporteur = Rapporteur
agenda-item-description = Description
agenda-item-status = Status: { $status }
agenda-item-ran = Ran { $start }–{ $end }
agenda-item-ran-unfinished = Ran { $start }–…
agenda-item-delete-menu = Delete item…
agenda-item-delete-question = Delete this item? Ctrl+Z brings it back
agenda-item-delete-kept = { $references }; they are kept
agenda-item-delete = Delete item

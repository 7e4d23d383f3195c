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

# Captured records: notes, decisions and action items.

record-kind = { $kind ->
    [note] Note
    [decision] Decision
   *[action] Action item
}
action-status-open = Open
action-status-in-progress = In progress
action-status-done = Done
action-status-cancelled = Cancelled
confidentiality-public = Public
confidentiality-organisers = Organisers only

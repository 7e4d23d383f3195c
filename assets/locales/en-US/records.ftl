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

# The record of one agenda item, as listed and edited beside the agenda.

record-note-line = Note: { $text }
record-decision-line = Decision: { $text }
record-decision-outcome-line = Decision: { $text } ({ $outcome })
record-action-line = Action item: { $text } (owner { $owned ->
    [yes] { $owner }
   *[no] nobody yet
    }, due { $dated ->
    [yes] { $due }
   *[no] no due date
    }, { $status ->
    [open] open
    [in-progress] in progress
    [done] done
   *[cancelled] cancelled
    })
record-added-later = added later at { $time }
record-nothing-yet = Nothing captured in this item yet
record-recommendation-badge = Recommendation
record-close = Close
record-close-name = Close the editor
record-edit = Edit
record-edit-name = Edit this record
record-mark-done = Mark done
record-mark-done-name = Mark this action item done
record-delete = Delete
record-delete-name = Delete this record
record-kind-field = Kind of record
record-text-field = Recorded text
record-outcome-field = Recorded outcome
record-recommended = Recommendation of the meeting
record-owner-field = Action owner
record-status-field = Action status
record-due-field = Action due date
record-idea-line = Partnership idea: { $title }, on the board at the stage { $stage }
record-show-on-board = Show on the board
record-show-on-board-name = Show this partnership on the board

# The table of every action item of the meeting.

actions-empty = No action items yet: capture one with { $shortcut } while an item runs
actions-owner-filter = Owner
actions-owner-filter-name = Filter by owner
actions-show-done = Show done
actions-shown = { $shown } of { $total_plural ->
    [one] { $total } action item
   *[other] { $total } action items
}
actions-column-done = Done
actions-column-action = Action
actions-column-action-name = Sort by action
actions-column-owner = Owner
actions-column-owner-name = Sort by owner
actions-column-due = Due
actions-column-due-name = Sort by due date
actions-column-status = Status
actions-column-status-name = Sort by status
actions-column-item = Agenda item
actions-column-item-name = Sort by agenda item
actions-sort-hint = Click to sort by this column, and again to reverse the order
actions-done-name = Done: { $action }
actions-status-name = Status: { $action }
actions-no-owner = No owner
actions-no-date = No date
actions-no-item = No agenda item
actions-untitled-item = Untitled item

# The recommendations the room drafts, in their order.

recommendations-empty = No recommendations yet: mark a decision as a recommendation of the meeting in its item's record
recommendations-heading = Recommendations
recommendations-show-on-projector = Show on the projector
recommendations-entry = Recommendation { $number }
recommendations-remove = Remove from recommendations
recommendations-remove-name = Remove recommendation { $number } from the recommendations
recommendations-later = Later
recommendations-later-name = Move recommendation { $number } later
recommendations-earlier = Earlier
recommendations-earlier-name = Move recommendation { $number } earlier
recommendations-no-outcome = No outcome recorded
recommendations-outcome = Outcome
recommendations-from-item = From the agenda item { $item }
recommendations-no-item = Not taken under an agenda item

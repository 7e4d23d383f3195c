# File > Merge another session file…: the menu entry, the review of the merge and what the window says about it.

merge-window-command = Merge another session file…
merge-window-undo = merge
merge-window-dialog-title = Session files to merge into this meeting
merge-window-path-heading = Merge a session file
merge-window-path-button = Merge
merge-window-heading = Merge into { $file }
merge-window-files = From { $files }
merge-window-counts = { $taken_plural ->
    [one] { $taken } record
   *[other] { $taken } records
  } taken from the other files, { $combined } combined, { $conflicted_plural ->
    [one] { $conflicted } conflict
   *[other] { $conflicted } conflicts
  }
merge-window-no-conflicts = No conflicts: nothing to choose
merge-window-conflicts = { $count_plural ->
    [one] { $count } conflict: this side is kept, the other value noted, unless you choose otherwise
   *[other] { $count } conflicts: this side is kept, the other value noted, unless you choose otherwise
}
merge-window-all-ours = Keep this side for all
merge-window-all-theirs = Take the other side for all
merge-window-filter-hint = Record, field or value
merge-window-none-match = No conflict matches the search
merge-window-base = Before: { $state ->
    [deleted] deleted
    [absent] not there
   *[value] { $value }
}
merge-window-ours = This file: { $state ->
    [deleted] deleted
    [absent] not there
   *[value] { $value }
}
merge-window-theirs = { $file }: { $state ->
    [deleted] deleted
    [absent] not there
   *[value] { $value }
}
merge-window-ours-choice = Keep this side
merge-window-ours-choice-for = Keep this side for { $conflict }
merge-window-theirs-choice = Take { $file }’s
merge-window-theirs-choice-for = Take the other side for { $conflict }
merge-window-both-choice = Keep both as text
merge-window-both-choice-for = Keep both as text for { $conflict }
merge-window-duplicates = { $count_plural ->
    [one] { $count } pair of records that look like the same one
   *[other] { $count } pairs of records that look like the same one
}
merge-window-duplicates-hint = Tick those that are the same: this side’s record is kept, and what pointed to the other points to it
merge-window-duplicate = { $kind ->
    [organisation] Organisation
   *[person] Person
} “{ $ours }” here and “{ $theirs }” in { $file } are the same
merge-window-apply = Apply
merge-window-cancel = Cancel
merge-window-add-files = Add another file…
merge-window-unreadable = { $file } could not be merged: { $error }
merge-window-newer = { $file } could not be merged: it was written by a newer Majlis (format { $found }; this version knows format { $known })
merge-window-failed-heading = Could not merge
merge-window-failed = The files could not be merged: { $error }
merge-window-no-copy = Nothing was merged: a copy of the file as it is could not be kept ({ $error })
merge-window-done = Merged { $files }: { $summary }
merge-window-done-with-copy = Merged { $files }: { $summary }; the file as it was is kept as { $copy }
merge-window-done-skipped = Merged { $files }: { $summary }; { $skipped_plural ->
    [one] { $skipped } choice
   *[other] { $skipped } choices
  } could not be applied and kept this side, with the other value noted
merge-window-cancelled = Merge cancelled: nothing changed
merge-window-nothing-new = Nothing new in { $files }: nothing changed

# Opening and saving files, and restoring work left in recovery files.

open-dialog-title = Open a meeting
open-new-meeting = New meeting
open-sample-opened = Opened the sample meeting. Save as… to keep your changes
open-sample-unreadable = The sample meeting could not be read: { $error }
open-opened = Opened { $path }
open-backup-opened = Opened the backup { $path }. It is read-only: use Save as… to keep it under a new name
open-read-only-heading = Opened read-only
open-failed = Could not open { $path }: { $error }
open-failed-heading = Could not open the file
open-failed-text =
    { $path }

    { $error }

    Nothing was changed
open-failed-text-backup =
    { $path }

    { $error }

    Nothing was changed

    The backup kept by the last save, { $backup }, can be read. It opens read-only: use Save as… to keep it under a new name
open-backup-button = Open the backup

save-dialog-title = Save the meeting
save-saved = Saved { $path }
save-still-saving = Still saving the previous version: save again when it is written
save-read-only = This file is open read-only: save it under another name
save-failed = Not saved: { $reason }
save-failed-heading = Could not save
save-failed-text =
    { $reason }

    The meeting is still open here; the file on disk is unchanged
save-restored-name = { $name } (restored)
save-error-no-path = This document has not been saved yet: choose where to save it
save-error-read-only = This file comes from a newer version of Majlis and is open read-only: use Save as…
save-error-changed-on-disk = The file on disk was changed by another program since it was opened

recover-heading = Restore unsaved work?
recover-text = Majlis stopped before these changes were saved. Restore them, compare them with the saved file, or discard them
recover-file = File: { $path }
recover-file-never-saved = File: never saved
recover-last-autosaved = Last autosaved { $date } at { $time }
recover-unreadable = This recovery file cannot be read: { $error }
recover-restore = Restore
recover-compare = Compare
recover-discard = Discard…
recover-discard-question = Discard these changes for good? They cannot be recovered
recover-discard-for-good = Discard for good
recover-keep = Keep them
recover-decide-later = Decide later
recover-restored = Restored unsaved work. Save it to keep it
recover-more-changes = { $count_plural ->
    [one] And { $count } more change
   *[other] And { $count } more changes
}
recover-capture-draft = Typed in live capture and not yet added: “{ $draft }”
recover-never-saved = This meeting was never saved: everything in it would be lost if discarded
recover-compared = Compared with the saved file, records added: { $added }, removed: { $removed }, changed: { $changed }
recover-saved-unreadable = The saved file cannot be read: { $error }

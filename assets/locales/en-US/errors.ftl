# Why a session or recovery file could not be read or saved.

error-read = Could not read { $path }: { $reason }
error-empty = The file is empty
error-not-utf8 = The file is not UTF-8 text: invalid byte at line { $line }, column { $column }
error-syntax = Line { $line }, column { $column }: { $reason }
error-truncated = The file ends in the middle of a record at line { $line }: it may have been cut short while copying
error-not-a-session = This is not a Majlis session file: it has no format_version
error-too-new = This file was written by a newer version of Majlis (format { $found }; this version knows format { $known }) and cannot be read: { $reason }
error-upgrade = This file of format { $format } could not be brought up to date: { $reason }
error-recovery-too-new = this recovery file was written by a newer version of Majlis
error-encode = Could not encode the meeting: { $reason }
error-write = Could not write to { $path }: { $reason }
error-saved-file-vanished = the saved file vanished
error-no-folder = { $path } has no folder to save into
error-changed-on-disk = { $path } was changed by another program since it was opened
error-newer-format-warning = This file was written by a newer version of Majlis (format { $found }; this version knows format { $known }). It is open read-only: use Save as… to keep a copy.

# The window: tabs, menus and commands, and the names of undo steps.

tab-agenda = Agenda
tab-registry = People & organisations
tab-board = Partnership board
tab-financing = Financing
tab-network = Network
tab-report = Report
command-new = New
command-open = Open…
command-save = Save
command-save-as = Save as…
command-undo = Undo
command-redo = Redo
command-quit = Quit
command-start-item = Start or resume item
command-pause-item = Pause item
command-next-item = Next item
command-next-speaker = Next speaker
command-projector = Projector window
projector-shows-clock = The running item's clock
projector-shows-recommendations = The recommendations
undo-move-agenda-item = move agenda item
undo-finish-item = finish item
undo-skip-item = skip item
undo-start-item = start item
undo-pause-item = pause item
undo-add-speaker = add speaker
undo-reorder-speakers = reorder speakers
undo-remove-speaker = remove speaker
undo-next-speaker = next speaker
undo-stop-speaker = stop speaker
undo-edit-meeting-details = edit meeting details
undo-change-the-recommendations = change the recommendations
undo-edit-agenda-item = edit agenda item
undo-edit-organisation = edit organisation
undo-edit-person = edit person
undo-edit-partnership = edit partnership
undo-edit-funding-source = edit funding source
undo-edit-lead = edit financing lead
undo-edit-rates = change the currency rates
undo-edit-captured-record = edit captured record
undo-delete = delete
undo-edit = edit
app-command-with-shortcut = { $command } ({ $shortcut })

# The window's title, the projector's, and the tabs still to come.
app-title = Majlis
app-title-meeting = { $name } — Majlis
app-title-meeting-unsaved = ● { $name } — Majlis
app-title-meeting-read-only = { $name } (read-only) — Majlis
app-title-meeting-unsaved-read-only = ● { $name } (read-only) — Majlis
app-untitled = Untitled
app-projector-title = Majlis projector

# Menus.
menu-file = File
menu-recent-files = Recent files
menu-no-recent-files = No recent files
menu-open-sample = Open the sample meeting
menu-meeting = Meeting
menu-edit = Edit
menu-undo-step = Undo { $step }
menu-redo-step = Redo { $step }

# The status bar.
status-saving = Saving…
status-unsaved-changes = Unsaved changes
status-not-saved-yet = Not saved yet
status-saved = Saved
status-undone = Undo: { $step }
status-redone = Redo: { $step }
status-nothing-to-undo = Nothing to undo
status-nothing-to-redo = Nothing to redo
status-autosave-failed = Autosave failed: { $error }
status-autosave-thread-stopped = the autosave thread stopped

# Dialogs inside the window.
dialog-ok = OK
dialog-cancel = Cancel
dialog-save = Save
dialog-save-as = Save as…
dialog-discard = Discard
dialog-overwrite = Overwrite
dialog-switch = Switch
dialog-switch-heading = Switch to { $item }?
dialog-switch-text = { $running } is running. Switching finishes it and starts { $item }
dialog-unsaved-heading = Save changes to this meeting?
dialog-unsaved-text = Your changes will be lost if you don't save them
dialog-unsaved-capture = Live capture still holds words not yet added: “{ $draft }”. Cancel, then press Enter in capture to add them
dialog-changed-heading = The file was changed elsewhere
dialog-changed-text = Another program or another copy of Majlis changed this file since you opened it. Overwrite it, or save your version under another name?
dialog-path-open-heading = Type the path of the file to open
dialog-path-save-heading = Type the path of the file to save
dialog-path-text = No file was chosen. If no file chooser appeared, type the full path here
dialog-path-label = Path
dialog-path-open = Open
dialog-path-save = Save
dialog-filter-meeting = Majlis meeting
dialog-filter-all = All files

# What else refers to a record about to be deleted.
dialog-referring-people = { $count_plural ->
    [one] { $count } person refers to it
   *[other] { $count } persons refer to it
}
dialog-referring-partnerships = { $count_plural ->
    [one] { $count } partnership refers to it
   *[other] { $count } partnerships refer to it
}
dialog-referring-funding-sources = { $count_plural ->
    [one] { $count } funding source refers to it
   *[other] { $count } funding sources refer to it
}
dialog-referring-agenda-items = { $count_plural ->
    [one] { $count } agenda item refers to it
   *[other] { $count } agenda items refer to it
}
dialog-referring-records = { $count_plural ->
    [one] { $count } captured record refers to it
   *[other] { $count } captured records refer to it
}
undo-import = import people
undo-move-partnership = move partnership
undo-arrange-the-network = arrange the network

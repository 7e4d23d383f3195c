# Copies of the meeting handed to rapporteurs: the File menu's dialog and `majlis copy`.

copy-menu = Copy for a rapporteur…
copy-heading = Copy for a rapporteur
copy-explanation = The copy remembers this version of the meeting, so that what the rapporteur adds can be merged back. Contact details and what is for the organisers only stay out unless you include them.
copy-round-table = Opens on
copy-whole-meeting = Whole meeting
copy-with-contacts = Include contact details and what is for the organisers only
copy-choose = Choose where…
copy-save = Save copy
copy-dialog-title = Save a copy for a rapporteur
copy-file-name = { $meeting }-rapporteur.majlis.ron
copy-failed-heading = The copy was not written
copy-not-written = The copy could not be written to { $path }: { $reason }
copy-not-over-meeting = The copy would replace the meeting's own file ({ $path }): choose another name for it
copy-written = Wrote a copy for a rapporteur to { $path } with { $records_plural ->
    [one] { $records } record
   *[other] { $records } records
}
copy-written-round-table = Wrote a copy for a rapporteur to { $path } with { $records_plural ->
    [one] { $records } record
   *[other] { $records } records
}; it opens on “{ $item }”
copy-no-items = No agenda item is called “{ $item }”: the meeting has no agenda items
copy-unknown-item = No agenda item is called “{ $item }”. The agenda items are:
    { $choices }
copy-ambiguous-item = Several agenda items begin with “{ $item }”; type more of the title or give the id. They are:
    { $choices }
copy-item-left-out = “{ $item }” is for the organisers only, so the copy leaves it out; include what is for the organisers only to open the copy on it
copy-cli-needs-value = { $option } needs a value
copy-cli-unknown-option = Unknown option for copy: { $option }
copy-cli-needs-files = copy needs a meeting file and where to write the copy: majlis copy FILE.ron -o COPY.ron [--round-table ITEM] [--with-contacts]

# The Report tab: the choices of a report, its preview, and its export.

report-window-form = Which report
report-window-form-working = Working report
report-window-form-official = Official meeting report
report-window-language = Language of the report
report-window-audience = For whom
report-window-audience-public = Public
report-window-audience-organisers = Internal, for the organisers
report-window-sections = Sections of the working report
report-window-official-sections = The official meeting report has sections of its own.
report-window-export = Export…
report-window-menu = Export report…
report-window-empty = The chosen sections hold nothing yet.
report-window-more-rows = { $count_plural ->
    [one] …and { $count } more row in the exported file.
   *[other] …and { $count } more rows in the exported file.
}

report-window-dialog-title = Export the report
report-window-filter-html = Web page (HTML)
report-window-filter-markdown = Markdown
report-window-write = Export
report-window-choose = Choose where…
report-window-file-working = { $meeting }-report-{ $language }.html
report-window-file-official = { $meeting }-official-report-{ $language }.html
report-window-exported = The report was written to { $path }.
report-window-not-written = The report could not be written to { $path }: { $reason }
report-window-failed-heading = The report was not exported
report-window-intro = The report of the meeting as it stands: choose its form, language, audience and sections, then export it as HTML to print or Markdown to send.

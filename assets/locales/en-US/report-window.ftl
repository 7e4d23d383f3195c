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
report-window-file-printable = { $meeting }-{ $printable }-{ $language }.html
report-window-printable-choices = The printables for the day show what the public may see and have no sections to choose.

# The Report tab's switch between the report and the follow-up.
report-window-view-report = Report and printables
report-window-view-follow-up = Follow-up

# The follow-up view: what is left to do after the meeting, by owner.
report-window-follow-up-heading = Follow-up by owner
report-window-follow-up-intro = What is left to do after the meeting: open action items, partnership milestones not yet reached and the next steps of financing leads, by owner.
report-window-follow-up-urgent-only = Overdue and due soon only
report-window-follow-up-owner = Owner
report-window-follow-up-no-owner = No owner
report-window-follow-up-nothing = Nothing to follow up here.
report-window-follow-up-kind-action = Action item
report-window-follow-up-kind-milestone = Partnership milestone
report-window-follow-up-kind-lead = Financing lead's next step
report-window-follow-up-open = Open
report-window-follow-up-open-named = Open “{ $what }”
report-window-follow-up-overdue = { $count_plural ->
    [one] Overdue by { $count } day
   *[other] Overdue by { $count } days
}
report-window-follow-up-due-today = Due today
report-window-follow-up-due-soon = { $count_plural ->
    [one] Due in { $count } day
   *[other] Due in { $count } days
}
report-window-follow-up-due-on = Due on { $date }
report-window-follow-up-no-date = No due date

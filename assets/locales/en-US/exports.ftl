# Data exports for other tools: the meeting's tables as CSV files and the
# network of organisations as a GEXF file for Gephi.

exports-column-title = Title
exports-column-arabic-title = Arabic title
exports-column-stage = Stage
exports-column-thrust-area = Thrust area
exports-column-partners = Partners
exports-column-lead = Lead
exports-column-countries = Countries
exports-column-next-step = Next step
exports-column-financing-need = Financing need
exports-column-currency = Currency
exports-column-action = Action
exports-column-agenda-item = Agenda item
exports-column-owner = Owner
exports-column-due = Due
exports-column-status = Status
exports-column-partnership = Partnership
exports-column-source = Funding source
exports-column-amount = Amount
exports-column-date = Date
exports-partner-with-role = { $organisation } ({ $role })
exports-gexf-failed = The network file could not be written: { $reason }
exports-not-over-meeting = { $path } is a meeting file: an export is written under another name
exports-not-a-folder = it is a file, and the tables are written into a folder
exports-cli-needs-format = --format needs csv or gexf, for example: majlis export beirut.ron --format csv -o tables
exports-cli-unknown-format = Unknown export format: { $format } (csv or gexf)
exports-cli-needs-output = Export needs where to write: -o OUT (a folder for csv, a file for gexf)
exports-cli-one-form = Give either --people or --organisations with a file, or --format with -o, not both
exports-exported-table = { $count_plural ->
    [one] Wrote { $path }: { $count } row
   *[other] Wrote { $path }: { $count } rows
}
exports-exported-network = { $organisations_plural ->
    [one] Wrote { $path }: { $organisations } organisation, { $links_plural ->
        [one] { $links } link
       *[other] { $links } links
    }
   *[other] Wrote { $path }: { $organisations } organisations, { $links_plural ->
        [one] { $links } link
       *[other] { $links } links
    }
}
exports-menu = Export tables or network…
exports-heading = Export for other tools
exports-what = What to export?
exports-choice-people = People (CSV)
exports-choice-organisations = Organisations (CSV)
exports-choice-partnerships = Partnerships (CSV)
exports-choice-action-items = Action items (CSV)
exports-choice-leads = Financing leads (CSV)
exports-choice-network = Network of organisations and their shared partnerships (GEXF, for Gephi)
exports-file-partnerships = { $meeting }-partnerships.csv
exports-file-action-items = { $meeting }-action-items.csv
exports-file-leads = { $meeting }-leads.csv
exports-file-network = { $meeting }-network.gexf
exports-dialog-filter-gexf = Network for Gephi (GEXF)
exports-dialog-title-network = Export the partnership network

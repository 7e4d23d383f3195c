# `majlis report` on the command line.
report-cli-needs-value = { $option } needs a value.
report-cli-unknown-option = Unknown option for report: { $option }
report-cli-needs-files = The report command needs a meeting file and where to write: majlis report FILE.ron --format html|md -o OUT
report-cli-packs-alone = Follow-up packs (--per-organisation) are written alone: without --official or --sections.
report-cli-official-sections = The official meeting report has its own sections: --sections is for the working report.
report-cli-unknown-format = Unknown report format “{ $format }”: use html or md.
report-cli-unknown-language = Unknown report language “{ $language }”: use en or ar.
report-cli-needs-format = Say which format to write with --format html or --format md.
report-cli-written = Wrote the report to { $path }.
report-cli-packs-need-folder = Follow-up packs are written into a folder, and { $path } is not one.
report-cli-packs-written = { $count_plural ->
    [one] Wrote { $count } follow-up pack into { $path }.
   *[other] Wrote { $count } follow-up packs into { $path }.
}
report-cli-printable-alone = A printable (--printable) is written alone: without --official, --sections, --per-organisation or --internal (the programme and the list of participants are for the public, signature sheets and name cards for the meeting's team).
report-cli-unknown-printable = There is no printable named “{ $name }”. The printables are: { $known }.
report-cli-not-over-meeting = { $path } is a meeting file: write the report under another name, ending in .html or .md.
report-render-failed = The report could not be written as HTML: { $reason }

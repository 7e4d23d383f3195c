# The working report's partnerships and financing sections, in English.
report-partnerships-count = { $count_plural ->
    [one] { $count } partnership is recorded.
   *[other] { $count } partnerships are recorded.
}
report-partnerships-by-stage = Partnerships by stage
report-partnerships-by-area = Partnerships by thrust area
report-partnerships-column-stage = Stage
report-partnerships-column-area = Thrust area
report-partnerships-column-count = Partnerships
report-partnerships-no-stage = No stage given
report-partnerships-no-area = No thrust area given
report-partnerships-lead = Lead organisation
report-partnerships-area = Thrust area
report-partnerships-countries = Countries
report-partnerships-next-step = Next step
report-partnerships-need = Financing need
report-partnerships-partners = Partners and their roles:
report-partnerships-partner-role = { $organisation }: { $role }
report-partnerships-unknown-organisation = (organisation not in the registry)
report-partnerships-unknown-partner-role = (organisation not in the registry): { $role }
report-partnerships-deliverables = Deliverables:
report-partnerships-resources = Resources committed:
report-partnerships-timeline = Timeline:
report-partnerships-milestone-done = { $milestone }, due { $due }: done
report-partnerships-milestone-open = { $milestone }, due { $due }: not yet done
report-partnerships-milestone-undated-done = { $milestone }, no due date: done
report-partnerships-milestone-undated-open = { $milestone }, no due date: not yet done
report-partnerships-gaps = What the record still lacks:
report-partnerships-gap-roles = Fewer than two partners have a role.
report-partnerships-gap-deliverables = No measurable deliverable yet.
report-partnerships-gap-resources = No resources committed yet.
report-partnerships-gap-timeline = No timeline: no milestone has a date.
report-partnerships-gap-reporter = No one is named to report progress.
report-financing-amount = { $amount } { $currency }
report-financing-currency = Amounts are in { $currency }, converted at the rates the meeting recorded.
report-financing-need = Financing needed
report-financing-pledged = Pledged
report-financing-committed = Committed
report-financing-unconverted = { $count_plural ->
    [one] { $count } amount in { $currency } has no rate and is left out of the sums.
   *[other] { $count } amounts in { $currency } have no rate and are left out of the sums.
}
report-financing-leads = Financing leads by status
report-financing-column-status = Status
report-financing-column-leads = Leads
report-financing-column-amount = Amount
report-financing-status-identified = Identified
report-financing-status-contacted = Contacted
report-financing-status-proposal-sent = Proposal sent
report-financing-status-pledged = Pledged
report-financing-status-committed = Committed
report-financing-status-declined = Declined
report-financing-gaps = Needs not yet covered
report-financing-gap-uncovered = { $partnership } needs { $need }; no pledge or commitment is recorded for it yet.
report-financing-gap-unannounced = { $partnership } needs { $need }; no pledge or commitment has been announced for it yet.
report-financing-gap-short = { $partnership } needs { $need }; { $covered } is pledged or committed and { $missing } is still missing.

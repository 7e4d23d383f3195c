# The matching view of the Financing tab: projects, ranked sources and their reasons, blended plans, leads.
financing-matching-by-project = Sources for a project
financing-matching-by-source = Projects for a source
financing-matching-choose-project = Choose a project in the list to see the sources that could fund it
financing-matching-choose-source = Choose a source in the list to see the projects it could fund
financing-matching-search-projects = Title
financing-matching-search-sources = Source name
financing-matching-all-projects = Show projects without a financing need
financing-matching-stage = Stage
financing-matching-thrust-area = Thrust area
financing-matching-projects-shown = { $shown } of { $total } projects shown
financing-matching-no-need = No financing need
financing-matching-need = Needs { $currency } { $need }, { $covered } covered
financing-matching-need-no-rate = Needs { $currency } { $need }, { $covered } covered, no rate for { $missing }
financing-matching-unknown-source = (unknown source)
financing-matching-no-source = No source named
financing-matching-matches = { $count_plural ->
    [one] { $count } source could fund this project
   *[other] { $count } sources could fund this project
}
financing-matching-no-match = No source in the catalogue can fund this project as it stands
financing-matching-could-fund = { $count_plural ->
    [one] This source could fund { $count } project
   *[other] This source could fund { $count } projects
}
financing-matching-score = Score { $score }
financing-matching-record-lead = Record a lead…
financing-matching-record-lead-named = Record a lead with { $source }
financing-matching-for = For: { $reason }
financing-matching-against = Against: { $reason }
financing-matching-part-focus-area = Focus area { $points }
financing-matching-part-instrument = Instrument for the stage { $points }
financing-matching-part-co-financing = Co-financing { $points }
financing-matching-part-partner-linked = Partner already linked { $points }
financing-matching-part-total = Total { $score }
financing-matching-blocked = Blocked ({ $count })
financing-matching-plan = Blended plan
financing-matching-plan-no-need = The project states no financing need, so there is nothing to plan
financing-matching-share = { $source }: { $currency } { $amount } ({ $need_currency } { $in_need })
financing-matching-plan-covers = The plan covers the whole need
financing-matching-plan-pledged = { $currency } { $covered } is already pledged or committed; the plan below is for the rest
financing-matching-plan-pledged-all = Pledged and committed money covers the whole need
financing-matching-gap = Remaining gap: { $currency } { $gap }
financing-matching-leads = Leads
financing-matching-no-leads = No financing lead yet
financing-matching-lead-line = { $source }, { $status }, { $currency } { $amount }
financing-matching-lead-line-no-amount = { $source }, { $status }, no amount yet
financing-matching-status = Status
financing-matching-amount = Amount
financing-matching-currency = Currency
financing-matching-contact = Contact person
financing-matching-nobody = Nobody yet
financing-matching-clear-contact = Remove the contact person
financing-matching-remove = Remove
financing-matching-find-contact = Find a contact person
financing-matching-choose-contact = Make { $name } the contact person
financing-matching-next-step = Next step
financing-matching-next-date = Next date
financing-matching-notes = Notes
financing-matching-seen-by = Seen by
financing-matching-delete-lead = Delete this lead
financing-matching-delete-lead-named = Delete the lead with { $source }
financing-matching-board-financing = Financing
financing-matching-board-edited-elsewhere = Leads are edited on the Financing tab
financing-matching-record-share-named = Record a lead with { $source } for its share of the plan

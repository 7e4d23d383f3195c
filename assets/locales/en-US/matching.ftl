# The matcher: why a funding source cannot fund a partnership, and the reasons for and against a match.

matching-blocked-country = Funds only { $funds }; the project is in { $countries }
matching-blocked-country-partners = Funds only { $funds }; the partners are in { $countries }
matching-blocked-amount-below = The need, { $need_currency } { $need }, is below the smallest ticket, { $currency } { $min }
matching-blocked-stage-too-early = Funds projects from the { $earliest } stage on; the project is at { $stage }
matching-blocked-stage-not-funded = Funds projects at these stages only: { $funded }; the project is at { $stage }
matching-blocked-applicant = Only { $allowed } may apply; the partners are { $partners }
matching-blocked-deadline = The deadline, { $date }, has passed
matching-blocked-no-rate = { $currency } has no rate, so the need cannot be compared with the tickets

matching-focus-listed = Funds { $area }, the project's thrust area.
matching-focus-any = Funds every thrust area.
matching-focus-other = Funds { $funded }, not { $area }.
matching-focus-none = The project names no thrust area.
matching-instruments-suit = { $count_plural ->
    [one] { $instruments } suits a project at the { $stage } stage.
   *[other] { $instruments } suit a project at the { $stage } stage.
}
matching-instruments-later = { $count_plural ->
    [one] { $instruments } suits projects further along than the { $stage } stage.
   *[other] { $instruments } suit projects further along than the { $stage } stage.
}
matching-instruments-earlier = { $count_plural ->
    [one] { $instruments } suits projects at an earlier stage than { $stage }.
   *[other] { $instruments } suit projects at an earlier stage than { $stage }.
}
matching-instruments-none = The source names no instruments.
matching-stage-unknown = The project's stage is not in the pipeline, so no instrument can be said to suit it.
matching-co-financing-partner = Asks for co-financing, which { $partner } can bring.
matching-co-financing-pledged = Asks for co-financing, and money already pledged or committed can count as such.
matching-co-financing-missing = Asks for co-financing, and no partner can bring it.
matching-linked-organisation = { $partner }, a partner, runs this source.
matching-linked-lead = The project already has a lead with this source: { $status }.
matching-linked-declined = This source has already declined the project.
matching-amount-part = Can give up to { $currency } { $max }, { $percent }% of the need.
matching-part-amount = Amount { $points }
matching-blocked-instruments = Offers { $offered }; the project seeks { $sought }

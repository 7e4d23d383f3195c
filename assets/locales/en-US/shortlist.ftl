# The shortlist of prospects: whom to invite, ranked by what each would bring to partnerships.

shortlist-part-complementarity = Complementarity
shortlist-part-resources = Resources
shortlist-part-gaps = Gaps filled
shortlist-part-track-record = Track record
shortlist-why-offers = { $count_plural ->
    [one] offers { $offer }, which { $organisation } needs
   *[other] offers { $offer }, which { $count } confirmed organisations need, among them { $organisation }
}
shortlist-why-needs = { $count_plural ->
    [one] needs { $need }, which { $organisation } offers
   *[other] needs { $need }, which { $count } confirmed organisations offer, among them { $organisation }
}
shortlist-why-financing-institution = can commit financing: it is a financing institution
shortlist-why-financing-fund = can commit financing: it runs the fund { $source }
shortlist-why-financing-offer = can commit financing: it offers { $offer }
shortlist-why-space = can offer space: it offers { $offer }
shortlist-why-programme = runs a programme: it offers { $offer }
shortlist-why-first-type = would bring the first organisation of its type ({ $kind })
shortlist-why-first-country = would bring the first participant from { $country }
shortlist-why-first-area = works on { $area }, which no confirmed organisation covers
shortlist-why-target = would help meet a target of the room: { $gap }
shortlist-why-partnership = is in the partnership “{ $title }”, at stage { $stage }

# majlis shortlist
shortlist-cli-needs-file = Which meeting? Usage: majlis shortlist FILE.ron [--top N] [--format md|csv]
shortlist-cli-needs-value = { $option } needs a value
shortlist-cli-bad-top = --top takes a whole number of prospects from 1, not “{ $value }”
shortlist-cli-unknown-format = Unknown format “{ $format }”: md or csv
shortlist-cli-unknown-option = Unknown option for shortlist: { $option }
shortlist-cli-title = Shortlist of prospects: { $meeting }
shortlist-cli-none = No prospects: every organisation of this meeting is invited, confirmed or has declined
shortlist-cli-column-rank = Rank
shortlist-cli-column-organisation = Organisation
shortlist-cli-column-name-ar = Arabic name
shortlist-cli-column-type = Type
shortlist-cli-column-country = Country
shortlist-cli-column-score = Score
shortlist-cli-column-reasons = Reasons
shortlist-cli-prospects-not-a-number = --prospects takes a whole number of organisations, not “{ $value }”

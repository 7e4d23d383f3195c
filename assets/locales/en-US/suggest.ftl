# Suggested partners: why two organisations could work together, and the registry's section that shows them.

suggest-reason-offers = offers { $offer }, which { $organisation } needs
suggest-reason-needs = needs { $need }, which { $organisation } offers
suggest-reason-focus = { $count_plural ->
    [one] shares { $count } focus area: { $areas }
   *[other] shares { $count } focus areas: { $areas }
}
suggest-reason-sector = brings another sector: { $sector }
suggest-reason-country = works from another country: { $country }
suggest-heading = Suggested partners
suggest-none = No suggestions yet: add what this organisation offers and needs
suggest-type-country = { $type }, { $country }
suggest-propose = Propose a partnership
suggest-propose-name = Propose a partnership with { $organisation }
suggest-partnership-title = Partnership of { $first } and { $second }

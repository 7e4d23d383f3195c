# The Network tab: its filters, the side panel and the exports, in English.
network-filter-stage = Stage
network-filter-thrust-area = Thrust area
network-filter-type = Type
network-filter-country = Country
network-filter-round-table = Round table
network-filter-as-of = As of
network-filter-hide-isolated = Hide organisations in no partnership
network-filter-public-only = Only what the public report shows
network-rearrange = Rearrange
network-export-svg = Export SVG…
network-export-png = Export PNG…
network-counts = { $organisations_plural ->
    [one] { $organisations } organisation shown
   *[other] { $organisations } organisations shown
}, { $links_plural ->
    [one] { $links } link
   *[other] { $links } links
}, { $partnerships_plural ->
    [one] { $partnerships } partnership.
   *[other] { $partnerships } partnerships.
}
network-type-and-country = { $kind }, { $country }
network-measures = { $partnerships_plural ->
    [one] In { $partnerships } partnership
   *[other] In { $partnerships } partnerships
} with { $partners_plural ->
    [one] { $partners } partner
   *[other] { $partners } partners
}; betweenness { $betweenness }.
network-partnership-at-stage = { $title } ({ $stage })
network-could-work-with = Could also work with
network-no-suggestion = No organisation of the registry complements it yet.
network-clear-selection = Show the whole network
network-link-between = { $first } and { $second }
network-most-connected = The most connected
network-standing-partners = { $count_plural ->
    [one] { $organisation }: { $count } partner
   *[other] { $organisation }: { $count } partners
}
network-brokers = The brokers, between groups
network-isolated = { $count_plural ->
    [one] { $count } organisation shown is in no partnership.
   *[other] { $count } organisations shown are in no partnership.
}
network-gaps = What the network lacks
network-introductions = Suggested introductions
network-introductions-finding = Looking for organisations that complement each other…
network-no-introduction = No two organisations shown complement each other without already working together.
network-introduction-pair = { $first } and { $second }
network-propose = Propose a partnership
network-propose-name = Propose a partnership between { $first } and { $second }
network-export-title-svg = Export the network as SVG
network-export-title-png = Export the network as PNG
network-exported = The network was written to { $path }.
network-export-failed = The network could not be written to { $path }: { $error }
network-export-file = { $meeting }-network
network-dialog-filter-svg = SVG picture
network-dialog-filter-png = PNG picture
network-legend-no-type = Type not stated
network-png-no-picture = the window could not take a picture of the network
network-find = Organisation
network-find-none = Choose one to see its partnerships…

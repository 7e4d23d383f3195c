# The partnership network: what it lacks, and the report's network section, in English.
network-gap-types = No partnership joins an organisation of the type “{ $first }” with one of the type “{ $second }”.
network-gap-types-in-country = No partnership joins an organisation of the type “{ $first }” with one of the type “{ $second }” in { $country }.
network-gap-clusters = { $count_plural ->
    [one] The partnerships form { $count } group; the largest gathers around { $first } and { $second }.
   *[other] The partnerships form { $count } separate groups with no partnership between them; the largest gather around { $first } and { $second }.
}
network-gap-only-bridge = { $count_plural ->
    [one] { $organisation } is the only link between { $first } and { $second }: without it, { $count } organisation would be cut off.
   *[other] { $organisation } is the only link between { $first } and { $second }: without it, { $count } organisations would be cut off.
}
report-network-organisations = Organisations in partnerships
report-network-links = Links between organisations
report-network-groups = Connected groups
report-network-most-connected = The most connected organisations, by number of partners:
report-network-brokers = The brokers, on most of the shortest paths between other organisations:
report-network-column-organisation = Organisation
report-network-column-partners = Partners
report-network-column-betweenness = Betweenness
report-network-isolated = { $count_plural ->
    [one] { $count } organisation of the registry is in no partnership:
   *[other] { $count } organisations of the registry are in no partnership:
}
report-network-gaps = What the network lacks:

# The start screen, the participation summary, panels still to come, and shared widgets.

start-title = Majlis
start-tagline = Run a partnership-building meeting: agenda, round tables, partnerships and financing
start-new = New meeting
start-open = Open…
start-open-sample = Open the sample meeting
start-recent = Recent files

participation-heading = Participation
participation-heading-item = Participation in this item
participation-by-type = By stakeholder type
participation-by-country = By country
participation-not-spoken = Not spoken yet ({ $count })
participation-names-more = { $names } and { $more } more
participation-nobody = Nobody has spoken yet
participation-turns = { $count_plural ->
    [one] { $count } turn
   *[other] { $count } turns
}


field-nobody = (nobody)
field-search = Search

# The meeting document: the summary of `majlis check`, due dates as typed,
# placeholders for missing names and the groups of speaking time.

date-not-a-date = “{ $text }” is not a date: type it like 2007-10-15, 15/10/2007, 15 Oct or tomorrow
summary-untitled-meeting = Untitled meeting
unknown-organisation = (unknown organisation)
unknown-person = (unknown person)
summary-meeting = Meeting          { $title }
summary-days = Days             { $days }
summary-agenda-items = Agenda items     { $count }
summary-organisations = Organisations    { $count }
summary-people = People           { $count }
summary-partnerships = Partnerships     { $count }
summary-funding-sources = Funding sources  { $count }
summary-leads = Financing leads  { $count }
summary-records = Captured records { $count }
schedule-not-in-registry = Not in the registry
schedule-unknown-stakeholder-type = Unknown
schedule-unknown-country = Unknown

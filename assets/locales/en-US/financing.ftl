# The financing panel's views, and its catalogue of funding sources with the editor of one source
financing-view-matching = Matching
financing-view-sources = Sources
financing-view-overview = Overview

## The table of funding sources
financing-sources-search-hint = Name, organisation, notes or contact
financing-sources-add = New funding source
financing-sources-new-name = Unnamed funding source
financing-sources-shown-of-total = { $shown } of { $total } shown
financing-sources-filter-kind = Kind
financing-sources-filter-instrument = Instrument
financing-sources-filter-country = Country
financing-sources-filter-focus-area = Focus area
financing-sources-filter-clear = Clear filters
financing-sources-column-name = Name
financing-sources-column-kind = Kind
financing-sources-column-instruments = Instruments
financing-sources-column-ticket = Ticket range
financing-sources-column-countries = Countries
financing-sources-column-deadline = Deadline
financing-sources-sorted-ascending = { $column }, sorted ascending
financing-sources-sorted-descending = { $column }, sorted descending
financing-sources-any-country = Any
financing-sources-no-deadline = None
financing-sources-deadline-passed = { $date } (passed)
financing-sources-deadline-passed-hover = The deadline has passed by today’s date
financing-sources-ticket = { $currency } { $min }–{ $max }
financing-sources-ticket-one = { $currency } { $amount }
financing-sources-ticket-none = Not given
financing-sources-close = Close
financing-sources-delete-ask = Delete funding source…
financing-sources-delete-question = Delete this funding source? Undo brings it back.
financing-sources-delete-leads = { $count_plural ->
    [one] { $count } financing lead names this source and will name a deleted one.
   *[other] { $count } financing leads name this source and will name a deleted one.
}
financing-sources-delete = Delete

## The editor of one funding source
financing-source-field-name = Name
financing-source-field-organisation = Organisation
financing-source-no-organisation = None
financing-source-field-kind = Kind
financing-source-field-instruments = Instruments
financing-source-field-ticket-min = Smallest ticket
financing-source-field-ticket-max = Largest ticket
financing-source-amount-hint = Whole units, such as 250000
financing-source-ticket-min-above-max = The smallest ticket ({ $min }) is larger than the largest ({ $max })
financing-source-field-currency = Currency
financing-source-field-countries = Eligible countries
financing-source-countries-any = Open to any country: type ISO codes separated by commas, such as LB, JO, EG, to narrow it
financing-source-field-focus-areas = Focus areas (none: any)
financing-source-field-stages = Eligible stages (none: any)
financing-source-field-applicants = Who may apply (none: anyone)
financing-source-field-co-financing = Co-financing required
financing-source-field-deadline = Deadline
financing-source-deadline-hint = None, or a date such as 31/12/2007
financing-source-deadline-passed = This deadline has passed by today’s date
financing-source-field-contact = Contact
financing-source-field-notes = Notes
financing-source-field-seen-by = Seen by

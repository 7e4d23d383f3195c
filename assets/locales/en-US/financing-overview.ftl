# The financing overview: needs, pledges and commitments by thrust area, by country and by status, and the currency rates.

financing-overview-currency = Amounts in
financing-overview-unconverted = { $count_plural ->
    [one] { $count } amount in { $currency } has no rate and is left out
   *[other] { $count } amounts in { $currency } have no rate and are left out
}
financing-overview-overall = In all, in { $currency }: { $need } needed, { $pledged } pledged, { $committed } committed
financing-overview-by-thrust-area = By thrust area
financing-overview-by-country = By country
financing-overview-country-split = A partnership in several countries counts for an equal share of its amounts in each of them
financing-overview-pipeline = Leads by status
financing-overview-thrust-area = Thrust area
financing-overview-country = Country
financing-overview-status = Status
financing-overview-no-thrust-area = No thrust area
financing-overview-no-country = No country
financing-overview-need = Need
financing-overview-pledged = Pledged
financing-overview-committed = Committed
financing-overview-leads = Leads
financing-overview-leads-amount = Amount of the leads
financing-overview-amount-axis = Amount in { $currency }
financing-overview-amount = { $amount }
financing-overview-count = { $count }

financing-rates-heading = Currency rates
financing-rates-explained = US dollars per unit of each currency, as typed here: nothing is fetched
financing-rates-rate-of = US dollars per unit of { $currency }
financing-rates-remove = Remove
financing-rates-remove-named = Remove the rate of { $currency }
financing-rates-new-code = Currency
financing-rates-new-rate = US dollars per unit
financing-rates-add = Add rate
financing-rates-not-a-number = Not a number
financing-rates-not-positive = A rate must be more than zero
financing-rates-not-a-code = “{ $code }” is not a currency code of three letters
financing-rates-base = Amounts in { $code } need no rate
financing-rates-already = { $code } already has a rate

# Funding sources.

funding-kind-venture-capital = Venture capital or technology fund
funding-kind-development-finance = Development finance institution
funding-kind-donor = Donor or UN programme
funding-kind-government-programme = Government programme
funding-kind-public-private-partnership = Public-private partnership
funding-kind-corporate-programme = Corporate programme
funding-kind-incubator = Incubator
instrument-grant = Grant
instrument-loan = Loan
instrument-guarantee = Guarantee
instrument-equity = Equity
instrument-technical-assistance = Technical assistance
instrument-in-kind = In kind
instrument-seed-money = Seed money

# Financing leads

lead-status-identified = Identified
lead-status-contacted = Contacted
lead-status-proposal-sent = Proposal sent
lead-status-pledged = Pledged
lead-status-committed = Committed
lead-status-declined = Declined

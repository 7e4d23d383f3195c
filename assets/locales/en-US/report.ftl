# The meeting report: its sections and words, in English.
report-section-facts = Meeting facts
report-section-agenda = Agenda: planned and actual times
report-section-items = Record of each item
report-section-participation = Participation
report-section-partnerships = Partnerships
report-section-network = Network
report-section-financing = Financing
report-section-follow-up = Follow-up list
report-unknown-section = There is no section named “{ $name }”. The sections are: { $known }.
report-no-sections = Choose at least one section for the report.
report-working-title = Working report: { $meeting }

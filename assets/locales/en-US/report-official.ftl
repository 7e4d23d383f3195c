# The official meeting report, in the form of the United Nations regional commissions.
report-official-symbol = Symbol
report-official-distribution = Distr.
report-official-date = Date
report-official-original = Original
report-official-date-value = { $day } { $month ->
    [january] January
    [february] February
    [march] March
    [april] April
    [may] May
    [june] June
    [july] July
    [august] August
    [september] September
    [october] October
    [november] November
   *[december] December
} { $year }
report-official-summary = Summary
report-official-held-days = The { $meeting } was held at { $venue } from { $first } to { $last }.
report-official-held-day = The { $meeting } was held at { $venue } on { $date }.
report-official-held-at = The { $meeting } was held at { $venue }.
report-official-held = The { $meeting } took place.
report-official-organised = The meeting was organised by { $organiser }.
report-official-participants = { $count_plural ->
    [one] One participant
   *[other] { $count } participants
} from { $countries_plural ->
    [one] one country
   *[other] { $countries } countries
} took part in the meeting.
report-official-adopted = The meeting adopted { $count_plural ->
    [one] one recommendation
   *[other] { $count } recommendations
}.
report-official-introduction = Introduction
report-official-objectives = The objectives of the meeting were the following:
report-official-outcomes = The meeting was expected to achieve the following:
report-official-recommendations = I. Recommendations
report-official-recommendations-lead = The participants in the meeting adopted the following recommendations:
report-official-with-outcome = { $text } (Outcome: { $outcome })
report-official-topics = II. Topics of discussion
report-official-decision = Decision: { $text }
report-official-decision-outcome = Decision: { $text } (Outcome: { $outcome })
report-official-organisation = III. Organization of work
report-official-venue = A. Date and venue
report-official-opening = B. Opening
report-official-opened = The meeting was opened by { $organiser }.
report-official-opened-plain = The meeting was opened at the time set in its agenda.
report-official-attendance = C. Participants
report-official-column-type = Type of institution
report-official-column-country = Country
report-official-column-participants = Participants
report-official-column-organisation = Organisation
report-official-column-name = Name
report-official-unstated = Not stated
report-official-agenda = D. Agenda
report-official-documents = E. Documents
report-official-documents-text = The documents before the meeting are listed in annex II to this report.
report-official-annex-participants = Annex I: List of participants
report-official-annex-documents = Annex II: List of documents
report-official-column-title = Title
report-official-column-symbol = Symbol
report-official-column-language = Language
report-official-country = { $code ->
    [AE] United Arab Emirates
    [BH] Bahrain
    [DZ] Algeria
    [EG] Egypt
    [IQ] Iraq
    [JO] Jordan
    [KM] Comoros
    [KW] Kuwait
    [LB] Lebanon
    [LY] Libya
    [MA] Morocco
    [MR] Mauritania
    [OM] Oman
    [PS] Palestine
    [QA] Qatar
    [SA] Saudi Arabia
    [SD] Sudan
    [SO] Somalia
    [SY] Syrian Arab Republic
    [TN] Tunisia
    [YE] Yemen
    [DJ] Djibouti
    [FR] France
    [US] United States of America
    [GB] United Kingdom
    [CH] Switzerland
   *[other] { $code }
}

# The meeting report: facts, agenda timing, records of each item,
# participation and the follow-up list.

report-meeting-title = Title
report-meeting-title-ar = Title in Arabic
report-meeting-venue = Venue
report-meeting-dates = Dates
report-meeting-one-day = { $day }
report-meeting-days-value = { $first } to { $last } ({ $count_plural ->
        [one] { $count } day
       *[other] { $count } days
    })
report-meeting-organiser = Organiser
report-meeting-languages = Working languages
report-meeting-objectives = Objectives:
report-meeting-outcomes = Expected outcomes:

report-agenda-day = Day { $number }: { $date }
report-agenda-column-item = Item
report-agenda-column-planned = Planned
report-agenda-column-actual = Actual
report-agenda-column-planned-minutes = Planned (min)
report-agenda-column-actual-minutes = Actual (min)
report-agenda-column-difference = Difference
report-agenda-column-facilitator = Facilitator
report-agenda-column-rapporteur = Rapporteur
report-agenda-span = { $start }–{ $end }
report-agenda-since = from { $start }
report-agenda-not-run = not run
report-agenda-over = { $count_plural ->
        [one] { $count } min over
       *[other] { $count } min over
    }
report-agenda-under = { $count_plural ->
        [one] { $count } min under
       *[other] { $count } min under
    }
report-agenda-on-time = on time
report-agenda-day-not-run = No item of this day was run.
report-agenda-day-over = Items run: { $planned } min planned, { $actual } min taken; { $count_plural ->
        [one] { $count } minute over.
       *[other] { $count } minutes over.
    }
report-agenda-day-under = Items run: { $planned } min planned, { $actual } min taken; { $count_plural ->
        [one] { $count } minute under.
       *[other] { $count } minutes under.
    }
report-agenda-day-on-time = Items run: { $planned } min planned, { $actual } min taken; on time.

report-items-status = { $status ->
        [open] open
        [in-progress] in progress
        [done] done
       *[cancelled] cancelled
    }
report-items-added-later = { $text } (added after the item)
report-items-column-action = Action
report-items-column-owner = Owner
report-items-column-due = Due
report-items-column-status = Status
report-items-decision-outcome = { $decision } — outcome: { $outcome }
report-items-no-owner = no owner
report-items-notes = { $count_plural ->
        [one] Note:
       *[other] Notes ({ $count }):
    }
report-items-decisions = { $count_plural ->
        [one] Decision:
       *[other] Decisions ({ $count }):
    }
report-items-actions = { $count_plural ->
        [one] Action item:
       *[other] Action items ({ $count }):
    }
report-items-other = Other records

report-participation-no-type = Type not given
report-participation-no-country = Country not given
report-participation-column-people = People
report-participation-column-turns = Turns
report-participation-column-time = Time (min:s)
report-participation-column-name = Name
report-participation-column-organisation = Organisation
report-participation-column-type = Stakeholder type
report-participation-column-country = Country
report-participation-not-spoken = Present but did not speak
report-participation-not-spoken-count = { $count_plural ->
        [one] { $count } person present did not take the floor.
       *[other] { $count } people present did not take the floor.
    }
report-participation-per-person = Speaking time per person
report-participation-attendance = Attendance
report-participation-present = { $count_plural ->
        [one] { $count } person attended on at least one day.
       *[other] { $count } people attended on at least one day.
    }
report-participation-speaking = Speaking time
report-participation-turns = { $count_plural ->
        [one] { $count } turn was taken; speakers: { $people }.
       *[other] { $count } turns were taken; speakers: { $people }.
    }

follow-up-overdue = Overdue
follow-up-due-soon = Due soon
follow-up-later = Later
follow-up-no-date = No date
follow-up-kind-action = Action item
follow-up-kind-milestone = Milestone
follow-up-kind-lead = Financing lead
report-follow-up-summary = { $count_plural ->
        [one] { $count } thing to follow up as of { $today }: { $overdue } overdue, { $soon } due within a week.
       *[other] { $count } things to follow up as of { $today }: { $overdue } overdue, { $soon } due within a week.
    }
report-follow-up-about-source = { $about } ({ $source })
report-follow-up-no-owner = No owner
report-follow-up-column-what = What
report-follow-up-column-kind = Kind
report-follow-up-column-about = About
report-follow-up-column-due = Due
report-follow-up-column-urgency = When

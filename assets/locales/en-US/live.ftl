# The running meeting: the live item's clock and controls, the speakers' queue and the projector.

live-state-paused = Paused
live-state-now = Now
live-overrun-by = overrun by { $time }
live-time-left = { $time } left
live-elapsed = { $elapsed } of { $minutes } min
live-finish-item = Finish item
live-progress = { $drift ->
        [behind] { $time } behind
        [ahead] { $time } ahead
       *[on-time] On time
    }: the day now ends at { $end }
live-progress-skipped = { $drift ->
        [behind] { $time } behind
        [ahead] { $time } ahead
       *[on-time] On time
    }: the day now ends at { $end } with { $skipped_plural ->
        [one] { $skipped } item
       *[other] { $skipped } items
    } skipped ({ $minutes } min)

speakers-heading = Speakers
speakers-speaking = Speaking: { $name }  { $spoken }
speakers-speaking-paused = Speaking: { $name }  { $spoken }, paused
speakers-speaking-limit = Speaking: { $name }  { $spoken } of { $limit }
speakers-speaking-limit-paused = Speaking: { $name }  { $spoken } of { $limit }, paused
speakers-stop = Stop speaker
speakers-earlier = Earlier
speakers-earlier-name = Move { $name } earlier
speakers-later = Later
speakers-later-name = Move { $name } later
speakers-remove = ×
speakers-remove-name = Remove { $name } from the queue
speakers-remove-hover = Remove from the queue
speakers-add = Add speaker
speakers-add-hint = type a name
speakers-limit = Limit (min)
speakers-add-from-floor = Add { $name } as a speaker from the floor
speakers-not-registered = not in the registry
speakers-register = Add to the registry
speakers-register-name = Add { $name } to the registry

projector-menu-content = Projector shows
projector-menu-theme = Projector theme
projector-theme-dark = Dark
projector-theme-light = Light
projector-welcome = Welcome
projector-speaking = Speaking: { $name }
projector-speaking-paused = Speaking: { $name } (paused)
projector-agreed-so-far = Agreed so far
projector-decision = • { $text }
projector-decision-outcome = • { $text }: { $outcome }
projector-recommendations = Recommendations
projector-no-recommendations = No recommendations yet
projector-recommendation = { $number }. { $text }

## The shortlist in the registry: the ranked prospects, the balance of the room, invitations out

registry-shortlist = Shortlist
shortlist-view-count = { $count_plural ->
    [one] { $count } prospect, ranked by their capacity to form partnerships with the confirmed participants
   *[other] { $count } prospects, ranked by their capacity to form partnerships with the confirmed participants
}
shortlist-view-rank = Rank
shortlist-view-score = Score
shortlist-view-why = Why
shortlist-view-invite = Invite
shortlist-view-invite-named = Invite { $organisation }
shortlist-view-part = { $part }: { $points }
shortlist-view-total = Score: { $points }
shortlist-view-reason = • { $reason }
shortlist-view-standing = Invitation: { $standing }
shortlist-view-mark-invited = Mark invited
shortlist-view-mark-confirmed = Mark confirmed
shortlist-view-mark-declined = Mark declined
shortlist-view-open = Open in the registry
shortlist-view-weights = Weights of the score
shortlist-view-weights-hint = Points for each reason of each kind; complementarity counts up to { $partners } confirmed organisations each way, and new thrust areas up to { $areas }
shortlist-room-heading = Balance of the room
shortlist-room-confirmed = { $count_plural ->
    [one] { $count } organisation confirmed or present
   *[other] { $count } organisations confirmed or present
}
shortlist-room-no-gaps = Every target is met
shortlist-room-by-type = By stakeholder type
shortlist-room-by-country = By member country
shortlist-room-count = { $what }: { $count }
shortlist-room-targets = Targets
shortlist-room-at-least = At least
shortlist-room-of-type = Of type
shortlist-room-any-type = Any type
shortlist-room-where = Where
shortlist-room-scope-meeting = The whole meeting
shortlist-room-scope-each-member = Each member country
shortlist-room-add-target = Add a target
shortlist-room-remove-target = Remove
shortlist-room-remove-target-named = Remove target { $number }
shortlist-send-heading = Invitations out
shortlist-send-invitees = { $count_plural ->
    [one] { $count } invitee: people and organisations marked invited
   *[other] { $count } invitees: people and organisations marked invited
}
shortlist-send-mail-merge = Export invitees for a mail merge…
shortlist-send-letters = Write invitation letters…
shortlist-send-templates = Letter templates
shortlist-send-placeholders = Placeholders: {"{"}title{"}"}, {"{"}name{"}"}, {"{"}organisation{"}"}, {"{"}meeting{"}"}, {"{"}dates{"}"}, {"{"}venue{"}"}, {"{"}organiser{"}"}, {"{"}contact{"}"}
shortlist-send-letter-english = Letter in English
shortlist-send-letter-arabic = Letter in Arabic
shortlist-send-title-mail-merge = Export invitees for a mail merge
shortlist-send-title-letters = Write invitation letters into a new folder
shortlist-send-file-mail-merge = { $meeting } invitees.csv
shortlist-send-folder-letters = { $meeting } invitation letters
shortlist-send-mail-merge-written = { $count_plural ->
    [one] { $count } invitee written to { $path }
   *[other] { $count } invitees written to { $path }
}
shortlist-send-letters-written = { $count_plural ->
    [one] { $count } letter written in { $path }
   *[other] { $count } letters written in { $path }
}
shortlist-send-folder-exists = The folder already exists: choose a new name, so that no letter is written over another
shortlist-send-failed = The invitations could not be written to { $path }: { $error }

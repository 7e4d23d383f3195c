## Invitations: status, shortlist, balance of the room, letters

invitation-prospect = Prospect
invitation-invited = Invited
invitation-confirmed = Confirmed
invitation-declined = Declined
invitation-attended = Attended
undo-change-invitation = change an invitation
undo-change-invitation-settings = change the invitation settings
invitation-group-gulf = the Gulf
invitation-group-mashreq = the Mashreq

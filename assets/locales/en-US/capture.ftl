# Live capture: the form that files notes, decisions, action items and
# partnership ideas under the running item, or adds them to an item's record later.

capture-heading = Capture
capture-kind-note = Note
capture-kind-decision = Decision
capture-kind-action = Action item
capture-kind-partnership = Partnership idea
capture-kind-note-shortcut = Note ({ $shortcut })
capture-kind-decision-shortcut = Decision ({ $shortcut })
capture-kind-action-shortcut = Action item ({ $shortcut })
capture-kind-partnership-shortcut = Partnership idea ({ $shortcut })
capture-hint = Enter adds it, stamped with the time and this item; Ctrl+K jumps here
capture-typed-during = Typed during { $item }: it will be filed there
capture-file-under-current = File it under the current item
capture-typed-for = Typed for { $item }: it will be added to that item's record
capture-add-here-instead = Add it to this item instead
capture-add = Add to the record
capture-field-idea = Idea
capture-field-text = Text
capture-field-outcome = Outcome
capture-field-owner = Owner
capture-field-due = Due date
capture-owner-unknown = No such person
capture-owner-found = Owner: { $name }
capture-owner-not-registered = Nobody called { $name } is in the registry

# What changed between two versions of a meeting (the recovery's Compare).

change-meeting = Changed: the meeting details
change-renamed = Changed: { $kind ->
    [meeting] meeting details
    [agenda-item] agenda item
    [organisation] organisation
    [person] person
    [partnership] partnership
    [funding-source] funding source
    [financing-lead] financing lead
    [rate] currency rate
    [note] note
    [decision] decision
   *[action-item] action item
} { $old }, now { $name }
change-changed = Changed: { $kind ->
    [meeting] meeting details
    [agenda-item] agenda item
    [organisation] organisation
    [person] person
    [partnership] partnership
    [funding-source] funding source
    [financing-lead] financing lead
    [rate] currency rate
    [note] note
    [decision] decision
   *[action-item] action item
} { $name }
change-added = Added: { $kind ->
    [meeting] meeting details
    [agenda-item] agenda item
    [organisation] organisation
    [person] person
    [partnership] partnership
    [funding-source] funding source
    [financing-lead] financing lead
    [rate] currency rate
    [note] note
    [decision] decision
   *[action-item] action item
} { $name }
change-removed = Removed: { $kind ->
    [meeting] meeting details
    [agenda-item] agenda item
    [organisation] organisation
    [person] person
    [partnership] partnership
    [funding-source] funding source
    [financing-lead] financing lead
    [rate] currency rate
    [note] note
    [decision] decision
   *[action-item] action item
} { $name }
change-blank-name = (blank)
change-quoted-name = “{ $name }”
change-lead-name = { $source } for { $partnership }
change-lead-name-amount = { $currency } { $amount } for { $partnership }
change-unknown-partnership = (unknown partnership)
change-unknown-source = (unknown source)

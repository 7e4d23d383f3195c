# What changed between two versions of a meeting (the recovery's Compare).

change-meeting = Changed: the meeting details
change-renamed = Changed: { $kind ->
    [meeting] meeting details
    [agenda-item] agenda item
    [organisation] organisation
    [person] person
    [partnership] partnership
    [funding-source] funding source
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
    [note] note
    [decision] decision
   *[action-item] action item
} { $name }
change-blank-name = (blank)
change-quoted-name = “{ $name }”

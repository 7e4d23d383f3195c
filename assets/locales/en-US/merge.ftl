# The three-way merge of session files: conflicts, values and errors.

merge-vocabularies = Vocabularies
# A field of a record in words: $key is its name in the file, $field the same with spaces.
merge-field = { $key ->
    [title_ar] Arabic title
    [name_ar] Arabic name
    [instruments_sought] kinds of money sought
    [duration_minutes] duration
    [contact_confidentiality] who may see the contact details
    [captured_at] time captured
    [ticket_min] smallest ticket
    [ticket_max] largest ticket
    [usd_per_unit] dollars per unit
    [born_at] round table it was born at
    [added_later] added later
    [co_financing_required] co-financing required
    [planned_start] planned start
   *[other] { $field }
}
merge-no-value = (none)
merge-yes = yes
merge-no = no
merge-conflict-record = { $kind ->
    [meeting] Meeting details
    [agenda-item] Agenda item
    [organisation] Organisation
    [person] Person
    [partnership] Partnership
    [funding-source] Funding source
    [financing-lead] Financing lead
    [rate] Currency rate
    [note] Note
    [decision] Decision
    [action-item] Action item
   *[vocabularies] Vocabularies
} “{ $name }”: deleted on one side, changed on the other
merge-conflict-field = { $kind ->
    [meeting] Meeting details
    [agenda-item] Agenda item
    [organisation] Organisation
    [person] Person
    [partnership] Partnership
    [funding-source] Funding source
    [financing-lead] Financing lead
    [rate] Currency rate
    [note] Note
    [decision] Decision
    [action-item] Action item
   *[vocabularies] Vocabularies
} “{ $name }”: { $field } changed differently on both sides
merge-error-unreadable = The merged { $kind ->
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
    [action-item] action item
   *[vocabularies] vocabularies
} “{ $name }” could not be read back: { $reason }
merge-error-gone = The { $kind ->
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
    [action-item] action item
   *[vocabularies] vocabularies
} “{ $name }” is no longer in the meeting: the choice cannot be applied

## The balance of the room: targets the organisations coming leave unmet.
## $kind is a stakeholder type inside a sentence ("private sector"), $place a
## country or a group of countries ("Yemen", "the Gulf"); $scope is meeting
## when the target is for the whole room.

balance-gap-none = { $scope ->
    [meeting] { $wanted_plural ->
        [one] No { $kind } participant yet
       *[other] No { $kind } participant yet, { $wanted } wanted
    }
   *[place] { $wanted_plural ->
        [one] No { $kind } participant from { $place } yet
       *[other] No { $kind } participant from { $place } yet, { $wanted } wanted
    }
}
balance-gap-none-any = { $scope ->
    [meeting] { $wanted_plural ->
        [one] No participant yet
       *[other] No participant yet, { $wanted } wanted
    }
   *[place] { $wanted_plural ->
        [one] No participant from { $place } yet
       *[other] No participant from { $place } yet, { $wanted } wanted
    }
}
balance-gap-short = { $scope ->
    [meeting] { $count_plural ->
        [one] { $count } { $kind } participant, { $wanted } wanted
       *[other] { $count } { $kind } participants, { $wanted } wanted
    }
   *[place] { $count_plural ->
        [one] { $count } { $kind } participant from { $place }, { $wanted } wanted
       *[other] { $count } { $kind } participants from { $place }, { $wanted } wanted
    }
}
balance-gap-short-any = { $scope ->
    [meeting] { $count_plural ->
        [one] { $count } participant, { $wanted } wanted
       *[other] { $count } participants, { $wanted } wanted
    }
   *[place] { $count_plural ->
        [one] { $count } participant from { $place }, { $wanted } wanted
       *[other] { $count } participants from { $place }, { $wanted } wanted
    }
}

## Invitation letters. The placeholders of a template are written in braces:
## $placeholder is one as the organiser typed it ("{nmae}"), $known the list
## of those a letter knows.

letters-error-unknown = Line { $line }: { $placeholder } is not a placeholder. The placeholders are { $known }.
letters-error-unclosed = Line { $line }: a brace is opened and not closed on the same line.
# The name in a letter to an organisation, where nobody is named.
letters-addressee = Sir or Madam
letters-dates-one = on { $date }
letters-dates-range = from { $first } to { $last }
letters-no-template = { $language ->
    [arabic] The Arabic letter cannot be written. { $reason }
   *[english] The English letter cannot be written. { $reason }
}

## The letters the catalogue offers. A placeholder is written as a variable:
## { $name } becomes {name} in the template the organiser edits.

letters-default-english =
    Dear { $title } { $name },

    On behalf of { $organiser }, I have the honour to invite you to take part in the { $meeting }, to be held in { $venue } { $dates }.

    The meeting will bring together governments, the private sector, civil society, academia and financing institutions to identify partnerships and projects that put information and communication technology at the service of development in the region, and to agree on the steps that will carry them forward. Your experience would be a valuable contribution to its deliberations.

    We would be grateful if you could confirm your participation at your earliest convenience. For any question about the meeting, its programme or the practical arrangements, please contact { $contact }.

    Please accept, { $title } { $name }, the assurances of my highest consideration.

    { $organiser }

letters-default-arabic =
    حضرة { $title } { $name } المحترم/ة،

    تحية طيبة وبعد،

    يشرّفني، باسم { $organiser }، أن أدعوكم إلى المشاركة في { $meeting }، الذي سيُعقد في { $venue } { $dates }.

    يجمع الاجتماع ممثلين عن الحكومات والقطاع الخاص والمجتمع المدني والأوساط الأكاديمية ومؤسسات التمويل، بهدف تحديد شراكات ومشاريع تضع تكنولوجيا المعلومات والاتصالات في خدمة التنمية في المنطقة، والاتفاق على الخطوات اللازمة لتنفيذها. وستشكّل خبرتكم إسهاماً قيّماً في مداولاته.

    نرجو التكرّم بتأكيد مشاركتكم في أقرب فرصة ممكنة. ولأي استفسار بشأن الاجتماع أو برنامجه أو الترتيبات العملية، يُرجى التواصل مع { $contact }.

    وتفضلوا بقبول فائق الاحترام والتقدير.

    { $organiser }

## The mail-merge table of invitees.

letters-column-title = Title
letters-column-name = Name
letters-column-title-arabic = Title in Arabic
letters-column-name-arabic = Name in Arabic
letters-column-role = Role
letters-column-organisation = Organisation
letters-column-organisation-arabic = Organisation in Arabic
letters-column-email = Email
letters-column-language = Language of the letter
letters-column-contact = Organisers' contact
letters-column-status = Status
letters-column-invited-on = Invited on

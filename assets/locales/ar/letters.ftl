## The balance of the room: targets the organisations coming leave unmet, in Arabic.

balance-gap-none = { $scope ->
    [meeting] { $wanted_plural ->
        [zero] لا يوجد بعد أي مشارك من فئة { $kind }
        [one] لا يوجد بعد أي مشارك من فئة { $kind }
        [two] لا يوجد بعد أي مشارك من فئة { $kind }، والمطلوب { $wanted }
        [few] لا يوجد بعد أي مشارك من فئة { $kind }، والمطلوب { $wanted }
        [many] لا يوجد بعد أي مشارك من فئة { $kind }، والمطلوب { $wanted }
       *[other] لا يوجد بعد أي مشارك من فئة { $kind }، والمطلوب { $wanted }
    }
   *[place] { $wanted_plural ->
        [zero] لا يوجد بعد أي مشارك من فئة { $kind } من { $place }
        [one] لا يوجد بعد أي مشارك من فئة { $kind } من { $place }
        [two] لا يوجد بعد أي مشارك من فئة { $kind } من { $place }، والمطلوب { $wanted }
        [few] لا يوجد بعد أي مشارك من فئة { $kind } من { $place }، والمطلوب { $wanted }
        [many] لا يوجد بعد أي مشارك من فئة { $kind } من { $place }، والمطلوب { $wanted }
       *[other] لا يوجد بعد أي مشارك من فئة { $kind } من { $place }، والمطلوب { $wanted }
    }
}
balance-gap-none-any = { $scope ->
    [meeting] { $wanted_plural ->
        [zero] لا يوجد أي مشارك بعد
        [one] لا يوجد أي مشارك بعد
        [two] لا يوجد أي مشارك بعد، والمطلوب { $wanted }
        [few] لا يوجد أي مشارك بعد، والمطلوب { $wanted }
        [many] لا يوجد أي مشارك بعد، والمطلوب { $wanted }
       *[other] لا يوجد أي مشارك بعد، والمطلوب { $wanted }
    }
   *[place] { $wanted_plural ->
        [zero] لا يوجد بعد أي مشارك من { $place }
        [one] لا يوجد بعد أي مشارك من { $place }
        [two] لا يوجد بعد أي مشارك من { $place }، والمطلوب { $wanted }
        [few] لا يوجد بعد أي مشارك من { $place }، والمطلوب { $wanted }
        [many] لا يوجد بعد أي مشارك من { $place }، والمطلوب { $wanted }
       *[other] لا يوجد بعد أي مشارك من { $place }، والمطلوب { $wanted }
    }
}
balance-gap-short = { $scope ->
    [meeting] { $count_plural ->
        [zero] لا يوجد أي مشارك من فئة { $kind }، والمطلوب { $wanted }
        [one] مشارك واحد من فئة { $kind }، والمطلوب { $wanted }
        [two] مشاركان من فئة { $kind }، والمطلوب { $wanted }
        [few] { $count } مشاركين من فئة { $kind }، والمطلوب { $wanted }
        [many] { $count } مشاركاً من فئة { $kind }، والمطلوب { $wanted }
       *[other] { $count } مشارك من فئة { $kind }، والمطلوب { $wanted }
    }
   *[place] { $count_plural ->
        [zero] لا يوجد أي مشارك من فئة { $kind } من { $place }، والمطلوب { $wanted }
        [one] مشارك واحد من فئة { $kind } من { $place }، والمطلوب { $wanted }
        [two] مشاركان من فئة { $kind } من { $place }، والمطلوب { $wanted }
        [few] { $count } مشاركين من فئة { $kind } من { $place }، والمطلوب { $wanted }
        [many] { $count } مشاركاً من فئة { $kind } من { $place }، والمطلوب { $wanted }
       *[other] { $count } مشارك من فئة { $kind } من { $place }، والمطلوب { $wanted }
    }
}
balance-gap-short-any = { $scope ->
    [meeting] { $count_plural ->
        [zero] لا يوجد أي مشارك، والمطلوب { $wanted }
        [one] مشارك واحد، والمطلوب { $wanted }
        [two] مشاركان، والمطلوب { $wanted }
        [few] { $count } مشاركين، والمطلوب { $wanted }
        [many] { $count } مشاركاً، والمطلوب { $wanted }
       *[other] { $count } مشارك، والمطلوب { $wanted }
    }
   *[place] { $count_plural ->
        [zero] لا يوجد أي مشارك من { $place }، والمطلوب { $wanted }
        [one] مشارك واحد من { $place }، والمطلوب { $wanted }
        [two] مشاركان من { $place }، والمطلوب { $wanted }
        [few] { $count } مشاركين من { $place }، والمطلوب { $wanted }
        [many] { $count } مشاركاً من { $place }، والمطلوب { $wanted }
       *[other] { $count } مشارك من { $place }، والمطلوب { $wanted }
    }
}

## Invitation letters.

letters-error-unknown = السطر { $line }: { $placeholder } ليس من الحقول المتاحة. الحقول المتاحة هي { $known }.
letters-error-unclosed = السطر { $line }: فُتح قوس معقوف ولم يُغلق على السطر نفسه.
letters-addressee = السيد/ة المدير/ة
letters-dates-one = في { $date }
letters-dates-range = من { $first } إلى { $last }
letters-no-template = { $language ->
    [arabic] تتعذّر كتابة الرسالة العربية. { $reason }
   *[english] تتعذّر كتابة الرسالة الإنجليزية. { $reason }
}

# The English letter, written to invitees whose letter is in English.
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

letters-column-title = صيغة المخاطبة
letters-column-name = الاسم
letters-column-title-arabic = صيغة المخاطبة بالعربية
letters-column-name-arabic = الاسم بالعربية
letters-column-role = الصفة
letters-column-organisation = الجهة
letters-column-organisation-arabic = الجهة بالعربية
letters-column-email = البريد الإلكتروني
letters-column-language = لغة الرسالة
letters-column-contact = جهة الاتصال لدى المنظمين
letters-column-status = الحالة
letters-column-invited-on = تاريخ الدعوة

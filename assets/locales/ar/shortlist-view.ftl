## The shortlist in the registry: the ranked prospects, the balance of the room, invitations out, in Arabic.

registry-shortlist = القائمة المختصرة
shortlist-view-count = { $count_plural ->
    [zero] لا مرشّحين
    [one] مرشّح واحد، مرتّب بحسب قدرته على إقامة شراكات مع المشاركين المؤكَّدين
    [two] مرشّحان، مرتّبان بحسب قدرتهما على إقامة شراكات مع المشاركين المؤكَّدين
    [few] { $count } مرشّحين، مرتّبين بحسب قدرتهم على إقامة شراكات مع المشاركين المؤكَّدين
    [many] { $count } مرشّحًا، مرتّبين بحسب قدرتهم على إقامة شراكات مع المشاركين المؤكَّدين
   *[other] { $count } مرشّح، مرتّبين بحسب قدرتهم على إقامة شراكات مع المشاركين المؤكَّدين
}
shortlist-view-rank = الترتيب
shortlist-view-score = النقاط
shortlist-view-why = السبب
shortlist-view-invite = ادعُ
shortlist-view-invite-named = ادعُ { $organisation }
shortlist-view-part = { $part }: { $points }
shortlist-view-total = النقاط: { $points }
shortlist-view-reason = • { $reason }
shortlist-view-standing = الدعوة: { $standing }
shortlist-view-mark-invited = سجّل أنه مدعو
shortlist-view-mark-confirmed = سجّل أنه أكّد
shortlist-view-mark-declined = سجّل أنه اعتذر
shortlist-view-open = افتح في السجل
shortlist-view-weights = أوزان النقاط
shortlist-view-weights-hint = النقاط لكل سبب من كل نوع؛ ويُحتسب التكامل حتى { $partners } من المنظمات المؤكَّدة في كل اتجاه، والمجالات الجديدة حتى { $areas }
shortlist-room-heading = توازن القاعة
shortlist-room-confirmed = { $count_plural ->
    [zero] لا منظمات مؤكَّدة أو حاضرة
    [one] منظمة واحدة مؤكَّدة أو حاضرة
    [two] منظمتان مؤكَّدتان أو حاضرتان
    [few] { $count } منظمات مؤكَّدة أو حاضرة
    [many] { $count } منظمة مؤكَّدة أو حاضرة
   *[other] { $count } منظمة مؤكَّدة أو حاضرة
}
shortlist-room-no-gaps = تحققت كل الأهداف
shortlist-room-by-type = بحسب فئة أصحاب المصلحة
shortlist-room-by-country = بحسب البلد العضو
shortlist-room-count = { $what }: { $count }
shortlist-room-targets = الأهداف
shortlist-room-at-least = على الأقل
shortlist-room-of-type = من فئة
shortlist-room-any-type = أي فئة
shortlist-room-where = أين
shortlist-room-scope-meeting = الاجتماع كله
shortlist-room-scope-each-member = كل بلد عضو
shortlist-room-add-target = أضف هدفًا
shortlist-room-remove-target = احذف
shortlist-room-remove-target-named = احذف الهدف { $number }
shortlist-send-heading = إرسال الدعوات
shortlist-send-invitees = { $count_plural ->
    [zero] لا مدعوين بعد
    [one] مدعو واحد: أشخاص ومنظمات سُجّلوا مدعوين
    [two] مدعوان: أشخاص ومنظمات سُجّلوا مدعوين
    [few] { $count } مدعوين: أشخاص ومنظمات سُجّلوا مدعوين
    [many] { $count } مدعوًا: أشخاص ومنظمات سُجّلوا مدعوين
   *[other] { $count } مدعو: أشخاص ومنظمات سُجّلوا مدعوين
}
shortlist-send-mail-merge = صدّر المدعوين للدمج البريدي…
shortlist-send-letters = اكتب رسائل الدعوة…
shortlist-send-templates = نماذج الرسائل
shortlist-send-placeholders = الحقول: {"{"}title{"}"}، {"{"}name{"}"}، {"{"}organisation{"}"}، {"{"}meeting{"}"}، {"{"}dates{"}"}، {"{"}venue{"}"}، {"{"}organiser{"}"}، {"{"}contact{"}"}
shortlist-send-letter-english = الرسالة بالإنكليزية
shortlist-send-letter-arabic = الرسالة بالعربية
shortlist-send-title-mail-merge = صدّر المدعوين للدمج البريدي
shortlist-send-title-letters = اكتب رسائل الدعوة في مجلد جديد
shortlist-send-file-mail-merge = { $meeting } المدعوون.csv
shortlist-send-folder-letters = { $meeting } رسائل الدعوة
shortlist-send-mail-merge-written = { $count_plural ->
    [zero] لم يُكتب أي مدعو في { $path }
    [one] كُتب مدعو واحد في { $path }
    [two] كُتب مدعوان في { $path }
    [few] كُتب { $count } مدعوين في { $path }
    [many] كُتب { $count } مدعوًا في { $path }
   *[other] كُتب { $count } من المدعوين في { $path }
}
shortlist-send-letters-written = { $count_plural ->
    [zero] لم تُكتب أي رسالة في { $path }
    [one] كُتبت رسالة واحدة في { $path }
    [two] كُتبت رسالتان في { $path }
    [few] كُتبت { $count } رسائل في { $path }
    [many] كُتبت { $count } رسالة في { $path }
   *[other] كُتبت { $count } من الرسائل في { $path }
}
shortlist-send-folder-exists = المجلد موجود: اختر اسمًا جديدًا كي لا تُكتب رسالة فوق أخرى
shortlist-send-failed = تعذّرت كتابة الدعوات في { $path }: { $error }

# People & organisations: the registry's tables, search and editors, in Arabic.

registry-organisations = المنظمات
registry-people = الأشخاص
registry-search-hint = الاسم، الاختصار، البلد…
registry-add-organisation = إضافة منظمة
registry-new-organisation = منظمة جديدة
registry-add-person = إضافة شخص
registry-new-person = شخص جديد
registry-column-name = الاسم
registry-column-arabic-name = الاسم بالعربية
registry-column-acronym = الاختصار
registry-column-type = النوع
registry-column-country = البلد
registry-column-organisation = المنظمة
registry-column-role = الصفة
registry-column-email = البريد الإلكتروني
registry-column-days = الأيام
registry-select-hint = اختر صفًا لعرضه وتعديله
registry-delete-ask = حذف…
registry-delete-question = حذف هذا القيد؟ يمكن استرجاعه بـ Ctrl+Z
registry-delete = حذف
registry-field-name = الاسم
registry-field-name-arabic = الاسم بالعربية
registry-field-acronym = الاختصار
registry-field-stakeholder-type = نوع الجهة
registry-field-country = البلد (رمز ISO)
registry-field-website = الموقع الإلكتروني
registry-field-contact = جهة الاتصال
registry-field-offers = العروض (عرض في كل سطر)
registry-field-needs = الاحتياجات (حاجة في كل سطر)
registry-field-organisation = المنظمة
registry-field-role = الصفة
registry-field-email = البريد الإلكتروني
registry-field-phone = الهاتف
registry-no-organisation = (لا شيء)
registry-shown-of-total = { $shown } من { $total }
registry-sorted-ascending = { $column }، بترتيب تصاعدي
registry-sorted-descending = { $column }، بترتيب تنازلي
registry-filter-type = النوع
registry-filter-country = البلد
registry-filter-focus-area = مجال التركيز
registry-filter-present-today = الحاضرون اليوم
registry-filter-clear = مسح عوامل التصفية
registry-field-aliases = أسماء أخرى (اسم في كل سطر أو أسماء تفصل بينها فواصل)
registry-field-focus-areas = مجالات التركيز
registry-field-contact-seen-by = من يطّلع على بيانات الاتصال
registry-field-consent = يجوز ذكر الاسم في التقارير والقوائم المتداولة
registry-profile-people = { $count_plural ->
    [zero] لا أشخاص
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}
registry-profile-no-people = لا يوجد في السجل أحد من هذه المنظمة
registry-profile-person-role = { $name }، { $role }
registry-profile-partnerships = { $count_plural ->
    [zero] ليس في أي شراكة
    [one] في شراكة واحدة
    [two] في شراكتين
    [few] في { $count } شراكات
    [many] في { $count } شراكة
   *[other] في { $count } شراكة
}
registry-profile-no-partnerships = لا يشارك في أي شراكة بعد
registry-profile-partnership = { $title } ({ $stage })

# Check-in at the door.
command-check-in = تسجيل الحضور
registry-checkin-close = العودة إلى السجل
registry-checkin-heading = تسجيل الحضور ليوم { $day }
registry-checkin-search = من عند الباب
registry-checkin-search-hint = الاسم أو البريد الإلكتروني أو المنظمة؛ مفتاحا Up وDown للاختيار، وEnter لتسجيل الحضور
registry-checkin-marked = سُجّل حضور { $name }
registry-checkin-unmarked = أُلغي تسجيل حضور { $name }
registry-checkin-unmark-question = سبق تسجيل حضور { $name } اليوم. أتريد إلغاء تسجيل حضوره؟ Enter يلغيه، وEsc يُبقيه
registry-checkin-unmark = إلغاء تسجيل الحضور
registry-checkin-keep = الإبقاء حاضرًا
registry-checkin-no-match = لا أحد في السجل يطابق البحث
registry-checkin-add-walk-in = إضافة «{ $name }» حاضرًا دون تسجيل مسبق
registry-checkin-present = حاضر
registry-checkin-walk-in-heading = إضافة «{ $name }» حاضرًا دون تسجيل مسبق، وتسجيل حضوره اليوم
registry-checkin-walk-in-organisation = منظمته
registry-checkin-walk-in-organisation-hint = الاسم أو الاختصار؛ الاسم الجديد يضيف المنظمة؛ يُترك فارغًا إن لم تكن له منظمة
registry-checkin-walk-in-add = إضافة الحاضر
registry-checkin-walk-in-cancel = إلغاء
registry-checkin-walk-in-added = أُضيف { $name } حاضرًا دون تسجيل مسبق وسُجّل حضوره
registry-checkin-present-total = { $count_plural ->
    [zero] لم يحضر أحد اليوم
    [one] حضر اليوم شخص واحد
    [two] حضر اليوم شخصان
    [few] حضر اليوم { $count } أشخاص
    [many] حضر اليوم { $count } شخصًا
   *[other] حضر اليوم { $count } شخص
}
registry-checkin-by-type = بحسب نوع الجهة
registry-checkin-by-country = بحسب البلد
registry-checkin-no-type = دون منظمة أو نوع
registry-checkin-no-country = دون منظمة أو بلد
registry-checkin-count-line = { $label }: { $count }
registry-checkin-not-a-meeting-day = ليس { $day } من أيام الاجتماع: من يُسجَّل حضورهم الآن يُعدّون حاضرين في { $day }.
registry-filter-invitation = الدعوة
registry-invitation-with-count = { $standing } ({ $count })
registry-invitation-counts = مرشّحون { $prospects } · مدعوون { $invited } · مؤكَّدون { $confirmed } · معتذرون { $declined } · حضروا { $attended }
registry-column-invitation = الدعوة
registry-invitation-heading = الدعوة
registry-field-invitation = الحالة
registry-invitation-attended = حضر: سُجّل حضوره في الاجتماع
registry-invitation-since = { $standing } منذ { $date }
registry-field-invitation-contact = جهة الاتصال لدى المنظمين
registry-field-letter-language = لغة الرسالة
registry-field-title = اللقب
registry-field-title-arabic = اللقب بالعربية
registry-invitation-through-people = { $standing } عبر أفرادها

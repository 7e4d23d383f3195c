# Personal data: erasing a person, exporting people and organisations, the next meeting, in Arabic.

personal-erased = (محذوف)
personal-not-listed = (غير مدرج)
personal-undo-erase = محو شخص
personal-erase-ask = محو هذا الشخص…
personal-erase-heading = محو { $name }؟
personal-erase-registry = يُزال قيده من السجل: الاسم والمنظمة والصفة والبريد الإلكتروني والهاتف والحضور.
personal-erase-references = سيظهر «(محذوف)» بدلًا منه في كل ما يشير إليه: { $turns_plural ->
    [zero] لا مداخلات
    [one] مداخلة واحدة
    [two] مداخلتان
    [few] { $turns } مداخلات
    [many] { $turns } مداخلة
   *[other] { $turns } مداخلة
}، { $actions_plural ->
    [zero] لا إجراءات متابعة
    [one] إجراء متابعة واحد
    [two] إجراءا متابعة
    [few] { $actions } إجراءات متابعة
    [many] { $actions } إجراء متابعة
   *[other] { $actions } إجراء متابعة
}، { $roles_plural ->
    [zero] لا أدوار في جدول الأعمال
    [one] دور واحد في جدول الأعمال
    [two] دوران في جدول الأعمال
    [few] { $roles } أدوار في جدول الأعمال
    [many] { $roles } دورًا في جدول الأعمال
   *[other] { $roles } دور في جدول الأعمال
} و{ $reports_plural ->
    [zero] لا تقارير تقدّم في أي شراكة
    [one] تقارير التقدّم في شراكة واحدة
    [two] تقارير التقدّم في شراكتين
    [few] تقارير التقدّم في { $reports } شراكات
    [many] تقارير التقدّم في { $reports } شراكة
   *[other] تقارير التقدّم في { $reports } شراكة
}.
personal-erase-copies = عند الحفظ التالي تُزال بياناته أيضًا من النسخة الاحتياطية المجاورة للملف ومن نسخ الاستعادة والنسخ المحفوظة قبل الاستيراد. ويمكن استرجاعها بـ«تراجع» ما دامت النافذة مفتوحة.
personal-erase-free-text = لا تتغيّر الملاحظات والأوصاف التي تذكره بالاسم: عدّلها يدويًا.
personal-erase = محو
personal-copies-heading = لا تزال بعض النسخ تحتفظ ببيانات شخص ممحوّ
personal-copy-not-erased = تعذّرت إعادة كتابة { $path }: { $reason }
personal-menu-new-from-this = اجتماع جديد انطلاقًا من هذا الاجتماع…
personal-new-from-this-opened = اجتماع جديد يضم أشخاص الاجتماع السابق ومنظماته ومصادر تمويله
personal-menu-export-people = تصدير الأشخاص…
personal-menu-export-organisations = تصدير المنظمات…
personal-export-people-heading = تصدير الأشخاص
personal-export-organisations-heading = تصدير المنظمات
personal-export-for = لمن هذا الملف؟
personal-export-for-public = للعموم: دون من لم يعطوا موافقتهم، ودون بيانات الاتصال المخصصة للمنظمين فقط
personal-export-for-organisers = للمنظمين: الجميع وكل بيانات الاتصال
personal-export-choose = اختيار المكان…
personal-export = تصدير
personal-export-dialog-title = تصدير إلى جدول بيانات
personal-dialog-filter-csv = جدول بيانات CSV
personal-export-file-people = { $meeting }-الأشخاص.csv
personal-export-file-organisations = { $meeting }-المنظمات.csv
personal-exported-people = { $count_plural ->
    [zero] لم يُصدَّر أي شخص إلى { $path }
    [one] صُدِّر شخص واحد إلى { $path }
    [two] صُدِّر شخصان إلى { $path }
    [few] صُدِّر { $count } أشخاص إلى { $path }
    [many] صُدِّر { $count } شخصًا إلى { $path }
   *[other] صُدِّر { $count } شخص إلى { $path }
}
personal-exported-organisations = { $count_plural ->
    [zero] لم تُصدَّر أي منظمة إلى { $path }
    [one] صُدِّرت منظمة واحدة إلى { $path }
    [two] صُدِّرت منظمتان إلى { $path }
    [few] صُدِّرت { $count } منظمات إلى { $path }
    [many] صُدِّرت { $count } منظمة إلى { $path }
   *[other] صُدِّرت { $count } منظمة إلى { $path }
}
personal-export-failed = تعذّرت كتابة ملف CSV: { $reason }
personal-export-not-written = لم يُكتب { $path }: { $reason }
personal-export-failed-heading = تعذّر التصدير
personal-yes = نعم
personal-no = لا
personal-column-name = الاسم
personal-column-organisation = المنظمة
personal-column-role = الصفة
personal-column-email = البريد الإلكتروني
personal-column-phone = الهاتف
personal-column-country = البلد
personal-column-stakeholder-type = نوع الجهة
personal-column-consent = الموافقة
personal-column-contact-confidentiality = سرية بيانات الاتصال
personal-column-attendance = الحضور
personal-column-title = صيغة المخاطبة
personal-column-arabic-title = صيغة المخاطبة بالعربية
personal-column-arabic-name = الاسم بالعربية
personal-column-acronym = الاختصار
personal-column-other-names = أسماء أخرى
personal-column-focus-areas = مجالات التركيز
personal-column-offers = العروض
personal-column-needs = الاحتياجات
personal-column-website = الموقع الإلكتروني
personal-column-contact = جهة الاتصال
personal-cli-export-unknown-option = خيار غير معروف للتصدير: { $option }
personal-cli-export-needs-value = يحتاج { $option } إلى اسم الملف المطلوب كتابته
personal-cli-export-one-table = يكتب التصدير ملفًا واحدًا في كل مرة: حدّد --people أو --organisations، لا كليهما
personal-cli-export-needs-files = يحتاج التصدير إلى ملف اجتماع وإلى --people OUT.csv أو --organisations OUT.csv، مثلًا: majlis export beirut.ron --people people.csv [--internal]
personal-export-not-over-meeting = { $path } ملف اجتماع: يُكتب التصدير باسم آخر ينتهي بـ .csv
personal-copy-newer = كتبه إصدار أحدث من «مجلس»؛ افتحه في ذلك الإصدار لمحو الشخص منه

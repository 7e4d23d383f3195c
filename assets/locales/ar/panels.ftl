# The start screen, the participation summary, panels still to come, and shared widgets, in Arabic.

start-title = مجلس
start-tagline = إدارة اجتماع لبناء الشراكات: جدول الأعمال والموائد المستديرة والشراكات والتمويل
start-new = اجتماع جديد
start-open = فتح…
start-open-sample = فتح الاجتماع النموذجي
start-recent = الملفات الأخيرة

participation-heading = المشاركة
participation-heading-item = المشاركة في هذا البند
participation-by-type = حسب نوع الجهة
participation-by-country = حسب البلد
participation-not-spoken = لم يتحدثوا بعد ({ $count })
participation-names-more = { $names } وآخرون ({ $more })
participation-nobody = لم يتحدث أحد بعد
participation-turns = { $count_plural ->
    [zero] لا مداخلات
    [one] مداخلة واحدة
    [two] مداخلتان
    [few] { $count } مداخلات
    [many] { $count } مداخلة
   *[other] { $count } مداخلة
}


field-nobody = (لا أحد)
field-search = بحث

# The Network tab: its filters, the side panel and the exports, in Arabic.
network-filter-stage = المرحلة
network-filter-thrust-area = المحور
network-filter-type = النوع
network-filter-country = البلد
network-filter-round-table = المائدة المستديرة
network-filter-as-of = في تاريخ
network-filter-hide-isolated = إخفاء الجهات التي لا تشارك في أي شراكة
network-filter-public-only = ما يظهر في التقرير العام فقط
network-rearrange = إعادة الترتيب
network-export-svg = تصدير SVG…
network-export-png = تصدير PNG…
network-counts = { $organisations_plural ->
    [zero] لا جهات معروضة
    [one] جهة واحدة معروضة
    [two] جهتان معروضتان
    [few] { $organisations } جهات معروضة
    [many] { $organisations } جهة معروضة
   *[other] { $organisations } جهة معروضة
}، { $links_plural ->
    [zero] لا روابط
    [one] رابط واحد
    [two] رابطان
    [few] { $links } روابط
    [many] { $links } رابطًا
   *[other] { $links } رابط
}، { $partnerships_plural ->
    [zero] لا شراكات.
    [one] شراكة واحدة.
    [two] شراكتان.
    [few] { $partnerships } شراكات.
    [many] { $partnerships } شراكة.
   *[other] { $partnerships } شراكة.
}
network-type-and-country = { $kind }، { $country }
network-measures = { $partnerships_plural ->
    [zero] لا تشارك في أي شراكة
    [one] تشارك في شراكة واحدة
    [two] تشارك في شراكتين
    [few] تشارك في { $partnerships } شراكات
    [many] تشارك في { $partnerships } شراكة
   *[other] تشارك في { $partnerships } شراكة
} مع { $partners_plural ->
    [zero] لا شركاء
    [one] شريك واحد
    [two] شريكين
    [few] { $partners } شركاء
    [many] { $partners } شريكًا
   *[other] { $partners } شريك
}؛ الوساطة { $betweenness }.
network-partnership-at-stage = { $title } ({ $stage })
network-could-work-with = يمكنها العمل أيضًا مع
network-no-suggestion = لا توجد بعد جهة في السجل تكمّلها.
network-clear-selection = عرض الشبكة كاملة
network-link-between = { $first } و{ $second }
network-most-connected = الأكثر ارتباطًا
network-standing-partners = { $count_plural ->
    [zero] { $organisation }: لا شركاء
    [one] { $organisation }: شريك واحد
    [two] { $organisation }: شريكان
    [few] { $organisation }: { $count } شركاء
    [many] { $organisation }: { $count } شريكًا
   *[other] { $organisation }: { $count } شريك
}
network-brokers = الوسطاء بين المجموعات
network-isolated = { $count_plural ->
    [zero] كل الجهات المعروضة تشارك في شراكة.
    [one] جهة واحدة معروضة لا تشارك في أي شراكة.
    [two] جهتان معروضتان لا تشاركان في أي شراكة.
    [few] { $count } جهات معروضة لا تشارك في أي شراكة.
    [many] { $count } جهة معروضة لا تشارك في أي شراكة.
   *[other] { $count } جهة معروضة لا تشارك في أي شراكة.
}
network-gaps = ما ينقص الشبكة
network-introductions = تعارف مقترح
network-introductions-finding = جارٍ البحث عن جهات يكمّل بعضها بعضًا…
network-no-introduction = لا توجد جهتان معروضتان تكمّل إحداهما الأخرى دون أن تعملا معًا بالفعل.
network-introduction-pair = { $first } و{ $second }
network-propose = اقتراح شراكة
network-propose-name = اقتراح شراكة بين { $first } و{ $second }
network-export-title-svg = تصدير الشبكة بصيغة SVG
network-export-title-png = تصدير الشبكة بصيغة PNG
network-exported = كُتبت الشبكة في { $path }.
network-export-failed = تعذّرت كتابة الشبكة في { $path }: { $error }
network-export-file = { $meeting }-الشبكة
network-dialog-filter-svg = صورة SVG
network-dialog-filter-png = صورة PNG
network-legend-no-type = النوع غير محدد
network-png-no-picture = تعذّر على النافذة التقاط صورة للشبكة
network-find = الجهة
network-find-none = اختر جهة لعرض شراكاتها…

# The View and Help menus: the interface's language, colours and size, and the list of shortcuts, in Arabic.

menu-view = عرض
menu-help = مساعدة
view-language = اللغة
view-theme = الألوان
view-theme-dark = داكنة
view-theme-light = فاتحة
view-zoom-now = حجم العرض { $percent }٪
command-zoom-in = تكبير
command-zoom-out = تصغير
command-zoom-reset = الحجم الفعلي
command-help = اختصارات لوحة المفاتيح
help-title = اختصارات لوحة المفاتيح
help-tab = ينتقل مفتاحا Tab وShift+Tab من عنصر إلى آخر بترتيب الشاشة.
help-enter = يضغط مفتاح Enter أو مفتاح المسافة العنصرَ الذي يتلقى لوحة المفاتيح، وتختار مفاتيح الأسهم من القائمة.
help-escape = يغلق مفتاح Escape مربع الحوار أو القائمة أو القائمة المنسدلة.
help-close = إغلاق
date-with-weekday = { $weekday ->
        [monday] الاثنين
        [tuesday] الثلاثاء
        [wednesday] الأربعاء
        [thursday] الخميس
        [friday] الجمعة
        [saturday] السبت
       *[sunday] الأحد
    } { $date }
# What screen readers hear for a field of an editor: the field, then the record it belongs to.
field-of-record = { $field } في «{ $record }»

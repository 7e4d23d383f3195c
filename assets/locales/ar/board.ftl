# The partnership board: columns by stage and the cards in them, in Arabic.

board-column = { $stage } ({ $count })

# Quality

board-gap-roles = أقل من شريكين لهما دور
board-gap-deliverables = لا توجد نواتج قابلة للقياس بعد
board-gap-resources = لم يُلتزَم بأي موارد بعد
board-gap-timeline = لا يوجد جدول زمني: لم يُحدَّد تاريخ لأي مرحلة رئيسية
board-gap-reporter = لم يُسمَّ أحد للإبلاغ عن التقدّم المحرز
board-gap-roles-label = الأدوار
board-gap-deliverables-label = النواتج
board-gap-resources-label = الموارد
board-gap-timeline-label = الجدول الزمني
board-gap-reporter-label = مسؤول الإبلاغ
board-mix-no-academia = لا يوجد شريك أكاديمي أو بحثي
board-mix-no-financier = لا توجد جهة تمويل بين الشركاء
board-mix-one-country = جميع الشركاء في بلد واحد
board-mix-public-only = لا يشارك سوى القطاع العام
board-mix-incubator-without-private = مشروع حاضنة بلا شريك من القطاع الخاص
board-card-complete = التزام قوي
board-card-gaps = النواقص: { $gaps }

# The cards

board-card-name = { $title }، في مرحلة { $stage }
board-card-need = يحتاج إلى { $currency } { $amount }
board-card-need-covered = يحتاج إلى { $currency } { $amount }، غُطّي منها { $covered }
board-card-more-partners = +{ $count }
board-card-partners = الشركاء: { $names }

# The columns and swimlanes

board-dropped-show = عرض
board-dropped-hide = تنحية جانبًا
board-dropped-show-name = عرض الشراكات المتوقفة
board-dropped-hide-name = تنحية الشراكات المتوقفة جانبًا
board-dropped-aside = تُحفظ الشراكات المتوقفة هنا. أفلت بطاقة هنا لتنحيتها جانبًا.
board-lane-no-round-table = لم تنشأ في مائدة مستديرة
board-lane-no-thrust-area = بلا محور

# The toolbar

board-new-partnership = شراكة جديدة
board-new-partnership-title = شراكة جديدة
board-search-hint = ابحث في العناوين والأوصاف والشركاء
board-shown-of-total = يُعرض { $shown } من { $total }
board-lanes = المسارات
board-lanes-none = بلا
board-lanes-round-table = حسب المائدة المستديرة
board-lanes-thrust-area = حسب المحور
board-as-of = كما في
board-as-of-now = الآن
board-as-of-end-of-day = نهاية اليوم { $day }
board-as-of-end-of-meeting = نهاية الاجتماع
board-as-of-three-months-later = بعد ثلاثة أشهر
board-as-of-typed = أو في
board-as-of-hint = 2007-09-05 16:30
board-as-of-invalid = «{ $text }» ليس لحظة زمنية صالحة: اكتب تاريخًا ووقتًا مثل 2007-09-05 16:30
board-as-of-read-only = اللوحة كما كانت: المراحل والشركاء كما كانوا حينها، والتفاصيل الأخرى كما هي الآن؛ للقراءة فقط
board-filter-round-table = المائدة المستديرة
board-filter-thrust-area = المحور
board-filter-programme = البرنامج
board-filter-country = البلد
board-filter-stakeholder-type = نوع الجهة
board-filter-organisation = المنظمة
board-filter-clear = مسح عوامل التصفية
board-legend = الشركاء حسب النوع

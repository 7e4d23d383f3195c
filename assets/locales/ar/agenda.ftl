# The agenda: its items, their kinds and states, in Arabic.

agenda-kind-opening = الافتتاح
agenda-kind-plenary = محور في الجلسة العامة
agenda-kind-round-table = مائدة مستديرة
agenda-kind-presentation = عرض تقديمي
agenda-kind-break = استراحة
agenda-kind-closing = الختام
item-status-planned = مقرّر
item-status-running = جارٍ
item-status-paused = متوقف مؤقتًا
item-status-done = منتهٍ
item-status-skipped = تم تخطيه

# The agenda panel: its views, the days and items list, and the editors of the
# meeting details and of one item.

agenda-record-heading = محضر هذا البند
agenda-record-add-heading = إضافة إلى محضر هذا البند
agenda-view-days = الأيام والبنود
agenda-view-action-items = إجراءات المتابعة ({ $count })
agenda-view-recommendations = التوصيات ({ $count })
agenda-already-running = البند { $item } جارٍ بالفعل
agenda-select-to-start = اختر بندًا لبدئه
agenda-meeting-details-row = تفاصيل الاجتماع
agenda-reorder-hint = اسحب البنود لإعادة ترتيبها، أو اختر بندًا واضغط Alt+Up أو Alt+Down
agenda-add-item = إضافة بند
agenda-new-item = بند جديد
agenda-add-day = إضافة يوم
agenda-row = { $start }  { $minutes } د  { $title }  ·  { $kind }
agenda-row-parallel = { $start }  { $minutes } د  { $title }  ·  { $kind } (بالتوازي)
agenda-day-hours = المخطط { $planned } من أصل { $available }، { $starts }–{ $ends }
agenda-day-hours-over = المخطط { $planned } من أصل { $available }، { $starts }–{ $ends }: زيادة بمقدار { $over }
agenda-hours = { $hours } س { $minutes } د
agenda-meeting-heading = تفاصيل الاجتماع
agenda-meeting-title = العنوان
agenda-meeting-title-ar = العنوان بالعربية
agenda-meeting-organiser = الجهة المنظِّمة
agenda-meeting-venue = المكان
agenda-meeting-time-zone = المنطقة الزمنية
agenda-meeting-time-zone-unknown = { $zone } ليس اسم منطقة زمنية مثل Asia/Beirut: تتبع ساعة القاعة المنطقة الزمنية للحاسوب
agenda-meeting-objectives = الأهداف (هدف في كل سطر)
agenda-meeting-outcomes = النتائج المتوقعة (نتيجة في كل سطر)
agenda-meeting-languages = لغات العمل (لغة في كل سطر)
agenda-item-start = بدء هذا البند
agenda-item-title = عنوان البند
agenda-item-title-ar = عنوان البند بالعربية
agenda-item-kind = النوع
agenda-item-duration = المدة (بالدقائق)
agenda-item-parallel = بالتوازي مع البند السابق
agenda-item-facilitator = الميسّر
agenda-item-rapporteur = المقرّر
agenda-item-description = الوصف
agenda-item-status = الحالة: { $status }
agenda-item-ran = التوقيت الفعلي: { $start }–{ $end }
agenda-item-ran-unfinished = التوقيت الفعلي: { $start }–…
agenda-item-delete-menu = حذف البند…
agenda-item-delete-question = هل تريد حذف هذا البند؟ يمكن استعادته بالضغط على Ctrl+Z
agenda-item-delete-kept = { $references }؛ وسيُحتفظ بها
agenda-item-delete = حذف البند

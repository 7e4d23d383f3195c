# Captured records: notes, decisions and action items, in Arabic.

record-kind = { $kind ->
    [note] ملاحظة
    [decision] قرار
   *[action] إجراء متابعة
}
action-status-open = مفتوح
action-status-in-progress = قيد التنفيذ
action-status-done = منجز
action-status-cancelled = ملغى
confidentiality-public = علني
confidentiality-organisers = المنظمون فقط

# The record of one agenda item, as listed and edited beside the agenda.

record-note-line = ملاحظة: { $text }
record-decision-line = قرار: { $text }
record-decision-outcome-line = قرار: { $text } ({ $outcome })
record-action-line = إجراء متابعة: { $text } (المسؤول: { $owned ->
    [yes] { $owner }
   *[no] لم يُحدَّد بعد
    }، الموعد النهائي: { $dated ->
    [yes] { $due }
   *[no] غير محدد
    }، الحالة: { $status ->
    [open] مفتوح
    [in-progress] قيد التنفيذ
    [done] منجز
   *[cancelled] ملغى
    })
record-added-later = أُضيف لاحقًا الساعة { $time }
record-nothing-yet = لم يُسجَّل شيء في هذا البند بعد
record-recommendation-badge = توصية
record-close = إغلاق
record-close-name = إغلاق المحرر
record-edit = تعديل
record-edit-name = تعديل هذا القيد
record-mark-done = تحديد كمنجز
record-mark-done-name = تحديد إجراء المتابعة هذا كمنجز
record-delete = حذف
record-delete-name = حذف هذا القيد
record-kind-field = نوع القيد
record-text-field = النص المسجَّل
record-outcome-field = النتيجة المسجَّلة
record-recommended = توصية صادرة عن الاجتماع
record-owner-field = المسؤول عن الإجراء
record-status-field = حالة الإجراء
record-due-field = الموعد النهائي للإجراء
record-idea-line = فكرة شراكة: { $title }، على اللوحة في مرحلة «{ $stage }»
record-show-on-board = عرض على اللوحة
record-show-on-board-name = عرض هذه الشراكة على اللوحة

# The table of every action item of the meeting.

actions-empty = لا توجد إجراءات متابعة بعد: سجّل إجراءً باستخدام { $shortcut } أثناء سير أحد البنود
actions-owner-filter = المسؤول
actions-owner-filter-name = التصفية حسب المسؤول
actions-show-done = إظهار المنجزة
actions-shown = { $total_plural ->
    [zero] لا توجد أي إجراءات متابعة
    [one] { $shown } من أصل إجراء متابعة واحد
    [two] { $shown } من أصل إجراءَي متابعة
    [few] { $shown } من أصل { $total } إجراءات متابعة
    [many] { $shown } من أصل { $total } إجراءً للمتابعة
   *[other] { $shown } من أصل { $total } إجراء متابعة
}
actions-column-done = منجز
actions-column-action = الإجراء
actions-column-action-name = الترتيب حسب الإجراء
actions-column-owner = المسؤول
actions-column-owner-name = الترتيب حسب المسؤول
actions-column-due = الموعد النهائي
actions-column-due-name = الترتيب حسب الموعد النهائي
actions-column-status = الحالة
actions-column-status-name = الترتيب حسب الحالة
actions-column-item = البند
actions-column-item-name = الترتيب حسب البند
actions-sort-hint = انقر للترتيب حسب هذا العمود، وانقر مرة أخرى لعكس الترتيب
actions-done-name = منجز: { $action }
actions-status-name = الحالة: { $action }
actions-no-owner = بلا مسؤول
actions-no-date = بلا موعد
actions-no-item = بلا بند
actions-untitled-item = بند بلا عنوان

# The recommendations the room drafts, in their order.

recommendations-empty = لا توجد توصيات بعد: حدِّد قرارًا بوصفه توصية صادرة عن الاجتماع في محضر البند الذي اتُّخذ فيه
recommendations-heading = التوصيات
recommendations-show-on-projector = عرض على جهاز العرض
recommendations-entry = التوصية { $number }
recommendations-remove = إزالة من التوصيات
recommendations-remove-name = إزالة التوصية { $number } من التوصيات
recommendations-later = تأخير
recommendations-later-name = نقل التوصية { $number } إلى موضع لاحق
recommendations-earlier = تقديم
recommendations-earlier-name = نقل التوصية { $number } إلى موضع سابق
recommendations-no-outcome = لم تُسجَّل أي نتيجة
recommendations-outcome = النتيجة
recommendations-from-item = من البند { $item }
recommendations-no-item = لم تُعتمد في إطار أي بند

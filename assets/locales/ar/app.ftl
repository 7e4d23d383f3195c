# The window: tabs, menus and commands, and the names of undo steps, in Arabic.

tab-agenda = جدول الأعمال
tab-registry = الأشخاص والمنظمات
tab-board = لوحة الشراكات
tab-financing = التمويل
tab-network = الشبكة
tab-report = التقرير
command-new = جديد
command-open = فتح…
command-save = حفظ
command-save-as = حفظ باسم…
command-undo = تراجع
command-redo = إعادة
command-quit = خروج
command-start-item = بدء البند أو استئنافه
command-pause-item = إيقاف البند مؤقتًا
command-next-item = البند التالي
command-next-speaker = المتحدث التالي
command-projector = نافذة جهاز العرض
projector-shows-clock = ساعة البند الجاري
projector-shows-recommendations = التوصيات
undo-move-agenda-item = نقل بند في جدول الأعمال
undo-finish-item = إنهاء البند
undo-skip-item = تخطي البند
undo-start-item = بدء البند
undo-pause-item = إيقاف البند مؤقتًا
undo-add-speaker = إضافة متحدث
undo-reorder-speakers = إعادة ترتيب المتحدثين
undo-remove-speaker = حذف متحدث
undo-next-speaker = المتحدث التالي
undo-stop-speaker = إيقاف المتحدث
undo-edit-meeting-details = تعديل تفاصيل الاجتماع
undo-change-the-recommendations = تغيير التوصيات
undo-edit-agenda-item = تعديل بند في جدول الأعمال
undo-edit-organisation = تعديل منظمة
undo-edit-person = تعديل شخص
undo-edit-partnership = تعديل شراكة
undo-edit-funding-source = تعديل مصدر تمويل
undo-edit-lead = تعديل فرصة تمويل
undo-edit-rates = تغيير أسعار صرف العملات
undo-edit-captured-record = تعديل سجل مدوَّن
undo-delete = حذف
undo-edit = تعديل
app-command-with-shortcut = { $command } ({ $shortcut })

# The window's title, the projector's, and the tabs still to come.
app-title = مجلس
app-title-meeting = { $name } — مجلس
app-title-meeting-unsaved = ● { $name } — مجلس
app-title-meeting-read-only = { $name } (للقراءة فقط) — مجلس
app-title-meeting-unsaved-read-only = ● { $name } (للقراءة فقط) — مجلس
app-untitled = بلا عنوان
app-projector-title = مجلس – جهاز العرض

# Menus.
menu-file = ملف
menu-recent-files = الملفات الأخيرة
menu-no-recent-files = لا توجد ملفات حديثة
menu-open-sample = فتح الاجتماع النموذجي
menu-meeting = الاجتماع
menu-edit = تحرير
menu-undo-step = تراجع عن { $step }
menu-redo-step = إعادة { $step }

# The status bar.
status-saving = جارٍ الحفظ…
status-unsaved-changes = تغييرات غير محفوظة
status-not-saved-yet = لم يُحفظ بعد
status-saved = تم الحفظ
status-undone = تراجع: { $step }
status-redone = إعادة: { $step }
status-nothing-to-undo = لا شيء للتراجع عنه
status-nothing-to-redo = لا شيء لإعادته
status-autosave-failed = تعذّر الحفظ التلقائي: { $error }
status-autosave-thread-stopped = توقفت عملية الحفظ التلقائي

# Dialogs inside the window.
dialog-ok = موافق
dialog-cancel = إلغاء
dialog-save = حفظ
dialog-save-as = حفظ باسم…
dialog-discard = تجاهل التغييرات
dialog-overwrite = استبدال
dialog-switch = تبديل
dialog-switch-heading = الانتقال إلى { $item }؟
dialog-switch-text = البند { $running } جارٍ الآن. يؤدي الانتقال إلى إنهائه وبدء { $item }
dialog-unsaved-heading = هل تريد حفظ التغييرات على هذا الاجتماع؟
dialog-unsaved-text = ستضيع تغييراتك إذا لم تحفظها
dialog-unsaved-capture = لا يزال في التدوين المباشر نص لم يُضَف بعد: «{ $draft }». اختر «إلغاء»، ثم اضغط Enter في التدوين لإضافته
dialog-changed-heading = تغيّر الملف من مكان آخر
dialog-changed-text = غيّر برنامج آخر أو نسخة أخرى من «مجلس» هذا الملف منذ أن فتحته. هل تريد استبداله، أم حفظ نسختك باسم آخر؟
dialog-path-open-heading = اكتب مسار الملف المراد فتحه
dialog-path-save-heading = اكتب مسار الملف المراد حفظه
dialog-path-text = لم يُختر أي ملف. إذا لم تظهر نافذة اختيار الملفات، فاكتب المسار الكامل هنا
dialog-path-label = المسار
dialog-path-open = فتح
dialog-path-save = حفظ
dialog-filter-meeting = اجتماع مجلس
dialog-filter-all = جميع الملفات

# What else refers to a record about to be deleted.
dialog-referring-people = { $count_plural ->
    [zero] لا يشير إليه أي شخص
    [one] يشير إليه شخص واحد
    [two] يشير إليه شخصان
    [few] يشير إليه { $count } أشخاص
    [many] يشير إليه { $count } شخصًا
   *[other] يشير إليه { $count } شخص
}
dialog-referring-partnerships = { $count_plural ->
    [zero] لا تشير إليه أي شراكة
    [one] تشير إليه شراكة واحدة
    [two] تشير إليه شراكتان
    [few] تشير إليه { $count } شراكات
    [many] تشير إليه { $count } شراكة
   *[other] تشير إليه { $count } شراكة
}
dialog-referring-funding-sources = { $count_plural ->
    [zero] لا يشير إليه أي مصدر تمويل
    [one] يشير إليه مصدر تمويل واحد
    [two] يشير إليه مصدرا تمويل
    [few] يشير إليه { $count } مصادر تمويل
    [many] يشير إليه { $count } مصدرَ تمويل
   *[other] يشير إليه { $count } مصدر تمويل
}
dialog-referring-agenda-items = { $count_plural ->
    [zero] لا يشير إليه أي بند في جدول الأعمال
    [one] يشير إليه بند واحد في جدول الأعمال
    [two] يشير إليه بندان في جدول الأعمال
    [few] يشير إليه { $count } بنود في جدول الأعمال
    [many] يشير إليه { $count } بندًا في جدول الأعمال
   *[other] يشير إليه { $count } بند في جدول الأعمال
}
dialog-referring-records = { $count_plural ->
    [zero] لا يشير إليه أي سجل مدوَّن
    [one] يشير إليه سجل مدوَّن واحد
    [two] يشير إليه سجلان مدوَّنان
    [few] يشير إليه { $count } سجلات مدوَّنة
    [many] يشير إليه { $count } سجلًا مدوَّنًا
   *[other] يشير إليه { $count } سجل مدوَّن
}
undo-import = استيراد أشخاص
undo-move-partnership = نقل شراكة
undo-arrange-the-network = ترتيب الشبكة

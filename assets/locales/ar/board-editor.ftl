# The editor of a partnership card beside the board: its fields, the checklist of a strong commitment and its history, in Arabic.

board-editor-close = إغلاق
board-field-title = العنوان
board-stage = المرحلة
board-editor-title-arabic = العنوان بالعربية
board-editor-description = الوصف
board-editor-thrust-area = المحور
board-editor-programme = البرنامج
board-editor-next-step = الخطوة التالية
board-editor-none = لا شيء

# Partners

board-editor-partners = الشركاء
board-editor-add-partner = إضافة شريك
board-editor-add-partner-named = إضافة { $name } إلى الشركاء
board-editor-named-acronym = { $name } ({ $acronym })
board-editor-role-of = دور { $name }
board-editor-role-hint = ما يقدّمه
board-editor-remove = إزالة
board-editor-remove-partner = إزالة { $name } من الشركاء
board-editor-remove-role = إزالة الدور { $number } من أدوار { $name }
board-editor-create-organisation = إنشاء «{ $name }» منظمةً جديدة…
board-editor-new-organisation = منظمة جديدة
board-editor-organisation-name = الاسم
board-editor-stakeholder-type = نوع الجهة
board-editor-organisation-country = البلد
board-editor-create-and-add = إنشاء وإضافة
board-editor-cancel = إلغاء
board-editor-organisation-name-needed = اكتب اسم المنظمة
board-editor-lead = الجهة الرائدة
board-editor-no-lead = بلا جهة رائدة
board-editor-countries = البلدان
board-editor-country-not-a-code = «{ $code }» ليس رمز بلد من حرفين مثل LB

# Lists

board-editor-deliverables = النواتج (ناتج واحد في كل سطر)
board-editor-resources = الموارد الملتزَم بها (مورد واحد في كل سطر)
board-editor-milestones = المعالم الرئيسية
board-editor-milestone = المَعلم { $number }
board-editor-milestone-due = الموعد النهائي للمَعلم { $number }
board-editor-due-hint = 2007-10-15
board-editor-milestone-done = مُنجَز
board-editor-milestone-done-named = المَعلم { $number } مُنجَز
board-editor-remove-milestone = إزالة المَعلم { $number }
board-editor-add-milestone = إضافة مَعلم

# Reporter, financing, origin, audience

board-editor-reporter = المكلَّف بالإبلاغ عن التقدم
board-editor-nobody = لم يُكلَّف أحد بعد
board-editor-clear-reporter = عدم تكليف أحد بالإبلاغ عن التقدم
board-editor-find-reporter = البحث عن المكلَّف بالإبلاغ
board-editor-choose-reporter = تكليف { $name } بالإبلاغ عن التقدم
board-editor-person-of = { $name }، { $organisation }
board-editor-financing-need = التمويل المطلوب
board-editor-currency = العملة
board-editor-instruments-sought = أنواع التمويل المطلوبة
board-editor-amount-invalid = «{ $text }» ليس مبلغًا: اكتب وحدات كاملة مثل 250000
board-editor-born-at = نشأت في
board-editor-born-nowhere = بلا مائدة مستديرة
board-editor-unknown-item = بند لم يعد في جدول الأعمال
board-editor-seen-by = يطّلع عليها
board-editor-delete = حذف الشراكة
board-editor-delete-named = حذف الشراكة «{ $title }»

# Checklist of a strong commitment

board-editor-checklist = مقومات الالتزام القوي
board-editor-met-roles = لشريكين أو أكثر دور محدد
board-editor-met-deliverables = حُدِّدت نواتج قابلة للقياس
board-editor-met-resources = التُزِم بموارد
board-editor-met-timeline = لأحد المعالم موعد نهائي
board-editor-met-reporter = كُلِّف شخص بالإبلاغ عن التقدم
board-editor-mix = تنوع الشركاء
board-editor-mix-no-partners = لا شركاء بعد
board-editor-mix-fine = لا يثير تنوع الشركاء أي تنبيه

# History

board-editor-history = التسلسل الزمني
board-editor-stage-history = المراحل
board-editor-partner-history = الشركاء على مر الوقت
board-editor-history-empty = لا شيء بعد
board-editor-history-stage = دخلت مرحلة «{ $stage }» في { $time }
board-editor-history-joined = انضمام { $organisation } في { $time }
board-editor-history-left = انسحاب { $organisation } في { $time }

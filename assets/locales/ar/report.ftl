# The meeting report: its sections and words, in Arabic.
report-section-facts = معلومات الاجتماع
report-section-agenda = جدول الأعمال: التوقيت المقرر والفعلي
report-section-items = محضر كل بند
report-section-participation = المشاركة
report-section-partnerships = الشراكات
report-section-network = الشبكة
report-section-financing = التمويل
report-section-follow-up = قائمة المتابعة
report-unknown-section = لا يوجد قسم باسم «{ $name }». الأقسام هي: { $known }.
report-no-sections = اختر قسماً واحداً على الأقل للتقرير.
report-working-title = تقرير العمل: { $meeting }

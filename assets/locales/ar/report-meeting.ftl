# تقرير الاجتماع: معلوماته، وتوقيت جدول الأعمال، ومحضر كل بند،
# والمشاركة، وقائمة المتابعة.

report-meeting-title = العنوان
report-meeting-title-ar = العنوان بالعربية
report-meeting-venue = المكان
report-meeting-dates = التواريخ
report-meeting-one-day = { $day }
report-meeting-days-value = من { $first } إلى { $last } ({ $count_plural ->
        [zero] لا أيام
        [one] يوم واحد
        [two] يومان
        [few] { $count } أيام
        [many] { $count } يوماً
       *[other] { $count } يوم
    })
report-meeting-organiser = الجهة المنظمة
report-meeting-languages = لغات العمل
report-meeting-objectives = الأهداف:
report-meeting-outcomes = النتائج المتوقعة:

report-agenda-day = اليوم { $number }: { $date }
report-agenda-column-item = البند
report-agenda-column-planned = المقرر
report-agenda-column-actual = الفعلي
report-agenda-column-planned-minutes = المقرر (دقيقة)
report-agenda-column-actual-minutes = الفعلي (دقيقة)
report-agenda-column-difference = الفرق
report-agenda-column-facilitator = الميسّر
report-agenda-column-rapporteur = المقرّر
report-agenda-span = { $start }–{ $end }
report-agenda-since = منذ { $start }
report-agenda-not-run = لم يُعقد
report-agenda-over = { $count_plural ->
        [zero] لا تجاوز
        [one] تجاوز بدقيقة واحدة
        [two] تجاوز بدقيقتين
        [few] تجاوز بـ{ $count } دقائق
        [many] تجاوز بـ{ $count } دقيقة
       *[other] تجاوز بـ{ $count } دقيقة
    }
report-agenda-under = { $count_plural ->
        [zero] لا نقص
        [one] أقل بدقيقة واحدة
        [two] أقل بدقيقتين
        [few] أقل بـ{ $count } دقائق
        [many] أقل بـ{ $count } دقيقة
       *[other] أقل بـ{ $count } دقيقة
    }
report-agenda-on-time = في الموعد
report-agenda-day-not-run = لم يُعقد أي بند في هذا اليوم.
report-agenda-day-over = البنود المنعقدة: { $planned } دقيقة مقررة، و{ $actual } دقيقة فعلية؛ { $count_plural ->
        [zero] دون تجاوز.
        [one] بتجاوز دقيقة واحدة.
        [two] بتجاوز دقيقتين.
        [few] بتجاوز { $count } دقائق.
        [many] بتجاوز { $count } دقيقة.
       *[other] بتجاوز { $count } دقيقة.
    }
report-agenda-day-under = البنود المنعقدة: { $planned } دقيقة مقررة، و{ $actual } دقيقة فعلية؛ { $count_plural ->
        [zero] دون نقص.
        [one] أقل بدقيقة واحدة.
        [two] أقل بدقيقتين.
        [few] أقل بـ{ $count } دقائق.
        [many] أقل بـ{ $count } دقيقة.
       *[other] أقل بـ{ $count } دقيقة.
    }
report-agenda-day-on-time = البنود المنعقدة: { $planned } دقيقة مقررة، و{ $actual } دقيقة فعلية؛ في الموعد.

report-items-status = { $status ->
        [open] مفتوح
        [in-progress] قيد التنفيذ
        [done] منجز
       *[cancelled] ملغى
    }
report-items-added-later = { $text } (أضيف بعد انتهاء البند)
report-items-column-action = الإجراء
report-items-column-owner = المسؤول
report-items-column-due = الموعد
report-items-column-status = الحالة
report-items-decision-outcome = { $decision } — النتيجة: { $outcome }
report-items-no-owner = بلا مسؤول
report-items-notes = { $count_plural ->
        [zero] الملاحظات:
        [one] ملاحظة:
        [two] ملاحظتان:
        [few] الملاحظات ({ $count }):
        [many] الملاحظات ({ $count }):
       *[other] الملاحظات ({ $count }):
    }
report-items-decisions = { $count_plural ->
        [zero] القرارات:
        [one] قرار:
        [two] قراران:
        [few] القرارات ({ $count }):
        [many] القرارات ({ $count }):
       *[other] القرارات ({ $count }):
    }
report-items-actions = { $count_plural ->
        [zero] بنود العمل:
        [one] بند عمل:
        [two] بندا عمل:
        [few] بنود العمل ({ $count }):
        [many] بنود العمل ({ $count }):
       *[other] بنود العمل ({ $count }):
    }
report-items-other = سجلات أخرى

report-participation-no-type = الفئة غير محددة
report-participation-no-country = البلد غير محدد
report-participation-column-people = الأشخاص
report-participation-column-turns = المداخلات
report-participation-column-time = المدة (دقيقة:ثانية)
report-participation-column-name = الاسم
report-participation-column-organisation = الجهة
report-participation-column-type = فئة الجهة المعنية
report-participation-column-country = البلد
report-participation-not-spoken = حاضرون لم يتكلموا
report-participation-not-spoken-count = { $count_plural ->
        [zero] لا أحد من الحاضرين إلا وتكلم.
        [one] شخص واحد من الحاضرين لم يأخذ الكلمة.
        [two] شخصان من الحاضرين لم يأخذا الكلمة.
        [few] { $count } أشخاص من الحاضرين لم يأخذوا الكلمة.
        [many] { $count } شخصاً من الحاضرين لم يأخذوا الكلمة.
       *[other] { $count } شخص من الحاضرين لم يأخذوا الكلمة.
    }
report-participation-per-person = مدة الكلام لكل شخص
report-participation-attendance = الحضور
report-participation-present = { $count_plural ->
        [zero] لم يحضر أحد.
        [one] حضر شخص واحد يوماً واحداً على الأقل.
        [two] حضر شخصان يوماً واحداً على الأقل.
        [few] حضر { $count } أشخاص يوماً واحداً على الأقل.
        [many] حضر { $count } شخصاً يوماً واحداً على الأقل.
       *[other] حضر { $count } شخص يوماً واحداً على الأقل.
    }
report-participation-speaking = مدة الكلام
report-participation-turns = { $count_plural ->
        [zero] لم تُسجَّل أي مداخلة.
        [one] سُجّلت مداخلة واحدة، وعدد المتكلمين { $people }.
        [two] سُجّلت مداخلتان، وعدد المتكلمين { $people }.
        [few] سُجّلت { $count } مداخلات، وعدد المتكلمين { $people }.
        [many] سُجّلت { $count } مداخلة، وعدد المتكلمين { $people }.
       *[other] سُجّلت { $count } مداخلة، وعدد المتكلمين { $people }.
    }

follow-up-overdue = متأخر
follow-up-due-soon = يحين قريباً
follow-up-later = لاحقاً
follow-up-no-date = بلا موعد
follow-up-kind-action = بند عمل
follow-up-kind-milestone = مرحلة
follow-up-kind-lead = مصدر تمويل محتمل
report-follow-up-summary = { $count_plural ->
        [zero] لا شيء للمتابعة حتى { $today }.
        [one] أمر واحد للمتابعة حتى { $today }: المتأخر { $overdue }، وما يحين خلال أسبوع { $soon }.
        [two] أمران للمتابعة حتى { $today }: المتأخر { $overdue }، وما يحين خلال أسبوع { $soon }.
        [few] { $count } أمور للمتابعة حتى { $today }: المتأخر { $overdue }، وما يحين خلال أسبوع { $soon }.
        [many] { $count } أمراً للمتابعة حتى { $today }: المتأخر { $overdue }، وما يحين خلال أسبوع { $soon }.
       *[other] { $count } أمر للمتابعة حتى { $today }: المتأخر { $overdue }، وما يحين خلال أسبوع { $soon }.
    }
report-follow-up-about-source = { $about } ({ $source })
report-follow-up-no-owner = بلا مسؤول
report-follow-up-column-what = المطلوب
report-follow-up-column-kind = النوع
report-follow-up-column-about = يتعلق بـ
report-follow-up-column-due = الموعد
report-follow-up-column-urgency = الاستحقاق

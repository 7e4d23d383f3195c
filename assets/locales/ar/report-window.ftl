# The Report tab: the choices of a report, its preview, and its export, in Arabic.

report-window-form = نوع التقرير
report-window-form-working = تقرير العمل
report-window-form-official = التقرير الرسمي للاجتماع
report-window-language = لغة التقرير
report-window-audience = الجمهور المستهدف
report-window-audience-public = علني
report-window-audience-organisers = داخلي، للمنظمين
report-window-sections = أقسام تقرير العمل
report-window-official-sections = للتقرير الرسمي للاجتماع أقسامه الخاصة.
report-window-export = تصدير…
report-window-menu = تصدير التقرير…
report-window-empty = لا تتضمن الأقسام المختارة أي محتوى بعد.
report-window-more-rows = { $count_plural ->
    [zero] …ولا صفوف أخرى في الملف المصدَّر.
    [one] …وصف آخر في الملف المصدَّر.
    [two] …وصفّان آخران في الملف المصدَّر.
    [few] …و{ $count } صفوف أخرى في الملف المصدَّر.
    [many] …و{ $count } صفًا آخر في الملف المصدَّر.
   *[other] …و{ $count } صف آخر في الملف المصدَّر.
}

report-window-dialog-title = تصدير التقرير
report-window-filter-html = صفحة ويب (HTML)
report-window-filter-markdown = Markdown
report-window-write = تصدير
report-window-choose = اختيار المكان…
report-window-file-working = { $meeting }-التقرير-{ $language }.html
report-window-file-official = { $meeting }-التقرير-الرسمي-{ $language }.html
report-window-exported = كُتب التقرير في { $path }.
report-window-not-written = تعذّرت كتابة التقرير في { $path }: { $reason }
report-window-failed-heading = لم يُصدَّر التقرير
report-window-intro = تقرير الاجتماع بحالته الراهنة: اختر نوعه ولغته وجمهوره وأقسامه، ثم صدّره بصيغة HTML للطباعة أو بصيغة Markdown للإرسال.
report-window-file-printable = { $meeting }-{ $printable }-{ $language }.html
report-window-printable-choices = تعرض مطبوعات يوم الاجتماع ما يجوز للعموم الاطلاع عليه، وليس فيها أقسام للاختيار.

# The Report tab's switch between the report and the follow-up.
report-window-view-report = التقرير والمطبوعات
report-window-view-follow-up = المتابعة

# The follow-up view: what is left to do after the meeting, by owner.
report-window-follow-up-heading = المتابعة بحسب المسؤول
report-window-follow-up-intro = ما بقي إنجازه بعد الاجتماع: إجراءات المتابعة المفتوحة، والمراحل الرئيسية للشراكات التي لم تُنجز بعد، والخطوات التالية لفرص التمويل، بحسب المسؤول.
report-window-follow-up-urgent-only = المتأخرة والمستحقة قريبًا فقط
report-window-follow-up-owner = المسؤول
report-window-follow-up-no-owner = دون مسؤول
report-window-follow-up-nothing = لا شيء للمتابعة هنا.
report-window-follow-up-kind-action = إجراء متابعة
report-window-follow-up-kind-milestone = مرحلة رئيسية في شراكة
report-window-follow-up-kind-lead = الخطوة التالية لفرصة تمويل
report-window-follow-up-open = فتح
report-window-follow-up-open-named = فتح «{ $what }»
report-window-follow-up-overdue = { $count_plural ->
    [zero] غير متأخر
    [one] متأخر بيوم واحد
    [two] متأخر بيومين
    [few] متأخر بـ{ $count } أيام
    [many] متأخر بـ{ $count } يومًا
   *[other] متأخر بـ{ $count } يوم
}
report-window-follow-up-due-today = مستحق اليوم
report-window-follow-up-due-soon = { $count_plural ->
    [zero] مستحق اليوم
    [one] مستحق خلال يوم واحد
    [two] مستحق خلال يومين
    [few] مستحق خلال { $count } أيام
    [many] مستحق خلال { $count } يومًا
   *[other] مستحق خلال { $count } يوم
}
report-window-follow-up-due-on = مستحق في { $date }
report-window-follow-up-no-date = دون موعد نهائي

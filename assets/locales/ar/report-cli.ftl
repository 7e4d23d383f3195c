# `majlis report` on the command line, in Arabic.
report-cli-needs-value = يحتاج { $option } إلى قيمة.
report-cli-unknown-option = خيار غير معروف للأمر report: { $option }
report-cli-needs-files = يحتاج الأمر report إلى ملف اجتماع وإلى مكان الكتابة: majlis report FILE.ron --format html|md -o OUT
report-cli-packs-alone = تُكتب حزم المتابعة (--per-organisation) وحدها: دون --official أو --sections.
report-cli-official-sections = لتقرير الاجتماع الرسمي أقسامه الخاصة: الخيار --sections مخصص لتقرير العمل.
report-cli-unknown-format = صيغة تقرير غير معروفة «{ $format }»: استخدم html أو md.
report-cli-unknown-language = لغة تقرير غير معروفة «{ $language }»: استخدم en أو ar.
report-cli-needs-format = حدّد الصيغة المطلوبة بالخيار --format html أو --format md.
report-cli-written = كُتب التقرير في { $path }.
report-cli-packs-need-folder = تُكتب حزم المتابعة في مجلد، و{ $path } ليس مجلدًا.
report-cli-packs-written = { $count_plural ->
    [zero] لم تُكتب أي حزمة متابعة في { $path }.
    [one] كُتبت حزمة متابعة واحدة في { $path }.
    [two] كُتبت حزمتا متابعة في { $path }.
    [few] كُتبت { $count } حزم متابعة في { $path }.
    [many] كُتبت { $count } حزمة متابعة في { $path }.
   *[other] كُتبت { $count } حزمة متابعة في { $path }.
}
report-cli-printable-alone = يُكتب المطبوع (--printable) وحده: دون --official أو --sections أو --per-organisation أو --internal (فالبرنامج وقائمة المشاركين للعموم، وأوراق التوقيع وبطاقات الأسماء لفريق الاجتماع).
report-cli-unknown-printable = لا يوجد مطبوع باسم «{ $name }». المطبوعات المتاحة: { $known }.
report-cli-not-over-meeting = { $path } ملف اجتماع: اكتب التقرير باسم آخر ينتهي بـ .html أو .md.
report-render-failed = تعذّرت كتابة التقرير بصيغة HTML: { $reason }

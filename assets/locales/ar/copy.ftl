# Copies of the meeting handed to rapporteurs: the File menu's dialog and `majlis copy`, in Arabic.

copy-menu = نسخة للمقرّر…
copy-heading = نسخة للمقرّر
copy-explanation = تحتفظ النسخة بهذا الإصدار من الاجتماع، كي يمكن دمج ما يضيفه المقرّر فيه لاحقًا. ولا تتضمن بيانات الاتصال وما هو للمنظمين فقط إلا إذا أدرجتها.
copy-round-table = تُفتح على
copy-whole-meeting = الاجتماع كله
copy-with-contacts = تضمين بيانات الاتصال وما هو للمنظمين فقط
copy-choose = اختيار المكان…
copy-save = حفظ النسخة
copy-dialog-title = حفظ نسخة للمقرّر
copy-file-name = { $meeting }-rapporteur.majlis.ron
copy-failed-heading = لم تُكتب النسخة
copy-not-written = تعذّرت كتابة النسخة في { $path }: { $reason }
copy-not-over-meeting = ستحلّ النسخة محل ملف الاجتماع نفسه ({ $path }): اختر لها اسمًا آخر
copy-written = كُتبت نسخة للمقرّر في { $path } { $records_plural ->
    [zero] لا تضم أي قيد
    [one] تضم قيدًا واحدًا
    [two] تضم قيدين
    [few] تضم { $records } قيود
    [many] تضم { $records } قيدًا
   *[other] تضم { $records } قيد
}
copy-written-round-table = كُتبت نسخة للمقرّر في { $path } { $records_plural ->
    [zero] لا تضم أي قيد
    [one] تضم قيدًا واحدًا
    [two] تضم قيدين
    [few] تضم { $records } قيود
    [many] تضم { $records } قيدًا
   *[other] تضم { $records } قيد
}؛ وهي تُفتح على «{ $item }»
copy-no-items = لا يوجد بند باسم «{ $item }»: ليس في جدول أعمال الاجتماع أي بند
copy-unknown-item = لا يوجد بند باسم «{ $item }». بنود جدول الأعمال هي:
    { $choices }
copy-ambiguous-item = تبدأ عدة بنود بـ«{ $item }»؛ اكتب جزءًا أطول من العنوان أو أدخل المعرّف. وهذه البنود هي:
    { $choices }
copy-item-left-out = «{ $item }» للمنظمين فقط، لذا لا تتضمنه النسخة؛ ضمِّن ما هو للمنظمين فقط لفتح النسخة عليه
copy-cli-needs-value = يحتاج { $option } إلى قيمة
copy-cli-unknown-option = خيار غير معروف للأمر copy: { $option }
copy-cli-needs-files = يحتاج الأمر copy إلى ملف اجتماع وإلى مكان كتابة النسخة: majlis copy FILE.ron -o COPY.ron [--round-table ITEM] [--with-contacts]

# The three-way merge of session files: conflicts, values and errors, in Arabic.

merge-vocabularies = قوائم المصطلحات
# A field of a record in words: $key is its name in the file, $field the same with spaces.
merge-field = { $key ->
    [title_ar] العنوان بالعربية
    [name_ar] الاسم بالعربية
    [instruments_sought] أنواع التمويل المطلوبة
    [duration_minutes] المدة
    [contact_confidentiality] من يحق له الاطلاع على بيانات الاتصال
    [captured_at] وقت التدوين
    [ticket_min] أدنى مبلغ تمويل
    [ticket_max] أعلى مبلغ تمويل
    [usd_per_unit] قيمة الوحدة بالدولار
    [born_at] المائدة المستديرة التي نشأت فيها
    [added_later] أُضيف لاحقًا
    [co_financing_required] اشتراط التمويل المشترك
    [planned_start] موعد البدء المخطط
   *[other] { $field }
}
merge-no-value = (بلا قيمة)
merge-yes = نعم
merge-no = لا
merge-conflict-record = { $kind ->
    [meeting] تفاصيل الاجتماع
    [agenda-item] بند
    [organisation] منظمة
    [person] شخص
    [partnership] شراكة
    [funding-source] مصدر تمويل
    [financing-lead] فرصة تمويل
    [rate] سعر صرف
    [note] ملاحظة
    [decision] قرار
    [action-item] إجراء متابعة
   *[vocabularies] قوائم المصطلحات
} «{ $name }»: حذف في أحد الجانبين وتعديل في الآخر
merge-conflict-field = { $kind ->
    [meeting] تفاصيل الاجتماع
    [agenda-item] بند
    [organisation] منظمة
    [person] شخص
    [partnership] شراكة
    [funding-source] مصدر تمويل
    [financing-lead] فرصة تمويل
    [rate] سعر صرف
    [note] ملاحظة
    [decision] قرار
    [action-item] إجراء متابعة
   *[vocabularies] قوائم المصطلحات
} «{ $name }»: اختلف تعديل { $field } بين الجانبين
merge-error-unreadable = تعذّرت قراءة { $kind ->
    [meeting] تفاصيل الاجتماع
    [agenda-item] البند
    [organisation] المنظمة
    [person] الشخص
    [partnership] الشراكة
    [funding-source] مصدر التمويل
    [financing-lead] فرصة التمويل
    [rate] سعر الصرف
    [note] الملاحظة
    [decision] القرار
    [action-item] إجراء المتابعة
   *[vocabularies] قوائم المصطلحات
} «{ $name }» بعد الدمج: { $reason }
merge-error-gone = { $kind ->
    [meeting] لم تعد تفاصيل الاجتماع
    [agenda-item] لم يعد البند
    [organisation] لم تعد المنظمة
    [person] لم يعد الشخص
    [partnership] لم تعد الشراكة
    [funding-source] لم يعد مصدر التمويل
    [financing-lead] لم تعد فرصة التمويل
    [rate] لم يعد سعر الصرف
    [note] لم تعد الملاحظة
    [decision] لم يعد القرار
    [action-item] لم يعد إجراء المتابعة
   *[vocabularies] لم تعد قوائم المصطلحات
} «{ $name }» في الاجتماع: لا يمكن تطبيق الاختيار

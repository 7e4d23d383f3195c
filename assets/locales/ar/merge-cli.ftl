# The command line's merge: `majlis merge`, its mistakes and what it prints, in Arabic.

merge-cli-needs-value = يحتاج { $option } إلى قيمة: majlis merge FILE.ron COPY.ron [MORE.ron ...] -o OUT.ron
merge-cli-unknown-option = خيار غير معروف { $option }: majlis merge FILE.ron COPY.ron [MORE.ron ...] -o OUT.ron
merge-cli-needs-output = يحتاج الأمر merge إلى ملف يكتب فيه: majlis merge FILE.ron COPY.ron [MORE.ron ...] -o OUT.ron
merge-cli-needs-files = يحتاج الأمر merge إلى ملف المنظمين ونسخة واحدة على الأقل: majlis merge FILE.ron COPY.ron [MORE.ron ...] -o OUT.ron
merge-cli-not-over-copy = سيحلّ الاجتماع المدمج محل النسخة { $path } التي يجري دمجها: اختر ملفًا آخر للكتابة
merge-cli-not-over-backup = { $path } نسخة احتياطية: اكتب الاجتماع المدمج في ملف آخر
merge-cli-newer-format = كُتب { $path } بإصدار أحدث من «مجلس» (الصيغة { $found }؛ وهذا الإصدار يعرف الصيغة { $known }): دمجه سيُفقد ما لا يعرفه هذا الإصدار
merge-cli-counts = دُمج { $file }: { $taken_plural ->
    [zero] لم يؤخذ منه أي قيد
    [one] أُخذ منه قيد واحد
    [two] أُخذ منه قيدان
    [few] أُخذ منه { $taken } قيود
    [many] أُخذ منه { $taken } قيدًا
   *[other] أُخذ منه { $taken } قيد
  }، { $combined_plural ->
    [zero] ولم يُدمج أي قيد حقلًا بحقل
    [one] ودُمج قيد واحد حقلًا بحقل
    [two] ودُمج قيدان حقلًا بحقل
    [few] ودُمجت { $combined } قيود حقلًا بحقل
    [many] ودُمج { $combined } قيدًا حقلًا بحقل
   *[other] ودُمج { $combined } قيد حقلًا بحقل
  }، { $conflicted_plural ->
    [zero] ولا قيود متعارضة
    [one] وقيد واحد متعارض
    [two] وقيدان متعارضان
    [few] و{ $conflicted } قيود متعارضة
    [many] و{ $conflicted } قيدًا متعارضًا
   *[other] و{ $conflicted } قيد متعارض
  }
merge-cli-nothing-new = دُمج { $file }: لا جديد
merge-cli-total = الإجمالي { $files_plural ->
    [zero] من { $files } ملف
    [one] من ملف واحد
    [two] من ملفين
    [few] من { $files } ملفات
    [many] من { $files } ملفًا
   *[other] من { $files } ملف
  }: { $taken_plural ->
    [zero] لم يُجلب أي قيد
    [one] جُلب قيد واحد
    [two] جُلب قيدان
    [few] جُلبت { $taken } قيود
    [many] جُلب { $taken } قيدًا
   *[other] جُلب { $taken } قيد
  }، ودُمج حقلًا بحقل: { $combined }، ومتعارض: { $conflicted }
merge-cli-conflict = {"  "}{ $conflict }
merge-cli-kept = {"    "}أُبقي: { $value }
merge-cli-kept-absent = {"    "}أُبقي: محذوف
merge-cli-set-aside = {"    "}وُضع جانبًا في ملاحظة: { $value }
merge-cli-set-aside-absent = {"    "}وُضع جانبًا في ملاحظة: محذوف
merge-cli-duplicate = {"  "}ربما هما { $kind ->
    [person] الشخص نفسه
   *[organisation] المنظمة نفسها
  }: «{ $ours }» و«{ $theirs }» (أُبقي كلاهما، ولم يُدمجا)
merge-cli-saved = كُتب { $path }
merge-cli-saved-over =
    كُتب { $path }
    وحُفظ ما كان فيه من قبل باسم { $copy }

# File > Merge another session file…: the menu entry, the review of the merge and what the window says about it, in Arabic.

merge-window-command = دمج ملف جلسة آخر…
merge-window-undo = دمج
merge-window-dialog-title = ملفات الجلسات المراد دمجها في هذا الاجتماع
merge-window-path-heading = دمج ملف جلسة
merge-window-path-button = دمج
merge-window-heading = الدمج في { $file }
merge-window-files = من { $files }
merge-window-counts = { $taken_plural ->
    [zero] لم يُؤخذ أي سجل من الملفات الأخرى
    [one] أُخذ سجل واحد من الملفات الأخرى
    [two] أُخذ سجلان من الملفات الأخرى
    [few] أُخذت { $taken } سجلات من الملفات الأخرى
    [many] أُخذ { $taken } سجلًا من الملفات الأخرى
   *[other] أُخذ { $taken } سجل من الملفات الأخرى
  }، { $combined_plural ->
    [zero] ولم يُدمج أي سجل
    [one] ودُمج سجل واحد
    [two] ودُمج سجلان
    [few] ودُمجت { $combined } سجلات
    [many] ودُمج { $combined } سجلًا
   *[other] ودُمج { $combined } سجل
  }، { $conflicted_plural ->
    [zero] ولم يظهر أي تعارض
    [one] وظهر تعارض واحد
    [two] وظهر تعارضان
    [few] وظهرت { $conflicted } تعارضات
    [many] وظهر { $conflicted } تعارضًا
   *[other] وظهر { $conflicted } تعارض
  }
merge-window-no-conflicts = لا تعارضات: لا حاجة إلى أي اختيار
merge-window-conflicts = { $count_plural ->
    [zero] لا يوجد أي تعارض
    [one] تعارض واحد: يُحتفظ بقيمة هذا الجانب وتُدوَّن القيمة الأخرى، ما لم تختر غير ذلك
    [two] تعارضان: يُحتفظ بقيمة هذا الجانب وتُدوَّن القيمة الأخرى، ما لم تختر غير ذلك
    [few] { $count } تعارضات: يُحتفظ بقيمة هذا الجانب وتُدوَّن القيمة الأخرى، ما لم تختر غير ذلك
    [many] { $count } تعارضًا: يُحتفظ بقيمة هذا الجانب وتُدوَّن القيمة الأخرى، ما لم تختر غير ذلك
   *[other] { $count } تعارض: يُحتفظ بقيمة هذا الجانب وتُدوَّن القيمة الأخرى، ما لم تختر غير ذلك
}
merge-window-all-ours = إبقاء هذا الجانب في الكل
merge-window-all-theirs = أخذ الجانب الآخر في الكل
merge-window-filter-hint = سجل أو حقل أو قيمة
merge-window-none-match = لا يطابق البحثَ أي تعارض
merge-window-base = سابقًا: { $state ->
    [deleted] محذوف
    [absent] غير موجود
   *[value] { $value }
}
merge-window-ours = هذا الملف: { $state ->
    [deleted] محذوف
    [absent] غير موجود
   *[value] { $value }
}
merge-window-theirs = { $file }: { $state ->
    [deleted] محذوف
    [absent] غير موجود
   *[value] { $value }
}
merge-window-ours-choice = إبقاء هذا الجانب
merge-window-ours-choice-for = إبقاء هذا الجانب: { $conflict }
merge-window-theirs-choice = أخذ ما في { $file }
merge-window-theirs-choice-for = أخذ الجانب الآخر: { $conflict }
merge-window-both-choice = إبقاء القيمتين نصًّا
merge-window-both-choice-for = إبقاء القيمتين نصًّا: { $conflict }
merge-window-duplicates = { $count_plural ->
    [zero] لا توجد سجلات يبدو أنها مكررة
    [one] زوج واحد من السجلات يبدو أنه مكرر
    [two] زوجان من السجلات يبدو أنهما مكرران
    [few] { $count } أزواج من السجلات يبدو أنها مكررة
    [many] { $count } زوجًا من السجلات يبدو أنها مكررة
   *[other] { $count } زوج من السجلات يبدو أنها مكررة
}
merge-window-duplicates-hint = حدِّد المتطابق منها: يُحتفظ بسجل هذا الجانب، ويُحال إليه كل ما كان يشير إلى الآخر
merge-window-duplicate = { $kind ->
    [organisation] «{ $ours }» هنا و«{ $theirs }» في { $file } منظمة واحدة
   *[person] «{ $ours }» هنا و«{ $theirs }» في { $file } شخص واحد
}
merge-window-apply = تطبيق
merge-window-cancel = إلغاء
merge-window-add-files = إضافة ملف آخر…
merge-window-unreadable = تعذّر دمج { $file }: { $error }
merge-window-newer = تعذّر دمج { $file }: فقد كُتب بإصدار أحدث من مجلس (الصيغة { $found }؛ وهذا الإصدار يعرف الصيغة { $known })
merge-window-failed-heading = تعذّر الدمج
merge-window-failed = تعذّر دمج الملفات: { $error }
merge-window-no-copy = لم يُدمج شيء: تعذّر الاحتفاظ بنسخة من الملف على حاله ({ $error })
merge-window-done = دُمج { $files }: { $summary }
merge-window-done-with-copy = دُمج { $files }: { $summary }؛ واحتُفظ بالملف على حاله السابقة باسم { $copy }
merge-window-done-skipped = دُمج { $files }: { $summary }؛ { $skipped_plural ->
    [zero] ولم يتعذّر تطبيق أي اختيار
    [one] وتعذّر تطبيق اختيار واحد، فأُبقي هذا الجانب مع تدوين القيمة الأخرى
    [two] وتعذّر تطبيق اختيارين، فأُبقي هذا الجانب مع تدوين القيمة الأخرى
    [few] وتعذّر تطبيق { $skipped } اختيارات، فأُبقي هذا الجانب مع تدوين القيمة الأخرى
    [many] وتعذّر تطبيق { $skipped } اختيارًا، فأُبقي هذا الجانب مع تدوين القيمة الأخرى
   *[other] وتعذّر تطبيق { $skipped } اختيار، فأُبقي هذا الجانب مع تدوين القيمة الأخرى
  }
merge-window-cancelled = أُلغي الدمج: لم يتغير شيء
merge-window-nothing-new = لا جديد في { $files }: لم يتغير شيء

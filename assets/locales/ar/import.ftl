# Importing registration lists: why a file cannot be read, and what happens to each row, in Arabic.

import-field-full-name = الاسم الكامل
import-field-name-ar = الاسم بالعربية
import-field-first-name = الاسم الأول
import-field-last-name = اسم العائلة
import-field-title = اللقب
import-field-title-ar = اللقب بالعربية
import-field-email = البريد الإلكتروني
import-field-phone = الهاتف
import-field-organisation = المنظمة
import-field-organisation-ar = اسم المنظمة بالعربية
import-field-acronym = الاسم المختصر
import-field-role = الدور
import-field-country = البلد
import-field-stakeholder-type = نوع الجهة
import-field-consent = الموافقة
import-field-contact-confidentiality = سرية بيانات الاتصال
import-field-attendance = الحضور
import-field-other-names = أسماء أخرى
import-field-focus-areas = مجالات التركيز
import-field-offers = العروض
import-field-needs = الاحتياجات
import-field-website = الموقع الإلكتروني
import-field-contact = جهة الاتصال
import-error-empty = لا يحتوي الملف على أي قائمة: فهو فارغ أو لا يضم سوى أسطر فارغة
import-error-not-text = الملف ليس قائمة: فهو يحتوي على بايتات ليست نصًا (احفظ جدول البيانات بصيغة CSV)
import-error-meeting = الملف اجتماع من Majlis، وليس قائمة أشخاص
import-error-syntax = تتعذّر قراءة القائمة عند السطر { $line }: { $message }
import-added = { $name }: أُضيف
import-merged = { $name }: دُمج مع { $existing }، الموجود أصلًا في الاجتماع
import-merged-row = { $name }: دُمج مع { $existing }، الوارد في السطر { $other } من القائمة
import-rejected-no-name = مرفوض: لا يوجد اسم
import-rejected-email = مرفوض: «{ $email }» ليس عنوان بريد إلكتروني صالحًا
import-rejected-too-few = مرفوض: { $found_plural ->
    [zero] لا يوجد أي عمود
    [one] عمود واحد
    [two] عمودان
    [few] { $found } أعمدة
    [many] { $found } عمودًا
   *[other] { $found } عمود
  } في حين يضم صف العناوين { $expected }
import-rejected-too-many = مرفوض: { $found_plural ->
    [zero] لا يوجد أي عمود
    [one] عمود واحد
    [two] عمودان
    [few] { $found } أعمدة
    [many] { $found } عمودًا
   *[other] { $found } عمود
  } في حين يضم صف العناوين { $expected } (هل يوجد فاصل داخل قيمة غير محاطة بعلامات تنصيص؟)
import-note-kept = { $field ->
    [name] أُبقي على الاسم
    [name-ar] أُبقي على الاسم بالعربية
    [title] أُبقي على اللقب
    [title-ar] أُبقي على اللقب بالعربية
    [email] أُبقي على البريد الإلكتروني
    [phone] أُبقي على رقم الهاتف
    [organisation] أُبقي على المنظمة
    [organisation-ar] أُبقي على اسم المنظمة بالعربية
    [acronym] أُبقي على الاسم المختصر
    [role] أُبقي على الدور
    [country] أُبقي على البلد
    [type] أُبقي على نوع الجهة
    [consent] أُبقي على الموافقة
    [confidentiality] أُبقي على سرية بيانات الاتصال
    [other-names] أُبقي على الأسماء الأخرى
    [focus-areas] أُبقي على مجالات التركيز
    [offers] أُبقي على العروض
    [needs] أُبقي على الاحتياجات
    [website] أُبقي على الموقع الإلكتروني
    [contact] أُبقي على جهة الاتصال
   *[other] أُبقي على القيمة
  } «{ $kept }»؛ وتذكر القائمة «{ $given }»
import-note-unknown-country = لم يُتعرَّف على البلد «{ $value }»: تُرك فارغًا
import-note-unknown-type = لم يُتعرَّف على نوع الجهة «{ $value }»: تُرك فارغًا
import-note-not-read = { $field ->
    [consent] الموافقة «{ $value }» ليست «نعم» ولا «لا»: استُبعدت
    [confidentiality] لم يُتعرَّف على سرية بيانات الاتصال «{ $value }»: استُبعدت
    [attendance] «{ $value }» ليس يومًا مكتوبًا بالصيغة YYYY-MM-DD: استُبعد من الحضور
    [focus-areas] لم يُتعرَّف على مجال التركيز «{ $value }»: استُبعد
   *[other] لم يُتعرَّف على «{ $value }»: استُبعدت القيمة
  }
import-summary = { $rows_plural ->
    [zero] لم يُقرأ أي صف
    [one] قُرئ صف واحد
    [two] قُرئ صفان
    [few] قُرئت { $rows } صفوف
    [many] قُرئ { $rows } صفًا
   *[other] قُرئ { $rows } صف
  }: { $added_plural ->
    [zero] لم يُضَف أي شخص
    [one] أُضيف شخص واحد
    [two] أُضيف شخصان
    [few] أُضيف { $added } أشخاص
    [many] أُضيف { $added } شخصًا
   *[other] أُضيف { $added } شخص
  }، والمدموجون مع أشخاص معروفين من قبل: { $merged }، والصفوف المرفوضة: { $rejected }؛ { $organisations_plural ->
    [zero] ولم تُضَف أي منظمة
    [one] وأُضيفت منظمة واحدة
    [two] وأُضيفت منظمتان
    [few] وأُضيفت { $organisations } منظمات
    [many] وأُضيفت { $organisations } منظمة
   *[other] وأُضيفت { $organisations } منظمة
  }
import-summary-organisations = { $rows_plural ->
    [zero] لم يُقرأ أي صف
    [one] قُرئ صف واحد
    [two] قُرئ صفان
    [few] قُرئت { $rows } صفوف
    [many] قُرئ { $rows } صفًا
   *[other] قُرئ { $rows } صف
  }: { $added_plural ->
    [zero] لم تُضَف أي منظمة
    [one] أُضيفت منظمة واحدة
    [two] أُضيفت منظمتان
    [few] أُضيفت { $added } منظمات
    [many] أُضيفت { $added } منظمة
   *[other] أُضيفت { $added } منظمة
  }، والمدموجة مع منظمات معروفة من قبل: { $merged }، والصفوف المرفوضة: { $rejected }

# The import dialog.
import-menu = استيراد أشخاص…
import-dialog-title = اختيار قائمة أشخاص (CSV)
import-dialog-filter = القوائم (CSV)
import-dialog-heading = استيراد أشخاص من { $file }
import-dialog-heading-organisations = استيراد منظمات من { $file }
import-dialog-read-as = القراءة بترميز { $encoding }، { $separator ->
    [semicolon] والفاصل فاصلة منقوطة
    [tab] والفاصل علامة الجدولة (Tab)
   *[comma] والفاصل فاصلة
  }
import-dialog-columns = محتوى كل عمود
import-dialog-column-unnamed = العمود { $number }
import-dialog-column-ignored = (لا يُستورد)
import-dialog-preview = الصفوف الأولى من الملف
import-dialog-problems = { $count_plural ->
    [zero] لا يحتاج أي صف إلى مراجعة
    [one] يحتاج صف واحد إلى مراجعة
    [two] يحتاج صفان إلى مراجعة
    [few] تحتاج { $count } صفوف إلى مراجعة
    [many] يحتاج { $count } صفًا إلى مراجعة
   *[other] يحتاج { $count } صف إلى مراجعة
  }
import-dialog-problem = السطر { $line }: { $text }
import-dialog-import = استيراد
import-dialog-cancel = إلغاء
import-unreadable = تعذّر استيراد { $path }: { $error }
import-no-copy = لم يُستورد أي شيء: تعذّرت كتابة نسخة الاجتماع السابقة للاستيراد ({ $error })
import-done = اكتمل الاستيراد من { $file }: { $summary }
import-done-with-copy = اكتمل الاستيراد من { $file }: { $summary }. حُفظ الاجتماع بحالته السابقة باسم { $copy }
import-path-heading = استيراد أشخاص من قائمة
import-path-button = قراءة القائمة
import-dialog-nothing-to-change = جميع من في القائمة موجودون في الاجتماع بالبيانات نفسها: لا شيء للاستيراد

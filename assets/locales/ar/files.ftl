# Opening and saving files, and restoring work left in recovery files, in Arabic.

open-dialog-title = فتح اجتماع
open-new-meeting = اجتماع جديد
open-sample-opened = فُتح الاجتماع النموذجي. استخدم «حفظ باسم…» للاحتفاظ بتغييراتك
open-sample-unreadable = تعذّرت قراءة الاجتماع النموذجي: { $error }
open-opened = فُتح { $path }
open-backup-opened = فُتحت النسخة الاحتياطية { $path }. وهي للقراءة فقط: استخدم «حفظ باسم…» للاحتفاظ بها باسم جديد
open-read-only-heading = فُتح للقراءة فقط
open-failed = تعذّر فتح { $path }: { $error }
open-failed-heading = تعذّر فتح الملف
open-failed-text =
    { $path }

    { $error }

    لم يتغيّر شيء
open-failed-text-backup =
    { $path }

    { $error }

    لم يتغيّر شيء

    يمكن قراءة النسخة الاحتياطية المحفوظة عند آخر حفظ، { $backup }. وهي تُفتح للقراءة فقط: استخدم «حفظ باسم…» للاحتفاظ بها باسم جديد
open-backup-button = فتح النسخة الاحتياطية

save-dialog-title = حفظ الاجتماع
save-saved = حُفظ { $path }
save-still-saving = لا يزال حفظ النسخة السابقة جاريًا: احفظ مرة أخرى بعد اكتمال كتابتها
save-read-only = هذا الملف مفتوح للقراءة فقط: احفظه باسم آخر
save-failed = لم يُحفظ: { $reason }
save-failed-heading = تعذّر الحفظ
save-failed-text =
    { $reason }

    لا يزال الاجتماع مفتوحًا هنا؛ ولم يتغيّر الملف على القرص
save-restored-name = { $name } (مستعاد)
save-error-no-path = لم يُحفظ هذا المستند بعد: اختر مكان حفظه
save-error-read-only = هذا الملف من إصدار أحدث من مجلس، وهو مفتوح للقراءة فقط: استخدم «حفظ باسم…»
save-error-changed-on-disk = غيّر برنامج آخر الملف على القرص منذ فتحه

recover-heading = أتريد استعادة العمل غير المحفوظ؟
recover-text = توقّف مجلس قبل حفظ هذه التغييرات. يمكنك استعادتها، أو مقارنتها بالملف المحفوظ، أو تجاهلها
recover-file = الملف: { $path }
recover-file-never-saved = الملف: لم يُحفظ قط
recover-last-autosaved = آخر حفظ تلقائي في { $date } الساعة { $time }
recover-unreadable = تتعذّر قراءة ملف الاستعادة هذا: { $error }
recover-restore = استعادة
recover-compare = مقارنة
recover-discard = تجاهل…
recover-discard-question = أتريد تجاهل هذه التغييرات نهائيًا؟ لا يمكن استعادتها بعد ذلك
recover-discard-for-good = تجاهل نهائيًا
recover-keep = الإبقاء عليها
recover-decide-later = البتّ لاحقًا
recover-restored = استُعيد العمل غير المحفوظ. احفظه للاحتفاظ به
recover-more-changes = { $count_plural ->
    [zero] ولا تغييرات أخرى
    [one] وتغيير واحد آخر
    [two] وتغييران آخران
    [few] و{ $count } تغييرات أخرى
    [many] و{ $count } تغييرًا آخر
   *[other] و{ $count } تغيير آخر
}
recover-capture-draft = نص مكتوب في التدوين المباشر لم يُضف بعد: «{ $draft }»
recover-never-saved = لم يُحفظ هذا الاجتماع قط: سيضيع كل ما فيه إذا تم تجاهله
recover-compared = مقارنةً بالملف المحفوظ، السجلات المضافة: { $added }، والمحذوفة: { $removed }، والمعدّلة: { $changed }
recover-saved-unreadable = تتعذّر قراءة الملف المحفوظ: { $error }

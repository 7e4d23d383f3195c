# Why a session or recovery file could not be read or saved, in Arabic.

error-read = تعذّرت قراءة { $path }: { $reason }
error-empty = الملف فارغ
error-not-utf8 = الملف ليس نصًا بترميز UTF-8: بايت غير صالح في السطر { $line }، العمود { $column }
error-syntax = السطر { $line }، العمود { $column }: { $reason }
error-truncated = ينتهي الملف في منتصف قيد عند السطر { $line }: ربما اقتُطع جزء منه أثناء النسخ
error-not-a-session = هذا ليس ملف جلسة من «مجلس»: لا يحتوي على format_version
error-too-new = كُتب هذا الملف بإصدار أحدث من «مجلس» (الصيغة { $found }؛ وهذا الإصدار يعرف الصيغة { $known }) ولا يمكن قراءته: { $reason }
error-upgrade = تعذّر تحديث هذا الملف ذي الصيغة { $format }: { $reason }
error-recovery-too-new = كُتب ملف الاستعادة هذا بإصدار أحدث من «مجلس»
error-encode = تعذّر ترميز الاجتماع: { $reason }
error-write = تعذّرت الكتابة في { $path }: { $reason }
error-saved-file-vanished = اختفى الملف المحفوظ
error-no-folder = لا يوجد مجلد لحفظ { $path } فيه
error-changed-on-disk = عدّل برنامج آخر الملف { $path } منذ فتحه
error-newer-format-warning = كُتب هذا الملف بإصدار أحدث من «مجلس» (الصيغة { $found }؛ وهذا الإصدار يعرف الصيغة { $known }). وهو مفتوح للقراءة فقط: استخدم «حفظ باسم…» للاحتفاظ بنسخة منه.

# The command line: its help, its mistakes and what its commands print, in Arabic.

cli-help =
    مجلس: إدارة اجتماع لبناء الشراكات دون اتصال بالإنترنت

    الاستخدام:
      majlis [FILE.ron]        فتح النافذة، مع الملف FILE.ron إن أُعطي
      majlis check FILE.ron    قراءة FILE.ron دون نافذة وطباعة ملخص؛ ويخرج بالرمز 1
                               مع ذكر السبب إذا تعذّرت القراءة
      majlis generate --scale N [--seed S] [--prospects P] -o FILE.ron
                               كتابة اجتماع مُختلَق يبلغ حجمه N ضعف حجم اجتماع
                               حقيقي كبير (N = 1: 200 منظمة و2000 شخص)، لتجربة
                               «مجلس» أو قياس أدائه على اجتماع كبير؛ وتعطي القيم
                               نفسها لـ N وS الملف نفسه دائمًا. ويضيف الخيار
                               --prospects عددًا P من المنظمات التي لم تُدعَ بعد
      majlis import FILE.ron [--organisations LIST.csv] [--people LIST.csv] [--dry-run]
                               إضافة المنظمات الواردة في قائمة والأشخاص الواردين في
                               قائمة أخرى (إحداهما أو كلتاهما؛ بصيغة CSV بترميز
                               UTF-8 أو Windows-1256، مفصولة بفواصل أو فواصل منقوطة
                               أو علامات جدولة) إلى FILE.ron، المنظمات أولًا، مع
                               دمج الموجود منها فيه: تُملأ الحقول الفارغة، وتُبقى
                               القيمة المختلفة ويُبلَّغ عنها. طباعة ما أُضيف وما
                               دُمج وما رُفض، مع أرقام الأسطر. يُنسخ FILE.ron أولًا
                               إلى FILE.before-import-DATE.ron؛ ومع --dry-run لا
                               يُكتب أي شيء
      majlis export FILE.ron --people OUT.csv [--internal]
      majlis export FILE.ron --organisations OUT.csv [--internal]
                               كتابة الأشخاص أو المنظمات الواردين في FILE.ron في
                               جدول بيانات (CSV بترميز UTF-8) للعموم: دون من لم
                               يوافق، ودون بيانات الاتصال المحفوظة للمنظمين؛ ومع
                               --internal، للمنظمين: الجميع وكل البيانات، ويقرؤه
                               الأمر majlis import مجددًا فيعيد الأشخاص والمنظمات
                               أنفسهم
      majlis export FILE.ron --format csv|gexf [--internal] -o OUT
                               للأدوات الأخرى، وللعموم ما لم يُحدَّد --internal: مع
                               csv، يُكتب كل جدول (المنظمات، الأشخاص، الشراكات،
                               إجراءات المتابعة، فرص التمويل) في ملف CSV داخل
                               المجلد OUT، ويُنشأ المجلد إن لم يكن موجودًا؛ ومع
                               gexf، تُكتب شبكة المنظمات المرتبطة بشراكاتها
                               المشتركة في الملف OUT، الذي يفتحه برنامج Gephi
      majlis copy FILE.ron -o COPY.ron [--round-table ITEM] [--with-contacts]
                               كتابة نسخة للمقرّر من FILE.ron، تحفظ الإصدار الذي
                               أُخذت منه كي يمكن دمجها فيه لاحقًا؛ وتُفتح على البند
                               ITEM من جدول الأعمال (عنوانه، أو بدايته، أو معرّفه)
                               إن أُعطي. ولا تتضمن النسخة بيانات الاتصال ولا ما يخص
                               المنظمين فقط ما لم يُحدَّد --with-contacts
      majlis merge FILE.ron COPY.ron [MORE.ron ...] -o OUT.ron
                               دمج نسخ المقرّرين في ملف المنظمين FILE.ron، واحدة
                               تلو الأخرى، وكتابة النتيجة في OUT.ron (ويجوز أن يكون
                               هو FILE.ron). يؤخذ ما غيّره طرف واحد فقط؛ وإذا
                               غُيّرت قيمة على نحو مختلف في الطرفين، تُبقى قيمة
                               الملف الأول، وتُحفظ الأخرى في ملاحظة على السجل.
                               طباعة التعارضات بقيمتيها، والمنظمات والأشخاص الذين
                               قد يكونون مكررين (دون دمجهم). ويُنسخ OUT.ron الموجود
                               أولًا إلى OUT.before-merge-DATE.ron
      majlis report FILE.ron --format html|md [--internal] [--language en|ar] [--sections LIST] -o OUT
                               كتابة تقرير العمل الخاص بـ FILE.ron في ملف HTML أو
                               Markdown واحد (ويمكن أيضًا معرفة الصيغة من امتداد
                               OUT)، للعموم: دون ما يخص المنظمين، ودون بيانات
                               الاتصال، ودون مشاركة أي شخص بعينه؛ ومع --internal،
                               للمنظمين. بالإنجليزية، أو بالعربية مع --language ar.
                               ويقتصر --sections على الأقسام المذكورة، مفصولة
                               بفواصل: facts, agenda, items, participation,
                               partnerships, network, financing, follow-up
      majlis report FILE.ron --official --format html|md [--internal] [--language en|ar] -o OUT
                               كتابة التقرير الرسمي للاجتماع، وله أقسامه الخاصة،
                               بدلًا من تقرير العمل
      majlis report FILE.ron --per-organisation --format html|md [--internal] [--language en|ar] -o DIR
                               كتابة ملف متابعة لكل منظمة، ملف واحد لكل منها، في
                               المجلد DIR، ويُنشأ المجلد إن لم يكن موجودًا
      majlis report FILE.ron --printable programme|participants|signature-sheets|name-cards
                    --format html|md [--language en|ar] -o OUT
                               كتابة وثيقة للطباعة ليوم الاجتماع: البرنامج، أو
                               قائمة المشاركين، أو كشف توقيع لكل يوم، أو بطاقات
                               الأسماء
      majlis shortlist FILE.ron [--top N] [--format md|csv]
                               طباعة المنظمات الواردة في FILE.ron التي لم تُدعَ
                               بعد، مرتبةً بحسب ما يمكن أن تقدمه كل منها للشراكات
                               مع المنظمات المؤكدة، بدءًا بأفضل N منها (20 ما لم
                               يُحدَّد غير ذلك)، مع نقاط كل جزء والأسباب: في جدول
                               Markdown، أو بصيغة CSV
      majlis --help            عرض هذه التعليمات
      majlis --version         عرض الإصدار
cli-version = majlis { $version }
cli-man-description = يدير مجلس اجتماعًا لبناء الشراكات دون اتصال بالإنترنت: جدول الأعمال في وقته، ودور المتكلمين، ولوحة الشراكات، والتمويل، وتقرير الاجتماع. دون أمر يفتح نافذته، ومعها الملف FILE إن أُعطي.
cli-man-files = ملفات الجلسات نصوص RON تُسمّى NAME.majlis.ron، وبها يفتحها سطح المكتب في مجلس. ويفتح مجلس أي ملف .ron كذلك.
cli-check-needs-file = يحتاج الأمر check إلى ملف: majlis check FILE.ron
cli-unknown-option = خيار غير معروف: { $option }
cli-unexpected-arguments = وسائط غير متوقعة: { $arguments }
cli-generate-needs-value = يحتاج { $option } إلى قيمة: majlis generate --scale N [--seed S] -o FILE.ron
cli-generate-unknown-option = خيار غير معروف { $option }: majlis generate --scale N [--seed S] -o FILE.ron
cli-generate-needs-file = يحتاج الأمر generate إلى ملف: majlis generate --scale N [--seed S] -o FILE.ron
cli-scale-not-a-number = يجب أن يكون الحجم عددًا صحيحًا، لا { $value }
cli-scale-too-small = يجب ألا يقل الحجم عن 1
cli-seed-not-a-number = يجب أن تكون البذرة عددًا صحيحًا، لا { $value }
cli-file-error = { $path }: { $reason }
cli-generated =
    تمت كتابة { $path }
    { $summary }
cli-check-backup =
    { $reason }
    يمكن قراءة النسخة الاحتياطية المحفوظة عند آخر حفظ. افتحها بالأمر: majlis { $backup }
    تُفتح للقراءة فقط؛ استخدم «حفظ باسم…» للاحتفاظ بها باسم جديد
cli-check-warning =
    { $summary }
    تحذير: { $warning }
cli-no-recovery-folder = لا يوجد مجلد لملفات الاستعادة: حدِّد MAJLIS_DATA_DIR
cli-window-failed = تعذّر على «مجلس» فتح نافذته: { $reason }
cli-script-stdin-failed = تعذّرت قراءة الإدخال القياسي: { $reason }
cli-script-autosave-failed = تعذّر الحفظ التلقائي: { $reason }
cli-script-unknown-line = سطر غير معروف في النص البرمجي: { $line }
cli-import-needs-value = يحتاج { $option } إلى قيمة: majlis import FILE.ron [--organisations LIST.csv] [--people LIST.csv] [--dry-run]
cli-import-unknown-option = خيار غير معروف { $option }: majlis import FILE.ron [--organisations LIST.csv] [--people LIST.csv] [--dry-run]
cli-import-needs-files = يحتاج الأمر import إلى اجتماع وقائمة: majlis import FILE.ron [--organisations LIST.csv] [--people LIST.csv] [--dry-run]
cli-import-no-name-column = { $path }: لا يوجد عمود يتضمن أسماء؛ رؤوس الأعمدة هي { $headers }
cli-import-no-organisation-column = { $path }: لا يوجد عمود يتضمن أسماء منظمات؛ رؤوس الأعمدة هي { $headers }
cli-import-people-list = الملف { $path } قائمة أشخاص (فيه عمود «{ $column }»): استورده باستخدام --people
cli-import-organisations-list = الملف { $path } قائمة منظمات: استورده باستخدام --organisations
cli-import-backup = الملف { $path } نسخة احتياطية: افتحه واستخدم «حفظ باسم…» قبل الاستيراد إليه
cli-import-read = تمت قراءة { $path } ({ $encoding }، { $separator ->
    [semicolon] مفصول بفواصل منقوطة
    [tab] مفصول بعلامات جدولة
   *[comma] مفصول بفواصل
  })
cli-import-line = السطر { $line }: { $text }
cli-import-dry-run = تشغيل تجريبي: لم يُكتب أي شيء
cli-import-nothing-to-do = لا شيء لتغييره: لم يُكتب الاجتماع
cli-import-saved =
    تم حفظ { $path }
    الاجتماع كما كان من قبل محفوظ في { $copy }

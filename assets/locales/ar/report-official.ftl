# The official meeting report, in the form of the United Nations regional commissions, in Arabic.
report-official-symbol = الرمز
report-official-distribution = التوزيع
report-official-date = التاريخ
report-official-original = الأصل
report-official-date-value = { $day } { $month ->
    [january] كانون الثاني/يناير
    [february] شباط/فبراير
    [march] آذار/مارس
    [april] نيسان/أبريل
    [may] أيار/مايو
    [june] حزيران/يونيو
    [july] تموز/يوليو
    [august] آب/أغسطس
    [september] أيلول/سبتمبر
    [october] تشرين الأول/أكتوبر
    [november] تشرين الثاني/نوفمبر
   *[december] كانون الأول/ديسمبر
} { $year }
report-official-summary = الخلاصة
report-official-held-days = عُقد { $meeting } في { $venue } خلال الفترة من { $first } إلى { $last }.
report-official-held-day = عُقد { $meeting } في { $venue } يوم { $date }.
report-official-held-at = عُقد { $meeting } في { $venue }.
report-official-held = عُقد { $meeting }.
report-official-organised = نظّم الاجتماع { $organiser }.
report-official-participants = شارك في الاجتماع { $count_plural ->
    [zero] لا أحد
    [one] مشارك واحد
    [two] مشاركان
    [few] { $count } مشاركين
    [many] { $count } مشاركاً
   *[other] { $count } مشارك
} من { $countries_plural ->
    [zero] أي بلد
    [one] بلد واحد
    [two] بلدين
    [few] { $countries } بلدان
    [many] { $countries } بلداً
   *[other] { $countries } بلد
}.
report-official-adopted = واعتمد الاجتماع { $count_plural ->
    [zero] أي توصية
    [one] توصية واحدة
    [two] توصيتين
    [few] { $count } توصيات
    [many] { $count } توصية
   *[other] { $count } توصية
}.
report-official-introduction = مقدمة
report-official-objectives = تمثلت أهداف الاجتماع فيما يلي:
report-official-outcomes = وكان من المتوقع أن يحقق الاجتماع ما يلي:
report-official-recommendations = أولاً- التوصيات
report-official-recommendations-lead = اعتمد المشاركون في الاجتماع التوصيات التالية:
report-official-with-outcome = { $text } (النتيجة: { $outcome })
report-official-topics = ثانياً- مواضيع البحث
report-official-decision = قرار: { $text }
report-official-decision-outcome = قرار: { $text } (النتيجة: { $outcome })
report-official-organisation = ثالثاً- تنظيم الأعمال
report-official-venue = ألف- مكان الاجتماع وتاريخه
report-official-opening = باء- الافتتاح
report-official-opened = افتتح الاجتماعَ { $organiser }.
report-official-opened-plain = افتُتح الاجتماع في الموعد المحدد في جدول أعماله.
report-official-attendance = جيم- الحضور
report-official-column-type = نوع المؤسسة
report-official-column-country = البلد
report-official-column-participants = المشاركون
report-official-column-organisation = المؤسسة
report-official-column-name = الاسم
report-official-unstated = غير محدد
report-official-agenda = دال- جدول الأعمال
report-official-documents = هاء- الوثائق
report-official-documents-text = ترد قائمة بالوثائق التي عُرضت على الاجتماع في المرفق الثاني لهذا التقرير.
report-official-annex-participants = المرفق الأول: قائمة المشاركين
report-official-annex-documents = المرفق الثاني: قائمة الوثائق
report-official-column-title = العنوان
report-official-column-symbol = الرمز
report-official-column-language = اللغة
report-official-country = { $code ->
    [AE] الإمارات العربية المتحدة
    [BH] البحرين
    [DZ] الجزائر
    [EG] مصر
    [IQ] العراق
    [JO] الأردن
    [KM] جزر القمر
    [KW] الكويت
    [LB] لبنان
    [LY] ليبيا
    [MA] المغرب
    [MR] موريتانيا
    [OM] عُمان
    [PS] فلسطين
    [QA] قطر
    [SA] المملكة العربية السعودية
    [SD] السودان
    [SO] الصومال
    [SY] الجمهورية العربية السورية
    [TN] تونس
    [YE] اليمن
    [DJ] جيبوتي
    [FR] فرنسا
    [US] الولايات المتحدة الأمريكية
    [GB] المملكة المتحدة
    [CH] سويسرا
   *[other] { $code }
}

# Data exports for other tools: the meeting's tables as CSV files and the network of organisations as a GEXF file for Gephi, in Arabic.

exports-column-title = العنوان
exports-column-arabic-title = العنوان بالعربية
exports-column-stage = المرحلة
exports-column-thrust-area = المحور
exports-column-partners = الشركاء
exports-column-lead = الجهة الرائدة
exports-column-countries = البلدان
exports-column-next-step = الخطوة التالية
exports-column-financing-need = الاحتياج التمويلي
exports-column-currency = العملة
exports-column-action = الإجراء
exports-column-agenda-item = البند
exports-column-owner = المسؤول
exports-column-due = الموعد النهائي
exports-column-status = الحالة
exports-column-partnership = الشراكة
exports-column-source = مصدر التمويل
exports-column-amount = المبلغ
exports-column-date = التاريخ
exports-partner-with-role = { $organisation } ({ $role })
exports-gexf-failed = تعذّرت كتابة ملف الشبكة: { $reason }
exports-not-over-meeting = { $path } ملف اجتماع: يجب أن يُكتب التصدير باسم آخر
exports-not-a-folder = هذا ملف، بينما تُكتب الجداول في مجلد
exports-cli-needs-format = يتطلب --format القيمة csv أو gexf، مثلًا: majlis export beirut.ron --format csv -o tables
exports-cli-unknown-format = صيغة تصدير غير معروفة: { $format } (csv أو gexf)
exports-cli-needs-output = يتطلب التصدير تحديد مكان الكتابة: -o OUT (مجلد لصيغة csv، أو ملف لصيغة gexf)
exports-cli-one-form = حدّد إما --people أو --organisations مع ملف، وإما --format مع -o، لا الاثنين معًا
exports-exported-table = { $count_plural ->
    [zero] كُتب { $path }: دون أي صف
    [one] كُتب { $path }: صف واحد
    [two] كُتب { $path }: صفّان
    [few] كُتب { $path }: { $count } صفوف
    [many] كُتب { $path }: { $count } صفًا
   *[other] كُتب { $path }: { $count } صف
}
exports-exported-network = كُتب { $path }: { $organisations_plural ->
        [zero] لا منظمات
        [one] منظمة واحدة
        [two] منظمتان
        [few] { $organisations } منظمات
        [many] { $organisations } منظمة
       *[other] { $organisations } منظمة
    } { $links_plural ->
        [zero] ولا روابط
        [one] ورابط واحد
        [two] ورابطان
        [few] و{ $links } روابط
        [many] و{ $links } رابطًا
       *[other] و{ $links } رابط
    }
exports-menu = تصدير الجداول أو الشبكة…
exports-heading = التصدير لأدوات أخرى
exports-what = ما الذي تريد تصديره؟
exports-choice-people = الأشخاص (CSV)
exports-choice-organisations = المنظمات (CSV)
exports-choice-partnerships = الشراكات (CSV)
exports-choice-action-items = إجراءات المتابعة (CSV)
exports-choice-leads = فرص التمويل (CSV)
exports-choice-network = شبكة المنظمات وشراكاتها المشتركة (GEXF، لبرنامج Gephi)
exports-file-partnerships = { $meeting }-الشراكات.csv
exports-file-action-items = { $meeting }-إجراءات-المتابعة.csv
exports-file-leads = { $meeting }-فرص-التمويل.csv
exports-file-network = { $meeting }-الشبكة.gexf
exports-dialog-filter-gexf = الشبكة لبرنامج Gephi (GEXF)
exports-dialog-title-network = تصدير شبكة الشراكات

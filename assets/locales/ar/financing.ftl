# The financing panel's views, and its catalogue of funding sources with the editor of one source, in Arabic.
financing-view-matching = المطابقة
financing-view-sources = المصادر
financing-view-overview = نظرة عامة

## The table of funding sources
financing-sources-search-hint = الاسم أو المنظمة أو الملاحظات أو جهة الاتصال
financing-sources-add = مصدر تمويل جديد
financing-sources-new-name = مصدر تمويل بلا اسم
financing-sources-shown-of-total = يُعرض { $shown } من { $total }
financing-sources-filter-kind = النوع
financing-sources-filter-instrument = الأداة
financing-sources-filter-country = البلد
financing-sources-filter-focus-area = مجال التركيز
financing-sources-filter-clear = مسح عوامل التصفية
financing-sources-column-name = الاسم
financing-sources-column-kind = النوع
financing-sources-column-instruments = الأدوات
financing-sources-column-ticket = نطاق المبلغ
financing-sources-column-countries = البلدان
financing-sources-column-deadline = الموعد النهائي
financing-sources-sorted-ascending = { $column }، مرتّب تصاعديًا
financing-sources-sorted-descending = { $column }، مرتّب تنازليًا
financing-sources-any-country = أي بلد
financing-sources-no-deadline = لا يوجد
financing-sources-deadline-passed = { $date } (انقضى)
financing-sources-deadline-passed-hover = انقضى الموعد النهائي بحسب تاريخ اليوم
financing-sources-ticket = { $currency } { $min }–{ $max }
financing-sources-ticket-one = { $currency } { $amount }
financing-sources-ticket-none = غير محدد
financing-sources-close = إغلاق
financing-sources-delete-ask = حذف مصدر التمويل…
financing-sources-delete-question = أتريد حذف مصدر التمويل هذا؟ يمكن استرجاعه بالتراجع.
financing-sources-delete-leads = { $count_plural ->
    [zero] لا تشير أي فرصة تمويل إلى هذا المصدر.
    [one] تشير فرصة تمويل واحدة إلى هذا المصدر، وستشير بعد الحذف إلى مصدر محذوف.
    [two] تشير فرصتا تمويل إلى هذا المصدر، وستشيران بعد الحذف إلى مصدر محذوف.
    [few] تشير { $count } فرص تمويل إلى هذا المصدر، وستشير بعد الحذف إلى مصدر محذوف.
    [many] تشير { $count } فرصةَ تمويل إلى هذا المصدر، وستشير بعد الحذف إلى مصدر محذوف.
   *[other] تشير { $count } فرصة تمويل إلى هذا المصدر، وستشير بعد الحذف إلى مصدر محذوف.
}
financing-sources-delete = حذف

## The editor of one funding source
financing-source-field-name = الاسم
financing-source-field-organisation = المنظمة
financing-source-no-organisation = لا توجد
financing-source-field-kind = النوع
financing-source-field-instruments = الأدوات
financing-source-field-ticket-min = أصغر مبلغ
financing-source-field-ticket-max = أكبر مبلغ
financing-source-amount-hint = وحدات كاملة، مثل 250000
financing-source-ticket-min-above-max = أصغر مبلغ ({ $min }) أكبر من أكبر مبلغ ({ $max })
financing-source-field-currency = العملة
financing-source-field-countries = البلدان المؤهلة
financing-source-countries-any = مفتوح لأي بلد: لتضييقه اكتب رموز ISO مفصولة بفواصل، مثل LB, JO, EG
financing-source-field-focus-areas = مجالات التركيز (بلا تحديد: أي مجال)
financing-source-field-stages = المراحل المؤهلة (بلا تحديد: أي مرحلة)
financing-source-field-applicants = من يحق له التقدّم (بلا تحديد: أي جهة)
financing-source-field-co-financing = يُشترط التمويل المشترك
financing-source-field-deadline = الموعد النهائي
financing-source-deadline-hint = لا شيء، أو تاريخ مثل 31/12/2007
financing-source-deadline-passed = انقضى هذا الموعد النهائي بحسب تاريخ اليوم
financing-source-field-contact = جهة الاتصال
financing-source-field-notes = ملاحظات
financing-source-field-seen-by = يطّلع عليه

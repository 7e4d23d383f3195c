# The matching view of the Financing tab: projects, ranked sources and their reasons, blended plans, leads, in Arabic.
financing-matching-by-project = مصادر لمشروع
financing-matching-by-source = مشاريع لمصدر
financing-matching-choose-project = اختر مشروعًا من القائمة لعرض المصادر التي يمكن أن تموّله
financing-matching-choose-source = اختر مصدرًا من القائمة لعرض المشاريع التي يمكن أن يموّلها
financing-matching-search-projects = العنوان
financing-matching-search-sources = اسم المصدر
financing-matching-all-projects = عرض المشاريع التي لا تحتاج إلى تمويل
financing-matching-stage = المرحلة
financing-matching-thrust-area = المحور
financing-matching-projects-shown = المشاريع المعروضة: { $shown } من { $total }
financing-matching-no-need = لا حاجة إلى تمويل
financing-matching-need = يحتاج إلى { $currency } { $need }، غُطّي منها { $covered }
financing-matching-need-no-rate = يحتاج إلى { $currency } { $need }، غُطّي منها { $covered }، ولا يوجد سعر صرف لـ{ $missing }
financing-matching-unknown-source = (مصدر غير معروف)
financing-matching-no-source = لم يُحدَّد مصدر
financing-matching-matches = { $count_plural ->
    [zero] لا يوجد مصدر يمكنه تمويل هذا المشروع
    [one] مصدر واحد يمكنه تمويل هذا المشروع
    [two] مصدران يمكنهما تمويل هذا المشروع
    [few] { $count } مصادر يمكنها تمويل هذا المشروع
    [many] { $count } مصدرًا يمكنها تمويل هذا المشروع
   *[other] { $count } مصدر يمكنها تمويل هذا المشروع
}
financing-matching-no-match = لا يوجد في الفهرس مصدر يمكنه تمويل هذا المشروع بوضعه الحالي
financing-matching-could-fund = { $count_plural ->
    [zero] لا يمكن لهذا المصدر تمويل أي مشروع
    [one] يمكن لهذا المصدر تمويل مشروع واحد
    [two] يمكن لهذا المصدر تمويل مشروعين
    [few] يمكن لهذا المصدر تمويل { $count } مشاريع
    [many] يمكن لهذا المصدر تمويل { $count } مشروعًا
   *[other] يمكن لهذا المصدر تمويل { $count } مشروع
}
financing-matching-score = الدرجة { $score }
financing-matching-record-lead = تسجيل فرصة تمويل…
financing-matching-record-lead-named = تسجيل فرصة تمويل مع { $source }
financing-matching-for = لصالحه: { $reason }
financing-matching-against = ضده: { $reason }
financing-matching-part-focus-area = مجال التركيز { $points }
financing-matching-part-instrument = أداة مناسبة للمرحلة { $points }
financing-matching-part-co-financing = التمويل المشترك { $points }
financing-matching-part-partner-linked = شريك مرتبط به مسبقًا { $points }
financing-matching-part-total = المجموع { $score }
financing-matching-blocked = مستبعَدة ({ $count })
financing-matching-plan = خطة التمويل المختلط
financing-matching-plan-no-need = لا يذكر المشروع حاجة إلى تمويل، فلا شيء يُخطَّط له
financing-matching-share = { $source }: { $currency } { $amount } ({ $need_currency } { $in_need })
financing-matching-plan-covers = تغطي الخطة الحاجة كلها
financing-matching-plan-pledged = سبق التعهد بمبلغ { $currency } { $covered } أو الالتزام به؛ والخطة أدناه للمبلغ المتبقي
financing-matching-plan-pledged-all = تغطي الأموال المتعهَّد بها والملتزَم بها الحاجة كلها
financing-matching-gap = الفجوة المتبقية: { $currency } { $gap }
financing-matching-leads = فرص التمويل
financing-matching-no-leads = لا توجد فرصة تمويل بعد
financing-matching-lead-line = { $source }، { $status }، { $currency } { $amount }
financing-matching-lead-line-no-amount = { $source }، { $status }، لم يُحدَّد مبلغ بعد
financing-matching-status = الحالة
financing-matching-amount = المبلغ
financing-matching-currency = العملة
financing-matching-contact = جهة الاتصال
financing-matching-nobody = لا أحد بعد
financing-matching-clear-contact = إزالة جهة الاتصال
financing-matching-remove = إزالة
financing-matching-find-contact = البحث عن جهة اتصال
financing-matching-choose-contact = تعيين { $name } جهةً للاتصال
financing-matching-next-step = الخطوة التالية
financing-matching-next-date = الموعد التالي
financing-matching-notes = ملاحظات
financing-matching-seen-by = يطّلع عليه
financing-matching-delete-lead = حذف فرصة التمويل هذه
financing-matching-delete-lead-named = حذف فرصة التمويل مع { $source }
financing-matching-board-financing = التمويل
financing-matching-board-edited-elsewhere = تُحرَّر فرص التمويل في تبويب «التمويل»
financing-matching-record-share-named = تسجيل فرصة تمويل مع { $source } لحصته من الخطة

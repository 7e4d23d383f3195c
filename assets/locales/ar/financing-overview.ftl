# The financing overview: needs, pledges and commitments by thrust area, by country and by status, and the currency rates, in Arabic.

financing-overview-currency = المبالغ بعملة
financing-overview-unconverted = { $count_plural ->
    [zero] لا توجد مبالغ بعملة { $currency } بلا سعر صرف
    [one] مبلغ واحد بعملة { $currency } ليس له سعر صرف فاستُبعد
    [two] مبلغان بعملة { $currency } ليس لهما سعر صرف فاستُبعدا
    [few] { $count } مبالغ بعملة { $currency } ليس لها سعر صرف فاستُبعدت
    [many] { $count } مبلغًا بعملة { $currency } ليس لها سعر صرف فاستُبعدت
   *[other] { $count } مبلغ بعملة { $currency } ليس لها سعر صرف فاستُبعدت
}
financing-overview-overall = الإجمالي بعملة { $currency }: المطلوب { $need }، والمتعهَّد به { $pledged }، والملتزَم به { $committed }
financing-overview-by-thrust-area = حسب المحور
financing-overview-by-country = حسب البلد
financing-overview-country-split = تُحتسب للشراكة القائمة في عدة بلدان حصةٌ متساوية من مبالغها في كل بلد منها
financing-overview-pipeline = فرص التمويل حسب الحالة
financing-overview-thrust-area = المحور
financing-overview-country = البلد
financing-overview-status = الحالة
financing-overview-no-thrust-area = بلا محور
financing-overview-no-country = بلا بلد
financing-overview-need = المطلوب
financing-overview-pledged = المتعهَّد به
financing-overview-committed = الملتزَم به
financing-overview-leads = فرص التمويل
financing-overview-leads-amount = مبلغ فرص التمويل
financing-overview-amount-axis = المبلغ بعملة { $currency }
financing-overview-amount = { $amount }
financing-overview-count = { $count }

financing-rates-heading = أسعار صرف العملات
financing-rates-explained = عدد الدولارات الأمريكية لكل وحدة من كل عملة، كما تُدخَل هنا: لا يُجلب أي سعر من الخارج
financing-rates-rate-of = دولار أمريكي لكل وحدة من { $currency }
financing-rates-remove = إزالة
financing-rates-remove-named = إزالة سعر صرف { $currency }
financing-rates-new-code = العملة
financing-rates-new-rate = دولار أمريكي لكل وحدة
financing-rates-add = إضافة سعر
financing-rates-not-a-number = ليس رقمًا
financing-rates-not-positive = يجب أن يكون السعر أكبر من صفر
financing-rates-not-a-code = «{ $code }» ليس رمز عملة من ثلاثة أحرف
financing-rates-base = المبالغ بعملة { $code } لا تحتاج إلى سعر صرف
financing-rates-already = لعملة { $code } سعر صرف بالفعل

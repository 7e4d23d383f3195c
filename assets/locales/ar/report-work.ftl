# The working report's partnerships and financing sections, in Arabic.
report-partnerships-count = { $count_plural ->
    [zero] لم تُسجَّل أي شراكة.
    [one] سُجِّلت شراكة واحدة.
    [two] سُجِّلت شراكتان.
    [few] سُجِّلت { $count } شراكات.
    [many] سُجِّلت { $count } شراكة.
   *[other] سُجِّلت { $count } شراكة.
}
report-partnerships-by-stage = الشراكات حسب المرحلة
report-partnerships-by-area = الشراكات حسب المحور
report-partnerships-column-stage = المرحلة
report-partnerships-column-area = المحور
report-partnerships-column-count = الشراكات
report-partnerships-no-stage = لم تُحدَّد مرحلة
report-partnerships-no-area = لم يُحدَّد محور
report-partnerships-lead = الجهة الرائدة
report-partnerships-area = المحور
report-partnerships-countries = البلدان
report-partnerships-next-step = الخطوة التالية
report-partnerships-need = الاحتياج التمويلي
report-partnerships-partners = الشركاء وأدوارهم:
report-partnerships-partner-role = { $organisation }: { $role }
report-partnerships-unknown-organisation = (جهة غير مسجلة)
report-partnerships-unknown-partner-role = (جهة غير مسجلة): { $role }
report-partnerships-deliverables = النواتج:
report-partnerships-resources = الموارد الملتزم بها:
report-partnerships-timeline = الجدول الزمني:
report-partnerships-milestone-done = { $milestone }، موعدها { $due }: أُنجزت
report-partnerships-milestone-open = { $milestone }، موعدها { $due }: لم تُنجز بعد
report-partnerships-milestone-undated-done = { $milestone }، دون موعد محدد: أُنجزت
report-partnerships-milestone-undated-open = { $milestone }، دون موعد محدد: لم تُنجز بعد
report-partnerships-gaps = ما ينقص السجل بعد:
report-partnerships-gap-roles = أقل من شريكين لهما دور محدد.
report-partnerships-gap-deliverables = لا يوجد ناتج قابل للقياس بعد.
report-partnerships-gap-resources = لا توجد موارد ملتزم بها بعد.
report-partnerships-gap-timeline = لا يوجد جدول زمني: لا يحمل أي معلم موعداً.
report-partnerships-gap-reporter = لم يُسمَّ أحد للإبلاغ عن التقدم المحرز.
report-financing-amount = { $amount } { $currency }
report-financing-currency = المبالغ بعملة { $currency }، محوّلة بأسعار الصرف التي سجلها الاجتماع.
report-financing-need = التمويل المطلوب
report-financing-pledged = المتعهَّد به
report-financing-committed = الملتزَم به
report-financing-unconverted = { $count_plural ->
    [zero] لا توجد مبالغ بعملة { $currency } دون سعر صرف.
    [one] مبلغ واحد بعملة { $currency } ليس له سعر صرف، فلم يُحتسب في المجاميع.
    [two] مبلغان بعملة { $currency } ليس لهما سعر صرف، فلم يُحتسبا في المجاميع.
    [few] { $count } مبالغ بعملة { $currency } ليس لها سعر صرف، فلم تُحتسب في المجاميع.
    [many] { $count } مبلغاً بعملة { $currency } ليس لها سعر صرف، فلم تُحتسب في المجاميع.
   *[other] { $count } مبلغ بعملة { $currency } ليس لها سعر صرف، فلم تُحتسب في المجاميع.
}
report-financing-leads = فرص التمويل حسب الحالة
report-financing-column-status = الحالة
report-financing-column-leads = الفرص
report-financing-column-amount = المبلغ
report-financing-status-identified = محددة
report-financing-status-contacted = جرى الاتصال
report-financing-status-proposal-sent = أُرسل المقترح
report-financing-status-pledged = متعهَّد بها
report-financing-status-committed = ملتزَم بها
report-financing-status-declined = مرفوضة
report-financing-gaps = احتياجات لم تُغطَّ بعد
report-financing-gap-uncovered = تحتاج الشراكة «{ $partnership }» إلى { $need }، ولا يغطي ذلك أي تعهد أو التزام بعد.
report-financing-gap-unannounced = تحتاج الشراكة «{ $partnership }» إلى { $need }، ولم يُعلَن بعد أي تعهد أو التزام لتغطية ذلك.
report-financing-gap-short = تحتاج الشراكة «{ $partnership }» إلى { $need }؛ جرى التعهد أو الالتزام بمبلغ { $covered }، ولا يزال { $missing } ناقصاً.

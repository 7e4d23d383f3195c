# The matcher: why a funding source cannot fund a partnership, and the reasons for and against a match, in Arabic.

matching-blocked-country = يقتصر تمويله على { $funds }؛ والمشروع في { $countries }
matching-blocked-country-partners = يقتصر تمويله على { $funds }؛ والشركاء في { $countries }
matching-blocked-amount-below = المبلغ المطلوب ({ $need_currency } { $need }) أقل من الحد الأدنى للتمويل ({ $currency } { $min })
matching-blocked-stage-too-early = يموّل المشاريع ابتداءً من مرحلة { $earliest }؛ والمشروع في مرحلة { $stage }
matching-blocked-stage-not-funded = لا يموّل المشاريع إلا في هذه المراحل: { $funded }؛ والمشروع في مرحلة { $stage }
matching-blocked-applicant = لا يحق التقدّم إلا لـ: { $allowed }؛ والشركاء: { $partners }
matching-blocked-deadline = انقضى الموعد النهائي ({ $date })
matching-blocked-no-rate = لا يوجد سعر صرف لعملة { $currency }، فلا يمكن مقارنة المبلغ المطلوب بحدود التمويل

matching-focus-listed = يموّل { $area }، وهو محور المشروع.
matching-focus-any = يموّل جميع المحاور.
matching-focus-other = يموّل { $funded }، لا { $area }.
matching-focus-none = لم يحدّد المشروع أي محور.
matching-instruments-suit = { $count_plural ->
    [zero] { $instruments }: لا أداة تناسب مشروعًا في مرحلة { $stage }.
    [one] { $instruments }: أداة تناسب مشروعًا في مرحلة { $stage }.
    [two] { $instruments }: أداتان تناسبان مشروعًا في مرحلة { $stage }.
    [few] { $instruments }: أدوات تناسب مشروعًا في مرحلة { $stage }.
    [many] { $instruments }: أدوات تناسب مشروعًا في مرحلة { $stage }.
   *[other] { $instruments }: أدوات تناسب مشروعًا في مرحلة { $stage }.
}
matching-instruments-later = { $count_plural ->
    [zero] { $instruments }: لا أداة تناسب مشاريع تجاوزت مرحلة { $stage }.
    [one] { $instruments }: أداة تناسب مشاريع تجاوزت مرحلة { $stage }.
    [two] { $instruments }: أداتان تناسبان مشاريع تجاوزت مرحلة { $stage }.
    [few] { $instruments }: أدوات تناسب مشاريع تجاوزت مرحلة { $stage }.
    [many] { $instruments }: أدوات تناسب مشاريع تجاوزت مرحلة { $stage }.
   *[other] { $instruments }: أدوات تناسب مشاريع تجاوزت مرحلة { $stage }.
}
matching-instruments-earlier = { $count_plural ->
    [zero] { $instruments }: لا أداة تناسب مشاريع في مرحلة أسبق من { $stage }.
    [one] { $instruments }: أداة تناسب مشاريع في مرحلة أسبق من { $stage }.
    [two] { $instruments }: أداتان تناسبان مشاريع في مرحلة أسبق من { $stage }.
    [few] { $instruments }: أدوات تناسب مشاريع في مرحلة أسبق من { $stage }.
    [many] { $instruments }: أدوات تناسب مشاريع في مرحلة أسبق من { $stage }.
   *[other] { $instruments }: أدوات تناسب مشاريع في مرحلة أسبق من { $stage }.
}
matching-instruments-none = لم يحدّد المصدر أي أداة تمويل.
matching-stage-unknown = مرحلة المشروع ليست ضمن مراحل المسار، فلا يمكن القول إن أداةً ما تناسبه.
matching-co-financing-partner = يشترط تمويلًا مشتركًا، ويمكن أن يوفّره { $partner }.
matching-co-financing-pledged = يشترط تمويلًا مشتركًا، ويمكن احتساب الأموال المتعهَّد بها أو الملتزَم بها من قبلُ تمويلًا مشتركًا.
matching-co-financing-missing = يشترط تمويلًا مشتركًا، ولا يستطيع أي شريك توفيره.
matching-linked-organisation = يدير { $partner }، وهو أحد الشركاء، هذا المصدر.
matching-linked-lead = لدى المشروع بالفعل فرصة تمويل مع هذا المصدر: { $status }.
matching-linked-declined = سبق أن رفض هذا المصدر المشروع.
matching-amount-part = يمكنه تقديم ما يصل إلى { $currency } { $max }، أي { $percent }% من المبلغ المطلوب.
matching-part-amount = المبلغ { $points }
matching-blocked-instruments = يقدّم { $offered }؛ والمشروع يطلب { $sought }

# Suggested partners: why two organisations could work together, and the registry's section that shows them, in Arabic.

suggest-reason-offers = تقدّم { $offer }، وهو ما تحتاج إليه { $organisation }
suggest-reason-needs = تحتاج إلى { $need }، وهو ما تقدّمه { $organisation }
suggest-reason-focus = { $count_plural ->
    [zero] لا تشترك في أي مجال تركيز: { $areas }
    [one] تشترك في مجال تركيز واحد: { $areas }
    [two] تشترك في مجالَي تركيز: { $areas }
    [few] تشترك في { $count } مجالات تركيز: { $areas }
    [many] تشترك في { $count } مجالًا من مجالات التركيز: { $areas }
   *[other] تشترك في { $count } مجال تركيز: { $areas }
}
suggest-reason-sector = تضيف قطاعًا آخر: { $sector }
suggest-reason-country = تعمل من بلد آخر: { $country }
suggest-heading = شركاء مقترحون
suggest-none = لا اقتراحات بعد: أضف ما تقدّمه هذه المنظمة وما تحتاج إليه
suggest-type-country = { $type }، { $country }
suggest-propose = اقتراح شراكة
suggest-propose-name = اقتراح شراكة مع { $organisation }
suggest-partnership-title = شراكة بين { $first } و{ $second }

# The shortlist of prospects: whom to invite, ranked by what each would bring to partnerships, in Arabic.

shortlist-part-complementarity = التكامل
shortlist-part-resources = الموارد
shortlist-part-gaps = الثغرات التي تسدها
shortlist-part-track-record = السجل في الشراكات
shortlist-why-offers = { $count_plural ->
    [zero] تقدم { $offer }، ولا تحتاج إليه أي جهة مؤكدة
    [one] تقدم { $offer }، وتحتاج إليه { $organisation }
    [two] تقدم { $offer }، وتحتاج إليه جهتان مؤكدتان، منهما { $organisation }
    [few] تقدم { $offer }، وتحتاج إليه { $count } جهات مؤكدة، منها { $organisation }
    [many] تقدم { $offer }، وتحتاج إليه { $count } جهة مؤكدة، منها { $organisation }
   *[other] تقدم { $offer }، وتحتاج إليه { $count } جهة مؤكدة، منها { $organisation }
}
shortlist-why-needs = { $count_plural ->
    [zero] تحتاج إلى { $need }، ولا تقدمه أي جهة مؤكدة
    [one] تحتاج إلى { $need }، وتقدمه { $organisation }
    [two] تحتاج إلى { $need }، وتقدمه جهتان مؤكدتان، منهما { $organisation }
    [few] تحتاج إلى { $need }، وتقدمه { $count } جهات مؤكدة، منها { $organisation }
    [many] تحتاج إلى { $need }، وتقدمه { $count } جهة مؤكدة، منها { $organisation }
   *[other] تحتاج إلى { $need }، وتقدمه { $count } جهة مؤكدة، منها { $organisation }
}
shortlist-why-financing-institution = يمكنها الالتزام بالتمويل: هي مؤسسة تمويل
shortlist-why-financing-fund = يمكنها الالتزام بالتمويل: تدير الصندوق { $source }
shortlist-why-financing-offer = يمكنها الالتزام بالتمويل: تقدم { $offer }
shortlist-why-space = يمكنها توفير مكان: تقدم { $offer }
shortlist-why-programme = تدير برنامجًا: تقدم { $offer }
shortlist-why-first-type = ستكون أول جهة من فئة { $kind }
shortlist-why-first-country = ستكون أول مشارك من { $country }
shortlist-why-first-area = تعمل في مجال { $area }، ولا تغطيه أي جهة مؤكدة
shortlist-why-target = يساعد على بلوغ هدف من أهداف توازن القاعة: { $gap }
shortlist-why-partnership = مشاركة في الشراكة «{ $title }»، في مرحلة { $stage }

# majlis shortlist
shortlist-cli-needs-file = أي اجتماع؟ الاستخدام: majlis shortlist FILE.ron [--top N] [--format md|csv]
shortlist-cli-needs-value = يحتاج { $option } إلى قيمة
shortlist-cli-bad-top = يأخذ ‎--top عددًا صحيحًا من الجهات ابتداءً من 1، لا «{ $value }»
shortlist-cli-unknown-format = صيغة غير معروفة «{ $format }»: md أو csv
shortlist-cli-unknown-option = خيار غير معروف للقائمة المختصرة: { $option }
shortlist-cli-title = القائمة المختصرة للجهات المرشحة: { $meeting }
shortlist-cli-none = لا جهات مرشحة: كل جهات هذا الاجتماع مدعوة أو مؤكدة أو اعتذرت
shortlist-cli-column-rank = الترتيب
shortlist-cli-column-organisation = الجهة
shortlist-cli-column-name-ar = الاسم بالعربية
shortlist-cli-column-type = الفئة
shortlist-cli-column-country = البلد
shortlist-cli-column-score = النقاط
shortlist-cli-column-reasons = الأسباب
shortlist-cli-prospects-not-a-number = يأخذ ‎--prospects عددًا صحيحًا من الجهات، لا «{ $value }»

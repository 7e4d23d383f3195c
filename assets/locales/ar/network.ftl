# The partnership network: what it lacks, and the report's network section, in Arabic.
network-gap-types = لا تجمع أي شراكة بين منظمة من نوع «{ $first }» ومنظمة من نوع «{ $second }».
network-gap-types-in-country = لا تجمع أي شراكة بين منظمة من نوع «{ $first }» ومنظمة من نوع «{ $second }» في { $country }.
network-gap-clusters = { $count_plural ->
    [zero] لا تشكّل الشراكات أي مجموعة.
    [one] تشكّل الشراكات مجموعة واحدة؛ وتلتف كبراها حول { $first } و{ $second }.
    [two] تشكّل الشراكات مجموعتين منفصلتين لا تربط بينهما أي شراكة؛ وتلتف أكبرهما حول { $first } و{ $second }.
    [few] تشكّل الشراكات { $count } مجموعات منفصلة لا تربط بينها أي شراكة؛ وتلتف أكبرها حول { $first } و{ $second }.
    [many] تشكّل الشراكات { $count } مجموعة منفصلة لا تربط بينها أي شراكة؛ وتلتف أكبرها حول { $first } و{ $second }.
   *[other] تشكّل الشراكات { $count } مجموعة منفصلة لا تربط بينها أي شراكة؛ وتلتف أكبرها حول { $first } و{ $second }.
}
network-gap-only-bridge = { $count_plural ->
    [zero] لا يصل بين { $first } و{ $second } سوى { $organisation }.
    [one] لا يصل بين { $first } و{ $second } سوى { $organisation }، ومن دون هذه الصلة تنقطع منظمة واحدة.
    [two] لا يصل بين { $first } و{ $second } سوى { $organisation }، ومن دون هذه الصلة تنقطع منظمتان.
    [few] لا يصل بين { $first } و{ $second } سوى { $organisation }، ومن دون هذه الصلة تنقطع { $count } منظمات.
    [many] لا يصل بين { $first } و{ $second } سوى { $organisation }، ومن دون هذه الصلة تنقطع { $count } منظمة.
   *[other] لا يصل بين { $first } و{ $second } سوى { $organisation }، ومن دون هذه الصلة تنقطع { $count } منظمة.
}
report-network-organisations = المنظمات المشاركة في الشراكات
report-network-links = الروابط بين المنظمات
report-network-groups = المجموعات المترابطة
report-network-most-connected = المنظمات الأكثر ترابطاً، بحسب عدد الشركاء:
report-network-brokers = المنظمات الوسيطة، الواقعة على أكثر المسارات القصيرة بين المنظمات الأخرى:
report-network-column-organisation = المنظمة
report-network-column-partners = الشركاء
report-network-column-betweenness = الوساطة
report-network-isolated = { $count_plural ->
    [zero] لا توجد في السجل منظمة خارج الشراكات:
    [one] منظمة واحدة في السجل لا تشارك في أي شراكة:
    [two] منظمتان في السجل لا تشاركان في أي شراكة:
    [few] { $count } منظمات في السجل لا تشارك في أي شراكة:
    [many] { $count } منظمة في السجل لا تشارك في أي شراكة:
   *[other] { $count } منظمة في السجل لا تشارك في أي شراكة:
}
report-network-gaps = ما ينقص الشبكة:

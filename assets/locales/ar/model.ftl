# The meeting document: the summary of `majlis check`, due dates as typed,
# placeholders for missing names and the groups of speaking time, in Arabic.

date-not-a-date = «{ $text }» ليس تاريخًا: اكتبه على نحو 2007-10-15 أو 15/10/2007 أو 15 Oct أو tomorrow
summary-untitled-meeting = اجتماع بلا عنوان
unknown-organisation = (جهة غير معروفة)
unknown-person = (شخص غير معروف)
summary-meeting = الاجتماع           { $title }
summary-days = الأيام             { $days }
summary-agenda-items = بنود جدول الأعمال  { $count }
summary-organisations = المنظمات           { $count }
summary-people = الأشخاص            { $count }
summary-partnerships = الشراكات           { $count }
summary-funding-sources = مصادر التمويل      { $count }
summary-leads = فرص التمويل        { $count }
summary-records = القيود المدونة     { $count }
schedule-not-in-registry = غير مدرج في السجل
schedule-unknown-stakeholder-type = غير معروف
schedule-unknown-country = غير معروف

# Funding sources, in Arabic.

funding-kind-venture-capital = رأس مال مخاطر أو صندوق تكنولوجيا
funding-kind-development-finance = مؤسسة تمويل إنمائي
funding-kind-donor = جهة مانحة أو برنامج تابع للأمم المتحدة
funding-kind-government-programme = برنامج حكومي
funding-kind-public-private-partnership = شراكة بين القطاعين العام والخاص
funding-kind-corporate-programme = برنامج تابع لشركة
funding-kind-incubator = حاضنة أعمال
instrument-grant = منحة
instrument-loan = قرض
instrument-guarantee = ضمان
instrument-equity = مساهمة في رأس المال
instrument-technical-assistance = مساعدة تقنية
instrument-in-kind = مساهمة عينية
instrument-seed-money = تمويل أولي

# Financing leads

lead-status-identified = محدَّدة
lead-status-contacted = جرى التواصل
lead-status-proposal-sent = أُرسل المقترح
lead-status-pledged = متعهَّد بها
lead-status-committed = ملتزَم بها
lead-status-declined = مرفوضة

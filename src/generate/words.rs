//! Words the generated meeting is made of, in English and Arabic side by side
//! so that a name and its Arabic form always say the same thing.

/// A city, its Arabic name and its country's ISO 3166-1 alpha-2 code.
pub const CITIES: [(&str, &str, &str); 20] = [
    ("Beirut", "بيروت", "LB"),
    ("Tripoli", "طرابلس", "LB"),
    ("Amman", "عمّان", "JO"),
    ("Irbid", "إربد", "JO"),
    ("Cairo", "القاهرة", "EG"),
    ("Alexandria", "الإسكندرية", "EG"),
    ("Damascus", "دمشق", "SY"),
    ("Ramallah", "رام الله", "PS"),
    ("Baghdad", "بغداد", "IQ"),
    ("Riyadh", "الرياض", "SA"),
    ("Dubai", "دبي", "AE"),
    ("Doha", "الدوحة", "QA"),
    ("Kuwait", "الكويت", "KW"),
    ("Manama", "المنامة", "BH"),
    ("Muscat", "مسقط", "OM"),
    ("Sanaa", "صنعاء", "YE"),
    ("Tunis", "تونس", "TN"),
    ("Rabat", "الرباط", "MA"),
    ("Algiers", "الجزائر", "DZ"),
    ("Khartoum", "الخرطوم", "SD"),
];

/// Where international and financing organisations often sit.
pub const HUBS: [(&str, &str, &str); 6] = [
    ("Geneva", "جنيف", "CH"),
    ("Paris", "باريس", "FR"),
    ("Washington", "واشنطن", "US"),
    ("London", "لندن", "GB"),
    ("Brussels", "بروكسل", "BE"),
    ("Tokyo", "طوكيو", "JP"),
];

pub const MINISTRIES: [(&str, &str); 8] = [
    ("Telecommunications", "الاتصالات"),
    ("Education", "التربية والتعليم"),
    ("Economy", "الاقتصاد"),
    ("Planning", "التخطيط"),
    ("Higher Education", "التعليم العالي"),
    ("Administrative Development", "التنمية الإدارية"),
    ("Social Affairs", "الشؤون الاجتماعية"),
    ("Finance", "المالية"),
];

/// Word stems for company, fund and park names.
pub const STEMS: [(&str, &str); 16] = [
    ("Cedar", "الأرز"),
    ("Falcon", "الصقر"),
    ("Oasis", "الواحة"),
    ("Crescent", "الهلال"),
    ("Horizon", "الأفق"),
    ("Palm", "النخيل"),
    ("Pearl", "اللؤلؤة"),
    ("Silk Road", "طريق الحرير"),
    ("Nile", "النيل"),
    ("Phoenix", "العنقاء"),
    ("Jasmine", "الياسمين"),
    ("Olive", "الزيتون"),
    ("Levant", "المشرق"),
    ("Gulf", "الخليج"),
    ("Atlas", "الأطلس"),
    ("Sahara", "الصحراء"),
];

pub const COMPANY_KINDS: [(&str, &str); 8] = [
    ("Systems", "للأنظمة"),
    ("Telecom", "للاتصالات"),
    ("Software", "للبرمجيات"),
    ("Networks", "للشبكات"),
    ("Data", "للبيانات"),
    ("Solutions", "للحلول"),
    ("Media", "للإعلام"),
    ("Digital", "الرقمية"),
];

pub const CAUSES: [(&str, &str); 8] = [
    ("Digital Literacy", "محو الأمية الرقمية"),
    ("Women in Technology", "المرأة في التكنولوجيا"),
    ("Arabic Content", "المحتوى العربي"),
    ("Youth Employment", "تشغيل الشباب"),
    ("Community Access", "النفاذ المجتمعي"),
    ("Open Source", "المصادر المفتوحة"),
    ("Rural Connectivity", "ربط الأرياف"),
    ("Information Society", "مجتمع المعلومات"),
];

/// Given names as written in English and in Arabic.
pub const GIVEN: [(&str, &str); 24] = [
    ("Ahmad", "أحمد"),
    ("Rania", "رانيا"),
    ("Omar", "عمر"),
    ("Layla", "ليلى"),
    ("Karim", "كريم"),
    ("Nadia", "نادية"),
    ("Samir", "سمير"),
    ("Huda", "هدى"),
    ("Khaled", "خالد"),
    ("Mona", "منى"),
    ("Youssef", "يوسف"),
    ("Salma", "سلمى"),
    ("Tarek", "طارق"),
    ("Dina", "دينا"),
    ("Walid", "وليد"),
    ("Reem", "ريم"),
    ("Hassan", "حسن"),
    ("Lina", "لينا"),
    ("Faisal", "فيصل"),
    ("Maha", "مها"),
    ("Ziad", "زياد"),
    ("Nour", "نور"),
    ("Bassam", "بسام"),
    ("Aisha", "عائشة"),
];

pub const FAMILY: [(&str, &str); 24] = [
    ("Haddad", "حداد"),
    ("Khoury", "خوري"),
    ("Mansour", "منصور"),
    ("Saleh", "صالح"),
    ("Nasser", "ناصر"),
    ("Hamdan", "حمدان"),
    ("Awad", "عوض"),
    ("Karam", "كرم"),
    ("Barakat", "بركات"),
    ("Aziz", "عزيز"),
    ("Farah", "فرح"),
    ("Jaber", "جابر"),
    ("Qasim", "قاسم"),
    ("Rashid", "راشد"),
    ("Sabbagh", "صباغ"),
    ("Tamimi", "التميمي"),
    ("Yassin", "ياسين"),
    ("Zein", "زين"),
    ("Darwish", "درويش"),
    ("Ghanem", "غانم"),
    ("Hijazi", "حجازي"),
    ("Issa", "عيسى"),
    ("Masri", "المصري"),
    ("Shami", "الشامي"),
];

/// A few names from outside the region, for international delegates.
pub const GIVEN_ABROAD: [&str; 8] = [
    "Anna", "Pierre", "John", "Keiko", "Maria", "Lars", "Sophie", "David",
];
pub const FAMILY_ABROAD: [&str; 8] = [
    "Müller", "Dubois", "Smith", "Tanaka", "García", "Larsen", "Rossi", "Brown",
];

pub const ROLES: [&str; 12] = [
    "Director",
    "Programme officer",
    "Chief executive",
    "Professor",
    "Research fellow",
    "Adviser to the minister",
    "Head of ICT unit",
    "Project manager",
    "Investment officer",
    "Founder",
    "Policy analyst",
    "Communications officer",
];

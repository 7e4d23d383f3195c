//! Phrases for what organisations offer and need, what partnerships deliver
//! and what rapporteurs capture; some in Arabic, as rapporteurs write them.

pub const OFFERS: [&str; 8] = [
    "Training venues",
    "Arabic localisation expertise",
    "Seed funding",
    "Broadband access in rural centres",
    "Research staff and students",
    "Policy advice",
    "Incubation space",
    "Volunteer networks",
];

pub const NEEDS: [&str; 8] = [
    "Co-financing",
    "Technical partners",
    "Access to regional markets",
    "Trainers",
    "Content in Arabic",
    "Government endorsement",
    "Data on ICT use",
    "Mentors for entrepreneurs",
];

pub const PARTNER_ROLES: [&str; 8] = [
    "Coordinates the partners",
    "Provides the technical platform",
    "Runs the training",
    "Hosts the pilot",
    "Brings co-financing",
    "Evaluates the results",
    "Reaches local communities",
    "Writes the policy brief",
];

pub const DELIVERABLES: [&str; 8] = [
    "Feasibility study",
    "Pilot in three municipalities",
    "Training curriculum in Arabic",
    "Regional portal",
    "Monitoring report",
    "Policy recommendations",
    "Open-source toolkit",
    "Community centres equipped",
];

pub const NEXT_STEPS: [&str; 6] = [
    "Draft a two-page concept note",
    "Agree on the partners' roles in writing",
    "Meet the funding source before the deadline",
    "Share the budget with all partners",
    "Name a coordinator in each country",
    "Present the pilot results to the ministry",
];

pub const TOPICS: [&str; 10] = [
    "Financing ICT projects",
    "E-government services",
    "Arabic digital content",
    "Broadband in rural areas",
    "ICT in education",
    "Women's empowerment",
    "Measuring the information society",
    "Incubators and entrepreneurs",
    "Confidence and security online",
    "Regional cooperation",
];

pub const NOTES: [&str; 8] = [
    "Participants asked for the background paper in advance.",
    "Several delegations stressed the need for reliable ICT statistics.",
    "The incubators offered to host a joint training session.",
    "اقترح المشاركون إنشاء شبكة إقليمية لتبادل الخبرات.",
    "The banks want clearer risk sharing before co-financing.",
    "طلب الوفد نسخة عربية من الوثيقة الختامية.",
    "Rural access remains the main gap in most countries.",
    "Universities can provide students for pilot projects.",
];

pub const DECISIONS: [&str; 6] = [
    "Set up a working group on Arabic content",
    "Hold the follow-up meeting within six months",
    "Publish the list of partnerships on the regional portal",
    "اعتماد خطة العمل المقترحة",
    "Ask each country for a national focal point",
    "Merge the two proposals on rural access",
];

pub const ACTIONS: [&str; 6] = [
    "Circulate the minutes to all participants",
    "Send the concept note to the funding source",
    "Collect the contact list of the round table",
    "إعداد تقرير موجز عن الجلسة",
    "Prepare the budget of the pilot",
    "Contact the ministry about endorsement",
];

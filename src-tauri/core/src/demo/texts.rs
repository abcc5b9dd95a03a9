//! Words for the demo: names, and priorities and talking points drawn from the seed texts
//! (APQC on engaging leaders, the Knowledge Café on buy-in, KANA on alignment, Wenger).

pub const FIRST_NAMES: &[&str] = &[
    "Amara", "Ben", "Chloé", "Dmitri", "Elena", "Farid", "Grace", "Hiroshi", "Ines", "Jonas",
    "Keisha", "Lars", "Maya", "Nikolai", "Olu", "Priya", "Quentin", "Rosa", "Samir", "Tamsin",
    "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zofia", "Aidan", "Beatriz", "Callum", "Dalia",
    "Emeka", "Freya", "Gustavo", "Hana", "Idris", "Julia", "Kofi", "Leila", "Mateo", "Nora",
];

pub const LAST_NAMES: &[&str] = &[
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Petrov",
    "Alvarez",
    "Haddad",
    "Nakamura",
    "Costa",
    "Fischer",
    "Mensah",
    "Novak",
    "O'Brien",
    "Patel",
    "Quinn",
    "Rahman",
    "Schmidt",
    "Tanaka",
    "Underwood",
    "Varga",
    "Whitfield",
    "Xu",
    "Yilmaz",
    "Zielińska",
    "Abbott",
    "Brennan",
    "Castellanos",
    "Dubois",
    "Eriksen",
    "Fontaine",
    "García",
    "Holm",
    "Ivanova",
    "Jensen",
    "Kowalski",
    "Laurent",
    "Murphy",
    "Nguyen",
    "Osei",
    "Park",
    "Rossi",
];

/// What military leaders care about, to tie KM to their measurable goals.
pub const MILITARY_PRIORITIES: &[&str] = &[
    "Readiness: cut time-to-competency for newly posted staff officers",
    "Turn after-action reviews into lessons that change the next exercise",
    "Keep continuity of knowledge through the summer rotation of personnel",
    "One place to find current orders, SOPs and briefing templates",
    "Reduce duplicate staff work between directorates",
    "Faster, better-informed planning cycles",
];

/// What company leaders care about.
pub const COMPANY_PRIORITIES: &[&str] = &[
    "Consolidate duplicate subscriptions and tools: hard-dollar savings this year",
    "Shift left: resolve more tickets at first contact, fewer escalations",
    "Shorten onboarding of new sales hires to first deal",
    "One consistent answer across Products, Web, Support and Sales",
    "Better search on the customer help site",
    "Find the expert in-house before hiring a consultant",
];

pub const TALKING_POINTS: &[&str] = &[
    "Show the quick win from last quarter in their own team's numbers",
    "Ask: open the next all-staff meeting with a two-minute knowledge-sharing story",
    "Ask: create an expertise profile and encourage their directs to do the same",
    "Link the programme to a measurable goal they already report on",
    "Invite them to the next steering committee and name the decision we need",
    "Thank them for the people-time their managers gave the community of practice",
    "Bring a success story in the beneficiary's own words, credited",
    "Ask who else should sponsor this if they move on, so others wait in the wings",
    "Keep it practical: one pain point, one fix, one number",
    "Ask them to legitimize the community by naming it in their quarterly priorities",
];

pub const CHANNELS: &[&str] = &[
    "1:1 brief",
    "email",
    "phone call",
    "steering committee",
    "chat message",
    "walk-by",
];

/// Military ranks by tier, for the Joint Command's people.
pub const RANKS: [&str; 4] = ["Maj. Gen.", "Col.", "Maj.", "Capt."];

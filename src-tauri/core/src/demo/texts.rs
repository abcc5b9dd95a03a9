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

/// The large demo's programmes: an initiative is one of these run for one part of the
/// organisation.
pub const PROGRAMMES: &[&str] = &[
    "Lessons Learned Portal",
    "Onboarding Time-to-Competency",
    "Support Knowledge Base",
    "Expertise Directory",
    "Operations Community of Practice",
    "After-Action Review Library",
    "Research Subscription Consolidation",
    "Handover Playbook",
    "Sales Onboarding Wiki",
    "Engineering Design Reviews",
    "Customer Help Site Search",
    "Policy and SOP Library",
];

/// What a touchpoint was about; the large demo adds the programme it concerned.
pub const TOUCHPOINT_TOPICS: &[&str] = &[
    "Quarterly sponsor brief",
    "Progress against the measurable goal",
    "Successor planning before the rotation",
    "Budget for the knowledge manager post",
    "Quick win results in their team's numbers",
    "Community of practice meetup",
    "Steering committee pre-brief",
    "Concerns about yet another system to run",
    "Agreeing the baseline for the pilot",
    "Success story from the front line",
    "Taxonomy and search problems",
    "All-staff meeting slot for knowledge sharing",
];

pub const ASKS: &[&str] = &[
    "Open the next all-staff meeting with two minutes on lessons learned",
    "Create an expertise profile and encourage your directs to do the same",
    "Name the programme in your quarterly priorities",
    "Give the team 30 minutes a week to fix articles",
    "Introduce the KMO to your successor",
    "Chair the next community of practice meetup",
    "Release two analysts for the taxonomy workshop",
    "Ask your directors to file after-action reviews within 14 days",
];

pub const COMMITMENTS: &[&str] = &[
    "Send the list of team subscriptions",
    "Fund a knowledge manager post for next year",
    "Present the knowledge base at the all-hands",
    "Name a branch chief to own the pilot",
    "Share the results with the executive board",
    "Publish 20 lessons by the end of the quarter",
];

/// Committees of the large demo: the organisation's name comes first.
pub const COMMITTEES: &[(&str, &str)] = &[
    (
        "KM Steering Committee",
        "Directors meet to steer the knowledge programme and decide on its scope and funding.",
    ),
    (
        "Knowledge Council",
        "Business-group heads align knowledge work with the company's goals.",
    ),
    (
        "Lessons Learned Board",
        "Reviews lessons from exercises and incidents and decides which become policy.",
    ),
    (
        "Digital Workplace Board",
        "Decides on the tools people use to find and share knowledge.",
    ),
    (
        "Communities of Practice Forum",
        "Community leaders share progress and ask sponsors for support.",
    ),
    (
        "Onboarding Review Group",
        "Tracks time-to-competency of new starters and fixes what slows them.",
    ),
    (
        "Content Governance Board",
        "Owns the taxonomy, the retention rules and the quality of articles.",
    ),
    (
        "Transformation Committee",
        "Sponsors of the change programme review progress and risks.",
    ),
];

pub const AGENDA_TITLES: &[&str] = &[
    "Results since the last meeting",
    "Scope of the next phase",
    "Funding request",
    "Quick wins so far",
    "Risks and sponsor changes",
    "Success stories to share",
    "Measures and baselines",
    "Succession of the executive sponsor",
    "Taxonomy proposal",
    "Tool consolidation",
];

pub const MINUTES: &[&str] = &[
    "Agreed, with a review in three months.",
    "Tabled: the cost per team is needed first.",
    "Noted; the chair asked for the numbers by team.",
    "Agreed unanimously.",
    "Deferred until the new director is in post.",
    "Discussed; two members will draft options.",
];

/// (title, text) of a decision; the large demo adds the programme it concerns.
pub const DECISIONS: &[(&str, &str)] = &[
    (
        "Single repository",
        "One place holds the programme's content; the working group owns it.",
    ),
    (
        "Scope extended to all units",
        "Every unit contributes from next quarter.",
    ),
    (
        "Pilot funded",
        "Two people's time is funded for a six-month pilot.",
    ),
    (
        "Reviews within 14 days",
        "Every exercise or incident holds a review within 14 days and files it.",
    ),
    (
        "Tool retired",
        "The old wiki is retired once its pages are moved.",
    ),
    (
        "Measures adopted",
        "The programme reports its three measures every quarter.",
    ),
    (
        "Expertise profiles required",
        "Every manager keeps an expertise profile up to date.",
    ),
    (
        "Subscriptions consolidated",
        "One company contract replaces the teams' separate subscriptions.",
    ),
];

pub const ACTIONS: &[&str] = &[
    "Draft the taxonomy for all units",
    "Brief the directors on the decision",
    "Collect the baseline numbers from each team",
    "Name the next executive sponsor in writing",
    "Move the old wiki pages",
    "Prepare the funding paper",
    "Share the results at the next all-hands",
    "Book the community meetup",
    "Cancel the duplicate subscriptions",
    "Write up two success stories",
];

/// (title, soft benefits) of a quick win.
pub const WINS: &[(&str, &str)] = &[
    (
        "Consolidate duplicate research subscriptions",
        "Everyone reads the same analyst reports",
    ),
    (
        "Merge conflicting support answers",
        "One answer per topic on the help site",
    ),
    (
        "First 20 lessons published",
        "Planners reuse lessons instead of relearning them",
    ),
    (
        "Review template in every exercise plan",
        "Reviews held within 14 days",
    ),
    (
        "Expertise profiles for the leadership team",
        "Experts found in-house before hiring consultants",
    ),
    (
        "Onboarding checklist in one place",
        "New starters productive a week sooner",
    ),
    (
        "Retire the old team wiki",
        "One less system to run and search",
    ),
    (
        "Handover notes before the summer rotation",
        "Continuity through the rotation",
    ),
];

pub const HEADLINES: &[&str] = &[
    "The answer was already in the knowledge base",
    "Last year's lesson prevented a repeat shortfall",
    "Three teams, one subscription",
    "A new starter closed her first case in week one",
    "The expert was two floors away",
    "The handover note saved a month",
    "One search instead of five systems",
    "The community fixed a recurring outage",
];

pub const NARRATIVES: &[&str] = &[
    "A colleague searched before escalating, found the fix a peer had written the week before, and closed the case on the first call.",
    "A planner found the previous year's lesson in the portal and changed the schedule before the same mistake could happen.",
    "Two teams discovered they paid for the same service; one contract now serves both.",
    "A new starter followed the onboarding path and was productive a week sooner than her predecessors.",
    "The expertise directory pointed to an in-house specialist instead of an outside consultant.",
];

/// (what they said, role)
pub const QUOTES: &[(&str, &str)] = &[
    (
        "I found it in two minutes instead of escalating for two days.",
        "Support engineer",
    ),
    (
        "Without the portal we would have made the same mistake again.",
        "Exercise planner",
    ),
    (
        "We had no idea the other team was paying for the same thing.",
        "Operations analyst",
    ),
    (
        "The handover note meant I could start on day one.",
        "Incoming branch chief",
    ),
    (
        "Customers stopped getting three different answers from us.",
        "Team lead",
    ),
    (
        "I would never have found that expert otherwise.",
        "Project manager",
    ),
];

pub const TAGS: &[&str] = &[
    "time saved",
    "mistake prevented",
    "savings",
    "quick win",
    "onboarding",
    "first-contact resolution",
    "lessons learned",
    "expertise",
    "continuity",
    "search",
];

/// (name, unit, lower is better, outcome) of a programme measure.
pub const MEASURES: &[(&str, &str, bool, &str)] = &[
    (
        "Active community members",
        "people",
        false,
        "Lessons applied in the next plan",
    ),
    (
        "First-contact resolution",
        "%",
        false,
        "Fewer escalations and lower support cost",
    ),
    (
        "Lessons published",
        "lessons",
        false,
        "Mistakes not repeated",
    ),
    (
        "Hours to find an expert",
        "hours",
        true,
        "Fewer outside consultants",
    ),
    (
        "Days to competency",
        "days",
        true,
        "New starters productive sooner",
    ),
    (
        "Search success rate",
        "%",
        false,
        "People find answers themselves",
    ),
    (
        "Duplicate articles",
        "articles",
        true,
        "One answer per topic",
    ),
    (
        "Reviews filed within 14 days",
        "%",
        false,
        "Lessons captured while fresh",
    ),
    ("Subscription cost", "USD", true, "Hard-dollar savings"),
    (
        "Reused lessons",
        "lessons",
        false,
        "Knowledge reused, not relearned",
    ),
];

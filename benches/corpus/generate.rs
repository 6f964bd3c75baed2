//! A deterministic generator of invented resumes, STAR stories and cover letters, for
//! benchmarks that need a corpus of any size without shipping one.
//!
//! `document(seed, index)` builds the `index`-th document from a SplitMix64 stream seeded
//! with both numbers, so any document can be made on its own, in any order and on any
//! thread, and is the same every time. The mix is about 60% resumes (half Markdown, half
//! plain text), 30% STAR stories (almost a third of them story banks holding two to
//! four stories) and 10% cover letters, with one document in 200 written in Korean.
//!
//! Sentences are built from templates whose `{slots}` draw on word lists: verbs (general
//! ones and each field's own), artifacts, tools with versions, invented companies and
//! schools, metrics that know their unit (a time falls "from 6 hours to 20 minutes", a
//! rate "from 12% to 4%", a cost "by $1,800 per month"), and numbers in many formats. Some
//! names are made from syllables, so the vocabulary runs to thousands of distinct words,
//! with a few very common ones as in real text. Each document draws a quality that sets
//! how often its bullets carry numbers, weak openers, buzzwords and vague words, so scores
//! spread across the range. Every person, company and school is invented.
//!
//! Standard library only: the file can be included with `#[path]` from any target.

use std::fmt::Write as _;

/// One generated document: a file name (with .md or .txt) and its text.
#[derive(Clone, Debug)]
pub struct Generated {
    /// The file name, unique within a corpus: the index comes first.
    pub name: String,
    /// The document's text.
    pub text: String,
}

/// The `index`-th document of the corpus with this seed: the same (seed, index) always
/// gives the same document.
pub fn document(seed: u64, index: usize) -> Generated {
    let mut r = Rng::new(seed, index as u64);
    let roll = r.below(1000);
    let (kind, slug, ext, text) = if roll < 5 {
        korean(&mut r)
    } else if roll < 605 {
        resume(&mut r)
    } else if roll < 905 {
        story_document(&mut r)
    } else {
        cover_letter(&mut r)
    };
    Generated {
        name: format!("{index:05}-{kind}-{slug}.{ext}"),
        text,
    }
}

// ---------------------------------------------------------------------------------------
// Random numbers

/// SplitMix64: tiny, fast, and good enough to pick words.
struct Rng {
    state: u64,
}

impl Rng {
    fn new(seed: u64, index: u64) -> Rng {
        let mut first = Rng {
            state: seed ^ 0x5DEE_CE66_D1CE_4E5B,
        };
        let mixed = first.next_u64() ^ index.wrapping_mul(0xD1B5_4A32_D192_ED03);
        let mut r = Rng { state: mixed };
        r.next_u64();
        r
    }

    fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 32) * (n as u64)) >> 32) as usize
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    /// Like `pick`, but the front of the list comes up more often than the back.
    fn skewed<T: Copy>(&mut self, items: &[T]) -> T {
        let u = self.unit();
        let i = (u * u * items.len() as f64) as usize;
        items[i.min(items.len() - 1)]
    }

    /// Mostly `pick`, sometimes `skewed`: a few favourite words and a long tail, as
    /// with word frequencies in real text.
    fn word<T: Copy>(&mut self, items: &[T]) -> T {
        if self.chance(35) {
            self.skewed(items)
        } else {
            self.pick(items)
        }
    }

    /// An item not picked before (tracked by index in `used`), or any item once all
    /// have been used.
    fn fresh<'a>(&mut self, items: &[&'a str], used: &mut Vec<usize>) -> &'a str {
        if used.len() >= items.len() {
            return self.pick(items);
        }
        loop {
            let i = self.below(items.len());
            if !used.contains(&i) {
                used.push(i);
                return items[i];
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Word lists

/// Verbs that fit almost any artifact; each field adds its own (`Domain::verbs`).
#[rustfmt::skip]
const CREATE_VERBS: &[&str] = &[
    "built", "designed", "developed", "created", "launched", "implemented", "introduced",
    "established", "rolled out", "set up", "redesigned", "rebuilt", "revamped", "overhauled",
    "modernized", "standardized", "simplified", "streamlined", "piloted", "planned",
    "organized", "delivered", "documented", "formalized", "refined", "revised", "restructured",
    "reorganized", "consolidated", "centralized", "unified", "upgraded", "expanded", "extended",
    "devised", "conceived", "initiated", "instituted", "produced", "prototyped", "led the rollout of",
    "co-designed", "spearheaded", "championed", "kicked off", "stood up", "reworked", "retooled",
    "put together", "authored", "drafted", "mapped", "outlined", "founded", "shaped",
];

#[rustfmt::skip]
const DOWN_VERBS: &[&str] = &[
    "reduced", "cut", "lowered", "decreased", "minimized", "shortened", "trimmed", "slashed",
    "shrank", "curbed", "brought down", "drove down",
];

#[rustfmt::skip]
const UP_VERBS: &[&str] = &[
    "increased", "raised", "boosted", "grew", "improved", "accelerated", "lifted",
    "strengthened", "pushed", "drove up", "lifted overall", "stepped up",
];

/// Verbs for teaching people something ("on" a topic).
#[rustfmt::skip]
const TEACH_VERBS: &[&str] = &[
    "mentored", "trained", "coached", "tutored", "onboarded", "guided", "advised", "briefed",
    "educated", "upskilled", "certified", "prepared",
];

/// Verbs for leading people.
#[rustfmt::skip]
const LEAD_VERBS: &[&str] = &[
    "led", "supervised", "managed", "directed", "headed", "oversaw", "mobilized", "recruited",
    "hired", "organized", "captained", "coordinated", "assembled",
];

#[rustfmt::skip]
const ANALYZE_VERBS: &[&str] = &[
    "analyzed", "audited", "assessed", "evaluated", "investigated", "researched", "surveyed",
    "benchmarked", "profiled", "diagnosed", "reviewed", "inspected", "measured", "tested",
    "validated", "verified", "examined", "screened", "triaged", "quantified", "traced",
    "cataloged", "compiled", "synthesized", "summarized", "categorized", "reconciled",
    "sampled", "cleaned", "labeled", "tagged", "mined", "scrutinized", "sorted", "ranked",
];

/// Verbs for working "with" people.
#[rustfmt::skip]
const TALK_VERBS: &[&str] = &[
    "partnered", "collaborated", "coordinated", "liaised", "consulted", "worked closely",
    "teamed up", "met weekly", "aligned", "paired",
];

/// Verbs for closing a deal.
#[rustfmt::skip]
const DEAL_VERBS: &[&str] = &[
    "negotiated", "brokered", "secured", "arranged", "closed", "won", "renegotiated",
];

#[rustfmt::skip]
const GERUNDS: &[&str] = &[
    "rewriting", "automating", "consolidating", "redesigning", "standardizing", "simplifying",
    "documenting", "testing", "rebuilding", "reorganizing", "templating", "streamlining",
    "piloting", "prototyping", "validating", "restructuring", "relaunching", "splitting up",
    "cleaning up", "tightening", "overhauling", "modularizing", "reworking", "versioning",
];

/// Gerunds that take an old way of working as their object.
#[rustfmt::skip]
const LEGACY_GERUNDS: &[&str] = &[
    "replacing", "retiring", "digitizing", "phasing out", "migrating off", "automating away",
    "getting rid of", "moving everyone off",
];

#[rustfmt::skip]
const BASE_TASKS: &[&str] = &[
    "build", "launch", "improve", "redesign", "migrate", "document", "test", "roll out",
    "maintain", "update", "speed up", "clean up", "replace", "simplify", "automate", "fix",
    "stabilize", "rescue", "finish", "scale",
];

#[rustfmt::skip]
const ADJECTIVES: &[&str] = &[
    "new", "automated", "internal", "self-service", "real-time", "weekly", "customer-facing",
    "reusable", "end-to-end", "lightweight", "shared", "regional", "mobile-friendly",
    "open-source", "searchable", "centralized", "monthly", "nightly", "bilingual", "accessible",
    "interactive", "modular", "company-wide", "standardized", "one-page", "low-cost",
    "cloud-based", "multi-step", "color-coded", "role-based", "event-driven", "offline-first",
    "department-wide", "versioned", "scalable", "fault-tolerant", "peer-reviewed",
    "campus-wide", "printable", "quarterly", "serverless", "containerized", "two-week",
    "three-stage", "paperless", "unified", "simplified", "redesigned", "first-ever", "trial",
    "cross-team", "Spanish-language", "daily", "hourly",
];

#[rustfmt::skip]
const WEAK_GERUND: &[&str] = &[
    "responsible for", "tasked with", "in charge of", "involved in", "duties included",
    "was responsible for", "assisted in", "participated in", "helped with",
    "gained experience", "had the opportunity to help with",
];

#[rustfmt::skip]
const WEAK_NOUN: &[&str] = &[
    "worked on", "helped with", "assisted with", "contributed to", "handled",
    "was part of a team that maintained", "member of the team behind", "took part in",
    "dealt with", "provided support for", "worked with", "was involved in",
];

/// Buzzwords that describe a person ("a team player").
#[rustfmt::skip]
const BUZZ_NOUNS: &[&str] = &[
    "team player", "self-starter", "go-getter", "fast learner", "problem solver",
    "people person", "quick learner", "out-of-the-box thinker", "hard worker",
];

/// Buzzwords that qualify a person ("results-driven").
#[rustfmt::skip]
const BUZZ_ADJS: &[&str] = &[
    "results-driven", "detail-oriented", "hard-working", "highly motivated", "passionate",
    "proactive", "dynamic", "results-oriented", "forward-thinking", "goal-oriented",
    "energetic", "enthusiastic",
];

#[rustfmt::skip]
const BUZZ_ENVS: &[&str] = &[
    "fast-paced environment", "dynamic team", "cutting-edge organization",
    "results-driven culture", "collaborative, fast-paced environment", "high-energy team",
];

#[rustfmt::skip]
const VAGUE_ADVERBS: &[&str] = &[
    "significantly", "dramatically", "greatly", "substantially", "considerably",
    "noticeably", "drastically", "tremendously", "markedly", "hugely",
];

#[rustfmt::skip]
const VAGUE_DETS: &[&str] = &[
    "various", "multiple", "numerous", "several", "a variety of", "many", "a number of",
    "countless", "a wide range of", "lots of", "a handful of", "a ton of",
];

#[rustfmt::skip]
const TRAINEES: &[&str] = &[
    "new hires", "interns", "volunteers", "student workers", "associates", "tutors",
    "junior analysts", "first-year students", "part-time staff", "club members",
    "teaching assistants", "seasonal workers",
];

#[rustfmt::skip]
const SITES: &[&str] = &[
    "stores", "warehouses", "clinics", "campuses", "regions", "branches", "labs",
    "offices", "distribution centers", "school districts", "markets", "chapters",
];

#[rustfmt::skip]
const PERIODS: &[&str] = &["day", "week", "month", "quarter", "shift", "semester"];

#[rustfmt::skip]
const WEEKDAYS: &[&str] = &[
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "morning", "evening",
];

#[rustfmt::skip]
const SEASONS: &[&str] = &["summer", "fall", "spring", "winter"];

#[rustfmt::skip]
const MONTHS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

#[rustfmt::skip]
const MONTH_NAMES: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
];

#[rustfmt::skip]
const NUMBER_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
];

#[rustfmt::skip]
const ORDINALS: &[&str] = &["1st", "2nd", "3rd", "4th", "5th", "first", "second", "third"];

#[rustfmt::skip]
const LEGACY: &[&str] = &[
    "a daily spreadsheet export", "a paper sign-up sheet", "a manual copy-and-paste process",
    "a shared inbox", "a legacy Perl script", "a whiteboard schedule", "an Access database",
    "a fax-based ordering process", "a 40-tab Excel workbook", "a long email chain",
    "hand-written logs", "a cron job on a single server", "an outdated wiki page",
    "sticky notes on the office fridge", "a phone tree", "a clipboard checklist",
    "a monolithic PHP app", "printed binders", "a group chat", "a ten-year-old VBA macro",
    "a Google Form nobody read", "weekly status meetings", "three disconnected trackers",
];

#[rustfmt::skip]
const FINDINGS: &[&str] = &[
    "{n2} duplicate {records}", "a pricing error in {n2} {records}",
    "which {users} were most likely to leave", "the {few} steps that caused most delays",
    "{pct} of {records} with missing fields", "a mislabeled column that skewed the totals",
    "where most of the delays came from", "{n} unused software licenses",
    "one outlier site that drove most returns", "a timezone bug in the nightly job",
    "a memory leak in an old worker", "that {pct} of requests hit the same slow query",
    "a rounding error that had overstated revenue", "{n} vendors billing us twice",
    "that two teams were counting the same {records}", "a form field that silently dropped data",
];

#[rustfmt::skip]
const LESSONS: &[&str] = &[
    "a problem everyone tolerates is usually a problem nobody owns",
    "the fastest fix is often the one closest to the people using it",
    "data settles a disagreement faster than seniority does",
    "writing things down saves more time than working late",
    "a small experiment answers a question quicker than another meeting",
    "asking the people who do the work is the cheapest research there is",
    "a simple tool that everyone uses beats a clever one that nobody trusts",
    "saying what I did not know early kept the project on track",
    "measuring before and after is what makes a result believable",
    "cutting scope on purpose is better than missing a deadline by accident",
    "good documentation is a way of being kind to the next person",
    "trust comes from owning mistakes quickly",
    "the first explanation of a problem is rarely the whole story",
    "a checklist can prevent more bugs than a clever fix",
    "customers notice small delays more than missing features",
    "I should ask for help a week earlier than feels comfortable",
];

#[rustfmt::skip]
const PERSONS: &[&str] = &[
    "my manager", "the team lead", "a senior colleague", "my mentor", "the director",
    "the project lead", "our supervisor", "the department head", "the founder",
    "my supervisor", "the operations manager", "our faculty advisor",
];

#[rustfmt::skip]
const DEADLINES: &[&str] = &[
    "the end of the quarter", "the summer launch", "our next audit", "the regional review",
    "the holiday rush", "finals week", "the board meeting", "my internship ended",
    "the open house", "the next sprint review", "the grant deadline", "peak season",
];

#[rustfmt::skip]
const PROBLEMS: &[&str] = &[
    "broke at least twice a week", "was out of date by the time anyone read it",
    "nobody fully understood", "took {chore} to run", "kept losing {records}",
    "depended on one person who had just left", "produced numbers nobody trusted",
    "failed roughly two nights out of five", "had not been touched in over a year",
    "needed {n} manual steps every {weekday}", "fell over whenever demand spiked",
];

#[rustfmt::skip]
const FRUSTRATIONS: &[&str] = &[
    "complaining to the front desk", "waiting up to {n} days for an answer",
    "giving up halfway through", "emailing the team every morning",
    "leaving one-star reviews", "calling the help line twice a day",
    "working around it with their own spreadsheets",
];

#[rustfmt::skip]
const EVENTS: &[&str] = &[
    "regional hackathon", "case competition", "collegiate sales competition",
    "design challenge", "business plan contest", "robotics qualifier", "data science cup",
    "sustainability challenge", "startup weekend", "engineering expo",
];

#[rustfmt::skip]
const DEALS: &[&str] = &[
    "{n}-month contract", "bulk discount", "new supplier agreement", "sponsorship package",
    "two-year renewal", "volume pricing deal", "shared-cost partnership",
];

/// What a piece of work was for ("to give the sales team one view of its leads").
#[rustfmt::skip]
const PURPOSES: &[&str] = &[
    "give {team} a single view of {records}", "replace {legacy}",
    "let {users} track {records} without calling support",
    "catch problems before {users} noticed them", "take the weekly reporting off {team}",
    "make {the_artifact} easier to hand over", "prepare for {deadline}",
    "answer the questions {lead} kept asking", "standardize how {team} handled {records}",
    "help {users} find answers on their own", "turn {records} into decisions",
    "stop {records} from getting lost between teams",
];

/// Clauses that lengthen a bullet, put before its final period: without numbers...
#[rustfmt::skip]
const TAILS: &[&str] = &[
    ", working closely with {team}", ", replacing {legacy}", " for {team} in {city}",
    ", and documented the process for {team}", ", and presented the results to {lead}",
    " using {tools2}", ", which {team} adopted as the standard",
    " ahead of the {season} peak", " while carrying a full course load",
    ", with sign-off from {lead}", " as the only intern in the group",
];

/// ...and with them.
#[rustfmt::skip]
const TAILS_NUMBERED: &[&str] = &[
    " across {n} {sites}", " within {span}", ", covering {count} {records}",
    " with a budget of {money_flat}", ", on a team of {n}",
    ", and trained {n} {trainees} to keep it running",
];

/// People a resume bullet mentions (a resume avoids "my").
#[rustfmt::skip]
const LEADS: &[&str] = &[
    "the team lead", "the director", "the project lead", "the department head", "the founder",
    "the operations manager", "the VP of product", "the lab director", "senior leadership",
];

#[rustfmt::skip]
const FIRST_NAMES: &[&str] = &[
    "Jordan", "Maya", "Priya", "Tomasz", "Aaliyah", "Mateo", "Hana", "Elijah", "Sofia",
    "Kwame", "Ingrid", "Rafael", "Leila", "Dmitri", "Amara", "Jonah", "Noor", "Callum",
    "Yusuf", "Beatriz", "Theo", "Mei", "Oluwaseun", "Freya", "Diego", "Anika", "Rowan",
    "Samira", "Lucas", "Ayesha", "Tariq", "Greta", "Nikhil", "Isla", "Kofi", "Marisol",
    "Emeka", "Linnea", "Arjun", "Zara", "Bastian", "Chloe", "Ibrahim", "Paloma", "Wren",
    "Hiro", "Adaeze", "Soren", "Valentina", "Omar", "Keira", "Luca", "Imani", "Felix",
    "Sunita", "Caleb", "Esme", "Ravi", "Talia", "Quinn",
];

#[rustfmt::skip]
const LAST_NAMES: &[&str] = &[
    "Okafor", "Lee", "Ilunga", "Varga", "Delacroix", "Nakamura", "Brennan", "Osei",
    "Castellano", "Lindqvist", "Haddad", "Mbeki", "Novak", "Quintero", "Sato", "Abernathy",
    "Fairweather", "Kowalczyk", "Adeyemi", "Marchetti", "Whitlock", "Rahman", "Petrov",
    "Achterberg", "Oyelaran", "Thornbury", "Halvorsen", "Mirza", "Esposito", "Dunmore",
    "Kaczmarek", "Ferreira", "Ashdown", "Nwosu", "Valdés", "Greenhalgh", "Takahashi",
    "Bergstrom", "Okonkwo", "Calloway", "Demir", "Ferguson", "Ivanova", "Jablonski",
    "Kuroda", "Lachance", "Moreau", "Nightingale", "Oduya", "Pellegrino", "Rasmussen",
    "Sorensen", "Tembo", "Underwood", "Vasquez", "Winterbourne", "Yilmaz", "Zielinski",
    "Ambrose", "Benedetti",
];

#[rustfmt::skip]
const CITIES: &[&str] = &[
    "Tacoma, WA", "Portland, OR", "Boise, ID", "Madison, WI", "Raleigh, NC", "Austin, TX",
    "Columbus, OH", "Tucson, AZ", "Richmond, VA", "Omaha, NE", "Albany, NY", "Spokane, WA",
    "Des Moines, IA", "Ann Arbor, MI", "Providence, RI", "Burlington, VT", "Fresno, CA",
    "Lexington, KY", "Savannah, GA", "Duluth, MN", "Pittsburgh, PA", "Eugene, OR",
    "Chattanooga, TN", "Santa Fe, NM", "Oakland, CA", "Denver, CO", "Tulsa, OK", "Remote",
];

#[rustfmt::skip]
const COMPANIES: &[&str] = &[
    "Cedarline Health", "Harborview Analytics", "Quillfeather Software", "Northgate Robotics",
    "Bluefin Payments", "Ironwood Manufacturing", "Meadowlark Foods", "Silverpine Energy",
    "Copperleaf Retail", "Tidewater Freight", "Granite Peak Outfitters", "Lanternfish Games",
    "Redhollow Bank", "Saltmarsh Labs", "Oakridge Medical Group", "Fernway Travel",
    "Kestrel Aerospace", "Driftwood Media", "Summitline Insurance", "Maplecrest Property",
    "Orchard Lane Bakery", "Windrose Consulting", "Stonebridge Credit Union",
    "Palisade Security", "Riverbend Hospital", "Wrenfield Publishing",
    "Juniper Transit Authority", "Thistle & Pine Coffee", "Aldercrest Pharmacy",
    "Brambleway Books", "Lumen Grid Solar", "Pebblebrook Dental", "Foxglove Studios",
    "Marigold Home Care", "Crosswind Airlines", "Basalt Mining Co.", "Heronsgate Hotel",
    "Sparrowhawk Logistics", "Coldwater Creamery", "Bellwether Capital",
];

#[rustfmt::skip]
const NAME_HEADS: &[&str] = &[
    "Alder", "Birch", "Cobalt", "Dune", "Ember", "Fjord", "Glade", "Heron", "Indigo", "Juno",
    "Kettle", "Larch", "Moss", "Nimbus", "Opal", "Pine", "Quarry", "Rook", "Sable", "Thorn",
    "Umber", "Vale", "Willow", "Yarrow", "Zephyr", "Ash", "Brook", "Cinder", "Drift", "Elm",
    "Flint", "Gale", "Hollow", "Iris", "Jasper", "Kelp", "Lark", "Marsh", "North", "Oak",
];

#[rustfmt::skip]
const NAME_TAILS: &[&str] = &[
    "field", "wick", "stone", "water", "crest", "mark", "light", "gate", "ridge", "haven",
    "ford", "wood", "brook", "moor", "vale", "point", "line", "side", "well", "hurst",
];

#[rustfmt::skip]
const SCHOOLS: &[&str] = &[
    "Northlake University", "Westbrook State University", "Calder Institute of Technology",
    "Harrowgate College", "Pinehurst Community College", "Eastmoor University",
    "Lakeshore Polytechnic", "St. Aubrey College", "Redwater University",
    "Valemont State University", "Greyhaven College", "Brightfield University",
    "Ashcombe Institute", "Coppergate State College", "Larkhill University",
    "Mistral Technical College", "Orrin Valley University", "Fallowmere College",
    "Southgate A&M", "Kingsreach University",
];

#[rustfmt::skip]
const CLUBS: &[&str] = &[
    "Robotics Club", "Women in Computing", "Entrepreneurship Society", "Habitat Build Team",
    "Debate Union", "Finance Club", "Hack Club", "Outdoor Club", "Student Senate",
    "Chess Club", "Marketing Association", "Engineers Without Borders chapter",
    "Peer Tutoring Center", "Cycling Team", "Food Recovery Network", "Student Newspaper",
    "Investment Fund", "Language Exchange", "Photography Society", "Ultimate Frisbee Team",
];

#[rustfmt::skip]
const CLUB_ROLES: &[&str] = &[
    "President", "Vice President", "Treasurer", "Captain", "Volunteer Coordinator",
    "Peer Mentor", "Resident Assistant", "Events Chair", "Founder", "Secretary",
    "Outreach Lead", "Editor-in-Chief",
];

/// Bullets for clubs and activities, in any field.
#[rustfmt::skip]
const CLUB_BULLETS: &[&str] = &[
    "Grew membership from {n2} to {count_small} students by starting a weekly {club_event}.",
    "Raised {money_flat} from {n} local sponsors for the spring {club_event}.",
    "Organized {n} {club_event}s with an average attendance of {n2} students.",
    "Recruited and trained {n} {trainees} to run the {club_event}.",
    "Managed a {money_flat} annual budget and cut event costs by {pct}.",
    "Ran the {club_event} every {weekday}.",
    "Helped plan the {club_event} and handled social media posts.",
    "Secured {n} employer partners for networking nights, including {few} regional companies.",
    "Led a team of {n} volunteers who logged {count_small} service hours in one semester.",
    "Started a peer-mentoring program that matched {n2} first-year students with mentors.",
];

#[rustfmt::skip]
const CLUB_EVENTS: &[&str] = &[
    "mock-interview night", "study hall", "speaker series", "hackathon", "food drive",
    "resume clinic", "coding workshop", "case practice session", "beach cleanup",
    "tutoring drop-in", "alumni panel", "build day",
];

#[rustfmt::skip]
const PROJECT_HEADS: &[&str] = &[
    "Campus", "Shelf", "Tide", "Route", "Meal", "Study", "Pantry", "Bike", "Park", "Clinic",
    "Harbor", "Leaf", "Grid", "Pulse", "Trail", "Quill", "Spark", "Loop", "Nest", "Orbit",
    "Crop", "Lab", "Dorm", "Bus", "Rent", "Water", "Tutor", "Shift", "Budget", "Thread",
];

#[rustfmt::skip]
const PROJECT_TAILS: &[&str] = &[
    "Eats", "Sense", "Watch", "Map", "Buddy", "Board", "Sync", "Track", "Cast", "Hub", "Kit",
    "Lens", "Link", "Flow", "Scope", "Pilot", "Ledger", "Check", "Mate", "Wise",
];

/// Tools every field uses, for the skills section.
#[rustfmt::skip]
const GENERAL_TOOLS: &[&str] = &[
    "Git", "Excel", "Google Workspace", "Jira", "Slack", "Notion", "Microsoft Office",
    "Trello", "Zoom", "Linux", "Bash", "VS Code", "Confluence", "Airtable", "Smartsheet",
];

#[rustfmt::skip]
const SKILL_LANGUAGES: &[&str] = &[
    "English (native)", "Spanish (conversational)", "Mandarin (fluent)", "French (basic)",
    "Korean (intermediate)", "Portuguese (fluent)", "Arabic (native)", "German (basic)",
    "Hindi (fluent)", "Japanese (conversational)", "Swahili (native)", "ASL (basic)",
];

#[rustfmt::skip]
const CERTIFICATIONS: &[&str] = &[
    "AWS Certified Cloud Practitioner (CLF-C02)", "Google Data Analytics Certificate",
    "Lean Six Sigma Yellow Belt", "ServSafe Food Handler", "CPR and First Aid",
    "HubSpot Inbound Marketing", "Tableau Desktop Specialist", "OSHA 10",
    "Microsoft Office Specialist: Excel", "CompTIA A+", "Certified Scrum Master",
    "Bloomberg Market Concepts",
];

#[rustfmt::skip]
const QUESTIONS: &[&str] = &[
    "Tell me about a time you took on a problem that was outside your area of responsibility.",
    "Tell me about a time you put a customer's needs first.",
    "Describe a time you simplified a complicated process.",
    "Tell me about a time you had to dig into the details to find a problem.",
    "Tell me about a time you had to act quickly without all the information.",
    "Tell me about a time you accomplished more with less.",
    "Tell me about a time you disagreed with your manager.",
    "Describe a time you delivered an important project under a tight deadline.",
    "Tell me about a time you made a mistake and how you handled it.",
    "Tell me about a time you learned a new skill quickly.",
    "Describe a time you helped someone on your team grow.",
    "Tell me about a time you raised the bar on quality.",
    "Tell me about your most ambitious project.",
    "Tell me about a time you earned the trust of a skeptical colleague.",
];

/// Amazon leadership principle ids with the words a weak story uses to claim them.
#[rustfmt::skip]
const PRINCIPLES: &[(&str, &str)] = &[
    ("customer-obsession", "customer obsession"),
    ("ownership", "ownership"),
    ("invent-and-simplify", "ability to invent and simplify"),
    ("dive-deep", "ability to dive deep"),
    ("bias-for-action", "bias for action"),
    ("frugality", "frugality"),
    ("deliver-results", "ability to deliver results"),
    ("earn-trust", "ability to earn trust"),
    ("have-backbone-disagree-and-commit", "backbone"),
    ("learn-and-be-curious", "curiosity"),
    ("hire-and-develop-the-best", "ability to develop others"),
    ("insist-on-the-highest-standards", "high standards"),
    ("think-big", "ability to think big"),
];

/// First-person sentences that show each principle (same order as `PRINCIPLES`).
#[rustfmt::skip]
const PRINCIPLE_ACTIONS: &[&[&str]] = &[
    &[
        "I called {n} regular customers and asked what would make them order again.",
        "I shadowed support for {nw} days and wrote down every pain point customers mentioned.",
        "I read {count} customer reviews and grouped the complaints by theme.",
        "I interviewed users to map the customer journey from sign-up to the first order.",
        "I followed up with the customer myself and kept them informed every day.",
    ],
    &[
        "It had fallen through the cracks between two teams, so I took it upon myself to own it end-to-end.",
        "Even though it was outside my role, I stepped up and followed through until a permanent owner was named.",
        "Instead of blaming the vendor, I took responsibility for a long-term fix.",
        "On my own initiative, I took on the tech debt that nobody owned.",
    ],
    &[
        "I built a tool that replaced the manual process with a one-click export.",
        "I simplified the form from {n2} fields to {n}, removing a step nobody needed.",
        "I reused an existing {tool} script instead of writing a new one, which made it easier to use.",
        "I redesigned the flow so that {users} could serve themselves, with fewer steps and less duplicate work.",
    ],
    &[
        "I dug into the data line by line and found a discrepancy between two reports.",
        "I added logging to every step and narrowed down the failures to the {artifact}.",
        "Using the five whys, I traced the problem to {finding}.",
        "I cross-checked {count} {records} by hand and isolated the issue within a day.",
    ],
    &[
        "Rather than waiting for the next planning cycle, I spun up a quick prototype the same day.",
        "I made a quick decision to roll back the change and shipped a hotfix within the hour.",
        "Instead of waiting for approval, I ran a quick experiment with {n} {users}.",
    ],
    &[
        "Instead of buying new equipment, I repurposed {n} old laptops and used the free tier of {tool}.",
        "With a limited budget of {money_flat}, I negotiated a discount with a local supplier.",
        "I used existing tools instead of buying a license, which kept cloud costs flat.",
    ],
    &[
        "I prioritized the {few} tasks on the critical path and cut scope on the rest to hit the deadline.",
        "Despite setbacks with {tool}, I kept going and delivered the final deliverable on time.",
        "I set a weekly milestone and we met the deadline with {few} days to spare.",
    ],
    &[
        "I admitted my mistake to {person} the same afternoon and kept them updated every day until it was fixed.",
        "I listened carefully to the {users}, heard them out, and gave credit to the {trainees} who had spotted the issue first.",
        "I had a difficult conversation with {person}, owned up to the delay, and rebuilt trust by keeping my word.",
    ],
    &[
        "When {person} wanted to launch anyway, I disagreed and made the case with data from {count} {records}.",
        "I pushed back on the plan in the meeting, and once the team overruled me, I committed fully to the decision.",
        "I held my ground with a more senior colleague and proposed a counter-proposal backed by a test.",
    ],
    &[
        "I had never used {tool}, so I read the documentation on my own time and built a side project to learn it.",
        "I took an online course in {tool} over {span} to close the knowledge gap.",
        "I read papers on the topic in my spare time and experimented with a new framework.",
    ],
    &[
        "I mentored {few} new hires and wrote an onboarding guide for the next group.",
        "I ran a workshop on {tool} and gave each mentee constructive feedback every week.",
        "I paired with the newest intern and coached her until she could run the process alone.",
    ],
    &[
        "I added automated tests and a review checklist so that the same defect could not slip through again.",
        "I delayed the release by {n} days because the error rate was below the bar.",
        "I wrote acceptance criteria for every step and did a quality check on each batch.",
    ],
    &[
        "I pitched the idea of rolling it out to every store as a company-wide standard.",
        "I wrote a one-page roadmap for expanding the approach to {n} other {sites}.",
        "I reframed the goal as a 10x improvement rather than a small fix, and rallied {few} volunteers behind it.",
    ],
];

// ---------------------------------------------------------------------------------------
// Fields of study and work

/// One field of study and work: what its people make, measure and use.
///
/// Metrics carry their unit after a `|`: `t` a duration of hours or days, `l` a latency
/// in milliseconds, `d` a number of days, `r` a rate in percent, `c` a cost, `n` a count, `k` a star rating,
/// `s` anything measured only relatively.
struct Domain {
    field: &'static str,
    majors: &'static [&'static str],
    titles: &'static [&'static str],
    verbs: &'static [&'static str],
    artifacts: &'static [&'static str],
    down: &'static [&'static str],
    up: &'static [&'static str],
    tools: &'static [&'static str],
    teams: &'static [&'static str],
    users: &'static [&'static str],
    records: &'static [&'static str],
    courses: &'static [(&'static str, &'static str)],
}

#[rustfmt::skip]
const SOFTWARE: Domain = Domain {
    field: "software engineering",
    majors: &["Computer Science", "Software Engineering", "Computer Engineering"],
    titles: &[
        "Software Engineering Intern", "Backend Developer Intern", "Full-Stack Developer",
        "Site Reliability Intern", "Mobile Developer Intern", "Undergraduate Teaching Assistant",
        "Platform Engineering Intern", "QA Automation Intern", "Web Developer (part-time)",
    ],
    verbs: &[
        "coded", "programmed", "containerized", "parallelized", "refactored", "deployed",
        "shipped", "migrated", "instrumented", "scripted", "architected", "engineered",
        "rewrote", "automated", "open-sourced", "load-tested", "hardened", "integrated",
    ],
    artifacts: &[
        "shipment-tracking API", "REST API", "GraphQL gateway", "React dashboard", "CI pipeline",
        "deployment pipeline", "feature-flag service", "authentication flow", "rate limiter",
        "caching layer", "search index", "notification system", "billing microservice",
        "admin console", "command-line tool", "load-testing harness", "integration test suite",
        "unit test suite", "database schema", "data migration script", "logging library",
        "metrics exporter", "alerting rule set", "Slack bot", "browser extension",
        "mobile checkout flow", "onboarding wizard", "job scheduler", "webhook handler",
        "image-resizing worker", "internal SDK", "on-call runbook", "Terraform module",
        "Helm chart", "accessibility audit script", "chat widget", "offline sync engine",
        "payment retry queue", "status page",
    ],
    down: &[
        "API latency|l", "p99 latency|l", "build time|t", "deploy time|t", "page load time|l",
        "error rate|r", "cloud spend|c", "hosting costs|c", "memory usage|s", "crash rate|r",
        "flaky test failures|n", "on-call pages|n", "cold-start time|l", "bundle size|s",
    ],
    up: &[
        "test coverage|r", "throughput|s", "cache hit rate|r", "deployment frequency|s",
        "app store rating|k", "daily active users|n", "search click-through|r",
    ],
    tools: &[
        "Python 3.11", "Java 17", "Go 1.22", "Rust 1.78", "TypeScript 5.4", "React 18",
        "Node.js 20", "Django 5.0", "Flask 3.0", "Spring Boot 3", "PostgreSQL 16", "Redis 7",
        "Docker", "Kubernetes 1.29", "Terraform 1.7", "GitHub Actions", "AWS Lambda", "EC2",
        "S3", "DynamoDB", "gRPC", "GraphQL", "Next.js 14", "Kotlin 1.9", "Swift 5.9", "C++17",
        "Grafana", "Prometheus", "Elasticsearch 8", "Vue 3", "MySQL 8.0", "Kafka 3.6",
    ],
    teams: &[
        "the payments team", "the platform team", "the mobile team", "the checkout squad",
        "the search team", "the infrastructure group", "two product teams",
        "the support engineers",
    ],
    users: &[
        "developers", "customers", "merchants", "drivers", "students", "beta testers",
        "internal users", "API clients",
    ],
    records: &[
        "log lines", "API requests", "bug reports", "crash reports", "pull requests",
        "support tickets", "database rows", "test cases",
    ],
    courses: &[
        ("CS", "Data Structures and Algorithms"), ("CS", "Operating Systems"),
        ("CS", "Database Systems"), ("CS", "Distributed Systems"),
        ("CS", "Functional Programming"), ("CSE", "Computer Networks"),
        ("CS", "Compilers"), ("ECE", "Computer Architecture"), ("CS", "Software Engineering"),
    ],
};

#[rustfmt::skip]
const DATA: Domain = Domain {
    field: "data analytics",
    majors: &["Statistics", "Data Science", "Mathematics", "Economics"],
    titles: &[
        "Data Analyst Intern", "Data Science Intern", "Business Intelligence Intern",
        "Research Data Assistant", "Analytics Engineer Intern", "Machine Learning Intern",
    ],
    verbs: &[
        "modeled", "forecast", "automated", "scripted", "visualized", "engineered", "trained",
        "tuned", "backtested", "productionized", "validated", "deployed", "wrote", "built",
    ],
    artifacts: &[
        "churn prediction model", "demand forecast", "Tableau dashboard", "Power BI report",
        "ETL pipeline", "dbt model", "A/B testing framework", "data dictionary",
        "customer segmentation", "pricing model", "anomaly detector", "recommendation model",
        "survey analysis", "cohort report", "data quality check", "feature store",
        "sales forecast", "KPI scorecard", "text classifier", "fraud detection model",
        "geospatial analysis", "weekly metrics email", "Jupyter notebook template",
        "regression analysis", "sentiment model", "inventory forecast", "attribution model",
        "data warehouse schema", "Airflow DAG", "labeling guideline",
    ],
    down: &[
        "report turnaround time|t", "forecast error|r", "manual data entry|t",
        "false positive rate|r", "query costs|c", "dashboard load time|l",
        "pipeline failures|n", "stockouts|n",
    ],
    up: &[
        "forecast accuracy|r", "model precision|r", "recall|r", "email open rate|r",
        "data freshness|s", "conversion rate|r", "self-service adoption|r",
    ],
    tools: &[
        "Python 3.12", "pandas 2.2", "NumPy", "scikit-learn 1.4", "PyTorch 2.2",
        "TensorFlow 2.15", "R 4.3", "SQL", "Snowflake", "BigQuery", "Tableau", "Power BI",
        "Looker", "Airflow 2.8", "dbt", "Spark 3.5", "Jupyter", "Excel", "Stata 18", "SPSS",
        "SageMaker", "Databricks",
    ],
    teams: &[
        "the marketing analytics team", "the finance team", "the growth team", "the risk team",
        "the merchandising team", "two regional managers", "the executive team",
    ],
    users: &[
        "analysts", "store managers", "account managers", "researchers", "executives",
        "marketers",
    ],
    records: &[
        "transactions", "customer records", "survey responses", "rows of sales data",
        "sensor readings", "insurance claims", "web sessions", "product reviews",
    ],
    courses: &[
        ("STAT", "Regression Analysis"), ("STAT", "Probability Theory"),
        ("MATH", "Linear Algebra"), ("DS", "Machine Learning"), ("ECON", "Econometrics"),
        ("STAT", "Bayesian Statistics"), ("DS", "Data Visualization"),
    ],
};

#[rustfmt::skip]
const BUSINESS: Domain = Domain {
    field: "marketing and sales",
    majors: &["Business Administration", "Marketing", "Finance", "Economics", "Communication"],
    titles: &[
        "Business Development Intern", "Marketing Coordinator", "Sales Associate",
        "Financial Analyst Intern", "Account Management Intern", "Social Media Assistant",
        "Investment Banking Summer Analyst", "Product Marketing Intern",
    ],
    verbs: &[
        "wrote", "ran", "presented", "modeled", "researched", "produced", "drafted", "tested",
        "localized", "refreshed", "A/B-tested", "scoped",
    ],
    artifacts: &[
        "email campaign", "sales playbook", "pitch deck", "competitive analysis",
        "pricing proposal", "referral program", "social media calendar", "brand style guide",
        "customer survey", "lead-scoring model", "budget model", "financial model",
        "market sizing study", "partner newsletter", "product launch plan", "webinar series",
        "loyalty program", "CRM workflow", "sales territory plan", "investor memo",
        "case study", "press kit", "landing page", "trade show booth",
        "customer onboarding kit", "quarterly business review", "expense policy",
        "vendor scorecard",
    ],
    down: &[
        "customer acquisition cost|c", "churn|r", "days sales outstanding|d", "cost per lead|c",
        "sales cycle length|d", "invoice errors|n", "unsubscribe rate|r",
    ],
    up: &[
        "qualified pipeline|c", "conversion rate|r", "click-through rate|r", "monthly revenue|c",
        "Instagram followers|n", "renewal rate|r", "average order value|c",
        "event attendance|n", "net promoter score|s",
    ],
    tools: &[
        "Salesforce", "HubSpot", "Excel", "Google Analytics 4", "Canva", "Mailchimp",
        "Hootsuite", "QuickBooks", "Bloomberg Terminal", "Google Ads",
        "LinkedIn Sales Navigator", "Zoom", "Notion", "Shopify", "Qualtrics", "PowerPoint",
    ],
    teams: &[
        "the sales team", "3 account executives", "the marketing team", "the finance office",
        "the partnerships team", "the founders", "the regional director",
    ],
    users: &[
        "small-business owners", "prospects", "customers", "donors", "subscribers", "clients",
        "students",
    ],
    records: &[
        "cold calls", "CRM records", "invoices", "expense reports", "leads",
        "customer interviews", "support emails",
    ],
    courses: &[
        ("MKTG", "Marketing Research"), ("MKTG", "Professional Selling"),
        ("BUS", "Business Statistics"), ("FIN", "Corporate Finance"),
        ("ACCT", "Managerial Accounting"), ("ECON", "Intermediate Microeconomics"),
        ("MGMT", "Negotiation"),
    ],
};

#[rustfmt::skip]
const OPERATIONS: Domain = Domain {
    field: "operations",
    majors: &[
        "Supply Chain Management", "Industrial Engineering", "Hospitality Management",
        "Operations Management",
    ],
    titles: &[
        "Operations Intern", "Warehouse Associate", "Shift Supervisor", "Logistics Coordinator",
        "Barista", "Front Desk Associate", "Store Associate", "Procurement Intern",
    ],
    verbs: &[
        "scheduled", "digitized", "relabeled", "mapped", "automated", "audited", "rerouted",
        "reorganized", "rolled out", "ran", "rewrote", "laid out", "color-coded", "trialed",
    ],
    artifacts: &[
        "inventory tracking sheet", "pick-and-pack process", "shift schedule", "returns process",
        "receiving checklist", "vendor onboarding process", "safety training",
        "cycle count procedure", "delivery route plan", "staff training manual",
        "reorder system", "warehouse layout", "shipping label workflow",
        "standard operating procedure", "kitchen prep list", "customer complaint log",
        "equipment maintenance schedule", "packaging redesign", "loss-prevention checklist",
        "supplier contract", "holiday staffing plan",
    ],
    down: &[
        "order processing time|t", "shipping errors|n", "overtime hours|n", "food waste|s",
        "customer wait times|t", "stockouts|n", "damaged shipments|n", "returns backlog|n",
        "supply costs|c",
    ],
    up: &[
        "on-time delivery rate|r", "order accuracy|r", "inventory accuracy|r",
        "units picked per hour|n", "customer satisfaction|k", "table turnover|s",
    ],
    tools: &[
        "SAP", "Oracle NetSuite", "Excel", "Google Sheets", "Zebra scanners", "ShipStation",
        "Square POS", "Toast POS", "Lean Six Sigma", "Tableau", "Asana", "Microsoft Teams",
        "Odoo 17",
    ],
    teams: &[
        "the warehouse team", "the night shift", "12 store associates", "the kitchen staff",
        "the purchasing team", "the operations lead", "the front desk team",
    ],
    users: &["customers", "guests", "drivers", "vendors", "store managers", "warehouse staff"],
    records: &[
        "orders", "shipments", "SKUs", "purchase orders", "returned parcels", "delivery stops",
        "pallets",
    ],
    courses: &[
        ("SCM", "Logistics and Distribution"), ("IE", "Operations Research"),
        ("SCM", "Procurement and Sourcing"), ("HTM", "Hospitality Operations"),
        ("IE", "Quality Control"), ("OM", "Lean Operations"),
    ],
};

#[rustfmt::skip]
const RESEARCH: Domain = Domain {
    field: "engineering and lab work",
    majors: &[
        "Mechanical Engineering", "Biology", "Chemistry", "Electrical Engineering",
        "Environmental Science", "Biomedical Engineering",
    ],
    titles: &[
        "Undergraduate Research Assistant", "Lab Technician", "Mechanical Engineering Intern",
        "Field Research Assistant", "Quality Engineering Intern",
        "Electrical Engineering Co-op", "Clinical Research Assistant",
    ],
    verbs: &[
        "fabricated", "machined", "soldered", "wired", "calibrated", "assembled", "modeled",
        "simulated", "3D-printed", "characterized", "instrumented", "programmed", "tested",
    ],
    artifacts: &[
        "test fixture", "sensor array", "data acquisition system", "lab protocol", "CAD model",
        "finite element model", "PCB layout", "control loop", "sampling plan",
        "microscopy pipeline", "water-quality study", "wind tunnel rig", "3D-printed prototype",
        "calibration procedure", "literature review", "poster presentation", "grant report",
        "drone survey", "soil sampling kit", "motor controller", "battery test bench",
        "image segmentation script", "cell culture protocol", "failure analysis report",
        "heat exchanger design",
    ],
    down: &[
        "measurement error|r", "sample processing time|t", "part weight|s", "scrap rate|r",
        "power consumption|s", "assay cost|c", "setup time|t", "signal noise|s",
    ],
    up: &[
        "sample throughput|n", "yield|r", "signal-to-noise ratio|s", "fatigue life|s",
        "rig utilization|r", "battery life|s",
    ],
    tools: &[
        "MATLAB R2023b", "SolidWorks 2023", "AutoCAD", "LabVIEW", "Arduino", "Raspberry Pi 4",
        "ANSYS", "Simulink", "KiCad 7", "ImageJ", "R 4.3", "Python 3.10", "Origin",
        "GraphPad Prism", "Fusion 360", "oscilloscopes",
    ],
    teams: &[
        "the principal investigator", "4 graduate students", "the quality team",
        "the lab manager", "the manufacturing line", "the capstone team",
    ],
    users: &["researchers", "lab members", "technicians", "patients", "field crews", "students"],
    records: &[
        "samples", "water samples", "images", "test runs", "specimens", "survey plots",
        "patient charts",
    ],
    courses: &[
        ("ME", "Thermodynamics"), ("ME", "Machine Design"), ("BIO", "Cell Biology"),
        ("CHEM", "Organic Chemistry"), ("EE", "Signals and Systems"), ("ENVS", "Hydrology"),
        ("BME", "Biomechanics"), ("ME", "Fluid Mechanics"),
    ],
};

#[rustfmt::skip]
const DESIGN: Domain = Domain {
    field: "design and media",
    majors: &[
        "Graphic Design", "Human-Computer Interaction", "Psychology", "Journalism", "English",
    ],
    titles: &[
        "UX Design Intern", "Graphic Designer", "Content Writer", "Editorial Intern",
        "Product Design Intern", "Video Production Assistant", "UX Research Assistant",
    ],
    verbs: &[
        "sketched", "illustrated", "filmed", "edited", "wrote", "composed", "storyboarded",
        "photographed", "animated", "published", "produced", "wireframed", "copy-edited",
    ],
    artifacts: &[
        "design system", "Figma prototype", "usability study", "user journey map", "icon set",
        "onboarding flow", "brand refresh", "newsletter", "style guide", "short documentary",
        "podcast series", "campus magazine issue", "accessibility guideline",
        "checkout redesign", "information architecture", "persona set",
        "motion graphics package", "photo archive", "microcopy guide", "event poster series",
    ],
    down: &[
        "task completion time|t", "support requests|n", "sign-up drop-off|r",
        "design handoff time|t", "production costs|c",
    ],
    up: &[
        "task success rate|r", "page views|n", "readership|n", "newsletter subscribers|n",
        "engagement|s", "accessibility score|s", "video views|n",
    ],
    tools: &[
        "Figma", "Adobe Illustrator", "Adobe Photoshop", "Adobe Premiere Pro", "After Effects",
        "InDesign", "Webflow", "Framer", "Miro", "Maze", "Final Cut Pro", "WordPress",
        "Procreate", "Blender 4.0",
    ],
    teams: &[
        "the product team", "the editorial board", "two developers",
        "the communications office", "the marketing team", "the design lead",
    ],
    users: &["readers", "participants", "users", "listeners", "visitors", "students"],
    records: &[
        "interviews", "usability sessions", "articles", "photos", "survey responses",
        "design tickets",
    ],
    courses: &[
        ("DES", "Typography"), ("HCI", "User-Centered Design"), ("PSYC", "Cognitive Psychology"),
        ("JOUR", "Feature Writing"), ("DES", "Interaction Design"), ("ENGL", "Technical Writing"),
    ],
};

const DOMAINS: &[&Domain] = &[&SOFTWARE, &DATA, &BUSINESS, &OPERATIONS, &RESEARCH, &DESIGN];

// ---------------------------------------------------------------------------------------
// Sentence templates

/// Quantified resume bullets.
#[rustfmt::skip]
const BULLETS_QUANTIFIED: &[&str] = &[
    "{cverb} {a_artifact} in {tool}{for_users}{purpose}, {result}.",
    "{cverb} {a_artifact} with {tools2}{purpose}, {result}.",
    "{dverb} {down} by {pct} by {gerund} {the_artifact} in {tool}.",
    "{dverb} {down_change} after {legacy_gerund} {legacy} with {a_artifact}.",
    "{uverb} {up_change} by {gerund} {the_artifact} for {users}.",
    "{uverb} {up} by {pct} across {n} {sites}, {result}.",
    "{tverb} {n} {trainees} on {the_artifact}, {result}.",
    "{averb} {count} {records} in {tool} to find {finding}, {result}.",
    "{averb} {count} {records}{purpose} and presented the findings to {team}, {result}.",
    "{deal_verb} {a_deal} with {company}, saving {money}.",
    "{cverb} {a_artifact} that handles {count} {records} per {period} at {mult} the old throughput.",
    "Ranked {ordinal} of {n2} {trainees} in {up} during the {season} term.",
    "{cverb} {a_artifact} used by {count} {users} across {n} {sites}.",
    "{dverb} {down_change} by moving {count} {records} to {tool}.",
    "{cverb} and {cverb} {a_artifact} in {span}, {result}.",
    "Won {ordinal} place of {n2} teams at the {year} {event} with {a_artifact} built in {tool}.",
    "{cverb} {a_artifact} for {team} in {tool}, replacing {legacy}, and {result_past}.",
    "{check_verb} {count} {records} against the source system, catching {money_flat} in errors.",
    "{lverb} a team of {n} {trainees} through the rollout of {a_artifact}, {result}.",
    "{cverb} {a_artifact} in {span} using {tool}{purpose}, {result}.",
    "{dverb} {down_change} for {count} {users} by {gerund} {the_artifact}.",
    "{uverb} {up_change} in {span} after {cverb_ing} {a_artifact} in {tool}.",
];

/// Resume bullets with no number in them.
#[rustfmt::skip]
const BULLETS_PLAIN: &[&str] = &[
    "{cverb} {a_artifact} in {tools2} for {team}{purpose}.",
    "{cverb} {a_artifact} to replace {legacy}.",
    "{averb} {records} from {team} and summarized the findings for {team}.",
    "{tverb} {trainees} on {the_artifact} and {tool}.",
    "{mverb} with {team} to {base} {the_artifact}.",
    "{cverb} {the_artifact} for {users}, including {a_artifact} and {a_artifact}.",
    "{uverb} the reliability of {the_artifact} by {legacy_gerund} {legacy}.",
    "{cverb} {a_artifact} in {tool} so that {users} could track {records} themselves.",
    "{averb} {records} every {period} and flagged issues to {team}.",
    "{cverb} {the_artifact}{purpose} and wrote documentation for {team}.",
    "{mverb} with {users} to gather feedback on {the_artifact}.",
    "{cverb} {a_artifact} on {tool}{purpose}, with {a_artifact} for {team}.",
    "{cverb} {a_artifact} that let {team} {base} {the_artifact} without waiting on engineering.",
];

/// Resume bullets that open weakly.
#[rustfmt::skip]
const BULLETS_WEAK: &[&str] = &[
    "{weakg} {gerund} {the_artifact} for {team}.",
    "{weakg} {gerund} {records} and {gerund} {the_artifact}.",
    "{weakn} {the_artifact} and {the_artifact}.",
    "{weakn} {the_artifact} using {tool}.",
    "Supported {team} on {the_artifact} and other tasks as needed.",
    "Used {tool} to {base} {the_artifact}.",
    "Utilized {tools2} for {records}.",
];

/// Resume bullets with vague amounts.
#[rustfmt::skip]
const BULLETS_VAGUE: &[&str] = &[
    "{uverb} {up} {vague_adv} by {gerund} {the_artifact}.",
    "{cverb} {a_artifact} that {vague_adv} reduced {down} for {vague_det} {users}.",
    "{averb} {vague_det} {records} and {vague_adv} improved {the_artifact}.",
    "{dverb} {down} {vague_adv} across {vague_det} {sites}.",
    "{cverb} {vague_det} improvements to {the_artifact}, saving {team} {vague_det} hours.",
];

/// Resume bullets full of buzzwords.
#[rustfmt::skip]
const BULLETS_BUZZ: &[&str] = &[
    "Collaborated as a {buzzn} with {team} to deliver {a_artifact} in a {buzz_env}.",
    "Leveraged {tool} to {base} {the_artifact} and drive synergy across {team}.",
    "Went above and beyond to {base} {the_artifact} in a {buzz_env}.",
    "{cverb} a best-in-class {artifact} as a {buzza} {buzzn} on {team}.",
    "Proactively {cverb} {a_artifact}, demonstrating excellent communication skills.",
    "Served as the go-to person for {the_artifact}, thinking outside the box.",
];

/// Resume bullets in the first person.
#[rustfmt::skip]
const BULLETS_FIRST_PERSON: &[&str] = &[
    "I {cverb} {a_artifact} in {tool} for {team}.",
    "My role was to {base} {the_artifact}, which I did with {tool}.",
    "{cverb} {a_artifact} that my team used every {period}.",
];

/// The tail of a quantified bullet: what changed, by how much.
#[rustfmt::skip]
const RESULTS: &[&str] = &[
    "saving {team} about {n} hours per week",
    "cutting {down} by {pct}",
    "reducing {down_change}",
    "raising {up_change}",
    "which reduced {down} by {pct}",
    "serving {count} {users}",
    "now used by {n} {sites}",
    "adding {money_flat} in annual revenue",
    "saving {money_flat} a year",
    "finishing {short} ahead of schedule",
    "at {mult} the previous speed",
    "handling {count} {records} per {period}",
    "with zero missed deadlines over {span}",
    "lifting {up} by {pct}",
    "which {uverb} {up} by {pct} in {span}",
    "and {dverb} {down_change}",
    "sourcing {money_flat} in qualified pipeline",
    "freeing up {n} hours per {period} for {team}",
];

#[rustfmt::skip]
const SUMMARIES_STRONG: &[&str] = &[
    "{major} student (graduating {grad}) who has {cverb} {a_artifact} in {tool} and {cverb} {a_artifact} for {count} {users}. Seeking a {season} {next_year} internship in {field}.",
    "{major} student with {few} internships in {field}; {cverb} {a_artifact} that {result_past}. Looking for a {role} role starting {grad}.",
    "Intern in {field} who {cverb} {a_artifact} at {company} and {dverb} {down} by {pct}. Graduating {grad} with a {major} degree.",
];

#[rustfmt::skip]
const SUMMARIES_WEAK: &[&str] = &[
    "{buzza_cap} and {buzza} {major} student with {vague_det} skills in {tools2}. Seeking an opportunity to leverage my skills in a {buzz_env}.",
    "{buzza_cap} {buzzn} with a proven track record and excellent communication skills. Passionate about {field} and eager to learn.",
    "Motivated {major} student looking for a challenging position where I can grow and contribute to the team as a {buzzn}.",
];

/// A second sentence for a summary.
#[rustfmt::skip]
const SUMMARY_EXTRAS: &[&str] = &[
    "Comfortable with {tool}, {tools2}, and happiest when working directly with {users}.",
    "Previously {cverb} {a_artifact} for {team} at {company}.",
    "Known for clear documentation and for finishing what I start.",
    "Fluent in {tools2}; currently learning {tool}.",
    "Interested in roles where {field} meets {users}.",
];

/// One line that describes a job before its bullets.
#[rustfmt::skip]
const JOB_BLURBS: &[&str] = &[
    "Team of {n} responsible for the {main} used by {count_small} {users}.",
    "{size_cap} company; reported to {lead}.",
    "Part-time, 20 hours per week during the semester.",
    "Worked across {mteam} and {team} on the {main}.",
    "Supported {count_small} {users} in {n} {sites}.",
];

/// What a quantified summary says came of the work.
#[rustfmt::skip]
const RESULTS_PAST: &[&str] = &[
    "cut {down} by {pct}", "saved {team} {n} hours a week", "reached {count} {users}",
    "brought in {money_flat}", "raised {up_change}",
];

/// The first sentence of a story: who, where, when.
#[rustfmt::skip]
const OPENINGS: &[&str] = &[
    "During my {season} internship at {mcompany}, {mteam} relied on {a_main} that {problem}.",
    "{time_ago}, I was working as {a_role} at {mcompany}, a {size} company in {city}.",
    "I was one of {n} people at {mcompany} who looked after the {main}.",
    "{time_ago}, I joined {mcompany} as {a_role}, and within a week I was asked about the {main}.",
    "At my internship with {mcompany}, the {main} was the one thing everyone complained about.",
];

#[rustfmt::skip]
const SITUATIONS: &[&str] = &[
    "At the time, {mdown} had reached {mdown_level}, and {users} were {frustration}.",
    "Every {weekday}, someone on {mteam} rebuilt the numbers by hand, which took about {chore}.",
    "The {main} had been neglected for {span}, and nobody considered it their job.",
    "By {month_name}, {count} {mrecords} were waiting in the queue, and things were getting worse every week.",
    "For context, {mcompany} had grown from {n} to {n2} {sites} in two years, but the {main} had not changed.",
    "Most of the {mrecords} went through {legacy}, so mistakes were common and hard to trace.",
    "{users_cap} had started to notice: {pct} of them mentioned {mdown} in the last survey.",
    "The {main} {problem}, and {mteam} had stopped trusting it.",
];

#[rustfmt::skip]
const TASKS: &[&str] = &[
    "My task was to {base} {the_main} before {deadline}.",
    "My goal was to cut {mdown} in half without adding headcount.",
    "I was asked to {base} {the_main} for {mteam} within {span}.",
    "I needed to fix it while keeping my main project on schedule.",
    "Nobody had asked me to fix it, but I decided to treat it as my problem.",
    "{person_cap} gave me {short} to find out why {mdown} kept rising.",
    "The challenge was to {base} {the_main} with no budget and only {few} volunteers.",
    "I wanted to find out whether the {main} could be fixed rather than replaced.",
    "My goal was to improve {mup} before {deadline} without slowing anyone down.",
];

#[rustfmt::skip]
const ACTION_OPENERS: &[&str] = &[
    "I started by collecting {count} {mrecords} from the last {span} and sorting them by cause.",
    "First, I built {a_artifact} in {mtool} so that {mteam} could see the backlog at a glance.",
    "I began by interviewing {n} {users} about how they actually used the {main}.",
    "My first step was to measure {mdown} for a full {period} so I had a baseline.",
    "First, I mapped every step of the {main} on a whiteboard with {mteam}.",
];

#[rustfmt::skip]
const ACTION_MIDDLES: &[&str] = &[
    "Then I sat with {n} {users} to understand how they actually used the {main}.",
    "I replaced {legacy} with {a_artifact} built in {mtool} and {tool}.",
    "I {averb} {count} {mrecords} and found {finding}.",
    "To test the idea, I built a small prototype over a weekend and showed it to {person}.",
    "I set up a simple alert that posted the failing step and a link to the team channel.",
    "I asked {person} for {n} hours a week of help and scheduled short check-ins every {weekday}.",
    "I moved the slowest step into {mtool}, which let it run overnight instead of during the day.",
    "I split the work into {few} stages and shipped the first one within {short}.",
    "When the first version failed on {pct} of the {mrecords}, I rewrote the matching rules and ran it again.",
    "I documented every edge case in a shared sheet so {mteam} could review my changes.",
    "I compared {few} options on cost and effort and recommended the cheapest one that met the goal.",
    "Next, I wrote a one-page guide so the next person would not have to start from zero.",
    "I paired with {person} to review each change before it went live.",
    "I wrote a short script in {mtool} that checked new {mrecords} as they arrived.",
    "I presented the plan to {mteam} and asked them to poke holes in it.",
    "I kept a daily log of what I changed and what happened to {mdown}.",
    "I ran the old and new versions side by side for {short} to compare them.",
    "I cleaned up {count} old {mrecords} so that the new {main} started from accurate data.",
    "I booked {n} short sessions with {users} to test the new version before launch.",
    "I measured {mdown} every day for {span} to make sure the fix held.",
];

#[rustfmt::skip]
const ACTION_CLOSERS: &[&str] = &[
    "Finally, I {cverb} {a_artifact} and trained {n} {trainees} to use it.",
    "Finally, I handed the {main} over to {mteam} with a checklist and a short demo.",
    "Last, I set up a monthly review so {mdown} would not creep back up.",
    "Finally, I wrote a one-page runbook so the next person would not have to start from zero.",
];

#[rustfmt::skip]
const RESULTS_STORY: &[&str] = &[
    "As a result, {mdown} fell {mdown_delta} within {span}.",
    "Over the following {span}, {mup} rose {mup_delta}.",
    "The change saved {mteam} about {n} hours per week, and {person} added my guide to the onboarding material.",
    "Within {span}, the backlog of {count} {mrecords} was cleared and {mdown} dropped by {pct}.",
    "{person_cap} later asked me to present the approach to {few} other teams.",
    "We finished {short} ahead of the deadline and {money_flat} under budget.",
    "The new process is still in use, and {mup} has held at the new level since.",
    "In the first month alone it saved {money_flat}, and complaints from {users} dropped by {pct}.",
];

#[rustfmt::skip]
const WE_SENTENCES: &[&str] = &[
    "We had a lot to do and there were many problems with the {main}.",
    "We worked really hard on it and we used {tools2}.",
    "Our team {vague_adv} {uverb} {mup} by making various changes.",
    "We {cverb} {a_artifact} together and everyone helped out.",
    "We met every {weekday} to talk about the {main} and what to do next.",
    "In the end it went well and everyone was happy with it.",
    "We got good feedback from {users} and {person} said it was great.",
    "There were some issues along the way but we got through them as a team.",
    "We also looked at {vague_det} {mrecords} to see what was going on.",
    "We tried a few different things until something worked.",
    "We split up the tasks and each person took a part of the {main}.",
    "It took longer than we expected because we had a lot of other work too.",
    "Then we tested it and fixed the bugs that came up.",
];

#[rustfmt::skip]
const TITLES: &[&str] = &[
    "Fixing the {main} nobody owned", "Cutting {mdown} at {mcompany}",
    "The {main} that kept breaking", "When {users} stopped waiting",
    "Rebuilding the {main} in {span}", "Winning back {users}",
    "The night the {main} failed", "Clearing the {mrecords} backlog",
    "A cheaper {main}", "Disagreeing about the {main}", "{nw_cap} weeks to fix the {main}",
    "Teaching {mteam} a new {main}", "What the {mrecords} were hiding",
];

#[rustfmt::skip]
const LETTER_OPENINGS: &[&str] = &[
    "I am applying for the {role} position at {mcompany} for {season} {next_year}. I am a {major} student at {school}, graduating in {grad}, and I enjoy the part of {field} where a messy problem turns into something people use every day.",
    "I was excited to see the {role} opening at {mcompany}. As a {major} student at {school} who has spent the last {few} years working on problems in {field}, I would like to bring that experience to {mteam}.",
    "Please accept my application for the {role} role. I study {major} at {school}, will graduate in {grad}, and have spent my summers building things for {users}.",
];

#[rustfmt::skip]
const LETTER_OPENINGS_WEAK: &[&str] = &[
    "I am writing to express my interest in the {role} position. I am a {buzza} and {buzza} individual with excellent communication skills and a passion for {field}.",
    "I am a highly motivated {major} student and a true team player who thrives in a {buzz_env}. I believe I would be a great fit for your company.",
];

#[rustfmt::skip]
const LETTER_EVIDENCE: &[&str] = &[
    "At {mcompany}, I worked as {a_role}.", "Most recently, I was {a_role} at {mcompany}.",
    "During my {season} internship at {mcompany}, I worked on the {main}.",
    "As {a_role} at {mcompany}, I learned how much {mdown} matters to {users}.",
    "In a class project, my team of {n} took on the {main} for a local nonprofit.",
];

#[rustfmt::skip]
const LETTER_WHY: &[&str] = &[
    "I am especially interested in {mcompany} because of how it serves {users}, and I would love to help {mteam} {base} {the_main}.",
    "What draws me to {mcompany} is its focus on {users}; I have read about the {main} your team launched last year and would like to help it grow.",
    "I admire how {mcompany} measures what matters, and I would bring the same habit of tracking {mup} to your team.",
    "I have followed {mcompany} since a guest lecture by one of your engineers, and the way your team talks about {users} matches how I like to work.",
];

#[rustfmt::skip]
const LETTER_CLOSINGS: &[&str] = &["Sincerely,", "Best regards,", "Kind regards,", "Warm regards,"];

#[rustfmt::skip]
const SIZES: &[&str] = &[
    "small", "fast-growing", "family-owned", "mid-sized", "40-person", "regional",
    "venture-backed", "nonprofit",
];

#[rustfmt::skip]
const TIME_AGO: &[&str] = &[
    "Last summer", "Two years ago", "In my sophomore year", "During my junior year",
    "A few months ago", "In my first year of college", "Back in 2023", "Last spring",
    "At my previous job",
];

/// Words that would make a `## story title` look like a resume section.
#[rustfmt::skip]
const SECTION_WORDS: &[&str] = &[
    "about", "objective", "profile", "summary", "academic", "coursework", "education",
    "certifications", "competencies", "languages", "skills", "technologies", "tools",
    "achievements", "awards", "honors", "scholarships", "portfolio", "projects",
    "activities", "community", "extracurricular", "involvement", "leadership", "service",
    "volunteer", "volunteering", "employment", "experience", "internships", "research", "work",
];

// ---------------------------------------------------------------------------------------
// Filling templates

/// What stays the same through one document or one entry of it.
#[derive(Clone)]
struct Cast {
    d: &'static Domain,
    company: String,
    role: &'static str,
    team: &'static str,
    users: &'static str,
    main: &'static str,
    down: &'static str,
    up: &'static str,
    records: &'static str,
    tool: &'static str,
    major: &'static str,
    school: &'static str,
    grad: String,
    year: usize,
}

impl Cast {
    fn new(r: &mut Rng) -> Cast {
        let d = r.pick(DOMAINS);
        let year = r.range(2022, 2025);
        let mut c = Cast {
            d,
            company: String::new(),
            role: "",
            team: "",
            users: "",
            main: "",
            down: "",
            up: "",
            records: "",
            tool: "",
            major: r.pick(d.majors),
            school: r.pick(SCHOOLS),
            grad: format!(
                "{} {}",
                r.pick(&["May", "December", "June"]),
                year + r.range(1, 2)
            ),
            year,
        };
        c.next_entry(r);
        c
    }

    /// A new job, project or story within the same document: a new company and focus.
    fn next_entry(&mut self, r: &mut Rng) {
        self.company = company(r);
        self.role = r.pick(self.d.titles);
        self.team = r.pick(self.d.teams);
        self.users = r.pick(self.d.users);
        self.main = r.pick(self.d.artifacts);
        self.down = r.pick(self.d.down);
        self.up = r.pick(self.d.up);
        self.records = r.pick(self.d.records);
        self.tool = r.word(self.d.tools);
    }
}

fn company(r: &mut Rng) -> String {
    const INDUSTRIES: &[&str] = &[
        "Labs",
        "Analytics",
        "Logistics",
        "Health",
        "Systems",
        "Foods",
        "Robotics",
        "Energy",
        "Studio",
        "Partners",
        "Software",
        "Outfitters",
        "Clinic",
        "Bank",
        "Freight",
        "Media",
        "Biotech",
        "Motors",
        "Insurance",
        "Supply Co.",
    ];
    if r.chance(50) {
        r.pick(COMPANIES).to_string()
    } else {
        let head = r.pick(NAME_HEADS);
        let tail = r.pick(NAME_TAILS);
        format!("{head}{tail} {}", r.pick(INDUSTRIES))
    }
}

fn fill(r: &mut Rng, c: &Cast, template: &str) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let value = slot(r, c, &after[..close]);
        out.push_str(&value);
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// Fill a template that is a whole sentence: its first letter in capitals.
fn sentence(r: &mut Rng, c: &Cast, template: &str) -> String {
    capitalize(&fill(r, c, template))
}

/// The name of a metric (`"build time|t"` gives `"build time"`).
fn metric_name(metric: &str) -> &str {
    metric.split('|').next().unwrap_or(metric)
}

/// The unit letter of a metric (`"build time|t"` gives `'t'`).
fn metric_unit(metric: &str) -> char {
    metric
        .rsplit('|')
        .next()
        .and_then(|u| u.chars().next())
        .unwrap_or('s')
}

fn slot(r: &mut Rng, c: &Cast, name: &str) -> String {
    let d = c.d;
    match name {
        "cverb" => {
            if r.chance(35) {
                r.word(d.verbs).to_string()
            } else {
                r.word(CREATE_VERBS).to_string()
            }
        }
        "cverb_ing" => r
            .pick(&[
                "building",
                "launching",
                "rolling out",
                "introducing",
                "piloting",
                "redesigning",
            ])
            .to_string(),
        "dverb" => r.word(DOWN_VERBS).to_string(),
        "uverb" => r.word(UP_VERBS).to_string(),
        "tverb" => r.word(TEACH_VERBS).to_string(),
        "lverb" => r.word(LEAD_VERBS).to_string(),
        "averb" => r.word(ANALYZE_VERBS).to_string(),
        "mverb" => r.word(TALK_VERBS).to_string(),
        "deal_verb" => r.pick(DEAL_VERBS).to_string(),
        "money_flat" => money_flat(r),
        "check_verb" => r
            .pick(&["reconciled", "audited", "cross-checked", "verified"])
            .to_string(),
        "gerund" => r.word(GERUNDS).to_string(),
        "legacy_gerund" => r.pick(LEGACY_GERUNDS).to_string(),
        "base" => r.pick(BASE_TASKS).to_string(),
        "artifact" => r.word(d.artifacts).to_string(),
        "a_artifact" => {
            let artifact = r.word(d.artifacts);
            if r.chance(40) {
                let adjective = r.word(ADJECTIVES);
                with_a(&format!("{adjective} {artifact}"))
            } else {
                with_a(artifact)
            }
        }
        "the_artifact" => {
            if r.chance(30) {
                format!("the {}", c.main)
            } else {
                format!("the {}", r.word(d.artifacts))
            }
        }
        "main" => c.main.to_string(),
        "a_main" => with_a(c.main),
        "the_main" => format!("the {}", c.main),
        "tool" => r.word(d.tools).to_string(),
        "mtool" => c.tool.to_string(),
        "tools2" => {
            let a = r.word(d.tools);
            let mut b = r.word(d.tools);
            for _ in 0..4 {
                if b != a {
                    break;
                }
                b = r.pick(d.tools);
            }
            format!("{a} and {b}")
        }
        "team" => if r.chance(50) {
            c.team
        } else {
            r.pick(d.teams)
        }
        .to_string(),
        "mteam" => c.team.to_string(),
        "users" => if r.chance(50) {
            c.users
        } else {
            r.pick(d.users)
        }
        .to_string(),
        "users_cap" => capitalize(c.users),
        "for_users" => match r.below(4) {
            0 => format!(" for {} {}", r.range(5, 90), r.pick(d.users)),
            1 => format!(" for {}", r.pick(d.teams)),
            _ => String::new(),
        },
        "records" => r.pick(d.records).to_string(),
        "mrecords" => c.records.to_string(),
        "down" => {
            let m = if r.chance(40) { c.down } else { r.pick(d.down) };
            metric_name(m).to_string()
        }
        "up" => {
            let m = if r.chance(40) { c.up } else { r.pick(d.up) };
            metric_name(m).to_string()
        }
        "down_change" => {
            let m = if r.chance(40) { c.down } else { r.pick(d.down) };
            format!("{} {}", metric_name(m), delta(r, metric_unit(m), false))
        }
        "up_change" => {
            let m = if r.chance(40) { c.up } else { r.pick(d.up) };
            format!("{} {}", metric_name(m), delta(r, metric_unit(m), true))
        }
        "mdown" => metric_name(c.down).to_string(),
        "mup" => metric_name(c.up).to_string(),
        "mdown_delta" => delta(r, metric_unit(c.down), false),
        "mup_delta" => delta(r, metric_unit(c.up), true),
        "mdown_level" => level(r, metric_unit(c.down)),
        "pct" => pct(r),
        "money" => money(r),
        "mult" => r
            .pick(&[
                "2x",
                "3x",
                "4x",
                "5x",
                "10x",
                "1.5x",
                "2.5x",
                "twice",
                "three times",
            ])
            .to_string(),
        "count" => big_count(r),
        "count_small" => r.range(40, 400).to_string(),
        "n" => r.range(2, 12).to_string(),
        "n2" => r.range(12, 60).to_string(),
        "nw" => r.pick(NUMBER_WORDS).to_string(),
        "few" => r.pick(&NUMBER_WORDS[..4]).to_string(),
        "nw_cap" => capitalize(r.pick(NUMBER_WORDS)),
        "ordinal" => r.pick(ORDINALS).to_string(),
        "span" => span(r),
        "short" => short(r),
        "chore" => chore(r),
        "period" => r.pick(PERIODS).to_string(),
        "company" => company(r),
        "mcompany" => c.company.clone(),
        "city" => r.pick(&CITIES[..CITIES.len() - 4]).to_string(),
        "season" => r.pick(SEASONS).to_string(),
        "year" => c.year.to_string(),
        "next_year" => (c.year + 1).to_string(),
        "legacy" => r.pick(LEGACY).to_string(),
        "finding" => {
            let t = r.pick(FINDINGS);
            fill(r, c, t)
        }
        "result" => {
            let t = r.pick(RESULTS);
            fill(r, c, t)
        }
        "purpose" => {
            if r.chance(45) {
                let t = r.pick(PURPOSES);
                format!(" to {}", fill(r, c, t))
            } else {
                String::new()
            }
        }
        "result_past" => {
            let t = r.pick(RESULTS_PAST);
            fill(r, c, t)
        }
        "weakg" => r.word(WEAK_GERUND).to_string(),
        "weakn" => r.word(WEAK_NOUN).to_string(),
        "buzzn" => r.word(BUZZ_NOUNS).to_string(),
        "buzza" => r.word(BUZZ_ADJS).to_string(),
        "buzza_cap" => capitalize(r.word(BUZZ_ADJS)),
        "buzz_env" => r.pick(BUZZ_ENVS).to_string(),
        "vague_adv" => r.word(VAGUE_ADVERBS).to_string(),
        "vague_det" => r.word(VAGUE_DETS).to_string(),
        "trainees" => r.pick(TRAINEES).to_string(),
        "sites" => r.pick(SITES).to_string(),
        "a_deal" => {
            let t = r.pick(DEALS);
            let deal = fill(r, c, t);
            with_a(&deal)
        }
        "event" => {
            let school = r.pick(SCHOOLS);
            format!("{school} {}", r.pick(EVENTS))
        }
        "club_event" => r.pick(CLUB_EVENTS).to_string(),
        "person" => r.pick(PERSONS).to_string(),
        "lead" => r.pick(LEADS).to_string(),
        "person_cap" => capitalize(r.pick(PERSONS)),
        "weekday" => r.pick(WEEKDAYS).to_string(),
        "lesson" => r.pick(LESSONS).to_string(),
        "deadline" => r.pick(DEADLINES).to_string(),
        "problem" => {
            let t = r.pick(PROBLEMS);
            fill(r, c, t)
        }
        "frustration" => {
            let t = r.pick(FRUSTRATIONS);
            fill(r, c, t)
        }
        "time_ago" => r.pick(TIME_AGO).to_string(),
        "size" => r.pick(SIZES).to_string(),
        "size_cap" => capitalize(r.pick(SIZES)),
        "field" => d.field.to_string(),
        "role" => c.role.to_string(),
        "a_role" => with_a(c.role),
        "major" => c.major.to_string(),
        "school" => c.school.to_string(),
        "grad" => c.grad.clone(),
        "month_name" => r.pick(MONTH_NAMES).to_string(),
        other => format!("{{{other}}}"),
    }
}

// ---------------------------------------------------------------------------------------
// Numbers and durations

fn pct(r: &mut Rng) -> String {
    if r.chance(12) {
        format!("{}.{}%", r.range(1, 60), r.range(1, 9))
    } else if r.chance(40) {
        format!("{}%", r.pick(&[10, 15, 20, 25, 30, 40, 50, 60, 75]))
    } else {
        format!("{}%", r.range(3, 92))
    }
}

fn money(r: &mut Rng) -> String {
    match r.below(8) {
        0 => format!("${}.{}M", r.range(1, 9), r.range(1, 9)),
        1 => format!("${}K", r.range(5, 950)),
        2 => format!("${} per month", commas(r.range(2, 90) as u64 * 100)),
        3 => format!("${}", commas(r.range(10, 990) as u64 * 1000)),
        4 => format!("${} a year", commas(r.range(3, 120) as u64 * 1000)),
        5 => format!("${}", commas(r.range(120, 9800) as u64)),
        6 => format!("${}M", r.range(1, 12)),
        _ => format!("${}K", r.range(1, 99) * 10),
    }
}

/// A sum of money with no "per month": "$1.2M", "$18K", "$4,500".
fn money_flat(r: &mut Rng) -> String {
    match r.below(5) {
        0 => format!("${}.{}M", r.range(1, 9), r.range(1, 9)),
        1 => format!("${}K", r.range(5, 950)),
        2 => format!("${}", commas(r.range(10, 990) as u64 * 100)),
        3 => format!("${}", commas(r.range(120, 9800) as u64)),
        _ => format!("${}K", r.range(1, 99) * 10),
    }
}

fn big_count(r: &mut Rng) -> String {
    match r.below(6) {
        0 => r.range(20, 95).to_string(),
        1 => r.range(100, 990).to_string(),
        2 => commas(r.range(1, 250) as u64 * 1000),
        3 => format!("{}+", r.range(1, 90) * 10),
        4 => commas(r.range(1_100, 98_000) as u64),
        _ => format!("{}.{}M", r.range(1, 9), r.range(1, 9)),
    }
}

/// "3 weeks", "two months": how long a piece of work took.
fn span(r: &mut Rng) -> String {
    match r.below(5) {
        0 => counted(r, "week", 2, 12),
        1 => counted(r, "month", 2, 8),
        _ => counted(r, "week", 3, 8),
    }
}

/// "4 days", "two weeks": a short stretch.
fn short(r: &mut Rng) -> String {
    if r.chance(70) {
        counted(r, "day", 2, 10)
    } else {
        counted(r, "week", 1, 3)
    }
}

/// "45 minutes", "6 hours": how long a chore took.
fn chore(r: &mut Rng) -> String {
    if r.chance(40) {
        format!("{} minutes", r.range(2, 9) * 10)
    } else {
        counted(r, "hour", 2, 8)
    }
}

fn counted(r: &mut Rng, unit: &str, lo: usize, hi: usize) -> String {
    let n = r.range(lo, hi);
    let plural = if n == 1 { "" } else { "s" };
    if r.chance(30) && (2..=12).contains(&n) {
        format!("{} {unit}{plural}", NUMBER_WORDS[n - 2])
    } else {
        format!("{n} {unit}{plural}")
    }
}

/// How a metric with this unit changed: "from 900 ms to 120 ms", "by 40%".
fn delta(r: &mut Rng, unit: char, up: bool) -> String {
    if r.chance(35) {
        return format!("by {}", pct(r));
    }
    match (unit, up) {
        ('l', _) => {
            let a = r.range(3, 30) * 100;
            let b = r.range(20, a / 3);
            format!("from {a} ms to {b} ms")
        }
        ('t', _) => match r.below(4) {
            0 => format!(
                "from {} hours to {} minutes",
                r.range(3, 12),
                r.range(5, 50)
            ),
            1 => format!(
                "from {} days to {}",
                r.range(4, 21),
                r.pick(&["1 day", "2 days", "4 hours", "same-day"])
            ),
            2 => format!(
                "from {} weeks to {}",
                r.range(3, 8),
                r.pick(&["1 week", "4 days", "2 weeks"])
            ),
            _ => {
                let a = r.range(20, 90);
                format!("from {a} minutes to {} minutes", r.range(2, (a / 3).max(3)))
            }
        },
        ('r', false) => {
            let a = r.range(12, 60);
            format!("from {a}% to {}%", r.range(1, a / 2))
        }
        ('r', true) => {
            let a = r.range(8, 70);
            format!("from {a}% to {}%", r.range(a + 5, 99))
        }
        ('c', _) => format!("by {}", money(r)),
        ('d', _) => {
            let a = r.range(14, 90);
            format!("from {a} days to {} days", r.range(a / 4, a * 3 / 4))
        }
        ('n', false) => {
            let a = r.range(12, 90);
            format!("from {a} to {} per {}", r.range(0, a / 3), r.pick(PERIODS))
        }
        ('n', true) => {
            let a = r.range(3, 90) * 100;
            let b = a * r.range(12, 40) / 10;
            format!("from {} to {}", commas(a as u64), commas(b as u64))
        }
        ('k', _) => format!(
            "from {}.{} to 4.{} stars",
            r.range(2, 3),
            r.range(0, 9),
            r.range(3, 9)
        ),
        _ => format!("by {}", pct(r)),
    }
}

/// How bad a metric with this unit had got: "about 6 hours", "14%".
fn level(r: &mut Rng, unit: char) -> String {
    match unit {
        'l' => format!("{} ms", r.range(8, 40) * 100),
        't' => format!("about {}", chore(r)),
        'd' => format!("{} days", r.range(20, 90)),
        'r' => pct(r),
        'c' => money(r),
        'n' => format!("{} a {}", r.range(12, 90), r.pick(PERIODS)),
        'k' => format!("a low of {}.{} stars", r.range(2, 3), r.range(0, 9)),
        _ => "an all-time high".to_string(),
    }
}

fn commas(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// "Jun 2023 – Aug 2024", "Sep 2024 - Present", "Summer 2023".
fn date_range(r: &mut Rng, year: usize, sep: &str) -> String {
    let start_month = r.below(12);
    let start_year = year - r.below(3);
    if r.chance(12) {
        return format!("{} {start_year}{sep}Present", MONTHS[start_month]);
    }
    if r.chance(12) {
        return format!("{} {start_year}", capitalize(r.pick(SEASONS)));
    }
    let end = start_month + r.range(2, 14);
    format!(
        "{} {start_year}{sep}{} {}",
        MONTHS[start_month],
        MONTHS[end % 12],
        start_year + end / 12
    )
}

// ---------------------------------------------------------------------------------------
// Small text helpers

fn article(phrase: &str) -> &'static str {
    let first = phrase.split([' ', '-']).next().unwrap_or("");
    let lower = first.to_ascii_lowercase();
    let acronym = (2..=3).contains(&first.len())
        && first
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    if acronym {
        let b = first.as_bytes()[0];
        return if b"AEFHILMNORSX8".contains(&b) {
            "an"
        } else {
            "a"
        };
    }
    if ["uni", "use", "usa", "one", "eu", "ur"]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return "a";
    }
    if lower.starts_with("hour") || lower.starts_with("honest") || lower.starts_with('8') {
        return "an";
    }
    if lower == "11" || lower == "18" {
        return "an";
    }
    match lower.chars().next() {
        Some('a' | 'e' | 'i' | 'o' | 'u') => "an",
        _ => "a",
    }
}

fn with_a(phrase: &str) -> String {
    format!("{} {phrase}", article(phrase))
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Words that would read as a list marker or heading at the start of a line.
fn is_marker(word: &str) -> bool {
    let digits = word.trim_end_matches(['.', ')']);
    matches!(word, "-" | "–" | "—" | "*" | "+" | "•" | "#")
        || (word.len() > digits.len()
            && !digits.is_empty()
            && digits.len() <= 2
            && digits.chars().all(|c| c.is_ascii_digit()))
}

/// Wrap `text` at `width` columns; lines after the first start with `indent`.
fn wrap(text: &str, width: usize, indent: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut column = 0;
    for (i, word) in text.split(' ').enumerate() {
        let len = word.chars().count();
        if i > 0 {
            if column + 1 + len > width && !is_marker(word) {
                out.push('\n');
                out.push_str(indent);
                column = indent.len();
            } else {
                out.push(' ');
                column += 1;
            }
        }
        out.push_str(word);
        column += len;
    }
    out
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for ch in s.chars() {
        let ch = match ch {
            'á' | 'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ï' => 'i',
            'ó' | 'ö' | 'ô' => 'o',
            'ú' | 'ü' => 'u',
            'ñ' => 'n',
            other => other,
        };
        if ch.is_ascii_alphanumeric() {
            out.push(ch.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

// ---------------------------------------------------------------------------------------
// Resumes

/// How a document is written: each is a percentage chance per bullet.
struct Style {
    quantified: usize,
    weak: usize,
    vague: usize,
    buzz: usize,
    first_person: usize,
}

impl Style {
    fn new(r: &mut Rng) -> Style {
        let quality = r.below(101);
        let poor = 100 - quality;
        Style {
            quantified: 12 + quality * 76 / 100,
            weak: poor * poor / 300,
            vague: poor / 7,
            buzz: poor * poor / 1000,
            first_person: if r.chance(15) { poor / 5 } else { 0 },
        }
    }
}

/// What an entry on a resume is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum EntryKind {
    Job,
    Project,
    Activity,
}

fn bullet(r: &mut Rng, c: &Cast, s: &Style, kind: EntryKind) -> String {
    if kind == EntryKind::Activity && r.chance(75) {
        let t = r.pick(CLUB_BULLETS);
        return sentence(r, c, t);
    }
    let roll = r.below(100);
    // The chance of lengthening the bullet with a clause or two.
    let (templates, lengthen) = if roll < s.weak {
        (BULLETS_WEAK, 50)
    } else if roll < s.weak + s.buzz {
        (BULLETS_BUZZ, 0)
    } else if roll < s.weak + s.buzz + s.vague {
        (BULLETS_VAGUE, 50)
    } else if roll < s.weak + s.buzz + s.vague + s.first_person {
        (BULLETS_FIRST_PERSON, 50)
    } else if r.chance(s.quantified) {
        (BULLETS_QUANTIFIED, 90)
    } else {
        (BULLETS_PLAIN, 90)
    };
    let t = r.word(templates);
    let mut text = sentence(r, c, t);
    // Unquantified bullets take only clauses without numbers, so they stay unquantified.
    let numbered = std::ptr::eq(templates, BULLETS_QUANTIFIED);
    let mut tails = 0;
    while tails < 2 && text.len() < 220 - tails * 60 && r.chance(lengthen / (tails + 1)) {
        let list = if numbered && r.chance(40) {
            TAILS_NUMBERED
        } else {
            TAILS
        };
        let tail = r.pick(list);
        let tail = fill(r, c, tail);
        if text.contains(tail.trim_start_matches([',', ' '])) {
            break;
        }
        text.pop();
        text.push_str(&tail);
        text.push('.');
        tails += 1;
    }
    text
}

/// One job, project or activity.
struct Entry {
    kind: EntryKind,
    title: String,
    org: String,
    place: &'static str,
    dates: String,
    note: Option<String>,
    blurb: Option<String>,
    cast: Cast,
    bullets: Vec<String>,
}

struct Resume {
    name: String,
    contact: String,
    summary: Option<String>,
    education: Vec<String>,
    sections: Vec<(EntryKind, Vec<Entry>)>,
    skills: Vec<(String, String)>,
    awards: Vec<String>,
    education_first: bool,
}

/// How a resume is laid out.
struct Layout {
    markdown: bool,
    wrap: bool,
    width: usize,
    colon_headings: bool,
    style: usize,
    skills_bullets: bool,
    separator: &'static str,
    date_separator: &'static str,
}

type Made = (&'static str, String, &'static str, String);

fn resume(r: &mut Rng) -> Made {
    let mut c = Cast::new(r);
    let style = Style::new(r);
    let markdown = r.chance(50);
    let layout = Layout {
        markdown,
        wrap: if markdown { r.chance(25) } else { r.chance(60) },
        width: r.range(78, 100),
        colon_headings: !markdown && r.chance(20),
        style: r.below(3),
        skills_bullets: r.chance(30),
        separator: r.pick(&[" · ", " | ", " • ", " — "]),
        date_separator: r.pick(&[" – ", " - ", " to ", "–"]),
    };
    let first = r.pick(FIRST_NAMES);
    let last = r.pick(LAST_NAMES);
    let name = format!("{first} {last}");
    let mut contact = vec![
        format!("{}.{}@example.com", first.to_ascii_lowercase(), slug(last)),
        format!("(555) {:03}-{:04}", r.range(100, 999), r.range(0, 9999)),
        r.pick(CITIES).to_string(),
    ];
    if r.chance(60) {
        let site = r.pick(&["github.com", "linkedin.com/in", "gitlab.com", "behance.net"]);
        contact.push(format!(
            "{site}/{}{}",
            first.to_ascii_lowercase(),
            slug(last)
        ));
    }
    let d = c.d;

    let summary = if r.chance(80) {
        let t = if r.chance(style.buzz * 2 + 10) {
            r.pick(SUMMARIES_WEAK)
        } else {
            r.pick(SUMMARIES_STRONG)
        };
        let mut text = sentence(r, &c, t);
        if r.chance(50) {
            let extra = r.pick(SUMMARY_EXTRAS);
            text.push(' ');
            text.push_str(&sentence(r, &c, extra));
        }
        Some(text)
    } else {
        None
    };

    // Education.
    let mut education = vec![format!("{}, {}", c.school, r.pick(CITIES))];
    let minor_domain = r.pick(DOMAINS);
    let minor = r.pick(minor_domain.majors);
    let degree = match r.below(4) {
        0 => format!("B.S. in {}", c.major),
        1 => format!("Bachelor of Arts in {}", c.major),
        2 if minor != c.major => format!("B.A. {}, minor in {minor}", c.major),
        _ => format!("Bachelor of Science, {}", c.major),
    };
    let gpa = format!("GPA {}.{}/4.0", r.range(2, 3), r.range(0, 9));
    education.push(format!(
        "{degree}, Expected {}{}{gpa}",
        c.grad, layout.separator
    ));
    let mut courses: Vec<String> = Vec::new();
    let mut used = Vec::new();
    for _ in 0..r.range(3, 6).min(d.courses.len()) {
        let i = loop {
            let i = r.below(d.courses.len());
            if !used.contains(&i) {
                used.push(i);
                break i;
            }
        };
        let (dept, title) = d.courses[i];
        courses.push(format!("{dept} {} {title}", r.range(100, 499) * 10));
    }
    education.push(format!("Relevant coursework: {}", courses.join(", ")));
    if r.chance(30) {
        let scholarship = if r.chance(50) {
            format!(", {} Merit Scholarship", c.school)
        } else {
            String::new()
        };
        education.push(format!(
            "Dean's List ({} semesters){scholarship}",
            r.range(2, 6)
        ));
    }

    // Entries, then bullets spread over them.
    let target = if r.chance(80) {
        r.range(22, 30)
    } else {
        r.range(12, 30)
    };
    let counts = [
        (EntryKind::Job, r.range(2, 4)),
        (EntryKind::Project, r.range(1, 3)),
        (
            EntryKind::Activity,
            if r.chance(70) { r.range(1, 2) } else { 0 },
        ),
    ];
    let mut sections: Vec<(EntryKind, Vec<Entry>)> = Vec::new();
    for (kind, count) in counts {
        let mut entries = Vec::new();
        for _ in 0..count {
            entries.push(entry(r, &mut c, kind, &layout));
        }
        if !entries.is_empty() {
            sections.push((kind, entries));
        }
    }
    if r.chance(30) {
        sections.swap(0, 1);
    }
    // Jobs draw the most bullets, then projects, then activities.
    let mut slots: Vec<(usize, usize)> = Vec::new();
    for (si, (kind, entries)) in sections.iter().enumerate() {
        let weight = match kind {
            EntryKind::Job => 5,
            EntryKind::Project => 2,
            EntryKind::Activity => 1,
        };
        for ei in 0..entries.len() {
            for _ in 0..weight {
                slots.push((si, ei));
            }
        }
    }
    let mut total = 0;
    for (_, entries) in sections.iter_mut() {
        for e in entries.iter_mut() {
            add_bullet(r, e, &style);
            total += 1;
        }
    }
    while total < target {
        let (si, ei) = r.pick(&slots);
        add_bullet(r, &mut sections[si].1[ei], &style);
        total += 1;
    }

    // Skills.
    let mut tools: Vec<&str> = Vec::new();
    for _ in 0..r.range(8, 15) {
        let t = if r.chance(25) {
            r.pick(GENERAL_TOOLS)
        } else {
            r.word(d.tools)
        };
        if !tools.contains(&t) {
            tools.push(t);
        }
    }
    let split = tools.len() / 2;
    let mut skills = vec![
        (
            r.pick(&["Languages & frameworks", "Technical", "Software", "Tools"])
                .to_string(),
            tools[..split].join(", "),
        ),
        (
            r.pick(&["Platforms", "Other tools", "Methods", "Also used"])
                .to_string(),
            tools[split..].join(", "),
        ),
    ];
    if r.chance(50) {
        skills.push((
            "Certifications".to_string(),
            r.pick(CERTIFICATIONS).to_string(),
        ));
    }
    if r.chance(50) {
        let a = r.pick(SKILL_LANGUAGES);
        let b = r.pick(SKILL_LANGUAGES);
        let spoken = if a == b {
            a.to_string()
        } else {
            format!("{a}, {b}")
        };
        skills.push(("Spoken languages".to_string(), spoken));
    }
    if r.chance(style.buzz * 2) {
        let soft = [
            r.pick(BUZZ_NOUNS),
            r.pick(BUZZ_ADJS),
            "excellent communication skills",
        ];
        skills.push(("Soft skills".to_string(), soft.join(", ")));
    }

    let mut awards = Vec::new();
    if r.chance(30) {
        for _ in 0..r.range(1, 3) {
            let award = match r.below(3) {
                0 => format!(
                    "{} place, {} {}",
                    r.pick(ORDINALS),
                    fill(r, &c, "{event}"),
                    c.year
                ),
                1 => format!(
                    "{} Merit Scholarship (${})",
                    c.school,
                    commas(r.range(1, 12) as u64 * 500)
                ),
                _ => format!("Dean's List, Fall {} and Spring {}", c.year - 1, c.year),
            };
            awards.push(award);
        }
    }

    let mut doc = Resume {
        name,
        contact: contact.join(layout.separator),
        summary,
        education,
        sections,
        skills,
        awards,
        education_first: r.chance(60),
    };

    // Keep resumes within about 3 to 7 KB, and within 12 to 30 bullets.
    let bullets = |doc: &Resume| -> usize {
        doc.sections
            .iter()
            .flat_map(|s| &s.1)
            .map(|e| e.bullets.len())
            .sum()
    };
    let mut text = render_resume(&doc, &layout);
    while text.len() > 7_000 && bullets(&doc) > 12 {
        let longest = doc
            .sections
            .iter_mut()
            .flat_map(|s| s.1.iter_mut())
            .max_by_key(|e| e.bullets.len());
        if let Some(e) = longest {
            e.bullets.pop();
        }
        text = render_resume(&doc, &layout);
    }
    while text.len() < 3_000 && bullets(&doc) < 30 {
        let (si, ei) = r.pick(&slots);
        add_bullet(r, &mut doc.sections[si].1[ei], &style);
        text = render_resume(&doc, &layout);
    }
    let ext = if markdown { "md" } else { "txt" };
    ("resume", slug(&doc.name), ext, text)
}

fn entry(r: &mut Rng, c: &mut Cast, kind: EntryKind, layout: &Layout) -> Entry {
    c.next_entry(r);
    let (title, org) = match kind {
        EntryKind::Job => (c.role.to_string(), c.company.clone()),
        EntryKind::Project => {
            let name = format!("{}{}", r.pick(PROJECT_HEADS), r.pick(PROJECT_TAILS));
            (name, fill(r, c, "{a_artifact} for {users}"))
        }
        EntryKind::Activity => (
            r.pick(CLUB_ROLES).to_string(),
            format!("{} {}", c.school, r.pick(CLUBS)),
        ),
    };
    let note = if kind == EntryKind::Project && r.chance(60) {
        Some(format!("{}, {}", r.word(c.d.tools), r.word(c.d.tools)))
    } else {
        None
    };
    let blurb = if kind == EntryKind::Job && r.chance(50) {
        let t = r.pick(JOB_BLURBS);
        Some(sentence(r, c, t))
    } else {
        None
    };
    Entry {
        kind,
        blurb,
        title,
        org,
        place: r.pick(CITIES),
        dates: date_range(r, c.year, layout.date_separator),
        note,
        cast: c.clone(),
        bullets: Vec::new(),
    }
}

fn add_bullet(r: &mut Rng, e: &mut Entry, style: &Style) {
    // Bullets within an entry share its focus, with a fresh one now and then.
    if r.chance(25) {
        let company = e.cast.company.clone();
        e.cast.next_entry(r);
        e.cast.company = company;
    }
    // Avoid two bullets in one entry that open with the same three words.
    let opening = |b: &str| b.split(' ').take(3).collect::<Vec<_>>().join(" ");
    let mut b = bullet(r, &e.cast, style, e.kind);
    for _ in 0..4 {
        if !e.bullets.iter().any(|x| opening(x) == opening(&b)) {
            break;
        }
        b = bullet(r, &e.cast, style, e.kind);
    }
    e.bullets.push(b);
}

fn heading(out: &mut String, layout: &Layout, title: &str) {
    if layout.markdown {
        let _ = write!(out, "## {title}\n\n");
    } else if layout.colon_headings {
        let _ = writeln!(out, "{title}:");
    } else {
        let _ = writeln!(out, "{}", title.to_uppercase());
    }
}

fn render_resume(doc: &Resume, layout: &Layout) -> String {
    let markdown = layout.markdown;
    let mut out = String::with_capacity(7_000);
    if markdown {
        let _ = write!(out, "# {}\n\n{}\n\n", doc.name, doc.contact);
    } else {
        let _ = write!(out, "{}\n{}\n\n", doc.name.to_uppercase(), doc.contact);
    }
    if let Some(summary) = &doc.summary {
        heading(
            &mut out,
            layout,
            if layout.style == 1 {
                "Profile"
            } else {
                "Summary"
            },
        );
        let text = if layout.wrap || !markdown {
            wrap(summary, layout.width, "")
        } else {
            summary.clone()
        };
        let _ = write!(out, "{text}\n\n");
    }
    let education = |out: &mut String| {
        heading(out, layout, "Education");
        for (i, line) in doc.education.iter().enumerate() {
            if markdown && i == 0 {
                let (school, place) = line.split_once(", ").unwrap_or((line, ""));
                let _ = writeln!(out, "**{school}**, {place}  ");
            } else if markdown {
                let _ = writeln!(out, "{line}  ");
            } else {
                let _ = writeln!(out, "{}", wrap(line, layout.width, ""));
            }
        }
        out.push('\n');
    };
    if doc.education_first {
        education(&mut out);
    }
    for (kind, entries) in &doc.sections {
        let title = match (kind, layout.style) {
            (EntryKind::Job, 0) => "Experience",
            (EntryKind::Job, 1) => "Work Experience",
            (EntryKind::Job, _) => "Professional Experience",
            (EntryKind::Project, 2) => "Selected Projects",
            (EntryKind::Project, _) => "Projects",
            (EntryKind::Activity, 1) => "Leadership & Activities",
            (EntryKind::Activity, _) => "Leadership",
        };
        heading(&mut out, layout, title);
        for e in entries {
            render_entry(&mut out, e, layout);
        }
    }
    if !doc.education_first {
        education(&mut out);
    }
    if !doc.awards.is_empty() {
        heading(&mut out, layout, "Awards");
        for a in &doc.awards {
            let _ = writeln!(out, "{}{a}", if markdown { "- " } else { "• " });
        }
        out.push('\n');
    }
    heading(
        &mut out,
        layout,
        if layout.style == 2 {
            "Technical Skills"
        } else {
            "Skills"
        },
    );
    for (label, items) in &doc.skills {
        if markdown && layout.skills_bullets {
            let _ = writeln!(out, "- **{label}:** {items}");
        } else if markdown {
            let _ = writeln!(out, "**{label}:** {items}  ");
        } else {
            let _ = writeln!(
                out,
                "{}",
                wrap(&format!("{label}: {items}"), layout.width, "  ")
            );
        }
    }
    out
}

fn render_entry(out: &mut String, e: &Entry, layout: &Layout) {
    let dash = if e.kind == EntryKind::Project {
        " — "
    } else {
        ", "
    };
    let head = if e.kind == EntryKind::Job {
        format!("{}{dash}{}, {}", e.title, e.org, e.place)
    } else {
        format!("{}{dash}{}", e.title, e.org)
    };
    if layout.markdown {
        match layout.style {
            0 => {
                let _ = write!(out, "### {head}\n*{}*\n\n", e.dates);
            }
            1 => {
                let _ = write!(
                    out,
                    "**{}**{dash}{}{}{}\n\n",
                    e.title, e.org, layout.separator, e.dates
                );
            }
            _ => {
                let _ = write!(out, "### {head} ({})\n\n", e.dates);
            }
        }
        if let Some(note) = &e.note {
            let _ = write!(out, "*Built with {note}*\n\n");
        }
        if let Some(blurb) = &e.blurb {
            let _ = write!(out, "{blurb}\n\n");
        }
    } else {
        if layout.style == 0 {
            let _ = writeln!(out, "{head}\n{}", e.dates);
        } else {
            let _ = writeln!(out, "{head}{}{}", layout.separator, e.dates);
        }
        if let Some(note) = &e.note {
            let _ = writeln!(out, "Built with {note}");
        }
        if let Some(blurb) = &e.blurb {
            let _ = writeln!(out, "{blurb}");
        }
    }
    let marker = if layout.markdown { "- " } else { "• " };
    for b in &e.bullets {
        let line = format!("{marker}{b}");
        if layout.wrap {
            let _ = writeln!(out, "{}", wrap(&line, layout.width, "  "));
        } else {
            let _ = writeln!(out, "{line}");
        }
    }
    out.push('\n');
}

// ---------------------------------------------------------------------------------------
// Stories

fn words(parts: &[&Vec<String>]) -> usize {
    parts
        .iter()
        .flat_map(|p| p.iter())
        .map(|s| s.split_whitespace().count())
        .sum()
}

/// The paragraphs of one story about `c`, tagged with these principles.
fn story_body(r: &mut Rng, c: &Cast, weak: bool, tagged: &[usize]) -> Vec<String> {
    let mut situation = Vec::new();
    let mut task = Vec::new();
    let mut action = Vec::new();
    let mut result = Vec::new();
    let mut used_situations = Vec::new();
    let mut used_middles = Vec::new();

    let opening = r.pick(OPENINGS);
    situation.push(sentence(r, c, opening));
    for _ in 0..r.range(1, 2) {
        let t = r.fresh(SITUATIONS, &mut used_situations);
        situation.push(sentence(r, c, t));
    }

    if weak {
        // A story told as "we", with few numbers and no clear result.
        let target = r.range(150, 230);
        let mut used = Vec::new();
        while words(&[&situation, &action]) < target && used.len() < WE_SENTENCES.len() {
            let t = r.fresh(WE_SENTENCES, &mut used);
            action.push(sentence(r, c, t));
        }
        if r.chance(60) {
            let p = tagged.first().copied().unwrap_or(0);
            result.push(format!("This shows my {}.", PRINCIPLES[p].1));
        }
    } else {
        let target = r.range(210, 400);
        let mut used_tasks = Vec::new();
        for _ in 0..r.range(1, 2) {
            let t = r.fresh(TASKS, &mut used_tasks);
            task.push(sentence(r, c, t));
        }
        let t = r.pick(ACTION_OPENERS);
        action.push(sentence(r, c, t));
        // Most tagged principles are shown; some are only claimed.
        let mut middles = Vec::new();
        for &p in tagged {
            if r.chance(80) {
                let t = r.pick(PRINCIPLE_ACTIONS[p]);
                middles.push(sentence(r, c, t));
            }
        }
        for _ in 0..r.range(1, 2) {
            let t = r.fresh(ACTION_MIDDLES, &mut used_middles);
            let s = sentence(r, c, t);
            let at = r.below(middles.len() + 1);
            middles.insert(at, s);
        }
        let closer = if r.chance(70) {
            let t = r.pick(ACTION_CLOSERS);
            Some(sentence(r, c, t))
        } else {
            None
        };
        let mut used_results = Vec::new();
        for _ in 0..r.range(1, 2) {
            let t = r.fresh(RESULTS_STORY, &mut used_results);
            result.push(sentence(r, c, t));
        }
        if r.chance(60) {
            result.push(sentence(r, c, "I learned that {lesson}."));
        }
        // Grow the middle of the action to the target length.
        while words(&[&situation, &task, &action, &middles, &result]) + 20 < target
            && used_middles.len() < ACTION_MIDDLES.len()
        {
            let t = r.fresh(ACTION_MIDDLES, &mut used_middles);
            middles.push(sentence(r, c, t));
        }
        action.extend(middles);
        action.extend(closer);
        // Stay under 400 words.
        while words(&[&situation, &task, &action, &result]) > 400 && action.len() > 3 {
            action.remove(action.len() - 2);
        }
    }

    let joined = |parts: &[&Vec<String>]| -> String {
        parts
            .iter()
            .flat_map(|p| p.iter())
            .cloned()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut out = match r.range(2, 5) {
        2 => vec![joined(&[&situation, &task]), joined(&[&action, &result])],
        3 => vec![
            joined(&[&situation, &task]),
            joined(&[&action]),
            joined(&[&result]),
        ],
        4 => vec![
            joined(&[&situation]),
            joined(&[&task]),
            joined(&[&action]),
            joined(&[&result]),
        ],
        _ => {
            let (a1, a2) = action.split_at(action.len() / 2);
            vec![
                joined(&[&situation]),
                joined(&[&task]),
                a1.join(" "),
                a2.join(" "),
                joined(&[&result]),
            ]
        }
    };
    out.retain(|p| !p.is_empty());
    out
}

fn story_title(r: &mut Rng, c: &Cast) -> String {
    for _ in 0..8 {
        let t = r.pick(TITLES);
        let title = sentence(r, c, t);
        let clean = title
            .split(|ch: char| !ch.is_alphanumeric())
            .all(|w| !SECTION_WORDS.contains(&w.to_ascii_lowercase().as_str()));
        if clean {
            return title;
        }
    }
    "A story I am proud of".to_string()
}

fn pick_principles(r: &mut Rng) -> Vec<usize> {
    let mut tagged = vec![r.below(PRINCIPLES.len())];
    if r.chance(40) {
        let other = r.below(PRINCIPLES.len());
        if other != tagged[0] {
            tagged.push(other);
        }
    }
    tagged
}

fn principle_ids(tagged: &[usize]) -> String {
    tagged
        .iter()
        .map(|&p| PRINCIPLES[p].0)
        .collect::<Vec<_>>()
        .join(", ")
}

fn push_paragraphs(out: &mut String, paragraphs: &[String], wrap_at: Option<usize>) {
    for p in paragraphs {
        match wrap_at {
            Some(width) => out.push_str(&wrap(p, width, "")),
            None => out.push_str(p),
        }
        out.push_str("\n\n");
    }
}

fn story_document(r: &mut Rng) -> Made {
    let mut c = Cast::new(r);
    let wrap_at = if r.chance(50) {
        Some(r.range(88, 100))
    } else {
        None
    };
    let mut out = String::with_capacity(6_000);
    if r.chance(30) {
        // A story bank: several stories in one file.
        let owner = format!("{} {}", r.pick(FIRST_NAMES), r.pick(LAST_NAMES));
        if r.chance(60) {
            let _ = write!(
                out,
                "---\ntitle: \"Story bank: {owner}\"\nupdated: {}-{:02}-{:02}\n---\n\n",
                c.year,
                r.range(1, 12),
                r.range(1, 28)
            );
        }
        out.push_str(r.pick(&[
            "# Story bank\n\n",
            "# Interview stories\n\n",
            "# My STAR stories\n\n",
        ]));
        for _ in 0..r.range(2, 4) {
            c.next_entry(r);
            let tagged = pick_principles(r);
            let weak = r.chance(15);
            let title = story_title(r, &c);
            let _ = write!(
                out,
                "## {title}\n\nPrinciples: {}\n",
                principle_ids(&tagged)
            );
            if r.chance(70) {
                let _ = writeln!(out, "Question: {}", r.pick(QUESTIONS));
            }
            out.push('\n');
            let body = story_body(r, &c, weak, &tagged);
            push_paragraphs(&mut out, &body, wrap_at);
        }
        let name = slug(&owner);
        return ("stories", name, "md", out.trim_end().to_string() + "\n");
    }

    let tagged = pick_principles(r);
    let weak = r.chance(20);
    if r.chance(30) {
        let _ = write!(
            out,
            "---\nprinciples: [{}]\nquestion: \"{}\"\n---\n\n",
            principle_ids(&tagged),
            r.pick(QUESTIONS)
        );
    }
    let title = story_title(r, &c);
    let _ = write!(out, "# {title}\n\n");
    if r.chance(25) {
        let _ = write!(out, "Principles: {}\n\n", principle_ids(&tagged));
    }
    let body = story_body(r, &c, weak, &tagged);
    push_paragraphs(&mut out, &body, wrap_at);
    (
        "story",
        slug(&title),
        "md",
        out.trim_end().to_string() + "\n",
    )
}

// ---------------------------------------------------------------------------------------
// Cover letters

fn cover_letter(r: &mut Rng) -> Made {
    let mut c = Cast::new(r);
    let weak = r.chance(25);
    let first = r.pick(FIRST_NAMES);
    let last = r.pick(LAST_NAMES);
    let width = r.range(84, 96);
    let mut out = String::with_capacity(3_500);
    let _ = write!(
        out,
        "{first} {last}\n{}.{}@example.com | (555) {:03}-{:04} | {}\n\n",
        first.to_ascii_lowercase(),
        slug(last),
        r.range(100, 999),
        r.range(0, 9999),
        r.pick(CITIES)
    );
    let _ = write!(
        out,
        "{} {}, {}\n\n",
        r.pick(MONTH_NAMES),
        r.range(1, 28),
        c.year
    );
    let target = c.clone();
    let salutation = match r.below(4) {
        0 => format!("Dear {} Recruiting Team,", target.company),
        1 => format!("Dear Ms. {},", r.pick(LAST_NAMES)),
        _ => "Dear Hiring Manager,".to_string(),
    };
    let _ = write!(out, "{salutation}\n\n");

    let mut paragraphs = Vec::new();
    let t = if weak {
        r.pick(LETTER_OPENINGS_WEAK)
    } else {
        r.pick(LETTER_OPENINGS)
    };
    paragraphs.push(sentence(r, &c, t));
    let mut used_openers = Vec::new();
    let mut used_middles = Vec::new();
    let mut used_we = Vec::new();
    for _ in 0..r.range(2, 3) {
        c.next_entry(r);
        let t = r.fresh(LETTER_EVIDENCE, &mut used_openers);
        let mut p = vec![sentence(r, &c, t)];
        for _ in 0..r.range(3, 5) {
            let t = if weak {
                r.fresh(WE_SENTENCES, &mut used_we)
            } else {
                r.fresh(ACTION_MIDDLES, &mut used_middles)
            };
            p.push(sentence(r, &c, t));
        }
        if !weak {
            let t = r.pick(RESULTS_STORY);
            p.push(sentence(r, &c, t));
        }
        paragraphs.push(p.join(" "));
    }
    let c = target;
    let t = r.pick(LETTER_WHY);
    paragraphs.push(sentence(r, &c, t));
    paragraphs.push(sentence(
        r,
        &c,
        "Thank you for your consideration. I would welcome the chance to discuss how I could help {mteam} {base} {the_main}.",
    ));
    for p in &paragraphs {
        out.push_str(&wrap(p, width, ""));
        out.push_str("\n\n");
    }
    let _ = writeln!(out, "{}\n{first} {last}", r.pick(LETTER_CLOSINGS));
    let ext = if r.chance(50) { "txt" } else { "md" };
    ("cover-letter", slug(&format!("{first} {last}")), ext, out)
}

// ---------------------------------------------------------------------------------------
// Korean documents

#[rustfmt::skip]
const KO_NAMES: &[&str] = &["김서연", "이준호", "박지민", "최유진", "정민수", "한지우", "윤하늘", "강도윤"];
#[rustfmt::skip]
const KO_COMPANIES: &[&str] = &[
    "새솔전자", "푸른들식품", "다온소프트", "미르데이터", "가람물류", "누리헬스케어", "한결금융",
    "바른길모빌리티",
];
#[rustfmt::skip]
const KO_SCHOOLS: &[&str] = &["한결대학교", "새봄대학교", "다솜공과대학교", "느티나무대학교"];
#[rustfmt::skip]
const KO_MAJORS: &[&str] = &["컴퓨터공학", "경영학", "통계학", "산업공학", "시각디자인"];
#[rustfmt::skip]
const KO_ROLES: &[&str] = &[
    "데이터 분석 인턴", "소프트웨어 개발 인턴", "마케팅 인턴", "물류 운영 인턴", "UX 디자인 인턴",
];
#[rustfmt::skip]
const KO_OBJECTS: &[&str] = &[
    "주간 매출 보고서", "재고 관리 시트", "고객 문의 분류 기준", "배송 경로 계획",
    "테스트 자동화 스크립트", "회원 가입 절차", "정산 보고서", "신규 직원 교육 자료",
];
/// Tools with the particles their Korean reading takes: 와/과 ("and") and (으)로 ("with").
#[rustfmt::skip]
const KO_TOOLS: &[(&str, &str, &str)] = &[
    ("Python", "과", "으로"), ("Excel", "과", "로"), ("SQL", "과", "로"), ("Tableau", "와", "로"),
    ("Figma", "와", "로"), ("React", "와", "로"), ("pandas", "와", "로"),
];
#[rustfmt::skip]
const KO_BULLETS: &[&str] = &[
    "{tool_ro} {obj} 작성 과정을 자동화해 작업 시간을 주당 {n}시간 줄였습니다.",
    "{obj_eul} 새로 설계해 오류를 한 달에 {n2}건에서 {n}건으로 줄였습니다.",
    "{n}명의 팀원과 함께 {obj_eul} 개선해 처리 속도를 {pct}% 높였습니다.",
    "{tool_pair} 등을 활용해 {obj_eul} 구축하고 {n}개 지점에 배포했습니다.",
    "{obj_eul} 정리하고 사용 안내서를 작성했습니다.",
    "고객 설문 {n2}0건을 분석해 {obj} 개선안을 제안했습니다.",
];
#[rustfmt::skip]
const KO_STORY: &[&str] = &[
    "작년 여름 저는 {company}에서 {role}으로 일했습니다.",
    "매주 월요일마다 팀원 두 명이 {obj_eul} 손으로 만들었고, 이 작업에 매주 약 {n}시간이 걸렸습니다.",
    "제 과제는 {obj}의 형식을 바꾸지 않으면서 준비 시간과 오류를 함께 줄이는 것이었습니다.",
    "저는 먼저 지난 {n}주 동안의 자료를 모두 비교해서 문제가 생기는 부분을 찾아 정리했습니다.",
    "그다음 {tool_ro} 모든 파일을 한 번에 읽어 합치는 스크립트를 작성했습니다.",
    "새 방식에 익숙하지 않은 팀원들을 위해 짧은 시연을 두 번 했습니다.",
    "그 결과 처리 시간을 {n}시간에서 {n2}분으로 줄였고, 오류는 {pct}% 줄었습니다.",
    "이 경험을 통해 누구나 쓸 수 있는 단순한 도구가 팀 전체의 시간을 더 많이 아낀다는 것을 배웠습니다.",
];

fn ko_fill(r: &mut Rng, template: &str, company: &str, role: &str) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        let value = match &after[..close] {
            "tool" => r.pick(KO_TOOLS).0.to_string(),
            "tool_pair" => {
                let first = r.below(KO_TOOLS.len());
                let second = (first + 1 + r.below(KO_TOOLS.len() - 1)) % KO_TOOLS.len();
                format!(
                    "{}{} {}",
                    KO_TOOLS[first].0, KO_TOOLS[first].1, KO_TOOLS[second].0
                )
            }
            "tool_ro" => {
                let (tool, _, ro) = r.pick(KO_TOOLS);
                format!("{tool}{ro}")
            }
            "obj" => r.pick(KO_OBJECTS).to_string(),
            "obj_eul" => {
                let obj = r.pick(KO_OBJECTS);
                format!(
                    "{obj}{}",
                    if has_final_consonant(obj) {
                        "을"
                    } else {
                        "를"
                    }
                )
            }
            "n" => r.range(2, 12).to_string(),
            "n2" => r.range(13, 60).to_string(),
            "pct" => r.range(10, 70).to_string(),
            "company" => company.to_string(),
            "role" => role.to_string(),
            other => other.to_string(),
        };
        out.push_str(&value);
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// Whether a Korean word ends in a syllable with a final consonant (batchim).
fn has_final_consonant(word: &str) -> bool {
    word.chars()
        .last()
        .map(|c| c as u32)
        .is_some_and(|c| (0xAC00..=0xD7A3).contains(&c) && (c - 0xAC00) % 28 != 0)
}

fn korean(r: &mut Rng) -> Made {
    let name = r.pick(KO_NAMES);
    let company = r.pick(KO_COMPANIES);
    let role = r.pick(KO_ROLES);
    let mut out = String::new();
    if r.chance(60) {
        let _ = write!(
            out,
            "# {name}\n\nhong.{}@example.com · 010-{:04}-{:04}\n\n",
            r.range(10, 99),
            r.range(1000, 9999),
            r.range(0, 9999)
        );
        let _ = write!(
            out,
            "## 학력\n\n**{}** {} 학사 (20{}년 2월 졸업 예정), 학점 {}.{}/4.5\n\n## 경력\n\n",
            r.pick(KO_SCHOOLS),
            r.pick(KO_MAJORS),
            r.range(25, 27),
            r.range(3, 4),
            r.range(0, 5)
        );
        for _ in 0..r.range(2, 3) {
            let company = r.pick(KO_COMPANIES);
            let role = r.pick(KO_ROLES);
            let y = r.range(2022, 2025);
            let _ = write!(
                out,
                "### {company} — {role}\n*{y}년 {}월 – {y}년 {}월*\n\n",
                r.range(1, 6),
                r.range(7, 12)
            );
            for _ in 0..r.range(3, 6) {
                let t = r.pick(KO_BULLETS);
                let _ = writeln!(out, "- {}", ko_fill(r, t, company, role));
            }
            out.push('\n');
        }
        out.push_str("## 프로젝트\n\n");
        for _ in 0..r.range(2, 4) {
            let t = r.pick(KO_BULLETS);
            let _ = writeln!(out, "- {}", ko_fill(r, t, company, role));
        }
        let tools: Vec<&str> = KO_TOOLS.iter().map(|t| t.0).collect();
        let _ = write!(out, "\n## 기술\n\n{}\n", tools.join(", "));
        ("resume", "ko".to_string(), "md", out)
    } else {
        out.push_str("---\nprinciples: [invent-and-simplify]\nquestion: \"복잡한 업무를 단순하게 바꾼 경험을 말해 주세요.\"\n---\n\n");
        let _ = write!(out, "# {} 자동화\n\n", r.pick(KO_OBJECTS));
        let parts = [
            &KO_STORY[..2],
            &KO_STORY[2..3],
            &KO_STORY[3..6],
            &KO_STORY[6..],
        ];
        for part in parts {
            let p: Vec<String> = part.iter().map(|t| ko_fill(r, t, company, role)).collect();
            let _ = write!(out, "{}\n\n", p.join(" "));
        }
        (
            "story",
            "ko".to_string(),
            "md",
            out.trim_end().to_string() + "\n",
        )
    }
}

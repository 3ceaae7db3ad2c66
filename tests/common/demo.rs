//! Seeded, reproducible synthetic workshops: the bundled examples in `workshops/`, and the
//! large workshops that tests and benchmarks need. Test support only: nothing in the shipped
//! library depends on it. Same seed, same workshop, byte for byte.

use std::collections::BTreeMap;

use tandem::domain::{
    ActionItem, Agreement, Date, Function, Headcount, NoteKey, Owner, Rating, Relationship,
    Response, SplitMix64, Stage, Workshop,
};

/// What the generator draws beyond the domain's [`SplitMix64`].
pub trait Draws {
    fn chance(&mut self, probability: f64) -> bool;
    /// An index drawn with the given (not necessarily normalised) weights.
    fn weighted(&mut self, weights: &[f64]) -> usize;
    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T>;
}

impl Draws for SplitMix64 {
    fn chance(&mut self, probability: f64) -> bool {
        self.unit() < probability
    }

    fn weighted(&mut self, weights: &[f64]) -> usize {
        let total: f64 = weights.iter().sum();
        let mut pick = self.unit() * total;
        for (index, weight) in weights.iter().enumerate() {
            if pick < *weight {
                return index;
            }
            pick -= weight;
        }
        weights.len().saturating_sub(1)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        (!items.is_empty()).then(|| &items[self.below(items.len())])
    }
}

/// How one function tends to answer in a generated workshop.
#[derive(Clone, Debug)]
pub struct AnswerProfile {
    /// Weights of the four relationship answers, least friction first.
    pub relationship: [f64; 4],
    /// Target mean rating per statement key; statements not listed centre on 3.
    pub means: BTreeMap<&'static str, f64>,
    /// Chance that a respondent names each friction source.
    pub sources: BTreeMap<&'static str, f64>,
    /// Chance of skipping any one statement.
    pub skip: f64,
    pub friction_comments: &'static [&'static str],
    pub works_well_comments: &'static [&'static str],
    pub comment_chance: f64,
}

impl AnswerProfile {
    /// One respondent's answers, drawn from this profile.
    pub fn respond(
        &self,
        function: Function,
        statements: &[String],
        rng: &mut SplitMix64,
    ) -> Response {
        let answer = Relationship::ALL[rng.weighted(&self.relationship).min(3)];
        let mut response = Response::new(function, answer);
        for key in statements {
            if rng.chance(self.skip) {
                continue;
            }
            let mean = self.means.get(key.as_str()).copied().unwrap_or(3.0);
            // A spread of about one point around the target, like real Likert answers.
            let noise = (rng.unit() + rng.unit() + rng.unit() - 1.5) * 1.6;
            let value = (mean + noise).round().clamp(1.0, 5.0) as u8;
            if let Some(rating) = Rating::new(value) {
                response.ratings.insert(key.clone(), rating);
            }
        }
        for (key, chance) in &self.sources {
            if rng.chance(*chance) {
                response.sources.insert((*key).to_owned());
            }
        }
        if rng.chance(self.comment_chance) {
            response.friction_comment = rng.pick(self.friction_comments).map(|s| (*s).to_owned());
        }
        if rng.chance(self.comment_chance) {
            response.works_well_comment =
                rng.pick(self.works_well_comments).map(|s| (*s).to_owned());
        }
        response
    }
}

fn means(pairs: &[(&'static str, f64)]) -> BTreeMap<&'static str, f64> {
    pairs.iter().copied().collect()
}

const FRICTION_Q1: &[&str] = &[
    "Features get promised to close deals before product has even seen the request.",
    "We find out about release slips from customers, not from product.",
    "Every quarter-end turns into a fight about the roadmap.",
    "Nobody knows who has the final say when a big deal needs something.",
    "Sales escalates to the CEO instead of talking to us first.",
    "Product treats every customer request as noise.",
    "Blame flies both ways in the pipeline review.",
];
const WORKS_Q1: &[&str] = &[
    "The monthly customer advisory board is genuinely useful.",
    "Some PMs join sales calls and that helps a lot.",
    "Release notes have gotten clearer.",
];
const FRICTION_Q2: &[&str] = &[
    "The new intake form helps, but deal requests still jump the queue.",
    "Release dates are clearer, but pricing changes still surprise us.",
    "We still argue about what counts as a committed roadmap item.",
    "Enablement for the new module came too late for the quarter.",
    "Hand-offs after a deal closes are still messy.",
];
const WORKS_Q2: &[&str] = &[
    "The weekly deal desk with product is working.",
    "Having an exec tie-breaker settled the analytics debate quickly.",
    "Joint roadmap preview before the quarter kickoff.",
    "PMs answering in the sales channel within a day.",
];
const FRICTION_Q3: &[&str] = &[
    "Still some tension at quarter-end, but it stays about the work.",
    "Pricing and packaging decisions could involve sales earlier.",
    "Feedback from lost deals does not always reach the right PM.",
    "We disagree on priorities, and that is fine.",
];
const WORKS_Q3: &[&str] = &[
    "The deal desk and the exec tie-breaker: keep both.",
    "Shared pipeline and adoption metrics in one dashboard.",
    "Product joining QBRs made the roadmap credible to customers.",
    "Problems get raised in the weekly sync before they blow up.",
    "Enablement sessions before every release.",
];

fn quarter_one_profiles() -> (AnswerProfile, AnswerProfile) {
    let sources = |roadmap, deals, timing| {
        [
            ("roadmap_vs_quarter", roadmap),
            ("deal_requests", deals),
            ("release_timing", timing),
            ("pricing", 0.2),
            ("enablement", 0.35),
            ("feedback_loop", 0.3),
            ("incentives", 0.3),
            ("handoffs", 0.4),
        ]
        .into_iter()
        .collect()
    };
    let sales = AnswerProfile {
        relationship: [0.5, 3.0, 4.0, 1.5],
        means: means(&[
            ("task_debate", 4.0),
            ("personal", 3.8),
            ("who_decides", 4.0),
            ("resolution", 2.0),
            ("horizons", 1.8),
            ("voice", 2.0),
            ("trust", 2.3),
            ("incentives", 2.0),
            ("raised_early", 2.0),
            ("better_decisions", 2.2),
        ]),
        sources: sources(0.8, 0.5, 0.7),
        skip: 0.05,
        friction_comments: FRICTION_Q1,
        works_well_comments: WORKS_Q1,
        comment_chance: 0.5,
    };
    let product = AnswerProfile {
        relationship: [1.0, 5.0, 3.0, 0.5],
        means: means(&[
            ("task_debate", 3.8),
            ("personal", 3.3),
            ("who_decides", 3.6),
            ("resolution", 2.4),
            ("horizons", 3.0),
            ("voice", 2.8),
            ("trust", 2.6),
            ("incentives", 2.2),
            ("raised_early", 2.3),
            ("better_decisions", 2.6),
        ]),
        sources: sources(0.6, 0.8, 0.3),
        skip: 0.06,
        friction_comments: FRICTION_Q1,
        works_well_comments: WORKS_Q1,
        comment_chance: 0.5,
    };
    (sales, product)
}

fn quarter_two_profiles() -> (AnswerProfile, AnswerProfile) {
    let (mut sales, mut product) = quarter_one_profiles();
    sales.relationship = [1.0, 5.0, 3.0, 0.5];
    sales.means = means(&[
        ("task_debate", 3.6),
        ("personal", 2.9),
        ("who_decides", 3.0),
        ("resolution", 3.0),
        ("horizons", 2.6),
        ("voice", 2.9),
        ("trust", 3.0),
        ("incentives", 2.6),
        ("raised_early", 2.8),
        ("better_decisions", 3.0),
    ]);
    product.relationship = [1.5, 6.0, 2.0, 0.2];
    product.means = means(&[
        ("task_debate", 3.5),
        ("personal", 2.6),
        ("who_decides", 2.8),
        ("resolution", 3.2),
        ("horizons", 3.3),
        ("voice", 3.2),
        ("trust", 3.2),
        ("incentives", 2.8),
        ("raised_early", 3.0),
        ("better_decisions", 3.2),
    ]);
    for profile in [&mut sales, &mut product] {
        profile.friction_comments = FRICTION_Q2;
        profile.works_well_comments = WORKS_Q2;
        profile.sources.insert("deal_requests", 0.4);
        profile.sources.insert("release_timing", 0.3);
    }
    (sales, product)
}

fn quarter_three_profiles() -> (AnswerProfile, AnswerProfile) {
    let (mut sales, mut product) = quarter_two_profiles();
    sales.relationship = [2.0, 7.0, 1.0, 0.0];
    sales.means = means(&[
        ("task_debate", 3.3),
        ("personal", 1.9),
        ("who_decides", 2.2),
        ("resolution", 3.9),
        ("horizons", 3.4),
        ("voice", 3.7),
        ("trust", 3.8),
        ("incentives", 3.4),
        ("raised_early", 3.7),
        ("better_decisions", 3.8),
    ]);
    product.relationship = [2.5, 7.0, 0.8, 0.0];
    product.means = means(&[
        ("task_debate", 3.2),
        ("personal", 1.8),
        ("who_decides", 2.0),
        ("resolution", 4.0),
        ("horizons", 3.6),
        ("voice", 3.8),
        ("trust", 3.9),
        ("incentives", 3.5),
        ("raised_early", 3.8),
        ("better_decisions", 3.9),
    ]);
    for profile in [&mut sales, &mut product] {
        profile.friction_comments = FRICTION_Q3;
        profile.works_well_comments = WORKS_Q3;
        profile.sources = [
            ("roadmap_vs_quarter", 0.35),
            ("deal_requests", 0.2),
            ("release_timing", 0.15),
            ("pricing", 0.3),
            ("enablement", 0.15),
            ("feedback_loop", 0.3),
            ("incentives", 0.1),
            ("handoffs", 0.15),
        ]
        .into_iter()
        .collect();
    }
    (sales, product)
}

/// A workshop with `sales` and `product` responses drawn from the given profiles.
pub fn generate(
    seed: u64,
    workshop: Workshop,
    profiles: &(AnswerProfile, AnswerProfile),
    sales: usize,
    product: usize,
) -> Workshop {
    let mut rng = SplitMix64::new(seed);
    let mut workshop = workshop;
    let statements: Vec<String> = workshop
        .questionnaire
        .statements
        .iter()
        .map(|statement| statement.key.clone())
        .collect();
    let mut responses = Vec::with_capacity(sales + product);
    for _ in 0..sales {
        responses.push(
            profiles
                .0
                .respond(Function::Sales, &statements, &mut rng)
                .normalized(),
        );
    }
    for _ in 0..product {
        responses.push(
            profiles
                .1
                .respond(Function::Product, &statements, &mut rng)
                .normalized(),
        );
    }
    workshop.responses.extend(responses);
    workshop
}

fn base(title: &str, date: Date, expected: Headcount) -> Workshop {
    let mut workshop = Workshop::new(title, date);
    workshop.meta.organisation = String::from("Northwind Analytics");
    workshop.meta.facilitator = String::from("Priya Raman");
    workshop.meta.expected = expected;
    // Workshops that were run: the facilitator revealed their results to the room.
    workshop.revealed = true;
    workshop.time_boxes = [
        (Stage::Framing, 10),
        (Stage::Capture, 15),
        (Stage::Reveal, 20),
        (Stage::Diagnose, 20),
        (Stage::Agree, 25),
    ]
    .into_iter()
    .collect();
    workshop
}

fn action(
    text: &str,
    owner: Owner,
    due: Option<Date>,
    finding: Option<&str>,
    done: bool,
) -> ActionItem {
    ActionItem {
        text: text.to_owned(),
        owner,
        owner_name: String::new(),
        due,
        finding: finding.map(str::to_owned),
        done,
    }
}

fn agreement(text: &str, finding: Option<&str>) -> Agreement {
    Agreement {
        text: text.to_owned(),
        finding: finding.map(str::to_owned),
    }
}

fn notes(pairs: &[(&str, &str)]) -> BTreeMap<NoteKey, String> {
    pairs
        .iter()
        .map(|(key, note)| (NoteKey::from((*key).to_owned()), (*note).to_owned()))
        .collect()
}

/// The bundled example workshops: one organisation over three quarters, a toxic start and
/// then improvement. Returned as (file name, workshop).
#[allow(
    clippy::too_many_lines,
    reason = "three workshops' notes, agreements and actions"
)]
pub fn example_workshops() -> Vec<(&'static str, Workshop)> {
    let date = |y, m, d| Date::new(y, m, d).unwrap();

    let mut q1 = generate(
        0x2026_0001,
        base(
            "Sales & Product alignment, Q1 2026",
            date(2026, 2, 12),
            Headcount {
                sales: 24,
                product: 16,
            },
        ),
        &quarter_one_profiles(),
        22,
        14,
    );
    q1.stage = Stage::Close;
    q1.notes = notes(&[
        (
            "overall",
            "Room was tense; several people said this was the first time both teams heard each other's numbers.",
        ),
        (
            "personal_conflict",
            "Blame in pipeline reviews came up repeatedly. Agreed to keep the review about deals, not people.",
        ),
        (
            "process_conflict_unresolved",
            "Nobody could name who decides when a big deal needs a roadmap change.",
        ),
        (
            "perception_gap",
            "Sales sees far more friction than product does; product was surprised.",
        ),
    ]);
    q1.agreements = vec![
        agreement(
            "Roadmap changes for a deal go through a weekly deal desk, not through escalation.",
            Some("process_conflict_unresolved"),
        ),
        agreement(
            "The VP Sales and VP Product settle deadlocks within five working days.",
            Some("process_conflict_unresolved"),
        ),
        agreement(
            "No feature is promised to a customer without a product owner's yes in writing.",
            None,
        ),
    ];
    q1.actions = vec![
        action(
            "Set up the weekly deal desk with one PM and one sales lead",
            Owner::Joint,
            Some(date(2026, 3, 1)),
            Some("process_conflict_unresolved"),
            true,
        ),
        action(
            "Publish a decision-rights one-pager: who decides what",
            Owner::ExecutiveSponsor,
            Some(date(2026, 3, 15)),
            Some("process_conflict_unresolved"),
            true,
        ),
        action(
            "Share the release calendar with the whole sales team",
            Owner::Product,
            Some(date(2026, 2, 28)),
            None,
            true,
        ),
        action(
            "Run a blameless review of the Contoso escalation",
            Owner::Joint,
            Some(date(2026, 3, 20)),
            Some("personal_conflict"),
            false,
        ),
    ];

    let mut q2 = generate(
        0x2026_0002,
        base(
            "Sales & Product alignment, Q2 2026",
            date(2026, 5, 14),
            Headcount {
                sales: 24,
                product: 18,
            },
        ),
        &quarter_two_profiles(),
        19,
        15,
    );
    q2.stage = Stage::Close;
    q2.notes = notes(&[
        (
            "overall",
            "Calmer session. The deal desk is credited by both sides; pricing is the new hot spot.",
        ),
        (
            "left_to_fester",
            "Issues still surface late at quarter-end; agreed on an earlier check-in.",
        ),
    ]);
    q2.agreements = vec![
        agreement(
            "Keep the weekly deal desk; rotate the PM seat monthly.",
            None,
        ),
        agreement(
            "Pricing changes are previewed to sales leadership two weeks before launch.",
            None,
        ),
    ];
    q2.actions = vec![
        action(
            "Add a mid-quarter sales/product sync to raise problems early",
            Owner::Joint,
            Some(date(2026, 6, 1)),
            Some("left_to_fester"),
            true,
        ),
        action(
            "Enablement session before each release",
            Owner::Product,
            Some(date(2026, 6, 15)),
            None,
            true,
        ),
        action(
            "Align the sales bonus plan with adoption targets",
            Owner::ExecutiveSponsor,
            Some(date(2026, 7, 1)),
            None,
            false,
        ),
    ];

    let mut q3 = generate(
        0x2026_0003,
        base(
            "Sales & Product alignment, Q3 2026",
            date(2026, 8, 20),
            Headcount {
                sales: 25,
                product: 18,
            },
        ),
        &quarter_three_profiles(),
        21,
        16,
    );
    q3.stage = Stage::Agree;
    q3.notes = notes(&[
        (
            "overall",
            "Disagreements are about priorities now, not people. Both sides want to keep the deal desk.",
        ),
        (
            "productive_task_conflict",
            "Healthy debate on the analytics roadmap; the tie-breaker was used once and accepted.",
        ),
    ]);
    q3.agreements = vec![agreement(
        "Keep the deal desk and the exec tie-breaker as they are.",
        None,
    )];
    q3.actions = vec![
        action(
            "Route lost-deal feedback to the owning PM within a week",
            Owner::Sales,
            Some(date(2026, 9, 30)),
            None,
            false,
        ),
        action(
            "Invite sales leadership to the pricing council",
            Owner::Product,
            Some(date(2026, 9, 15)),
            None,
            false,
        ),
    ];

    vec![
        ("2026-q1-northwind.ron", q1),
        ("2026-q2-northwind.ron", q2),
        ("2026-q3-northwind.ron", q3),
    ]
}

/// A large workshop for benchmarks and property tests: `responses` answers, split evenly,
/// drawn from the first quarter's (toxic) profiles.
pub fn large_workshop(seed: u64, responses: usize) -> Workshop {
    let date = Date::new(2026, 1, 1).unwrap();
    let sales = responses / 2;
    generate(
        seed,
        base("Synthetic workshop", date, Headcount::default()),
        &quarter_one_profiles(),
        sales,
        responses - sales,
    )
}

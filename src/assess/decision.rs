//! `Decision`: the committee's result for one worker: the grade assessed, the
//! weighted total, and everything that decided it (the checks of each grade
//! tested, an exceptional rule, the demotion line, the quotas that ranked them).

use serde::Serialize;

use crate::assess::{Check, Score};

/// What happened to a worker's grade.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Change {
    /// Moved up one grade or more (晋升).
    Promoted,
    /// Moved down a grade (降级).
    Demoted,
    /// Kept in the current grade (维持).
    Kept,
    /// No scores: not assessed, grade unchanged.
    NotScored,
}

impl Change {
    /// The change's machine name, as JSON and CSV write it: `promoted`, `not-scored`.
    pub fn name(self) -> &'static str {
        match self {
            Change::Promoted => "promoted",
            Change::Demoted => "demoted",
            Change::Kept => "kept",
            Change::NotScored => "not-scored",
        }
    }

    /// The change in `lang`, as the report and the record print it: 晋升,
    /// 降级, 维持, 未参评 (the CSV's column keeps [`name`](Change::name)).
    pub fn words(self, lang: crate::assess::Lang) -> String {
        crate::t!(in lang.ui(); &format!("assess-change-{}", self.name()))
    }
}

/// The tests of one grade above the current one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    /// The grade tested (index in the ladder).
    pub grade: usize,
    /// Each threshold and prerequisite tested, with its outcome.
    pub checks: Vec<Check>,
    /// Cleared only under an exceptional rule (a skip, or a waiver).
    pub by_exception: bool,
}

impl Attempt {
    /// True when every check passed or was waived.
    pub fn clears(&self) -> bool {
        self.checks.iter().all(Check::clears)
    }
}

/// Why the next grade up was not reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Blocked {
    /// Its checks failed.
    Failed(Attempt),
    /// This assessment does not promote into it (no `min_score`).
    NotAssessed(usize),
}

/// Two workers with the same total, told apart by a tie-break.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TieNote {
    /// The worker on the other side of the quota's cut.
    pub other: String,
    /// The tie-break that decided: a dimension's name, a column, `employee_id`
    /// or `enterprise_id`.
    pub key: String,
    /// This worker's value of the tie-break key.
    pub ours: String,
    /// The other worker's value of it.
    pub theirs: String,
}

/// How a quota ranked a worker who would be promoted into the grades it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuotaNote {
    /// Index in the rules' quotas.
    pub quota: usize,
    /// The enterprise the quota counted over, or empty for the whole roster.
    pub group: String,
    /// Workers in the group the quota counts over.
    pub headcount: usize,
    /// How many may be at or above the grade.
    pub limit: usize,
    /// Workers already there who stay.
    pub incumbents: usize,
    /// Places left for promotions.
    pub places: usize,
    /// Workers competing for them.
    pub candidates: usize,
    /// 1-based rank among them.
    pub rank: usize,
    /// Whether the worker's rank won a place.
    pub admitted: bool,
    /// The tie-break that decided the worker's place, when the total tied at the cut.
    pub tie: Option<TieNote>,
}

/// One worker's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// Index in the roster.
    pub candidate: usize,
    /// The grade before the assessment (index in the ladder).
    pub current: usize,
    /// The grade after it (index in the ladder).
    pub assessed: usize,
    /// The step after the assessment, when the roster has steps.
    pub step: Option<u32>,
    /// The weighted total; `None` when the worker has no scores.
    pub total: Option<Score>,
    /// Grades above the current one the worker qualified for, lowest first.
    pub qualified: Vec<Attempt>,
    /// Why the worker did not go higher.
    pub blocked: Option<Blocked>,
    /// The exceptional rule that applied to the worker (index).
    pub exceptional: Option<usize>,
    /// The demotion line the total fell below.
    pub demotion: Option<Score>,
    /// How each quota ranked the worker, where one applied.
    pub quotas: Vec<QuotaNote>,
}

impl Decision {
    /// Promoted, demoted, kept or not scored.
    pub fn change(&self) -> Change {
        match (self.total, self.assessed.cmp(&self.current)) {
            (None, _) => Change::NotScored,
            (_, std::cmp::Ordering::Greater) => Change::Promoted,
            (_, std::cmp::Ordering::Less) => Change::Demoted,
            _ => Change::Kept,
        }
    }

    /// A quota refused the worker grade `g`: the highest grade below it the
    /// worker qualified for, or the current grade (the roster-wide and the
    /// per-enterprise quotas both fall back this way).
    pub fn refused(&mut self, g: usize) {
        self.assessed = self
            .qualified
            .iter()
            .rev()
            .find(|a| a.grade < g)
            .map_or(self.current, |a| a.grade);
    }

    /// The attempt that put the worker at the assessed grade, when promoted.
    pub fn promotion(&self) -> Option<&Attempt> {
        self.qualified.iter().find(|a| a.grade == self.assessed)
    }
}

//! Grade assessment (能级认定): the committee's rules, the roster and the scores it
//! reads, and the decisions they lead to: who is promoted, who is demoted, who is
//! held back by a quota, and why.

mod condition;
mod dimension;
mod exceptional;
mod grade_rule;
mod prerequisite;
mod quota;
mod ranking;
mod rules;
mod score;

pub use condition::{Condition, Op};
pub use dimension::{weighted_total, Dimension};
pub use exceptional::Exceptional;
pub use grade_rule::{GradeRule, Years};
pub use prerequisite::{CertificateRule, DisciplineRule, TimeInGrade, Waiver};
pub use quota::{Limit, Quota, QuotaScope};
pub use ranking::{SortKey, TieBreak};
pub use rules::{AssessmentMeta, AssessmentRules, Demotion, Promotion};
pub use score::Score;

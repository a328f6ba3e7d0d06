//! Grade assessment (能级认定): the committee's rules, the roster and the scores it
//! reads, and the decisions they lead to: who is promoted, who is demoted, who is
//! held back by a quota, and why.

mod assess_format;
mod assessment;
mod check;
mod condition;
mod decision;
mod dimension;
mod evidence;
mod exceptional;
mod grade_rule;
mod job;
mod new_roster;
mod pay_effect;
mod pay_job;
mod prerequisite;
mod quota;
mod rank_key;
mod ranking;
mod reason;
mod record;
mod report;
pub mod roster_quota;
mod roster_table;
mod rules;
mod score;
mod score_sheet;
pub mod scores_by_id;
mod scores_index;
mod stream;
mod summary;

pub use assess_format::AssessFormat;
pub use assessment::{Assessment, Inputs};
pub use check::{months_between, Check, Lang, Test};
pub use condition::{Condition, Op};
pub use decision::{Attempt, Blocked, Change, Decision, QuotaNote, TieNote};
pub use dimension::{weighted_total, Dimension};
pub use evidence::{Evidence, Facts};
pub use exceptional::Exceptional;
pub use grade_rule::{GradeRule, Years};
pub use job::{AssessChunk, AssessError, AssessJob};
pub use new_roster::{write_roster, write_rows};
pub use pay_effect::{Alike, Cost, GradeCost, PayEffect, WorkerCost, MONTHS};
pub use pay_job::PayJob;
pub use prerequisite::{CertificateRule, DisciplineRule, TimeInGrade, Waiver};
pub use quota::{Limit, Quota, QuotaScope};
pub use rank_key::RankKey;
pub use ranking::{SortKey, TieBreak};
pub use record::{RecordContext, RecordError, TEMPLATE, TEMPLATE_NAME};
pub use report::{AssessmentReport, JsonPart};
pub use roster_table::{Candidate, KeyColumns, RosterTable};
pub use rules::{AssessmentMeta, AssessmentRules, Demotion, Promotion};
pub use score::Score;
pub use score_sheet::{Binding, Matcher, ScoreRow, ScoreSheet};
pub use scores_index::{ScoresCursor, ScoresIndex};
pub use stream::{stream, ScoresInput, Streamed};

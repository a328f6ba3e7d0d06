//! Comparing offers (方案对比): what each offer costs, who gains and loses, how it
//! changes the distribution of pay, and whether it lifts the bottom (扩中提低).
//!
//! Pure: takes computed pay sheets and returns a [`Comparison`]; the writers put
//! it out as text with terminal bar charts, CSV, JSON or a self-contained HTML
//! page with inline SVG. No floating point anywhere, also not in the charts.

mod bars;
mod by_worker;
mod compare_error;
mod compare_job;
mod compare_options;
mod comparison;
mod csv;
mod format;
mod grade_row;
mod guideline;
mod html;
mod html_charts;
mod offer_change;
mod percentage;
mod roster_compare;
mod scale;
mod scenario;
mod scenario_summary;
mod spread;
mod streamed_comparison;
mod svg;
mod tally;
mod term_html;
mod text;
pub(crate) use text::yes_no;
mod threshold;
mod wage_bill;
mod worker_change;

pub use compare_error::CompareError;
pub use compare_options::CompareOptions;
pub use comparison::Comparison;
pub use csv::{csv_as_xlsx, write_csv, write_worker, write_xlsx, OfferTotal, HEADER as CSV_HEADER};
pub use format::CompareFormat;
pub use grade_row::{CellRow, GradeRow};
pub use guideline::{GuidelineLines, GuidelinePosition};
pub use html::write_html;
pub use offer_change::OfferChange;
pub use percentage::Percentage;
pub use roster_compare::{RosterCompare, RosterCompareError};
pub use scenario::Scenario;
pub use scenario_summary::ScenarioSummary;
pub use spread::{Below, Spread, RATIO_PLACES};
pub use streamed_comparison::StreamedComparison;
pub(crate) use tally::worker_change;
pub use tally::{CompareTally, TallyScenario};
pub use text::write_text;
pub use threshold::{Threshold, ThresholdBasis, MINIMUM_WAGE_MULTIPLE};
pub use wage_bill::{WageBill, MONTHS};
pub use worker_change::{changed_components, WorkerChange};

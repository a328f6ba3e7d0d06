//! `Promotion`: the rules' `[promotion]`: how far a worker rises in one cycle, and the
//! step a promoted worker starts at.

/// `[promotion]`: at most `max_grades` up per cycle (1 unless an exceptional rule
/// allows more), and the step (档次) a promoted worker starts at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Promotion {
    /// The most grades a worker goes up in one cycle (1 unless an exceptional rule allows more).
    pub(crate) max_grades: u32,
    /// The step (档次) a promoted worker starts at in the new grade.
    pub step: u32,
}

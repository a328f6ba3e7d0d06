//! `ScoreRow`: one worker's row of scores, matched to the roster.

use csv::StringRecord;

use crate::assess::Score;

/// One worker's scores.
#[derive(Debug, Clone)]
pub struct ScoreRow {
    /// The row's line in the scores file.
    pub line: u64,
    /// Index of the worker in the roster.
    pub candidate: usize,
    /// One per dimension, in the rules' order.
    pub scores: Vec<Score>,
    /// The whole row as read.
    pub record: StringRecord,
}

//! `Matcher`: the roster's ids, to match rows of scores to workers, and the line
//! each worker was first scored on.

use std::collections::HashMap;

use crate::assess::RosterTable;

/// The roster's ids, to match rows of scores to workers, and the line each
/// worker was first scored on.
#[derive(Debug)]
pub struct Matcher<'a> {
    pub(crate) by_id: HashMap<&'a str, Vec<usize>>,
    pub(crate) first_line: HashMap<usize, u64>,
}

impl<'a> Matcher<'a> {
    /// The ids of `roster`'s workers.
    pub fn new(roster: &'a RosterTable) -> Matcher<'a> {
        let mut by_id: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, c) in roster.candidates.iter().enumerate() {
            by_id.entry(c.employee_id.as_str()).or_default().push(i);
        }
        Matcher {
            by_id,
            first_line: HashMap::new(),
        }
    }
}

//! `Field`: which amount of a schedule file an edit in the page changes, read
//! from the form's field name (`grade.3.pay.2`, `allowance.0.cap`, ...).

use std::str::FromStr;

use super::EditError;

/// What an edit changes. Grades and allowances are counted from 0 in file
/// order; steps from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The pay of one step of a grade written as a `pay` table.
    Pay {
        /// The grade, from 0.
        grade: usize,
        /// The step, from 1.
        step: usize,
    },
    /// The step-1 pay of a grade written as base plus increment.
    Base {
        /// The grade, from 0.
        grade: usize,
    },
    /// The increment a step of a grade written as base plus increment.
    Increment {
        /// The grade, from 0.
        grade: usize,
    },
    /// The number of steps of a grade written as base plus increment.
    Steps {
        /// The grade, from 0.
        grade: usize,
    },
    /// The monthly amount of an allowance.
    Amount {
        /// The allowance, from 0.
        allowance: usize,
    },
    /// The cap of an allowance.
    Cap {
        /// The allowance, from 0.
        allowance: usize,
    },
}

impl FromStr for Field {
    type Err = EditError;

    /// `grade.3.pay.2`, `grade.0.base`, `allowance.4.cap`, ...
    fn from_str(s: &str) -> Result<Field, EditError> {
        let bad = || EditError::Field(s.chars().take(60).collect());
        let parts: Vec<&str> = s.split('.').collect();
        let index = |t: &str| t.parse::<usize>().map_err(|_| bad());
        match parts.as_slice() {
            ["grade", g, "pay", step] => {
                let step = index(step)?;
                if step == 0 {
                    return Err(bad());
                }
                Ok(Field::Pay {
                    grade: index(g)?,
                    step,
                })
            }
            ["grade", g, "base"] => Ok(Field::Base { grade: index(g)? }),
            ["grade", g, "increment"] => Ok(Field::Increment { grade: index(g)? }),
            ["grade", g, "steps"] => Ok(Field::Steps { grade: index(g)? }),
            ["allowance", a, "amount"] => Ok(Field::Amount {
                allowance: index(a)?,
            }),
            ["allowance", a, "cap"] => Ok(Field::Cap {
                allowance: index(a)?,
            }),
            _ => Err(bad()),
        }
    }
}

impl Field {
    /// Whether the edit can change how the roster's rows are read (a grade's
    /// number of steps); amounts alone leave the workers as they were read.
    pub fn reshapes(self) -> bool {
        matches!(self, Field::Steps { .. })
    }

    /// Whether the edit changes grade pay and nothing else, so that only the
    /// workers of a grade whose pay changed need pricing again.
    pub fn grade_pay_only(self) -> bool {
        matches!(
            self,
            Field::Pay { .. } | Field::Base { .. } | Field::Increment { .. }
        )
    }
}

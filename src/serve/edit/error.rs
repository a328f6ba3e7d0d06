//! `EditError`: why an edit made in the page cannot be applied to the
//! schedule file, told in the page's language.

use crate::i18n::Lang;
use crate::t;

/// Why an edit cannot be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    /// The form named a field the workbench does not edit; holds the name.
    Field(String),
    /// The value is not an amount of money.
    Amount {
        /// The value as typed.
        value: String,
    },
    /// The amount is negative.
    Negative {
        /// The value as typed.
        value: String,
    },
    /// The number of steps is not a whole number from 1 to 100.
    Steps {
        /// The value as typed.
        value: String,
    },
    /// The schedule file is not TOML that can be edited; holds the reason.
    Parse(String),
    /// The file has no such `[[grade]]` or `[[allowance]]`.
    Missing {
        /// The table's name: `grade` or `allowance`.
        table: &'static str,
        /// Its place in the file, from 1.
        index: usize,
    },
    /// The table does not write the key edited (a `pay` table has no `base`).
    NoKey {
        /// The table's name.
        table: &'static str,
        /// Its place in the file, from 1.
        index: usize,
        /// The key it lacks.
        key: &'static str,
    },
    /// The grade has no such step.
    NoStep {
        /// The grade's place, from 1.
        grade: usize,
        /// The step asked for.
        step: usize,
    },
    /// The grades are not written as an array of tables, so a cell cannot be found to edit.
    Form,
}

impl EditError {
    /// The error in words, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            EditError::Field(field) => t!(in lang; "serve-edit-field", field = field),
            EditError::Amount { value } => t!(in lang; "serve-edit-amount", value = value),
            EditError::Negative { value } => t!(in lang; "serve-edit-negative", value = value),
            EditError::Steps { value } => t!(in lang; "serve-edit-steps", value = value),
            EditError::Parse(error) => t!(in lang; "serve-edit-parse", error = error),
            EditError::Missing { table, index } => {
                t!(in lang; "serve-edit-missing", table = *table, index = *index)
            }
            EditError::NoKey { table, index, key } => {
                t!(in lang; "serve-edit-no-key", table = *table, index = *index, key = *key)
            }
            EditError::NoStep { grade, step } => {
                t!(in lang; "serve-edit-no-step", grade = *grade, step = *step)
            }
            EditError::Form => t!(in lang; "serve-edit-form"),
        }
    }
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(crate::i18n::lang()))
    }
}

impl std::error::Error for EditError {}

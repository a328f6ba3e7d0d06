//! `Stdin`: standard input read once, when a payroll or a month roster that
//! is read twice (a first pass, then the join) is `-`.

use std::io::Read;

use anyhow::{Context as _, Result};

use crate::cmd::io;

/// Standard input, read once when a file read twice is `-`.
#[derive(Debug, Default)]
pub(super) struct Stdin(std::sync::OnceLock<Vec<u8>>);

impl Stdin {
    /// A payroll's or a month roster's bytes (`-`: standard input, held).
    pub(super) fn open(&self, file: &str) -> std::io::Result<Box<dyn Read + '_>> {
        if file != "-" {
            return io::open(file);
        }
        if self.0.get().is_none() {
            let mut bytes = Vec::new();
            std::io::stdin().lock().read_to_end(&mut bytes)?;
            let _ = self.0.set(bytes);
        }
        Ok(Box::new(self.0.get().map_or(&[][..], Vec::as_slice)))
    }

    /// As [`Stdin::open`], with the roster's error.
    pub(super) fn open_roster(&self, file: &str) -> Result<Box<dyn Read + '_>> {
        self.open(file)
            .with_context(|| format!("cannot read the roster '{file}'"))
    }
}

//! `EnterpriseGroups`: a roster streamed one enterprise at a time.
//!
//! Pay is computed per enterprise (a profit-sharing pool is split within one), and
//! a worker id is unique within an enterprise, so rows come in groups of
//! consecutive rows with the same enterprise id, as HR exports list them. The
//! group buffer is reused, so memory grows with the largest enterprise, not with
//! the roster.

use std::collections::HashSet;

use crate::roster::{Field, RosterError, RosterErrors, RosterReader, Worker};
use crate::schedule::Schedule;

/// Reads consecutive same-enterprise rows into a reused buffer.
#[derive(Debug)]
pub struct EnterpriseGroups<'r, 'a> {
    reader: &'r mut RosterReader<'a>,
    buffer: Vec<Worker>,
    len: usize,
    /// The first row of the next group, read while closing this one.
    pending: Worker,
    has_pending: bool,
    finished: HashSet<String>,
    order: Vec<usize>,
    repeats: Vec<usize>,
    rows: u64,
}

impl<'r, 'a> EnterpriseGroups<'r, 'a> {
    /// Groups the rows `reader` reads by enterprise.
    pub fn new(reader: &'r mut RosterReader<'a>) -> Self {
        EnterpriseGroups {
            reader,
            buffer: Vec::new(),
            len: 0,
            pending: Worker::default(),
            has_pending: false,
            finished: HashSet::new(),
            order: Vec::new(),
            repeats: Vec::new(),
            rows: 0,
        }
    }

    /// Rows read so far, good and bad.
    pub fn rows(&self) -> u64 {
        self.rows
    }

    /// The next enterprise's good rows; bad rows go to `errors` and are left out.
    /// `Err` when the file cannot be read further or an enterprise's rows are not
    /// together.
    pub fn next_group(
        &mut self,
        schedule: &Schedule,
        errors: &mut RosterErrors,
    ) -> Result<Option<&[Worker]>, RosterError> {
        self.len = 0;
        if self.has_pending {
            self.slot_at(0);
            std::mem::swap(&mut self.buffer[0], &mut self.pending);
            self.has_pending = false;
            self.len = 1;
        }
        loop {
            self.slot_at(self.len);
            let (head, tail) = self.buffer.split_at_mut(self.len);
            let slot = &mut tail[0];
            let Some(clean) = self.reader.next_into(schedule, slot, errors)? else {
                break;
            };
            self.rows += 1;
            if !clean {
                continue;
            }
            let starts_new = head
                .first()
                .is_some_and(|first| first.enterprise_id != slot.enterprise_id);
            if (starts_new || head.is_empty()) && self.finished.contains(&slot.enterprise_id) {
                let col = self
                    .reader
                    .columns()
                    .position(Field::EnterpriseId)
                    .unwrap_or(0);
                return Err(RosterError {
                    location: self.reader.origin().at(slot.line, Some(col as u64 + 1)),
                    message: crate::t!(
                        "roster-enterprise-apart",
                        enterprise = slot.enterprise_id.as_str()
                    ),
                    hint: crate::i18n::hint(crate::t!("roster-enterprise-apart-hint")),
                });
            }
            if starts_new {
                std::mem::swap(slot, &mut self.pending);
                self.has_pending = true;
                break;
            }
            self.len += 1;
        }
        if self.len == 0 {
            return Ok(None);
        }
        self.check_duplicates(errors);
        self.finished.insert(self.buffer[0].enterprise_id.clone());
        Ok(Some(&self.buffer[..self.len]))
    }

    /// Makes sure the buffer has a worker at `i` to fill.
    fn slot_at(&mut self, i: usize) {
        while self.buffer.len() <= i {
            self.buffer.push(Worker::default());
        }
    }

    /// Duplicate ids within the group, found by sorting (no allocation per row).
    fn check_duplicates(&mut self, errors: &mut RosterErrors) {
        let group = &self.buffer[..self.len];
        self.repeats.clear();
        self.reader
            .columns()
            .find_duplicates(group, &mut self.order, errors, &mut self.repeats);
    }
}

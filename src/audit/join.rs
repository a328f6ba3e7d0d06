//! `Groups` and `Join`: how a second file is joined to a streamed roster by
//! enterprise without being held. A first pass notes the file's enterprises in
//! file order (one entry per enterprise, not per worker) and refuses an
//! enterprise whose rows are apart; a second pass reads the file again beside
//! the roster, handing each roster enterprise its rows. audit's payroll and
//! arrears' month payrolls and month rosters are joined by this one cursor.

use std::collections::HashMap;
use std::ops::Range;

use csv::{ByteRecord, StringRecord};

use crate::io::{Records, TableError, TableReader};
use crate::pipeline::Rows;
use crate::roster::RosterError;
use crate::Location;

/// One enterprise's rows of the file.
#[derive(Debug, Clone)]
pub struct Group {
    /// The enterprise's id, trimmed.
    pub id: String,
    /// The line of its first row.
    pub line: u64,
    /// How many rows it has.
    pub rows: usize,
}

/// A file's enterprises in file order.
#[derive(Debug, Default)]
pub struct Groups {
    groups: Vec<Group>,
    position: HashMap<String, usize>,
}

/// An enterprise whose rows are not together: the line it started on, and
/// the line of the last enterprise started since.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Apart {
    /// The line the enterprise's first rows started on.
    pub first: u64,
    /// The first line of the other enterprise that came in between.
    pub other: u64,
}

impl Groups {
    /// Notes a row of enterprise `id` on `line`: true when it starts a new
    /// enterprise; an error when the enterprise's rows came before, apart.
    pub fn note(&mut self, id: &str, line: u64) -> Result<bool, Apart> {
        if self.groups.last().is_some_and(|g| g.id == id) {
            return Ok(false);
        }
        if let Some(&at) = self.position.get(id) {
            return Err(Apart {
                first: self.groups[at].line,
                other: self.groups.last().map_or(0, |g| g.line),
            });
        }
        self.position.insert(id.to_string(), self.groups.len());
        self.groups.push(Group {
            id: id.to_string(),
            line,
            rows: 0,
        });
        Ok(true)
    }

    /// Counts a row in the enterprise noted last.
    pub fn count(&mut self) {
        if let Some(g) = self.groups.last_mut() {
            g.rows += 1;
        }
    }

    /// Where enterprise `id` is in the file's order.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.position.get(id).copied()
    }

    /// How many enterprises the file has.
    pub fn len(&self) -> usize {
        self.groups.len()
    }

    /// True when the file has no rows.
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// The `i`th enterprise.
    pub fn get(&self, i: usize) -> &Group {
        &self.groups[i]
    }
}

/// A record type a [`Join`] can read: text, or raw bytes.
pub trait JoinRecord: Default {
    /// Reads the next record; false at the end.
    fn read_from(table: &mut TableReader<'_>, record: &mut Self) -> Result<bool, TableError>;
}

impl JoinRecord for StringRecord {
    fn read_from(table: &mut TableReader<'_>, record: &mut Self) -> Result<bool, TableError> {
        table.read_record(record)
    }
}

impl JoinRecord for ByteRecord {
    fn read_from(table: &mut TableReader<'_>, record: &mut Self) -> Result<bool, TableError> {
        table.read_byte_record(record)
    }
}

/// Where a [`Join`] puts the rows it reads: reused records and how many of
/// them are filled, or a pipeline chunk's [`Records`].
pub trait JoinRows {
    /// How many rows are filled.
    fn filled(&self) -> usize;
    /// Reads `table`'s next row after the filled ones; false at its end.
    fn read_next(&mut self, table: &mut TableReader<'_>) -> Result<bool, TableError>;
}

impl<R: JoinRecord> JoinRows for (&mut Vec<R>, &mut usize) {
    fn filled(&self) -> usize {
        *self.1
    }

    fn read_next(&mut self, table: &mut TableReader<'_>) -> Result<bool, TableError> {
        let (records, len) = self;
        if records.len() <= **len {
            records.push(R::default());
        }
        let read = R::read_from(table, &mut records[**len])?;
        **len += usize::from(read);
        Ok(read)
    }
}

impl JoinRows for Records {
    fn filled(&self) -> usize {
        self.len()
    }

    fn read_next(&mut self, table: &mut TableReader<'_>) -> Result<bool, TableError> {
        table.read_into(self)
    }
}

/// One roster enterprise's share of the joined file, or (`roster: None`)
/// rows of enterprises the roster does not have.
#[derive(Debug, Clone)]
pub struct Segment {
    /// The enterprise's rows in the chunk.
    pub roster: Option<Range<usize>>,
    /// Its rows of the joined file, in the chunk's joined records.
    pub payroll: Range<usize>,
}

/// Where a roster enterprise is: what an order error names.
#[derive(Debug, Clone, Copy)]
pub struct Place<'r> {
    /// The roster's name.
    pub roster: &'r str,
    /// The line of the enterprise's first row.
    pub line: u64,
}

/// The messages of a join: (message, hint) for an enterprise that comes
/// after `other` on the roster (at `place`) but before it in the file; and
/// the message for a file that changed between the passes.
#[derive(Debug, Clone, Copy)]
pub struct JoinMessages {
    /// `(enterprise, other, place)` to (message, hint).
    pub order: fn(&str, &str, Place<'_>) -> (String, String),
    /// The file has fewer rows than the first pass found.
    pub changed: fn() -> String,
}

/// The second pass over a file, one enterprise after another, in step with
/// the roster.
pub struct Join<'a, R> {
    groups: Groups,
    table: TableReader<'a>,
    origin: Location,
    enterprise_col: Option<usize>,
    messages: JoinMessages,
    /// The enterprise column's header, which an order error names, if set.
    field: Option<String>,
    /// The next group not yet read.
    next: usize,
    _record: std::marker::PhantomData<R>,
}

impl<R> std::fmt::Debug for Join<'_, R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Join")
            .field("next", &self.next)
            .finish_non_exhaustive()
    }
}

impl<'a, R: JoinRecord> Join<'a, R> {
    /// The second pass over the file `groups` were noted from, opened as
    /// `table`; `enterprise_col` is the file's enterprise column (0-based),
    /// which an order error points at.
    pub fn new(
        groups: Groups,
        table: TableReader<'a>,
        enterprise_col: Option<usize>,
        messages: JoinMessages,
    ) -> Join<'a, R> {
        Join {
            groups,
            origin: table.origin().clone(),
            table,
            enterprise_col,
            messages,
            field: None,
            next: 0,
            _record: std::marker::PhantomData,
        }
    }

    /// The same join, its order errors naming the enterprise column's header.
    pub fn with_field(mut self, header: &str) -> Join<'a, R> {
        self.field = Some(header.to_string());
        self
    }

    /// The file's enterprises.
    pub fn groups(&self) -> &Groups {
        &self.groups
    }

    /// Where enterprise `id` is, when the file has it and it is not read yet.
    pub fn ahead(&self, id: &str) -> Option<usize> {
        self.groups.position(id).filter(|&at| at >= self.next)
    }

    /// True when every enterprise was read.
    pub fn is_done(&self) -> bool {
        self.next >= self.groups.len()
    }

    /// The next enterprise not yet read.
    pub fn peek(&self) -> Option<&Group> {
        (!self.is_done()).then(|| self.groups.get(self.next))
    }

    /// Adds to `records` (reused, from `*len`) and `segments` the rows of the
    /// chunk's enterprises, each after the rows of any enterprise the roster
    /// skipped; returns how many records it filled. An enterprise whose rows
    /// were passed already (the files are not in the same enterprise order)
    /// is an error naming both places.
    pub fn attach(
        &mut self,
        rows: &Rows,
        records: &mut Vec<R>,
        segments: &mut Vec<Segment>,
    ) -> Result<usize, RosterError> {
        let mut len = 0;
        let roster = rows.file().map_or("", |f| &f.name);
        for range in rows.enterprises() {
            let id = std::str::from_utf8(rows.enterprise(range.start)).unwrap_or("");
            let place = Place {
                roster,
                line: rows.line(range.start),
            };
            let found = self.up_to(id, place, &mut (&mut *records, &mut len), segments)?;
            segments.push(Segment {
                roster: Some(range),
                payroll: found,
            });
        }
        Ok(len)
    }

    /// Reads up to and including enterprise `id` (at `place` on the roster):
    /// any enterprise before it goes to `segments` as one segment the roster
    /// does not have; returns the range of `id`'s own rows (empty when the
    /// file lacks it).
    pub fn up_to(
        &mut self,
        id: &str,
        place: Place<'_>,
        store: &mut impl JoinRows,
        segments: &mut Vec<Segment>,
    ) -> Result<Range<usize>, RosterError> {
        let Some(at) = self.groups.position(id) else {
            return Ok(store.filled()..store.filled());
        };
        if at < self.next {
            let group = &self.groups.groups[at];
            let after = &self.groups.groups[self.next - 1];
            let col = self.enterprise_col.map(|c| c as u64 + 1);
            let (message, hint) = (self.messages.order)(id, &after.id, place);
            let mut location = self.origin.at(group.line, col);
            if let Some(header) = &self.field {
                location = location.with_field(header);
            }
            return Err(RosterError {
                location,
                message,
                hint,
            });
        }
        if at > self.next {
            let start = store.filled();
            while self.next < at {
                self.read_group(store)?;
            }
            segments.push(Segment {
                roster: None,
                payroll: start..store.filled(),
            });
        }
        let start = store.filled();
        self.read_group(store)?;
        Ok(start..store.filled())
    }

    /// Reads the next enterprise's rows after `store`'s filled ones.
    pub fn read_group(&mut self, store: &mut impl JoinRows) -> Result<(), RosterError> {
        let rows = self.groups.groups[self.next].rows;
        self.next += 1;
        for _ in 0..rows {
            let read = store.read_next(&mut self.table);
            self.row_read(read)?;
        }
        Ok(())
    }

    /// The next row; the first pass read every one, so anything else means
    /// the file changed in between.
    fn read(&mut self, record: &mut R) -> Result<(), RosterError> {
        let read = R::read_from(&mut self.table, record);
        self.row_read(read)
    }

    /// A row read, or why not.
    fn row_read(&self, read: Result<bool, TableError>) -> Result<(), RosterError> {
        match read {
            Ok(true) => Ok(()),
            Ok(false) => Err(RosterError {
                location: self.origin.at(0, None),
                message: (self.messages.changed)(),
                hint: String::new(),
            }),
            Err(e) => Err(e.into()),
        }
    }

    /// Every row of the enterprises not read yet, one by one; a row that
    /// cannot be read is `wrap`ped.
    pub fn rest<E>(
        &mut self,
        wrap: impl Fn(RosterError) -> E,
        mut each: impl FnMut(&R) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut record = R::default();
        while self.next < self.groups.len() {
            let rows = self.groups.groups[self.next].rows;
            self.next += 1;
            for _ in 0..rows {
                self.read(&mut record).map_err(&wrap)?;
                each(&record)?;
            }
        }
        Ok(())
    }
}

//! `Sourced<T>`: a standard with the file and line it was read from, for messages.

use crate::Location;

/// An entry with the place it was read from, for messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sourced<T> {
    /// The standard itself.
    pub item: T,
    /// The file and line of its table, for messages that name it.
    pub origin: Location,
}

impl<T> std::ops::Deref for Sourced<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.item
    }
}

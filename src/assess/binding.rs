//! `Binding`: where a scores file keeps what the assessment reads: the id, the
//! enterprise and name columns, one column per dimension.

/// Where the scores file keeps what the assessment reads.
#[derive(Debug, Clone)]
pub struct Binding {
    pub(crate) id: usize,
    pub(crate) enterprise: Option<usize>,
    pub(crate) name: Option<usize>,
    pub(crate) dimensions: Vec<usize>,
}

impl Binding {
    /// The enterprise column, if the scores have one.
    pub fn enterprise(&self) -> Option<usize> {
        self.enterprise
    }

    /// The employee id's column.
    pub fn id(&self) -> usize {
        self.id
    }
}

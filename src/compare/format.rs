//! `CompareFormat`: how a comparison is written.

/// The output format of `nengji compare`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum CompareFormat {
    /// Figures side by side and terminal bar charts, for people.
    #[default]
    Text,
    /// One row per worker per offer.
    Csv,
    /// Everything, for machines.
    Json,
    /// One self-contained page with inline SVG charts.
    Html,
}

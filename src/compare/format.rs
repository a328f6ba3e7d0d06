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
    /// The CSV's rows as an Excel workbook, with Chinese headers and numeric amounts.
    Xlsx,
}

impl crate::io::FileFormat for CompareFormat {
    fn extensions(self) -> &'static [&'static str] {
        match self {
            CompareFormat::Text => &["txt"],
            CompareFormat::Csv => &["csv"],
            CompareFormat::Json => &["json"],
            CompareFormat::Html => &["html", "htm"],
            CompareFormat::Xlsx => &["xlsx"],
        }
    }

    fn is_binary(self) -> bool {
        self == CompareFormat::Xlsx
    }
}

//! `AssessFormat`: the output formats of an assessment report.

/// The output format of an assessment.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum AssessFormat {
    /// Decisions with reasons, promotions and demotions, quotas and pay effect.
    #[default]
    Text,
    /// One row per worker.
    Csv,
    /// Everything, for machines.
    Json,
    /// The CSV's rows as an Excel workbook, with Chinese headers and reasons.
    Xlsx,
}

impl crate::io::FileFormat for AssessFormat {
    fn extensions(self) -> &'static [&'static str] {
        match self {
            AssessFormat::Text => &["txt"],
            AssessFormat::Csv => &["csv"],
            AssessFormat::Json => &["json"],
            AssessFormat::Xlsx => &["xlsx"],
        }
    }

    fn is_binary(self) -> bool {
        self == AssessFormat::Xlsx
    }
}

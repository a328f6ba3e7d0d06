//! `Format`: the file formats a document is written in, all from the same
//! rendered Markdown.

use super::docx::{to_docx, DocxError};
use super::html::to_html;

/// An output format (`--format`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Markdown, as the template wrote it.
    #[default]
    Md,
    /// One self-contained HTML page for A4 printing.
    Html,
    /// A Word document with real tables.
    Docx,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Html => "html",
            Format::Docx => "docx",
        }
    }

    /// The document's bytes in this format.
    pub fn write(self, markdown: &str, title: &str) -> Result<Vec<u8>, DocxError> {
        match self {
            Format::Md => Ok(markdown.as_bytes().to_vec()),
            Format::Html => Ok(to_html(markdown, title).into_bytes()),
            Format::Docx => to_docx(markdown, title),
        }
    }
}

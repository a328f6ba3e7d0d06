//! `Format`: the file formats a document is written in, all from the same
//! rendered Markdown.

use super::docx::{to_docx, DocxError};
use super::html::to_html;
use super::style::Style;

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

impl crate::io::FileFormat for Format {
    fn extensions(self) -> &'static [&'static str] {
        match self {
            Format::Md => &["md", "markdown"],
            Format::Html => &["html", "htm"],
            Format::Docx => &["docx"],
        }
    }

    fn is_binary(self) -> bool {
        self == Format::Docx
    }
}

impl Format {
    /// The format's name on the command line: `md`, `html`, `docx`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Html => "html",
            Format::Docx => "docx",
        }
    }

    /// The format a file name's extension says (`.md`, `.html`, `.docx`, in any
    /// case), if it says one.
    pub fn of_file(name: &str) -> Option<Format> {
        let (_, extension) = name.rsplit_once('.')?;
        [Format::Md, Format::Html, Format::Docx]
            .into_iter()
            .find(|f| extension.eq_ignore_ascii_case(f.name()))
    }

    /// The document's bytes in this format.
    pub fn write(self, markdown: &str, title: &str) -> Result<Vec<u8>, DocxError> {
        self.write_styled(markdown, title, Style::Standard)
    }

    /// The document's bytes in this format and page style (Markdown has none).
    pub fn write_styled(
        self,
        markdown: &str,
        title: &str,
        style: Style,
    ) -> Result<Vec<u8>, DocxError> {
        match self {
            Format::Md => Ok(markdown.as_bytes().to_vec()),
            Format::Html => Ok(to_html(markdown, title, style).into_bytes()),
            Format::Docx => to_docx(markdown, title, style),
        }
    }

    /// A rendered document's bytes in this format, titled (HTML `<title>`, DOCX
    /// properties) by its first heading: what `nengji render` and the record of
    /// `nengji assess` write.
    pub fn write_document(self, markdown: &str) -> Result<Vec<u8>, DocxError> {
        self.write(markdown, &super::document_title(markdown))
    }

    /// As [`Format::write_document`], in a page style (`render --style`).
    pub fn write_document_styled(self, markdown: &str, style: Style) -> Result<Vec<u8>, DocxError> {
        self.write_styled(markdown, &super::document_title(markdown), style)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_of_a_file_name() {
        assert_eq!(Format::of_file("record.md"), Some(Format::Md));
        assert_eq!(Format::of_file("dir.x/Record.HTML"), Some(Format::Html));
        assert_eq!(Format::of_file("a.docx"), Some(Format::Docx));
        assert_eq!(Format::of_file("a.pdf"), None);
        assert_eq!(Format::of_file("docx"), None);
    }

    #[test]
    fn a_document_is_titled_by_its_first_heading() {
        let md = "# 示例\\<公司\\>评审结果\n\n正文\n";
        let html = String::from_utf8(Format::Html.write_document(md).unwrap()).unwrap();
        assert!(
            html.contains("<title>示例&lt;公司&gt;评审结果</title>"),
            "{html}"
        );
        assert_eq!(Format::Md.write_document(md).unwrap(), md.as_bytes());
    }
}

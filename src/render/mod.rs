//! Rendering: the collective contract and its companion documents (offer,
//! notice, industry agreement) from a schedule and, optionally, a roster's
//! figures, in Markdown, HTML and DOCX. Pure: no file I/O; output goes to bytes
//! the command layer writes.
//!
//! The pipeline: [`DocumentContext`] (every figure from the schedule and the pay
//! engine) -> tera template (built-in or the user's) -> Markdown with values
//! escaped -> clauses numbered ([`Numbering`]) and checked against the clause
//! references of the schedule's rules -> [`Format`] (Markdown, HTML or DOCX).

mod adjustment_words;
mod bounded_filters;
pub mod capital;
mod clause_references;
mod context;
mod document;
mod docx;
mod docx_body;
mod docx_paragraph;
mod docx_parts;
mod docx_table;
mod engine_words;
pub mod escape;
mod finding_view;
pub(crate) mod finding_words;
mod format;
mod html;
mod html_table;
mod instrument;
mod numbering;
pub mod numerals;
mod piece_rates;
mod renderer;
mod reply_deadline;
mod roster_figures;
mod roster_view;
mod rule_words;
mod sandbox;
mod style;
mod templates;
mod title_lines;
mod views;

pub use adjustment_words::AdjustmentView;
pub use capital::{capital, CapitalError};
pub use clause_references::clause_references;
pub use context::DocumentContext;
pub use document::Document;
pub use docx::{document_xml, DocxError};
pub use finding_view::{FindingView, Severity};
pub use finding_words::{basis_zh, subject_zh};
pub use format::Format;
pub use html::PAGE_BREAK;
pub use numbering::{Numbering, NumberingError};
pub use piece_rates::PieceRateView;
pub use renderer::{RenderError, Rendered, Renderer};
pub use roster_figures::RosterFigures;
pub use roster_view::RosterView;
pub use style::Style;
pub use templates::{builtin, Builtin, BUILTINS};
pub use views::{AllowanceView, DateView, GradeView, MoneyView};

use crate::Schedule;

/// A finished document.
#[derive(Debug, Clone)]
pub struct Output {
    /// The document in Markdown, as the template rendered it.
    pub markdown: String,
    /// The clause numbers the document printed, by key, for cross-references.
    pub numbering: Numbering,
    /// Findings the rendering itself made (clause references that do not match
    /// the numbering); they are also listed in the document.
    pub findings: Vec<FindingView>,
}

/// Renders a document and checks the schedule's clause references against the
/// clause numbers it printed. With `mark_draft`, a mismatch renders it again as a
/// draft listing the mismatches; without, they are only returned.
pub fn render(
    renderer: &Renderer,
    template: &str,
    document: Document,
    schedule: &Schedule,
    mut context: DocumentContext,
    mark_draft: bool,
) -> Result<Output, RenderError> {
    let first = renderer.render(template, &context)?;
    let findings = if document.has_rule_clauses() {
        clause_references(schedule, &first.numbering)
    } else {
        Vec::new()
    };
    if findings.is_empty() || !mark_draft {
        return Ok(Output {
            markdown: first.markdown,
            numbering: first.numbering,
            findings,
        });
    }
    context.draft = true;
    context.findings.extend(findings.iter().cloned());
    let second = renderer.render(template, &context)?;
    Ok(Output {
        markdown: second.markdown,
        numbering: second.numbering,
        findings,
    })
}

/// The text of the document's first heading, for the HTML title and DOCX
/// properties.
pub fn document_title(markdown: &str) -> String {
    let heading = markdown
        .lines()
        .find_map(|l| l.strip_prefix("# "))
        .unwrap_or("");
    let mut out = String::with_capacity(heading.len());
    let mut chars = heading.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(next) = chars.next() {
                out.push(next);
            }
        } else {
            out.push(c);
        }
    }
    out.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_drops_markdown_escapes() {
        assert_eq!(
            document_title("> x\n\n# 示例\\<公司\\>合同\n"),
            "示例<公司>合同"
        );
        assert_eq!(document_title("no heading"), "");
    }
}

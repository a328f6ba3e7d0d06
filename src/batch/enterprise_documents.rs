//! An enterprise's documents in a batch (`--documents`): each kind asked for,
//! rendered with the enterprise's own figures and findings.

use super::enterprise::BatchJob;
use crate::batch::{BatchError, Documents};
use crate::pay::PaySheet;
use crate::render::{self, Document, DocumentContext, FindingView, RosterFigures};
use crate::roster::Worker;
use crate::Schedule;

impl BatchJob<'_, '_> {
    /// Renders an enterprise's documents with its own figures and findings.
    pub(super) fn write_documents(
        &self,
        documents: &Documents<'_>,
        enterprise: &str,
        schedule: &Schedule,
        workers: &[Worker],
        sheets: &[PaySheet],
        findings: Vec<FindingView>,
    ) -> Result<(), BatchError> {
        let mut figures = RosterFigures::new(schedule, self.batch.period);
        for (w, sheet) in workers.iter().zip(sheets) {
            figures.add(w, sheet);
        }
        for &asked in &documents.kinds {
            // An industry schedule's contract is its industry agreement.
            let kind = match (asked, schedule.meta.scope) {
                (Document::Contract, crate::schedule::Scope::Industry) => {
                    Document::IndustryAgreement
                }
                (Document::IndustryAgreement, crate::schedule::Scope::Enterprise) => {
                    Document::Contract
                }
                (kind, _) => kind,
            };
            let context = DocumentContext::build(
                kind,
                schedule,
                Some(&figures),
                None,
                findings.clone(),
                crate::calendar::Calendar::builtin(),
            );
            let output = render::render(
                documents.renderer,
                kind.template(),
                kind,
                schedule,
                context,
                true,
            )?;
            let bytes = documents
                .format
                .write(&output.markdown, &render::document_title(&output.markdown))?;
            let name = format!("{}.{}", kind.id(), documents.format.name());
            (documents.sink)(enterprise, &name, &bytes)?;
        }
        Ok(())
    }
}

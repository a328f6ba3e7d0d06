//! `OfferCard`: one offer on the page, its pay table and allowances to edit
//! as the file writes them, its files and its documents.

use serde::Serialize;

use crate::i18n::Lang;
use crate::render::Document;
use crate::schedule::StepForm;
use crate::serve::edit::{allowance_fields, AllowanceFields};
use crate::serve::workspace::Offer;
use crate::{t, Money};

#[derive(Debug, Serialize)]
struct Cell {
    step: usize,
    value: String,
}

#[derive(Debug, Serialize)]
struct GradeEdit {
    index: usize,
    name: String,
    /// An explicit table (else base and increment).
    table: bool,
    cells: Vec<Cell>,
    base: String,
    increment: String,
    steps: usize,
}

/// One offer's card: its pay table and allowances to edit, and its files.
#[derive(Debug, Serialize)]
pub struct OfferCard {
    index: usize,
    label: String,
    file: String,
    saved: Option<String>,
    dirty: bool,
    editable: bool,
    grades: Vec<GradeEdit>,
    allowances: Vec<AllowanceFields>,
    errors: usize,
    /// The worker representatives a vote is taken among.
    representatives: Option<u32>,
    /// The documents of the schedule's scope, and the formats they come in.
    documents: Vec<DocumentLink>,
    formats: [&'static str; 3],
}

#[derive(Debug, Serialize)]
struct DocumentLink {
    id: &'static str,
    name: String,
}

impl OfferCard {
    pub fn of(index: usize, o: &Offer, lang: Lang) -> OfferCard {
        let grades = o
            .schedule
            .grades
            .iter()
            .enumerate()
            .map(|(g, grade)| {
                let (table, base, increment) = match grade.form {
                    StepForm::Table => (true, String::new(), String::new()),
                    StepForm::BasePlusIncrement { base, increment } => {
                        (false, plain(base), plain(increment))
                    }
                };
                GradeEdit {
                    index: g,
                    name: grade.name.clone(),
                    table,
                    cells: grade
                        .pay
                        .iter()
                        .enumerate()
                        .map(|(i, p)| Cell {
                            step: i + 1,
                            value: plain(*p),
                        })
                        .collect(),
                    base,
                    increment,
                    steps: grade.pay.len(),
                }
            })
            .collect();
        OfferCard {
            index,
            label: o.label.clone(),
            file: std::path::Path::new(&o.file)
                .file_name()
                .map_or_else(|| o.file.clone(), |n| n.to_string_lossy().into_owned()),
            saved: o.saved.as_ref().map(|n| n.to_string()),
            dirty: o.dirty,
            editable: index > 0,
            grades,
            allowances: allowance_fields(&o.text)
                .into_iter()
                .filter(|a| a.amount.is_some() || a.cap.is_some())
                .collect(),
            errors: o
                .report
                .as_ref()
                .map_or(0, |r| r.count(crate::check::Severity::Error)),
            representatives: o
                .schedule
                .negotiation
                .as_ref()
                .map(|n| n.worker_representatives),
            documents: Document::ALL
                .into_iter()
                .filter(|d| d.scope_mismatch(o.schedule.meta.scope).is_none())
                .map(|d| DocumentLink {
                    id: d.id(),
                    name: t!(in lang; "serve-document-name", document = d.id()),
                })
                .collect(),
            formats: ["md", "html", "docx"],
        }
    }
}

fn plain(m: Money) -> String {
    m.amount().normalize().to_string()
}

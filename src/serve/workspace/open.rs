//! `Inputs`: what the server is started with, and the workspace opened from
//! them (the base schedule, the roster read once, the standards).

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{bail, Context as _, Result};

use super::{side, Offer, Workspace};
use crate::i18n::Lang;
use crate::io::{SheetChoice, TableOptions};
use crate::roster::Encoding;
use crate::serve::adapter;
use crate::t;

/// What the server is started with.
#[derive(Debug, Clone)]
pub struct Inputs {
    /// The base schedule.
    pub schedule: PathBuf,
    /// The roster every offer is computed over.
    pub roster: PathBuf,
    /// The standards files (or built-in names) checked against.
    pub standards: Vec<String>,
    /// The directory offers are saved in.
    pub dir: PathBuf,
    /// The roster's text encoding.
    pub encoding: Encoding,
    /// The roster's sheet, in a workbook (`--sheet`).
    pub sheet: SheetChoice,
    /// How the pages name the base: `--label`, or the catalogue's `serve-base-label` (现行, current).
    pub base_label: String,
    /// The language of the pages and their messages.
    pub lang: Lang,
}

impl Workspace {
    /// Loads the base schedule, the roster and the standards.
    pub fn open(inputs: &Inputs) -> Result<Workspace> {
        let dir = inputs.dir.clone();
        let lang = inputs.lang;
        if !dir.is_dir() {
            bail!(t!(in lang; "serve-not-a-directory", dir = &dir));
        }
        let file = inputs.schedule.display().to_string();
        let text = adapter::read_schedule_text(&inputs.schedule)?;
        let standards = if inputs.standards.is_empty() {
            None
        } else {
            Some(adapter::load_standards(&inputs.standards)?)
        };
        let mut schedule = adapter::parse_schedule(&file, &text)?;
        // A guideline raise takes its base line from the standards, as in
        // every command that prices a month.
        schedule.fill_guidelines(standards.as_ref(), schedule.pay_period(None))?;
        let roster_name = inputs.roster.display().to_string();
        let roster = std::fs::read(&inputs.roster)
            .with_context(|| t!(in lang; "serve-cannot-read-roster", file = &roster_name))?;
        let table = TableOptions::new(inputs.encoding, Some(inputs.sheet.clone()));
        let workers = Arc::new(adapter::read_workers(
            &roster_name,
            &roster,
            &table,
            &schedule,
        )?);
        let sheets = adapter::pay(&schedule, schedule.pay_period(None), &workers)?;
        let report = standards
            .as_ref()
            .map(|s| adapter::check(&schedule, s, &workers, &sheets));
        let base = Offer {
            label: inputs.base_label.clone(),
            file,
            saved: None,
            dirty: false,
            text,
            schedule,
            workers,
            sheets,
            report,
        };
        let options = adapter::compare_options(&base.schedule, standards.as_ref());
        let alone = adapter::compare(side(&base), &[], &options, false)?;
        let inputs_paths = [&inputs.schedule, &inputs.roster]
            .iter()
            .filter_map(|p| p.canonicalize().ok())
            .collect();
        Ok(Workspace {
            dir,
            roster_name,
            roster,
            table,
            standards,
            standards_names: inputs.standards.clone(),
            offers: vec![base],
            comparison: alone.clone(),
            options,
            alone,
            parts: Vec::new(),
            gains: Vec::new(),
            owned: HashSet::new(),
            inputs: inputs_paths,
            lang,
        })
    }
}

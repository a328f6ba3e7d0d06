//! `Workspace`: the base schedule and the offers on the table, each with its
//! schedule text, the roster read against it, its pay sheets and its check
//! report, and the comparison of them all. The roster's bytes are read once;
//! an edit recomputes only the offer it changes, then the comparison.

mod files;
mod open;

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{anyhow, bail, Result};

use crate::check::Report;
use crate::compare::{CompareOptions, Comparison, WorkerChange};
use crate::i18n::Lang;
use crate::io::TableOptions;
use crate::pay::PaySheet;
use crate::roster::Worker;
use crate::serve::adapter::{self, ProposeAsk, Side};
use crate::serve::edit::{self, Field};
use crate::serve::names::FileName;
use crate::standards::Standards;
use crate::{t, Schedule};

/// How many of each offer's largest gains the page lists by name.
pub const LARGEST_GAINS: usize = 5;

/// One schedule on the table: the base (index 0) or an offer.
#[derive(Debug)]
pub struct Offer {
    /// How the page and the comparison name it.
    pub label: String,
    /// The name its schedule is loaded under: the base's path as given, an
    /// offer's file name in the workspace.
    pub file: String,
    /// Where it is saved in the workspace, once saved.
    pub saved: Option<FileName>,
    /// Whether the text has changed since it was saved.
    pub dirty: bool,
    pub text: String,
    pub schedule: Schedule,
    pub workers: Arc<Vec<Worker>>,
    /// Pay sheets for the base's pay period (what compare computes).
    pub sheets: Vec<PaySheet>,
    /// What `check` finds, when standards are given.
    pub report: Option<Report>,
}

/// Everything the server holds.
#[derive(Debug)]
pub struct Workspace {
    /// The only directory written to.
    pub dir: PathBuf,
    /// The roster's file name as given, for messages.
    pub roster_name: String,
    roster: Vec<u8>,
    /// How the roster is read: its encoding and, in a workbook, its sheet.
    table: TableOptions,
    /// The minimum wages, floors and guideline checked against; `None` without `--standards`.
    pub standards: Option<Standards>,
    /// The standards as named on the command line (files or built-in names).
    pub standards_names: Vec<String>,
    /// The base first, then the offers in the order they were made.
    pub offers: Vec<Offer>,
    /// The comparison of them all, without each offer's list of every
    /// worker's change (see [`Workspace::full_comparison`]): joined from
    /// `alone` and `parts`.
    pub comparison: Comparison,
    /// The threshold and guideline compare reports against (the base's).
    options: CompareOptions,
    /// The base compared with no offer.
    alone: Comparison,
    /// Per offer (not the base), the base compared with it alone: an edit
    /// compares again only the offer it changes.
    parts: Vec<Comparison>,
    /// Per offer (not the base), the largest gains the page lists.
    pub gains: Vec<Vec<WorkerChange>>,
    /// Files of the workspace this session may replace: those it wrote or opened.
    owned: HashSet<FileName>,
    /// The inputs, which are never written over.
    inputs: Vec<PathBuf>,
    /// The language of the page's messages.
    pub lang: Lang,
}

/// What an offer's recompute keeps from the offer it replaces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Keep {
    /// The roster is read again (a grade's number of steps changed).
    Nothing,
    /// The workers as read.
    Workers,
    /// The workers and, where their grade's pay did not change, their pay.
    Pricing,
}

pub use open::Inputs;

impl Workspace {
    /// The base schedule (现行), always the first offer.
    pub fn base(&self) -> &Offer {
        &self.offers[0]
    }

    /// The offer at `index`, or an error for the page.
    pub fn offer(&self, index: usize) -> Result<&Offer> {
        self.offers
            .get(index)
            .ok_or_else(|| anyhow!(t!(in self.lang; "serve-no-offer", index = index)))
    }

    /// An offer that may be changed: not the base.
    fn offer_mut(&mut self, index: usize) -> Result<&mut Offer> {
        if index == 0 {
            bail!(t!(in self.lang; "serve-base-fixed"));
        }
        let lang = self.lang;
        self.offers
            .get_mut(index)
            .ok_or_else(|| anyhow!(t!(in lang; "serve-no-offer", index = index)))
    }

    /// A new offer: a copy of offer `from` (the base is 0). Returns its index.
    pub fn copy(&mut self, from: usize, label: &str) -> Result<usize> {
        let source = self.offer(from)?;
        let label = self.label_or_default(label);
        let file = self.unused_name(&label);
        let text = source.text.clone();
        self.add(label, file, None, text)
    }

    /// A new offer from `propose` over offer `from`'s schedule.
    pub fn propose(&mut self, from: usize, ask: ProposeAsk, label: &str) -> Result<usize> {
        let source = self.offer(from)?;
        let (text, achieved) = adapter::propose(
            &source.file,
            &source.text,
            &source.schedule,
            &source.workers,
            self.standards.as_ref(),
            ask,
            self.lang,
        )?;
        let label = if label.trim().is_empty() {
            t!(in self.lang; "serve-proposed-label", achieved = achieved)
        } else {
            label.trim().to_string()
        };
        let file = self.unused_name(&label);
        self.add(label, file, None, text)
    }

    fn add(
        &mut self,
        label: String,
        file: FileName,
        saved: Option<&FileName>,
        text: String,
    ) -> Result<usize> {
        let offer = self.build(label, file.as_str().to_string(), text, None)?;
        self.offers.push(Offer {
            saved: saved.cloned(),
            dirty: saved.is_none(),
            ..offer
        });
        let index = self.offers.len() - 1;
        self.compare(Some(index))?;
        Ok(index)
    }

    /// An offer computed from its text; `from` is the offer it replaces, and
    /// what of it still holds.
    fn build(
        &self,
        label: String,
        file: String,
        text: String,
        from: Option<(&Offer, Keep)>,
    ) -> Result<Offer> {
        let mut schedule = adapter::parse_schedule(&file, &text)?;
        let period = self.base().schedule.pay_period(None);
        schedule.fill_guidelines(self.standards.as_ref(), period)?;
        let workers = match from {
            Some((o, Keep::Workers | Keep::Pricing)) => o.workers.clone(),
            _ => Arc::new(adapter::read_workers(
                &self.roster_name,
                &self.roster,
                &self.table,
                &schedule,
            )?),
        };
        let sheets = match from {
            Some((o, Keep::Pricing)) => {
                adapter::repay(&o.schedule, &schedule, period, &workers, &o.sheets)?
            }
            _ => adapter::pay(&schedule, period, &workers)?,
        };
        let report = match &self.standards {
            Some(standards) => Some(if schedule.pay_period(None) == period {
                adapter::check(&schedule, standards, &workers, &sheets)
            } else {
                let own = adapter::pay(&schedule, schedule.pay_period(None), &workers)?;
                adapter::check(&schedule, standards, &workers, &own)
            }),
            None => None,
        };
        Ok(Offer {
            label,
            file,
            saved: None,
            dirty: true,
            text,
            schedule,
            workers,
            sheets,
            report,
        })
    }

    /// Applies one edit to an offer and recomputes it; on any error the offer
    /// stays as it was.
    pub fn edit(&mut self, index: usize, field: Field, value: &str) -> Result<()> {
        let lang = self.lang;
        let offer = self.offer_mut(index)?;
        let text = edit::apply(&offer.text, field, value).map_err(|e| anyhow!(e.message(lang)))?;
        let keep = if field.reshapes() {
            Keep::Nothing
        } else if field.grade_pay_only() {
            Keep::Pricing
        } else {
            Keep::Workers
        };
        self.replace_text(index, text, keep)
    }

    /// Records a vote in an offer's `[negotiation.vote]` and saves the offer.
    pub fn record_vote(&mut self, index: usize, total: u32, present: u32, yes: u32) -> Result<()> {
        let lang = self.lang;
        let offer = self.offer_mut(index)?;
        let text = edit::record_vote(&offer.text, total, present, yes)
            .map_err(|e| anyhow!(e.message(lang)))?;
        self.replace_text(index, text, Keep::Workers)?;
        let name = self.offers[index]
            .saved
            .clone()
            .ok_or_else(|| anyhow!(t!(in self.lang; "serve-save-before-vote")))?;
        self.save(index, &name)
    }

    fn replace_text(&mut self, index: usize, text: String, keep: Keep) -> Result<()> {
        let offer = &self.offers[index];
        let new = self.build(
            offer.label.clone(),
            offer.file.clone(),
            text,
            Some((offer, keep)),
        )?;
        let offer = &mut self.offers[index];
        let saved = offer.saved.take();
        *offer = Offer {
            saved,
            dirty: true,
            ..new
        };
        self.compare(Some(index))
    }

    /// Compares offer `index` with the base again (every offer when `None`
    /// or the base), then joins the comparison of them all.
    fn compare(&mut self, index: Option<usize>) -> Result<()> {
        let sides: Vec<Side> = self.offers.iter().map(side).collect();
        let again: Vec<usize> = match index {
            Some(i) if i > 0 && i <= self.parts.len() + 1 => vec![i],
            _ => {
                self.alone = adapter::compare(sides[0], &[], &self.options, false)?;
                self.parts.clear();
                self.gains.clear();
                (1..sides.len()).collect()
            }
        };
        for i in again {
            let part = adapter::compare(sides[0], &[sides[i]], &self.options, false)?;
            let gains = adapter::largest_gains(sides[0], sides[i], LARGEST_GAINS);
            if i == self.parts.len() + 1 {
                self.parts.push(part);
                self.gains.push(gains);
            } else {
                self.parts[i - 1] = part;
                self.gains[i - 1] = gains;
            }
        }
        self.comparison = adapter::join(&self.alone, &self.parts);
        Ok(())
    }

    /// The comparison with every worker's change, as `nengji compare --format
    /// json` writes it.
    pub fn full_comparison(&self) -> Result<Comparison> {
        let sides: Vec<Side> = self.offers.iter().map(side).collect();
        adapter::compare(sides[0], &sides[1..], &self.options, true)
    }

    /// Renames an offer on the page (and in the comparison).
    pub fn relabel(&mut self, index: usize, label: &str) -> Result<()> {
        let label = label.trim();
        if label.is_empty() || label.chars().count() > 40 {
            bail!(t!(in self.lang; "serve-label-length"));
        }
        let lang = self.lang;
        self.offers
            .get_mut(index)
            .ok_or_else(|| anyhow!(t!(in lang; "serve-no-offer", index = index)))?
            .label = label.to_string();
        self.compare(Some(index))
    }

    fn label_or_default(&self, label: &str) -> String {
        let label = label.trim();
        if label.is_empty() {
            t!(in self.lang; "serve-default-label", number = self.offers.len())
        } else {
            label.chars().take(40).collect()
        }
    }
}

fn side(o: &Offer) -> Side<'_> {
    Side {
        label: &o.label,
        schedule: &o.schedule,
        workers: &o.workers,
        sheets: &o.sheets,
    }
}

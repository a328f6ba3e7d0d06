//! Quotas over the whole roster (`per = "roster"`), streamed in bounded memory.
//!
//! A quota limits promotions into the grades it covers and never moves anyone
//! below their grade, and the quotas apply one after another in the rules'
//! order. So a pass over the roster can decide every worker up to a quota
//! (the quotas before it applied: those per enterprise within the chunk,
//! those over the roster from the passes before) and count the quota's
//! headcount and incumbents, and keep each competitor's [`RankKey`]: the
//! keys go to an [`ExternalSort`] (memory, then temporary files), are ranked
//! in the quota's order, and the rank of each competitor is kept on disk by
//! roster row. The last pass decides each chunk with every such quota's
//! [`WideOutcome`] and its competitors' ranks, read in step with the roster,
//! and gives each competitor the note, and the grade, the whole roster read
//! at once gives: one pass a roster-wide quota, then the pass that writes.

use std::io::{self, BufWriter, Write};

use crate::assess::assessment::{apply_quota, before_quotas, with_steps};
pub use crate::assess::wide_ranks::{RowRank, WideRanks};
use crate::assess::{
    AssessChunk, AssessError, AssessJob, Assessment, Decision, Inputs, QuotaNote, RankKey,
    ScoresCursor,
};
use crate::io::external_sort::{ExternalSort, Record};
use crate::pipeline::{Input, Pipeline, Rows};
use crate::roster::RosterError;

/// The roster-wide quotas decided so far, and the one a pass ranks.
#[derive(Debug, Clone, Default)]
pub struct WidePlan {
    /// Per quota (the rules' index): its outcome over the whole roster, once a
    /// pass has ranked it.
    pub outcomes: Vec<Option<WideOutcome>>,
    /// The quota this pass ranks: the chunks are decided up to it, and only
    /// its competitors are kept (nothing is written).
    pub collect: Option<usize>,
}

/// A quota over the whole roster, as ranked by its pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WideOutcome {
    /// Workers on the roster.
    pub headcount: usize,
    /// How many may be at or above the grade.
    pub limit: usize,
    /// Workers already there who stay.
    pub incumbents: usize,
    /// Places left for promotions.
    pub places: usize,
    /// Workers competing for them.
    pub candidates: usize,
    /// The last admitted and the first held back, when both exist.
    pub cut: Option<(RankKey, RankKey)>,
}

/// A chunk's part of the roster-wide quotas (buffers reused).
#[derive(Debug, Default)]
pub struct WideChunk {
    /// The chunk's first row's place among the roster's rows.
    pub first_row: u64,
    /// Per quota: the ranks of the chunk's competitors, in roster order.
    pub ranks: Vec<Vec<RowRank>>,
    /// In a pass that ranks a quota: what the chunk holds of it.
    pub collected: Option<Collected>,
}

impl WideChunk {
    /// Ready for the next chunk.
    pub fn clear(&mut self) {
        for ranks in &mut self.ranks {
            ranks.clear();
        }
        self.collected = None;
    }
}

/// A chunk's incumbents and competitors of the quota a pass ranks.
#[derive(Debug, Default)]
pub struct Collected {
    /// Workers at or above the grade who stay.
    pub incumbents: usize,
    /// The competitors' keys, in roster order.
    pub competitors: Vec<RankKey>,
}

/// Decides a chunk: the quotas of `plan` over the whole roster from their
/// outcomes and ranks, the others within the chunk.
pub fn run(
    inputs: Inputs<'_>,
    plan: &WidePlan,
    chunk: &WideChunk,
) -> Result<Assessment, AssessError> {
    let decisions = through(inputs, plan, chunk, inputs.rules.quotas.len())?;
    Ok(with_steps(inputs, decisions))
}

/// What a chunk holds of quota `q`: its incumbents and competitors once the
/// quotas before it applied.
pub fn collect(
    inputs: Inputs<'_>,
    plan: &WidePlan,
    chunk: &WideChunk,
    q: usize,
) -> Result<Collected, AssessError> {
    let decisions = through(inputs, plan, chunk, q)?;
    let g = inputs.rules.quotas[q].grade;
    let mut collected = Collected::default();
    for (i, d) in decisions.iter().enumerate() {
        if d.current >= g && d.assessed >= g {
            collected.incumbents += 1;
        } else if d.current < g && d.assessed >= g {
            let row = chunk.first_row + i as u64;
            collected.competitors.push(RankKey::of(inputs, d, row));
        }
    }
    Ok(collected)
}

/// Every worker decided, and the quotas before `upto` applied.
fn through(
    inputs: Inputs<'_>,
    plan: &WidePlan,
    chunk: &WideChunk,
    upto: usize,
) -> Result<Vec<Decision>, AssessError> {
    let mut decisions = before_quotas(inputs);
    for q in 0..upto {
        match plan.outcomes.get(q).and_then(Option::as_ref) {
            Some(outcome) => {
                let ranks = chunk.ranks.get(q).map_or(&[][..], Vec::as_slice);
                resolve(inputs, q, outcome, ranks, chunk.first_row, &mut decisions)?;
            }
            None => apply_quota(inputs, q, &mut decisions),
        }
    }
    Ok(decisions)
}

/// Quota `q` over the whole roster on one chunk: each competitor's rank from
/// its pass, admitted within the places, held back to the highest grade below
/// the quota's that they qualified for; a total tied with the other side of
/// the cut is told apart as the whole roster's ranking tells it.
fn resolve(
    inputs: Inputs<'_>,
    q: usize,
    outcome: &WideOutcome,
    ranks: &[RowRank],
    first_row: u64,
    decisions: &mut [Decision],
) -> Result<(), AssessError> {
    let rules = inputs.rules;
    let g = rules.quotas[q].grade;
    let mut ranks = ranks.iter();
    for (i, d) in decisions.iter_mut().enumerate() {
        if !(d.current < g && d.assessed >= g) {
            continue;
        }
        let row = first_row + i as u64;
        // The passes read the same roster: a competitor without its rank
        // means the files changed between them.
        let rank = match ranks.next() {
            Some(r) if r.row == row => r.rank,
            _ => return Err(AssessError::Order),
        };
        let admitted = rank <= outcome.places as u64;
        let tie = outcome.cut.as_ref().and_then(|(last_in, first_out)| {
            let other = if admitted { first_out } else { last_in };
            (d.total == Some(other.total)).then(|| {
                let ours = RankKey::of(inputs, d, row);
                RankKey::tie_note(rules, &ours, other)
            })
        });
        d.quotas.push(QuotaNote {
            quota: q,
            group: String::new(),
            headcount: outcome.headcount,
            limit: outcome.limit,
            incumbents: outcome.incumbents,
            places: outcome.places,
            candidates: outcome.candidates,
            rank: usize::try_from(rank).unwrap_or(usize::MAX),
            admitted,
            tie,
        });
        if !admitted {
            d.refused(g);
        }
    }
    if ranks.next().is_some() {
        return Err(AssessError::Order);
    }
    Ok(())
}

/// The roster read once more to rank quota `q` over it: every worker decided
/// up to it, its competitors sorted on disk, their ranks kept by row in
/// `ranks` and its outcome in `job.wide`. `Ok(false)` when the roster or the
/// scores have problems: the pass that writes then tells them.
pub fn rank_pass(
    pipeline: &Pipeline<'_>,
    inputs: Vec<Input<'_>>,
    job: &mut AssessJob<'_>,
    mut cursor: Option<ScoresCursor<'_>>,
    ranks: &mut WideRanks,
    q: usize,
) -> Result<bool, AssessError> {
    job.wide.collect = Some(q);
    ranks.rewind()?;
    let rules = job.rules;
    let order = |a: &RankKey, b: &RankKey| RankKey::order_on_roster(rules, a, b);
    let mut sort = ExternalSort::new(order);
    let (mut headcount, mut incumbents) = (0usize, 0usize);
    let mut kinds: Vec<Option<bool>> = Vec::new();
    let mut bad = false;
    let mut mixed: Option<RosterError> = None;
    let mut row = 0u64;
    let job_ref = &*job;
    let ran = pipeline.run_with(
        inputs,
        job_ref,
        &mut |rows: &Rows, out: &mut AssessChunk| {
            out.first_row = row;
            row += rows.len() as u64;
            ranks.attach(out.first_row, rows.len(), &mut out.wide)?;
            if let Some(cursor) = cursor.as_mut() {
                out.records_len = cursor.attach(rows, &mut out.records)?;
            }
            Ok(())
        },
        &mut |rows, out: &mut AssessChunk| {
            bad |= !rows.skipped.is_empty() || !out.errors.is_empty();
            if mixed.is_none() && !same_kinds(&mut kinds, &out.tie_kinds) {
                mixed = mixed_kinds(job_ref, &kinds, &out.tie_kinds);
                bad |= mixed.is_none();
            }
            let Some(collected) = out.wide.collected.take().filter(|_| !bad) else {
                return Ok(());
            };
            headcount += out.workers;
            incumbents += collected.incumbents;
            for key in collected.competitors {
                sort.push(key)?;
            }
            Ok(())
        },
    );
    job.wide.collect = None;
    match ran {
        Ok(()) if !bad => {}
        Ok(()) | Err(AssessError::Input(_)) => return Ok(false),
        Err(e) => return Err(e),
    }
    if let Some(e) = mixed {
        return Err(e.into());
    }
    let limit = rules.quotas[q].places(headcount);
    let candidates = usize::try_from(sort.len()).unwrap_or(usize::MAX);
    let places = limit.saturating_sub(incumbents);
    let cut_at = (places > 0 && places < candidates).then_some(places);
    let mut by_row = ExternalSort::new(|a: &RowRank, b: &RowRank| a.row.cmp(&b.row));
    let (mut last_in, mut first_out) = (None, None);
    for (i, key) in sort.finish()?.enumerate() {
        let key = key?;
        if let Some(at) = cut_at {
            if i + 1 == at {
                last_in = Some(key.clone());
            } else if i == at {
                first_out = Some(key.clone());
            }
        }
        by_row.push(RowRank {
            row: key.row,
            rank: i as u64 + 1,
        })?;
    }
    let mut file = BufWriter::with_capacity(1 << 16, tempfile::tempfile()?);
    let mut bytes = Vec::with_capacity(16);
    for r in by_row.finish()? {
        bytes.clear();
        r?.encode(&mut bytes);
        file.write_all(&bytes)?;
    }
    let file = file.into_inner().map_err(io::IntoInnerError::into_error)?;
    ranks.keep(q, file);
    if job.wide.outcomes.len() <= q {
        job.wide.outcomes.resize(q + 1, None);
    }
    job.wide.outcomes[q] = Some(WideOutcome {
        headcount,
        limit,
        incumbents,
        places,
        candidates,
        cut: last_in.zip(first_out),
    });
    Ok(true)
}

/// Whether a chunk's tie-break columns hold what the chunks before held (a
/// date, or a number). Read whole, a column is one kind throughout, and a
/// cell of the other kind is refused; the chunks decide their kind each from
/// their first value, so a roster that mixes them across chunks is refused.
fn same_kinds(kinds: &mut Vec<Option<bool>>, chunk: &[Option<bool>]) -> bool {
    if kinds.len() < chunk.len() {
        kinds.resize(chunk.len(), None);
    }
    let mut same = true;
    for (kind, c) in kinds.iter_mut().zip(chunk) {
        match (*kind, *c) {
            (Some(a), Some(b)) if a != b => same = false,
            (None, Some(b)) => *kind = Some(b),
            _ => {}
        }
    }
    same
}

/// The error of a roster whose tie-break column holds dates in some chunks
/// and numbers in others, placed at the header.
pub fn mixed_kinds(
    job: &AssessJob<'_>,
    kinds: &[Option<bool>],
    chunk: &[Option<bool>],
) -> Option<RosterError> {
    let header = job.header()?;
    let t = kinds
        .iter()
        .zip(chunk)
        .position(|(a, b)| matches!((a, b), (Some(a), Some(b)) if a != b))?;
    let crate::assess::TieBreak::Column(name) = job.rules.tie_break.get(t)? else {
        return None;
    };
    Some(RosterError {
        location: header.origin.at(header.header_line, None),
        message: crate::t!("assess-wide-tie-kinds", column = name.as_str()),
        hint: crate::i18n::hint(crate::t!("assess-wide-tie-kinds-hint")),
    })
}

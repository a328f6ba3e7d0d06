//! The roster's passes of `nengji assess`: the roster file read again for
//! each, and a ranking pass per quota over the whole roster before the pass
//! that writes (src/assess/roster_quota.rs).

use super::*;

/// The roster file, to be read once per pass.
pub(super) struct RosterFile<'a> {
    /// The file as given, `-` for stdin.
    name: &'a str,
    /// A roster on standard input read more than once is kept in a temporary file.
    copy: Option<std::fs::File>,
}

impl<'a> RosterFile<'a> {
    /// The roster of `args`; `passes`, whether it is read more than once.
    pub(super) fn new(args: &'a Args, passes: bool) -> Result<RosterFile<'a>> {
        let copy = match (args.roster.as_str(), passes) {
            ("-", true) => Some(copy_stdin(&args.roster)?),
            _ => None,
        };
        Ok(RosterFile {
            name: &args.roster,
            copy,
        })
    }

    /// The roster from its start, read through a progress line that lasts
    /// as long as the second value.
    pub(super) fn open(&self) -> Result<(Vec<Input<'static>>, crate::cmd::progress::Tracked)> {
        let reader: Box<dyn Read> = match &self.copy {
            Some(file) => {
                let mut file = file.try_clone()?;
                file.seek(SeekFrom::Start(0))?;
                Box::new(std::io::BufReader::new(file))
            }
            None => io::open(self.name).with_context(|| {
                t!(
                    "assess-cannot-read",
                    what = t!("assess-what-roster"),
                    path = self.name
                )
            })?,
        };
        let (reader, progress) = crate::cmd::progress::track(self.name, reader);
        let inputs = vec![Input {
            name: self.name.to_owned(),
            reader,
        }];
        Ok((inputs, progress))
    }
}

/// The quotas ranked over the whole roster by passes of their own: only
/// with scores grouped by enterprise (held scores make the roster one chunk).
pub(super) fn wide_quotas(rules: &AssessmentRules, scores: &ScoresInput<'_>) -> Vec<usize> {
    match scores {
        ScoresInput::Grouped(_) => (rules.quotas.iter().enumerate())
            .filter(|(_, q)| q.per == QuotaScope::Roster)
            .map(|(i, _)| i)
            .collect(),
        ScoresInput::Held(_) => Vec::new(),
    }
}

/// What the ranking passes leave to the pass that writes.
pub(super) struct Ranked<'s> {
    /// Each competitor's rank by roster row, rewound.
    pub ranks: WideRanks,
    /// The scores, opened again for the pass that writes.
    pub scores: ScoresInput<'s>,
}

/// Ranks each of `quotas` (over the whole roster) by a pass over the roster,
/// each pass with its own reading of the scores (`scores`, the first). A pass
/// that finds problems stops the ranking: the pass that writes tells them.
pub(super) fn rank_wide<'s>(
    pipeline: &Pipeline<'_>,
    roster: &RosterFile<'_>,
    job: &mut AssessJob<'_>,
    scores_file: &'s ScoresFile<'_>,
    mut scores: ScoresInput<'s>,
    quotas: &[usize],
) -> Result<Ranked<'s>> {
    let mut ranks = WideRanks::default();
    for &q in quotas {
        // This pass's scores are the cursor opened before; each later pass opens its own.
        let cursor = match std::mem::replace(&mut scores, ScoresInput::Held(None)) {
            ScoresInput::Grouped(cursor) => cursor,
            _ => break,
        };
        let (inputs, progress) = roster.open()?;
        let ranked = roster_quota::rank_pass(pipeline, inputs, job, Some(cursor), &mut ranks, q);
        drop(progress);
        let ranked = ranked.map_err(|e| stream_error(e, roster.name))?;
        let again = scores_file.column().map(|col| scores_file.grouped(col));
        scores = match again.transpose()? {
            Some(Ok(cursor)) => ScoresInput::Grouped(cursor),
            Some(Err(e)) => return Err(input_errors(&e)),
            None => ScoresInput::Held(None),
        };
        if !ranked {
            // The pass that writes tells the problems found.
            break;
        }
    }
    ranks.rewind()?;
    Ok(Ranked { ranks, scores })
}

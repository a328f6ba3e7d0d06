//! The scores file of `nengji assess` and its three paths to the roster's
//! chunks: grouped by an enterprise column and read in step with the roster;
//! without one, joined to the roster by id on disk into temporary scores
//! grouped the same way (src/assess/scores_by_id.rs); or, when the join gives
//! way, held whole beside a roster read as one chunk.

use super::*;

/// The scores file, to be read again as often as the passes need.
pub(super) struct ScoresFile<'a> {
    /// The file as given, `-` for stdin.
    name: &'a str,
    /// Standard input is read once, so the scores can be read again.
    stdin: Option<Vec<u8>>,
    /// How the file as given is read.
    options: TableOptions,
    /// The temporary scores the join by id wrote, when it did.
    by_id: Option<ScoresById>,
    /// How the temporary scores are read.
    by_id_options: TableOptions,
    /// The scores' header.
    pub sheet: ScoreSheet,
    /// Its columns bound to the rules, when it can be used.
    pub binding: Option<Binding>,
}

impl<'a> ScoresFile<'a> {
    /// The scores of `args`, stdin read whole, and their header, read
    /// first: its problems go to `errors`, to be told with the roster's.
    pub(super) fn new(
        args: &'a Args,
        rules: &AssessmentRules,
        errors: &mut RosterErrors,
    ) -> Result<ScoresFile<'a>> {
        let table = TableOptions::new(args.encoding, args.sheet.clone());
        let stdin = match args.scores.as_str() {
            "-" => Some(read_bytes(&args.scores, &t!("assess-what-scores"))?),
            _ => None,
        };
        let mut scores = ScoresFile {
            name: &args.scores,
            stdin,
            options: table.other("--scores-sheet", args.scores_sheet.clone()),
            by_id: None,
            by_id_options: ScoresById::options(),
            sheet: ScoreSheet::named(&args.scores),
            binding: None,
        };
        let header = scores.open_given()?;
        let (sheet, binding) = match TableReader::open(scores.name, header, &scores.options) {
            Ok(t) => ScoreSheet::bind_header(t.origin(), t.headers(), rules, errors),
            Err(e) => {
                errors.push(e.into());
                (ScoreSheet::named(scores.name), None)
            }
        };
        (scores.sheet, scores.binding) = (sheet, binding);
        Ok(scores)
    }

    /// The file as given, from its start.
    fn open_given(&self) -> Result<Box<dyn Read + '_>> {
        match &self.stdin {
            Some(bytes) => Ok(Box::new(bytes.as_slice())),
            None => io::open(self.name).with_context(|| {
                t!(
                    "assess-cannot-read",
                    what = t!("assess-what-scores"),
                    path = self.name
                )
            }),
        }
    }

    /// The scores the chunks read, from their start: the temporary ones when
    /// joined by id, else the file as given.
    fn open(&self) -> Result<Box<dyn Read + '_>> {
        match &self.by_id {
            Some(joined) => Ok(joined.open()?),
            None => self.open_given(),
        }
    }

    /// How the scores the chunks read are read.
    fn options(&self) -> &TableOptions {
        match &self.by_id {
            Some(_) => &self.by_id_options,
            None => &self.options,
        }
    }

    /// Scores without an enterprise column, joined to the roster by id on
    /// disk into temporary scores grouped by enterprise. Not for an input on
    /// standard input: a run that fails is read again whole. Whether the
    /// scores were joined.
    pub(super) fn join_by_id(
        &mut self,
        args: &Args,
        pipeline: &Pipeline<'_>,
        columns: &std::collections::BTreeMap<String, String>,
        wanted: bool,
    ) -> Result<bool> {
        let binding = self.binding.as_ref();
        let piped = args.roster == "-" || args.scores == "-";
        let by_id = match (binding, wanted && !piped) {
            (Some(b), true) if b.enterprise().is_none() => {
                match (io::open(&args.roster), self.open_given()) {
                    (Ok(reader), Ok(scores)) => {
                        let roster = vec![Input {
                            name: args.roster.clone(),
                            reader,
                        }];
                        ScoresById::prepare(
                            pipeline,
                            roster,
                            columns,
                            self.name,
                            scores,
                            &self.options,
                            b.id(),
                        )?
                    }
                    _ => None,
                }
            }
            _ => None,
        };
        let unjoined = binding.is_some_and(|b| b.enterprise().is_none());
        if unjoined && wanted && !piped && by_id.is_none() && ById::from_env() == ById::Strict {
            bail!(t!("assess-ids-declined"));
        }
        self.by_id = by_id;
        Ok(self.by_id.is_some())
    }

    /// The column of the enterprise in the scores the chunks read, if any.
    pub(super) fn column(&self) -> Option<usize> {
        self.binding.as_ref().and_then(|b| match self.by_id {
            Some(_) => Some(ScoresById::COLUMN),
            None => b.enterprise(),
        })
    }

    /// The scores as the roster's chunks take them: grouped by enterprise,
    /// held whole when they name none, or none when their header cannot be
    /// used (its problems, or the grouping's, go to `errors`).
    pub(super) fn input(&self, errors: &mut RosterErrors) -> Result<ScoresInput<'_>> {
        Ok(match self.column() {
            Some(col) => match self.grouped(col)? {
                Ok(cursor) => ScoresInput::Grouped(cursor),
                Err(mut e) => {
                    errors.append(&mut e);
                    ScoresInput::Held(None)
                }
            },
            None if self.binding.is_some() => {
                ScoresInput::Held(TableReader::open(self.name, self.open()?, self.options()).ok())
            }
            None => ScoresInput::Held(None),
        })
    }

    /// Scores naming enterprises (in column `col`): read twice, the second
    /// time beside the roster (once more for each pass a quota over the
    /// whole roster needs).
    pub(super) fn grouped(&self, col: usize) -> Result<Result<ScoresCursor<'_>, RosterErrors>> {
        let first = self.open()?;
        let options = self.options();
        Ok(
            ScoresIndex::scan(self.name, first, options, col).and_then(|index| {
                let again = self.open().map_err(|e| {
                    let mut errors = RosterErrors::default();
                    errors.push(crate::roster::RosterError {
                        location: self.sheet.origin.at(0, None),
                        message: format!("{e:#}"),
                        hint: String::new(),
                    });
                    errors
                })?;
                ScoresCursor::open(index, self.name, again, options).map(|cursor| {
                    if self.by_id.is_some() {
                        cursor.relined()
                    } else {
                        cursor
                    }
                })
            }),
        )
    }
}

//! What `nengji assess` settles before it reads the roster: that no output
//! writes over an input, the formats, the rules, and the schedule they adopt.

use super::*;

/// The run's settled inputs and formats.
pub(super) struct Setup {
    /// The report's format on stdout.
    pub format: AssessFormat,
    /// The new roster's format, told by `-o`'s extension.
    pub roster_format: RosterFormat,
    /// The committee's rules, fitted to the schedule when there is one.
    pub rules: AssessmentRules,
    /// The schedule of the pay effect, its adjustments resolved.
    pub schedule: Option<crate::Schedule>,
    /// The roster's column names the schedule renames.
    pub columns: std::collections::BTreeMap<String, String>,
}

impl Setup {
    /// Checks the flags and reads the rules and the schedule.
    pub(super) fn load(args: &Args) -> Result<Setup> {
        let mut inputs = vec![
            args.rules.as_path(),
            Path::new(&args.roster),
            Path::new(&args.scores),
        ];
        inputs.extend(args.schedule.as_deref());
        inputs.extend(args.standards.iter().map(Path::new));
        io::refuse_overlaps(&inputs, &[args.output.as_deref(), args.record.as_deref()])?;
        let format = format::choose(args.format, None, AssessFormat::Text)?;
        let roster_format = format::choose(None, args.output.as_deref(), RosterFormat::Csv)?;
        if args.roster == "-" && args.scores == "-" {
            bail!(t!("assess-one-stdin"));
        }
        if let Some(record) = &args.record {
            check_record_name(record, args.record_format)?;
        }
        let rules_name = args.rules.display().to_string();
        let text = io::read_text(&rules_name, &t!("assess-what-rules"))?;
        let mut rules = AssessmentRules::parse(&rules_name, &text)
            .map_err(|e| anyhow!(t!("assess-invalid-rules", error = Arg::display(e))))?;
        let schedule = match &args.schedule {
            Some(path) => {
                let mut schedule = io::load_schedule(path)?;
                let last = PayEffect::months(first_month(args, &rules, &schedule)).last();
                if let Some(last) = last {
                    crate::cmd::compute::resolve_adjustments(&mut schedule, &args.standards, last)?;
                }
                rules.adopt_schedule(&schedule).map_err(|e| {
                    anyhow!(t!(
                        "assess-rules-misfit",
                        rules = &rules_name,
                        schedule = path,
                        error = Arg::display(e)
                    ))
                })?;
                Some(schedule)
            }
            None => None,
        };
        let columns = schedule
            .as_ref()
            .map(|s| s.columns.clone())
            .unwrap_or_default();
        Ok(Setup {
            format,
            roster_format,
            rules,
            schedule,
            columns,
        })
    }

    /// What the pay effect prices with, when there is a schedule.
    pub(super) fn pay_job(&self, args: &Args) -> Option<PayJob<'_>> {
        self.schedule.as_ref().map(|schedule| {
            let first = first_month(args, &self.rules, schedule);
            PayJob {
                schedule,
                engines: PayEffect::engines(schedule, first),
                one_off: PayEffect::one_off(schedule),
                first,
                pooled: PayEffect::pooled(schedule),
            }
        })
    }
}

/// The first month of the pay effect: `--period`, else the month of the
/// assessment date, or the month the schedule takes effect if later.
fn first_month(args: &Args, rules: &AssessmentRules, schedule: &crate::Schedule) -> Period {
    args.period
        .unwrap_or_else(|| Period::of(rules.meta.date).max(Period::of(schedule.meta.effective)))
}

/// Refuses a record name that would hide what the file holds: stdout (it carries
/// the report), or an extension that is not the record's format (Markdown in
/// `record.html`, a zip in `record.md`).
fn check_record_name(name: &str, format: Format) -> Result<()> {
    let want = format.name();
    if name == "-" {
        bail!(t!("assess-record-stdout", want = want));
    }
    match Format::of_file(name) {
        Some(f) if f == format => Ok(()),
        Some(f) => {
            let named = f.name();
            bail!(t!(
                "assess-record-other-extension",
                want = want,
                name = name,
                named = named
            ))
        }
        None => bail!(t!("assess-record-no-extension", want = want, name = name)),
    }
}

# The command layer: main's error reporting, help texts, summaries, progress.

error-line = error: { $message }
# Used by the i18n module's own tests: a count with an English plural.
i18n-test-count = { $count ->
    [one] { $count } row
   *[other] { $count } rows
}

## Command-line mistakes (clap finds them, these say them)
cli-invalid-value = '{ $value }' is not a value { $arg } takes; choose one of: { $choices }
cli-value-validation = '{ $value }' is not a valid value for { $arg }: { $why }
cli-unknown-argument = unexpected argument '{ $arg }'
cli-unknown-command = no command named '{ $name }'
cli-missing-argument = a required argument is missing: { $arg }
cli-missing-command = a command is needed, such as compute or check
cli-conflict = { $arg } cannot be used with { $other }
cli-too-many = { $arg } was given too many values ('{ $value }')
cli-too-few = { $arg } needs more values
cli-no-equals = { $arg } needs its value after '=', such as { $arg }=VALUE
cli-invalid-utf8 = an argument is not valid UTF-8 text
cli-bad-command-line = the command line cannot be read
cli-tip-similar = tip: a similar name exists: { $name }
cli-more-help = For more information, try '--help'.

## Shared by the commands
cmd-roster-empty = the roster '{ $roster }' has no workers

## assess
assess-one-stdin = only one of --roster and --scores can be read from stdin
assess-invalid-rules = invalid rules: { $error }
assess-rules-misfit = the rules '{ $rules }' do not fit the schedule '{ $schedule }': { $error }
assess-cannot-write-roster = cannot write the new roster
assess-new-roster-misfit = the roster with the assessed grades does not load under the schedule (check [promotion] step and [demotion] step against the grades' steps):
    { $errors }
assess-roster-order = the roster '{ $roster }' reads differently under the schedule; sort it by enterprise
assess-record-stdout = the record cannot be written to stdout, which carries the report: name a file, such as record.{ $want }
assess-record-other-extension = the record is written as { $want } (--record-format { $want }), but '{ $name }' names a .{ $named } file; add --record-format { $named } or name it *.{ $want }
assess-record-no-extension = the record is written as { $want } (--record-format { $want }): name it *.{ $want } (got '{ $name }')
assess-cannot-read = cannot read the { $what } '{ $path }'
assess-invalid-input = invalid input ({ $count ->
        [one] 1 problem
       *[other] { $count } problems
    }):
    { $errors }
assess-what-rules = rules
assess-what-roster = roster
assess-what-scores = scores

## audit
audit-cannot-read = cannot read the payroll '{ $payroll }': { $error }
audit-invalid-payroll = invalid payroll ({ $count ->
        [one] 1 problem
       *[other] { $count } problems
    }):
    { $errors }

## check (loading standards, shared by the commands that take --standards)
suggest-did-you-mean = ; did you mean '{ $name }'?
check-what-standards = standards file
check-no-builtin-standards = no built-in standards named '{ $name }' (built-in: { $known }){ $hint }; a file name needs its extension, such as { $name }.toml
check-invalid-standards = invalid standards: { $error }
check-combining = combining '{ $name }'

## explain
explain-no-worker = no worker '{ $employee }' in '{ $roster }'{ $hint }
explain-ambiguous-worker = worker id '{ $employee }' is used in { $count } enterprises; name one with --enterprise
cmd-cannot-read-roster = cannot read the roster '{ $roster }'

## compare
compare-labels-count = { $labels } --label given for { $schedules } schedules; give one per schedule, base first, or none
compare-reading-roster-for = reading the roster for '{ $schedule }'
compare-guideline-source = { $year }, region { $region }: { $source }
compare-no-guideline = the standards give no wage guideline for region { $region } in { $year }; growth is shown without guideline lines
compare-no-threshold = { $why }; no low-pay threshold without --threshold

## propose
propose-what-schedule = schedule
propose-invalid-schedule = invalid schedule: { $error }
propose-header = drafted from { $schedule }: roster { $roster } ({ $count ->
        [one] 1 worker
       *[other] { $count } workers
    }, { $period }), average growth { $growth }; only grade pay changed.
propose-wrote = wrote { $path }
propose-not-written = no file written: add --output NEW.toml to write the proposed schedule
propose-floors-heading = Grade pay floors (--standards):
propose-floor-line = { $grade } ≥ { $amount }: { $source }
propose-floor-none = { $grade }: none
cmd-builtin-templates-broken = the built-in templates are broken
cmd-cannot-create = cannot create '{ $path }'

## render
render-bad-date = '{ $text }' is not a date; write YYYY-MM-DD, such as 2026-01-01
render-what-template = template
render-marked-draft = the document is marked 草案：未通过检查 (a draft that has not passed the checks)

## templates
templates-no-such = no built-in template '{ $name }'{ $hint }; `nengji templates list` shows them

## init
init-exists = '{ $path }' already exists; nengji init does not overwrite files
init-wrote = wrote { $path }
init-next = next: nengji compute --schedule { $dir }/schedule.toml --roster { $dir }/roster.csv

## Progress lines (stderr, only on a terminal)
progress-line = { $rows } rows, { $rate } rows/s, { $seconds } s left
progress-line-done = { $rows } rows, { $rate } rows/s

## batch
batch-summary = batch { $period }: { $rows } rows, { $enterprises } enterprises, { $workers } workers paid, { $rejected } rows rejected, wage bill { $wage_bill } -> { $out } ({ $seconds } s)
batch-checked = checked: { $compliant } of { $enterprises } enterprises compliant, { $below } workers below the minimum wage, { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}
batch-rejected = rejected: { $error }
batch-rejected-more = ... { $count } rejected rows in all: see { $file }
batch-rows-unread = { $count ->
        [one] 1 row could not be read; the other rows were processed
       *[other] { $count } rows could not be read; the other rows were processed
    }
batch-cannot-list = cannot list '{ $path }'
batch-stdin-twice = stdin (-) is given twice as a roster; give it once
batch-no-rosters = the directory '{ $path }' has no .csv rosters
batch-no-schedule = no schedule: pass --schedule, or a --registry that names schedules

## value parsers
cli-not-a-period = '{ $text }' is not a pay period (expected YYYY-MM, such as 2026-01)
cli-not-a-percentage = '{ $text }' is not a percentage; write it with its sign, such as 8%
cli-not-a-whole-number = expected a whole number, such as 4

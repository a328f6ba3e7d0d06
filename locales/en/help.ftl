# Help texts of the command line: the about of each command, its examples,
# and one line per flag. Ids: help-<command>-<flag>, or help-arg-<flag> for a
# flag many commands share. See src/cmd/help.rs.

## Headings and clap's own parts
help-heading-usage = Usage
help-heading-commands = Commands
help-heading-options = Options
help-heading-arguments = Arguments
help-heading-examples = Examples
help-value-command = COMMAND
help-choices = { $help } [choices: { $choices }]
help-default = { $help } [default: { $default }]

## Flags many commands share
help-arg-help = Print help
help-arg-version = Print the version
help-arg-lang = The language of messages: zh or en (else NENGJI_LANG, else the system's locale)
help-arg-quiet = Print nothing but errors: no notes, summaries or progress
help-arg-schedule = The schedule (TOML)
help-arg-roster = The roster (CSV, or an .xlsx, .xls or .ods sheet); - for stdin
help-arg-period = The pay month, YYYY-MM; default: the month the schedule takes effect
help-arg-format = The output format: text for people, the others for programs and spreadsheets; default: what -o's extension says, else text
help-arg-csv-encoding = The encoding of CSV output: utf-8-bom (the default for a file, so Excel on a Chinese Windows opens it), utf-8 (the default on stdout, for pipes) or gb18030
help-arg-output = Where to write; - or nothing for stdout
help-arg-encoding = The roster's text encoding: auto (UTF-8 if it reads as UTF-8, else GB18030), utf-8 or gb18030
help-arg-sheet = The sheet to read in each workbook input (.xlsx, .xls or .ods, told from the file's bytes, not its name): its name, or its number from 1; default: the first. Title rows above the header are passed over
help-arg-roster-sheet = The sheet of a workbook roster: its name, or its number from 1; default: the first. Title rows above the header are passed over. Other inputs have their own flag
help-arg-standards = A standards file, or a built-in set by name (zhejiang); repeat to combine
help-arg-jobs = Worker threads for the roster (default: one per core); the output is the same whatever the number

## nengji
help-about = Skill-grade wage negotiation (能级工资集体协商): schedules, rosters, exact pay, checks and documents
help-help-about = Print this help, or the help of the given command

## init
help-init-about = Write a small starter workspace (schedule and roster) to a directory
help-init-dir = The directory to write into (created if missing)
help-init-examples =
    {"  "}nengji init work
    {"  "}nengji compute --schedule work/schedule.toml --roster work/roster.csv

## compute
help-compute-about = The pay sheet: every worker's pay, component by component
help-compute-standards = Standards that carry the wage guideline (工资指导线) a guideline raise in [[adjustment]] follows; a file or a built-in name, repeat to combine
help-compute-examples =
    {"  "}nengji compute --schedule schedule.toml --roster roster.csv
    {"  "}nengji compute --schedule schedule.toml --roster roster.csv --format csv -o pay.csv
    {"  "}nengji compute --schedule schedule.toml --roster roster.csv --period 2026-03

## explain
help-explain-about = How one worker's pay was reached, rule by rule
help-explain-employee = The worker's id (工号)
help-explain-enterprise = The enterprise, when the id is used in more than one
help-explain-format = The output format: text for people, json for programs
help-explain-standards = Standards that carry the wage guideline (工资指导线) a guideline raise in [[adjustment]] follows; a file or a built-in name, repeat to combine
help-explain-examples =
    {"  "}nengji explain --schedule schedule.toml --roster roster.csv --employee A01
    {"  "}nengji explain --schedule schedule.toml --roster roster.csv --employee A01 --format json

## check
help-check-about = Hold a schedule (and a roster's pay) against the law, floors and market
help-check-roster = The roster (CSV, or an .xlsx, .xls or .ods sheet), to check every worker's pay too; - for stdin
help-check-period = The pay month, YYYY-MM; default: the month the schedule takes effect, and the contract is also checked at each change of a standard within its term
help-check-jobs = Worker threads for the roster (default: one per core); the report is the same whatever the number
help-check-examples =
    {"  "}nengji check --schedule schedule.toml --standards zhejiang
    {"  "}nengji check --schedule schedule.toml --roster roster.csv --standards zhejiang --standards industry.toml
    {"  "}nengji check --schedule schedule.toml --standards zhejiang --format csv -o findings.csv

## audit
help-audit-about = 履约监督: find workers paid less than the contract entitles them to
help-audit-roster = The roster (CSV, or an .xlsx, .xls or .ods sheet) the contract's entitlements are computed from
help-audit-payroll = What was paid (CSV, or an .xlsx, .xls or .ods sheet): employee_id and gross (应发工资) and/or component columns by id or Chinese name
help-audit-sheet = { help-arg-roster-sheet } (--payroll-sheet)
help-audit-payroll-sheet = The sheet of a workbook payroll: its name, or its number from 1; default: the first
help-audit-encoding = The text encoding of the roster and the payroll: auto, utf-8 or gb18030
help-audit-standards = Standards that carry the wage guideline (工资指导线) a guideline raise in [[adjustment]] follows; a file or a built-in name, repeat to combine
help-audit-examples =
    {"  "}nengji audit --schedule schedule.toml --roster roster.csv --payroll payroll.csv
    {"  "}nengji audit --schedule schedule.toml --roster roster.csv --payroll payroll.csv --format csv -o shortfalls.csv

## propose
help-propose-about = A new schedule whose average growth over a roster hits a target
help-propose-schedule = The schedule to start from (TOML)
help-propose-roster = The roster (CSV, or an .xlsx, .xls or .ods sheet) the growth is measured over; - for stdin
help-propose-target-growth = The average growth of gross pay to reach, such as 8%
help-propose-mode = How the raise is spread: uniform (the same % on every grade) or lift-low (weighted toward the lower grades: half in proportion, half the same amount)
help-propose-round-to = Round each grade pay to a whole number of this many yuan
help-propose-floor = No grade pay below this amount (rounded up to the unit)
help-propose-standards = Standards to respect, as check takes them; each grade is kept at or above its industry floor and above the minimum wage over the contract's term
help-propose-output = Where to write the new schedule; - for stdout (the report then goes to stderr); without it nothing is written
help-propose-examples =
    {"  "}nengji propose --schedule schedule.toml --roster roster.csv --target-growth 8%
    {"  "}nengji propose --schedule schedule.toml --roster roster.csv --target-growth 6% --mode lift-low --standards zhejiang -o offer.toml

## compare
help-compare-about = A base schedule and offers side by side: cost, who gains, distribution, 扩中提低
help-compare-schedules = The base schedule (what is paid now), then each offer in negotiation order
help-compare-roster = The roster (CSV, or an .xlsx, .xls or .ods sheet) all schedules are compared over; - for stdin
help-compare-labels = A name for each schedule, in order (base first); default: their titles
help-compare-period = The pay month all schedules are computed for, YYYY-MM; default: the month the base takes effect
help-compare-format = The output format: text for people, csv and json for programs, html for a page with charts; default: what -o's extension says, else text
help-compare-threshold = Count workers whose gross pay is below this amount; default with --standards: 1.2 x the monthly minimum wage of the base's region
help-compare-standards = Standards as check takes them: they give the wage guideline's lines and the default threshold
help-compare-on-cost = The employer's on-cost on the wage bill (social insurance, housing fund), such as 30%
help-compare-losses = How many of the largest losses to list by name
help-compare-jobs = Worker threads for the roster (default: one per core); the output is the same whatever the number
help-compare-examples =
    {"  "}nengji compare schedule.toml offer-employer.toml --roster roster.csv
    {"  "}nengji compare schedule.toml offer.toml --roster roster.csv --standards zhejiang --format html -o compare.html

## render
help-render-about = Write the contract, industry agreement, offer or notice of a schedule
help-render-roster = A roster (CSV, or an .xlsx, .xls or .ods sheet) whose figures the document states: headcount, women, wage bill, average pay and its change
help-render-document = The document to write: contract, industry-agreement, offer or notice
help-render-format = The document's format: md, html (A4 page) or docx (Word); default: what -o's extension says, else md
help-render-style = The page style of html and docx: standard, or official (GB/T 9704: 三号仿宋 body, 二号小标宋 title, 22 lines x 28 characters, the standard margins)
help-render-template = A template file to render instead of the built-in one; it may extend "builtin/contract.md" and override single blocks
help-render-date = The date written on the document, YYYY-MM-DD; default: today for an offer, blank on the others
help-render-period = The pay month of the roster's figures, YYYY-MM; default: the month the schedule takes effect
help-render-standards = Standards to check against first; when a check finds an error the document is marked as a draft with the findings listed
help-render-final = Write the document without the draft mark even when checks find errors (they are still printed, and the exit code is still 1)
help-render-calendar = A holiday calendar file adding years to the built-in one (2025 and 2026), in the form of data/calendar/cn-holidays.toml; repeat to combine
help-render-examples =
    {"  "}nengji render --schedule schedule.toml --document contract --format docx -o contract.docx
    {"  "}nengji render --schedule schedule.toml --roster roster.csv --document notice --format html -o notice.html
    {"  "}nengji render --schedule schedule.toml --document offer --date 2026-03-01 --standards zhejiang

## templates
help-templates-about = List or print the built-in document templates
help-templates-list-about = The built-in templates, with what each writes
help-templates-show-about = Print a built-in template, to copy and edit
help-templates-show-name = The template: contract, or builtin/contract.md
help-templates-examples =
    {"  "}nengji templates list
    {"  "}nengji templates show contract -o my-contract.md

## assess
help-assess-about = Grade assessment (能级认定): the committee's scores and rules decide each grade
help-assess-rules = The assessment rules (TOML)
help-assess-scores = The committee's scores (CSV, or an .xlsx, .xls or .ods sheet): 工号 and one column per dimension; - for stdin
help-assess-sheet = { help-arg-roster-sheet } (--scores-sheet)
help-assess-scores-sheet = The sheet of a workbook of scores: its name, or its number from 1; default: the first
help-assess-schedule = A pay schedule (TOML): adds the monthly and annual cost of the decisions
help-assess-period = The first month of the pay effect, YYYY-MM; default: the month of the assessment date, or the month the schedule takes effect if later
help-assess-output = Write the roster with the assessed grades to this file: CSV, or an .xlsx workbook when the name ends in .xlsx; compute reads either
help-assess-record = Write the committee's record (能级认定委员会评审结果) to this file
help-assess-record-format = The record's format: md, html (A4 page) or docx (Word); the file's extension must say the same
help-assess-encoding = The text encoding of the roster and the scores: auto, utf-8 or gb18030
help-assess-standards = Standards that carry the wage guideline (工资指导线) a guideline raise in the schedule's [[adjustment]] follows; a file or a built-in name, repeat to combine
help-assess-examples =
    {"  "}nengji assess --rules assessment.toml --roster roster.csv --scores scores.csv
    {"  "}nengji assess --rules assessment.toml --roster roster.csv --scores scores.csv --schedule schedule.toml -o assessed.csv
    {"  "}nengji assess --rules assessment.toml --roster roster.csv --scores scores.csv --record record.docx --record-format docx

## batch
help-batch-about = Regional rosters at scale: pay, per-enterprise totals, distributions, manifest
help-batch-roster = Roster files, or directories of .csv rosters; each with an enterprise column
help-batch-out = The directory to write the outputs into (created if missing)
help-batch-registry = Enterprises with their schedule, region and industry (TOML, CSV, or an .xlsx, .xls or .ods sheet)
help-batch-sheet = The sheet of each workbook roster: its name, or its number from 1; default: the first (the registry has --registry-sheet)
help-batch-registry-sheet = The sheet of a workbook registry: its name, or its number from 1; default: the first
help-batch-schedule = The schedule of enterprises the registry does not name
help-batch-standards = Standards to check every enterprise against; repeat to combine; without, pay is computed only
help-batch-period = The pay month, YYYY-MM; default: the month the default schedule takes effect
help-batch-jobs = Worker threads; default: every core
help-batch-fail-fast = Stop at the first bad row instead of reporting it and going on
help-batch-documents = Documents to render for every enterprise, into DIR/documents/ID/: notice, contract, offer (comma-separated)
help-batch-document-format = The documents' format: md, html or docx
help-batch-xlsx = Also write every table as an .xlsx workbook beside its CSV (pay.xlsx, enterprises.xlsx...): Chinese headers, numeric amounts, a 合计 row, further sheets past a sheet's 1,048,576 rows
help-batch-examples =
    {"  "}nengji batch --roster rosters/ --schedule schedule.toml -o out
    {"  "}nengji batch --roster rosters/ --registry registry.toml --standards zhejiang -o out --documents notice

## completions
help-completions-about = Print shell completions (bash, zsh, fish, powershell, elvish)
help-completions-shell = The shell to complete for
help-completions-examples =
    {"  "}nengji completions bash > ~/.local/share/bash-completion/completions/nengji
    {"  "}nengji completions zsh > ~/.zfunc/_nengji
    {"  "}nengji completions powershell >> $PROFILE

## man
help-man-about = Print the manual page (roff) of nengji or of one command
help-man-command = The command whose page to print; default: nengji's
help-man-examples =
    {"  "}nengji man > nengji.1
    {"  "}nengji man check | man -l -
help-examples =
    {"  "}nengji init work
    {"  "}nengji check --schedule work/schedule.toml --roster work/roster.csv --standards zhejiang
    {"  "}nengji --lang zh compute --help

## serve
help-serve-about = The negotiation table in the browser (云协商): offers side by side, live figures
help-serve-schedule = The base schedule (what is paid now); default: schedule.toml in the workspace
help-serve-roster = The roster (CSV, or an .xlsx, .xls or .ods sheet) every offer is computed over; default: roster.csv in the workspace
help-serve-standards = Standards as check takes them; repeat to combine; without, no check findings are shown
help-serve-dir = The workspace directory: offers are saved here and nowhere else
help-serve-port = The port to listen on; 0 picks a free one
help-serve-no-open = Do not open a browser
help-serve-lan = Meeting-room mode: listen on the LAN address, require the session token on every request, and let representatives vote from their phones
help-serve-lan-address = The LAN address to listen on in --lan mode; default: the address of the machine's network route
help-serve-label = How the base is labelled
help-serve-examples =
    {"  "}nengji serve --dir work --standards zhejiang
    {"  "}nengji serve --dir work --lan

## arrears
help-arrears-about = 补发 / 欠薪: month by month, entitled under a new schedule, paid, and owed
help-arrears-schedule = The new schedule (TOML) the months are owed under
help-arrears-previous = The schedule paid until now (TOML), for months without a payroll
help-arrears-roster = The roster (CSV, or an .xlsx, .xls or .ods sheet); repeat for a roster per month
help-arrears-from = The first month, YYYY-MM
help-arrears-to = The last month, YYYY-MM
help-arrears-payroll = What was paid in a month (CSV, or an .xlsx, .xls or .ods sheet); repeat per month
help-arrears-sheet = { help-arg-roster-sheet } (--payroll-sheet); the same sheet in every month's roster
help-arrears-payroll-sheet = The sheet of each workbook payroll: its name, or its number from 1; default: the first
help-arrears-document = Write a statement instead of the report: 工资补发明细表 or 欠薪核算表
help-arrears-document-format = The statement's format: md, html or docx
help-arrears-standards = Standards that carry the wage guideline (工资指导线) a guideline raise in either schedule's [[adjustment]] follows; repeat to combine
help-arrears-examples =
    {"  "}nengji arrears --schedule new.toml --previous old.toml --roster roster.csv --from 2026-01 --to 2026-06
    {"  "}nengji arrears --schedule new.toml --previous old.toml --roster roster.csv --from 2026-01 --to 2026-06 --format csv -o owed.csv

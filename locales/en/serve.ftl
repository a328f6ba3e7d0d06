# Issue 17: nengji serve, the negotiation table in the browser (云协商): its
# pages, its answers to the page and its messages on the terminal.

## The terminal
serve-hint-lan = meeting-room mode: open the address above (with its session token) on the big screen; representatives scan their QR codes on it with their phones
serve-hint-stop = press Ctrl-C to stop
serve-no-browser = nengji serve: cannot open a browser ({ $error }); open { $url } yourself
serve-stopped = nengji serve: stopped
serve-runtime = cannot start the server's runtime
serve-listen = cannot listen on { $ip } port { $port }
serve-load-failed = loading the workspace failed: { $error }
serve-stopped-error = the server stopped with an error
serve-no-route = no network route: cannot find this machine's LAN address; give --lan-address
serve-no-lan = this machine has no LAN address (found { $ip }); give --lan-address
serve-base-label = current

## Loading the workspace
serve-what-schedule = schedule
serve-invalid-schedule = invalid schedule: { $error }
serve-roster-empty = the roster '{ $file }' has no workers
serve-not-a-directory = the workspace '{ $dir }' is not a directory; create it or give --dir
serve-cannot-read-roster = cannot read the roster '{ $file }'
serve-cannot-read-schedule = cannot read the schedule '{ $name }' in the workspace
serve-cannot-write = cannot write '{ $path }'
serve-propose-header = proposed from { $file }: { $count } workers, period { $period }, average growth { $achieved }; only grade pay changed.

## Offers
serve-no-offer = there is no offer number { $index }
serve-base-fixed = the current schedule (the base) cannot be changed: make a new offer first
serve-proposed-label = proposal { $achieved }
serve-default-label = offer { $number }
serve-open-input = '{ $name }' is an input the server was started with; copy it with "new offer" instead
serve-save-input = '{ $name }' is an input the server was started with and is never written over; choose another file name
serve-save-taken = '{ $name }' is already another offer's file; choose another file name
serve-save-foreign = the workspace already has '{ $name }', which this session did not write; choose another file name, or load it with "open"
serve-label-length = an offer's name must have 1 to 40 characters

## An edit from the page
serve-edit-field = unknown field '{ $field }'
serve-edit-amount = '{ $value }' is not an amount: write a number, such as 2600 or 2600.00
serve-edit-negative = the amount '{ $value }' cannot be negative
serve-edit-steps = '{ $value }' is not a number of steps: write a whole number from 1 to 100
serve-edit-parse = the offer's file cannot be edited: { $error }
serve-edit-missing = the offer's file has no [[{ $table }]] number { $index }
serve-edit-no-key = [[{ $table }]] number { $index } has no `{ $key }`, so it cannot be changed here
serve-edit-no-step = grade number { $grade } has no step { $step }
serve-edit-form = [[grade]] must be written as an array of tables ([[grade]]) to be changed on the page

## File names from the page
serve-name-empty = give a file name
serve-name-long = the file name '{ $name }' is too long: at most { $max } characters
serve-name-character = the file name '{ $name }' has the character '{ $bad }', which is not allowed: use only letters (汉字 too), digits, - and _, and no directories
serve-name-extension = the file name '{ $name }' must end in .{ $ext }

## Propose from the page
serve-propose-target = target growth '{ $value }': { $error }
serve-propose-mode = unknown mode '{ $mode }': uniform or lift-low
serve-propose-round = rounding unit '{ $value }': { $error }

## Downloads and reports
serve-no-document = there is no document '{ $document }'
serve-no-format = there is no format '{ $format }': md, html or docx
serve-no-standards = no --standards were given, so nothing was checked
serve-document-name = { $document ->
    [contract] skill-grade wage collective contract
    [industry-agreement] industry skill-grade wage agreement
    [offer] offer to negotiate
   *[notice] notice of the skill-grade wage schedule
}

## The guard
serve-guard-host = the request names another host than this server (Host does not match)
serve-guard-token = meeting-room mode: open the full address on the big screen (with its session token) or the representative's own link
serve-guard-origin = cross-site request refused (Origin does not match)
serve-guard-too-large = the form is too large
serve-guard-csrf = the CSRF token is missing or wrong: reload the page and try again

## The vote
serve-ballot-unknown = this link is not valid or has expired: scan the new QR code on the big screen
serve-ballot-voted = you have already voted: each representative votes once
serve-ballot-closed = the vote has not started
serve-ballot-base = the current schedule is not put to the vote: choose an offer
serve-ballot-unsaved = save the offer in the workspace first: the vote is recorded in its file
serve-ballot-no-negotiation = the offer has no [negotiation] record (worker_representatives), so there are no representatives to give links to
serve-save-before-vote = save the offer before putting it to the vote
serve-vote-choose = choose for or against
serve-vote = { $choice ->
    [for] for
   *[against] against
}
serve-notice = { $done ->
    [present] checked in
    [for] voted for
   *[against] voted against
}

## The figures
serve-row-monthly-bill = monthly wage bill
serve-row-annual-bill = annual wage bill
serve-row-monthly-change = monthly change
serve-row-annual-change = annual change
serve-row-average = average pay
serve-row-growth = average growth
serve-row-guideline = wage guideline
serve-row-gainers = workers gaining
serve-row-losers = workers losing
serve-row-bottom-40 = growth of the lowest-paid 40%
serve-row-top-20 = growth of the highest-paid 20%
serve-row-lifts-low = lifts the low (扩中提低)
serve-row-p50 = median P50
serve-row-p90-p10 = P90/P10
serve-row-below = workers below the low-pay line
serve-lifts-low = { $lifts ->
    [yes] yes: low pay grows faster
   *[no] no
}
serve-grade-step = { $grade } step { $step }
serve-with-share = { $value } ({ $share })
serve-severity = { $severity ->
    [error] error
   *[warning] warning
}

## The pages
serve-page-title = 云协商 · skill-grade wage negotiation
serve-page-heading = Skill-grade wage negotiation · 云协商
serve-page-roster = Roster
serve-page-roster-size = ({ $count } workers, period { $period })
serve-page-base = current schedule
serve-page-standards = standards
serve-page-dir = workspace
serve-page-lan = meeting-room mode
serve-page-offers = Offers
serve-page-new = New offer (a copy of)
serve-page-name = name
serve-page-name-example = e.g. union offer
serve-page-new-button = Make
serve-page-propose = Propose for average growth
serve-page-mode = mode
serve-page-mode-uniform = uniform
serve-page-mode-lift-low = lift the low grades
serve-page-round-to = rounded to
serve-page-yuan = yuan
serve-page-propose-button = Propose
serve-page-open = Open an offer of the workspace
serve-page-open-button = Open
serve-page-charts = Charts (as nengji compare --format html draws them)
serve-page-charts-title = the offers compared in charts
serve-page-error-title = Something went wrong
serve-page-back = ← back to the table
serve-page-explain-title = pay of { $employee } · { $label }
serve-page-explain-heading = How { $employee } is paid ({ $label })
serve-page-explain-note = The same as nengji explain prints.

## The figures' section
serve-figures-heading = Figures ({ $count } workers, { $period })
serve-figures-guideline = wage guideline: { $source }
serve-figures-threshold = low-pay line { $amount } yuan
serve-figures-by-grade = Average pay by grade (growth in brackets)
serve-figures-grade = grade
serve-figures-headcount = workers
serve-figures-no-standards = no --standards given: nothing is checked
serve-figures-checked = errors { $errors }
serve-figures-warnings = , warnings { $warnings }
serve-figures-more = { $count } more of { $rule }: see the
serve-figures-full-report = full check report
serve-figures-movers = { $label }: { $gainers } gain, { $losers } lose, { $unchanged } unchanged
serve-figures-losses = Largest losses
serve-figures-gains = Largest gains
serve-figures-explain = How a worker is paid: employee id
serve-figures-enterprise = enterprise (may be empty)
serve-figures-under = under
serve-figures-explain-button = Show

## An offer's card
serve-card-base = base
serve-card-errors = check errors { $errors }
serve-card-saved = saved as
serve-card-dirty = (changed since saved)
serve-card-unsaved = not saved yet
serve-card-steps = steps
serve-card-pay = grade pay by step (yuan a month)
serve-card-step = { $grade } step { $step }
serve-card-base-pay = base
serve-card-increment = increment
serve-card-derived = base { $base }, increment { $increment }
serve-card-allowances = Allowance amounts and caps
serve-card-allowance = allowance
serve-card-amount = amount
serve-card-cap = cap
serve-card-no-cap = none
serve-card-save-to = Save in the workspace as
serve-card-file-name = file name
serve-card-save = Save
serve-card-download = Download TOML
serve-card-documents = Documents:
serve-card-vote = Put to the vote ({ $count } representatives)

## The ballot panel
serve-ballot-heading = Vote
serve-ballot-voting = Voting on:{ " " }
serve-ballot-recorded = , recorded in the [negotiation.vote] of { $file }
serve-ballot-total = representatives
serve-ballot-people = { "" }
serve-ballot-present = present
serve-ballot-ok = procedure check: at least two thirds present and more than half of all representatives for (集体合同规定 Art 36): nothing found
serve-ballot-representative = representative { $number }
serve-ballot-link-voted = ✓ voted
serve-ballot-link-present = checked in
serve-ballot-how = Once an offer is saved, "put to the vote" on its card: each representative scans their own QR code, checks in and votes on their phone. The offer needs a [negotiation] record.

## A representative's page
serve-rep-title = representative { $number } · vote
serve-rep-heading = Workers' representative { $number }
serve-rep-offer = The offer voted on:{ " " }
serve-rep-change = average growth { $growth }, the monthly wage bill changes by { $change } yuan
serve-rep-voted = You have voted: { $vote }. Each representative votes once.
serve-rep-check-in = Check in (present)
serve-rep-checked-in = checked in
serve-rep-tally = all { $total } · present { $present } · for { $in_favour } · against { $against }

## The page's script
serve-js-status = the server answered
serve-js-offline = cannot reach the server
serve-figures-label = { $label }:{ " " }
serve-finding-subject = { $subject }:{ " " }
serve-finding-basis = { " " }({ $basis })
serve-html-lang = en
serve-list-separator = ,{ " " }

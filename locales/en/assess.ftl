# nengji assess: the report's words (src/assess/report.rs), the rules in words
# (summary.rs), the reasons (reason.rs, check.rs). The committee's record is a
# Chinese document and takes the Chinese messages whatever the language; the
# CSV and JSON carry the English ones (and the JSON reason_zh the Chinese).

## the report's frame
assess-head = { $title } — { $committee }, assessed { $date }{ $cycle }
assess-head-cycle = , cycle { $cycle }
assess-inputs = rules { $rules }; roster { $roster } ({ $workers } workers); scores { $scores } ({ $scored } scored)
assess-formula = total = { $formula } (total { $low } to { $high })
assess-ranking = ranking for quotas: { $ranking }
assess-results = Results
assess-grade-line = { $grade }: { $requirements }
assess-enterprise = { " " }({ $enterprise })
assess-total = total { $total }
assess-promotions = Promotions ({ $count })
assess-demotions = Demotions ({ $count })
assess-held-title = Held back by quotas ({ $count })
assess-held-line = qualified for { $qualified }, assessed { $assessed }
assess-step = { " " }step { $step }
assess-exceptional-mark = { " " }(exceptional)

## a decision's change (the CSV's change column keeps its ids)
assess-change-promoted = promoted
assess-change-demoted = demoted
assess-change-kept = kept
assess-change-not-scored = not-scored

## the rules in words
assess-not-assessed-grade = not decided by this assessment
assess-rule-promotion = promotion: at most { $grades } { $grades ->
        [one] grade
       *[other] grades
    } per cycle, to step { $step }
assess-rule-exceptional = exceptional: { $name } — when { $when }: up to { $grades } grades{ $waive }
assess-rule-waiving = , waiving { $list }
assess-rule-demotion = demotion: total below { $below } goes one grade down, to step { $step }
assess-rule-quota = quota: { $name } — at most { $limit } at or above { $grade }, { $scope }
assess-limit-count = { $count } people
assess-scope-roster = over the whole roster
assess-scope-enterprise = per enterprise
assess-and = { " and " }
assess-list-separator = { ", " }
assess-separator = { "; " }
assess-require-total = total >= { $min }
assess-require-certificate = { $column } at least { $level }
assess-require-years = { $years } years since { $column }
assess-require-discipline = no disciplinary record
assess-rank-total = total (higher first)
assess-rank-dimension = { $dimension } score (higher first)
assess-rank-date = { $column } (earlier first)
assess-rank-number = { $column } (higher first)
assess-rank-id = employee id (ascending)
assess-rank-then = { ", then " }
# a waiver by its name in the rules file (waive = ["min_years", ...])
assess-waiver-min_certificate = min_certificate
assess-waiver-min_years = min_years
assess-waiver-no_discipline = no_discipline
assess-waiver-require = require

## the reason for a decision
assess-not-scored = not scored: grade unchanged
assess-demoted = total { $total } < demotion line { $below }: down one grade
assess-demoted-lowest = total { $total } < demotion line { $below }, already at the lowest grade
assess-qualifies = qualifies for { $grade }: { $checks }
assess-by-exception = { " " }(exceptional promotion: { $name })
assess-top-grade = already at the top grade
assess-failed = not { $grade }: { $checks }
assess-not-decided = promotion to { $grade } is not decided by this assessment
assess-quota-within = within quota '{ $name }'{ $group }: rank { $rank } of { $candidates } for { $places } { $places ->
        [one] place
       *[other] places
    } (limit { $limit } of { $headcount } workers, { $incumbents } already at or above)
assess-quota-held = held back by quota '{ $name }'{ $group }: rank { $rank } of { $candidates } for { $places } { $places ->
        [one] place
       *[other] places
    } (limit { $limit } of { $headcount } workers, { $incumbents } already at or above)
assess-quota-group = { " " }in { $group }
assess-tie = , tie at { $total } with { $other } broken by { $key } ({ $ours } vs { $theirs })
assess-key-employee = employee id
assess-key-enterprise = enterprise id

## one check
assess-waived = { $check } (waived)
assess-check-score-pass = total { $total } >= { $min }
assess-check-score-fail = total { $total } < { $min }
assess-check-none = (none)
assess-check-certificate-pass = { $column } { $held } at or above { $min }
assess-check-certificate-fail = { $column } { $held } below { $min }
assess-check-no-date = no { $column } date, needs { $min }
assess-check-years-pass = { $column } { $since }: { $held } by { $on } >= { $min }
assess-check-years-fail = { $column } { $since }: { $held } by { $on } < { $min }
assess-check-clean = no disciplinary record ({ $column })
assess-check-record = disciplinary record: { $column } { $record }
assess-check-empty = (empty)
assess-check-meets = { $column } { $cell }: meets { $condition }
assess-check-fails = { $column } { $cell }: fails { $condition }
assess-months = { $months ->
        [one] 1 month
       *[other] { $months } months
    }
assess-years = { $years ->
        [one] 1 year
       *[other] { $years } years
    }
assess-years-months = { $years ->
        [one] 1 year
       *[other] { $years } years
    } { $months ->
        [one] 1 month
       *[other] { $months } months
    }

## the pay effect
assess-pay-title = Pay effect under { $schedule } ({ $file }), { $first } to { $last }
assess-pay-legend = monthly: recurring change in { $first }; one-off: one-off awards over the year; annual: the whole change over the 12 months
assess-pay-col-grade = grade
assess-pay-col-headcount = workers
assess-pay-col-monthly = monthly
assess-pay-col-one-off = one-off
assess-pay-col-annual = annual
assess-pay-total = total
assess-pay-promoted = promoted
assess-pay-demoted = demoted
assess-pay-others-row = others
assess-pay-others = grade unchanged
assess-pay-bill-row = wage bill
assess-pay-bill = every change
assess-pay-others-note = others: workers whose grade is unchanged but whose pay changes (a pool shared by grade weights)


## the score sheet (scores.csv): what is wrong in a cell, and the fix
assess-scores-of-enterprise = { " " }of enterprise '{ $enterprise }'
assess-scores-unknown-worker = unknown worker '{ $id }'{ $within }: not on the roster '{ $roster }'
assess-scores-id-in-enterprises = worker id '{ $id }' is used in { $count } enterprises
assess-scores-id-in-enterprises-hint = ; add an enterprise_id (企业) column to the scores
assess-scores-twice = worker '{ $id }' is scored twice
assess-scores-twice-hint = ; first scored on line { $line }
assess-scores-empty-id = empty employee_id (工号)
assess-scores-empty-id-hint = ; every row of scores needs the worker's id
assess-scores-name = name '{ $name }' is not the roster's '{ $roster }' for worker '{ $id }'
assess-scores-name-hint = ; check that the row is the right worker
assess-scores-missing = no { $dimension } score
assess-scores-missing-hint = ; every dimension needs a score
assess-scores-not-a-score = '{ $text }' is not a score
assess-scores-not-a-score-hint = ; expected a number from { $min } to { $max }
assess-scores-decimals = score '{ $text }' has more than { $decimals } decimals
assess-scores-range = score { $text } is out of range for { $dimension }
assess-scores-range-hint = ; { $dimension } is scored from { $min } to { $max }
assess-scores-no-id = the scores have no employee_id column (expected a header employee_id or 工号)
assess-scores-no-dimension = the scores have no column for dimension { $dimension } (expected a header '{ $dimension }' or '{ $id }')
assess-scores-did-you-mean = ; did you mean the column '{ $column }'?
assess-scores-two-columns = dimension { $dimension } has two columns
assess-scores-two-columns-hint = ; keep one

## the committee's record
assess-record-error = cannot render the committee's record ({ $template }): { $error }

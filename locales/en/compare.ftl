# The reports of compare and propose (text and HTML).

## the text report
compare-title = Comparison — period { $period }, { $headcount } workers
compare-role-base = base
compare-role-offer = offer
compare-default-label = offer { $number }
compare-row-monthly = Monthly wage bill
compare-row-change = change
compare-row-annual = Annual wage bill (×12)
compare-row-employer = Annual employment cost (+{ $rate }% social insurance and housing fund)
compare-row-average = Average pay
compare-row-average-growth = Average growth
compare-row-guideline = Wage guideline
compare-row-movers = Up / down / unchanged (workers)
compare-row-p50 = P50 median
compare-row-gini = Gini coefficient
compare-row-below = Below { $amount } (workers)
compare-row-bottom-40 = Growth of the lowest-paid 40%
compare-row-top-20 = Growth of the highest-paid 20%
compare-row-lifts-low = Lifts the low paid (bottom 40% faster than top 20%)
compare-yes = yes
compare-no = no
compare-cells-heading = Grade pay (by grade and step)
compare-col-grade = Grade
compare-col-step = Step
compare-col-headcount = Workers
compare-col-change = Change
compare-col-employee-id = Employee id
compare-col-name = Name
compare-col-before = Pay before
compare-col-after = Pay after
compare-col-changed = Items changed
compare-chart-grades = Average gross pay by grade
compare-chart-group = { $grade } ({ $headcount })
compare-chart-quintiles = Growth by fifth of the roster (by base pay, lowest first)
compare-quintile = Fifth { $number }
compare-quintile-lowest = Fifth { $number } lowest
compare-quintile-highest = Fifth { $number } highest
compare-losses-heading = Largest losses — { $label } ({ $losers ->
        [one] 1 worker loses
       *[other] { $losers } workers lose
    })
compare-notes = Note: gross pay; the same roster and pay period { $period } for every scenario; percentiles by linear interpolation between closest ranks (R-7, Excel PERCENTILE.INC); the lowest-paid 40% and highest-paid 20% are ranked by base pay.

## threshold and wage guideline
compare-threshold-given = Threshold { $amount } (an amount given)
compare-threshold-minimum = Threshold { $amount } = { $multiple } × minimum wage { $minimum } ({ $standard } tier { $tier }, region { $region })
compare-guideline-line = Wage guideline { $figures }
compare-guideline-from = { " " }({ $source })
compare-guideline-separator = ,{ " " }
compare-guideline-lower = lower line
compare-guideline-base = base line
compare-guideline-upper = warning line
compare-guideline-below-lower = below the lower line
compare-guideline-lower-to-base = between the lower and base lines
compare-guideline-base-to-upper = between the base and warning lines
compare-guideline-above-upper = above the warning line

## the report of propose
propose-label-base = current
propose-label-proposal = proposed
propose-report-title = Proposal — { $title } ({ $headcount } workers, period { $period })
propose-report-mode = Mode { $mode }: { $raise }, rounded to { $unit } yuan
propose-report-growth = Target average growth { $target }, achieved { $achieved } (monthly wage bill { $before } → { $after }, { $change })
propose-report-shares = Lowest-paid 40% grow { $bottom }, highest-paid 20% grow { $top }, lifts the low paid: { $lifts }
propose-col-before = Grade pay before
propose-col-after = Grade pay after
propose-col-note = Note
propose-note-floor = raised to the floor
propose-note-rising = kept rising step by step
propose-raise-uniform = every grade-pay cell { $percent }
propose-raise-lift-low = every grade-pay cell { $percent } plus a flat { $flat } yuan (half proportional, half flat)

## the HTML report
compare-html-lang = en
compare-html-title = Comparison — { $title }
compare-html-meta = Pay period { $period } · { $headcount } workers · gross pay of the same roster under each scenario
compare-html-legend = { $role }: { $label }
compare-html-summary = Summary
compare-html-distribution = Distribution of pay
compare-html-distribution-note = One colour for each scenario; across, monthly gross pay; up, the number of workers.
compare-html-distribution-threshold = { " " }The dashed red line is the threshold { $amount }.
compare-html-cost = Change in cost (a year, against the base)
compare-html-cost-note = Annual wage bill of the base { $bill }.
compare-html-cost-note-employer = Annual wage bill of the base { $bill }, annual employment cost { $cost } (wage bill +{ $rate }% social insurance and housing fund).
compare-html-growth = Growth and the wage guideline
compare-html-no-guideline = No wage guideline given (lower, base and warning lines).
compare-html-cells = Grade pay table (by grade and step)
compare-html-notes = Note: gross pay, the same roster and pay period { $period } for every scenario. Percentiles by linear interpolation between closest ranks (R-7, Excel PERCENTILE.INC), all in exact decimals. The lowest-paid 40% and highest-paid 20% are ranked by the base's pay.
compare-html-card-growth = Average growth { $growth }
compare-html-card-bill = Annual wage bill change { $change }
compare-html-card-employer = Annual employment cost change { $change }
compare-html-card-lifts = Lifts the low paid: { $lifts } (bottom 40% { $bottom }, top 20% { $top })
compare-html-group = { $grade } ({ $headcount })
compare-html-threshold = Threshold { $amount }
compare-html-axis-pay = Monthly gross pay (yuan)
compare-html-axis-workers = Workers
compare-html-bar-bill = Annual wage bill { $change } ({ $percent })
compare-html-bar-employer = Employment cost { $change } ({ $percent })
compare-html-chart-cost = Added cost a year
compare-html-bar-average = Average
compare-html-bar-bottom-40 = Lowest-paid 40%
compare-html-bar-top-20 = Highest-paid 20%
compare-html-chart-growth = Average growth and the wage guideline
compare-html-losses = Largest losses — { $label } ({ $losers ->
        [one] 1 worker loses
       *[other] { $losers } workers lose
    })

# Issue 15: why scenarios cannot be compared (src/compare/comparison.rs, roster_compare.rs).
compare-error-empty = the roster has no workers
compare-error-sheets = '{ $label }' has { $found } pay sheets for { $workers } workers
compare-error-headcount = '{ $label }' read { $found } workers from the roster, the base read { $expected }
compare-error-worker = '{ $label }' read worker '{ $found }' at line { $line } where the base read '{ $expected }'
compare-error-overflow = the wage bill of '{ $label }' leaves the range of exact decimals
compare-error-spill = cannot keep the workers' pay for the rank groups: { $error }
compare-error-rows-spill = cannot keep the workers' rows: { $error }

# nengji explain: the lines of a worker's pay derivation (src/report/explanation.rs,
# src/pay/engine.rs, src/pay/allowance_rule.rs). The JSON of explain carries the
# English text whatever the language (machine-readable output).

## the frame
explain-head = { $name }, employee { $id }{ $enterprise } — { $grade } step { $step }, { $period }
explain-head-enterprise = , enterprise { $enterprise }
explain-schedule-line = schedule: { $schedule }; rounding: { $rounding }
explain-component = { $name } { $component } ({ $kind }){ $clause }: { $amount }
explain-clause = { " " }[{ $clause }]
explain-reads = reads { $column } = { $value }
explain-empty = (empty)
# the values the engine reads that are not roster columns, by their ids
explain-input-grade = grade
explain-input-step = step
explain-input-probation_end = probation_end
explain-input-ot_weekday_h = ot_weekday_h
explain-input-ot_restday_h = ot_restday_h
explain-input-ot_holiday_h = ot_holiday_h
explain-rounded = rounded { $rounding }: { $exact } -> { $amount }
explain-gross = gross = { $parts } = { $gross }
explain-minimum-base = minimum-wage base = gross - ({ $excluded }) = { $base } (Minimum Wage Provisions Art 12 excludes overtime and special-condition allowances)

## a rule's kind, as the line of its component names it (the kind = "..." ids)
explain-kind-grade-table = grade-table
explain-kind-overtime = overtime
explain-kind-piece-rate = piece-rate
explain-kind-piece-overtime = piece-overtime
explain-kind-fixed = fixed
explain-kind-lookup = lookup
explain-kind-by-grade = by-grade
explain-kind-per-year = per-year
explain-kind-list-sum = list-sum
explain-kind-per-unit = per-unit
explain-kind-percent = percent
explain-kind-monthly-award = monthly-award
explain-kind-one-off = one-off
explain-kind-pool = pool

## rounding (the schedule's [rounding])
explain-rounding = { $mode ->
        [half-up] half-up
        [half-even] half-even
        [down] down
       *[up] up
    } to { $unit }

## grade pay
explain-grade-table = { $grade } step { $step } in the pay table = { $pay }
explain-grade-base = { $grade } base { $base } + increment { $increment } x (step { $step } - 1) = { $pay }

## a rule that does not apply
explain-not-paid = not paid: { $conditions }
explain-only-grades = only grades { $grades }
explain-only-posts = only post categories { $posts }
explain-list-separator = { ", " }
explain-condition-separator = { "; " }

## allowances, one line per kind
explain-capped = , capped at { $cap }
explain-by-grade = { $grade } in the table = { $amount }
explain-fixed = fixed { $amount }
explain-lookup-empty = empty cell: 0.00
explain-lookup = '{ $key }' in the table = { $amount }
explain-per-year = { $per } x { $years } full years at { $on } = { $raw }{ $cap } -> { $amount }
explain-list-none = none
explain-list-sum = { $list } = { $sum }{ $cap } -> { $amount }
explain-per-unit = { $parts } = { $sum }{ $cap } -> { $amount }
explain-percent = { $rate } of ({ $of }) { $base } = { $exact } -> { $amount }
explain-monthly-award = '{ $key }' pays { $value } a month; { $period } is month { $since } of { $months } after { $date }
explain-monthly-award-outside = '{ $key }' won { $date }: { $period } is outside months 1 to { $months } after it, so 0.00
explain-no-award = no award: 0.00
explain-one-off = paid once in the period of { $date }: { $amount }
explain-one-off-other = paid once in { $paid }, not in { $period }: 0.00
explain-pool = weight = grade { $grade_weight } x step { $step } x contribution = { $weight }; { $pool } pool of enterprise '{ $enterprise }' x { $weight } / total weight { $total } = { $exact } -> { $amount } (cut to the fen; the fen left over go to the largest remainders, so the parts add up to the pool)

## overtime (劳动法 Art 44)
explain-overtime-hourly = hourly = ({ $columns }) { $base } / { $hours } = { $exact } -> { $hourly }; overtime = { $hourly } x ({ $h1 } x { $m1 } + { $h2 } x { $m2 } + { $h3 } x { $m3 }) = { $amount }
explain-overtime-amount = overtime = ({ $columns }) { $base } x ({ $h1 } x { $m1 } + { $h2 } x { $m2 } + { $h3 } x { $m3 }) / { $hours } = { $amount } (the hourly rate { $exact } is not rounded first)

# The pay rules of issue 13: attendance and proration, probation, sick pay,
# piece rates and quotas, raises, arrears.

## [attendance] in the schedule
pay-attendance-paid-days = [attendance] paid_days { $days } must be above 0 and at most 31 (the statutory figure is 21.75)
pay-attendance-rate = [attendance] { $key } { $rate } must be from 0% to 100%

## attendance cells in the roster
pay-roster-leave-before-hire = leave date { $leave } is before the hire date { $hire }
pay-roster-leave-before-hire-hint = the leave date is the last day employed, on or after the hire date
pay-roster-days-too-many = { $text } days is more than a month has
pay-roster-days-too-many-hint = expected at most 31

## paid days, for explain
pay-days-not-employed = not employed in the month: 0 paid days
pay-days-whole-month = employed the whole month: { $days } paid days
pay-days-weekdays = employed { $from } to { $to }: { $days } weekdays (Monday to Friday, both ends counted)
pay-days-calendar = employed { $from } to { $to }: { $days } calendar days of { $of } x { $paid } = { $equivalent } paid days
pay-days-roster = employed { $from } to { $to }: days_worked { $days } paid days
pay-days-leave-unpaid = ; { $kind } { $days } days unpaid
pay-days-leave-paid = ; { $kind } { $days } days paid at { $rate }
pay-days-total = ; paid days { $days } of { $of }
pay-days-line = paid days (劳社部发〔2008〕3号: monthly / { $of }): { $how }
pay-days-probation-line = in probation for the whole month
pay-formula-probation = ; in probation all month: x { $rate } (劳动合同法 Art 20)
pay-formula-prorated = ; paid for part of the month: x { $days } / { $of } paid days = { $amount } (劳社部发〔2008〕3号)

## checks
pay-check-probation-rate = [attendance] probation_rate { $rate } is below 80% of the contract's pay
pay-check-probation-rate-fix = set probation_rate to at least "80%"
pay-check-probation-minimum = probation pay { $pay } ({ $rate } of { $lowest }) is below the minimum wage { $minimum } ({ $standard } tier { $tier })
pay-check-probation-minimum-fix = raise probation_rate to at least { $needed }, or pay probation at the minimum wage
pay-check-sick-floor = a month of sick leave pays { $pay } ({ $rate } of { $lowest }), below 80% of the minimum wage { $minimum } = { $floor } ({ $standard } tier { $tier })
pay-check-sick-floor-fix = raise [attendance] sick_rate, or pay sick leave at least 80% of the minimum wage
pay-check-partial-minimum = pay { $pay } (before overtime and excluded allowances) for { $days } paid days is below the minimum wage for them, { $minimum } x { $days } / { $of } = { $required } ({ $standard } tier { $tier })

## [[piece_rate]] in the schedule, and its columns
pay-piece-bad-id = piece rate id '{ $id }' must be a name without spaces, commas or quotes
pay-piece-negative = piece rate '{ $id }' has a negative rate; rates are paid, not deducted
pay-piece-overtime-columns = piece rate '{ $id }': overtime_columns names at most three columns (working day, rest day, statutory holiday)
pay-piece-unknown-grade = piece rate '{ $id }' names unknown grade '{ $grade }'
pay-piece-quota = piece rate '{ $id }': quota { $quota } must be above zero
pay-piece-quota-post = piece rate '{ $id }' has a quota but no post; write post = the occupation (工种) the quota binds
pay-piece-twice = piece rate id '{ $id }' is used twice
pay-roster-piece-column = the roster has no column '{ $column }', which piece rate '{ $id }' reads
pay-roster-quantity = '{ $text }' is not a quantity
pay-roster-quantity-hint = expected a number of units such as 1200 or 35.5

## piece pay, for explain
pay-piece-line = { $name } { $quantity } { $unit } x { $rate }{ $grade }
pay-piece-none = no pieces: 0.00
pay-piece-sum = { $lines } = { $exact } -> { $amount }
pay-piece-overtime-line = { $name } (working day { $weekday } x { $m1 } + rest day { $restday } x { $m2 } + holiday { $holiday } x { $m3 }) { $unit } x { $rate }
pay-piece-overtime-basis = ; overtime pieces at 150/200/300% of the piece rate (工资支付暂行规定 Art 13)

## piece-rate checks
pay-check-piece-minimum = piece pay at the quota, { $quota } { $unit } of { $name } x { $rate } = { $pay }, is below the minimum wage { $minimum } ({ $standard } tier { $tier })
pay-check-piece-minimum-fix = raise the rate of '{ $id }' to at least { $needed } a { $unit }, or lower the quota
pay-check-quota = the quota of { $quota } { $unit } of { $name } was met in legal hours by { $met } of the { $workers } workers on post { $post } ({ $share }), fewer than 90%
pay-check-quota-fix = lower the quota of '{ $id }' so that at least 90% of the post meet it, and put it to the workers' congress (劳动合同法 Art 4)
pay-check-quota-guidance = { $basis } (binding in Hangzhou; guidance elsewhere)

## nengji arrears
pay-arrears-title = Arrears and owed wages (补发 / 欠薪), { $from } to { $to }
pay-arrears-columns = employee   name     enterprise   period     entitled         paid         owed  paid from
pay-arrears-per-worker = Per worker (months, entitled, paid, owed):
pay-arrears-per-enterprise = Per enterprise (entitled, paid, owed):
pay-arrears-total = Run: { $workers } workers, { $rows } worker-months; entitled { $entitled }, paid { $paid }, owed { $owed }
pay-arrears-no-months = --from { $from } is after --to { $to }
pay-arrears-no-rows = no worker of the roster is employed between { $from } and { $to }
pay-arrears-roster-month = '{ $value }' is not a roster for a month; write --roster FILE for every month, or --roster YYYY-MM=FILE for one
pay-arrears-payroll-month = '{ $value }' names no month; write --payroll YYYY-MM=FILE
pay-arrears-roster-missing = no roster for { $period }; give --roster { $period }=FILE, or one --roster FILE for every month
pay-arrears-month-outside = { $period } is outside --from { $from } --to { $to }
pay-arrears-previous-needs = --previous and --payroll both say what was paid in { $period }; the payroll is used

## [[adjustment]] in the schedule: yearly raises (工资调整办法)
pay-adjust-outside-term = [[adjustment]] from { $from } must be after the schedule takes effect ({ $effective }) and no later than it expires ({ $expires }); the grade tables are the pay from the day it takes effect
pay-adjust-not-positive = [[adjustment]] from { $from }: a raise, its amount and its minimum must be above zero
pay-adjust-one-way = [[adjustment]] from { $from }: write exactly one of percent = "5%", amount = "120.00" or guideline = "base"
pay-adjust-minimum-with-amount = [[adjustment]] from { $from }: minimum goes with percent or guideline; an amount raise is already the same for every step
pay-adjust-unit = [[adjustment]] from { $from }: amounts must be whole numbers of the rounding unit ({ $unit })
pay-adjust-order = [[adjustment]] from { $from } must come after the one from { $before }: write adjustments in date order, one per date
pay-adjust-unresolved = the adjustment from { $from } follows the { $year } wage guideline's base line, and no standards given carry a [[wage_guideline]] of { $year } for region { $region }; pass --standards with a file that has it
pay-adjust-at-least = , at least { $minimum } a step
pay-adjust-by-percent = +{ $rate }{ $minimum }
pay-adjust-by-amount = +{ $amount } a step
pay-adjust-by-guideline = by the { $year } wage guideline's base line { $rate } ({ $source }){ $minimum }
pay-adjust-by-guideline-unknown = by the { $year } wage guideline's base line (not in the standards given){ $minimum }
pay-formula-adjusted-on = ; the table in force on { $on } (工资调整办法):{ " " }
pay-formula-adjusted = from { $from } { $how }: { $before } + { $raise } = { $after }
pay-formula-adjusted-rounded = { " " }(the raise { $exact } rounded { $rounding })
pay-adjust-line = adjustments in force in { $period } (工资调整办法; the table in force on the month's last day): { $list }

## the cost over the term, in compare and propose
pay-term-heading = Cost over the contract's term (工资调整办法: the period's roster under each table in force)
pay-term-cost = { $label }: { $from } to { $to }, { $months } months, { $total }
pay-term-run = { $from } to { $to }: { $months } months x { $monthly } = { $cost } (the table in force on { $on }, { $adjustments ->
        [0] no adjustment
        [one] 1 adjustment
       *[other] { $adjustments } adjustments
    } in force)
pay-term-col-scenario = Scenario
pay-term-col-months-from-to = Period
pay-term-col-months = Months
pay-term-col-monthly = Monthly bill
pay-term-col-cost = Cost
pay-term-col-adjustments = Adjustments in force
pay-term-col-span = { $from } to { $to }
pay-term-col-total = { $label }: the term
pay-term-note = Each run is the compared period's roster paid by the grade table in force on the run's first month's last day, times its months; the term is the sum of the runs.

## the adjustment clause of the contract (documents print the Chinese)
pay-contract-adjust = from { $from }, { $how }
pay-contract-adjust-percent = every step of every grade's grade pay rises { $rate }{ $minimum }
pay-contract-adjust-minimum = , by at least { $minimum } yuan a month a step
pay-contract-adjust-amount = every step of every grade's grade pay rises { $amount } yuan a month
pay-contract-adjust-guideline = every step of every grade's grade pay rises by the { $year } wage guideline's base line ({ $rate }){ $minimum }
pay-contract-adjust-guideline-open = every step of every grade's grade pay rises by the base line of the { $year } wage guideline the local government publishes{ $minimum }
pay-arrears-shared-monthly = one roster serves { $months } months, and { $workers ->
        [one] 1 worker has
       *[other] { $workers } workers have
    } leave days, overtime hours, days worked or piece quantities in it: they count in each of those months; give --roster YYYY-MM=FILE for the months they belong to
pay-check-table-in-force = pay table at { $periods }: the written table raised by the adjustments in force (工资调整办法): { $adjustments }
pay-check-table-from = from { $from } { $raise }
pay-check-table-unknown = pay table at { $periods }: not checked, a guideline raise in force there follows a wage guideline the standards given do not carry; pass --standards with it

# Issue 11: what an input value means. Amounts, numbers and dates in the
# roster, payroll, score sheet, schedule and standards.

## amounts and numbers
input-not-amount = '{ $text }' is not an amount of money (expected a decimal number such as 2490 or 2490.50)
input-misgrouped = '{ $text }' has grouping commas out of place: a comma separates groups of three digits, as in 2,600.00 or 12,345; or write the number without commas (2600)
input-decimal-comma = '{ $text }' has a decimal comma: write the decimals after a point (2600.50); a comma only separates groups of three digits (2,600.50)
input-too-large = '{ $text }' is beyond the range nengji accepts: from -1,000,000,000,000 to 1,000,000,000,000 (one trillion)
input-money-places = '{ $text }' has { $places } decimal places; money here has at most 2 (fen): write { $fix }
input-not-amount-paid = '{ $text }' is not an amount paid
input-not-amount-paid-hint = expected a number such as 2490.00
input-negative-amount = '{ $text }' is negative
input-negative-amount-hint = an amount here is at least 0; write 0 for nothing
input-not-number = '{ $text }' is not a number of { $what }
input-not-number-hint = expected a number such as 8 or 7.5
input-negative-number = negative { $what } '{ $text }'
input-negative-number-hint = { $what } cannot be below zero
input-number-too-large = { $what } '{ $text }' is beyond the range nengji accepts
input-number-too-large-hint = expected at most 1,000,000,000,000
input-table-places = allowance '{ $rule }': { $key } = { $value } has { $places } decimal places; money has at most 2 (fen): write { $fix }

## dates
input-not-date = '{ $text }' is not a date
input-not-date-hint = expected YYYY-MM-DD, such as 2019-03-01
input-date-too-early = { $field } { $text } is before 1900
input-date-too-early-hint = a date in a roster lies after 1900-01-01; check the year
input-date-after-period = { $field } { $text } is more than a year after the pay period { $period } and after the schedule's term: a roster read for { $period } gives dates up to { $latest }
input-hire-after-period-hint = no month of the schedule pays a worker hired then: correct the date, or compute under the schedule in force when they start
input-award-after-period-hint = an award is paid from the month it was won, and no month of the schedule is that late: correct the date

## overtime
input-overtime-month = overtime { $weekday } + { $restday } + { $holiday } = { $total } hours is more than { $period } holds ({ $days } days x 24 = { $hours } hours)
input-overtime-month-hint = check the overtime columns of this row; the legal cap of 36 hours a month is a finding of check (劳动法 Art 41)

## the schedule's term
input-period-outside-term = the pay period { $period } is outside the schedule's term ({ $effective } to { $expires }); the schedule is applied as if it were in force
input-period-outside-term-fix = give --period inside the term, or use the schedule in force in { $period }

## rules of a schedule
input-percent-of-itself = allowance '{ $id }' takes a percentage of itself: `of` names '{ $id }'; a percentage is taken of components defined before it (grade_pay and the allowances above it)
input-a-month = a month
input-warning = warning: { $message }
input-hired-later = { $count ->
    [one] 1 worker is hired after { $period } (first { $id } at { $place }) and is paid nothing for it
   *[other] { $count } workers are hired after { $period } (first { $id } at { $place }) and are paid nothing for it
}: accepted, because a roster serves later months too (the schedule's term, arrears)

## the pay engine
input-rule-at = rule '{ $rule }' ({ $place })
input-rule-in = '{ $rule }' (of { $file })
input-pay-overflow = the pay of worker '{ $employee }' (roster line { $line }) overflows in { $rule }: a figure is beyond what exact decimals hold (about 7.9e28); check the rule's amounts and the worker's cells
input-pay-error-in-roster = { $message } (at { $place })
input-pool-none-eligible = the pool of { $rule } cannot be distributed in enterprise '{ $enterprise }': no worker there meets its conditions (grades, post categories); the pool would vanish. Give the enterprise a pool of 0 under by_enterprise, or widen the conditions
input-pool-zero-weights = the pool of { $rule } cannot be distributed in enterprise '{ $enterprise }': every eligible worker's weight is 0, so the weights give no shares and the pool would vanish. Give the grades a weight above 0 (weights, weight_column), or the enterprise a pool of 0 under by_enterprise

## standards given twice
input-standard-twice = { $what } is given twice (also at { $other }); keep one
input-what-minimum-wage = the minimum wage of region '{ $region }' from { $from }
input-what-tier = the tier of { $label } from { $from }
input-what-skill-minimum = the skill-worker minimum of region '{ $region }' from { $from }
input-what-industry-floor = the industry floor of '{ $industry }' from { $from } (the same industry, over the same dates)
input-what-guideline = the wage guideline of region '{ $region }' for { $year }
input-what-market-level = the market level of { $occupation } (grade { $grade }) in region '{ $region }' for { $year }

## the batch registry
input-registry-schedule = the schedule '{ $schedule }' that the registry names at { $place } (enterprise '{ $enterprise }'; a path relative to the registry's folder)
input-registry-schedule-unplaced = the schedule '{ $schedule }' that the registry names (a path relative to the registry's folder)

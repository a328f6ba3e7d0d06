# Issue 15: the validation of the TOML inputs (schedule, standards, calendar,
# registry) and how a hint is joined to its message.

## a hint joined to its message (src/i18n: `hint`, `join`)
hint-joined = ; { $hint }
hint-separator = { "; " }

## a payroll's header (src/audit/columns.rs); its cells use roster's and input's messages
payroll-column-twice = column '{ $header }' gives the same amount as column { $number } '{ $earlier }'
payroll-unknown-column = unknown payroll column '{ $header }'
payroll-no-id-column = the payroll has no employee_id column (expected a header employee_id or 工号)
payroll-no-amount-column = the payroll has no amount column (expected gross or 应发工资, or a component: { $components })

## a schedule (src/schedule/): what cannot be true of it
schedule-currency = currency '{ $currency }' is not supported; expected CNY
schedule-expires-before-effective = the schedule expires ({ $expires }) before it takes effect ({ $effective })
schedule-rounding-scale = rounding scale { $scale } is finer than 0.0001; expected 0 to 4
schedule-no-grades = the schedule has no grades; add [[grade]] tables, lowest first
schedule-grade-twice = grade name '{ $name }' is used twice
schedule-unknown-field = [columns] maps '{ $header }' to unknown field '{ $field }'
schedule-allowance-bad-id = allowance id '{ $id }' must be a name without spaces, commas or quotes, and not '{ $overtime }'
schedule-allowance-twice = allowance id '{ $id }' is used twice
schedule-one-pool = a schedule may have one profit-sharing pool
schedule-pool-unit = pool '{ $id }' must be a whole number of the rounding unit ({ $unit })
schedule-overtime-unknown-component = [overtime] base names unknown component '{ $component }'
schedule-overtime-hours = [overtime] standard_hours must be above zero
schedule-overtime-negative = [overtime] multipliers must not be negative
schedule-grade-steps = grade '{ $name }' has { $steps } steps; expected 1 to 100
schedule-grade-two-forms = grade '{ $name }' gives both `pay` and `base`/`increment`/`steps`; write one form
schedule-grade-no-pay = grade '{ $name }' has no pay; write `pay = ["2600", ...]` or `base` with `increment` and `steps`
schedule-grade-empty-pay = grade '{ $name }' has an empty `pay` table
schedule-grade-negative = grade '{ $name }' has negative pay { $pay }
schedule-allowance-unknown-grade = allowance '{ $id }' names unknown grade '{ $grade }'
schedule-allowance-negative = allowance '{ $id }' has a negative amount; amounts are paid, not deducted
schedule-allowance-separator = allowance '{ $id }': `separator` must be one character, not '{ $separator }'
schedule-allowance-of-empty = allowance '{ $id }': `of` names no component
schedule-allowance-percent-of = allowance '{ $id }' takes a percentage of '{ $component }', which is not a component defined before it (expected one of { $earlier })
schedule-allowance-one-off = allowance '{ $id }' of kind 'one-off' needs either `amount`, or `column` with `table`
schedule-allowance-grade-twice = allowance '{ $id }' names grade '{ $grade }' twice
schedule-allowance-needs = allowance '{ $id }' of kind '{ $kind }' needs `{ $key }`
schedule-allowance-key = allowance '{ $id }': `{ $key }` does not apply to kind '{ $kind }' (it takes { $takes })
schedule-negotiation-experts = [negotiation] a side cannot have more experts than representatives
schedule-negotiation-present = [negotiation.vote] present ({ $present }) is more than total ({ $total })
schedule-negotiation-in-favour = [negotiation.vote] in_favour ({ $in_favour }) is more than present ({ $present })
schedule-negotiation-filed = [negotiation] filed ({ $filed }) before signed ({ $signed })

## a standards file (src/standards/)
standards-floor-no-grades = industry floor '{ $industry }' lists no grades
standards-floor-negative = industry floor '{ $industry }' has a negative figure
standards-floor-expires = industry floor '{ $industry }' expires before it takes effect
standards-market-falls = market level '{ $occupation }' { $year }: percentiles must not fall (P10 <= P25 <= P50 <= P75 <= P90)
standards-minimum-no-monthly = minimum wage has no `monthly` figures; list them by tier, tier 1 first
standards-minimum-hourly = minimum wage has { $monthly } monthly figures but { $hourly } hourly ones; give both for every tier
standards-minimum-not-positive = minimum wage figure { $figure } must be above zero
standards-bad-region = region '{ $region }' is not a region code or prefix (up to six digits, such as "33" or "331081")
standards-tier-one-of = a region tier names exactly one of `code` (six digits), `prefix` or `urban` (a city's four digits)
standards-tier-from-one = tiers count from 1
standards-tier-code = code '{ $code }' must have six digits; use `prefix` for a prefix
standards-tier-urban = urban '{ $city }' must be a city's four-digit code, such as "3301"
standards-skill-no-category = skill minimum has no [[skill_minimum.category]]
standards-skill-rate = category '{ $category }' rate must be above 0%
standards-not-percentage = '{ $value }' is not a percentage
standards-structure-ratio = [structure] max_top_bottom_ratio must be at least 1
standards-guideline-order = wage guideline { $year }: expected lower ({ $lower }) <= base ({ $base }) <= upper ({ $upper })
standards-not-fraction = '{ $value }' is not a fraction such as "2/3"
standards-fraction-range = '{ $value }' must be a share between 0 and 1, such as "2/3"

## a holiday calendar (src/calendar/)
calendar-no-source = the year { $year } has no source: name the notice it is taken from
calendar-holiday-backwards = the holiday { $name } ends ({ $to }) before it starts ({ $from })
calendar-holiday-other-year = the holiday { $name } ({ $from } to { $to }) is not in { $year }: list it under the year its days fall in
calendar-workday-other-year = the make-up working day { $day } is not in { $year }
calendar-workday-weekday = the make-up working day { $day } is a { $weekday ->
        [0] Monday
        [1] Tuesday
        [2] Wednesday
        [3] Thursday
       *[4] Friday
    }; only a Saturday or Sunday can be one
calendar-workday-holiday = { $day } is both a holiday and a make-up working day
calendar-year-twice = the year { $year } is given twice; keep one [[year]] for it

## serde's and the TOML parser's messages, told again (src/toml_input.rs).
## English keeps serde's own words; these are its frames, for the other languages.
toml-unknown-field = unknown field `{ $field }`, expected one of { $expected }
toml-unknown-variant = unknown variant `{ $value }`, expected one of { $expected }
toml-missing-field = missing field `{ $field }`
toml-duplicate-key = duplicate key `{ $key }`
toml-invalid-type = invalid type: { $found }, expected { $expected }
toml-invalid-value = invalid value: { $found }, expected { $expected }
toml-other = TOML error: { $message }
toml-kind-string = a string
toml-kind-integer = an integer
toml-kind-float = a float
toml-kind-boolean = a boolean
toml-kind-array = an array
toml-kind-table = a table
toml-kind-date = a date
toml-kind-name = a name
toml-kind-value = { $kind } { $value }

## a value in a TOML file that is not what its key takes (money, rates, dates)
input-expect-money = money as a string such as "2490.00" or an integer
input-expect-exact = an exact number as a string such as "2490.00" or an integer
input-expect-rate = a percentage written as a string with its sign, such as "5%"
input-expect-rise = a ratio such as "5%" or an amount such as "100"
input-expect-fraction = a share written as a fraction, such as "2/3"
input-expect-amount-table = a table of names to amounts, such as { "{" } "5" = 100, "4" = 200 { "}" }
input-float-money = money must be written as a string ("2490.00") or an integer (2490), not as a TOML float: a float passes through binary floating point and may not be exact
input-float-rate = write the percentage as a string with its sign, such as "{ $value }%": a TOML float passes through binary floating point
input-integer-rate = write the percentage as a string with its sign, such as "{ $value }%"
input-toml-not-rate = '{ $text }' is not a percentage; write it with its sign, such as "5%"
input-toml-not-date = '{ $text }' is not a date (expected YYYY-MM-DD)
input-date-found = expected a date such as 2026-01-01, found { $found }

## a registry of enterprises (src/batch/registry.rs)
registry-unknown-column = unknown registry column '{ $header }'
registry-no-id-column = the registry has no enterprise_id (企业编号) column
registry-no-id = an enterprise without an id
registry-twice = enterprise '{ $id }' is listed twice

## a holiday calendar file given to check, render or batch (src/cmd/check.rs)
check-what-calendar = calendar file
check-invalid-calendar = invalid calendar: { $error }

## the column a place names, after file:line:column (src/location.rs)
location-field = { " " }({ $field })

## a workbook whose reader thread stopped (src/io/sheet_stream.rs)
excel-reader-stopped = the workbook's reader stopped

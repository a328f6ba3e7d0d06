# Issue 15: the validation of an assessment rules file (src/assess/rules.rs and
# the types it reads: dimension, condition, quota, prerequisite, grade rule, score).

rules-no-dimension = the rules have no [[dimension]]; add 品德、能力、业绩、贡献
rules-dimension-twice = dimension '{ $id }' ({ $name }) has the id or name of dimension '{ $other }'
rules-weights = the dimensions' weights add up to { $sum }%; they must add up to 100%
rules-discipline-column = [discipline] needs a column
rules-ladder = the rules need the whole ladder as [[grade]] tables, lowest first
rules-grade-name = a grade needs a name
rules-lowest-grade = '{ $name }' is the lowest grade: nobody is promoted into it, so it takes no min_score or prerequisites
rules-min-score-range = min_score { $score } of '{ $name }' is outside the possible totals { $lowest } to { $highest }
rules-min-certificate-table = min_certificate needs a [certificate] table naming the column and its levels
rules-unknown-certificate = '{ $level }' is not a certificate level; expected one of { $levels }
rules-min-years-table = min_years needs a [time_in_grade] table naming the date column
rules-no-discipline-table = no_discipline needs a [discipline] table naming the column
rules-in-grade = grade '{ $name }': { $message }
rules-promotion-max = [promotion] max_grades must be at least 1
rules-promotion-step = [promotion] step must be at least 1 (steps count from 1)
rules-exceptional-when = exceptional rule '{ $name }' needs at least one condition in `when`
rules-exceptional-max = exceptional rule '{ $name }': max_grades must be at least 1
rules-in-exceptional = exceptional rule '{ $name }': { $message }
rules-demotion-range = [demotion] below { $below } is outside the possible totals { $lowest } to { $highest }
rules-demotion-step = [demotion] step must be at least 1 (steps count from 1)
rules-quota-grade = quota names unknown grade '{ $grade }'
rules-tie-break-empty = an empty tie-break
rules-tie-break-twice = tie-break '{ $name }' is listed twice
rules-not-the-ladder = the rules' grades ({ $ours }) are not the schedule's ladder ({ $theirs }); list the same grades in the same order
rules-float-operand = write { $value } as a string ("{ $value }"): a TOML float passes through binary floating point and would not compare exactly
rules-operand-kind = expected a text, an integer or a date, found { $found }
rules-condition-column = a condition needs a column
rules-condition-no-value = condition on '{ $column }': '{ $op }' needs at least one value
rules-condition-one-value = condition on '{ $column }': '{ $op }' takes one value; for a list use 'in'
rules-condition-unordered = condition on '{ $column }': '{ $op }' compares numbers or dates, and '{ $text }' is neither; for ordered levels such as certificates use min_certificate
rules-dimension-name = a dimension needs an id and a name
rules-dimension-weight = dimension '{ $id }' has weight { $weight }; expected more than 0% and at most 100%
rules-dimension-scale = dimension '{ $id }' is scored from { $min } to { $max }; expected 0 <= min < max <= { $scale }
rules-min-years = min_years { $years } is not a whole number of months between 0 and 60 years
rules-certificate-empty = [certificate] levels is empty; list the levels lowest first
rules-certificate-blank = [certificate] levels has an empty name
rules-certificate-twice = [certificate] level '{ $level }' is listed twice
rules-quota-percent = quota max_percent { $percent } is not between 0% and 100%
rules-quota-one-of = a quota gives exactly one of max_percent and max_count
rules-expect-score = a number as a string such as "85.5" or an integer such as 80
rules-not-number = '{ $text }' is not a number
rules-float-score = write { $value } as a string ("{ $value }") or an integer: a TOML float passes through binary floating point, and a threshold must compare exactly

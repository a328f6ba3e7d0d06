# The assess roster's and evidence's cells that cannot be read (src/assess/roster_table.rs,
# src/assess/evidence.rs, src/assess/condition.rs `check_cell`). Shared roster words
# (duplicate or empty id, unknown grade, expected one of) come from roster.ftl.

assess-roster-no-column = the roster has no { $field } column (expected a header { $expected })
# Between the header names a column may have.
assess-roster-or = { " or " }
assess-roster-bad-step = step '{ $step }' is not a step
assess-roster-bad-step-hint = expected a whole number from 1
assess-roster-unknown-certificate = unknown certificate level '{ $level }'
assess-roster-date-hint = expected YYYY-MM-DD, such as 2023-03-01
assess-roster-tie-not-date = '{ $text }' is not a date, which the tie-break on '{ $column }' compares
assess-roster-tie-not-number = '{ $text }' is not a number, which the tie-break on '{ $column }' compares
assess-roster-no-rule-column = the roster has no column '{ $column }', which { $rule } of the rules reads (nor has the scores file '{ $scores }')
assess-roster-cell-not-comparable = '{ $text }' is not { $kind }, which the condition { $condition } compares
assess-roster-kind-number = a number
assess-roster-kind-date = a date (YYYY-MM-DD)

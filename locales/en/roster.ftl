# Issue 11: a roster's header and cells that cannot be read (src/roster/columns.rs,
# src/roster/groups.rs, src/pipeline/reader.rs). A message says what is wrong and
# the value; its `-hint` says what was expected or the fix.

## the header
roster-column-twice = column '{ $header }' gives { $field } again (already column { $number } '{ $earlier }')
roster-column-twice-hint = remove one of them
roster-no-column = the roster has no { $field } column (expected a header { $expected })
roster-no-rule-column = the roster has no column '{ $column }', which allowance '{ $id }' reads
roster-no-post-category = the roster has no post_category (岗位类别) column, which a rule's condition reads
roster-did-you-mean-column = did you mean the column '{ $column }'? (map it under [columns] in the schedule)
roster-no-enterprise-column = the roster has no enterprise_id (企业) column
roster-no-enterprise-column-hint = a batch roster names each row's enterprise

## cells
roster-duplicate-id = duplicate employee_id '{ $id }'
roster-duplicate-id-hint = first seen on line { $line }
roster-empty-id = empty employee_id (工号)
roster-empty-id-hint = every worker needs an id
roster-empty-enterprise = the enterprise id is empty
roster-empty-enterprise-hint = every row of a batch roster names its enterprise
roster-enterprise-apart = the rows of enterprise '{ $enterprise }' are not together
roster-enterprise-apart-hint = sort the roster by enterprise_id, so each enterprise's rows follow one another
roster-unknown-grade = unknown grade '{ $grade }'
roster-expected-one-of = expected one of { $names }
roster-bad-step = step '{ $step }' is not a step of { $grade }
roster-bad-step-hint = expected 1 to { $steps }
roster-unknown-employment = unknown employment '{ $value }'
roster-unknown-employment-hint = expected 全日制 (full-time) or 非全日制 (part-time)
roster-hours-beyond-month = { $text } hours is more than a month has
roster-hours-beyond-month-hint = expected at most 744 (31 days x 24 hours)
roster-unknown-value = unknown value '{ $text }' for allowance '{ $rule }'
roster-not-whole-units = '{ $text }' is not a whole number of units
roster-not-whole-units-hint = expected a count such as 0, 1 or 2
roster-award-no-date = award '{ $award }' has no date
roster-award-no-date-hint = write the date it was won in column '{ $column }'

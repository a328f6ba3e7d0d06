# The streamed roster commands (src/pipeline, src/audit's join): what a second
# input read in step with the roster must be.

audit-payroll-apart = the payroll rows of enterprise '{ $enterprise }' are not together: it started on line { $first }, and another enterprise's rows (from line { $other }) came in between
audit-payroll-apart-hint = ; sort the payroll by enterprise_id, in the roster's order of enterprises
audit-payroll-order = enterprise '{ $enterprise }' comes after '{ $other }' on the roster ({ $roster }:{ $line }), but before it in the payroll
audit-payroll-order-hint = ; put the payroll's enterprises in the roster's order (or sort both files by enterprise_id)
audit-payroll-changed = the payroll changed while it was read (it has fewer rows than a moment ago)

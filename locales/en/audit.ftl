# nengji audit's findings (src/audit): what was paid against what the contract
# entitles each worker to.

audit-ambiguous-id = employee_id '{ $id }' is in { $count } enterprises of the roster
audit-ambiguous-id-hint = ; add an enterprise_id (企业) column to the payroll
audit-not-on-roster = paid in the payroll (line { $line }) but not on the roster, so what the contract entitles them to is unknown
audit-not-on-roster-remedy = add the worker to the roster, or correct the id
audit-not-in-payroll = on the roster, entitled to { $entitled }, but not in the payroll
audit-not-in-payroll-remedy = find out whether the worker was paid this period
audit-gross-mismatch = the payroll's gross { $gross } is not the sum of its components { $components } (line { $line })
audit-gross-mismatch-remedy = correct the payroll so the components add up to the gross
audit-gross-name = 应发工资 (gross)
audit-unlisted-name = the components not listed (gross less those listed)
audit-pay-table = { $title } pay table
audit-underpaid = { $name } ({ $id }): paid { $paid } of the { $entitled } the contract entitles them to
audit-underpaid-remedy = pay { $employee } the { $owed } owed for { $name } in { $period }

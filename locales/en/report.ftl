# The text report of nengji check and nengji audit (src/check/report_writer.rs,
# src/check/grouped.rs): its header, headings, the owed table and the summary.
# The findings' own messages are in check.ftl and audit.ftl.

report-header = nengji { $command }: { $schedule } ({ $file })
report-period = pay period { $period }
report-contract-periods = ; contract checked at { $periods }
report-standards = standards: { $standards }
report-group = { $severity ->
    [error] ERROR
   *[warning] WARNING
} { $rule } ({ $count })
report-remedy = remedy: { $remedy }
report-owed-heading = OWED by enterprise
report-owed-workers = { $count ->
    [one] worker
   *[other] workers
}
report-owed-total = total
report-not-checked = NOT CHECKED
report-summary = { $command }: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
report-summary-owed = ; owed { $total }

## the subject of a finding
report-subject-contract = the contract
report-subject-step = { $grade } step { $step }
report-subject-enterprise = enterprise { $enterprise }
report-subject-region = region { $region }
report-subject-region-workers = region { $region } ({ $workers ->
        [one] 1 worker
       *[other] { $workers } workers
    })
report-builtin-standards = { $name } (built-in)

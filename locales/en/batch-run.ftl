# A batch's enterprise that cannot be computed (src/batch/enterprise.rs).

batch-run-no-schedule = enterprise '{ $enterprise }' is not in the registry and there is no default schedule
batch-run-no-schedule-hint = add it to the registry or pass --schedule
batch-run-columns-misfit = the roster's columns do not fit schedule '{ $schedule }': { $first }
batch-run-what-registry = registry

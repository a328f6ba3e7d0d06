# Issue 15: why no proposal meets the target, and why the schedule file cannot be rewritten
# (src/propose/proposal.rs, rewrite.rs).
propose-error-no-pay = the roster's wage bill under the schedule is zero, so growth is undefined
propose-error-unit = --round-to { $unit } must be above zero and a whole number of the schedule's rounding unit ({ $rounding })
propose-error-floors = { $count } floors for { $grades } grades
propose-error-cut-with-lift-low = the target { $target } is a cut; lift-low weights a raise toward the lower grades and does not cut pay: use --mode uniform for a cut
propose-error-below-reach = the target { $target } cannot be met: { $reason } already gives { $lowest }
propose-error-above-reach = the target { $target } cannot be met: even raising every grade pay by 1000% gives only { $highest }
propose-error-too-coarse = the target { $target } cannot be met with grade pay rounded to { $unit } yuan: the nearest proposals give { $below } and { $above }, and neither is within { $tolerance } percentage point of it; use a smaller --round-to
propose-rewrite-parse = cannot edit the schedule: { $error }
propose-rewrite-no-grades = the schedule has no [[grade]] tables to edit
propose-rewrite-count = the file has { $found } grades where the schedule has { $expected }
propose-rewrite-form = grade { $index } of the file does not give its pay as expected ({ $what })
propose-rewrite-reload = the rewritten schedule does not load: { $error }
propose-rewrite-mismatch = the rewritten schedule pays { $found } where the proposal has { $expected }
propose-floor-reason-one = keeping every grade pay at or above the floor { $floor }
propose-floor-reason-each = keeping every grade pay at or above its grade's floor
propose-floor-reason-sources = keeping every grade pay at or above its grade's floor ({ $sources })

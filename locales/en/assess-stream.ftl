# The streamed assessment (src/assess/scores_index.rs, src/assess/job.rs): what
# the scores file read in step with the roster must be.
assess-scores-apart = the scores of enterprise '{ $enterprise }' are not together: they start on line { $first }, and another enterprise's rows (from line { $other }) come in between
assess-scores-apart-hint = ; sort the scores by enterprise_id, in the roster's order of enterprises
assess-scores-order = enterprise '{ $enterprise }' comes after '{ $other }' on the roster ({ $roster }:{ $line }), but before it in the scores
assess-scores-order-hint = ; put the scores' enterprises in the roster's order (or sort both files by enterprise_id)
assess-scores-changed = the scores file changed while it was read (it has fewer rows than a moment ago)

assess-job-order = the roster reads differently under the schedule

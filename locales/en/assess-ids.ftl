# Scores without an enterprise column joined to the roster by id
# (src/assess/scores_by_id.rs, src/cmd/assess.rs).
assess-ids-declined = NENGJI_SCORES_BY_ID=strict: the scores could not be joined to the roster by id in bounded memory

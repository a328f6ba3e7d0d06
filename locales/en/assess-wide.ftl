# A quota over the whole roster, ranked in a pass of its own (src/assess/roster_quota.rs,
# src/assess/rank_key.rs, src/cmd/assess.rs).
assess-wide-tie-kinds = the tie-break column '{ $column }' holds dates for some enterprises and numbers for others
assess-wide-tie-kinds-hint = write every cell of it as a date (2019-03-01), or every cell as a number
assess-wide-temp-damaged = a temporary file of the ranking does not read back as it was written
assess-wide-no-temp = cannot make a temporary file for the roster read from standard input

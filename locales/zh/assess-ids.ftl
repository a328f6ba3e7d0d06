# 无企业列的评分表按工号与花名册关联（src/assess/scores_by_id.rs、src/cmd/assess.rs）。
assess-ids-declined = NENGJI_SCORES_BY_ID=strict：评分表无法在有限内存内按工号与花名册关联

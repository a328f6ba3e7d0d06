# 流式能级认定（src/assess/scores_index.rs、src/assess/job.rs）：与花名册同步读取的评分表须满足的要求。
assess-scores-apart = 企业“{ $enterprise }”的评分行不在一起：它从第 { $first } 行开始，中间夹着别的企业的行（从第 { $other } 行起）
assess-scores-apart-hint = ；请按 enterprise_id 排序评分表，企业顺序与花名册相同
assess-scores-order = 花名册上企业“{ $enterprise }”排在“{ $other }”之后（{ $roster }:{ $line }），评分表中却排在它之前
assess-scores-order-hint = ；请把评分表的企业顺序排成与花名册相同（或把两个文件都按 enterprise_id 排序）
assess-scores-changed = 读取过程中评分表被改动了（行数比刚才少）

assess-job-order = 按工资标准读出的花名册与认定的花名册不一致

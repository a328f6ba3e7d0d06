# 批量计算中无法计算的企业（src/batch/enterprise.rs）。

batch-run-no-schedule = 企业“{ $enterprise }”不在企业名录中，也没有默认工资标准
batch-run-no-schedule-hint = 请把它加入企业名录，或用 --schedule 指定默认工资标准
batch-run-columns-misfit = 花名册的列与工资标准“{ $schedule }”不符：{ $first }
batch-run-what-registry = 企业名录

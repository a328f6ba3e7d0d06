# 问题 15：达不到目标的原因，以及工资标准文件无法改写的原因（src/propose/proposal.rs、rewrite.rs）。
propose-error-no-pay = 按该工资标准，花名册的工资总额为零，无从计算增长
propose-error-unit = --round-to { $unit } 须大于零，且为工资标准舍入单位（{ $rounding }）的整数倍
propose-error-floors = 给了 { $count } 个下限，而能级有 { $grades } 个
propose-error-cut-with-lift-low = 目标 { $target } 是降薪；lift-low 只把增资向低能级倾斜，不降薪：降薪请用 --mode uniform
propose-error-below-reach = 目标 { $target } 达不到：{ $reason }已使增长达到 { $lowest }
propose-error-above-reach = 目标 { $target } 达不到：即使每个能级工资都提高 1000%，增长也只有 { $highest }
propose-error-too-coarse = 能级工资取整到 { $unit } 元时，目标 { $target } 达不到：最接近的方案分别为 { $below } 和 { $above }，都不在目标 { $tolerance } 个百分点以内；请用更小的 --round-to
propose-rewrite-parse = 无法修改工资标准文件：{ $error }
propose-rewrite-no-grades = 工资标准文件中没有可修改的 [[grade]] 表
propose-rewrite-count = 文件中有 { $found } 个能级，而工资标准有 { $expected } 个
propose-rewrite-form = 文件中第 { $index } 个能级的工资写法不合预期（{ $what }）
propose-rewrite-reload = 改写后的工资标准无法载入：{ $error }
propose-rewrite-mismatch = 改写后的工资标准支付 { $found }，而方案为 { $expected }
propose-floor-reason-one = 每个能级工资不低于下限 { $floor }，
propose-floor-reason-each = 每个能级工资不低于本能级的下限，
propose-floor-reason-sources = 每个能级工资不低于本能级的下限（{ $sources }），

# 考核花名册和证据中无法读取的单元格（src/assess/roster_table.rs、
# src/assess/evidence.rs、src/assess/condition.rs `check_cell`）。共用的花名册用语
# （工号重复或为空、未知能级、应为以下之一）见 roster.ftl。

assess-roster-no-column = 花名册缺少 { $field } 列（表头应为 { $expected }）
# 一列可用的几个表头名之间。
assess-roster-or = { "或" }
assess-roster-bad-step = 档次“{ $step }”不是档次
assess-roster-bad-step-hint = 应为从 1 起的整数
assess-roster-unknown-certificate = 未知证书等级“{ $level }”
assess-roster-date-hint = 应为 YYYY-MM-DD 格式，如 2023-03-01
assess-roster-tie-not-date = “{ $text }”不是日期，而同分排序要比较“{ $column }”列的日期
assess-roster-tie-not-number = “{ $text }”不是数，而同分排序要比较“{ $column }”列的数
assess-roster-no-rule-column = 花名册缺少考核规则 { $rule } 要读取的列“{ $column }”（评分表“{ $scores }”也没有）
assess-roster-cell-not-comparable = “{ $text }”不是{ $kind }，而条件“{ $condition }”要比较它
assess-roster-kind-number = 数
assess-roster-kind-date = 日期（YYYY-MM-DD）

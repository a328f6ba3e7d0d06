# 问题 11：花名册中无法读取的表头和单元格（src/roster/columns.rs、
# src/roster/groups.rs、src/pipeline/reader.rs）。消息说明问题和取值；
# `-hint` 说明应为何值或如何改正。

## 表头
roster-column-twice = 列“{ $header }”再次给出 { $field }（已有第 { $number } 列“{ $earlier }”）
roster-column-twice-hint = 请删去其中一列
roster-no-column = 花名册缺少 { $field } 列（表头应为 { $expected }）
roster-no-rule-column = 花名册缺少津贴“{ $id }”要读取的列“{ $column }”
roster-no-post-category = 花名册缺少规则条件要读取的 post_category（岗位类别）列
roster-did-you-mean-column = 是否指列“{ $column }”？（可在方案的 [columns] 中映射）
roster-no-enterprise-column = 花名册缺少 enterprise_id（企业）列
roster-no-enterprise-column-hint = 批量花名册的每一行都须写明所属企业

## 单元格
roster-duplicate-id = 工号“{ $id }”重复
roster-duplicate-id-hint = 第一次出现在第 { $line } 行
roster-empty-id = 工号（employee_id）为空
roster-empty-id-hint = 每位职工都须有工号
roster-empty-enterprise = 企业编号为空
roster-empty-enterprise-hint = 批量花名册的每一行都须写明所属企业
roster-enterprise-apart = 企业“{ $enterprise }”的行不相连
roster-enterprise-apart-hint = 请按 enterprise_id 排序，使同一企业的行排在一起
roster-unknown-grade = 未知能级“{ $grade }”
roster-expected-one-of = 应为以下之一：{ $names }
roster-bad-step = 档次“{ $step }”不是{ $grade }的档次
roster-bad-step-hint = 应为 1 到 { $steps }
roster-unknown-employment = 未知用工形式“{ $value }”
roster-unknown-employment-hint = 应为 全日制 或 非全日制
roster-hours-beyond-month = { $text } 小时超过一个月的时长
roster-hours-beyond-month-hint = 至多 744 小时（31 天 × 24 小时）
roster-unknown-value = 津贴“{ $rule }”没有取值“{ $text }”
roster-not-whole-units = “{ $text }”不是整数个单位
roster-not-whole-units-hint = 应为 0、1、2 这样的计数
roster-award-no-date = 奖项“{ $award }”没有日期
roster-award-no-date-hint = 请在“{ $column }”列写明获奖日期

# nengji check 和 nengji audit 的文字报告（src/check/report_writer.rs、
# src/check/grouped.rs）：报告头、分组标题、欠发表和汇总行。
# 各条发现本身的说明在 check.ftl 和 audit.ftl 中。

report-header = nengji { $command }：{ $schedule }（{ $file }）
report-period = 工资期间 { $period }
report-contract-periods = ；合同按 { $periods } 检查
report-standards = 标准：{ $standards }
report-group = { $severity ->
    [error] 错误
   *[warning] 警告
} { $rule }（{ $count }）
report-remedy = 纠正办法：{ $remedy }
report-owed-heading = 按企业欠发
report-owed-workers = { $count ->
   *[other] 人
}
report-owed-total = 合计
report-not-checked = 未检查
report-summary = { $command }：{ $errors } 个错误，{ $warnings } 个警告
report-summary-owed = ；欠发 { $total }

## 核查结果的对象
report-subject-contract = 本合同
report-subject-step = { $grade }第{ $step }档
report-subject-enterprise = 企业{ $enterprise }
report-subject-region = 区划{ $region }
report-subject-region-workers = 区划{ $region }（{ $workers }名职工）
report-builtin-standards = { $name }（内置）

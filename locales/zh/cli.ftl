# 命令层：主程序的错误报告、帮助文本、汇总、进度。

error-line = 错误：{ $message }
# i18n 模块自身测试用：带英文复数的计数。
i18n-test-count = { $count } 行

## 命令行错误（由 clap 发现，由这里表述）
cli-invalid-value = “{ $value }”不是 { $arg } 可取的值；可选：{ $choices }
cli-value-validation = “{ $value }”不是 { $arg } 的有效值：{ $why }
cli-unknown-argument = 无法识别的参数“{ $arg }”
cli-unknown-command = 没有名为“{ $name }”的命令
cli-missing-argument = 缺少必需的参数：{ $arg }
cli-missing-command = 需要指定一个命令，如 compute 或 check
cli-conflict = { $arg } 不能与 { $other } 同时使用
cli-too-many = { $arg } 的值太多（“{ $value }”）
cli-too-few = { $arg } 需要更多的值
cli-no-equals = { $arg } 的值须写在“=”之后，如 { $arg }=值
cli-invalid-utf8 = 有参数不是有效的 UTF-8 文字
cli-bad-command-line = 无法读取命令行
cli-tip-similar = 提示：有相近的名称：{ $name }
cli-more-help = 更多信息请运行“--help”。

## 各命令共用
cmd-roster-empty = 花名册“{ $roster }”中没有职工

## assess
assess-one-stdin = --roster 和 --scores 只能有一个从标准输入读取
assess-invalid-rules = 认定规则有误：{ $error }
assess-rules-misfit = 认定规则“{ $rules }”与工资标准“{ $schedule }”不符：{ $error }
assess-cannot-write-roster = 无法写出新花名册
assess-new-roster-misfit = 带认定等级的花名册无法按该工资标准读取（请对照各等级的档次检查 [promotion] step 和 [demotion] step）：
    { $errors }
assess-roster-order = 花名册“{ $roster }”按该工资标准读出的顺序不同；请按企业排序
assess-record-stdout = 评审结果不能写到标准输出（标准输出用于报告）：请指定文件，如 record.{ $want }
assess-record-other-extension = 评审结果按 { $want } 格式写出（--record-format { $want }），但“{ $name }”是 .{ $named } 文件；请加 --record-format { $named }，或把文件命名为 *.{ $want }
assess-record-no-extension = 评审结果按 { $want } 格式写出（--record-format { $want }）：请把文件命名为 *.{ $want }（现为“{ $name }”）
assess-cannot-read = 无法读取{ $what }“{ $path }”
assess-invalid-input = 输入有误（{ $count } 处问题）：
    { $errors }
assess-what-rules = 认定规则
assess-what-roster = 花名册
assess-what-scores = 评分表

## audit
audit-cannot-read = 无法读取工资表“{ $payroll }”：{ $error }
audit-invalid-payroll = 工资表有误（{ $count } 处问题）：
    { $errors }

## check（读取标准，凡带 --standards 的命令共用）
suggest-did-you-mean = ；是否想写“{ $name }”？
check-what-standards = 标准文件
check-no-builtin-standards = 没有名为“{ $name }”的内置标准（内置：{ $known }）{ $hint }；文件名须带扩展名，如 { $name }.toml
check-invalid-standards = 标准有误：{ $error }
check-combining = 合并“{ $name }”时

## explain
explain-no-worker = “{ $roster }”中没有工号为“{ $employee }”的职工{ $hint }
explain-ambiguous-worker = 工号“{ $employee }”在 { $count } 个企业中都有；请用 --enterprise 指定企业
cmd-cannot-read-roster = 无法读取花名册“{ $roster }”

## compare
compare-labels-count = 给了 { $labels } 个 --label，但有 { $schedules } 个工资标准；请每个标准给一个（基准在前），或都不给
compare-reading-roster-for = 按“{ $schedule }”读取花名册时
compare-guideline-source = { $year } 年，地区 { $region }：{ $source }
compare-no-guideline = 标准中没有地区 { $region } { $year } 年的工资指导线；增长情况不附指导线
compare-no-threshold = { $why }；没有 --threshold 时不统计低收入人数

## propose
propose-what-schedule = 工资标准
propose-invalid-schedule = 工资标准有误：{ $error }
propose-header = 由 { $schedule } 拟定：名册 { $roster }（{ $count } 人，{ $period } 期），平均增长 { $growth }；仅能级工资有改动。
propose-wrote = 已写入 { $path }
propose-not-written = 未写入文件：用 --output NEW.toml 写出拟定方案
propose-floors-heading = 能级工资下限（--standards）：
propose-floor-line = { $grade } ≥ { $amount }：{ $source }
propose-floor-none = { $grade }：无
cmd-builtin-templates-broken = 内置模板已损坏
cmd-cannot-create = 无法创建“{ $path }”

## render
render-bad-date = “{ $text }”不是日期；请写成 YYYY-MM-DD，如 2026-01-01
render-what-template = 模板
render-marked-draft = 文书已标为“草案：未通过检查”

## templates
templates-no-such = 没有名为“{ $name }”的内置模板{ $hint }；运行 `nengji templates list` 查看

## init
init-exists = “{ $path }”已存在；nengji init 不会覆盖文件
init-wrote = 已写入 { $path }
init-next = 下一步：nengji compute --schedule { $dir }/schedule.toml --roster { $dir }/roster.csv

## 进度行（标准错误，仅在终端上显示）
progress-line = { $rows } 行，每秒 { $rate } 行，剩余 { $seconds } 秒
progress-line-done = { $rows } 行，每秒 { $rate } 行

## batch
batch-summary = 批量 { $period }：{ $rows } 行，{ $enterprises } 个企业，{ $workers } 人计薪，{ $rejected } 行被拒，工资总额 { $wage_bill } -> { $out }（{ $seconds } 秒）
batch-checked = 检查：{ $enterprises } 个企业中 { $compliant } 个合规，{ $below } 人低于最低工资，{ $errors } 处错误
batch-rejected = 被拒：{ $error }
batch-rejected-more = …… 共 { $count } 行被拒：见 { $file }
batch-rows-unread = { $count } 行无法读取；其余各行已处理
batch-cannot-list = 无法列出“{ $path }”的内容
batch-stdin-twice = 标准输入（-）作为花名册给了两次；只能给一次
batch-no-rosters = 目录“{ $path }”中没有 .csv 花名册
batch-no-schedule = 没有工资标准：请用 --schedule，或用列出了工资标准的 --registry

## 参数值的解析
cli-not-a-period = “{ $text }”不是工资月份（应为 YYYY-MM，如 2026-01）
cli-not-a-percentage = “{ $text }”不是百分数；请带上百分号，如 8%
cli-not-a-whole-number = 应为整数，如 4

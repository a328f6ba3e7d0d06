# 问题 11：输入值的含义。花名册、工资发放表、评分表、工资标准和标准文件中的金额、数字和日期。

## 金额与数字
input-not-amount = “{ $text }”不是金额（应为 2490 或 2490.50 这样的十进制数）
input-misgrouped = “{ $text }”的千分位逗号位置不对：逗号只用于每三位分隔，如 2,600.00 或 12,345；也可不写逗号（2600）
input-decimal-comma = “{ $text }”用逗号作小数点：小数请写在点之后（2600.50）；逗号只用于每三位分隔（2,600.50）
input-too-large = “{ $text }”超出 nengji 接受的范围：-1,000,000,000,000 至 1,000,000,000,000（一万亿）
input-money-places = “{ $text }”有 { $places } 位小数；此处金额最多 2 位（到分）：请写 { $fix }
input-not-amount-paid = “{ $text }”不是实发金额
input-not-amount-paid-hint = 应为 2490.00 这样的数
input-negative-amount = “{ $text }”是负数
input-negative-amount-hint = 此处金额不小于 0；没有请写 0
input-not-number = “{ $text }”不是{ $what }数
input-not-number-hint = 应为 8 或 7.5 这样的数
input-negative-number = { $what }为负数“{ $text }”
input-negative-number-hint = { $what }不能小于零
input-number-too-large = { $what }“{ $text }”超出 nengji 接受的范围
input-number-too-large-hint = 最多 1,000,000,000,000
input-table-places = 津贴“{ $rule }”：{ $key } = { $value } 有 { $places } 位小数；金额最多 2 位（到分）：请写 { $fix }

## 日期
input-not-date = “{ $text }”不是日期
input-not-date-hint = 应为 YYYY-MM-DD 格式，如 2019-03-01
input-date-too-early = { $field } { $text } 早于 1900 年
input-date-too-early-hint = 花名册中的日期应在 1900-01-01 之后；请检查年份
input-date-after-period = { $field } { $text } 比工资所属期 { $period } 晚一年以上，也晚于工资标准的期限：为 { $period } 读取的花名册，日期最晚为 { $latest }
input-hire-after-period-hint = 工资标准没有哪个月份为此时入职的职工发工资：请更正日期，或按其入职时有效的工资标准计算
input-award-after-period-hint = 奖励自获奖当月起发放，而工资标准的期限内没有这么晚的月份：请更正日期

## 加班
input-overtime-month = 加班 { $weekday } + { $restday } + { $holiday } = { $total } 小时，超过 { $period } 的总时数（{ $days } 天 x 24 = { $hours } 小时）
input-overtime-month-hint = 请检查本行的加班各列；每月 36 小时的法定上限由 check 作为检查结果报告（劳动法第四十一条）

## 工资标准的期限
input-period-outside-term = 工资所属期 { $period } 不在工资标准的期限内（{ $effective } 至 { $expires }）；仍按该标准计算
input-period-outside-term-fix = 请用 --period 指定期限内的月份，或使用 { $period } 有效的工资标准

## 工资标准的规则
input-percent-of-itself = 津贴“{ $id }”按其自身的百分比计算：`of` 列出了“{ $id }”；百分比只能取其前面定义的项目（grade_pay 及其上方的津贴）
input-a-month = 一个月
input-warning = 警告：{ $message }
input-hired-later = { $count } 名职工在 { $period } 之后入职（第一名 { $id }，位于 { $place }），该月不发工资：已接受，因为花名册也用于之后的月份（工资标准的期限内、补发计算）

## 工资计算
input-rule-at = 规则“{ $rule }”（{ $place }）
input-rule-in = “{ $rule }”（{ $file }）
input-pay-overflow = 职工“{ $employee }”（花名册第 { $line } 行）的工资在{ $rule }中溢出：数值超出精确小数的范围（约 7.9e28）；请检查该规则的金额和该职工的单元格
input-pay-error-in-roster = { $message }（位于 { $place }）
input-pool-none-eligible = { $rule }的分享池无法在企业“{ $enterprise }”中分配：该企业没有职工满足其条件（能级、岗位类别），池中金额将会丢失。请在 by_enterprise 中将该企业的池设为 0，或放宽条件
input-pool-zero-weights = { $rule }的分享池无法在企业“{ $enterprise }”中分配：所有符合条件职工的权重均为 0，无法分出份额，池中金额将会丢失。请给能级大于 0 的权重（weights、weight_column），或在 by_enterprise 中将该企业的池设为 0

## 重复的标准
input-standard-twice = { $what }重复给出（另见 { $other }）；请只保留一个
input-what-minimum-wage = 地区“{ $region }”自 { $from } 起的最低工资
input-what-tier = { $label }自 { $from } 起的档次
input-what-skill-minimum = 地区“{ $region }”自 { $from } 起的技能人才最低工资
input-what-industry-floor = 行业“{ $industry }”自 { $from } 起的行业最低标准（同一行业、日期重叠）
input-what-guideline = 地区“{ $region }”{ $year } 年的工资指导线
input-what-market-level = 地区“{ $region }”{ $year } 年 { $occupation }（能级 { $grade }）的市场工资价位

## 批量登记表
input-registry-schedule = 登记表在 { $place } 指定的工资标准“{ $schedule }”（企业“{ $enterprise }”；路径相对于登记表所在文件夹）
input-registry-schedule-unplaced = 登记表指定的工资标准“{ $schedule }”（路径相对于登记表所在文件夹）

# 第13号议题的工资规则：出勤与折算、试用期、病假工资、计件与劳动定额、工资调整、补发与欠薪。

## 工资标准中的 [attendance]
pay-attendance-paid-days = [attendance] paid_days { $days } 须大于0且不超过31（法定为21.75天）
pay-attendance-rate = [attendance] { $key } { $rate } 须在0%至100%之间

## 花名册中的出勤列
pay-roster-leave-before-hire = 离职日期 { $leave } 早于入职日期 { $hire }
pay-roster-leave-before-hire-hint = 离职日期是最后一个在职日，应不早于入职日期
pay-roster-days-too-many = { $text } 天超过了一个月的天数
pay-roster-days-too-many-hint = 应不超过31
pay-days-not-employed = 本月不在职：计薪0天
pay-days-whole-month = 全月在职：计薪 { $days } 天
pay-days-weekdays = 在职 { $from } 至 { $to }：周一至周五共 { $days } 天（首尾两日均计）
pay-days-calendar = 在职 { $from } 至 { $to }：日历 { $days } 天 / 本月 { $of } 天 x { $paid } = 计薪 { $equivalent } 天
pay-days-roster = 在职 { $from } 至 { $to }：出勤天数 { $days } 天
pay-days-leave-unpaid = ；{ $kind } { $days } 天不计薪
pay-days-leave-paid = ；{ $kind } { $days } 天按 { $rate } 计薪
pay-days-total = ；计薪天数 { $days } / { $of }
pay-days-line = 计薪天数（劳社部发〔2008〕3号：月工资 / { $of }）：{ $how }
pay-days-probation-line = 本月全月处于试用期
pay-formula-probation = ；全月试用期：x { $rate }（劳动合同法第二十条）
pay-formula-prorated = ；按在职时间折算：x { $days } / { $of } 计薪天数 = { $amount }（劳社部发〔2008〕3号）
pay-check-probation-rate = 试用期工资按约定工资的{ $rate }计发，低于80%
pay-check-probation-rate-fix = 将 probation_rate 设为不低于 "80%"
pay-check-probation-minimum = 试用期工资 { $pay }（{ $lowest } 的 { $rate }）低于最低工资 { $minimum }（{ $standard }起第{ $tier }档）
pay-check-probation-minimum-fix = 将 probation_rate 提高到不低于 { $needed }，或试用期按最低工资支付
pay-check-sick-floor = 病假全月工资 { $pay }（{ $lowest } 的 { $rate }）低于最低工资 { $minimum } 的80% = { $floor }（{ $standard }起第{ $tier }档）
pay-check-sick-floor-fix = 提高 [attendance] sick_rate，或病假工资不低于最低工资的80%
pay-check-partial-minimum = 计薪 { $days } 天的工资 { $pay }（不含加班工资和剔除的津贴）低于同期最低工资 { $minimum } × { $days } ÷ { $of } = { $required }（{ $standard }起第{ $tier }档）
pay-piece-bad-id = 计件单价编号“{ $id }”不得含空格、逗号或引号
pay-piece-negative = 计件单价“{ $id }”为负数；工价是支付的，不是扣减的
pay-piece-overtime-columns = 计件单价“{ $id }”：overtime_columns 最多三列（工作日、休息日、法定节假日）
pay-piece-unknown-grade = 计件单价“{ $id }”中的能级“{ $grade }”不存在
pay-piece-quota = 计件单价“{ $id }”：劳动定额 { $quota } 须大于零
pay-piece-quota-post = 计件单价“{ $id }”有劳动定额但未写岗位；请写 post = 定额适用的工种
pay-piece-twice = 计件单价编号“{ $id }”重复
pay-roster-piece-column = 花名册缺少计件单价“{ $id }”读取的列“{ $column }”
pay-roster-quantity = “{ $text }”不是数量
pay-roster-quantity-hint = 应为件数，如 1200 或 35.5
pay-piece-line = { $name } { $quantity } { $unit } x { $rate }{ $grade }
pay-piece-none = 无计件：0.00
pay-piece-sum = { $lines } = { $exact } -> { $amount }
pay-piece-overtime-line = { $name }（工作日 { $weekday } x { $m1 } + 休息日 { $restday } x { $m2 } + 节假日 { $holiday } x { $m3 }）{ $unit } x { $rate }
pay-piece-overtime-basis = ；加班计件按计件单价的150%/200%/300%支付（工资支付暂行规定第十三条）
pay-check-piece-minimum = 完成定额的计件工资 { $name } { $quota } { $unit } × { $rate } = { $pay }，低于最低工资 { $minimum }（{ $standard }起第{ $tier }档）
pay-check-piece-minimum-fix = 将“{ $id }”的工价提高到每{ $unit }不低于 { $needed }，或降低定额
pay-check-quota = { $name } 的劳动定额 { $quota } { $unit }，{ $post } 岗位 { $workers } 人中只有 { $met } 人在法定工作时间内完成（{ $share }），不足90%
pay-check-quota-fix = 降低“{ $id }”的定额，使该岗位至少90%的职工能够完成，并提交职工代表大会讨论（劳动合同法第四条）
pay-check-quota-guidance = { $basis }（杭州为强制性规定，其他地区作参考）
pay-arrears-title = 工资补发与欠薪核算，{ $from } 至 { $to }
pay-arrears-columns = 工号       姓名     企业         月份       应发             已发         应补  已发来源
pay-arrears-per-worker = 按职工（月数、应发、已发、应补）：
pay-arrears-per-enterprise = 按企业（应发、已发、应补）：
pay-arrears-total = 合计：{ $workers } 名职工，{ $rows } 人月；应发 { $entitled }，已发 { $paid }，应补 { $owed }
pay-arrears-no-months = --from { $from } 晚于 --to { $to }
pay-arrears-no-rows = { $from } 至 { $to } 期间花名册中没有在职职工
pay-arrears-roster-month = “{ $value }”不是某月的花名册；所有月份用 --roster 文件，单月用 --roster YYYY-MM=文件
pay-arrears-payroll-month = “{ $value }”未写月份；请写 --payroll YYYY-MM=文件
pay-arrears-roster-missing = 缺少 { $period } 的花名册；请给出 --roster { $period }=文件，或一个适用于所有月份的 --roster 文件
pay-arrears-month-outside = { $period } 不在 --from { $from } --to { $to } 范围内
pay-arrears-previous-needs = { $period } 的已发工资同时由 --previous 和 --payroll 给出；以工资表为准

## 工资标准中的 [[adjustment]]：工资调整办法
pay-adjust-outside-term = [[adjustment]] 自 { $from } 起的调整须晚于工资标准生效日（{ $effective }），且不晚于期满日（{ $expires }）；工资表即生效日起的工资
pay-adjust-not-positive = [[adjustment]] 自 { $from } 起：调整幅度、金额和最低额都须大于零
pay-adjust-one-way = [[adjustment]] 自 { $from } 起：percent = "5%"、amount = "120.00"、guideline = "base" 三者须且只须写一个
pay-adjust-minimum-with-amount = [[adjustment]] 自 { $from } 起：minimum 只与 percent 或 guideline 同用；按金额调整本已各档相同
pay-adjust-unit = [[adjustment]] 自 { $from } 起：金额须为舍入单位（{ $unit }）的整数倍
pay-adjust-order = [[adjustment]] 自 { $from } 起的调整须写在自 { $before } 起的调整之后：按日期先后书写，每个日期一条
pay-adjust-unresolved = 自 { $from } 起的调整按 { $year } 年工资指导线基准线执行，但所给标准中没有 { $year } 年适用于地区 { $region } 的 [[wage_guideline]]；请用 --standards 提供含该指导线的文件
pay-adjust-at-least = ，每档至少 { $minimum }
pay-adjust-by-percent = +{ $rate }{ $minimum }
pay-adjust-by-amount = 每档 +{ $amount }
pay-adjust-by-guideline = 按 { $year } 年工资指导线基准线 { $rate }（{ $source }）{ $minimum }
pay-adjust-by-guideline-unknown = 按 { $year } 年工资指导线基准线（所给标准中没有）{ $minimum }
pay-formula-adjusted-on = ；{ $on } 适用的工资表（工资调整办法）：
pay-formula-adjusted = 自 { $from } 起 { $how }：{ $before } + { $raise } = { $after }
pay-formula-adjusted-rounded = （调整额 { $exact } 按 { $rounding } 舍入）
pay-adjust-line = { $period } 适用的工资调整（工资调整办法；按当月最后一日有效的工资表）：{ $list }

## 合同期内的用工成本（compare、propose）
pay-term-heading = 合同期内的工资总额（工资调整办法：本期花名册按各时段适用的工资表计算）
pay-term-cost = { $label }：{ $from } 至 { $to }，共 { $months } 个月，{ $total }
pay-term-run = { $from } 至 { $to }：{ $months } 个月 x { $monthly } = { $cost }（按 { $on } 适用的工资表，已执行 { $adjustments } 次调整）
pay-term-col-scenario = 方案
pay-term-col-months-from-to = 时段
pay-term-col-months = 月数
pay-term-col-monthly = 月工资总额
pay-term-col-cost = 合计
pay-term-col-adjustments = 已执行调整次数
pay-term-col-span = { $from } 至 { $to }
pay-term-col-total = { $label }：合同期
pay-term-note = 每一时段为本期花名册按该时段首月最后一日适用的工资表计算的月工资总额乘以月数；合同期总额为各时段之和。

## 合同中的工资调整条款
pay-contract-adjust = 自{ $from }起，{ $how }
pay-contract-adjust-percent = 各能级各档能级工资上调{ $rate }{ $minimum }
pay-contract-adjust-minimum = ，每档每月上调额不低于{ $minimum }元
pay-contract-adjust-amount = 各能级各档能级工资每月增加{ $amount }元
pay-contract-adjust-guideline = 各能级各档能级工资按{ $year }年工资指导线基准线（{ $rate }）上调{ $minimum }
pay-contract-adjust-guideline-open = 各能级各档能级工资按{ $year }年当地政府发布的工资指导线基准线上调{ $minimum }
pay-arrears-shared-monthly = 一份花名册用于 { $months } 个月，其中 { $workers } 名职工填有请假天数、加班小时、出勤天数或计件数量：这些数字在每个月都计算一次；请用 --roster YYYY-MM=FILE 为所属月份分别提供花名册
pay-check-table-in-force = { $periods } 检查的工资表：书面工资表按当时有效的工资调整（工资调整办法）调整后：{ $adjustments }
pay-check-table-from = 自 { $from } 起 { $raise }
pay-check-table-unknown = { $periods } 的工资表未检查：当时有效的调整按工资指导线执行，而所给标准中没有该指导线；请用 --standards 提供

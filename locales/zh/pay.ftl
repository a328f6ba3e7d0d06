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
pay-check-probation-rate = [attendance] probation_rate { $rate } 低于约定工资的80%
pay-check-probation-rate-fix = 将 probation_rate 设为不低于 "80%"
pay-check-probation-minimum = 试用期工资 { $pay }（{ $lowest } 的 { $rate }）低于最低工资 { $minimum }（{ $standard }）
pay-check-probation-minimum-fix = 将 probation_rate 提高到不低于 { $needed }，或试用期按最低工资支付
pay-check-sick-floor = 病假全月工资 { $pay }（{ $lowest } 的 { $rate }）低于最低工资 { $minimum } 的80% = { $floor }（{ $standard }）
pay-check-sick-floor-fix = 提高 [attendance] sick_rate，或病假工资不低于最低工资的80%
pay-check-partial-minimum = 计薪 { $days } 天的工资 { $pay }（不含加班工资和剔除的津贴）低于同期最低工资 { $minimum } x { $days } / { $of } = { $required }（{ $standard }）

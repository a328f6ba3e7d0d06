# nengji audit 的发现（src/audit）：实发工资与合同规定的应得工资逐项对照。

audit-ambiguous-id = 工号“{ $id }”在花名册的 { $count } 个企业中都有
audit-ambiguous-id-hint = ；请在工资发放表中加上 enterprise_id（企业）列
audit-not-on-roster = 工资发放表（第 { $line } 行）发放了工资，但花名册上没有此人，无法确定合同规定的应得工资
audit-not-on-roster-remedy = 把该职工补入花名册，或更正工号
audit-not-in-payroll = 花名册上有此人，应得 { $entitled }，但工资发放表中没有
audit-not-in-payroll-remedy = 查明该职工本期是否已发工资
audit-gross-mismatch = 工资发放表的应发工资 { $gross } 不等于各项之和 { $components }（第 { $line } 行）
audit-gross-mismatch-remedy = 更正工资发放表，使各项之和等于应发工资
audit-gross-name = 应发工资
audit-unlisted-name = 未单列的项目（应发工资减去已单列的项目）
audit-pay-table = { $title } 能级工资表
audit-underpaid = { $name }（{ $id }）：实发 { $paid }，合同规定应得 { $entitled }
audit-underpaid-remedy = 向 { $employee } 补发 { $period } 欠发的{ $name } { $owed }

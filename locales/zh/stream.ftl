# 流式读取花名册的命令（src/pipeline，src/audit 的对照）：与花名册同步读取的第二个输入须满足的条件。

audit-payroll-apart = 企业“{ $enterprise }”的工资发放表行不在一起：它从第 { $first } 行开始，中间夹着别的企业的行（从第 { $other } 行起）
audit-payroll-apart-hint = ；请按 enterprise_id 排序工资发放表，企业顺序与花名册相同
audit-payroll-order = 花名册上企业“{ $enterprise }”排在“{ $other }”之后（{ $roster }:{ $line }），工资发放表中却排在它之前
audit-payroll-order-hint = ；请把工资发放表的企业顺序排成与花名册相同（或把两个文件都按 enterprise_id 排序）
audit-payroll-changed = 读取过程中工资发放表被改动了（行数比刚才少）

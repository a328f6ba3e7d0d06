# nengji arrears 流式处理：各月花名册按企业与主花名册对接。
arrears-roster-order = 在 { $roster }（第 { $line } 行）中企业“{ $enterprise }”排在“{ $other }”之后，本月花名册中却排在它之前
arrears-roster-order-hint = ；请让各月花名册的企业顺序一致（或把各花名册都按 enterprise_id 排序）
arrears-roster-changed = 读取过程中本月花名册被改动了（行数比刚才少）

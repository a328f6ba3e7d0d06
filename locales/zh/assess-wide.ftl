# 全花名册范围的比例限制，单独一遍排序（src/assess/roster_quota.rs、src/assess/rank_key.rs、src/cmd/assess.rs）。
assess-wide-tie-kinds = 并列排序列“{ $column }”在一些企业里是日期，在另一些企业里是数字
assess-wide-tie-kinds-hint = 请把这一列全部写成日期（2019-03-01），或全部写成数字
assess-wide-temp-damaged = 排序用的临时文件读回的内容与写入的不一致
assess-wide-no-temp = 无法为从标准输入读取的花名册创建临时文件

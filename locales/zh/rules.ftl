# 第15号：能级认定办法文件的校验（src/assess/rules.rs 及其读取的类型：
# 考核维度、条件、比例限制、前提条件、能级规则、分数）。

rules-no-dimension = 认定办法没有 [[dimension]]（考核维度）；请添加 品德、能力、业绩、贡献
rules-dimension-twice = 考核维度“{ $id }”（{ $name }）与维度“{ $other }”的编号或名称相同
rules-weights = 各考核维度的权重合计为 { $sum }%；合计须为 100%
rules-discipline-column = [discipline] 须写明列名
rules-ladder = 认定办法须以 [[grade]] 表列出完整的能级序列，从低到高
rules-grade-name = 能级须有名称
rules-lowest-grade = “{ $name }”是最低能级：没有人晋升到该级，因此它不设 min_score 或前提条件
rules-min-score-range = “{ $name }”的 min_score { $score } 超出可能的总分范围 { $lowest } 到 { $highest }
rules-min-certificate-table = min_certificate 需要一张写明列名及其等级的 [certificate] 表
rules-unknown-certificate = “{ $level }”不是证书等级；应为以下之一：{ $levels }
rules-min-years-table = min_years 需要一张写明日期列的 [time_in_grade] 表
rules-no-discipline-table = no_discipline 需要一张写明列名的 [discipline] 表
rules-in-grade = 能级“{ $name }”：{ $message }
rules-promotion-max = [promotion] 的 max_grades 至少为 1
rules-promotion-step = [promotion] 的 step 至少为 1（档次从 1 开始）
rules-exceptional-when = 破格规则“{ $name }”的 `when` 至少须有一个条件
rules-exceptional-max = 破格规则“{ $name }”：max_grades 至少为 1
rules-in-exceptional = 破格规则“{ $name }”：{ $message }
rules-demotion-range = [demotion] 的 below { $below } 超出可能的总分范围 { $lowest } 到 { $highest }
rules-demotion-step = [demotion] 的 step 至少为 1（档次从 1 开始）
rules-quota-grade = 比例限制列出了未知能级“{ $grade }”
rules-tie-break-empty = 同分排序项为空
rules-tie-break-twice = 同分排序项“{ $name }”列出了两次
rules-not-the-ladder = 认定办法的能级（{ $ours }）与方案的能级序列（{ $theirs }）不一致；请按相同顺序列出相同的能级
rules-float-operand = 请把 { $value } 写成字符串（"{ $value }"）：TOML 小数经过二进制浮点，比较时不精确
rules-operand-kind = 应为文本、整数或日期，写的是{ $found ->
        [float] 小数
        [boolean] 布尔值
        [array] 数组
        [table] 表
       *[other] { $found }
    }
rules-condition-column = 条件须写明列名
rules-condition-no-value = 关于“{ $column }”的条件：“{ $op }”至少需要一个值
rules-condition-one-value = 关于“{ $column }”的条件：“{ $op }”只取一个值；列出多个值请用 in
rules-condition-unordered = 关于“{ $column }”的条件：“{ $op }”比较数字或日期，而“{ $text }”两者都不是；证书这类有序等级请用 min_certificate
rules-dimension-name = 考核维度须有编号和名称
rules-dimension-weight = 考核维度“{ $id }”的权重为 { $weight }；应大于 0% 且至多 100%
rules-dimension-scale = 考核维度“{ $id }”的分值从 { $min } 到 { $max }；应满足 0 ≤ 最低分 < 最高分 ≤ { $scale }
rules-min-years = min_years { $years } 不是 0 到 60 年之间的整月数
rules-certificate-empty = [certificate] 的 levels 为空；请从低到高列出等级
rules-certificate-blank = [certificate] 的 levels 中有空名称
rules-certificate-twice = [certificate] 的等级“{ $level }”列出了两次
rules-quota-percent = 比例限制的 max_percent { $percent } 不在 0% 到 100% 之间
rules-quota-one-of = 比例限制须且只须给出 max_percent 和 max_count 之一
rules-expect-score = 以字符串（如 "85.5"）或整数（如 80）写的数
rules-not-number = “{ $text }”不是数字
rules-float-score = 请把 { $value } 写成字符串（"{ $value }"）或整数：TOML 小数经过二进制浮点，而分数线须精确比较

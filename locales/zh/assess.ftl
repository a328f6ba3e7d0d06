# nengji assess：认定报告、认定规则、认定依据的用语。能级认定委员会评审结果（record）
# 是中文文书，无论界面语言都用这里的中文。

## 报告框架
assess-head = { $title } — { $committee }，认定日期 { $date }{ $cycle }
assess-head-cycle = ，考核周期 { $cycle }
assess-inputs = 认定规则 { $rules }；花名册 { $roster }（{ $workers } 人）；评分表 { $scores }（{ $scored } 人参评）
assess-formula = 总分 = { $formula }（总分范围 { $low } 至 { $high }）
assess-ranking = 名额排序规则：{ $ranking }
assess-results = 评审结果
assess-grade-line = { $grade }：{ $requirements }
assess-enterprise = （{ $enterprise }）
assess-total = 总分 { $total }
assess-promotions = 晋升（{ $count } 人）
assess-demotions = 降级（{ $count } 人）
assess-held-title = 受名额限制未能晋升（{ $count } 人）
assess-held-line = 达到{ $qualified }认定条件，认定为{ $assessed }
assess-step = { " " }第{ $step }档
assess-exceptional-mark = （破格晋升）

## 结论
assess-change-promoted = 晋升
assess-change-demoted = 降级
assess-change-kept = 维持
assess-change-not-scored = 未参评

## 认定规则
assess-not-assessed-grade = 不在本次认定范围
assess-rule-promotion = 每个考核周期最多晋升 { $grades } 个能级；晋升后执行新能级第 { $step } 档。
assess-rule-exceptional = 破格晋升（{ $name }）：{ $when }者，本周期最多可晋升 { $grades } 个能级{ $waive }，但须达到认定能级的分数线。
assess-rule-waiving = ，可免除{ $list }
assess-rule-demotion = 降级：总分低于 { $below } 分者降一级，降级后执行新能级第 { $step } 档。
assess-rule-quota = 名额：{ $name }（{ $grade }及以上能级人数不超过 { $limit }，{ $scope }；名额只限制晋升，不因名额降级）。
assess-limit-count = { $count } 人
assess-scope-roster = 按全部职工计
assess-scope-enterprise = 按企业分别计
assess-and = 且
assess-list-separator = 、
assess-separator = ；
assess-require-total = 总分不低于 { $min }
assess-require-certificate = { $column }不低于{ $level }
assess-require-years = { $column }起满 { $years } 年
assess-require-discipline = 考核期内无处分
assess-rank-total = 总分高者优先
assess-rank-dimension = { $dimension }得分高者优先
assess-rank-date = { $column }较早者优先
assess-rank-number = { $column }较大者优先
assess-rank-id = 工号顺序
assess-rank-then = ，其次
assess-waiver-min_certificate = 证书等级要求
assess-waiver-min_years = 任职年限要求
assess-waiver-no_discipline = 无处分要求
assess-waiver-require = 其他条件

## 认定依据
assess-not-scored = 未参评，能级不变
assess-demoted = 总分 { $total } 低于降级线 { $below }，降一级
assess-demoted-lowest = 总分 { $total } 低于降级线 { $below }，已是最低能级
assess-qualifies = 达到{ $grade }认定条件：{ $checks }
assess-by-exception = （按“{ $name }”破格晋升）
assess-top-grade = 已是最高能级
assess-failed = 未达到{ $grade }认定条件：{ $checks }
assess-not-decided = { $grade }不在本次认定范围
assess-quota-within = “{ $name }”{ $group }在名额内：{ $candidates } 人竞争 { $places } 个名额，排名第 { $rank }（上限 { $limit } 人 / 职工 { $headcount } 人，已有 { $incumbents } 人）
assess-quota-held = “{ $name }”{ $group }受名额限制未能晋升：{ $candidates } 人竞争 { $places } 个名额，排名第 { $rank }（上限 { $limit } 人 / 职工 { $headcount } 人，已有 { $incumbents } 人）
assess-quota-group = （{ $group }）
assess-tie = ；与 { $other } 同为 { $total } 分，按{ $key }区分（{ $ours } 对 { $theirs }）
assess-key-employee = 工号
assess-key-enterprise = 企业编号

## 单项条件
assess-waived = { $check }（破格免除）
assess-check-score-pass = 总分 { $total } 达到分数线 { $min }
assess-check-score-fail = 总分 { $total } 未达到分数线 { $min }
assess-check-none = （无）
assess-check-certificate-pass = { $column } { $held }，达到{ $min }
assess-check-certificate-fail = { $column } { $held }，低于{ $min }
assess-check-no-date = 无{ $column }，要求满 { $min }
assess-check-years-pass = { $column } { $since }，至 { $on } 为 { $held }，已满 { $min }
assess-check-years-fail = { $column } { $since }，至 { $on } 为 { $held }，未满 { $min }
# 记录处分的列名不写出（英文写出）：选择表达式只为与英文用同一组参数
assess-check-clean = { $column ->
       *[other] 考核期内无处分
    }
assess-check-record = 考核期内有处分（{ $column }：{ $record }）
assess-check-empty = （空）
assess-check-meets = { $column } { $cell }，满足“{ $condition }”
assess-check-fails = { $column } { $cell }，不满足“{ $condition }”
assess-months = { $months } 个月
assess-years = { $years } 年
assess-years-months = { $years } 年 { $months } 个月

## 工资影响
assess-pay-title = 工资影响：{ $schedule }（{ $file }），{ $first } 至 { $last }
assess-pay-legend = 月增加：{ $first } 起每月的变化；一次性：一年内的一次性奖励；年增加：12 个月的全部变化
assess-pay-col-grade = 能级
assess-pay-col-headcount = 人数
assess-pay-col-monthly = 月增加
assess-pay-col-one-off = 一次性
assess-pay-col-annual = 年增加
assess-pay-total = 合计
assess-pay-promoted = 晋升
assess-pay-demoted = 降级
assess-pay-others-row = 其他职工
assess-pay-others = 收益共享等随之变化
assess-pay-bill-row = 工资总额
assess-pay-bill = 全部变化
assess-pay-others-note = 其他职工：能级不变、但工资随之变化的职工（如按能级权重分配的收益共享）


## 评分表（scores.csv）的错误和改正方法
assess-scores-of-enterprise = （企业“{ $enterprise }”）
assess-scores-unknown-worker = 职工“{ $id }”{ $within }不在花名册“{ $roster }”中
assess-scores-id-in-enterprises = 工号“{ $id }”在 { $count } 个企业中都有
assess-scores-id-in-enterprises-hint = ；请在评分表中加上企业（enterprise_id）列
assess-scores-twice = 职工“{ $id }”评分两次
assess-scores-twice-hint = ；第一次在第 { $line } 行
assess-scores-empty-id = 工号（employee_id）为空
assess-scores-empty-id-hint = ；评分表的每一行都须写职工工号
assess-scores-name = 职工“{ $id }”的姓名“{ $name }”与花名册的“{ $roster }”不同
assess-scores-name-hint = ；请核对这一行是否是该职工
assess-scores-missing = 缺少{ $dimension }得分
assess-scores-missing-hint = ；每个评分维度都须有分数
assess-scores-not-a-score = “{ $text }”不是分数
assess-scores-not-a-score-hint = ；应为 { $min } 至 { $max } 的数
assess-scores-decimals = 分数“{ $text }”的小数超过 { $decimals } 位
assess-scores-range = 分数 { $text } 超出{ $dimension }的分值范围
assess-scores-range-hint = ；{ $dimension }的分值范围为 { $min } 至 { $max }
assess-scores-no-id = 评分表没有工号列（表头应为“工号”或 employee_id）
assess-scores-no-dimension = 评分表没有评分维度“{ $dimension }”的列（表头应为“{ $dimension }”或“{ $id }”）
assess-scores-did-you-mean = ；是否指“{ $column }”列？
assess-scores-two-columns = 评分维度“{ $dimension }”有两列
assess-scores-two-columns-hint = ；请只保留一列

## the committee's record
assess-record-error = 无法生成能级认定委员会评审结果（{ $template }）：{ $error }

# compare 与 propose 的报告（文本与 HTML）。

## 文本报告
compare-title = 方案对比 — { $period } 期, { $headcount } 人
compare-role-base = 基准
compare-role-offer = 方案
compare-default-label = 方案{ $number }
compare-row-monthly = 月工资总额
compare-row-change = 变化
compare-row-annual = 年工资总额 (×12)
compare-row-employer = 年用工成本 (+{ $rate }% 社保公积金)
compare-row-average = 平均工资
compare-row-average-growth = 平均增长
compare-row-guideline = 工资指导线
compare-row-movers = 增加 / 减少 / 不变 (人)
compare-row-p50 = P50 中位数
compare-row-gini = 基尼系数
compare-row-below = 低于 { $amount } (人)
compare-row-bottom-40 = 低收入 40% 增长
compare-row-top-20 = 高收入 20% 增长
compare-row-lifts-low = 扩中提低（低 40% 快于高 20%）
compare-yes = 是
compare-no = 否
compare-cells-heading = 能级工资（按能级、档次）
compare-col-grade = 能级
compare-col-step = 档次
compare-col-headcount = 人数
compare-col-change = 变化
compare-col-employee-id = 工号
compare-col-name = 姓名
compare-col-before = 原工资
compare-col-after = 新工资
compare-col-changed = 变动项目
compare-chart-grades = 平均应发工资（按能级）
compare-chart-group = { $grade } ({ $headcount }人)
compare-chart-quintiles = 各五分之一人群的增长（按基准工资由低到高）
compare-quintile = 第{ $number }组
compare-quintile-lowest = 第{ $number }组 最低
compare-quintile-highest = 第{ $number }组 最高
compare-losses-heading = 减少最多的职工 — { $label } ({ $losers } 人减少)
compare-notes = 说明: 应发工资口径; 同一名册、同一工资期 { $period }; 百分位数按最近秩线性插值 (R-7, Excel PERCENTILE.INC); 低收入 40% / 高收入 20% 按基准工资排序。

## 阈值与工资指导线
compare-threshold-given = 阈值 { $amount }（给定金额）
compare-threshold-minimum = 阈值 { $amount } = { $multiple } × 最低工资 { $minimum }（{ $standard } 第 { $tier } 档，地区 { $region }）
compare-guideline-line = 工资指导线 { $figures }
compare-guideline-from = （{ $source }）
compare-guideline-separator = ，
compare-guideline-lower = 下线
compare-guideline-base = 基准线
compare-guideline-upper = 预警线
compare-guideline-below-lower = 低于下线
compare-guideline-lower-to-base = 下线至基准线之间
compare-guideline-base-to-upper = 基准线至预警线之间
compare-guideline-above-upper = 高于预警线

## propose 的报告
propose-label-base = 现行
propose-label-proposal = 拟定
propose-report-title = 拟定方案 — { $title }（{ $headcount } 人，{ $period } 期）
propose-report-mode = 方式 { $mode }：{ $raise }，取整到 { $unit } 元
propose-report-growth = 目标平均增长 { $target }，实际 { $achieved }（月工资总额 { $before } → { $after }，{ $change }）
propose-report-shares = 低收入 40% 增长 { $bottom }，高收入 20% 增长 { $top }，扩中提低：{ $lifts }
propose-col-before = 原能级工资
propose-col-after = 新能级工资
propose-col-note = 说明
propose-note-floor = 升至下限
propose-note-rising = 保持逐级递增
propose-raise-uniform = 每格能级工资 { $percent }
propose-raise-lift-low = 每格能级工资 { $percent } 另加定额 { $flat } 元（一半按比例、一半定额）

## HTML 报告
compare-html-lang = zh-CN
compare-html-title = 方案对比 — { $title }
compare-html-meta = 工资期 { $period } · { $headcount } 人 · 同一名册按各方案计算应发工资
compare-html-legend = { $role }：{ $label }
compare-html-summary = 汇总
compare-html-distribution = 工资分布
compare-html-distribution-note = 每个方案各一种颜色；横轴为月应发工资，纵轴为人数。
compare-html-distribution-threshold = 红色虚线为阈值 { $amount }。
compare-html-cost = 成本变化（每年，与基准相比）
compare-html-cost-note = 基准年工资总额 { $bill }。
compare-html-cost-note-employer = 基准年工资总额 { $bill }，年用工成本 { $cost }（工资总额 +{ $rate }% 社保公积金）。
compare-html-growth = 增长与工资指导线
compare-html-no-guideline = 未提供工资指导线（下线、基准线、预警线）。
compare-html-cells = 能级工资表（按能级、档次）
compare-html-notes = 说明：应发工资口径，同一名册、同一工资期 { $period }。百分位数按最近秩线性插值（R-7，即 Excel PERCENTILE.INC），全部以十进制精确计算。低收入 40% 与高收入 20% 按基准方案的工资排序。
compare-html-card-growth = 平均增长 { $growth }
compare-html-card-bill = 年工资总额变化 { $change }
compare-html-card-employer = 年用工成本变化 { $change }
compare-html-card-lifts = 扩中提低：{ $lifts }（低 40% { $bottom }，高 20% { $top }）
compare-html-group = { $grade }（{ $headcount }人）
compare-html-threshold = 阈值 { $amount }
compare-html-axis-pay = 月应发工资（元）
compare-html-axis-workers = 人数
compare-html-bar-bill = 年工资总额 { $change }（{ $percent }）
compare-html-bar-employer = 用工成本 { $change }（{ $percent }）
compare-html-chart-cost = 每年增加的成本
compare-html-bar-average = 平均
compare-html-bar-bottom-40 = 低收入40%
compare-html-bar-top-20 = 高收入20%
compare-html-chart-growth = 平均增长与工资指导线
compare-html-losses = 减少最多的职工 — { $label }（{ $losers } 人减少）

# 问题 15：方案无法比较的原因（src/compare/comparison.rs、roster_compare.rs）。
compare-error-empty = 花名册中没有职工
compare-error-sheets = “{ $label }”有 { $found } 张工资单，而职工有 { $workers } 名
compare-error-headcount = “{ $label }”从花名册读出 { $found } 名职工，基准方案读出 { $expected } 名
compare-error-worker = “{ $label }”在第 { $line } 行读出职工“{ $found }”，基准方案读出的是“{ $expected }”
compare-error-overflow = “{ $label }”的工资总额超出精确小数的范围
compare-error-spill = 无法为分组统计暂存职工工资：{ $error }
compare-error-rows-spill = 无法暂存职工明细行：{ $error }

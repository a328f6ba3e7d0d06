# nengji explain：职工工资推算过程的各行。explain 的 JSON 无论界面语言都写英文（供程序读取）。

## 框架
explain-head = { $name } 工号 { $id }{ $enterprise } — { $grade } 第{ $step }档，{ $period }
explain-head-enterprise = { " " }企业 { $enterprise }
explain-schedule-line = 工资标准：{ $schedule }；舍入：{ $rounding }
explain-component = { $name } { $component }（{ $kind }）{ $clause }：{ $amount }
explain-clause = [{ $clause }]
explain-reads = 读取 { $column } = { $value }
explain-empty = （空）
explain-input-grade = 能级
explain-input-step = 档次
explain-input-probation_end = 试用期满日
explain-input-ot_weekday_h = 工作日加班小时
explain-input-ot_restday_h = 休息日加班小时
explain-input-ot_holiday_h = 法定节假日加班小时
explain-rounded = 舍入（{ $rounding }）：{ $exact } -> { $amount }
explain-gross = 应发工资 = { $parts } = { $gross }
explain-minimum-base = 最低工资比较基数 = 应发工资 - （{ $excluded }）= { $base }（《最低工资规定》第十二条：加班工资和特殊工作环境、条件下的津贴不计入）

## 规则类型
explain-kind-grade-table = 能级工资表
explain-kind-overtime = 加班工资
explain-kind-piece-rate = 计件
explain-kind-piece-overtime = 计件加班
explain-kind-fixed = 固定金额
explain-kind-lookup = 查表
explain-kind-by-grade = 按能级
explain-kind-per-year = 按年限
explain-kind-list-sum = 逐项累加
explain-kind-per-unit = 按数量
explain-kind-percent = 按比例
explain-kind-monthly-award = 按月奖励
explain-kind-one-off = 一次性
explain-kind-pool = 收益共享

## 舍入
explain-rounding = { $mode ->
        [half-up] 四舍五入
        [half-even] 四舍六入五成双
        [down] 舍去
       *[up] 进位
    }至 { $unit }

## 能级工资
explain-grade-table = { $grade } 第{ $step }档（工资表）= { $pay }
explain-grade-base = { $grade } 基数 { $base } + 档差 { $increment } x（第{ $step }档 - 1）= { $pay }

## 不适用的规则
explain-not-paid = 不发放：{ $conditions }
explain-only-grades = 仅限能级 { $grades }
explain-only-posts = 仅限岗位类别 { $posts }
explain-list-separator = 、
explain-condition-separator = ；

## 各类津贴
explain-capped = ，上限 { $cap }
explain-by-grade = 表中 { $grade } = { $amount }
explain-fixed = 固定金额 { $amount }
explain-lookup-empty = 单元格为空：0.00
explain-lookup = 表中“{ $key }” = { $amount }
explain-per-year = { $per } x 截至 { $on } 满 { $years } 年 = { $raw }{ $cap } -> { $amount }
explain-list-none = 无
explain-list-sum = { $list } = { $sum }{ $cap } -> { $amount }
explain-per-unit = { $parts } = { $sum }{ $cap } -> { $amount }
explain-percent = （{ $of }）{ $base } x { $rate } = { $exact } -> { $amount }
explain-monthly-award = “{ $key }”每月发放 { $value }；{ $period } 为 { $date } 获奖后第 { $since } 个月（共发 { $months } 个月）
explain-monthly-award-outside = “{ $key }”于 { $date } 获得：{ $period } 不在其后第 1 至 { $months } 个月内，为 0.00
explain-no-award = 无奖项：0.00
explain-one-off = 在 { $date } 所在月一次性发放：{ $amount }
explain-one-off-other = 一次性发放于 { $paid }，不在 { $period }：0.00
explain-pool = 权重 = 能级 { $grade_weight } x 档次 { $step } x 贡献 = { $weight }；企业“{ $enterprise }”共享额 { $pool } x { $weight } / 总权重 { $total } = { $exact } -> { $amount }（截至分；余下的分按余数从大到小分配，各份之和等于共享额）

## 加班工资（劳动法第四十四条）
explain-overtime-hourly = 小时工资 = （{ $columns }）{ $base } / { $hours } = { $exact } -> { $hourly }；加班工资 = { $hourly } x（{ $h1 } x { $m1 } + { $h2 } x { $m2 } + { $h3 } x { $m3 }）= { $amount }
explain-overtime-amount = 加班工资 = （{ $columns }）{ $base } x（{ $h1 } x { $m1 } + { $h2 } x { $m2 } + { $h3 } x { $m3 }）/ { $hours } = { $amount }（小时工资 { $exact } 不先舍入）

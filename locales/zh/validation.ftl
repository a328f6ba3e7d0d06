# 第15号：TOML 输入（工资方案、标准、日历、企业名册）的校验，以及提示与消息的连接。

## 提示与消息的连接（src/i18n：`hint`、`join`）
hint-joined = ；{ $hint }
hint-separator = ；

## 工资发放表的表头（src/audit/columns.rs）；单元格沿用花名册和输入的消息
payroll-column-twice = 列“{ $header }”与第 { $number } 列“{ $earlier }”给出同一金额
payroll-unknown-column = 未知的工资发放表列“{ $header }”
payroll-no-id-column = 工资发放表缺少工号列（表头应为 工号 或 employee_id）
payroll-no-amount-column = 工资发放表缺少金额列（应为 应发工资 或 gross，或一个工资项目：{ $components }）

## 工资方案（src/schedule/）中不能成立的内容
schedule-currency = 不支持币种“{ $currency }”；应为 CNY（人民币）
schedule-expires-before-effective = 方案的到期日（{ $expires }）早于生效日（{ $effective }）
schedule-rounding-scale = 舍入位数 { $scale } 细于 0.0001；应为 0 到 4
schedule-no-grades = 方案没有能级；请按从低到高添加 [[grade]] 表
schedule-grade-twice = 能级名称“{ $name }”用了两次
schedule-unknown-field = [columns] 把“{ $header }”映射到未知字段“{ $field }”
schedule-allowance-bad-id = 津贴编号“{ $id }”须是不含空格、逗号或引号的名称，且不能是“{ $overtime }”
schedule-allowance-twice = 津贴编号“{ $id }”用了两次
schedule-one-pool = 一个方案至多有一项利润分享奖金池
schedule-pool-unit = 奖金池“{ $id }”须是舍入单位（{ $unit }）的整数倍
schedule-overtime-unknown-component = [overtime] 的 base 列出了未知的工资项目“{ $component }”
schedule-overtime-hours = [overtime] 的 standard_hours 须大于零
schedule-overtime-negative = [overtime] 的倍率不能为负
schedule-grade-steps = 能级“{ $name }”有 { $steps } 档；应为 1 到 100 档
schedule-grade-two-forms = 能级“{ $name }”同时写了 `pay` 和 `base`/`increment`/`steps`；请只写一种
schedule-grade-no-pay = 能级“{ $name }”没有工资；请写 `pay = ["2600", ...]`，或写 `base` 加 `increment` 和 `steps`
schedule-grade-empty-pay = 能级“{ $name }”的 `pay` 表为空
schedule-grade-negative = 能级“{ $name }”的工资 { $pay } 为负
schedule-allowance-unknown-grade = 津贴“{ $id }”列出了未知能级“{ $grade }”
schedule-allowance-negative = 津贴“{ $id }”有负数金额；津贴是发放的，不是扣减的
schedule-allowance-separator = 津贴“{ $id }”：`separator` 须是一个字符，而不是“{ $separator }”
schedule-allowance-of-empty = 津贴“{ $id }”：`of` 没有列出工资项目
schedule-allowance-percent-of = 津贴“{ $id }”按“{ $component }”的百分比计算，但它不是在此之前定义的工资项目（应为以下之一：{ $earlier }）
schedule-allowance-one-off = 类型为 one-off 的津贴“{ $id }”需要 `amount`，或 `column` 加 `table`
schedule-allowance-grade-twice = 津贴“{ $id }”两次列出能级“{ $grade }”
schedule-allowance-needs = 类型为 { $kind } 的津贴“{ $id }”需要 `{ $key }`
schedule-allowance-key = 津贴“{ $id }”：`{ $key }` 不适用于类型 { $kind }（该类型可用：{ $takes }）
schedule-negotiation-experts = [negotiation] 一方的专家人数不能多于协商代表人数
schedule-negotiation-present = [negotiation.vote] 到会人数（{ $present }）多于应到人数（{ $total }）
schedule-negotiation-in-favour = [negotiation.vote] 赞成票（{ $in_favour }）多于到会人数（{ $present }）
schedule-negotiation-filed = [negotiation] 报送日期（{ $filed }）早于签订日期（{ $signed }）

## 标准文件（src/standards/）
standards-floor-no-grades = 行业最低标准“{ $industry }”没有列出能级
standards-floor-negative = 行业最低标准“{ $industry }”有负数数额
standards-floor-expires = 行业最低标准“{ $industry }”的到期日早于生效日
standards-market-falls = 市场工资价位“{ $occupation }”（{ $year } 年）：分位数不能下降（P10 ≤ P25 ≤ P50 ≤ P75 ≤ P90）
standards-minimum-no-monthly = 最低工资标准没有 `monthly`（月最低工资）数额；请按档次列出，第一档在前
standards-minimum-hourly = 最低工资标准有 { $monthly } 个月标准、{ $hourly } 个小时标准；每一档都须两者齐全
standards-minimum-not-positive = 最低工资数额 { $figure } 须大于零
standards-bad-region = 区划“{ $region }”不是行政区划代码或其前缀（至多六位数字，如“33”或“331081”）
standards-tier-one-of = 区划档次须且只须写 `code`（六位代码）、`prefix`（前缀）或 `urban`（城市四位代码）之一
standards-tier-from-one = 档次从 1 开始
standards-tier-code = 代码“{ $code }”须为六位数字；前缀请用 `prefix`
standards-tier-urban = `urban` 的“{ $city }”须是城市的四位代码，如“3301”
standards-skill-no-category = 技能等级最低标准没有 [[skill_minimum.category]]
standards-skill-rate = 类别“{ $category }”的比例须大于 0%
standards-not-percentage = “{ $value }”不是百分比
standards-structure-ratio = [structure] 的 max_top_bottom_ratio 至少为 1
standards-guideline-order = { $year } 年工资指导线：应为 下线（{ $lower }）≤ 基准线（{ $base }）≤ 上线（{ $upper }）
standards-not-fraction = “{ $value }”不是“2/3”这样的分数
standards-fraction-range = “{ $value }”须是 0 到 1 之间的比例，如“2/3”

## 节假日日历（src/calendar/）
calendar-no-source = { $year } 年没有注明来源：请写明所依据的通知
calendar-holiday-backwards = 假日“{ $name }”的结束日（{ $to }）早于开始日（{ $from }）
calendar-holiday-other-year = 假日“{ $name }”（{ $from } 至 { $to }）不在 { $year } 年：请列在其日期所在的年份下
calendar-workday-other-year = 调休上班日 { $day } 不在 { $year } 年
calendar-workday-weekday = 调休上班日 { $day } 是{ $weekday ->
        [0] 星期一
        [1] 星期二
        [2] 星期三
        [3] 星期四
       *[4] 星期五
    }；只有星期六或星期日才能调休上班
calendar-workday-holiday = { $day } 既是假日又是调休上班日
calendar-year-twice = { $year } 年给出了两次；请只保留一个 [[year]]

## serde 和 TOML 解析器的消息，用中文重述（src/toml_input.rs）
toml-unknown-field = 未知的键“{ $field }”，应为以下之一：{ $expected }
toml-unknown-variant = 未知的取值“{ $value }”，应为以下之一：{ $expected }
toml-missing-field = 缺少键“{ $field }”
toml-duplicate-key = 键“{ $key }”重复
toml-invalid-type = 类型不对：写的是{ $found }，应为{ $expected }
toml-invalid-value = 取值不对：写的是{ $found }，应为{ $expected }
toml-other = TOML 错误：{ $message }
toml-kind-string = 字符串
toml-kind-integer = 整数
toml-kind-float = 小数
toml-kind-boolean = 布尔值
toml-kind-array = 数组
toml-kind-table = 表
toml-kind-date = 日期
toml-kind-name = 名称
toml-kind-value = { $kind } { $value }

## TOML 文件中不符合该键要求的值（金额、比例、日期）
input-expect-money = 以字符串（如 "2490.00"）或整数写的金额
input-expect-exact = 以字符串（如 "2490.00"）或整数写的精确数
input-expect-rate = 带百分号、以字符串写的百分比，如 "5%"
input-expect-rise = 比例（如 "5%"）或金额（如 "100"）
input-expect-fraction = 以分数写的比例，如 "2/3"
input-expect-amount-table = 名称到金额的表，如 { "{" } "5" = 100, "4" = 200 { "}" }
input-float-money = 金额须写成字符串（"2490.00"）或整数（2490），不能写成 TOML 小数：小数经过二进制浮点，可能不精确
input-float-rate = 请把百分比写成带百分号的字符串，如 "{ $value }%"：TOML 小数经过二进制浮点
input-integer-rate = 请把百分比写成带百分号的字符串，如 "{ $value }%"
input-toml-not-rate = “{ $text }”不是百分比；请带上百分号，如 "5%"
input-toml-not-date = “{ $text }”不是日期（应为 YYYY-MM-DD）
input-date-found = 应为 2026-01-01 这样的日期，写的是{ $found ->
        [string] 字符串
        [integer] 整数
        [float] 小数
        [boolean] 布尔值
        [array] 数组
        [table] 表
       *[other] { $found }
    }

## 企业名录（src/batch/registry.rs）
registry-unknown-column = 未知的企业名录列“{ $header }”
registry-no-id-column = 企业名录缺少企业编号（enterprise_id）列
registry-no-id = 有一家企业没有编号
registry-twice = 企业“{ $id }”列出了两次

## 交给 check、render 或 batch 的节假日日历文件（src/cmd/check.rs）
check-what-calendar = 节假日日历文件
check-invalid-calendar = 节假日日历有误：{ $error }

## 位置后所附的列名，在“文件:行:列”之后（src/location.rs）
location-field = （{ $field }）

## 读取线程中途停止的工作簿（src/io/sheet_stream.rs）
excel-reader-stopped = 工作簿的读取程序中途停止

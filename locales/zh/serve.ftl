# Issue 17: nengji serve, the negotiation table in the browser (云协商): its
# pages, its answers to the page and its messages on the terminal.

## The terminal
serve-hint-lan = 会议室模式：在大屏上打开上面的地址（含会话令牌），代表用手机扫描大屏上的二维码
serve-hint-stop = 按 Ctrl-C 停止
serve-no-browser = nengji serve：无法打开浏览器（{ $error }）；请自行打开 { $url }
serve-stopped = nengji serve：已停止
serve-runtime = 无法启动服务器的运行时
serve-listen = 无法在 { $ip } 的 { $port } 端口监听
serve-load-failed = 载入工作区失败：{ $error }
serve-stopped-error = 服务器因错误停止
serve-no-route = 没有网络路由：找不到本机的局域网地址；请给出 --lan-address
serve-no-lan = 本机没有局域网地址（找到的是 { $ip }）；请给出 --lan-address
serve-base-label = 现行

## Loading the workspace
serve-what-schedule = 工资标准
serve-invalid-schedule = 工资标准有误：{ $error }
serve-roster-empty = 名册 '{ $file }' 中没有职工
serve-not-a-directory = 工作区 '{ $dir }' 不是目录：请先创建它，或用 --dir 指定
serve-cannot-read-roster = 无法读取名册 '{ $file }'
serve-cannot-read-schedule = 无法读取工作区中的方案 '{ $name }'
serve-cannot-write = 无法写入 '{ $path }'
serve-propose-header = 由 { $file } 拟定：{ $count } 人，{ $period } 期，平均增长 { $achieved }；仅能级工资有改动。

## Offers
serve-no-offer = 没有第 { $index } 个方案
serve-base-fixed = 现行标准（基准）不能修改：请先新建一个方案
serve-proposed-label = 拟定方案 { $achieved }
serve-default-label = 方案{ $number }
serve-open-input = '{ $name }' 是启动时给出的输入文件；请用“新建方案”复制它
serve-save-input = '{ $name }' 是启动时给出的输入文件，不能覆盖；请换一个文件名
serve-save-taken = '{ $name }' 已是另一个方案的文件；请换一个文件名
serve-save-foreign = 工作区中已有 '{ $name }'，不是本次会话写的；请换一个文件名，或用“打开”载入它
serve-label-length = 方案名称须为 1 到 40 个字符

## An edit from the page
serve-edit-field = 不认识的字段 '{ $field }'
serve-edit-amount = '{ $value }' 不是金额：请写数字，例如 2600 或 2600.00
serve-edit-negative = 金额 '{ $value }' 不能为负数
serve-edit-steps = '{ $value }' 不是档数：请写 1 到 100 之间的整数
serve-edit-parse = 方案文件无法编辑：{ $error }
serve-edit-missing = 方案文件中没有第 { $index } 个 [[{ $table }]]
serve-edit-no-key = 第 { $index } 个 [[{ $table }]] 没有 `{ $key }`，此处不能改它
serve-edit-no-step = 第 { $grade } 个能级没有第 { $step } 档
serve-edit-form = [[grade]] 须写成表格数组（[[grade]]），才能在页面上修改

## File names from the page
serve-name-empty = 请填写文件名
serve-name-long = 文件名 '{ $name }' 太长：最多 { $max } 个字符
serve-name-character = 文件名 '{ $name }' 含有不允许的字符 '{ $bad }'：只可用汉字、字母、数字、- 和 _，不可含目录
serve-name-extension = 文件名 '{ $name }' 须以 .{ $ext } 结尾

## Propose from the page
serve-propose-target = 目标增长 '{ $value }'：{ $error }
serve-propose-mode = 不认识的方式 '{ $mode }'：uniform 或 lift-low
serve-propose-round = 取整单位 '{ $value }'：{ $error }

## Downloads and reports
serve-no-document = 没有文书 '{ $document }'
serve-no-format = 没有格式 '{ $format }'：md、html 或 docx
serve-no-standards = 没有给出 --standards，无法检查
serve-document-name = { $document ->
    [contract] 能级工资专项集体合同
    [industry-agreement] 行业性能级工资集体协议
    [offer] 集体协商要约书
   *[notice] 能级工资标准公示
}

## The guard
serve-guard-host = 请求的主机名不是本服务器（Host 不符）
serve-guard-token = 会议室模式：请用大屏上的完整地址（含会话令牌）或代表本人的链接打开
serve-guard-origin = 跨站请求被拒绝（Origin 不符）
serve-guard-too-large = 表单太大
serve-guard-csrf = 缺少或不符的 CSRF 令牌：请刷新页面后再试

## The vote
serve-ballot-unknown = 这个链接无效或已过期：请扫描大屏上的新二维码
serve-ballot-voted = 您已投过票，每位代表只能投一次
serve-ballot-closed = 表决尚未开始
serve-ballot-base = 现行标准不付表决：请选择一个方案
serve-ballot-unsaved = 请先把方案保存到工作区，表决结果记在它的文件里
serve-ballot-no-negotiation = 方案没有 [negotiation] 记录（worker_representatives），无法为代表生成表决链接
serve-save-before-vote = 请先保存方案，再付表决
serve-vote-choose = 请选择赞成或反对
serve-vote = { $choice ->
    [for] 赞成
   *[against] 反对
}
serve-notice = { $done ->
    [present] 已签到
    [for] 已投赞成票
   *[against] 已投反对票
}

## The figures
serve-row-monthly-bill = 月工资总额
serve-row-annual-bill = 年工资总额
serve-row-monthly-change = 月增加
serve-row-annual-change = 年增加
serve-row-average = 平均工资
serve-row-growth = 平均增长
serve-row-guideline = 工资指导线
serve-row-gainers = 增资人数
serve-row-losers = 减资人数
serve-row-bottom-40 = 低收入 40% 增长
serve-row-top-20 = 高收入 20% 增长
serve-row-lifts-low = 扩中提低
serve-row-p50 = 中位数 P50
serve-row-p90-p10 = P90/P10
serve-row-below = 低于低收入线人数
serve-lifts-low = { $lifts ->
    [yes] 是：低收入增长更快
   *[no] 否
}
serve-grade-step = { $grade } { $step } 档
serve-with-share = { $value }（{ $share }）
serve-severity = { $severity ->
    [error] 错误
   *[warning] 警告
}

## The pages
serve-page-title = 云协商 · 能级工资集体协商
serve-page-heading = 能级工资集体协商 · 云协商
serve-page-roster = 名册
serve-page-roster-size = （{ $count } 人，{ $period } 期）
serve-page-base = 现行标准
serve-page-standards = 标准
serve-page-dir = 工作区
serve-page-lan = 会议室模式
serve-page-offers = 方案
serve-page-new = 新建方案（复制）
serve-page-name = 名称
serve-page-name-example = 如 工会方案
serve-page-new-button = 新建
serve-page-propose = 按目标拟定：平均增长
serve-page-mode = 方式
serve-page-mode-uniform = 等比例
serve-page-mode-lift-low = 向低能级倾斜
serve-page-round-to = 取整到
serve-page-yuan = 元
serve-page-propose-button = 拟定
serve-page-open = 打开工作区中的方案
serve-page-open-button = 打开
serve-page-charts = 图表（与 nengji compare --format html 相同）
serve-page-charts-title = 方案对比图表
serve-page-error-title = 出错了
serve-page-back = ← 返回协商台
serve-page-explain-title = { $employee } 的工资构成 · { $label }
serve-page-explain-heading = { $employee } 的工资构成（{ $label }）
serve-page-explain-note = 与 nengji explain 的输出相同。

## The figures' section
serve-figures-heading = 测算（{ $count } 人，{ $period }）
serve-figures-guideline = 工资指导线：{ $source }
serve-figures-threshold = 低收入线 { $amount } 元
serve-figures-by-grade = 按能级的平均工资（括号内为增长）
serve-figures-grade = 能级
serve-figures-headcount = 人数
serve-figures-no-standards = 未给出 --standards：没有检查结果
serve-figures-checked = 错误 { $errors }
serve-figures-warnings = ，警告 { $warnings }
serve-figures-more = 另有 { $count } 条 { $rule }：见
serve-figures-full-report = 完整检查报告
serve-figures-movers = { $label }：增资 { $gainers } 人，减资 { $losers } 人，不变 { $unchanged } 人
serve-figures-losses = 减资最多
serve-figures-gains = 增资最多
serve-figures-explain = 查看职工工资构成：工号
serve-figures-enterprise = 企业（可空）
serve-figures-under = 按
serve-figures-explain-button = 查看

## An offer's card
serve-card-base = 基准
serve-card-errors = 检查错误 { $errors }
serve-card-saved = 已保存为
serve-card-dirty = （有未保存的修改）
serve-card-unsaved = 尚未保存
serve-card-steps = 档数
serve-card-pay = 各档能级工资（元/月）
serve-card-step = { $grade } 第{ $step }档
serve-card-base-pay = 起点
serve-card-increment = 级差
serve-card-derived = 起点 { $base }，级差 { $increment }
serve-card-allowances = 津贴金额与封顶
serve-card-allowance = 津贴
serve-card-amount = 金额
serve-card-cap = 封顶
serve-card-no-cap = 无
serve-card-save-to = 保存到工作区
serve-card-file-name = 文件名
serve-card-save = 保存
serve-card-download = 下载 TOML
serve-card-documents = 文书：
serve-card-vote = 付表决（{ $count } 名代表）

## The ballot panel
serve-ballot-heading = 表决
serve-ballot-voting = 正在表决：
serve-ballot-recorded = ，结果记入 { $file } 的 [negotiation.vote]
serve-ballot-total = 全体代表
serve-ballot-people = 人
serve-ballot-present = 出席
serve-ballot-ok = 程序检查：出席不少于三分之二、赞成超过全体代表半数（集体合同规定第三十六条），未发现问题
serve-ballot-representative = 代表 { $number }
serve-ballot-link-voted = ✓ 已投票
serve-ballot-link-present = 已签到
serve-ballot-how = 保存一个方案后，可在方案卡片上“付表决”：每位代表扫描自己的二维码，在手机上签到并表决。方案须有 [negotiation] 记录。

## A representative's page
serve-rep-title = 代表 { $number } · 表决
serve-rep-heading = 职工代表 { $number }
serve-rep-offer = 表决方案：
serve-rep-change = 平均增长 { $growth }，月工资总额增加 { $change } 元
serve-rep-voted = 您已投票：{ $vote }。每位代表只能投一次。
serve-rep-check-in = 签到（出席）
serve-rep-checked-in = 已签到
serve-rep-tally = 全体 { $total } · 出席 { $present } · 赞成 { $in_favour } · 反对 { $against }

## The page's script
serve-js-status = 服务器返回
serve-js-offline = 无法连接服务器
serve-figures-label = { $label }：
serve-finding-subject = { $subject }：
serve-finding-basis = （{ $basis }）
serve-html-lang = zh-CN
serve-list-separator = 、

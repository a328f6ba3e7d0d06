# 命令行的帮助文本：每个命令的说明、示例和每个参数的一行说明。
# 编号：help-<命令>-<参数>，多个命令共用的参数为 help-arg-<参数>。见 src/cmd/help.rs。

## 标题与 clap 自带部分
help-heading-usage = 用法
help-heading-commands = 命令
help-heading-options = 选项
help-heading-arguments = 参数
help-heading-examples = 示例
help-value-command = 命令
help-choices = { $help } [可选：{ $choices }]
help-default = { $help } [默认：{ $default }]

## 多个命令共用的参数
help-arg-help = 显示帮助
help-arg-version = 显示版本
help-arg-lang = 提示语言：zh 或 en（未指定时看 NENGJI_LANG，再看系统语言）
help-arg-quiet = 只输出错误：不显示提示、汇总和进度
help-arg-schedule = 工资标准文件（TOML）
help-arg-roster = 花名册（CSV，或 .xlsx、.xls、.ods 工作表）；- 表示标准输入
help-arg-period = 工资月份，YYYY-MM；默认为工资标准生效的月份
help-arg-format = 输出格式：text 给人看，其余给程序和电子表格用；默认按 -o 的扩展名，否则为 text
help-arg-csv-encoding = CSV 输出的编码：utf-8-bom（写文件时的默认，中文 Windows 上的 Excel 能直接打开）、utf-8（标准输出的默认，便于管道）或 gb18030
help-arg-output = 写到哪里；- 或不写为标准输出
help-arg-encoding = 花名册的文字编码：auto（能按 UTF-8 读就用 UTF-8，否则 GB18030）、utf-8 或 gb18030
help-arg-sheet = 每个工作簿输入（.xlsx、.xls 或 .ods，按文件内容而非文件名识别）要读的工作表：名称，或从 1 数起的序号；默认为第一个。表头上方的标题行会被跳过
help-arg-roster-sheet = 工作簿花名册要读的工作表：名称，或从 1 数起的序号；默认为第一个。表头上方的标题行会被跳过。其他输入各有自己的选项
help-arg-standards = 标准文件，或内置标准集的名称（zhejiang）；可重复以合并
help-arg-jobs = 处理花名册的工作线程数（默认每核一个）；线程数不影响输出内容

## nengji
help-about = 能级工资集体协商工具：工资标准、花名册、精确计薪、合规检查与文书
help-help-about = 显示本帮助，或指定命令的帮助

## init
help-init-about = 在目录中生成一个入门示例（工资标准和花名册）
help-init-dir = 写入的目录（不存在则创建）
help-init-examples =
    {"  "}nengji init work
    {"  "}nengji compute --schedule work/schedule.toml --roster work/roster.csv

## compute
help-compute-about = 工资表：逐人逐项计算工资
help-compute-standards = 含工资指导线的标准：[[adjustment]] 中按指导线基准线调整时取用；文件或内置名称，可重复以合并
help-compute-examples =
    {"  "}nengji compute --schedule schedule.toml --roster roster.csv
    {"  "}nengji compute --schedule schedule.toml --roster roster.csv --format csv -o pay.csv
    {"  "}nengji compute --schedule schedule.toml --roster roster.csv --period 2026-03

## explain
help-explain-about = 一名职工的工资是怎样算出来的，逐条规则说明
help-explain-employee = 职工工号
help-explain-enterprise = 企业（同一工号出现在多个企业时）
help-explain-format = 输出格式：text 给人看，json 给程序用
help-explain-standards = 含工资指导线的标准：[[adjustment]] 中按指导线基准线调整时取用；文件或内置名称，可重复以合并
help-explain-examples =
    {"  "}nengji explain --schedule schedule.toml --roster roster.csv --employee A01
    {"  "}nengji explain --schedule schedule.toml --roster roster.csv --employee A01 --format json

## check
help-check-about = 对照法律、底线和市场价位检查工资标准（及花名册的工资）
help-check-roster = 花名册（CSV，或 .xlsx、.xls、.ods 工作表），同时检查每名职工的工资；- 表示标准输入
help-check-period = 工资月份，YYYY-MM；默认为工资标准生效的月份，并在合同期内每次标准调整时再检查
help-check-jobs = 处理花名册的工作线程数（默认每核一个）；线程数不影响报告内容
help-check-examples =
    {"  "}nengji check --schedule schedule.toml --standards zhejiang
    {"  "}nengji check --schedule schedule.toml --roster roster.csv --standards zhejiang --standards industry.toml
    {"  "}nengji check --schedule schedule.toml --standards zhejiang --format csv -o findings.csv

## audit
help-audit-about = 履约监督：找出实发低于合同应得的职工
help-audit-roster = 计算合同应得工资所用的花名册（CSV，或 .xlsx、.xls、.ods 工作表）
help-audit-payroll = 实发工资表（CSV，或 .xlsx、.xls、.ods 工作表）：employee_id 和 gross（应发工资），和/或按编号或中文名的各工资项目列
help-audit-sheet = { help-arg-roster-sheet }（--payroll-sheet）
help-audit-payroll-sheet = 工作簿实发工资表要读的工作表：名称，或从 1 数起的序号；默认为第一个
help-audit-encoding = 花名册和工资表的文字编码：auto、utf-8 或 gb18030
help-audit-standards = 含工资指导线的标准：[[adjustment]] 中按指导线基准线调整时取用；文件或内置名称，可重复以合并
help-audit-examples =
    {"  "}nengji audit --schedule schedule.toml --roster roster.csv --payroll payroll.csv
    {"  "}nengji audit --schedule schedule.toml --roster roster.csv --payroll payroll.csv --format csv -o shortfalls.csv

## propose
help-propose-about = 生成新工资标准，使花名册的平均增长达到目标
help-propose-schedule = 作为起点的工资标准（TOML）
help-propose-roster = 衡量增长所用的花名册（CSV，或 .xlsx、.xls、.ods 工作表）；- 表示标准输入
help-propose-target-growth = 要达到的应发工资平均增幅，如 8%
help-propose-mode = 增资的分配方式：uniform（各等级同一比例）或 lift-low（向低等级倾斜：一半按比例，一半定额）
help-propose-round-to = 每个等级工资取整到多少元的整数倍
help-propose-floor = 等级工资不低于此数（向上取整）
help-propose-standards = 须遵守的标准，同 check 的写法；合同期内各等级不低于行业底线并高于最低工资
help-propose-output = 新工资标准写到哪里；- 为标准输出（此时报告写到标准错误）；不写则不输出文件
help-propose-examples =
    {"  "}nengji propose --schedule schedule.toml --roster roster.csv --target-growth 8%
    {"  "}nengji propose --schedule schedule.toml --roster roster.csv --target-growth 6% --mode lift-low --standards zhejiang -o offer.toml

## compare
help-compare-about = 现行标准与各方案对比：成本、谁得益、分布、扩中提低
help-compare-schedules = 基准工资标准（现行），然后按协商顺序列出各方案
help-compare-roster = 所有方案共同对比的花名册（CSV，或 .xlsx、.xls、.ods 工作表）；- 表示标准输入
help-compare-labels = 每个方案的名称，按顺序（基准在前）；默认为各自的标题
help-compare-period = 所有方案计算的工资月份，YYYY-MM；默认为基准生效的月份
help-compare-format = 输出格式：text 给人看，csv 和 json 给程序用，html 为带图表的网页；默认按 -o 的扩展名，否则为 text
help-compare-threshold = 统计应发工资低于此数的人数；有 --standards 时默认为基准所在地区月最低工资的 1.2 倍
help-compare-standards = 标准，同 check 的写法：给出工资指导线和默认阈值
help-compare-on-cost = 用人单位在工资总额之上的附加成本（社保、公积金），如 30%
help-compare-losses = 按姓名列出减少最多的前几人
help-compare-jobs = 处理花名册的工作线程数（默认每核一个）；线程数不影响输出内容
help-compare-examples =
    {"  "}nengji compare schedule.toml offer-employer.toml --roster roster.csv
    {"  "}nengji compare schedule.toml offer.toml --roster roster.csv --standards zhejiang --format html -o compare.html

## render
help-render-about = 生成工资标准的专项集体合同、行业性协议、要约书或公示
help-render-roster = 文书所引数字来自的花名册（CSV，或 .xlsx、.xls、.ods 工作表）：人数、女职工、工资总额、平均工资及其变化
help-render-document = 要生成的文书：contract、industry-agreement、offer 或 notice
help-render-format = 文书格式：md、html（A4 页面）或 docx（Word）；默认按 -o 的扩展名，否则为 md
help-render-style = html 与 docx 的版式：standard（默认），或 official（按 GB/T 9704：三号仿宋正文、二号小标宋标题、每页22行每行28字、标准页边距）
help-render-template = 用此模板文件代替内置模板；可继承 "builtin/contract.md" 并只改写个别块
help-render-date = 文书上的日期，YYYY-MM-DD；默认：要约书为今天，其他留空
help-render-period = 花名册数字的工资月份，YYYY-MM；默认为工资标准生效的月份
help-render-standards = 先对照检查的标准；检查发现错误时文书标为草案并列出问题
help-render-final = 即使检查发现错误也不标草案（问题仍会输出，退出码仍为 1）
help-render-calendar = 补充内置节假日日历（2025、2026 年）的日历文件，格式同 data/calendar/cn-holidays.toml；可重复给出
help-render-examples =
    {"  "}nengji render --schedule schedule.toml --document contract --format docx -o contract.docx
    {"  "}nengji render --schedule schedule.toml --roster roster.csv --document notice --format html -o notice.html
    {"  "}nengji render --schedule schedule.toml --document offer --date 2026-03-01 --standards zhejiang

## templates
help-templates-about = 列出或显示内置文书模板
help-templates-list-about = 内置模板及其用途
help-templates-show-about = 显示一个内置模板，便于复制修改
help-templates-show-name = 模板：contract 或 builtin/contract.md
help-templates-examples =
    {"  "}nengji templates list
    {"  "}nengji templates show contract -o my-contract.md

## assess
help-assess-about = 能级认定：由评审委员会的评分和规则确定每人的等级
help-assess-rules = 认定规则（TOML）
help-assess-scores = 评审委员会的评分（CSV，或 .xlsx、.xls、.ods 工作表）：工号和每个维度一列；- 表示标准输入
help-assess-sheet = { help-arg-roster-sheet }（--scores-sheet）
help-assess-scores-sheet = 工作簿评分表要读的工作表：名称，或从 1 数起的序号；默认为第一个
help-assess-schedule = 工资标准（TOML）：加上认定结果的月度和年度成本
help-assess-period = 工资影响的起始月份，YYYY-MM；默认为认定日期所在月份，若工资标准生效更晚则取其生效月份
help-assess-output = 把带认定等级的花名册写到此文件：CSV，文件名以 .xlsx 结尾时为 .xlsx 工作簿；compute 两种都能读
help-assess-record = 把能级认定委员会评审结果写到此文件
help-assess-record-format = 评审结果的格式：md、html（A4 页面）或 docx（Word）；文件扩展名须一致
help-assess-encoding = 花名册和评分表的文字编码：auto、utf-8 或 gb18030
help-assess-standards = 含工资指导线的标准：工资标准的 [[adjustment]] 按指导线基准线调整时取用；文件或内置名称，可重复以合并
help-assess-examples =
    {"  "}nengji assess --rules assessment.toml --roster roster.csv --scores scores.csv
    {"  "}nengji assess --rules assessment.toml --roster roster.csv --scores scores.csv --schedule schedule.toml -o assessed.csv
    {"  "}nengji assess --rules assessment.toml --roster roster.csv --scores scores.csv --record record.docx --record-format docx

## batch
help-batch-about = 区域性大批量花名册：工资、分企业合计、分布和清单
help-batch-roster = 花名册文件，或存放 .csv 花名册的目录；每份都有企业列
help-batch-out = 输出写入的目录（不存在则创建）
help-batch-registry = 企业名录：各企业的工资标准、地区和行业（TOML、CSV，或 .xlsx、.xls、.ods 工作表）
help-batch-sheet = 每份工作簿花名册要读的工作表：名称，或从 1 数起的序号；默认为第一个（登记表用 --registry-sheet）
help-batch-registry-sheet = 工作簿登记表要读的工作表：名称，或从 1 数起的序号；默认为第一个
help-batch-schedule = 名录中未列出的企业所用的工资标准
help-batch-standards = 每个企业都要对照检查的标准；可重复以合并；不写则只计算工资
help-batch-period = 工资月份，YYYY-MM；默认为默认工资标准生效的月份
help-batch-jobs = 工作线程数；默认为全部核心
help-batch-fail-fast = 遇到第一条错误行就停止，而不是报告后继续
help-batch-documents = 为每个企业生成的文书，写入 DIR/documents/ID/：notice、contract、offer（逗号分隔）
help-batch-document-format = 文书格式：md、html 或 docx
help-batch-xlsx = 同时把每张表另写为 .xlsx 工作簿，与 CSV 并列（pay.xlsx、enterprises.xlsx 等）：中文表头、数值金额、合计行，超过一个工作表 1,048,576 行时续写到后面的工作表
help-batch-examples =
    {"  "}nengji batch --roster rosters/ --schedule schedule.toml -o out
    {"  "}nengji batch --roster rosters/ --registry registry.toml --standards zhejiang -o out --documents notice

## completions
help-completions-about = 输出命令行补全脚本（bash、zsh、fish、powershell、elvish）
help-completions-shell = 为哪种 shell 生成
help-completions-examples =
    {"  "}nengji completions bash > ~/.local/share/bash-completion/completions/nengji
    {"  "}nengji completions zsh > ~/.zfunc/_nengji
    {"  "}nengji completions powershell >> $PROFILE

## man
help-man-about = 输出 nengji 或某个命令的手册页（roff）
help-man-command = 要输出手册页的命令；默认为 nengji 本身
help-man-examples =
    {"  "}nengji man > nengji.1
    {"  "}nengji man check | man -l -
help-examples =
    {"  "}nengji init work
    {"  "}nengji check --schedule work/schedule.toml --roster work/roster.csv --standards zhejiang
    {"  "}nengji --lang zh compute --help

## serve
help-serve-about = 浏览器里的协商桌（云协商）：各方案并列，数字实时更新
help-serve-schedule = 基准工资标准（现行）；默认为工作目录中的 schedule.toml
help-serve-roster = 计算各方案所用的花名册（CSV，或 .xlsx、.xls、.ods 工作表）；默认为工作目录中的 roster.csv
help-serve-standards = 标准，同 check 的写法；可重复以合并；不写则不显示检查结果
help-serve-dir = 工作目录：方案只保存在这里
help-serve-port = 监听的端口；0 表示任选空闲端口
help-serve-no-open = 不打开浏览器
help-serve-lan = 会议室模式：在局域网地址上监听，每个请求都须带会话令牌，代表可用手机投票
help-serve-lan-address = --lan 模式下监听的局域网地址；默认为本机网络路由的地址
help-serve-label = 基准的名称
help-serve-examples =
    {"  "}nengji serve --dir work --standards zhejiang
    {"  "}nengji serve --dir work --lan

## arrears
help-arrears-about = 补发 / 欠薪：按月列出新标准下应得、实发和欠发
help-arrears-schedule = 计算应得所依据的新工资标准（TOML）
help-arrears-previous = 此前执行的工资标准（TOML），用于没有工资表的月份
help-arrears-roster = 花名册（CSV，或 .xlsx、.xls、.ods 工作表）；可重复，每月一份
help-arrears-from = 起始月份，YYYY-MM
help-arrears-to = 结束月份，YYYY-MM
help-arrears-payroll = 某月的实发工资表（CSV，或 .xlsx、.xls、.ods 工作表）；可重复，每月一份
help-arrears-sheet = { help-arg-roster-sheet }（--payroll-sheet）；每月的花名册读同一个工作表
help-arrears-payroll-sheet = 每份工作簿实发工资表要读的工作表：名称，或从 1 数起的序号；默认为第一个
help-arrears-document = 写出明细表而不是报告：工资补发明细表或欠薪核算表
help-arrears-document-format = 明细表的格式：md、html 或 docx
help-arrears-standards = 含工资指导线的标准：任一工资标准的 [[adjustment]] 按指导线基准线调整时取用；可重复以合并
help-arrears-examples =
    {"  "}nengji arrears --schedule new.toml --previous old.toml --roster roster.csv --from 2026-01 --to 2026-06
    {"  "}nengji arrears --schedule new.toml --previous old.toml --roster roster.csv --from 2026-01 --to 2026-06 --format csv -o owed.csv

# 模板渲染的上限（src/render/sandbox.rs）。
template-steps = 模板“{ $template }”：已执行 { $bound } 步（循环次数、宏调用和包含）而被停止；正常文书远用不到这么多，模板很可能陷入无尽循环：请检查其中的循环、range() 调用和递归宏
template-depth = 模板“{ $template }”：宏调用或包含的嵌套超过 { $bound } 层；很可能是某个宏或包含无终止地调用自身：请为递归加上终止条件
template-text = 模板“{ $template }”：生成的文本超过 { $mib } MiB（循环、宏和变量生成的文本均计入）；没有文书会这么大：请检查是否有无尽增长的循环或变量
template-time = 模板“{ $template }”：渲染超过 { $seconds } 秒，已停止；请简化模板中的循环
template-environment = 模板“{ $template }”：模板不能读取环境变量（get_env 不可用）；请把该值写入工资标准文件或在命令行给出
template-range-step = 模板“{ $template }”：step_by=0 的 range() 永不结束；请使用 1 或更大的步长
template-source = 模板“{ $template }”：{ $size } 字节，超过模板的大小上限（{ $kib } KiB）；请拆成相互继承或导入的多个文件
template-nesting = 模板“{ $template }”：括号、块或运算符的嵌套超过 { $bound } 层；请减少嵌套（可用 set 为表达式的一部分命名）
template-reserved = 模板“{ $template }”：以 { $prefix } 开头的名称为 nengji 保留；请给变量、宏或函数改名
template-engine = 模板“{ $template }”：模板引擎处理此模板时出错（内部错误，并非模板的问题）；请附上模板报告此问题

## 无法解析或渲染的模板（src/render/renderer.rs、numbering.rs、capital.rs、docx.rs）
template-numbering = 模板“{ $template }”：{ $error }
template-context = 无法把文书的上下文转换给模板引擎：{ $error }
template-at = （位于 { $place }）
template-line = “{ $template }”第 { $line } 行
template-lines = “{ $template }”第 { $lines } 行
template-no-variable = 渲染“{ $template }”时找不到变量“{ $variable }”
template-failed-render = 无法渲染“{ $template }”
template-failed-parse = 无法解析“{ $template }”
template-engine-said = 模板引擎提示：{ $message }
template-clause-twice = 有两个条款的键都是“{ $key }”；每个 clause(key=...) 须唯一
template-unknown-ref = ref(key="{ $key }") 引用了文书中没有印出的条款
template-capital-negative = { $amount } 为负数；大写数字只写应付金额，不写欠款
template-capital-fen = { $amount } 含有分以下的部分；大写数字只写到分
template-capital-large = { $amount } 太大，无法写成大写数字（元至多 16 位）
template-docx = 无法写入 DOCX 文件：{ $error }

## nengji 自带的过滤器和 range()（src/render/bounded_filters.rs、sandbox.rs）
template-filter-not-text = 过滤器 { $filter } 的 { $what } 应为文本，写的是 { $value }
template-filter-not-bool = 过滤器 { $filter } 的参数 { $what } 应为 true 或 false，写的是 { $value }
template-join-not-array = 过滤器 join 应作用于列表，写的是 { $value }
template-replace-needs = 过滤器 replace 需要参数 { $arg }
template-range-not-number = 函数 range 的 { $name } 应为数字，写的是 { $name }={ $value }
template-range-no-end = 函数 range 需要参数 end

# 每个内置模板写什么（`nengji templates list`）。
templates-about-contract = 能级工资专项集体合同：企业与工会签订的合同
templates-about-industry-agreement = 行业性能级工资集体协议：行业工会与企业代表签订的协议
templates-about-offer = 集体协商要约书：书面提出协商要求，写明答复期限
templates-about-notice = 能级工资标准公示：一页的工资标准公示
templates-about-agreement-base = 企业合同与行业协议共用的条款（可逐块覆盖）
templates-about-macros = 宏：工资标准表、数字表、核查结果、签字栏

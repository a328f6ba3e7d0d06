# 问题 11：无法读取的表格、无法完整读取的行（src/io/table_error.rs），以及不是 CSV 的文件是什么（src/io/sniff.rs）。

## 问题
table-not-text = 该文件是{ $kind }
table-no-header = 该文件没有表头行（只有空行）
table-io = 无法读取该文件：{ $error }
table-not-utf8 = 该行不是有效的 UTF-8
table-unterminated-quote = 此处开始的带引号的值没有结束（引号个数为奇数）
table-field-count = 该行有 { $found } 个字段，而表头有 { $expected } 个

## 改正方法
table-no-header-hint = 第一行应为列名
table-not-utf8-hint = 如果是 Excel 保存的，请试用 --encoding gb18030
table-unterminated-quote-hint = 请补上引号；带引号的值中的引号请写成 ""
table-too-many-fields-hint = 含逗号的值须加引号（"2,490.00"），或删去多余的字段
table-too-few-fields-hint = 该行似乎被截断：请为每一列填值（空值写成两个逗号）

## 文件类型
table-kind-empty = 空文件
table-kind-xlsx = Excel 工作簿（.xlsx），不是 CSV
table-kind-ods = OpenDocument 电子表格（.ods），不是 CSV
table-kind-docx = Word 文档（.docx），不是 CSV
table-kind-zip = zip 压缩包，不是 CSV
table-kind-xls = Excel 97-2003 工作簿（.xls），不是 CSV
table-kind-pdf = PDF 文档，不是 CSV
table-kind-utf16le = 没有字节顺序标记的 UTF-16（小端）文本
table-kind-utf16be = 没有字节顺序标记的 UTF-16（大端）文本
table-kind-binary = 二进制文件（含 NUL 字节），不是 CSV
table-fix-empty = 请重新导出该表格；该文件没有内容
table-fix-spreadsheet = 请打开并另存为 CSV（文件 > 另存为 > CSV UTF-8）
table-fix-utf16 = 请另存为 CSV UTF-8（Excel 的“Unicode 文本”是 UTF-16），或加上字节顺序标记
table-fix-other = 请提供 CSV 文件本身（文本，带表头行）

## 单行文本（src/io/line_text.rs）
table-control-character = { $field }“{ $value }”含有控制字符（换行或 NUL）
table-control-character-hint = 请写在一行内，不含控制字符

## 问题及其位置（`hint` 自带分隔符，或为空）
table-placed = { $message }，位于 { $place }{ $hint }
table-more-problems = ……另有 { $count } 个问题

## 无法载入的文件（其后逐行列出问题）
table-invalid-roster = 花名册有误（{ $count } 个问题）：
    { $errors }
table-invalid-schedule = 方案有误：{ $error }
table-invalid-registry = 企业名录有误：{ $error }

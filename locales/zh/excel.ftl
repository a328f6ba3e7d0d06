# 第14号议题：电子表格。输出格式的选择、CSV 编码、.xlsx 的写出与读入。

## 由输出文件名决定格式
excel-format-contradiction = --format { $flag } 与输出文件“{ $file }”的扩展名（{ $named }）矛盾；去掉 --format，或将文件命名为 *.{ $usual }
excel-format-not-written = 无法写出 .{ $extension } 文件（“{ $file }”）：本命令可写出 { $choices }；请按其中一种命名文件
excel-format-binary-to-terminal = { $format } 是二进制格式，而标准输出是终端；请用 -o FILE.{ $usual } 写入文件，或通过管道输出

## CSV 编码
excel-not-utf8 = 输出不是 UTF-8 文本，无法转换编码

## 写出 .xlsx
excel-xlsx-failed = 无法写出电子表格：{ $error }
excel-not-exact = 金额 { $amount } 的位数超过电子表格数字能精确保存的位数；请将此表写为 CSV（--format csv），CSV 保留每一位
excel-temp-dir = 无法写出电子表格：表格的行先写入临时目录“{ $dir }”中的临时文件，但该目录无法新建文件（{ $error }）；请将 TMPDIR 设为可写且空间足够的目录
excel-continuation = 此表共 { $rows } 行，超过一个工作表的容量（表头下 { $per_sheet } 行）：续写在 { $sheets } 个工作表中，每个工作表都有表头

## 读入电子表格单元格
excel-cell-too-many-digits = 单元格中的数字 { $shown } 位数超过电子表格保存的位数（15位）
excel-cell-too-many-places = 单元格中的数字 { $shown } 的小数超过 { $places } 位
excel-cell-number-hint = 公式留下了二进制尾数：请用 ROUND(..., 2) 包住公式，或直接输入数值；身份证号等编号须为文本单元格（将该列设为文本格式，或以 ' 开头输入）
excel-cell-error-value = 单元格中是电子表格错误值 { $value }
excel-cell-error-hint = 请修正公式，或直接输入数值
excel-cell-bad-date = 单元格设为日期格式，但其值 { $serial } 不是日期
excel-cell-date-hint = 请按 YYYY-MM-DD 输入日期

## 读取工作簿
excel-sheet-choice-empty = --sheet 需要工作表的名称或序号
excel-sheet-choice-zero = 工作表从 1 开始编号
excel-sheet-not-found = 工作簿中没有名为“{ $asked }”的工作表；现有工作表：{ $sheets }
excel-sheet-not-found-hint = 用 { $flag } 指定上面的某个名称，或从 1 数起的序号
excel-sheet-empty = 该工作表没有任何单元格
excel-sheet-empty-hint = 用 { $flag } 名称 或 { $flag } 序号 选择存放表格的工作表
excel-too-large-unzipped = 工作簿的组成部分 { $entry } 声明解压后 { $size } 字节（压缩后 { $compressed } 字节），远超工作表 XML 的正常压缩比
excel-too-large-cells = 工作表 { $what } 声明或展开后有 { $cells } 个单元格，超过 nengji 对一个工作表的读取上限
excel-too-large-workbook = 工作簿超过 { $bytes } 字节
excel-too-large-hint = 这不像是人工制作的表格；请把表格单独另存为新工作簿，或另存为 CSV
excel-unreadable = 无法读取该工作簿：{ $error }
excel-unreadable-hint = 请用 Excel、WPS 或 LibreOffice 打开后重新保存，或把该工作表另存为 CSV
excel-row-wider-hint = 这一行在表头最后一列的右边还有内容：请给这些列加上表头，或清空这些单元格

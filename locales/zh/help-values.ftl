# 第15号：每个选项取值的说明（取值枚举的文档注释），fish、zsh 和 PowerShell 的补全会显示
# （src/cmd/help.rs `with_value_help`）。

help-compute-format-value-text = 给人看的表格，含合计及各能级的人数和平均工资（旧名 table 仍可用）
help-compute-format-value-csv = 逗号分隔值，每行一名职工，列名为机器可读的编号
help-compute-format-value-json = 一个 JSON 对象：工资标准、月份和 workers 数组
help-compute-format-value-xlsx = Excel 工作簿：中文表头，金额为数值，含合计行，另有一张各能级人数和平均工资的工作表
help-value-encoding-auto = 文件开头是有效的 UTF-8 就按 UTF-8 读，否则按 GB18030
help-value-encoding-utf-8 = UTF-8（开头的字节顺序标记会被跳过）
help-value-encoding-gb18030 = GB18030，中文版 Excel 和 WPS 所写的 GBK 超集
help-value-csv-encoding-utf-8 = 不带字节顺序标记的 UTF-8（标准输出的默认）
help-value-csv-encoding-utf-8-bom = 以字节顺序标记开头的 UTF-8（写文件时的默认）
help-value-csv-encoding-gb18030 = GB18030，中文 Windows 的代码页
help-check-format-value-text = 给人看的报告，按规则分组列出问题及整改办法
help-check-format-value-json = 一个 JSON 文档：报告的抬头、问题和说明
help-check-format-value-csv = 每行一个问题，列名为机器可读的编号
help-check-format-value-xlsx = CSV 各行组成的 Excel 工作簿，中文表头，金额为数值
help-arrears-format-value-text = 给人看的表格，含每名职工和每家企业的合计
help-arrears-format-value-csv = 每行为一名职工的一个月；列名不随语言改变
help-arrears-format-value-json = 一个 JSON 文档：各月份、各行和合计
help-arrears-format-value-xlsx = Excel 工作簿：各行、每名职工和每家企业的合计，中文表头，金额为数值，含合计行
help-value-document-arrears = 工资补发明细表
help-value-document-claim = 欠薪核算表
help-value-document-format-md = Markdown，即模板所写的原样
help-value-document-format-html = 一个自带样式的 HTML 页面，可按 A4 打印
help-value-document-format-docx = Word 文档，表格为真正的表格
help-audit-format-value-text = 给人看的报告，按规则分组列出问题及整改办法
help-audit-format-value-json = 一个 JSON 文档：报告的抬头、问题和说明
help-audit-format-value-csv = 每行一个问题，列名为机器可读的编号
help-audit-format-value-xlsx = CSV 各行组成的 Excel 工作簿，中文表头，金额为数值
help-value-mode-uniform = 每一级的能级工资都按同一百分比增加：新工资 = 工资 ×（1 + f）
help-value-mode-lift-low = 向低能级倾斜（定额 + 比例）：一半增幅按工资比例，一半人人等额，该额为花名册平均能级工资的同一百分比：新工资 = 工资 + f/2 × 工资 + f/2 × 平均工资。低能级的增幅百分比更大；各级之间的差额（元）仍会扩大
help-compare-format-value-text = 并排的数字和终端条形图，给人看
help-compare-format-value-csv = 每行为一名职工在一个方案下的结果
help-compare-format-value-json = 全部内容，给程序用
help-compare-format-value-html = 一个自带样式的页面，内嵌 SVG 图表
help-compare-format-value-xlsx = CSV 各行组成的 Excel 工作簿，中文表头，金额为数值
help-value-document-contract = 能级工资专项集体合同：企业的能级工资专项集体合同
help-value-document-industry-agreement = 行业性能级工资集体协议：行业的能级工资集体协议
help-value-document-offer = 集体协商要约书：书面提出协商要求，并写明答复期限
help-value-document-notice = 能级工资标准公示：向职工公示的一页工资标准表
help-render-format-value-md = Markdown，即模板所写的原样
help-render-format-value-html = 一个自带样式的 HTML 页面，可按 A4 打印
help-render-format-value-docx = Word 文档，表格为真正的表格
help-value-style-standard = nengji 的 A4 版式：正文 12 磅宋体，标题黑体
help-value-style-official = GB/T 9704 公文格式：正文三号仿宋，标题二号小标宋，每页 22 行、每行 28 字
help-assess-format-value-text = 认定结果及理由、晋升和降级、比例限制和工资影响
help-assess-format-value-csv = 每行一名职工
help-assess-format-value-json = 全部内容，给程序用
help-assess-format-value-xlsx = CSV 各行组成的 Excel 工作簿，中文表头并附理由
help-value-record-format-md = Markdown，即模板所写的原样
help-value-record-format-html = 一个自带样式的 HTML 页面，可按 A4 打印
help-value-record-format-docx = Word 文档，表格为真正的表格
help-value-documents-contract = 能级工资专项集体合同：企业的能级工资专项集体合同
help-value-documents-industry-agreement = 行业性能级工资集体协议：行业的能级工资集体协议
help-value-documents-offer = 集体协商要约书：书面提出协商要求，并写明答复期限
help-value-documents-notice = 能级工资标准公示：向职工公示的一页工资标准表

## 手册页的节标题（src/cmd/man.rs）
man-name = 名称
man-synopsis = 用法
man-description = 说明
man-version = 版本
man-authors = 作者
man-extra = 其他

## zsh 补全中一个命令的子命令组标题（src/cmd/completions.rs）
completions-group = { $command } 的命令

# Issue 15: the description of each choice of a flag (a value enum's doc comment),
# which fish, zsh and PowerShell completions show (src/cmd/help.rs `with_value_help`).
# The English is the doc comment itself (a test checks it).

help-compute-format-value-text = A table for people, with totals and per-grade headcount and average. (`table` is its old name, still accepted.)
help-compute-format-value-csv = Comma-separated values, one row a worker, machine-readable column ids
help-compute-format-value-json = One JSON object: the schedule, the period and a `workers` array
help-compute-format-value-xlsx = An Excel workbook: Chinese headers, amounts as numbers, a totals row, and a sheet of per-grade headcount and average
help-value-encoding-auto = UTF-8 if the start of the file is valid UTF-8, otherwise GB18030
help-value-encoding-utf-8 = UTF-8 (a byte-order mark at the start is skipped)
help-value-encoding-gb18030 = GB18030, the superset of GBK that Chinese Excel and WPS write
help-value-csv-encoding-utf-8 = UTF-8 without a byte-order mark (the default on standard output)
help-value-csv-encoding-utf-8-bom = UTF-8 starting with a byte-order mark (the default for a file)
help-value-csv-encoding-gb18030 = GB18030, the code page of Chinese Windows
help-check-format-value-text = A report for people, findings grouped by rule, with remedies
help-check-format-value-json = One JSON document: the report's head, its findings and notes
help-check-format-value-csv = One row a finding, machine-readable column ids
help-check-format-value-xlsx = The CSV's rows as an Excel workbook, with Chinese headers and numeric amounts
help-arrears-format-value-text = A table for people, with totals per worker and enterprise
help-arrears-format-value-csv = One row a worker and month; the column ids do not change with the language
help-arrears-format-value-json = One JSON document: the months, the rows and the totals
help-arrears-format-value-xlsx = An Excel workbook: the rows, the per-worker and the per-enterprise totals, with Chinese headers, numeric amounts and 合计 rows
help-value-document-arrears = 工资补发明细表
help-value-document-claim = 欠薪核算表
help-value-document-format-md = Markdown, as the template wrote it
help-value-document-format-html = One self-contained HTML page for A4 printing
help-value-document-format-docx = A Word document with real tables
help-audit-format-value-text = A report for people, findings grouped by rule, with remedies
help-audit-format-value-json = One JSON document: the report's head, its findings and notes
help-audit-format-value-csv = One row a finding, machine-readable column ids
help-audit-format-value-xlsx = The CSV's rows as an Excel workbook, with Chinese headers and numeric amounts
help-value-mode-uniform = The same percentage on every grade pay: new = pay x (1 + f)
help-value-mode-lift-low = Weighted toward the lower grades (定额 + 比例): half of the raise in proportion to pay, half the same amount for everyone, that amount being the same percentage of the roster's average grade pay: new = pay + f/2 x pay + f/2 x average. A lower grade gets a larger percentage; the gaps between grades still grow in yuan
help-compare-format-value-text = Figures side by side and terminal bar charts, for people
help-compare-format-value-csv = One row per worker per offer
help-compare-format-value-json = Everything, for machines
help-compare-format-value-html = One self-contained page with inline SVG charts
help-compare-format-value-xlsx = The CSV's rows as an Excel workbook, with Chinese headers and numeric amounts
help-value-document-contract = 能级工资专项集体合同: an enterprise's skill-grade wage contract
help-value-document-industry-agreement = 行业性能级工资集体协议: an industry's skill-grade wage agreement
help-value-document-offer = 集体协商要约书: the written request to negotiate, with the reply deadline
help-value-document-notice = 能级工资标准公示: the one-page pay-table notice posted to workers
help-render-format-value-md = Markdown, as the template wrote it
help-render-format-value-html = One self-contained HTML page for A4 printing
help-render-format-value-docx = A Word document with real tables
help-value-style-standard = nengji's A4 layout: 12 pt 宋体 body, 黑体 headings
help-value-style-official = GB/T 9704: 三号仿宋 body, 二号小标宋 title, 22 lines x 28 characters
help-assess-format-value-text = Decisions with reasons, promotions and demotions, quotas and pay effect
help-assess-format-value-csv = One row per worker
help-assess-format-value-json = Everything, for machines
help-assess-format-value-xlsx = The CSV's rows as an Excel workbook, with Chinese headers and reasons
help-value-record-format-md = Markdown, as the template wrote it
help-value-record-format-html = One self-contained HTML page for A4 printing
help-value-record-format-docx = A Word document with real tables
help-value-documents-contract = 能级工资专项集体合同: an enterprise's skill-grade wage contract
help-value-documents-industry-agreement = 行业性能级工资集体协议: an industry's skill-grade wage agreement
help-value-documents-offer = 集体协商要约书: the written request to negotiate, with the reply deadline
help-value-documents-notice = 能级工资标准公示: the one-page pay-table notice posted to workers

## the man page's section headings (src/cmd/man.rs)
man-name = NAME
man-synopsis = SYNOPSIS
man-description = DESCRIPTION
man-version = VERSION
man-authors = AUTHORS
man-extra = EXTRA

## zsh's title over a command's subcommands (src/cmd/completions.rs)
completions-group = { $command } commands

# 命令层：主程序的错误报告、帮助文本、汇总、进度。

error-line = 错误：{ $message }
# i18n 模块自身测试用：带英文复数的计数。
i18n-test-count = { $count } 行

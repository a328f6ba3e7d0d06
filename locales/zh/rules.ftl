# Issue 15: how a score in an assessment rules file is read (src/assess/score.rs);
# the rules' own validation is in assess.ftl.

rules-expect-score = 以字符串（如 "85.5"）或整数（如 80）写的数
rules-not-number = “{ $text }”不是数字
rules-float-score = 请把 { $value } 写成字符串（"{ $value }"）或整数：TOML 小数经过二进制浮点，而分数线须精确比较

# Issue 15: how a score in an assessment rules file is read (src/assess/score.rs);
# the rules' own validation is in assess.ftl.

rules-expect-score = a number as a string such as "85.5" or an integer such as 80
rules-not-number = '{ $text }' is not a number
rules-float-score = write { $value } as a string ("{ $value }") or an integer: a TOML float passes through binary floating point, and a threshold must compare exactly

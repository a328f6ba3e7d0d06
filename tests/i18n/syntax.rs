//! The TOML parser's and the template engine's own errors under zh: each kind
//! a user's file can cause is told in Chinese, at its line and column, the
//! file's names kept; under en the libraries' own words.

use super::common::{example, over, Workdir};
use super::errors::told_in_both;

/// Each case: a schedule file's text, the names of it a Chinese message may
/// hold, toml's English words, the Chinese the message must hold, its place.
#[test]
fn toml_syntax_errors_of_every_kind_are_told_in_chinese() {
    let wd = Workdir::new();
    let cases: &[(&str, &[&str], &str, &str, &str)] = &[
        (
            "[schedule]\ntitle = \"a\"\ntitle = \"b\"\n",
            &["title", "schedule"],
            "duplicate key `title`",
            "键“title”在表“schedule”中重复",
            "s.toml:3:1",
        ),
        (
            "[schedule]\ntitle = \"abc\n",
            &[],
            "invalid basic string",
            "字符串（双引号）写法有误",
            "s.toml:2:",
        ),
        (
            "[schedule]\ntitle = \"a\\qb\"\n",
            &[],
            "invalid escape sequence",
            "转义（反斜杠后的字符）写法有误（此处应为 `b`、`f`",
            "s.toml:2:",
        ),
        (
            "[schedule]\neffective = 2026-13-01\n",
            &[],
            "value is out of range",
            "日期时间写法有误：数值超出范围",
            "s.toml:2:",
        ),
        (
            "[schedule]\ntitle = \"a\" \"b\"\n",
            &[],
            "expected newline, `#`",
            "值后面还有内容",
            "s.toml:2:13",
        ),
        (
            "[[grade]]\npay = [\"1\", \"2\"\n",
            &[],
            "invalid array",
            "数组写法有误（此处应为 `]`）",
            "s.toml:",
        ),
        (
            "[rounding]\nscale = 99999999999999999999\n",
            &[],
            "number too large",
            "整数超出范围",
            "s.toml:2:9",
        ),
        (
            "[schedule\n",
            &[],
            "invalid table header",
            "表头写法有误（此处应为 `.`、`]`）",
            "s.toml:1:",
        ),
        (
            "[schedule]\ntitle = \"a\"\ntitle.x = 1\n",
            &["title"],
            "title",
            "title",
            "s.toml:3:",
        ),
        (
            "[schedule]\ntitle = {a = 1\n",
            &[],
            "invalid inline table",
            "内联表写法有误",
            "s.toml:2:",
        ),
        (
            "[rounding]\nscale = 1__2\n",
            &[],
            "invalid integer",
            "整数写法有误（此处应为 数字）",
            "s.toml:2:",
        ),
        (
            "[schedule]\ntitle = tru\n",
            &[],
            "invalid string",
            "字符串写法有误",
            "s.toml:2:",
        ),
    ];
    let roster = example("starter/roster.csv");
    for (text, names, english, chinese, place) in cases {
        let schedule = wd.write("s.toml", text);
        let args = over("compute", &schedule, &roster, &["-o", "pay.csv"]);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (zh, en) = told_in_both(&wd, &args, names, english);
        assert!(!zh.contains("TOML 错误"), "{text:?} not recognised:\n{zh}");
        assert!(zh.contains(chinese), "{text:?}:\n{zh}");
        assert!(
            zh.contains(place) && en.contains(place),
            "{text:?}:\n{zh}\n{en}"
        );
        assert!(!wd.path("pay.csv").exists(), "{text:?} wrote an output");
    }
}

/// The template errors an author can cause: each in Chinese with its names
/// (and, for a syntax error, the line, column and the line as written).
#[test]
fn template_errors_of_every_kind_are_told_in_chinese() {
    let wd = Workdir::new();
    let schedule = example("starter/schedule.toml");
    let cases: &[(&str, &[&str], &str, &str)] = &[
        (
            "{{ schedule.title | no_such_filter }}\n",
            &["no_such_filter"],
            "Filter 'no_such_filter' not found",
            "没有名为“no_such_filter”的过滤器",
        ),
        (
            "{{ no_such_fn() }}\n",
            &["no_such_fn"],
            "Function 'no_such_fn' not found",
            "没有名为“no_such_fn”的函数",
        ),
        (
            "{% if schedule is no_such_test %}x{% endif %}\n",
            &["no_such_test", "is"],
            "Test 'no_such_test' not found",
            "没有名为“no_such_test”的测试",
        ),
        (
            "text\n{{ schedule.title }\n",
            &["schedule", "title", "or", "and", "not"],
            "expected",
            "语法有误：{{ schedule.title }（此处应为",
        ),
        (
            "{% for %}\n",
            &["for"],
            "expected an identifier",
            "第 1 行第 8 列语法有误：{% for %}（此处应为名称（以 a-z 开头））",
        ),
        (
            "{# a comment\n",
            &["a", "comment"],
            "expected a comment end",
            "注释的结尾",
        ),
        (
            "{% include \"nothere.md\" %}\n",
            &["nothere", "md", "include"],
            "Template '[nothere.md]' not found",
            "找不到模板“nothere.md”",
        ),
        (
            "{% set n = 3 %}{% for i in n %}{% endfor %}\n",
            &["for"],
            "Tried to iterate",
            "“n”不是列表",
        ),
        (
            "{% block a %}{% endblock a %}{% block a %}{% endblock a %}\n",
            &[],
            "Block `a` is duplicated",
            "块“a”定义了两次",
        ),
    ];
    for (i, (text, names, english, chinese)) in cases.iter().enumerate() {
        let template = wd.write(&format!("t{i}.md"), text);
        let args = [
            "render",
            "--schedule",
            &schedule,
            "--document",
            "contract",
            "--template",
            &template,
            "-o",
            "out.md",
        ];
        let file = format!("t{i}");
        let mut allowed: Vec<&str> = names.to_vec();
        allowed.extend(["md", file.as_str()]);
        let (zh, _) = told_in_both(&wd, &args, &allowed, english);
        assert!(
            !zh.contains("模板引擎提示"),
            "{text:?} not recognised:\n{zh}"
        );
        assert!(zh.contains(chinese), "{text:?}:\n{zh}");
        assert!(!wd.path("out.md").exists(), "{text:?} wrote an output");
    }
}

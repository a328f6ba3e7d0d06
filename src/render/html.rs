//! HTML output: one self-contained file (inline CSS, no scripts, no network)
//! laid out for printing on A4, from a document's Markdown.

use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag, TagEnd};

use super::escape;
use super::html_table::push_table;
use super::style::Style;
use super::title_lines::balance_title;

/// The Markdown line a template writes where a printed page should end.
pub const PAGE_BREAK: &str = "<!-- pagebreak -->";

const STYLE: &str = r#"
@page { size: A4; margin: 25mm 22mm 22mm 22mm; }
html { background: #fff; }
body { margin: 0; color: #000; font-size: 12pt; line-height: 1.75;
  font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", "宋体", serif; }
article { max-width: 166mm; margin: 0 auto; }
@media screen {
  html { background: #e8e8e8; }
  article { background: #fff; padding: 25mm 22mm; margin: 8mm auto; max-width: 166mm;
    box-shadow: 0 1px 4px rgba(0,0,0,.25); }
}
h1, h2, h3 { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "SimHei", "黑体", sans-serif;
  font-weight: bold; page-break-after: avoid; break-after: avoid; }
h1 { font-size: 20pt; text-align: center; margin: 0 0 1.2em; letter-spacing: .05em; }
h2 { font-size: 14pt; text-align: center; margin: 1.4em 0 .6em; }
h3 { font-size: 12pt; margin: 1em 0 .4em; }
p { margin: .35em 0; text-align: justify; text-indent: 2em; }
li p, td p, th p, blockquote p { text-indent: 0; }
ul, ol { margin: .3em 0 .3em 2em; padding: 0; }
table { border-collapse: collapse; width: 100%; margin: .6em 0 .8em; font-size: 10.5pt; line-height: 1.5;
  page-break-inside: avoid; break-inside: avoid; }
th, td { border: 1px solid #000; padding: 3px 6px; overflow-wrap: anywhere; }
table.sized { table-layout: fixed; }
th { background: #efefef; font-weight: bold; text-align: center; }
table.long { page-break-inside: auto; break-inside: auto; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; break-inside: avoid; }
p:has(+ table) { page-break-after: avoid; break-after: avoid; }
blockquote { margin: 0 0 1em; padding: .4em 1em; border: 2px solid #a00; color: #a00; }
.page-break { page-break-after: always; break-after: page; height: 0; margin: 0; }
.compact { font-size: 10pt; line-height: 1.4; }
.compact h1 { font-size: 16pt; margin-bottom: .4em; }
.compact p { margin: .1em 0; }
.compact table { font-size: 8.5pt; line-height: 1.25; margin: .2em 0 .3em; page-break-inside: auto; break-inside: auto; }
.compact th, .compact td { padding: 0 3px; }
.signoff p { text-align: right; text-indent: 0; margin: 0; }
.signatures table, .signatures th, .signatures td { border: none; background: none; }
.signatures td, .signatures th { padding: 10px 6px; text-align: left; width: 50%; }
"#;

/// Writes the Markdown as a complete HTML page.
pub fn to_html(markdown: &str, title: &str, style: Style) -> String {
    let events: Vec<Event> = Parser::new_ext(markdown, Options::ENABLE_TABLES)
        .map(|event| match event {
            Event::Html(ref raw) | Event::InlineHtml(ref raw) if raw.trim() == PAGE_BREAK => {
                Event::Html(CowStr::Borrowed("<div class=\"page-break\"></div>\n"))
            }
            other => other,
        })
        .collect();
    let events = balance_title(events, style.title_units());
    // A compact document (the one-page notice) gets narrower page margins.
    let page = if markdown.contains("<div class=\"compact\">") && style == Style::Standard {
        "@page { size: A4; margin: 15mm 18mm; }\n"
    } else {
        ""
    };
    let mut body = String::with_capacity(markdown.len() * 2);
    // Tables are written apart, with their columns sized by their text.
    let mut run: Vec<Event> = Vec::new();
    let mut table: Option<Vec<Event>> = None;
    for e in events {
        match (&mut table, e) {
            (None, e @ Event::Start(Tag::Table(_))) => {
                html::push_html(&mut body, run.drain(..));
                table = Some(vec![e]);
            }
            (Some(t), e @ Event::End(TagEnd::Table)) => {
                t.push(e);
                push_table(&mut body, std::mem::take(t));
                table = None;
            }
            (Some(t), e) => t.push(e),
            (None, e) => run.push(e),
        }
    }
    html::push_html(&mut body, run.into_iter());
    format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}{page}{}</style>\n</head>\n<body>\n<article>\n{body}</article>\n</body>\n</html>\n",
        escape::xml(title),
        style.css()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaped_markdown_stays_text_in_html() {
        let md = format!(
            "# {}\n\n| a |\n|---|\n| {} |\n",
            escape::markdown("<b>x</b>"),
            escape::markdown("<script>| x |")
        );
        let page = to_html(&md, "<title>", Style::Standard);
        assert!(page.contains("<h1>&lt;b&gt;x&lt;/b&gt;</h1>"), "{page}");
        assert!(page.contains("<td>&lt;script&gt;| x |</td>"), "{page}");
        assert!(!page.contains("<script"), "{page}");
        assert!(page.contains("<title>&lt;title&gt;</title>"));
    }

    #[test]
    fn page_breaks_and_no_network() {
        let page = to_html(&format!("a\n\n{PAGE_BREAK}\n\nb\n"), "t", Style::Standard);
        assert!(page.contains("<div class=\"page-break\"></div>"), "{page}");
        assert!(!page.contains("http"), "a page must not load anything");
        assert!(page.contains("size: A4"));
    }
}

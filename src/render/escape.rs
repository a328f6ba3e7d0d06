//! Escaping of input text for each output format, so that a name such as
//! `<script>` or `| x |` is printed as it is and never becomes markup.
//!
//! Templates produce Markdown, in which every value from the context is escaped
//! with [`markdown`] (tera's autoescape). The Markdown is then turned into HTML
//! (text escaped by the HTML writer) or into Word XML (text escaped by [`xml`]).

/// Escapes text for Markdown (CommonMark with GFM tables): characters that could
/// start markup are backslash-escaped, which CommonMark allows for any ASCII
/// punctuation; a line break becomes a space so a table row stays one line.
pub fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut at_start = true;
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '&' | '~' | '!' | '{'
            | '}' | '$' | '^' => {
                out.push('\\');
                out.push(ch);
            }
            // A list marker or a heading underline only counts at the start of a line.
            '-' | '+' | '=' if at_start => {
                out.push('\\');
                out.push(ch);
            }
            '\r' => {}
            '\n' | '\t' => out.push(' '),
            _ => out.push(ch),
        }
        // "1. x" at the start of a line would be a numbered list: escape its dot
        // (a list marker is followed by a space or the end of the line).
        if at_start && ch.is_ascii_digit() {
            while let Some(d) = chars.peek().copied().filter(char::is_ascii_digit) {
                out.push(d);
                chars.next();
            }
            if let Some(&mark @ ('.' | ')')) = chars.peek() {
                chars.next();
                if chars.peek().is_none_or(|c| c.is_whitespace()) {
                    out.push('\\');
                }
                out.push(mark);
            }
        }
        at_start = false;
    }
    out
}

/// Escapes text for XML character data and attribute values.
pub fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 does not allow at all are dropped.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_neutralises_markup() {
        assert_eq!(markdown("<script>"), "\\<script\\>");
        assert_eq!(markdown("| x |"), "\\| x \\|");
        assert_eq!(markdown("**a**"), "\\*\\*a\\*\\*");
        assert_eq!(markdown("a\nb"), "a b");
        assert_eq!(markdown("- item"), "\\- item");
        assert_eq!(markdown("1. x"), "1\\. x");
        assert_eq!(markdown("2024) x"), "2024\\) x");
        assert_eq!(markdown("&lt;"), "\\&lt;");
    }

    #[test]
    fn markdown_leaves_plain_text_and_figures_alone() {
        assert_eq!(markdown("示例机械有限公司"), "示例机械有限公司");
        assert_eq!(markdown("2,490.00"), "2,490.00");
        assert_eq!(markdown("a-b 1.5"), "a-b 1.5");
        assert_eq!(markdown("2490.00"), "2490.00");
        assert_eq!(markdown("1."), "1\\.");
        assert_eq!(markdown("150%"), "150%");
    }

    #[test]
    fn xml_escapes_the_five() {
        assert_eq!(
            xml("<a & 'b' \"c\">"),
            "&lt;a &amp; &apos;b&apos; &quot;c&quot;&gt;"
        );
        assert_eq!(xml("x\u{1}y"), "xy");
    }
}

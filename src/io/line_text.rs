//! One line of text: a cell that names something (an id, a name, an
//! enterprise) may not hold a NUL or a line break. A quoted cell run over
//! several lines or a binary export would otherwise make two workers look the
//! same, or split a document's line. Every table reader asks here, so the
//! rule and its message are one.

use crate::t;

/// Whether `text` holds a control character other than a tab.
pub fn has_control(text: &str) -> bool {
    // One pass over the bytes: in UTF-8 the byte 0x7F is only ever U+007F
    // itself, as every byte below 0x20 is only ever its own character. Sixteen
    // bytes at a time without a branch each, which the compiler turns into
    // vector compares: the batch asks this of every row's whole text.
    let control = |b: u8| (b < 0x20 && b != b'\t') | (b == 0x7f);
    let mut blocks = text.as_bytes().chunks_exact(16);
    for block in &mut blocks {
        if block.iter().fold(false, |seen, &b| seen | control(b)) {
            return true;
        }
    }
    blocks.remainder().iter().any(|&b| control(b))
}

/// The message and hint (starting with `; `) for a cell of `field` (its name,
/// such as `employee_id`) holding a control character, or `None` when the
/// text is one clean line.
pub fn control_problem(field: &str, text: &str) -> Option<(String, String)> {
    if !has_control(text) {
        return None;
    }
    let shown: String = text.escape_debug().take(40).collect();
    Some((
        t!("table-control-character", field = field, value = shown),
        crate::i18n::hint(t!("table-control-character-hint")),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nul_or_line_break_is_named_and_a_tab_passes() {
        let (message, hint) = control_problem("employee_id", "E\u{0}1").unwrap();
        assert_eq!(
            message,
            "employee_id \"E\\01\" holds a control character (a line break or NUL)"
        );
        assert!(hint.starts_with("; write it on one line"), "{hint}");
        assert!(control_problem("name", "a\nb").is_some());
        assert!(control_problem("name", "a\rb").is_some());
        assert!(control_problem("name", "张\t三").is_none());
        assert!(control_problem("name", "张三").is_none());
    }

    proptest::proptest! {
        /// The block scan finds a control character wherever it is, as a
        /// scan byte by byte does.
        #[test]
        fn the_block_scan_reads_as_a_byte_scan(text in "[a-z\\t\\n\\r\\x00\\x7f张 ]{0,80}") {
            let bytewise = text.bytes().any(|b| (b < 0x20 && b != b'\t') || b == 0x7f);
            proptest::prop_assert_eq!(has_control(&text), bytewise);
        }
    }
}

//! `Style`: how a document's page looks. `standard` is nengji's own A4 layout;
//! `official` follows GB/T 9704-2012 (党政机关公文格式) as agencies and
//! federations expect of a filed text: 三号 (16 pt) 仿宋 body, a 二号 (22 pt)
//! 小标宋 title, A4 with a 156 x 225 mm type area (上白边 37 mm, 左白边 28 mm),
//! 22 lines of 28 characters, and the page number "— 1 —" in 4号 宋体.
//! Fonts fall back to what Windows (FangSong, SimSun, SimHei) and Linux
//! (Noto CJK) have.

/// `--style`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Style {
    /// nengji's A4 layout: 12 pt 宋体 body, 黑体 headings.
    #[default]
    Standard,
    /// GB/T 9704: 三号仿宋 body, 二号小标宋 title, 22 lines x 28 characters.
    Official,
}

/// GB/T 9704 7.1: 225 mm of type area over 22 lines, in twentieths of a
/// point: 12,756 / 22 = 579.8, taken down to 579 so that Word and LibreOffice,
/// which fit whole pitches into the area, lay out all 22 lines (580 gives 21).
pub(super) const OFFICIAL_LINE: u32 = 579;

/// GB/T 9704 7.1: 28 characters of 三号 (16 pt, 320 twentieths) to a line of
/// 156 mm (8,845 twentieths). 28 x 320 = 8,960 is too wide, so each character
/// is drawn 0.25 pt (5 twentieths) closer: 28 x 315 = 8,820 fits and 29 does
/// not. This is run spacing (`w:spacing`), not a character grid's negative
/// `w:charSpace`: LibreOffice gives every character two cells of a grid
/// narrower than the type (14 characters a line, 16 pages for 11), while
/// condensed spacing lays out 28 a line in Word and LibreOffice alike.
///
/// The DOCX page grid: 22 lines of [`OFFICIAL_LINE`]; the styles condense
/// the characters by 5 twentieths of a point.
pub(super) fn official_grid() -> String {
    format!("<w:docGrid w:type=\"lines\" w:linePitch=\"{OFFICIAL_LINE}\"/>")
}

/// The page's margins in twentieths of a point: top, right, bottom, left.
pub(super) const OFFICIAL_MARGINS: [u32; 4] = [2098, 1474, 1984, 1587];

impl Style {
    /// CSS added after the standard sheet.
    pub(super) fn css(self) -> &'static str {
        match self {
            Style::Standard => "",
            Style::Official => OFFICIAL_CSS,
        }
    }

    /// A title line's width in half-ems: 166 mm of 20 pt spaced .05 em, or
    /// GB/T 9704's 156 mm of 22 pt.
    pub(super) fn title_units(self) -> usize {
        match self {
            Style::Standard => 44,
            Style::Official => 40,
        }
    }
}

const OFFICIAL_CSS: &str = r#"
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
body { font-size: 16pt; line-height: 28.98pt;
  font-family: "FangSong", "仿宋", "FangSong_GB2312", "仿宋_GB2312", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", serif; }
article { max-width: 156mm; }
@media screen { article { padding: 37mm 26mm 35mm 28mm; max-width: 156mm; } }
h1 { font-size: 22pt; line-height: 1.45; letter-spacing: 0; font-weight: normal; margin: 0 0 28.98pt;
  font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "方正小标宋_GBK", "STZhongsong", "SimSun", "宋体", "Noto Serif CJK SC", serif; }
h2, h3 { font-size: 16pt; font-weight: normal; margin: 0; line-height: 28.98pt;
  font-family: "SimHei", "黑体", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; }
p { margin: 0; }
table { font-size: 12pt; line-height: 1.5; }
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_holds_22_lines_of_28_characters() {
        // 22 pitches fit the 225 mm (12,756) between 37 mm and 35 mm margins,
        // and 23 do not.
        let [top, right, bottom, left] = OFFICIAL_MARGINS;
        let area = 16838 - top - bottom;
        assert_eq!(area / OFFICIAL_LINE, 22);
        // 28 condensed characters of 16 pt fit the 156 mm, and 29 do not.
        let width = i32::try_from(11906 - left - right).unwrap();
        let pitch = 320 - 5;
        assert!(crate::render::docx_parts::OFFICIAL_STYLES
            .contains("<w:spacing w:val=\"-5\"/><w:sz w:val=\"32\"/>"));
        assert_eq!(width / pitch, 28);
        assert!(
            official_grid().contains("w:linePitch=\"579\""),
            "{}",
            official_grid()
        );
    }
}

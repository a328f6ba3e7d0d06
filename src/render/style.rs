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

/// Characters a line holds (GB/T 9704 7.1) and their size, 三号 = 16 pt.
const OFFICIAL_CHARS: i64 = 28;
const OFFICIAL_PT: i64 = 16;

/// The DOCX page grid of GB/T 9704: 22 lines of 28 characters. Word spaces the
/// characters by `w:charSpace`, the difference between the pitch and the
/// font's size in 4096ths of a point: for 156 mm (8,845 twentieths) over 28
/// characters of 16 pt it is 8,845 / 28 / 20 - 16 = -0.2054 pt, so -841.
pub(super) fn official_grid(text_width: u32) -> String {
    let width = i64::from(text_width);
    let per = 20 * OFFICIAL_CHARS;
    let scaled = width * 4096 - OFFICIAL_PT * 4096 * per;
    // Round half away from zero, in whole numbers.
    let char_space = (2 * scaled + scaled.signum() * per) / (2 * per);
    format!(
        "<w:docGrid w:type=\"linesAndChars\" w:linePitch=\"{OFFICIAL_LINE}\" w:charSpace=\"{char_space}\"/>"
    )
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
    fn the_grid_holds_22_lines_of_28_characters() {
        // A4 less GB/T 9704's 28 mm and 26 mm side margins.
        let grid = official_grid(11906 - 1587 - 1474);
        assert_eq!(
            grid,
            "<w:docGrid w:type=\"linesAndChars\" w:linePitch=\"579\" w:charSpace=\"-841\"/>"
        );
        // 22 pitches fit the 225 mm (12,756) between 37 mm and 35 mm margins.
        let [top, _, bottom, _] = OFFICIAL_MARGINS;
        let area = 16838 - top - bottom;
        assert_eq!(area / OFFICIAL_LINE, 22);
        // A line of exactly 28 x 16 pt needs no spacing.
        assert!(official_grid(28 * 320).contains("w:charSpace=\"0\""));
    }
}

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

/// GB/T 9704 7.1: 225 mm of type area over 22 lines: 28.98 pt a line, in
/// twentieths of a point.
pub(super) const OFFICIAL_LINE: u32 = 580;

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
h1 { font-size: 22pt; line-height: 1.45; letter-spacing: 0; font-weight: bold; margin: 0 0 28.98pt;
  font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "方正小标宋_GBK", "STZhongsong", "SimSun", "宋体", "Noto Serif CJK SC", serif; }
h2, h3 { font-size: 16pt; font-weight: normal; margin: 0; line-height: 28.98pt;
  font-family: "SimHei", "黑体", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; }
p { margin: 0; }
table { font-size: 12pt; line-height: 1.5; }
"#;

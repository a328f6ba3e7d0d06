//! The printed pages: what the HTML and DOCX say about their layout (column
//! widths, title lines, page numbers, the signature page), checked on the text
//! the layout comes from. The pictures of the pages are held by
//! tests/render_visual.rs.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;

use common::{example, Workdir};

fn render(wd: &Workdir, name: &str, document: &str, out: &str) -> String {
    wd.run_over(
        "render",
        &example(&format!("{name}/schedule.toml")),
        &example(&format!("{name}/roster.csv")),
        &["--document", document, "-o", out],
    );
    if out.ends_with(".docx") {
        String::new() // a zip: read its parts with common::docx_part
    } else {
        wd.read(out)
    }
}

/// The widths of each sized table's columns, in percent.
fn column_widths(html: &str) -> Vec<Vec<f64>> {
    html.split("<colgroup>")
        .skip(1)
        .map(|t| {
            let group = &t[..t.find("</colgroup>").unwrap()];
            group
                .split("width:")
                .skip(1)
                .map(|w| w[..w.find('%').unwrap()].parse().unwrap())
                .collect()
        })
        .collect()
}

/// The offer's allowance table gave 类别 and 条款 one character a line
/// ("技/术/技/能", "第/十/一/条"): now each column is as wide as its text
/// needs, and only the standards column wraps.
#[test]
fn the_offers_short_columns_do_not_stack_one_character_a_line() {
    let wd = Workdir::new();
    let html = render(&wd, "courier", "offer", "offer.html");
    let allowances = column_widths(&html)
        .into_iter()
        .find(|w| w.len() == 4 && w[2] > 40.0)
        .unwrap_or_else(|| panic!("no allowance table:\n{html}"));
    // 技术技能津补贴 (7 characters) and 第十一条 (4) on one line each.
    assert!(allowances[1] >= 7.0 * 2.0 / 89.6 * 100.0, "{allowances:?}");
    assert!(allowances[3] >= 4.0 * 2.0 / 89.6 * 100.0, "{allowances:?}");
    let sum: f64 = allowances.iter().sum();
    assert!(sum <= 100.0, "wider than the page: {sum}");
    assert!(html.contains("table.sized { table-layout: fixed; }"));
}

/// "金华市八婺速递服务有限公司能级工资专项集体合同" is too long for one line at
/// 20 pt: it breaks before 能级, not before a lone 同.
#[test]
fn a_long_title_breaks_before_the_document_name() {
    let wd = Workdir::new();
    let html = render(&wd, "courier", "contract", "contract.html");
    assert!(
        html.contains("<h1>金华市八婺速递服务有限公司<br />\n能级工资专项集体合同</h1>"),
        "{html}"
    );
    let html = render(&wd, "pump", "industry-agreement", "agreement.html");
    assert!(html.contains("<h1>温岭市泵与电机行业能级工资集体协议</h1>"));
}

/// Every DOCX numbers its pages (a footer with a PAGE field, "— 1 —"), the
/// signature page says （此页无正文）, and the seal lines have a row of their
/// own in equal columns, so 乙方's long name cannot push its （盖章） out of line.
#[test]
fn docx_pages_are_numbered_and_the_signature_page_is_marked() {
    let wd = Workdir::new();
    render(&wd, "courier", "contract", "contract.docx");
    let path = wd.path("contract.docx");
    let footer = common::docx_part(&path, "word/footer1.xml");
    assert!(footer.contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"));
    assert!(footer.contains("— "), "{footer}");
    let types = common::docx_part(&path, "[Content_Types].xml");
    assert!(types.contains("/word/footer1.xml"));
    let rels = common::docx_part(&path, "word/_rels/document.xml.rels");
    assert!(rels.contains("Id=\"rId2\"") && rels.contains("footer1.xml"));
    let doc = common::docx_part(&path, "word/document.xml");
    assert!(doc.contains("<w:footerReference w:type=\"default\" r:id=\"rId2\"/>"));
    let text = common::docx_text(&doc);
    let page = &text[text.rfind("（此页无正文）").expect("no （此页无正文）")..];
    assert!(page.contains("甲方：金华市八婺速递服务有限公司"), "{page}");
    assert!(!text.contains("公司（盖章）") && !text.contains("委员会（盖章）"));
    let signatures = &doc[doc.rfind("<w:tbl>").unwrap()..];
    let grid: Vec<&str> = signatures
        .match_indices("<w:gridCol w:w=\"")
        .map(|(i, _)| &signatures[i + 16..i + 16 + signatures[i + 16..].find('"').unwrap()])
        .collect();
    assert_eq!(grid.len(), 2);
    assert_eq!(grid[0], grid[1], "the parties' columns are equal halves");
    let markdown = render(&wd, "courier", "contract", "contract.md");
    assert!(markdown.contains("<!-- pagebreak -->\n\n（此页无正文）\n"));
}

/// `--style official` (GB/T 9704): 三号 (16 pt) 仿宋 body with fallbacks on
/// Windows and Linux, a 二号 (22 pt) title, the standard margins and 22 lines
/// a page, in HTML and in DOCX (East Asian fonts through w:eastAsia).
#[test]
fn the_official_style_follows_gb_t_9704() {
    let wd = Workdir::new();
    let args = |out: &str| {
        vec![
            "render".to_string(),
            "--schedule".into(),
            example("courier/schedule.toml"),
            "--document".into(),
            "contract".into(),
            "--style".into(),
            "official".into(),
            "-o".into(),
            out.into(),
        ]
    };
    let run = |out: &str| {
        let a = args(out);
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        wd.run(&a).success();
    };
    run("o.html");
    let html = wd.read("o.html");
    assert!(html.contains("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }"));
    assert!(html.contains("font-size: 16pt; line-height: 28.98pt;"));
    assert!(html.contains("\"FangSong\", \"仿宋\""));
    assert!(html.contains("\"Noto Serif CJK SC\""), "a Linux fallback");
    assert!(html.contains("h1 { font-size: 22pt;"));
    assert!(html.contains("方正小标宋简体"));
    // 22 pt on 156 mm holds 20 characters: the title breaks before 能级.
    assert!(html.contains("<h1>金华市八婺速递服务有限公司<br />"));
    run("o.docx");
    let path = wd.path("o.docx");
    let styles = common::docx_part(&path, "word/styles.xml");
    assert!(styles.contains("w:eastAsia=\"FangSong\""), "{styles}");
    assert!(styles.contains("<w:sz w:val=\"32\"/>"), "三号 body");
    assert!(styles.contains("<w:sz w:val=\"44\"/>"), "二号 title");
    let doc = common::docx_part(&path, "word/document.xml");
    assert!(doc.contains("w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1587\""));
    // 22 lines of 28 characters: 579 twentieths of a point a line (22 of them
    // fit the 225 mm), the characters condensed by 0.25 pt so 28 fit 156 mm.
    assert!(
        doc.contains("<w:docGrid w:type=\"lines\" w:linePitch=\"579\"/>"),
        "{doc}"
    );
    assert!(
        styles.contains("<w:spacing w:val=\"-5\"/><w:sz w:val=\"32\"/>"),
        "{styles}"
    );
    // The title in 小标宋, and where it is missing what Word and LibreOffice
    // put instead, named in the font table the document links to.
    assert!(
        styles.contains("w:eastAsia=\"方正小标宋简体\"/><w:sz w:val=\"44\"/>"),
        "{styles}"
    );
    let fonts = common::docx_part(&path, "word/fontTable.xml");
    assert!(
        fonts.contains("<w:font w:name=\"方正小标宋简体\"><w:altName w:val=\"FZXiaoBiaoSong-B05S\"/><w:panose1 w:val=\"02010600030101010101\"/><w:charset w:val=\"86\"/>"),
        "{fonts}"
    );
    assert!(fonts.contains("<w:font w:name=\"SimSun\"><w:altName w:val=\"宋体\"/><w:panose1 w:val=\"02010600030101010101\"/>"));
    assert!(fonts.contains("<w:font w:name=\"FangSong\"><w:altName w:val=\"仿宋_GB2312\"/>"));
    let rels = common::docx_part(&path, "word/_rels/document.xml.rels");
    assert!(rels.contains("Target=\"fontTable.xml\""), "{rels}");
    let types = common::docx_part(&path, "[Content_Types].xml");
    assert!(types.contains("/word/fontTable.xml"), "{types}");
    // The default is unchanged.
    render(&wd, "courier", "contract", "s.docx");
    let styles = common::docx_part(&wd.path("s.docx"), "word/styles.xml");
    assert!(styles.contains("w:eastAsia=\"SimSun\"") && !styles.contains("FangSong"));
}

//! The unit tests of `sheet_reader.rs`, moved beside it to keep that file about one concept.

use super::*;
use crate::io::{CellProblem, TooLarge};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use std::io::{Read, Write};
use std::str::FromStr;

/// A workbook as an HR office makes one: a title row merged across, the
/// header, then rows with numbers, a date cell and a text date.
fn roster_xlsx(second_gross: f64) -> Vec<u8> {
    let mut book = Workbook::new();
    let other = book.add_worksheet();
    other.set_name("说明").unwrap();
    other.write_string(0, 0, "填表说明").unwrap();
    let sheet = book.add_worksheet();
    sheet.set_name("花名册").unwrap();
    sheet
        .merge_range(0, 0, 0, 3, "东海泵业2026年1月花名册", &Format::new())
        .unwrap();
    for (c, h) in ["工号", "姓名", "应发", "入职日期"].iter().enumerate() {
        sheet
            .write_string(1, u16::try_from(c).unwrap(), *h)
            .unwrap();
    }
    let date = Format::new().set_num_format("yyyy-mm-dd");
    sheet.write_string(2, 0, "DH001").unwrap();
    sheet.write_string(2, 1, "毛超俊").unwrap();
    sheet.write_number(2, 2, 2490.0).unwrap();
    let hired = ExcelDateTime::from_ymd(2015, 6, 16).unwrap();
    sheet
        .write_datetime_with_format(2, 3, &hired, &date)
        .unwrap();
    sheet.write_number(3, 0, 1002.0).unwrap();
    sheet.write_number(3, 2, second_gross).unwrap();
    sheet.write_string(3, 3, "2018/3/16").unwrap();
    book.save_to_buffer().unwrap()
}

fn all_rows(reader: &mut SheetReader) -> Vec<Result<(u64, Vec<String>), SheetError>> {
    let mut out = Vec::new();
    let mut record = ByteRecord::new();
    loop {
        match reader.read(&mut record) {
            Ok(false) => return out,
            Ok(true) => out.push(Ok((
                record.position().map_or(0, csv::Position::line),
                record
                    .iter()
                    .map(|f| String::from_utf8_lossy(f).into_owned())
                    .collect(),
            ))),
            Err(e) => out.push(Err(e)),
        }
    }
}

#[test]
fn a_sheet_reads_as_csv_would_past_its_title_row() {
    let bytes = roster_xlsx(2490.1);
    assert_eq!(SheetKind::sniff(&bytes), Some(SheetKind::Xlsx));
    let choice = SheetChoice::from_str("花名册").unwrap();
    let mut reader = SheetReader::open(bytes.clone(), SheetKind::Xlsx, &choice).unwrap();
    assert_eq!((reader.sheet(), reader.header_line()), ("花名册", 2));
    let rows = all_rows(&mut reader);
    let want: Vec<Result<(u64, Vec<String>), SheetError>> = vec![
        Ok((
            2,
            vec![
                "工号".into(),
                "姓名".into(),
                "应发".into(),
                "入职日期".into(),
            ],
        )),
        Ok((
            3,
            vec![
                "DH001".into(),
                "毛超俊".into(),
                "2490".into(),
                "2015-06-16".into(),
            ],
        )),
        Ok((
            4,
            vec![
                "1002".into(),
                String::new(),
                "2490.1".into(),
                "2018/3/16".into(),
            ],
        )),
    ];
    assert_eq!(rows, want);
    // By number, the same sheet; the first by default is the other one.
    let second =
        SheetReader::open(bytes.clone(), SheetKind::Xlsx, &SheetChoice::Number(2)).unwrap();
    assert_eq!(second.sheet(), "花名册");
    let first = SheetReader::open(bytes, SheetKind::Xlsx, &SheetChoice::First).unwrap();
    assert_eq!(first.sheet(), "说明");
}

#[test]
fn an_unknown_sheet_is_refused_naming_the_sheets() {
    let e = SheetReader::open(
        roster_xlsx(1.0),
        SheetKind::Xlsx,
        &SheetChoice::Named("工资".into()),
    )
    .unwrap_err();
    assert_eq!(
        e.problem,
        SheetProblem::NoSuchSheet(Box::new(MissingSheet {
            asked: "工资".into(),
            sheets: vec!["说明".into(), "花名册".into()],
            flag: "--sheet",
        }))
    );
}

#[test]
fn a_binary_remainder_is_refused_at_its_cell_and_the_rest_read_on() {
    let mut reader = SheetReader::open(
        roster_xlsx(0.300_000_000_000_000_04),
        SheetKind::Xlsx,
        &SheetChoice::Named("花名册".into()),
    )
    .unwrap();
    let rows = all_rows(&mut reader);
    assert_eq!(rows.len(), 3);
    let e = rows[2].clone().unwrap_err();
    assert_eq!(
        (e.sheet.as_deref(), e.row, e.column),
        (Some("花名册"), 4, Some(3))
    );
    assert!(matches!(
        e.problem,
        SheetProblem::Cell(CellProblem::TooManyDigits { .. })
    ));
}

/// The workbook with its sheet's declared dimension replaced.
fn with_dimension(bytes: &[u8], dimension: &str) -> Vec<u8> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let name = entry.name().to_string();
        let mut text = Vec::new();
        entry.read_to_end(&mut text).unwrap();
        if name.starts_with("xl/worksheets/") {
            let xml = String::from_utf8(text).unwrap();
            let start = xml.find("<dimension ref=\"").unwrap() + 16;
            let end = start + xml[start..].find('"').unwrap();
            text = format!("{}{dimension}{}", &xml[..start], &xml[end..]).into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&text).unwrap();
    }
    out.finish().unwrap().into_inner()
}

#[test]
fn an_absurd_declared_size_is_refused_before_any_cell_is_read() {
    let bomb = with_dimension(&roster_xlsx(1.0), "A1:XFD1048576");
    assert!(bomb.len() < 20_000);
    let e = SheetReader::open(bomb, SheetKind::Xlsx, &SheetChoice::Number(2)).unwrap_err();
    assert_eq!(
        e.problem,
        SheetProblem::TooLarge(TooLarge::Cells {
            what: "A1:XFD1048576".into(),
            cells: 1_048_576 * 16_384
        })
    );
}

#[test]
fn sheet_choices_and_column_letters() {
    assert_eq!(SheetChoice::from_str("3"), Ok(SheetChoice::Number(3)));
    assert_eq!(
        SheetChoice::from_str("花名册"),
        Ok(SheetChoice::Named("花名册".into()))
    );
    assert!(SheetChoice::from_str("0").is_err());
    assert_eq!(
        [
            letters(0),
            letters(6),
            letters(25),
            letters(26),
            letters(16_383)
        ],
        ["A", "G", "Z", "AA", "XFD"]
    );
}

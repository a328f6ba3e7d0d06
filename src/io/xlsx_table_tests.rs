//! The unit tests of `xlsx_table.rs`, moved beside it to keep that file about one concept.

use super::*;
use crate::io::workbook_cells::workbook_cells;
use calamine::Data;
use std::str::FromStr;

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

#[test]
fn amounts_become_the_double_that_shows_them() {
    for text in [
        "2490.00",
        "0.10",
        "0.30",
        "-12.34",
        "999999999999.99",
        "1000000000000",
    ] {
        let float = money_to_f64(dec(text)).unwrap();
        assert_eq!(dec(&format!("{float}")), dec(text), "{text}");
    }
    // 0.1 + 0.2 is not 0.3 in binary, but 0.3 itself is written as the double
    // whose shortest form is 0.3.
    assert_eq!(
        money_to_f64(dec("0.3")).map(|f| f.to_string()),
        Some("0.3".into())
    );
    // Seventeen significant digits and more do not survive a double.
    assert_eq!(money_to_f64(dec("12345678901234567.89")), None);
    assert_eq!(money_to_f64(dec("0.1000000000000000055511151231")), None);
}

#[test]
fn a_long_table_continues_on_sheets_each_with_its_header() -> Result<(), XlsxTableError> {
    let columns = vec![
        Column::new("工号", Kind::Text),
        Column::new("应发工资", Kind::Money),
    ];
    let mut t = XlsxTable::with_rows_per_sheet("工资表", columns, 3)?;
    for i in 0..5 {
        let id = format!("E{i}");
        t.row(&[Cell::Text(&id), Cell::Money(Money::new(dec("2490.10")))])?;
    }
    t.total(&[Cell::Text("合计"), Cell::Money(Money::new(dec("12450.50")))])?;
    t.add_table("按能级", vec![Column::new("人数", Kind::Integer)])?;
    t.row(&[Cell::Integer(5)])?;
    let (bytes, summary) = t.finish()?;
    assert_eq!(summary.rows, 5);
    assert_eq!(summary.sheets, 3);
    assert!(summary.continuation_note().is_some());
    let sheets = workbook_cells(bytes);
    let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        ["工资表 1／3", "工资表 2／3", "工资表 3／3", "按能级"]
    );
    for (_, rows) in &sheets[..3] {
        assert_eq!(
            rows[0],
            [Data::String("工号".into()), Data::String("应发工资".into())]
        );
    }
    assert_eq!(sheets[0].1[1][1], Data::Float(2490.1));
    assert_eq!(
        sheets[2].1[1],
        [Data::String("E4".into()), Data::Float(2490.1)]
    );
    assert_eq!(
        sheets[2].1[2],
        [Data::String("合计".into()), Data::Float(12450.5)]
    );
    assert_eq!(sheets[3].1[1], [Data::Float(5.0)]);
    Ok(())
}

#[test]
fn an_amount_a_double_cannot_hold_is_refused() -> Result<(), XlsxTableError> {
    let mut t = XlsxTable::new("表", vec![Column::new("金额", Kind::Money)])?;
    let huge = Money::new(dec("12345678901234567.89"));
    assert!(matches!(
        t.row(&[Cell::Money(huge)]),
        Err(XlsxTableError::NotExact(_))
    ));
    Ok(())
}

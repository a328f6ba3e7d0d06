//! A CSV table as a workbook: the one path by which every small table nengji
//! writes as CSV (findings, comparisons, assessments) is also written as .xlsx.
//! The CSV's own header row is replaced by the Chinese column names; each field
//! becomes a cell of its column's kind, read back from the exact text the CSV
//! writer made (amounts are `Money`'s plain decimal, so nothing is lost).

use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::io::{Cell, Column, Kind, XlsxSummary, XlsxTable, XlsxTableError};
use crate::Money;

/// The workbook of a CSV table: `columns` name and type its fields in order
/// (fields past them are written as text under their CSV header).
pub fn csv_to_xlsx(
    csv: &[u8],
    sheet: &str,
    columns: Vec<Column>,
) -> Result<Vec<u8>, XlsxTableError> {
    Ok(csv_to_xlsx_totalled(csv, sheet, |_| (columns, Vec::new()))?.0)
}

/// As [`csv_to_xlsx`], from any reader of UTF-8 CSV (a staged table of a
/// million rows is read row by row). `plan` gets the CSV's header and gives
/// the columns and the columns a bold 合计 row after the rows sums (amounts
/// exactly, as `Money`; whole numbers as such); no row when none. Returns what
/// became of the table (its sheets, for a continuation note).
pub fn csv_to_xlsx_totalled<R: std::io::Read>(
    csv: R,
    sheet: &str,
    plan: impl FnOnce(&csv::StringRecord) -> (Vec<Column>, Vec<usize>),
) -> Result<(Vec<u8>, XlsxSummary), XlsxTableError> {
    csv_to_xlsx_then(csv, sheet, plan, |_| Ok(()))
}

/// As [`csv_to_xlsx_totalled`], then `more` adds further tables on sheets of
/// their own (a summary after the rows).
pub fn csv_to_xlsx_then<R: std::io::Read>(
    csv: R,
    sheet: &str,
    plan: impl FnOnce(&csv::StringRecord) -> (Vec<Column>, Vec<usize>),
    more: impl FnOnce(&mut XlsxTable) -> Result<(), XlsxTableError>,
) -> Result<(Vec<u8>, XlsxSummary), XlsxTableError> {
    let mut bytes = Vec::new();
    let summary = csv_to_xlsx_into(csv, sheet, plan, more, &mut bytes)?;
    Ok((bytes, summary))
}

/// As [`csv_to_xlsx_then`], the workbook written to `out` as it is zipped (a
/// table of millions of rows is never in memory whole, as CSV or as workbook).
pub fn csv_to_xlsx_into<R: std::io::Read, W: std::io::Write + Send>(
    csv: R,
    sheet: &str,
    plan: impl FnOnce(&csv::StringRecord) -> (Vec<Column>, Vec<usize>),
    more: impl FnOnce(&mut XlsxTable) -> Result<(), XlsxTableError>,
    out: W,
) -> Result<XlsxSummary, XlsxTableError> {
    let bad = |e: csv::Error| XlsxTableError::Xlsx(std::io::Error::other(e).into());
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(csv);
    let headers = reader.headers().map_err(bad)?.clone();
    let (mut columns, summed) = plan(&headers);
    for extra in headers.iter().skip(columns.len()) {
        columns.push(Column::new(extra, Kind::Text));
    }
    let kinds: Vec<Kind> = columns.iter().map(|c| c.kind).collect();
    let mut table = XlsxTable::new(sheet, columns)?;
    let mut sums: Vec<(usize, Sum)> = summed.iter().map(|&i| (i, Sum::default())).collect();
    let mut record = csv::StringRecord::new();
    while reader.read_record(&mut record).map_err(bad)? {
        let cells: Vec<Cell> = record
            .iter()
            .enumerate()
            .map(|(i, field)| cell(kinds.get(i).copied().unwrap_or(Kind::Text), field))
            .collect();
        for (i, sum) in &mut sums {
            match cells.get(*i) {
                Some(Cell::Money(m)) => sum.money += *m,
                Some(Cell::Integer(n)) => sum.whole = sum.whole.saturating_add(*n),
                _ => {}
            }
        }
        table.row(&cells)?;
    }
    if !sums.is_empty() {
        let mut total = vec![Cell::Blank; kinds.len().max(1)];
        total[0] = Cell::Text(TOTAL);
        for (i, sum) in &sums {
            if let Some(slot) = total.get_mut(*i) {
                *slot = match kinds.get(*i) {
                    Some(Kind::Integer) => Cell::Integer(sum.whole),
                    _ => Cell::Money(sum.money),
                };
            }
        }
        table.total(&total)?;
    }
    more(&mut table)?;
    table.finish_into(out)
}

/// The workbook of a CSV table whose columns nengji does not know (a roster
/// with the user's own columns): each column's kind is what all its fields
/// are, exactly (see `kind_of`); the columns `text` lists (ids) stay text.
/// Nothing is totalled.
pub fn csv_to_xlsx_by_content(
    csv: &[u8],
    sheet: &str,
    text: &[usize],
) -> Result<(Vec<u8>, XlsxSummary), XlsxTableError> {
    let bad = |e: csv::Error| XlsxTableError::Xlsx(std::io::Error::other(e).into());
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(csv);
    let width = reader.headers().map_err(bad)?.len();
    let mut kinds: Vec<Option<Kind>> = vec![None; width];
    let mut record = csv::StringRecord::new();
    while reader.read_record(&mut record).map_err(bad)? {
        for (i, field) in record.iter().enumerate().take(width) {
            if !field.is_empty() {
                kinds[i] = Some(kinds[i].map_or(kind_of(field), |k| join(k, kind_of(field))));
            }
        }
    }
    csv_to_xlsx_totalled(csv, sheet, |headers| {
        let columns = headers
            .iter()
            .enumerate()
            .map(|(i, h)| {
                let kind = if text.contains(&i) {
                    Kind::Text
                } else {
                    kinds.get(i).copied().flatten().unwrap_or(Kind::Text)
                };
                Column::new(h, kind)
            })
            .collect();
        (columns, Vec::new())
    })
}

/// The kind a field is written as so that nengji reads the same text back
/// from the cell: a date `YYYY-MM-DD` (from 1900, Excel's first), a number in
/// its plain form (no leading zero or `+`, at most 15 significant digits and 4
/// places, as the sheet reader accepts), with two places an amount; else text
/// (an ID number, `007`, `1e5`).
fn kind_of(field: &str) -> Kind {
    if field.len() == 10 {
        if let Ok(date) = NaiveDate::parse_from_str(field, "%Y-%m-%d") {
            return if date.year() >= 1900 && date.to_string() == field {
                Kind::Date
            } else {
                Kind::Text
            };
        }
    }
    match Decimal::from_str(field) {
        Ok(d)
            if d.to_string() == field
                && d.scale() <= 4
                && d.mantissa().unsigned_abs().to_string().len() <= 15 =>
        {
            match d.scale() {
                0 => Kind::Integer,
                2 => Kind::Money,
                _ => Kind::Decimal,
            }
        }
        _ => Kind::Text,
    }
}

/// The kind of a column whose fields are `a` and `b`: whole numbers join
/// amounts or decimals; anything else mixed is text.
fn join(a: Kind, b: Kind) -> Kind {
    match (a, b) {
        (a, b) if a == b => a,
        (Kind::Integer, k) | (k, Kind::Integer) if matches!(k, Kind::Money | Kind::Decimal) => k,
        (Kind::Money, Kind::Decimal) | (Kind::Decimal, Kind::Money) => Kind::Decimal,
        _ => Kind::Text,
    }
}

/// The first cell of a totals row.
const TOTAL: &str = "合计";

/// A column's running total.
#[derive(Debug, Default, Clone, Copy)]
struct Sum {
    money: Money,
    whole: i64,
}

/// A field as a cell of its kind; a field that does not read as its kind stays
/// text, exactly as the CSV has it.
fn cell(kind: Kind, field: &str) -> Cell<'_> {
    if field.is_empty() {
        return Cell::Blank;
    }
    let parsed = match kind {
        Kind::Text => None,
        Kind::Integer => field.parse().ok().map(Cell::Integer),
        Kind::Money => Money::from_str(field).ok().map(Cell::Money),
        Kind::Decimal => Decimal::from_str(field).ok().map(Cell::Decimal),
        Kind::Date => NaiveDate::parse_from_str(field, "%Y-%m-%d")
            .ok()
            .map(Cell::Date),
    };
    parsed.unwrap_or(Cell::Text(field))
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{Data, Reader, Xlsx};

    #[test]
    fn fields_become_cells_of_their_kind() -> Result<(), Box<dyn std::error::Error>> {
        let csv = "offer,step,before,change_percent,note,extra\n甲,3,2490.00,3.50,=1+1,x\n乙,,-12.30,n/a,,\n";
        let columns = vec![
            Column::new("方案", Kind::Text),
            Column::new("档次", Kind::Integer),
            Column::new("调整前", Kind::Money),
            Column::new("增幅", Kind::Decimal),
            Column::new("备注", Kind::Text),
        ];
        let bytes = csv_to_xlsx(csv.as_bytes(), "比较", columns)?;
        let mut book = Xlsx::new(std::io::Cursor::new(bytes))?;
        let range = book.worksheet_range("比较")?;
        let rows: Vec<Vec<Data>> = range.rows().map(<[Data]>::to_vec).collect();
        let s = |t: &str| Data::String(t.into());
        assert_eq!(
            rows[0],
            [
                s("方案"),
                s("档次"),
                s("调整前"),
                s("增幅"),
                s("备注"),
                s("extra")
            ]
        );
        assert_eq!(
            rows[1],
            [
                s("甲"),
                Data::Float(3.0),
                Data::Float(2490.0),
                Data::Float(3.5),
                s("'=1+1"),
                s("x")
            ]
        );
        assert_eq!(
            rows[2][..4],
            [s("乙"), Data::Empty, Data::Float(-12.3), s("n/a")]
        );
        Ok(())
    }

    #[test]
    fn a_column_is_typed_by_what_all_its_fields_are() -> Result<(), Box<dyn std::error::Error>> {
        for (field, kind) in [
            ("2490.50", Kind::Money),
            ("3", Kind::Integer),
            ("-12", Kind::Integer),
            ("1.5", Kind::Decimal),
            ("0.1234", Kind::Decimal),
            ("0.12345", Kind::Text),
            ("007", Kind::Text),
            ("+5", Kind::Text),
            ("1e5", Kind::Text),
            ("330102199001011234", Kind::Text),
            ("2024-03-01", Kind::Date),
            ("1899-12-31", Kind::Text),
            ("2024-3-1", Kind::Text),
            ("=1+1", Kind::Text),
        ] {
            assert_eq!(kind_of(field), kind, "{field}");
        }
        assert_eq!(join(Kind::Integer, Kind::Money), Kind::Money);
        assert_eq!(join(Kind::Money, Kind::Decimal), Kind::Decimal);
        assert_eq!(join(Kind::Date, Kind::Integer), Kind::Text);

        let csv = "工号,能级,档次,岗位工资,入职日期,备注\n0012,L1,2,2490.50,2020-01-05,=A1\n0013,L2,,2600,2021-02-01,x\n";
        let (bytes, summary) = csv_to_xlsx_by_content(csv.as_bytes(), "花名册", &[0])?;
        assert_eq!((summary.rows, summary.sheets), (2, 1));
        let mut book = Xlsx::new(std::io::Cursor::new(bytes))?;
        let rows: Vec<Vec<Data>> = book
            .worksheet_range("花名册")?
            .rows()
            .map(<[Data]>::to_vec)
            .collect();
        let s = |t: &str| Data::String(t.into());
        assert_eq!(rows[0][0], s("工号"));
        assert_eq!(rows[1][0], s("0012"));
        assert_eq!(rows[1][2], Data::Float(2.0));
        assert_eq!(rows[1][3], Data::Float(2490.5));
        assert_eq!(rows[2][3], Data::Float(2600.0));
        assert!(matches!(rows[1][4], Data::DateTime(_)), "{:?}", rows[1][4]);
        assert_eq!(rows[1][5], s("'=A1"));
        assert_eq!(rows[2][2], Data::Empty);
        Ok(())
    }

    #[test]
    fn a_totals_row_sums_the_columns_asked_exactly() -> Result<(), Box<dyn std::error::Error>> {
        let csv = "id,count,amount,average\nA,2,0.10,5.00\nB,3,0.20,7.00\n";
        let columns = vec![
            Column::new("工号", Kind::Text),
            Column::new("人数", Kind::Integer),
            Column::new("金额", Kind::Money),
            Column::new("平均", Kind::Money),
        ];
        let (bytes, summary) =
            csv_to_xlsx_totalled(csv.as_bytes(), "表", |_| (columns, vec![1, 2]))?;
        assert_eq!((summary.rows, summary.sheets), (2, 1));
        let mut book = Xlsx::new(std::io::Cursor::new(bytes))?;
        let rows: Vec<Vec<Data>> = book
            .worksheet_range("表")?
            .rows()
            .map(<[Data]>::to_vec)
            .collect();
        assert_eq!(
            rows[3],
            [
                Data::String("合计".into()),
                Data::Float(5.0),
                Data::Float(0.3),
                Data::Empty
            ]
        );
        Ok(())
    }
}

//! A CSV table as a workbook: the one path by which every small table nengji
//! writes as CSV (findings, comparisons, assessments) is also written as .xlsx.
//! The CSV's own header row is replaced by the Chinese column names; each field
//! becomes a cell of its column's kind, read back from the exact text the CSV
//! writer made (amounts are `Money`'s plain decimal, so nothing is lost).

use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::io::{Cell, Column, Kind, XlsxTable, XlsxTableError};
use crate::Money;

/// The workbook of a CSV table: `columns` name and type its fields in order
/// (fields past them are written as text under their CSV header).
pub fn csv_to_xlsx(
    csv: &[u8],
    sheet: &str,
    mut columns: Vec<Column>,
) -> Result<Vec<u8>, XlsxTableError> {
    let bad = |e: csv::Error| XlsxTableError::Xlsx(std::io::Error::other(e).into());
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(csv);
    let headers = reader.headers().map_err(bad)?.clone();
    for extra in headers.iter().skip(columns.len()) {
        columns.push(Column::new(extra, Kind::Text));
    }
    let kinds: Vec<Kind> = columns.iter().map(|c| c.kind).collect();
    let mut table = XlsxTable::new(sheet, columns)?;
    let mut record = csv::StringRecord::new();
    while reader.read_record(&mut record).map_err(bad)? {
        let cells: Vec<Cell> = record
            .iter()
            .enumerate()
            .map(|(i, field)| cell(kinds.get(i).copied().unwrap_or(Kind::Text), field))
            .collect();
        table.row(&cells)?;
    }
    Ok(table.finish()?.0)
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
}

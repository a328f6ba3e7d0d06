//! Batch's tables as workbooks: each staged CSV table (pay, enterprises,
//! findings, rejected rows, grades, regions) read row by row into an .xlsx of
//! the same rows, with Chinese headers, amounts as numbers shown `#,##0.00`,
//! and a 合计 row summing what a person sums (headcounts, wage bills, counts).
//! A table longer than a sheet continues on further sheets, each with its header.

use std::collections::HashMap;
use std::io::Read;

use crate::io::{csv_to_xlsx_totalled, Column, Kind, XlsxSummary, XlsxTableError};

/// The sheet a batch table is written on.
pub fn sheet_name(table: &str) -> &'static str {
    match table {
        "pay" => "工资表",
        "enterprises" => "企业汇总",
        "findings" => "检查结果",
        "rejected" => "退回的行",
        "grades" => "按能级",
        "regions" => "按地区",
        _ => "表",
    }
}

/// The workbook of batch table `table` (its file stem, `pay`) from its CSV.
/// `components` gives the Chinese name of each pay component id.
pub fn table_xlsx<R: Read>(
    table: &str,
    csv: R,
    components: &HashMap<String, String>,
) -> Result<(Vec<u8>, XlsxSummary), XlsxTableError> {
    csv_to_xlsx_totalled(csv, sheet_name(table), |header| {
        let mut columns = Vec::with_capacity(header.len());
        let mut summed = Vec::new();
        for (i, id) in header.iter().enumerate() {
            let (name, kind, sum) = match column(table, id) {
                Some(known) => (known.0.to_string(), known.1, known.2),
                // The pay components between the fixed columns, summed.
                None => match components.get(id) {
                    Some(name) => (name.clone(), Kind::Money, true),
                    None => (id.to_string(), Kind::Text, false),
                },
            };
            if sum {
                summed.push(i);
            }
            columns.push(Column::new(name, kind));
        }
        (columns, summed)
    })
}

/// A column of a batch table: its Chinese header, its kind, and whether the
/// 合计 row sums it.
fn column(table: &str, id: &str) -> Option<(&'static str, Kind, bool)> {
    use Kind::{Integer, Money, Text};
    Some(match (table, id) {
        (_, "enterprise_id") => ("企业", Text, false),
        (_, "enterprise_name") => ("企业名称", Text, false),
        (_, "employee_id") => ("工号", Text, false),
        (_, "name") => ("姓名", Text, false),
        (_, "region") => ("地区", Text, false),
        (_, "industry") => ("行业", Text, false),
        (_, "schedule") => ("工资标准", Text, false),
        (_, "grade") => ("能级", Text, false),
        (_, "step") => ("档次", Integer, false),
        (_, "gross") => ("应发工资", Money, true),
        (_, "minimum_wage_base") => ("最低工资比较基数", Money, false),
        ("pay", "below_minimum") => ("低于最低工资", Text, false),
        (_, "below_minimum") => ("低于最低工资人数", Integer, true),
        (_, "headcount") => ("人数", Integer, true),
        (_, "wage_bill") => ("工资总额", Money, true),
        (_, "average") => ("平均工资", Money, false),
        (_, "minimum") => ("最低工资额", Money, false),
        (_, "maximum") => ("最高工资额", Money, false),
        (_, "errors") => ("错误", Integer, true),
        (_, "warnings") => ("警告", Integer, true),
        (_, "status") => ("状态", Text, false),
        (_, "rejected_rows") => ("退回行数", Integer, true),
        // findings.csv: the columns of check's report.
        (_, "severity") => ("严重程度", Text, false),
        (_, "rule") => ("规则", Text, false),
        (_, "basis") => ("依据", Text, false),
        (_, "subject") => ("对象", Text, false),
        (_, "period") => ("月份", Text, false),
        (_, "message") => ("问题", Text, false),
        (_, "figures") => ("数据", Text, false),
        (_, "shortfall") => ("差额", Money, false),
        (_, "remedy") => ("纠正办法", Text, false),
        // rejected.csv: where each refused row is.
        (_, "file") => ("文件", Text, false),
        (_, "line") => ("行", Integer, false),
        (_, "column") => ("列", Text, false),
        (_, "field") => ("字段", Text, false),
        (_, "problem") => ("问题", Text, false),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{Data, Reader, Xlsx};

    #[test]
    fn a_pay_table_has_chinese_headers_numbers_and_a_totals_row(
    ) -> Result<(), Box<dyn std::error::Error>> {
        let csv = "enterprise_id,employee_id,name,region,grade,step,grade_pay,gross,minimum_wage_base,below_minimum\n\
                   E1,A1,王伟,331081,初级工,1,2490.00,2490.10,2490.00,false\n\
                   E1,A2,=1+1,331081,中级工,2,3000.00,3100.20,3000.00,true\n";
        let names = HashMap::from([("grade_pay".to_string(), "能级工资".to_string())]);
        let (bytes, summary) = table_xlsx("pay", csv.as_bytes(), &names)?;
        assert_eq!((summary.rows, summary.sheets), (2, 1));
        let mut book = Xlsx::new(std::io::Cursor::new(bytes))?;
        let rows: Vec<Vec<Data>> = book
            .worksheet_range("工资表")?
            .rows()
            .map(<[Data]>::to_vec)
            .collect();
        let s = |t: &str| Data::String(t.into());
        assert_eq!(
            rows[0][..8],
            [
                s("企业"),
                s("工号"),
                s("姓名"),
                s("地区"),
                s("能级"),
                s("档次"),
                s("能级工资"),
                s("应发工资")
            ]
        );
        assert_eq!(rows[2][2], s("'=1+1"));
        assert_eq!(rows[2][5], Data::Float(2.0));
        assert_eq!(rows[3][0], s("合计"));
        assert_eq!(rows[3][6..8], [Data::Float(5490.0), Data::Float(5590.3)]);
        assert_eq!(rows[3][8], Data::Empty);
        Ok(())
    }
}

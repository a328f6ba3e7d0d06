//! A check's finding in the words of a Chinese document: its subject (学徒工第1档,
//! 刘峰亮（工号JX004）, 温岭市) and its basis (《浙江省集体合同条例》第五条), for
//! the 草案 box. The message and remedy come in Chinese from the catalogue.

use crate::check::Subject;
use crate::region_names::region_label;

use super::numerals::chinese_number;

/// What a finding is about, as a Chinese document names it.
pub fn subject_zh(subject: &Subject) -> String {
    match subject {
        Subject::Contract => "本合同".to_string(),
        Subject::Grade { grade } => grade.clone(),
        Subject::Step { grade, step } => format!("{grade}第{step}档"),
        Subject::Worker {
            employee_id, name, ..
        } if !name.is_empty() => format!("{name}（工号{employee_id}）"),
        Subject::Worker { employee_id, .. } => format!("工号{employee_id}"),
        Subject::Enterprise { enterprise_id } => format!("企业{enterprise_id}"),
        Subject::Region { region, workers } => {
            format!("{}（{workers}名职工）", region_label(region))
        }
        Subject::Occupation { occupation, grade } => format!("{occupation}{grade}"),
    }
}

/// `浙江省集体合同条例 Art 5` as `《浙江省集体合同条例》第五条`; `最低工资规定 Art
/// 5, Art 12` as `《最低工资规定》第五条、第十二条`; parts joined by `；`. A basis
/// that cites no article (人社厅发〔2025〕52号) is left as it is.
pub fn basis_zh(basis: &str) -> String {
    basis
        .split("; ")
        .map(one_basis)
        .collect::<Vec<_>>()
        .join("；")
}

fn one_basis(part: &str) -> String {
    let Some((name, arts)) = part.split_once(" Art ") else {
        return part.to_string();
    };
    let numbers: Option<Vec<String>> = arts.split(", Art ").map(article).collect();
    let name = name.trim();
    // A document number (劳部发〔1995〕309号) is not a title: no 《》.
    let title = if name.ends_with('号') {
        name.to_string()
    } else {
        format!("《{name}》")
    };
    match numbers {
        Some(numbers) => format!("{title}{}", numbers.join("、")),
        None => part.to_string(),
    }
}

/// `12` as `第十二条`, `12 para 3` as `第十二条第三款`.
fn article(text: &str) -> Option<String> {
    let (art, para) = match text.trim().split_once(" para ") {
        Some((a, p)) => (a, Some(p.trim().parse::<u32>().ok()?)),
        None => (text.trim(), None),
    };
    let art = format!("第{}条", chinese_number(art.parse::<u32>().ok()?));
    Some(match para {
        Some(p) => format!("{art}第{}款", chinese_number(p)),
        None => art,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_in_chinese() {
        assert_eq!(
            basis_zh("浙江省集体合同条例 Art 5"),
            "《浙江省集体合同条例》第五条"
        );
        assert_eq!(
            basis_zh("最低工资规定 Art 5, Art 12"),
            "《最低工资规定》第五条、第十二条"
        );
        assert_eq!(
            basis_zh("集体合同规定 Art 36; 民法典 Art 1259"),
            "《集体合同规定》第三十六条；《民法典》第一千二百五十九条"
        );
        assert_eq!(basis_zh("人社厅发〔2025〕52号"), "人社厅发〔2025〕52号");
        assert_eq!(
            basis_zh("劳部发〔1995〕309号 Art 59"),
            "劳部发〔1995〕309号第五十九条"
        );
        assert_eq!(
            basis_zh("最低工资规定 Art 12 para 3"),
            "《最低工资规定》第十二条第三款"
        );
        assert_eq!(
            basis_zh("劳动合同法 Art 20; 劳动合同法实施条例 Art 15"),
            "《劳动合同法》第二十条；《劳动合同法实施条例》第十五条"
        );
    }

    #[test]
    fn subjects_in_chinese() {
        let worker = Subject::Worker {
            employee_id: "JX004".into(),
            name: "刘峰亮".into(),
            enterprise_id: "WL-PUMP-004".into(),
        };
        assert_eq!(subject_zh(&worker), "刘峰亮（工号JX004）");
        let step = Subject::Step {
            grade: "学徒工".into(),
            step: 1,
        };
        assert_eq!(subject_zh(&step), "学徒工第1档");
        let region = Subject::Region {
            region: "331081".into(),
            workers: 200,
        };
        assert_eq!(subject_zh(&region), "温岭市（200名职工）");
    }
}

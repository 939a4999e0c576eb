//! What a commitment measures: the numbers of deliverables in its text.

use std::sync::LazyLock;

use regex::Regex;

use super::DraftTarget;
use crate::letter::pattern;

/// A number (or range) and the unit it counts, longer units first (人次 before 人), 万/亿 kept
/// with the unit they scale (1万吨, 2.5亿元).
static COUNT: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(\d+(?:\.\d+)?)(?:\s*[-–~至]\s*\d+(?:\.\d+)?)?\s*(?:余|多)?\s*((?:万|亿)?(?:人次|家次|班次|平方公里|平方米|立方米|公里|千米|千瓦|小时|个|名|户|家|条|米|㎡|元|%|％|项|所|座|盏|人|台|套|批|场|期|次|支|处|亩|吨|辆|间|栋|张|床|件|部|趟|棵|株))",
    )
});

/// Numbers that measure a deliverable: "10个高水平科研团队", "300-400名常驻科研人员".
pub fn targets(text: &str) -> Vec<DraftTarget> {
    let mut out = Vec::new();
    for c in COUNT.captures_iter(text) {
        let Some(m) = c.get(0) else { continue };
        let before = &text[..m.start()];
        if before.ends_with('第') || before.ends_with(|ch: char| ch.is_ascii_digit() || ch == '-')
        {
            continue;
        }
        let Some(quantity) = c[1]
            .parse::<f64>()
            .ok()
            .and_then(|q| crate::model::Quantity::new(q).ok())
        else {
            continue;
        };
        let rest = &text[m.end()..];
        let tail: String = rest
            .chars()
            .take_while(|ch| !"、，,。；;：:（(.!！?？".contains(*ch))
            .take(16)
            .collect();
        // A number closing its clause names its object before it: "新增冷藏车20辆".
        let lead: String = if tail.is_empty() {
            let back: Vec<char> = before
                .chars()
                .rev()
                .take_while(|ch| !"、，,。；;：:（()）".contains(*ch))
                .take(8)
                .collect();
            back.into_iter().rev().collect()
        } else {
            String::new()
        };
        out.push(DraftTarget {
            quantity,
            unit: c[2].to_string(),
            text: format!("{lead}{}{tail}", m.as_str()),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_are_counts_of_deliverables_not_ordinals_or_years() {
        let found = targets(
            "计划引进10个高水平科研团队、300-400名常驻科研人员，在第14届会议上，于2025年完成",
        );
        let got: Vec<(String, &str)> = found
            .iter()
            .map(|t| (t.quantity.to_string(), t.unit.as_str()))
            .collect();
        assert_eq!(got, [("10".to_string(), "个"), ("300".to_string(), "名")]);
        assert_eq!(found[1].text, "300-400名常驻科研人员");
    }

    #[test]
    fn measure_words_of_any_deliverable_and_the_object_before_a_closing_number() {
        let found = targets("新增冷库容量1万吨，新增冷藏车20辆，培训农民1000人次，修复道路2.5公里");
        let got: Vec<(String, &str, &str)> = found
            .iter()
            .map(|t| (t.quantity.to_string(), t.unit.as_str(), t.text.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("1".to_string(), "万吨", "新增冷库容量1万吨"),
                ("20".to_string(), "辆", "新增冷藏车20辆"),
                ("1000".to_string(), "人次", "培训农民1000人次"),
                ("2.5".to_string(), "公里", "修复道路2.5公里"),
            ]
        );
        assert_eq!(targets("安排资金300万元")[0].unit, "万元");
    }
}

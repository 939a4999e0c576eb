//! What a commitment measures: the numbers of deliverables in its text.

use std::sync::LazyLock;

use regex::Regex;

use super::DraftTarget;
use crate::letter::pattern;

/// A number (or range) and the unit it counts.
static COUNT: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(\d+(?:\.\d+)?)(?:\s*[-–~至]\s*\d+(?:\.\d+)?)?\s*(?:余|多)?\s*(个|名|户|家|条|小时|公里|千米|米|平方米|㎡|万元|亿元|元|%|％|项|所|座|盏|人|台|套|批|场|期|次|支|处|亩|吨)",
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
        out.push(DraftTarget {
            quantity,
            unit: c[2].to_string(),
            text: format!("{}{tail}", m.as_str()),
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
}

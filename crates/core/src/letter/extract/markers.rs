//! The words that open a letter's next-steps part, and a clause without them.

/// The words that open a letter's next-steps part (LABELS.md rule 1).
pub(super) const MARKERS: [&str; 9] = [
    "下一步工作",
    "下步工作",
    "下步打算",
    "下一步",
    "下步",
    "今后",
    "接下来",
    "还将采取以下措施",
    "下一步将采取以下工作措施",
];

/// `s` without a leading next-steps marker and the punctuation after it.
pub(super) fn strip_marker(s: &str) -> &str {
    let s = s.trim();
    let rest = MARKERS.iter().find_map(|m| s.strip_prefix(m)).unwrap_or(s);
    // "下步工作中我局将…": the 中 belongs to the marker, not to who acts.
    let rest = rest
        .strip_prefix('中')
        .filter(|_| rest.len() < s.len())
        .unwrap_or(rest);
    rest.trim_start_matches(['，', ',', '：', ':', ' '])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_marker_and_its_punctuation_are_stripped_with_the_in_of_work() {
        assert_eq!(strip_marker("下一步，我局将推进"), "我局将推进");
        assert_eq!(strip_marker("下步工作中我局将推进"), "我局将推进");
        assert_eq!(strip_marker("中心将推进"), "中心将推进");
    }
}

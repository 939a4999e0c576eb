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
    rest.trim_start_matches(['，', ',', '：', ':', ' '])
}

//! The report's wording in both languages.

use super::*;
use crate::messages::lang::{Lang, with};

#[test]
fn chinese_numerals_read_as_headings_write_them() {
    let cases = [
        (1, "一"),
        (9, "九"),
        (10, "十"),
        (12, "十二"),
        (20, "二十"),
        (105, "一百零五"),
        (110, "一百一十"),
        (1010, "一千零一十"),
        (10_001, "一万零一"),
        (100_000, "十万"),
        (10_010_000, "一千零一万"),
        (100_000_001, "一亿零一"),
    ];
    for (n, written) in cases {
        assert_eq!(numeral(n), written, "{n}");
    }
    // Never a panic, at any size.
    assert!(numeral(usize::MAX).ends_with('五'));
}

#[test]
fn the_as_of_day_is_prose_in_chinese_and_iso_in_english() {
    let day = crate::date::parse("2026-06-05").expect("date");
    assert_eq!(with(Lang::Zh, || prose_date(day)), "2026年6月5日");
    assert_eq!(with(Lang::En, || prose_date(day)), "2026-06-05");
    let title = with(Lang::Zh, || text_title(day));
    assert_eq!(
        title,
        "关于承诺事项办理情况的督办通报\n（截至2026年6月5日）"
    );
    assert_eq!(
        with(Lang::En, || text_title(day)),
        "OVERDUE REPORT (督办通报) as of 2026-06-05"
    );
}

#[test]
fn sections_and_owners_are_numbered_as_a_notice_numbers_them() {
    let zh = with(Lang::Zh, || {
        Section::ALL.map(|s| section_heading(s, 3, 30, 90))
    });
    assert_eq!(
        zh,
        [
            "一、逾期事项（3项）",
            "二、30天内到期事项（3项）",
            "三、无时限且90天以上无进展事项（3项）"
        ]
    );
    let en = with(Lang::En, || {
        [
            section_heading(Section::Overdue, 1, 30, 90),
            markdown_heading(Section::NoDeadline, 2, 30, 90),
        ]
    });
    assert_eq!(
        en,
        [
            "1. OVERDUE: 1 pledge",
            "NO DEADLINE AND NO PROGRESS IN 90 DAYS: 2 pledges"
        ]
    );
    assert_eq!(
        with(Lang::Zh, || owner_group("吉林大学", 2, 11)),
        "（十一）吉林大学（2项）"
    );
    assert_eq!(
        with(Lang::En, || owner_group("吉林大学", 2, 11)),
        "吉林大学 (2)"
    );
}

#[test]
fn a_scope_is_worded_in_each_language() {
    let filter = Filter {
        status: Some(Status::InProgress),
        search: Some("财政".into()),
        ..Filter::default()
    };
    let owners = ["科技".to_string(), "教育".to_string()];
    assert_eq!(
        with(Lang::Zh, || scope(&owners, &filter)).as_deref(),
        Some("责任单位含“科技”或“教育”；状态为推进中；含“财政”")
    );
    assert_eq!(
        with(Lang::En, || scope(&owners, &filter)).as_deref(),
        Some("owner contains 科技 or 教育; status in_progress; matching \"财政\"")
    );
    assert_eq!(with(Lang::Zh, || scope(&[], &Filter::default())), None);
}

#[test]
fn the_footer_counts_in_chinese_sentences() {
    let zh = with(Lang::Zh, || {
        (totals(4, 1, 30, 2), sentence(&left_out(1, 90)))
    });
    assert_eq!(zh.0, "逾期4项，30天内到期1项，无时限且久无进展2项。");
    assert_eq!(zh.1, "另有1项无时限事项近90天内有进展，未列入本通报。");
    let en = with(Lang::En, || sentence(&left_out(1, 90)));
    assert!(en.ends_with("are not listed."), "{en}");
}

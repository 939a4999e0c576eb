//! The view's words in both languages: the same facts, worded by the thread's language.

use chrono::NaiveDate;

use super::*;
use crate::messages::lang::{Lang, with};
use crate::request::Stale;

fn today() -> NaiveDate {
    crate::date::parse("2026-11-28").unwrap_or_default()
}

#[test]
fn the_header_counts_and_filters_in_both_languages() {
    let counts = |l| with(l, || counts(today(), 12, 3, 4));
    assert_eq!(
        counts(Lang::En),
        " · as of 2026-11-28 · 12 open · 3 overdue · 4 done"
    );
    assert_eq!(
        counts(Lang::Zh),
        " · 截至2026-11-28 · 在办12 · 逾期3 · 已完成4"
    );
    let f = Filters {
        overdue: true,
        status: Some(Status::Partial),
        owner: Some("省科技厅"),
        search: None,
        letter: None,
    };
    let en = with(Lang::En, || filter_and_sort(&f, Sort::Deadline));
    assert_eq!(
        en,
        "filter: overdue, status=partial, owner=省科技厅 · sort: deadline "
    );
    let zh = with(Lang::Zh, || filter_and_sort(&f, Sort::Deadline));
    assert_eq!(zh, "筛选：逾期、状态=部分完成、单位=省科技厅 · 排序：时限 ");
    assert_eq!(with(Lang::Zh, || header("", true, "")), " pledge · 只读  ");
}

#[test]
fn stored_field_names_are_worded_in_chinese_and_kept_in_english() {
    let stale = Stale {
        field: "deadline".into(),
        seen: None,
        now: Some("2026-03-01".into()),
        by: Some("李".into()),
    };
    let en = with(Lang::En, || changed_since(&stale));
    assert_eq!(en, "deadline is now “2026-03-01” (by 李)");
    let zh = with(Lang::Zh, || changed_since(&stale));
    assert_eq!(zh, "时限现为“2026-03-01”（李修改）");
    let fields = ["deadline", "status", "target_unit"];
    assert_eq!(
        with(Lang::En, || field_names(&fields)),
        "deadline, status, target_unit"
    );
    assert_eq!(
        with(Lang::Zh, || field_names(&fields)),
        "时限、状态、目标单位"
    );
    assert_eq!(
        with(Lang::Zh, || field_name("unknown_column")),
        "unknown_column"
    );
}

#[test]
fn status_lines_and_questions_speak_chinese() {
    let zh = |f: fn() -> String| with(Lang::Zh, f);
    assert_eq!(zh(|| status::now(6, Status::Done)), "事项#6现为已完成");
    assert_eq!(zh(|| editor::note_saved(3, 17)), "进展#3已记入事项#17");
    assert_eq!(zh(|| undo::done(false, "新增", "#4")), "已撤销事项#4的新增");
    assert_eq!(
        zh(|| too_small((30, 8), (40, 10))).chars().next(),
        Some('窗')
    );
    assert_eq!(
        with(Lang::En, || status::now(6, Status::Done)),
        "pledge #6 is now done"
    );
    let history = crate::model::Change {
        id: 1,
        pledge: 6,
        field: "status".into(),
        old: Some("pending".into()),
        new: Some("done".into()),
        changed_at: "2026-11-28T10:00:00Z".into(),
        changed_by: "李".into(),
        reason: None,
    };
    // In the local time with its zone, whatever TZ the tests run with.
    let when = crate::messages::cli::stamp("2026-11-28T10:00:00Z");
    assert!(
        when.starts_with("2026-11-2") && when.ends_with(')'),
        "{when}"
    );
    let zh = with(Lang::Zh, || page::change(&history));
    assert_eq!(zh, format!("{when}  李  状态：未启动 → 已完成"));
    let en = with(Lang::En, || page::change(&history));
    assert_eq!(en, format!("{when}  李  status: pending → done"));
}

#[test]
fn every_hint_and_heading_has_chinese_words() {
    use crate::tui::keys::help_sections;
    for (section, bindings) in help_sections() {
        let heading = with(Lang::Zh, || keys::section(section));
        assert!(!heading.is_ascii(), "{heading}");
        for b in bindings {
            let zh = with(Lang::Zh, || keys::hint(b.label));
            let en = with(Lang::En, || keys::hint(b.label));
            assert!(!zh.is_ascii() && zh != en, "{en}: {zh}");
        }
    }
}

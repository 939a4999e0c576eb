//! The command line in Chinese beside English: help, the list and show pages, the list's CSV,
//! dates as people in China write them, and times in the local zone.

use super::*;

/// The display column where `part` starts in `line`.
fn column_of(line: &str, part: &str) -> Option<usize> {
    line.find(part).map(|at| pledge::text::width(&line[..at]))
}

#[test]
fn help_of_every_command_is_in_the_language_chosen() {
    let l = Ledger::new();
    let zh = l.ok(&["--lang", "zh", "list", "--help"]);
    for said in [
        "列出事项",
        "只列承办单位包含此文字的事项",
        "只列该状态的事项",
        "字节顺序标记",
    ] {
        assert!(zh.contains(said), "{said}: {zh}");
    }
    assert!(!zh.contains("Only pledges whose owner"), "{zh}");
    let en = l.ok(&["--lang", "en", "list", "--help"]);
    assert!(en.contains("List pledges") && en.contains("Only pledges whose owner contains"));
    // The program's own page lists every command with its Chinese about, the globals too.
    let top = l.ok(&["--lang", "zh", "--help"]);
    for said in ["手工添加一项事项", "打印通报", "台账文件", "何时着色"] {
        assert!(top.contains(said), "{said}: {top}");
    }
    let overdue = l.ok(&["--lang", "zh", "report", "overdue", "--help"]);
    assert!(overdue.contains("通报截至的日期"), "{overdue}");
    // PLEDGE_LANG speaks as the flag does, before clap reads the command line.
    let by_env = l.run_in_lang("zh", &["note", "--help"]);
    assert!(by_env.contains("进展发生的日期"), "{by_env}");
}

#[test]
fn the_list_reads_in_chinese_with_its_columns_aligned_in_display_columns() {
    let l = Ledger::new();
    let table = l.ok(&["--lang", "zh", "list"]);
    let mut lines = table.lines();
    let head = lines.next().unwrap();
    for title in [
        "编号",
        "状态",
        "事项",
        "承办单位",
        "时限",
        "到期",
        "进展",
        "最新进展",
    ] {
        assert!(head.contains(title), "{title}: {head}");
    }
    assert!(
        table.contains("逾期332天") && table.contains("未启动"),
        "{table}"
    );
    let footer = table.lines().last().unwrap();
    assert_eq!(
        footer,
        "共 20 项，截至2026年11月28日逾期 1 项（! 表示逾期）"
    );
    let deadline = column_of(head, "时限").unwrap();
    let dated: Vec<&str> = lines.filter(|r| r.contains("2025-12-31")).collect();
    assert!(!dated.is_empty(), "{table}");
    for row in dated {
        assert_eq!(column_of(row, "2025-12-31"), Some(deadline), "{table}");
    }
    let en = l.ok(&["list"]);
    let head = en.lines().next().unwrap();
    assert!(head.trim_start().starts_with("ID  STATUS   TITLE") && head.ends_with("LAST NOTE"));
    assert!(en.contains("20 pledges, 1 overdue as of 2026-11-28 (! marks overdue)"));
    assert_eq!(
        l.ok(&["--lang", "zh", "list", "--status", "已放弃"]).trim(),
        "没有符合条件的事项"
    );
}

#[test]
fn the_list_csv_carries_a_bom_and_the_languages_headings_and_json_keeps_its_names() {
    let l = Ledger::new();
    let zh = l.ok(&["--lang", "zh", "list", "--format", "csv"]);
    assert!(
        zh.starts_with("\u{feff}编号,状态,事项,承办单位,时限,时限原文,逾期天数"),
        "{zh}"
    );
    assert!(zh.contains(",未启动,"), "{zh}");
    let en = l.ok(&["list", "--format", "csv"]);
    assert!(
        en.starts_with("\u{feff}id,status,title,owner,deadline,"),
        "{en}"
    );
    assert!(en.contains(",pending,"), "{en}");
    let bare = l.ok(&["--lang", "zh", "list", "--format", "csv", "--no-bom"]);
    assert!(bare.starts_with("编号,"), "{bare}");
    let json = |lang: &str| l.json(&["--lang", lang, "list", "--format", "json"]);
    let (zh, en) = (json("zh"), json("en"));
    assert_eq!(zh, en, "JSON is the same in both languages");
    assert_eq!(zh[0]["status"], "pending");
}

#[test]
fn show_reads_in_chinese_and_times_are_local_with_their_zone() {
    let l = Ledger::new();
    l.ok(&[
        "note",
        "17",
        "已指导 12 家",
        "--on",
        "2026-03-02",
        "--status",
        "in_progress",
    ]);
    let stamp = l.json(&["show", "17", "--format", "json"])["history"][1]["changed_at"]
        .as_str()
        .unwrap()
        .to_string();
    let utc = chrono::NaiveDateTime::parse_from_str(&stamp, "%Y-%m-%dT%H:%M:%SZ").unwrap();
    let east = (utc + chrono::Duration::hours(8)).format("%Y-%m-%d %H:%M (+08:00)");
    let page = |lang: &str, tz: &str| {
        let out = l.run_tz(tz, &["--lang", lang, "show", "17"]);
        assert!(out.status.success(), "{out:?}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let zh = page("zh", "Asia/Shanghai");
    for said in [
        "  状态      推进中（截至 2026-11-28，逾期332天）",
        "  承办单位  ",
        "  时限      2025-12-31",
        "变更记录",
        "状态：未启动 → 推进中",
        "进展（1 条，最新在前）",
        "答复朱立伟委员：《",
    ] {
        assert!(zh.contains(said), "{said}: {zh}");
    }
    assert!(zh.contains(&east.to_string()), "{east}: {zh}");
    let en = page("en", "UTC");
    let west = utc.format("%Y-%m-%d %H:%M (+00:00)").to_string();
    assert!(
        en.contains(&format!("  {west}  tester  status: pending → in_progress")),
        "{en}"
    );
    assert!(
        en.contains("  status    in_progress (332d overdue as of 2026-11-28)"),
        "{en}"
    );
    assert!(
        !en.contains(&stamp),
        "the stored form is not what is shown: {en}"
    );
}

#[test]
fn dates_take_the_forms_people_in_china_write_and_are_kept_iso() {
    let l = Ledger::new();
    for (on, stored) in [
        ("2026年3月2日", "2026-03-02"),
        ("2026/3/5", "2026-03-05"),
        ("2026.3.7", "2026-03-07"),
        ("2026-3-9", "2026-03-09"),
        ("２０２６年３月１１日", "2026-03-11"),
    ] {
        l.ok(&["--lang", "zh", "note", "17", "进展", "--on", on]);
        let notes = l.json(&["show", "17", "--format", "json"])["notes"].clone();
        assert_eq!(notes[0]["on"], stored, "{on}: {notes}");
    }
    l.ok(&[
        "set",
        "17",
        "--deadline",
        "2026年6月30日",
        "--why",
        "延期办理",
    ]);
    assert_eq!(
        l.json(&["show", "17", "--format", "json"])["deadline"],
        "2026-06-30"
    );
    let table = l.ok(&["--lang", "zh", "list", "--today", "2026年11月28日"]);
    assert!(table.contains("2026-06-30"), "tables stay ISO: {table}");
    let added = l.ok(&[
        "add",
        "--title",
        "t",
        "--owner",
        "o",
        "--deadline",
        "2027/1/31",
    ]);
    assert!(added.contains("added pledge #21"), "{added}");
    assert_eq!(
        l.json(&["show", "21", "--format", "json"])["deadline"],
        "2027-01-31"
    );
}

#[test]
fn a_day_that_does_not_exist_is_refused_naming_the_field_the_value_and_the_forms() {
    let l = Ledger::new();
    let before = l.export();
    let err = l.fails(
        &["--lang", "zh", "note", "17", "x", "--on", "2026年2月30日"],
        2,
    );
    assert!(
        err.contains("日期 \"2026年2月30日\"：日历上没有这一天"),
        "{err}"
    );
    assert!(
        err.contains("2025/6/30") && err.contains("2025年6月30日"),
        "{err}"
    );
    let err = l.fails(&["--lang", "zh", "set", "17", "--deadline", "2026/2/29"], 2);
    assert!(
        err.contains("时限 \"2026/2/29\"") && err.contains("none"),
        "{err}"
    );
    let err = l.fails(&["note", "17", "x", "--on", "2026/2/30"], 2);
    assert!(
        err.contains("date \"2026/2/30\": there is no such day"),
        "{err}"
    );
    assert!(err.contains("2025.6.30"), "{err}");
    for shape in ["2026/2-3", "26/2/3", "2026年2月3", "3/2/2026"] {
        let err = l.fails(&["--lang", "zh", "note", "17", "x", "--on", shape], 2);
        assert!(err.contains("不是可识别的日期写法"), "{shape}: {err}");
    }
    assert_eq!(l.export(), before, "nothing written");
}

#[test]
fn a_file_read_back_takes_only_the_stored_form_of_a_date() {
    let l = Ledger::new();
    let export = serde_json::to_string(&l.export())
        .unwrap()
        .replace("2025-12-31", "2025/12/31");
    let file = l.dir.path().join("slashed.json");
    std::fs::write(&file, export).unwrap();
    let empty = Ledger::uninitialised();
    empty.ok(&["init", "--empty"]);
    let err = empty.fails(&["import", file.to_str().unwrap()], 2);
    assert!(
        err.contains("\"2025/12/31\": not in the form YYYY-MM-DD"),
        "{err}"
    );
}

#[test]
fn today_is_the_local_date() {
    use chrono::{FixedOffset, Utc};
    let l = Ledger::new();
    // Fourteen hours ahead and twelve behind: never the same date.
    let day_in = |hours: i32| {
        (Utc::now() + chrono::Duration::hours(hours.into()))
            .with_timezone(&FixedOffset::east_opt(0).unwrap())
            .date_naive()
            .to_string()
    };
    for (tz, hours, note) in [("Pacific/Kiritimati", 14, 1), ("Etc/GMT+12", -12, 2)] {
        let before = day_in(hours);
        let mut cmd = base_command(l.dir.path());
        let out = cmd
            .env("TZ", tz)
            .arg("--db")
            .arg(&l.db)
            .args(["note", "1", "local"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        let after = day_in(hours);
        let notes = l.json(&["show", "1", "--format", "json"])["notes"].clone();
        let on = notes
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["id"] == note)
            .map(|n| n["on"].as_str().unwrap_or("").to_string())
            .unwrap();
        assert!(on == before || on == after, "{tz}: {on}, not {before}");
    }
}

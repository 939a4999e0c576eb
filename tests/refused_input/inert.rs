//! Output that must stay inert: stored text with escape sequences, formulas and markup
//! reaches every output, and every screen, as text.

use super::*;

/// OSC 2 (window title), OSC 52 (clipboard), CSI, an 8-bit CSI and a bidi override.
const HOSTILE: &str = "\u{1b}]2;pwned\u{7}\u{1b}]52;c;aGk=\u{7}\u{1b}[2J\u{9b}31m\u{202e}";

fn assert_inert(what: &str, text: &str) {
    for c in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}'] {
        assert!(
            !text.contains(c),
            "{what}: {c:?} reached the output:\n{text:?}"
        );
    }
}

/// A ledger where every text field of a letter, pledge, note and change holds escape sequences.
fn hostile_everywhere() -> (tempfile::TempDir, PathBuf) {
    let (dir, db) = ledger();
    let h = |s: &str| format!("{s}{HOSTILE}");
    let data = serde_json::json!({
        "format": "pledge-ledger", "schema_version": 2,
        "letters": [{"id": 1, "issuer": h("厅"), "addressee": h("代表"), "title": h("建议"),
            "issued_on": "2025-05-19", "reference": h("字号"), "body": h("正文"),
            "sha256": pledge::store::sha256_hex(&h("正文")),
            "added_at": "2025-05-20T08:00:00Z"}],
        "pledges": [{"id": 1, "letter": 1, "parent": null, "title": h("标题"), "owner": h("单位"),
            "deadline": "2026-01-31", "deadline_text": h("年底前"), "status": "pending",
            "target": {"quantity": 5, "unit": h("所"), "text": h("5所")}, "quote": h("原文"),
            "created_at": "2025-05-20T08:00:00Z", "updated_at": "2025-05-20T08:00:00Z"}],
        "notes": [{"id": 1, "pledge": 1, "on": "2026-01-02", "written_at": "2026-01-02T00:00:00Z",
            "author": h("作者"), "body": h("进展"), "progress": 2, "status": null}],
        "history": []
    });
    let file = dir.path().join("hostile.json");
    std::fs::write(&file, data.to_string()).unwrap();
    let out = pledge(&db, &["import", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", err(&out));
    let out = pledge(
        &db,
        &["set", "1", "--owner", &h("新单位"), "--why", &h("理由")],
    );
    assert!(out.status.success(), "{}", err(&out));
    assert_inert("set", &String::from_utf8_lossy(&out.stdout));
    (dir, db)
}

#[test]
fn every_text_field_reaches_every_output_inert() {
    let (dir, db) = hostile_everywhere();
    for args in [
        &["show", "1"][..],
        &["list"],
        &["list", "--format", "csv"],
        &["report", "overdue"],
        &["report", "overdue", "--format", "markdown"],
        &["report", "overdue", "--format", "html"],
        &["report", "overdue", "--format", "csv"],
    ] {
        let out = pledge(&db, args);
        assert!(out.status.success(), "{args:?}: {}", err(&out));
        assert_inert(&format!("{args:?}"), &String::from_utf8_lossy(&out.stdout));
    }
    let shown = String::from_utf8(pledge(&db, &["show", "1"]).stdout).unwrap();
    assert!(shown.contains("progress  2/5 所␛]2;pwned␇"), "{shown}");
    let out = pledge(&db, &["add", "--title", HOSTILE, "--owner", HOSTILE]);
    assert_inert("add", &String::from_utf8_lossy(&out.stdout));
    // A letter read for import, printed by the dry run.
    let letter = dir.path().join("letter.txt");
    std::fs::write(
        &letter,
        format!(
            "张三{HOSTILE}代表：\n您提出的《关于修路{HOSTILE}的建议》收悉。\n下一步，\
             {HOSTILE}局将于2026年底前完成{HOSTILE}改造5座。\n某县{HOSTILE}交通局\n2026年3月1日\n"
        ),
    )
    .unwrap();
    let out = pledge(
        &db,
        &["import-letter", letter.to_str().unwrap(), "--dry-run"],
    );
    assert!(out.status.success(), "{}", err(&out));
    assert_inert("dry run", &String::from_utf8_lossy(&out.stdout));
    // File names in messages, on success and on failure.
    let odd = dir.path().join(format!("备份{HOSTILE}.db"));
    for args in [
        vec!["backup", odd.to_str().unwrap()],
        vec!["report", "overdue", "-o", odd.to_str().unwrap()],
        vec!["import-letter", odd.to_str().unwrap(), "--dry-run"],
        vec!["import", odd.to_str().unwrap()],
    ] {
        let out = pledge(&db, &args);
        assert_inert(
            &format!("{args:?} stdout"),
            &String::from_utf8_lossy(&out.stdout),
        );
        assert_inert(&format!("{args:?} stderr"), &err(&out));
    }
}

#[test]
fn spreadsheet_cells_of_text_never_open_with_a_formula_in_list_or_report() {
    let (_dir, db) = ledger();
    let out = pledge(
        &db,
        &[
            "add",
            "--title=-2+3",
            "--owner",
            "=1+1",
            "--deadline",
            "2026-01-31",
            "--deadline-text",
            "@SUM(A1)",
            "--target",
            "5",
            "--unit",
            "+x",
            "--target-text",
            "\t=2",
        ],
    );
    assert!(out.status.success(), "{}", err(&out));
    assert!(
        pledge(&db, &["note", "1", "--progress", "2", "--", "-1 进展"])
            .status
            .success()
    );
    for args in [
        &["list", "--format", "csv"][..],
        &["report", "overdue", "--format", "csv"],
    ] {
        let out = pledge(&db, args);
        assert!(out.status.success(), "{args:?}: {}", err(&out));
        let text = String::from_utf8(out.stdout).unwrap();
        let mut rows = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let mut cells = 0;
        for row in rows.records() {
            for cell in row.unwrap().iter() {
                cells += 1;
                let opens = cell.trim_start().chars().next();
                assert!(
                    !matches!(opens, Some('=' | '+' | '-' | '@' | '\t' | '\r'))
                        && !cell.starts_with([' ', '\t', '\r']),
                    "{args:?}: {cell:?} in {text}"
                );
            }
        }
        assert!(cells > 10, "{text}");
        assert!(text.contains("'-2+3") && text.contains("'=1+1"), "{text}");
    }
}

#[test]
fn markdown_in_a_title_stays_text_in_the_markdown_report() {
    let (_dir, db) = ledger();
    let title = "![x](http://e.com/t.png) [点此](javascript:alert(1)) <b>粗</b> a|b *强* `码`";
    let out = pledge(
        &db,
        &[
            "add",
            "--title",
            title,
            "--owner",
            "# 单位",
            "--deadline",
            "2026-01-31",
        ],
    );
    assert!(out.status.success(), "{}", err(&out));
    let out = pledge(&db, &["report", "overdue", "--format", "markdown"]);
    let md = String::from_utf8(out.stdout).unwrap();
    let row = md.lines().find(|l| l.starts_with("| 1 |")).expect(&md);
    assert_eq!(
        row.split(" | ").nth(1),
        Some(
            "\\!\\[x\\](http\\://e.com/t.png) \\[点此\\](javascript:alert(1)) \\<b\\>粗\\</b\\> \
             a\\|b \\*强\\* \\`码\\`"
        ),
        "{md}"
    );
    assert!(md.contains("### \\# 单位 (1)"), "{md}");
    let out = pledge(&db, &["report", "overdue", "--format", "html"]);
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(
        html.contains("[点此](javascript:alert(1)) &lt;b&gt;粗&lt;/b&gt;") && !html.contains("<b>"),
        "{html}"
    );
}

#[test]
fn every_screen_of_the_full_screen_view_draws_stored_text_inert() {
    use pledge::model::{Quantity, Target};
    use pledge::store::{NewNote, NewPledge, Seed, Store};
    type App = pledge::tui::app::App<pledge::store::Store>;
    use pledge::tui::keys::Action;
    let mut store = Store::open_in_memory(Seed::Empty).unwrap();
    let h = |s: &str| format!("{s}{HOSTILE}");
    let new = NewPledge {
        title: h("标题"),
        owner: h("单位"),
        deadline: pledge::date::parse("2026-01-31").ok(),
        deadline_text: Some(h("年底前")),
        status: None,
        target: Some(Target {
            quantity: Quantity::new(5.0).unwrap(),
            unit: Some(h("所")),
            text: Some(h("5所")),
        }),
        quote: Some(h("原文")),
        parent: None,
        letter: None,
    };
    let id = store.add_pledge(&new, &h("作者")).unwrap();
    let note = NewNote {
        pledge: id,
        on: pledge::date::parse("2026-01-02").unwrap(),
        author: h("作者"),
        body: h("进展"),
        progress: Some(Quantity::new(2.0).unwrap()),
        status: None,
        why: None,
        reported_by: None,
        evidence: None,
    };
    store.add_note(&note).unwrap();
    // A short unit, so its progress cell is not cut before the override.
    let short = NewPledge {
        target: Some(Target {
            quantity: Quantity::new(5.0).unwrap(),
            unit: Some("所\u{202e}".into()),
            text: None,
        }),
        ..new.clone()
    };
    store.add_pledge(&short, "t").unwrap();
    let today = pledge::date::parse("2026-11-28").unwrap();
    let mut app = App::new(store, today, "t".into(), h("账本"), (120, 40)).unwrap();
    let screen = |app: &App| {
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
        terminal.draw(|f| pledge::tui::ui::render(app, f)).unwrap();
        let cells: String = terminal
            .backend()
            .buffer()
            .content()
            .iter()
            .map(|c| c.symbol())
            .collect();
        cells
    };
    assert_inert("list", &screen(&app));
    app.apply(Action::Open);
    assert_inert("detail", &screen(&app));
    let text = format!("下一步，{HOSTILE}局将于2026年底前完成{HOSTILE}改造5座。\n");
    app.open_review(pledge::letter::import::Import::from_text(
        text,
        "UTF-8".into(),
    ));
    assert_inert("review", &screen(&app));
}

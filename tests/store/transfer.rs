//! Export, import and adding a letter: all or nothing, and nothing lost, on SQLite's `Store`.

use super::*;

#[test]
fn a_withdrawal_survives_export_and_import_and_pledge_show_words_it() -> Result<()> {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("l.db");
    let mut store = Store::create(&path, Seed::Builtin, false)?;
    let mut first = note(13, "2026-01-05", "已提供名单");
    first.progress = Some(quantity(300.0));
    store.add_note(&first)?;
    let mut wrong = note(13, "2026-02-01", "误录");
    wrong.progress = Some(quantity(766.0));
    let wrong_id = store.add_note(&wrong)?;
    let w = Withdrawal {
        pledge: 13,
        note: wrong_id,
        by: "王".into(),
        status_before: None,
    };
    store.withdraw_note(&w)?;
    let mut copy = Store::open_in_memory(Seed::Empty)?;
    copy.import(&store.export()?)?;
    assert_eq!(copy.export()?, store.export()?);
    assert_eq!(copy.pledge(13)?, store.pledge(13)?);
    assert_eq!(copy.pledge(13)?.progress, Some(quantity(300.0)));
    drop(store);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_pledge"))
        .env("PLEDGE_LANG", "en")
        .arg("--db")
        .arg(&path)
        .args(["--today", "2026-11-28", "show", "13"])
        .output()
        .expect("run pledge");
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{shown}");
    let worded = pledge::messages::store::withdrawal(Some(&wrong_id.to_string()));
    assert!(shown.contains(&worded), "{shown}");
    assert!(
        shown.contains(pledge::messages::store::withdrawn_mark()),
        "{shown}"
    );
    Ok(())
}

#[test]
fn export_then_import_is_lossless() -> Result<()> {
    let mut store = Store::open_in_memory(Seed::Builtin)?;
    store.add_note(&note(3, "2026-01-01", "引进 \"首批\" 团队, <3> | 个"))?;
    store.edit_pledge(
        3,
        &Edit {
            status: Some(Status::Stalled),
            ..Edit::default()
        },
        "王",
        Some("待签约"),
    )?;
    let first = store.export()?;
    let json = serde_json::to_string(&first).map_err(|e| Error::Io {
        doing: pledge::error::Doing::Read,
        path: None,
        source: std::io::Error::other(e),
    })?;
    let back = serde_json::from_str(&json).map_err(|e| Error::Io {
        doing: pledge::error::Doing::Read,
        path: None,
        source: std::io::Error::other(e),
    })?;
    let mut copy = Store::open_in_memory(Seed::Empty)?;
    copy.import(&back)?;
    assert_eq!(copy.export()?, first);
    // A second import into a ledger that holds data is refused whole.
    let err = copy.import(&back).expect_err("not empty");
    assert!(err.to_string().contains("empty ledger"), "{err}");
    Ok(())
}

#[test]
fn an_import_that_does_not_fit_adds_nothing() -> Result<()> {
    let store = Store::open_in_memory(Seed::Builtin)?;
    let mut data = store.export()?;
    data.notes.push(pledge::model::Note {
        id: 1,
        pledge: 4242,
        on: day("2026-01-01"),
        written_at: "2026-01-01T00:00:00Z".into(),
        author: "王".into(),
        body: "orphan".into(),
        body_hex: None,
        progress: None,
        status: None,
        reported_by: None,
        evidence: None,
    });
    let mut copy = Store::open_in_memory(Seed::Empty)?;
    assert!(copy.import(&data).is_err());
    assert_eq!(copy.counts()?, (0, 0, 0));
    Ok(())
}

#[test]
fn a_letter_whose_pledges_cannot_all_be_written_adds_nothing_at_all() -> Result<()> {
    let import = pledge::letter::import::Import::from_text(
        "张三代表:\n您提出的《关于加强农村公路养护的建议》收悉。\n\
         下一步,我局将于2026年底前完成剩余8座危桥改造。\n\
         特此答复。\n某县交通运输局\n2026年3月1日\n"
            .into(),
        "UTF-8".into(),
    );
    let mut store = Store::open_in_memory(Seed::Builtin)?;
    let good = NewPledge {
        title: "危桥改造".into(),
        owner: "某县交通运输局".into(),
        ..NewPledge::default()
    };
    // The second pledge names a parent that does not exist: it fails inside the transaction,
    // after the letter and the first pledge were written.
    let bad = NewPledge {
        parent: Some(999),
        ..good.clone()
    };
    let letter = import.letter(day("2026-11-28"));
    let err = store
        .add_letter(&letter, &[good.clone(), bad], "王")
        .expect_err("refused");
    assert!(!err.to_string().is_empty());
    assert_eq!(
        store.counts()?,
        (1, 20, 0),
        "neither the letter nor a pledge"
    );
    assert_eq!(import.already_in(&store)?, None);
    let (id, ids) = store.add_letter(&letter, &[good], "王")?;
    assert_eq!((id, ids), (2, vec![21]));
    Ok(())
}

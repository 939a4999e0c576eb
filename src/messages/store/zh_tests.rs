//! Every refusal and record word of the ledger in Chinese: each worded, none left in English.

use std::path::{Path, PathBuf};

use super::*;
use crate::error::Error;
use crate::error::file::{Broken, Kind};
use crate::error::ledger::{BadValue, Column, Refusal};
use crate::messages::errors::zh_tests::assert_chinese;
use crate::messages::lang::{Lang, with};
use crate::messages::{files, values};
use crate::problem::{Field, Invalid};

fn p(s: &str) -> PathBuf {
    PathBuf::from(s)
}

/// One of each refusal, with what other faces word inside it.
fn every_refusal() -> Vec<(Refusal, Vec<String>)> {
    let invalid = Invalid {
        field: Field::Deadline,
        value: "2026-02-30".into(),
        problem: Problem::NoSuchDay,
    };
    let to = Broken::To(p("/gone/ledger.db"));
    let damage = Damage::Check(vec!["row 3 missing from index by_owner".into()]);
    let inner = || Box::new(Error::from(Refusal::EmptyFile { path: p("x.db") }));
    let leftovers = vec![p("l.db-wal"), p("l.db-shm")];
    let none: Vec<String> = Vec::new();
    vec![
        (
            Refusal::NotSaved {
                saving: Saving::Note,
                invalid: invalid.clone(),
            },
            vec![values::invalid(&invalid)],
        ),
        (
            Refusal::NoSuchPledge {
                id: 99,
                ids: Some((1, 20)),
            },
            none.clone(),
        ),
        (Refusal::NoSuchPledge { id: 99, ids: None }, none.clone()),
        (Refusal::NoParent { id: 7 }, none.clone()),
        (Refusal::NoLetter { id: 7 }, none.clone()),
        (Refusal::NoSuchNote { pledge: 3, note: 9 }, none.clone()),
        (
            Refusal::PledgeGone {
                pledge: 3,
                saving: Saving::Change,
            },
            none.clone(),
        ),
        (Refusal::TargetWithoutNumber { pledge: 3 }, none.clone()),
        (
            Refusal::ReadOnlyFolder {
                ledger: p("/ro/l.db"),
                folder: p("/ro"),
                wal: p("/ro/l.db-wal"),
                shm: p("/ro/l.db-shm"),
                saving: Saving::Note,
            },
            none.clone(),
        ),
        (
            Refusal::WalUnreadable {
                ledger: p("/ro/l.db"),
                wal: p("/ro/l.db-wal"),
                shm: p("/ro/l.db-shm"),
            },
            none.clone(),
        ),
        (
            Refusal::ReadOnlyPathNotUtf8 {
                ledger: p("/ro/l.db"),
            },
            none.clone(),
        ),
        (
            Refusal::BrokenLink {
                path: p("l.db"),
                link: to.clone(),
            },
            vec![files::broken(&to)],
        ),
        (
            Refusal::NoLedger {
                path: p("l.db"),
                leftovers: vec![],
            },
            none.clone(),
        ),
        (
            Refusal::NoLedger {
                path: p("l.db"),
                leftovers: vec![p("l.db-wal")],
            },
            none.clone(),
        ),
        (
            Refusal::NotAFile {
                path: p("/dev/null"),
                kind: Kind::CharDevice,
            },
            vec![files::kind(Kind::CharDevice).to_string()],
        ),
        (Refusal::EmptyFile { path: p("l.db") }, none.clone()),
        (
            Refusal::NotSqlite {
                path: p("notes.txt"),
                bytes: 812,
            },
            none.clone(),
        ),
        (
            Refusal::OtherProgram {
                path: p("photos.db"),
                application_id: 0x0f05_5112,
            },
            none.clone(),
        ),
        (
            Refusal::NewerSchema {
                ledger: Some(p("l.db")),
                version: 9,
                known: 5,
            },
            none.clone(),
        ),
        (
            Refusal::ForeignJournal {
                ledger: p("l.db"),
                journal: p("l.db-journal"),
            },
            none.clone(),
        ),
        (
            Refusal::ForeignWal {
                ledger: p("l.db"),
                wal: p("l.db-wal"),
                shm: p("l.db-shm"),
                why: Foreign::OtherDatabase,
            },
            none.clone(),
        ),
        (
            Refusal::CreateOverLink {
                path: p("l.db"),
                link: Broken::Loop,
            },
            vec![files::broken(&Broken::Loop)],
        ),
        (
            Refusal::CreateOverEmpty {
                path: p("l.db"),
                link: true,
            },
            none.clone(),
        ),
        (
            Refusal::CreateOverEmpty {
                path: p("l.db"),
                link: false,
            },
            none.clone(),
        ),
        (
            Refusal::CreateOverExisting {
                path: p("l.db"),
                found: None,
            },
            none.clone(),
        ),
        (
            Refusal::CreateOverExisting {
                path: p("l.db"),
                found: Some(inner()),
            },
            none.clone(),
        ),
        (
            Refusal::CreateBesideLeftovers {
                path: p("l.db"),
                leftovers: leftovers.clone(),
            },
            none.clone(),
        ),
        (
            Refusal::CreateWithoutFolder {
                path: p("/no/l.db"),
                folder: p("/no"),
            },
            none.clone(),
        ),
        (
            Refusal::NoWalMode {
                path: p("l.db"),
                mode: "delete".into(),
            },
            none.clone(),
        ),
        (Refusal::WalNotFolded { path: p("l.db") }, none.clone()),
        (Refusal::AppearedMeanwhile { path: p("l.db") }, none.clone()),
        (
            Refusal::BackupWithoutFolder {
                backup: p("/no/b.db"),
                folder: p("/no"),
            },
            none.clone(),
        ),
        (
            Refusal::BackupBesideLeftovers {
                backup: p("b.db"),
                leftovers,
            },
            none.clone(),
        ),
        (Refusal::BackupPathNotUtf8 { path: p("b.db") }, none.clone()),
        (
            Refusal::RestorePathNotUtf8 { path: p("l.db") },
            none.clone(),
        ),
        (
            Refusal::BackupCheckFailed {
                damage: damage.clone(),
            },
            none.clone(),
        ),
        (Refusal::BackupDiskFull { backup: p("b.db") }, none.clone()),
        (
            Refusal::RestoreOverNonFile {
                path: p("dir"),
                kind: Kind::Directory,
            },
            vec![files::kind(Kind::Directory).to_string()],
        ),
        (
            Refusal::RestoreOverLink {
                path: p("l.db"),
                link: None,
            },
            none.clone(),
        ),
        (
            Refusal::RestoreOverLink {
                path: p("l.db"),
                link: Some(Broken::Unreadable),
            },
            vec![files::broken(&Broken::Unreadable)],
        ),
        (Refusal::RestoreItself { backup: p("l.db") }, none.clone()),
        (
            Refusal::RestoreUnusable {
                backup: p("b.db"),
                why: inner(),
            },
            none.clone(),
        ),
        (
            Refusal::RestoreWhileOpen {
                ledger: p("l.db"),
                pid: 4242,
            },
            none.clone(),
        ),
        (
            Refusal::RestoreDamaged {
                backup: p("b.db"),
                damage,
            },
            none,
        ),
        // Refusal::LetterAlreadyIn is worded by messages::cli whole.
    ]
}

#[test]
fn every_refusal_of_the_ledger_is_chinese_outside_its_quoted_values() {
    with(Lang::Zh, || {
        let all = every_refusal();
        assert!(all.len() >= 44, "one of each kind");
        for (r, others) in &all {
            assert_chinese(&refusal(r), others);
        }
    });
    // And the check is not blind: the same refusals in English fail it.
    let english = every_refusal()
        .iter()
        .filter(|(r, others)| {
            crate::messages::errors::zh_tests::english_run(&refusal(r), others).is_some()
        })
        .count();
    assert!(english >= 40, "{english}");
}

#[test]
fn a_missing_ledger_or_pledge_is_refused_in_chinese_naming_the_value_and_the_way_on() {
    with(Lang::Zh, || {
        let said = |r: Refusal| refusal(&r);
        assert_eq!(
            said(Refusal::NoSuchPledge {
                id: 99,
                ids: Some((1, 20))
            }),
            "没有编号为 99 的事项；本台账的事项编号为 1 至 20（见 `pledge list`）"
        );
        assert_eq!(
            said(Refusal::NoLedger {
                path: p("/srv/台账.db"),
                leftovers: vec![]
            }),
            "“/srv/台账.db”处没有台账；可用 `pledge init --db /srv/台账.db` 新建"
        );
        let two = said(Refusal::NoLedger {
            path: p("l.db"),
            leftovers: vec![p("l.db-wal"), p("l.db-shm")],
        });
        assert!(
            two.starts_with("“l.db”处没有台账：“l.db-wal”、“l.db-shm”是此处原有台账留下的附属文件；SQLite 会把它们重放进新台账"),
            "{two}"
        );
        let one = said(Refusal::NoLedger {
            path: p("l.db"),
            leftovers: vec![p("l.db-wal")],
        });
        assert!(one.contains("SQLite 会把它重放进新台账"), "{one}");
        let newer = said(Refusal::NewerSchema {
            ledger: None,
            version: 9,
            known: 5,
        });
        assert_eq!(
            newer,
            "台账由更新版本的 pledge 写入（数据结构版本 9，本程序最高支持 5），未作改动。请升级 pledge 后再打开"
        );
    });
}

#[test]
fn a_refused_value_says_the_rule_and_what_was_not_saved_in_chinese() {
    let invalid = Invalid {
        field: Field::Deadline,
        value: "2026-02-30".into(),
        problem: Problem::NoSuchDay,
    };
    let r = Refusal::NotSaved {
        saving: Saving::Pledge,
        invalid: invalid.clone(),
    };
    with(Lang::Zh, || {
        assert_eq!(
            refusal(&r),
            format!("{}；事项未保存", values::invalid(&invalid))
        );
    });
    assert_eq!(
        refusal(&r),
        format!("{}; pledge NOT saved", values::invalid(&invalid))
    );
}

#[test]
fn what_was_saved_and_the_history_words_are_chinese() {
    with(Lang::Zh, || {
        assert_eq!(not_saved(Saving::Builtin), "内置事项未保存");
        assert_eq!(saved(&Saved::Change(5)), "对事项 #5 的修改");
        assert_eq!(saved(&Saved::Backup(p("b.db"))), "备份“b.db”");
        assert_eq!(withdrawal(Some("12")), "备注 #12 已撤回：误录入");
        assert_eq!(reason(crate::request::UNDONE_ADDED), "撤销：误添加");
        assert_eq!(withdrawn_mark(), "（已撤回：误录入）");
        assert_eq!(reason(crate::request::REDONE), "重做");
        assert_eq!(
            reason("由群众反映"),
            "由群众反映",
            "a person's reason as written"
        );
        let bad = BadValue {
            column: "deadline".into(),
            what: Column::Refused("2026-13-01".into(), Problem::DateShape),
        };
        let said = bad.to_string();
        assert!(said.starts_with("列 deadline：\"2026-13-01\"："), "{said}");
        assert_chinese(&said, &[values::problem(&Problem::DateShape)]);
        for what in [Column::NotADate, Column::NoDate, Column::NoStatus] {
            let b = BadValue {
                column: "status".into(),
                what,
            };
            assert_chinese(&b.to_string(), &[]);
        }
        for h in [
            Header::NotSqlite,
            Header::PageSize,
            Header::Scribbled,
            Header::CutMidPage,
            Header::CutShort,
        ] {
            assert_chinese(&damage(&Damage::Header(h)), &[]);
        }
        for f in [
            Foreign::NotWal,
            Foreign::BadHeader,
            Foreign::PageSize,
            Foreign::OtherDatabase,
        ] {
            assert_chinese(foreign(f), &[]);
        }
        assert_eq!(
            damage(&Damage::Check(vec!["a b c".into(), "d e f".into()])),
            "“a b c”；“d e f”"
        );
    });
    let path: &Path = Path::new("l.db");
    assert_eq!(saved(&Saved::Ledger(path.into())), "the ledger l.db");
}

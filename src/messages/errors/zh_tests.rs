//! The errors in Chinese, and the check every Chinese message of the errors, store, import
//! and letter faces passes: no English sentence outside what it quotes.

use std::path::Path;

use super::*;
use crate::messages::lang::{Lang, with};

/// A run of three or more ASCII words in `said`, outside what it quotes (“…”, "…", `…`)
/// and outside `others` (what other faces word inside it): an English sentence left over.
pub(crate) fn english_run(said: &str, others: &[String]) -> Option<String> {
    let mut text = said.to_string();
    for other in others.iter().filter(|o| !o.is_empty()) {
        text = text.replace(other.as_str(), "〇");
    }
    let mut kept = String::new();
    let mut closing = None;
    for c in text.chars() {
        match (closing, c) {
            (Some(end), c) if c == end => {
                closing = None;
                kept.push('〇');
            }
            (Some(_), _) => {}
            (None, '“') => closing = Some('”'),
            (None, '"') => closing = Some('"'),
            (None, '`') => closing = Some('`'),
            (None, c) => kept.push(c),
        }
    }
    kept.split(|c: char| !c.is_ascii())
        .find(|run| {
            let words = run
                .split_whitespace()
                .filter(|w| w.chars().filter(char::is_ascii_alphabetic).count() >= 2);
            words.count() >= 3
        })
        .map(str::to_string)
}

/// Fails unless `said` is Chinese: some Chinese characters and no English sentence.
pub(crate) fn assert_chinese(said: &str, others: &[String]) {
    assert!(
        said.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
        "no Chinese in {said:?}"
    );
    if let Some(run) = english_run(said, others) {
        panic!("English left in a Chinese message: {run:?} in {said:?}");
    }
}

fn boom(kind: std::io::ErrorKind) -> std::io::Error {
    std::io::Error::new(kind, "the system says no")
}

#[test]
fn the_check_finds_english_outside_quotes_and_other_faces_words() {
    let english = busy(Saving::Note);
    assert!(english_run(&english, &[]).is_some(), "{english}");
    assert!(english_run("台账“no such file here”为只读", &[]).is_none());
    assert!(english_run("见 `pledge init --db x` 新建", &[]).is_none());
    assert!(english_run("台账 is read only", &[]).is_some());
    let other = "a named pipe (FIFO)".to_string();
    assert!(english_run("“x”是a named pipe (FIFO)，不是台账", &[other]).is_none());
}

#[test]
fn a_busy_full_or_read_only_ledger_says_so_in_chinese_and_what_was_not_saved() {
    with(Lang::Zh, || {
        assert_eq!(
            busy(Saving::Note),
            "台账正忙（另一个 pledge 进程正在写入），请稍后重试；备注未保存"
        );
        assert_eq!(
            read_only(Some(Path::new("l.db")), Saving::Pledge),
            "台账“l.db”为只读：事项未保存"
        );
        assert_eq!(
            read_only(None, Saving::Anything),
            "台账为只读：无法保存任何修改"
        );
        assert!(
            disk_full(Saving::Anything).starts_with("磁盘已满，未保存任何内容；"),
            "{}",
            disk_full(Saving::Anything)
        );
        let d = crate::store::Damage::Header(crate::error::ledger::Header::CutShort);
        let said = damaged(Some(Path::new("/srv/台账.db")), &d);
        assert!(
            said.starts_with(
                "台账“/srv/台账.db”已损坏（文件比文件头记载的短：文件被截断），未作改动"
            ),
            "{said}"
        );
        for s in [
            Saving::Pledge,
            Saving::Change,
            Saving::Note,
            Saving::Letter,
            Saving::Import,
            Saving::Builtin,
            Saving::Anything,
        ] {
            for said in [
                busy(s),
                disk_full(s),
                read_only(None, s),
                read_only(Some(Path::new("a b c.db")), s),
            ] {
                assert_chinese(&said, &[]);
            }
        }
        assert_chinese(&damaged(None, &d), &[]);
    });
}

#[test]
fn a_failed_read_or_write_names_the_path_and_the_common_system_reasons_in_chinese() {
    use std::io::ErrorKind as K;
    with(Lang::Zh, || {
        let path = Path::new("/tmp/a\x1b[2Jb.db");
        let said = io(Doing::Read, Some(path), &boom(K::NotFound));
        assert_eq!(
            said,
            "无法读取“/tmp/a?[2Jb.db”：文件或文件夹不存在"
                .replace('?', &crate::text::shown(Path::new("\x1b")))
        );
        assert_eq!(
            io(Doing::WriteOutput, None, &boom(K::PermissionDenied)),
            "无法写出输出内容：没有权限"
        );
        let other = io(Doing::Create, Some(Path::new("x.db")), &boom(K::Other));
        assert_eq!(other, "无法创建“x.db”：系统提示“the system says no”");
        let doings = [
            Doing::Read,
            Doing::Write,
            Doing::Create,
            Doing::CreateFolder,
            Doing::SetPermissions,
            Doing::PlaceLedger,
            Doing::PlaceFile,
            Doing::KeepOldLedger,
            Doing::MoveOldSidecar,
            Doing::PlaceRestored,
            Doing::WriteOutput,
            Doing::ReadNoteInput,
            Doing::Terminal,
            Doing::ReportSpill,
        ];
        let kinds = [
            K::NotFound,
            K::PermissionDenied,
            K::AlreadyExists,
            K::StorageFull,
            K::ReadOnlyFilesystem,
            K::IsADirectory,
            K::NotADirectory,
            K::Interrupted,
        ];
        for d in doings {
            for k in kinds {
                assert_chinese(&io(d, Some(Path::new("out file.txt")), &boom(k)), &[]);
                assert_chinese(&io(d, None, &boom(k)), &[]);
            }
        }
    });
    let english = io(Doing::Read, Some(Path::new("x")), &boom(K::NotFound));
    assert_eq!(
        english, "cannot read x: the system says no",
        "English keeps the system's words"
    );
}

#[test]
fn sqlite_failures_and_unconfirmed_saves_are_chinese_around_what_sqlite_said() {
    with(Lang::Zh, || {
        let said = sqlite(&rusqlite::Error::QueryReturnedNoRows);
        assert!(said.starts_with("台账数据库出错：“"), "{said}");
        assert_chinese(&said, &[]);
        let saved = [
            Saved::Pledge(3),
            Saved::Note(4),
            Saved::Change(5),
            Saved::Letter(Some(2)),
            Saved::Letter(None),
            Saved::Backup("b.db".into()),
            Saved::Restore("l.db".into()),
            Saved::Ledger("l.db".into()),
            Saved::Import,
        ];
        let broken = boom(std::io::ErrorKind::StorageFull);
        assert_eq!(
            saved_unconfirmed(&Saved::Note(4), &broken),
            "备注 #4已保存，但确认信息未能写出：磁盘已满"
        );
        for s in &saved {
            assert_chinese(&saved_unconfirmed(s, &broken), &[]);
        }
    });
}

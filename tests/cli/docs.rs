//! `pledge completions` and `pledge man`: made without a ledger, and written as every other
//! command's output is, into a closed pipe or a full disk.

use super::*;

/// `pledge ARGS…` with no ledger and no data folder: HOME unset, `--db` in a missing folder.
fn without_ledger(args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pledge"));
    cmd.env("PLEDGE_LANG", "en");
    cmd.env_remove("PLEDGE_DB")
        .env_remove("HOME")
        .env_remove("XDG_DATA_HOME")
        .args(args);
    cmd
}

#[test]
fn completions_for_each_shell_and_the_man_page_need_no_ledger() {
    for (shell, says) in [
        ("bash", "complete -F _pledge"),
        ("zsh", "#compdef pledge"),
        ("fish", "complete -c pledge"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let out = without_ledger(&["completions", shell]).output().unwrap();
        assert!(out.status.success(), "{shell}: {out:?}");
        let script = String::from_utf8(out.stdout).unwrap();
        assert!(script.contains(says), "{shell}: {script}");
        assert!(
            script.contains("import-letter"),
            "{shell}: every subcommand"
        );
        assert!(script.contains("fail-if-overdue"), "{shell}: every option");
    }
    let out = without_ledger(&["man"]).output().unwrap();
    assert!(out.status.success(), "{out:?}");
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.contains(".TH pledge 1"), "{page}");
    assert!(
        page.contains("PLEDGE_DB") && page.contains("completions"),
        "{page}"
    );
    // With a --db path given, still no file is made for either.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    for args in [&["completions", "zsh"][..], &["man"]] {
        let out = without_ledger(args).arg("--db").arg(&db).output().unwrap();
        assert!(out.status.success(), "{args:?}: {out:?}");
    }
    assert!(!db.exists());
}

#[test]
fn an_unknown_shell_is_a_usage_error_naming_the_shells_taken() {
    for args in [&["completions", "tcsh"][..], &["completions"]] {
        let out = without_ledger(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
        let said = String::from_utf8_lossy(&out.stderr);
        if args.len() == 2 {
            assert!(said.contains("bash, zsh, fish, powershell"), "{said}");
        }
    }
}

#[test]
fn completions_and_the_man_page_into_a_closed_pipe_end_quietly() {
    use std::os::fd::FromRawFd;
    for args in [&["completions", "bash"][..], &["man"]] {
        // A pipe whose reader is gone before the command starts: every write fails, always.
        let mut ends = [0; 2];
        assert_eq!(unsafe { libc::pipe(ends.as_mut_ptr()) }, 0);
        unsafe { libc::close(ends[0]) };
        let closed = unsafe { std::fs::File::from_raw_fd(ends[1]) };
        let out = without_ledger(args).stdout(closed).output().unwrap();
        assert!(out.status.success(), "{args:?}: {out:?}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{args:?}");
    }
}

#[test]
fn completions_and_the_man_page_on_a_full_disk_fail_as_list_does() {
    let l = Ledger::new();
    let run = |cmd: &mut Command| {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        cmd.stdout(full).stderr(Stdio::piped()).output().unwrap()
    };
    let list = run(base_command(l.dir.path())
        .arg("--db")
        .arg(&l.db)
        .arg("list"));
    assert_ne!(list.status.code(), Some(0));
    for args in [&["completions", "fish"][..], &["man"]] {
        let out = run(&mut without_ledger(args));
        assert_eq!(out.status.code(), list.status.code(), "{args:?}");
        assert_eq!(out.stderr, list.stderr, "{args:?}");
    }
}

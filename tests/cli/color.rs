//! `--color` and the colour variables: escapes in `pledge list`, in the report and in clap's
//! own help only when asked for or on a terminal, never in a pipe by default.

use super::*;

const ESC: u8 = 0x1b;

impl Ledger {
    /// `pledge ARGS…` with the colour variables given (and none of the base's `NO_COLOR`).
    fn coloured(&self, args: &[&str], vars: &[(&str, &str)]) -> Output {
        let mut cmd = base_command(self.dir.path());
        cmd.env_remove("NO_COLOR")
            .env_remove("CLICOLOR")
            .env_remove("CLICOLOR_FORCE")
            .env("TERM", "xterm-256color")
            .envs(vars.iter().copied())
            .arg("--db")
            .arg(&self.db)
            .args(["--today", TODAY])
            .args(args);
        cmd.output().unwrap()
    }
}

fn strip(s: &str) -> String {
    s.replace("\u{1b}[31m", "")
        .replace("\u{1b}[2m", "")
        .replace("\u{1b}[0m", "")
}

fn has_escapes(out: &[u8]) -> bool {
    out.contains(&ESC)
}

/// The line of the list that shows pledge `id`.
fn row<'a>(list: &'a str, id: &str) -> &'a str {
    list.lines()
        .find(|l| {
            let plain = strip(l);
            let plain = plain.trim_start().trim_start_matches('!');
            plain.starts_with(id) && plain[id.len()..].starts_with(' ')
        })
        .unwrap_or_else(|| panic!("no row {id} in {list}"))
}

#[test]
fn list_colours_overdue_rows_red_and_done_rows_dim_only_when_asked_or_forced() {
    let ledger = Ledger::new();
    ledger.ok(&["set", "2", "--status", "done", "--why", "opened"]);
    // Piped, nothing set: plain text, byte for byte what `--color never` prints.
    let piped = ledger.coloured(&["list"], &[]);
    assert!(piped.status.success());
    assert!(!has_escapes(&piped.stdout));
    let never = ledger.coloured(&["list", "--color", "never"], &[("CLICOLOR_FORCE", "1")]);
    assert_eq!(
        never.stdout, piped.stdout,
        "--color never beats CLICOLOR_FORCE"
    );

    let always = ledger.coloured(&["--color", "always", "list"], &[("NO_COLOR", "1")]);
    let list = String::from_utf8(always.stdout).unwrap();
    assert!(row(&list, "17").starts_with("\u{1b}[31m!17"), "{list}");
    assert!(row(&list, "17").ends_with("\u{1b}[0m"), "{list}");
    assert!(row(&list, "2").starts_with("\u{1b}[2m"), "{list}");
    assert!(
        !has_escapes(row(&list, "4").as_bytes()),
        "an open row keeps the terminal's"
    );
    assert!(
        !has_escapes(list.lines().next().unwrap().as_bytes()),
        "{list}"
    );
    // Without its escapes the coloured list is the plain one.
    assert_eq!(strip(&list).as_bytes(), piped.stdout);

    // `auto` follows the variables as clap's help does.
    let forced = ledger.coloured(&["list"], &[("CLICOLOR_FORCE", "1")]);
    assert!(has_escapes(&forced.stdout));
    for vars in [
        [("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")],
        [("CLICOLOR", "0"), ("TERM", "dumb")],
    ] {
        let out = ledger.coloured(&["list"], &vars);
        assert!(!has_escapes(&out.stdout), "{vars:?}");
    }
    // Machine formats never carry escapes.
    for format in ["json", "csv"] {
        let out = ledger.coloured(&["list", "--format", format, "--color", "always"], &[]);
        assert!(!has_escapes(&out.stdout), "{format}");
    }
}

#[test]
fn the_report_and_clap_s_help_and_errors_follow_the_same_choice() {
    let ledger = Ledger::new();
    let report = ["report", "overdue", "--width", "100"];
    let always = ledger.coloured(&[&report[..], &["--color", "always"]].concat(), &[]);
    assert!(has_escapes(&always.stdout));
    let piped = ledger.coloured(&report, &[]);
    assert!(!has_escapes(&piped.stdout));

    let help = ledger.coloured(&["--color", "always", "list", "--help"], &[]);
    assert!(has_escapes(&help.stdout), "{help:?}");
    let help = ledger.coloured(&["list", "--help"], &[("CLICOLOR_FORCE", "1")]);
    assert!(has_escapes(&help.stdout));
    let help = ledger.coloured(
        &["list", "--help", "--color=never"],
        &[("CLICOLOR_FORCE", "1")],
    );
    assert!(!has_escapes(&help.stdout));
    assert!(String::from_utf8_lossy(&help.stdout).contains("--color <WHEN>"));

    let error = ledger.coloured(&["--color", "always", "list", "--sort", "colour"], &[]);
    assert_eq!(error.status.code(), Some(2));
    assert!(has_escapes(&error.stderr));
    let error = ledger.coloured(&["list", "--sort", "colour"], &[]);
    assert!(!has_escapes(&error.stderr));
    // A typed value holding an escape never reaches the terminal, coloured or not.
    let error = ledger.coloured(&["--color", "always", "list", "--sort", "\u{1b}[2J"], &[]);
    assert_eq!(error.status.code(), Some(2));
    assert!(!has_escapes(&error.stderr), "{error:?}");

    let bad = ledger.coloured(&["--color", "purple", "list"], &[]);
    assert_eq!(bad.status.code(), Some(2));
    let said = String::from_utf8_lossy(&bad.stderr);
    assert!(
        said.contains("purple") && said.contains("always") && said.contains("never"),
        "{said}"
    );
}

//! The config file: where it is looked for, what it sets and what beats it (option >
//! environment > file > default), and a file with a mistake stopping every command unwritten.

use super::*;

impl Ledger {
    /// The config file's path under this test's home (`XDG_CONFIG_HOME` is `HOME/config`).
    fn config_file(&self) -> PathBuf {
        self.dir.path().join("config/pledge/config.toml")
    }

    fn write_config(&self, text: &str) {
        let path = self.config_file();
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    /// `pledge --today TODAY ARGS…` with no `--db`: the ledger comes from elsewhere.
    fn bare(&self, args: &[&str], vars: &[(&str, &str)]) -> Output {
        base_command(self.dir.path())
            .envs(vars.iter().copied())
            .args(["--today", TODAY])
            .args(args)
            .output()
            .unwrap()
    }
}

fn text(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn line<'a>(shown: &'a str, name: &str) -> &'a str {
    shown
        .lines()
        .find(|l| l.starts_with(&format!("{name} = ")))
        .unwrap_or_else(|| panic!("no {name} in {shown}"))
}

#[test]
fn without_a_file_config_shows_the_defaults_and_where_it_looked() {
    let ledger = Ledger::new();
    let shown = text(&ledger.bare(&["config"], &[]));
    let file = ledger.config_file();
    assert!(
        shown.starts_with(&format!("config file: {}", file.display())),
        "{shown}"
    );
    assert!(shown.contains("not there"), "{shown}");
    assert!(
        line(&shown, "ledger").ends_with("(built-in default)"),
        "{shown}"
    );
    assert_eq!(line(&shown, "author"), "author = tester  (the login name)");
    assert_eq!(
        line(&shown, "report.within"),
        "report.within = 30  (built-in default)"
    );
    assert!(
        !ledger.dir.path().join("data").exists(),
        "config opens no ledger"
    );
    let path = text(&ledger.bare(&["config", "--path"], &[]));
    assert_eq!(path.trim_end(), file.display().to_string());
}

#[test]
fn the_file_sets_ledger_author_report_and_keys_and_options_and_environment_beat_it() {
    let ledger = Ledger::new();
    let db = ledger.db.display().to_string();
    ledger.write_config(&format!(
        "# mine\nledger = \"{db}\"\nauthor = \"王五\"\nlanguage = \"zh\"\n\n[report]\nwithin = 2000\n\n[keys]\nquit = \"Q\"\n"
    ));
    let shown = text(&ledger.bare(&["config"], &[]));
    assert_eq!(
        line(&shown, "ledger"),
        format!("ledger = {db}  (from the config file, line 2)")
    );
    assert_eq!(
        line(&shown, "author"),
        "author = 王五  (from the config file, line 3)"
    );
    // The tests speak English through PLEDGE_LANG, which beats the file.
    assert_eq!(
        line(&shown, "language"),
        "language = en  (from PLEDGE_LANG)"
    );
    assert_eq!(
        line(&shown, "report.within"),
        "report.within = 2000  (from the config file, line 7)"
    );
    assert_eq!(
        line(&shown, "keys.quit"),
        "keys.quit = \"Q\"  (from the config file, line 10)"
    );

    // The file's ledger, with no --db: a note goes there, written by the file's author.
    text(&ledger.bare(&["note", "17", "进展顺利"], &[]));
    text(&ledger.bare(&["note", "17", "又一条", "--author", "李四"], &[]));
    let page = ledger.json(&["show", "17", "--format", "json"]);
    let authors: Vec<&str> = page["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["author"].as_str().unwrap())
        .collect();
    assert_eq!(
        authors,
        ["李四", "王五"],
        "--author beats the file, newest first"
    );

    // The report's window: the file's, unless --within says otherwise.
    let report = text(&ledger.bare(&["report", "overdue", "--width", "100"], &[]));
    assert!(
        report.contains("DUE WITHIN 2000 DAYS: 1 pledge"),
        "{report}"
    );
    let report = text(&ledger.bare(
        &["report", "overdue", "--within", "30", "--width", "100"],
        &[],
    ));
    assert!(report.contains("DUE WITHIN 30 DAYS: 0 pledges"), "{report}");

    // PLEDGE_DB beats the file; --db beats PLEDGE_DB.
    let other = ledger.dir.path().join("other.db");
    let other = other.display().to_string();
    let shown = text(&ledger.bare(&["config"], &[("PLEDGE_DB", &other)]));
    assert_eq!(
        line(&shown, "ledger"),
        format!("ledger = {other}  (from PLEDGE_DB)")
    );
    let shown = text(&ledger.bare(&["--db", &db, "config"], &[("PLEDGE_DB", &other)]));
    assert_eq!(
        line(&shown, "ledger"),
        format!("ledger = {db}  (from --db)")
    );
    let missing = ledger.bare(&["list"], &[("PLEDGE_DB", &other)]);
    assert_eq!(
        missing.status.code(),
        Some(1),
        "PLEDGE_DB's ledger, not the file's"
    );

    // PLEDGE_CONFIG names another file.
    let elsewhere = ledger.dir.path().join("elsewhere.toml");
    std::fs::write(&elsewhere, "author = \"赵六\"\n").unwrap();
    let elsewhere = elsewhere.display().to_string();
    let shown = text(&ledger.bare(&["--db", &db, "config"], &[("PLEDGE_CONFIG", &elsewhere)]));
    assert!(shown.contains("named by PLEDGE_CONFIG"), "{shown}");
    assert_eq!(
        line(&shown, "author"),
        "author = 赵六  (from the config file, line 1)"
    );
    let path = text(&ledger.bare(&["config", "--path"], &[("PLEDGE_CONFIG", &elsewhere)]));
    assert_eq!(path.trim_end(), elsewhere);
}

#[test]
fn a_file_with_a_mistake_stops_every_command_naming_the_file_line_and_key() {
    let ledger = Ledger::new();
    let before = ledger.export();
    let file = ledger.config_file().display().to_string();
    for (config, line, says) in [
        (
            "author = \"a\"\n\n[report]\nwithin = \"soon\"\n",
            4,
            "`report.within` cannot be \"soon\"",
        ),
        (
            "author = \"a\"\ncolour = true\n",
            2,
            "no setting is called `colour`",
        ),
        ("[keys]\nquit = \"QQ\"\n", 2, "`keys.quit` cannot be \"QQ\""),
        ("[keys]\nfly = \"f\"\n", 2, "`fly`, which is no action"),
        ("language = \"fr\"\n", 1, "\"zh\" or \"en\""),
        ("author = \n", 1, "not TOML"),
    ] {
        ledger.write_config(config);
        for args in [
            &["note", "17", "不应写入"][..],
            &["set", "17", "--status", "done", "--why", "x"],
            &["list"],
            &["config"],
            &["init", "--force"],
        ] {
            let said = ledger.fails(args, 2);
            assert!(
                said.contains(&format!("config file {file}, line {line}: ")) && said.contains(says),
                "{config:?} {args:?}: {said}"
            );
        }
        // Its path is still told, to find and mend it.
        let path = text(&ledger.bare(&["config", "--path"], &[]));
        assert_eq!(path.trim_end(), file);
    }
    std::fs::remove_file(ledger.config_file()).unwrap();
    assert_eq!(ledger.export(), before, "nothing was written");
    let missing = ledger.bare(&["list"], &[("PLEDGE_CONFIG", "/nonexistent/pledge.toml")]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&missing.stderr)
            .contains("no config file at /nonexistent/pledge.toml")
    );
}

#[test]
fn the_files_language_speaks_unless_lang_or_pledge_lang_says_otherwise() {
    let ledger = Ledger::new();
    let db = ledger.db.display().to_string();
    ledger.write_config("# the office's own\nlanguage = \"zh\"\n");
    let unset = [("PLEDGE_LANG", ""), ("LANG", "en_US.UTF-8")];
    let listed = text(&ledger.bare(&["--db", &db, "list"], &unset));
    assert!(listed.contains("未启动"), "{listed}");
    let shown = text(&ledger.bare(&["--db", &db, "config"], &unset));
    assert!(
        line(&shown, "language").starts_with("language = zh  ("),
        "{shown}"
    );
    assert!(
        line(&shown, "language").contains('2'),
        "names line 2: {shown}"
    );
    let en = [("PLEDGE_LANG", "en")];
    let listed = text(&ledger.bare(&["--db", &db, "list"], &en));
    assert!(
        listed.contains("pending") && !listed.contains("未启动"),
        "{listed}"
    );
    let shown = text(&ledger.bare(&["--db", &db, "config"], &en));
    assert!(line(&shown, "language").contains("PLEDGE_LANG"), "{shown}");
    let listed = text(&ledger.bare(&["--db", &db, "--lang", "en", "list"], &unset));
    assert!(listed.contains("pending"), "{listed}");
}

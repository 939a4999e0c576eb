//! The language: `--lang` over `PLEDGE_LANG` over the locale, Chinese when none names one.

use super::*;

impl Ledger {
    /// Runs with the language left to `env` (the base command sets English).
    fn run_in(&self, env: &[(&str, &str)], args: &[&str]) -> Output {
        let mut cmd = base_command(self.dir.path());
        for var in ["PLEDGE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
            cmd.env_remove(var);
        }
        cmd.envs(env.iter().copied())
            .arg("--db")
            .arg(&self.db)
            .arg("--today")
            .arg(TODAY)
            .args(args);
        cmd.output().unwrap()
    }
}

fn stdout(out: &Output) -> String {
    assert!(out.status.success(), "{out:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn statuses_follow_the_flag_then_pledge_lang_then_the_locale() {
    let ledger = Ledger::new();
    let list = ["list"];
    let zh = |out: &Output| stdout(out).contains("未启动");
    let en = |out: &Output| stdout(out).contains("pending");
    assert!(zh(&ledger.run_in(&[], &list)), "no locale: Chinese");
    assert!(zh(&ledger.run_in(&[("LANG", "C")], &list)), "C: Chinese");
    assert!(en(&ledger.run_in(&[("LANG", "en_US.UTF-8")], &list)));
    assert!(zh(&ledger.run_in(&[("LANG", "zh_CN.UTF-8")], &list)));
    let both = [("LC_ALL", "en_GB.UTF-8"), ("LANG", "zh_CN.UTF-8")];
    assert!(en(&ledger.run_in(&both, &list)), "LC_ALL before LANG");
    assert!(zh(
        &ledger.run_in(&[("PLEDGE_LANG", "zh"), ("LANG", "en_US")], &list)
    ));
    let mut flagged = vec!["--lang", "en"];
    flagged.extend(list);
    assert!(en(&ledger.run_in(&[("PLEDGE_LANG", "zh")], &flagged)));
}

#[test]
fn an_unknown_language_is_a_usage_error_naming_where_the_value_and_the_choices() {
    let ledger = Ledger::new();
    let before = ledger.export();
    for (env, args, named) in [
        (vec![], vec!["--lang", "fr", "note", "1", "x"], "--lang"),
        (vec![], vec!["note", "1", "x", "--lang=klingon"], "--lang"),
        (
            vec![("PLEDGE_LANG", "de")],
            vec!["note", "1", "x"],
            "PLEDGE_LANG",
        ),
    ] {
        let out = ledger.run_in(&env, &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(named), "{err}");
        assert!(err.contains("zh") && err.contains("en"), "{err}");
    }
    assert_eq!(ledger.export(), before, "nothing written");
}

//! Which language the program speaks: `--lang`, else `PLEDGE_LANG`, else the locale
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`). The people and the data are Chinese, so a locale that
//! names neither language (unset, `C`, `POSIX`, another language) means Chinese.

use std::cell::Cell;
use std::sync::atomic::{AtomicU8, Ordering};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    Zh,
    En,
}

/// A `--lang` or `PLEDGE_LANG` value that names no language of the program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang {
    /// Where the value came from: `--lang` or `PLEDGE_LANG`.
    pub from: &'static str,
    pub value: String,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The values `--lang` accepts.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// `zh`, `zh_CN.UTF-8`, `zh-Hans`, `en`, `en_US`… (any case); `None` for anything else.
    pub fn parse(value: &str) -> Option<Lang> {
        let v = value.trim().to_ascii_lowercase();
        let head = v.split(['_', '-', '.', '@']).next().unwrap_or("");
        match head {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    fn id(self) -> u8 {
        match self {
            Lang::Zh => 1,
            Lang::En => 2,
        }
    }
}

/// Which setting decided the language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum From {
    Flag,
    PledgeLang,
    /// The config file's `language`.
    File,
    /// The locale variable that was set: `LC_ALL`, `LC_MESSAGES` or `LANG`.
    Locale(&'static str),
    /// Nothing was set: Chinese.
    Unset,
}

/// The language for a `--lang` value (if given) and an environment.
pub fn choose(
    flag: Option<&str>,
    env: impl Fn(&str) -> Option<String>,
) -> Result<Lang, UnknownLang> {
    choose_from(flag, env, None).map(|(lang, _)| lang)
}

/// The whole rule, with the config file's `language` (read after the command line) between
/// `PLEDGE_LANG` and the locale, and which setting decided.
pub fn choose_from(
    flag: Option<&str>,
    env: impl Fn(&str) -> Option<String>,
    file: Option<Lang>,
) -> Result<(Lang, From), UnknownLang> {
    let named =
        |from: &'static str, value: String| Lang::parse(&value).ok_or(UnknownLang { from, value });
    if let Some(v) = flag {
        return Ok((named("--lang", v.to_string())?, From::Flag));
    }
    if let Some(v) = env("PLEDGE_LANG").filter(|v| !v.is_empty()) {
        return Ok((named("PLEDGE_LANG", v)?, From::PledgeLang));
    }
    if let Some(lang) = file {
        return Ok((lang, From::File));
    }
    // As POSIX reads them: the first of these that is set and not empty decides.
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|name| env(name).filter(|v| !v.is_empty()).map(|v| (name, v)));
    Ok(match locale {
        Some((name, v)) => (Lang::parse(&v).unwrap_or(Lang::Zh), From::Locale(name)),
        None => (Lang::Zh, From::Unset),
    })
}

/// The `--lang` value in a command line, read before the command line is parsed so that
/// `--help` itself is in that language. Stops at `--`.
pub fn flag_in(args: &[std::ffi::OsString]) -> Option<&str> {
    let mut found = None;
    let mut it = args.iter().skip(1).map(|a| a.to_str());
    while let Some(arg) = it.next() {
        match arg {
            Some("--") => break,
            Some("--lang") => found = it.next().flatten(),
            Some(a) => {
                if let Some(v) = a.strip_prefix("--lang=") {
                    found = Some(v);
                }
            }
            None => {}
        }
    }
    found
}

/// The program's language, set once at start (English until then: tests word in English
/// unless they ask otherwise).
static CHOSEN: AtomicU8 = AtomicU8::new(0);

thread_local! {
    /// A test's own language, for this thread only.
    static OVERRIDE: Cell<Option<Lang>> = const { Cell::new(None) };
}

pub fn set(lang: Lang) {
    CHOSEN.store(lang.id(), Ordering::Relaxed);
}

pub fn current() -> Lang {
    if let Some(lang) = OVERRIDE.with(Cell::get) {
        return lang;
    }
    match CHOSEN.load(Ordering::Relaxed) {
        1 => Lang::Zh,
        _ => Lang::En,
    }
}

/// Runs `f` with this thread speaking `lang`, then puts back what it spoke before.
pub fn with<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    let before = OVERRIDE.with(|o| o.replace(Some(lang)));
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            OVERRIDE.with(|o| o.set(self.0));
        }
    }
    let _restore = Restore(before);
    f()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn the_flag_wins_then_pledge_lang_then_the_locale_in_posix_order() {
        let all = [
            ("PLEDGE_LANG", "en"),
            ("LC_ALL", "zh_CN.UTF-8"),
            ("LANG", "en_US.UTF-8"),
        ];
        assert_eq!(choose(Some("zh"), env(&all)), Ok(Lang::Zh));
        assert_eq!(choose(None, env(&all)), Ok(Lang::En));
        assert_eq!(choose(None, env(&all[1..])), Ok(Lang::Zh));
        assert_eq!(choose(None, env(&all[2..])), Ok(Lang::En));
        let messages = [("LC_ALL", ""), ("LC_MESSAGES", "en_GB"), ("LANG", "zh_CN")];
        assert_eq!(choose(None, env(&messages)), Ok(Lang::En));
    }

    #[test]
    fn the_config_files_language_comes_after_pledge_lang_and_before_the_locale() {
        let locale = [("LANG", "en_US.UTF-8")];
        assert_eq!(
            choose_from(None, env(&locale), Some(Lang::Zh)),
            Ok((Lang::Zh, From::File))
        );
        let both = [("PLEDGE_LANG", "en"), ("LANG", "zh_CN")];
        assert_eq!(
            choose_from(None, env(&both), Some(Lang::Zh)),
            Ok((Lang::En, From::PledgeLang))
        );
        assert_eq!(
            choose_from(None, env(&locale), None),
            Ok((Lang::En, From::Locale("LANG")))
        );
        assert_eq!(
            choose_from(None, env(&[]), None),
            Ok((Lang::Zh, From::Unset))
        );
    }

    #[test]
    fn no_locale_c_posix_or_another_language_means_chinese() {
        for locale in ["C", "POSIX", "C.UTF-8", "fr_FR.UTF-8", ""] {
            assert_eq!(
                choose(None, env(&[("LANG", locale)])),
                Ok(Lang::Zh),
                "{locale}"
            );
        }
        assert_eq!(choose(None, env(&[])), Ok(Lang::Zh));
    }

    #[test]
    fn an_unknown_flag_or_pledge_lang_is_refused_naming_where_it_came_from() {
        assert_eq!(
            choose(Some("fr"), env(&[])),
            Err(UnknownLang {
                from: "--lang",
                value: "fr".into()
            })
        );
        assert_eq!(
            choose(None, env(&[("PLEDGE_LANG", "klingon")])),
            Err(UnknownLang {
                from: "PLEDGE_LANG",
                value: "klingon".into()
            })
        );
    }

    #[test]
    fn the_flag_is_found_before_parsing_in_both_spellings_and_not_after_dashes() {
        let args = |a: &[&str]| {
            a.iter()
                .map(Into::into)
                .collect::<Vec<std::ffi::OsString>>()
        };
        assert_eq!(
            flag_in(&args(&["pledge", "--lang", "en", "list"])),
            Some("en")
        );
        assert_eq!(flag_in(&args(&["pledge", "list", "--lang=zh"])), Some("zh"));
        assert_eq!(
            flag_in(&args(&["pledge", "add", "--", "--lang", "en"])),
            None
        );
        assert_eq!(flag_in(&args(&["pledge", "--lang"])), None);
    }

    #[test]
    fn a_thread_speaks_its_own_language_and_gets_the_old_one_back() {
        let outside = current();
        with(Lang::Zh, || {
            assert_eq!(current(), Lang::Zh);
            with(Lang::En, || assert_eq!(current(), Lang::En));
            assert_eq!(current(), Lang::Zh);
        });
        assert_eq!(current(), outside);
    }
}

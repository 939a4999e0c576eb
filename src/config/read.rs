//! A config file's text to its settings: every key is looked at with its line, so a refusal
//! names the line and the key; the first mistake in the file is the one reported.

use std::ops::Range;
use std::path::{Path, PathBuf};

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{Language, Set, Settings};
use crate::error::config::{Accepted, Refusal};
use crate::tui::keys::remap;

/// The keys the file's top level may hold, and `[report]`'s.
pub const TOP: &[&str] = &["ledger", "author", "language", "report", "keys"];
pub const REPORT: &[&str] = &["within", "stale_days"];

/// The longest value a refusal quotes, in characters.
const QUOTED: usize = 60;

struct File<'a> {
    path: &'a Path,
    text: &'a str,
    home: Option<&'a Path>,
}

type Entry<'i> = (
    &'i Spanned<std::borrow::Cow<'i, str>>,
    &'i Spanned<DeValue<'i>>,
);

impl File<'_> {
    fn line(&self, span: Range<usize>) -> usize {
        let at = span.start.min(self.text.len());
        self.text.as_bytes()[..at]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }

    fn quoted(&self, span: Range<usize>) -> String {
        let text = self.text.get(span).unwrap_or_default();
        let mut out: String = text.chars().take(QUOTED).collect();
        if text.chars().nth(QUOTED).is_some() {
            out.push('…');
        }
        out
    }

    fn bad(&self, key: &str, value: &Spanned<DeValue>, accepted: Accepted) -> Refusal {
        Refusal::BadValue {
            path: self.path.to_path_buf(),
            line: self.line(value.span()),
            key: key.to_string(),
            value: self.quoted(value.span()),
            accepted,
        }
    }

    fn unknown(&self, key: &str, span: Range<usize>, accepted: &[&'static str]) -> Refusal {
        Refusal::UnknownKey {
            path: self.path.to_path_buf(),
            line: self.line(span),
            key: key.to_string(),
            accepted: accepted.to_vec(),
        }
    }

    fn text(&self, key: &str, value: &Spanned<DeValue>) -> Result<Set<String>, Refusal> {
        match value.get_ref() {
            DeValue::String(s) if !s.trim().is_empty() => Ok(Set {
                value: s.to_string(),
                line: self.line(value.span()),
            }),
            _ => Err(self.bad(key, value, Accepted::Text)),
        }
    }

    fn days(&self, key: &str, value: &Spanned<DeValue>) -> Result<Set<u16>, Refusal> {
        let days = value
            .get_ref()
            .as_integer()
            .and_then(|i| u16::from_str_radix(i.as_str(), i.radix()).ok())
            .filter(|d| *d <= 3650);
        match days {
            Some(d) => Ok(Set {
                value: d,
                line: self.line(value.span()),
            }),
            None => Err(self.bad(key, value, Accepted::Days)),
        }
    }

    fn path(&self, key: &str, value: &Spanned<DeValue>) -> Result<Set<PathBuf>, Refusal> {
        let text = self
            .text(key, value)
            .map_err(|_| self.bad(key, value, Accepted::Path))?;
        // A server ledger's address is kept as written (read as one when the ledger opens).
        if crate::server::Address::is_server(std::ffi::OsStr::new(&text.value)) {
            return Ok(Set {
                value: PathBuf::from(&text.value),
                line: text.line,
            });
        }
        let path = match (text.value.strip_prefix("~/"), self.home) {
            (Some(rest), Some(home)) => home.join(rest),
            (Some(_), None) => return Err(self.bad(key, value, Accepted::Path)),
            (None, _) => PathBuf::from(&text.value),
        };
        if !path.is_absolute() {
            return Err(self.bad(key, value, Accepted::Path));
        }
        Ok(Set {
            value: path,
            line: text.line,
        })
    }

    fn table<'i>(
        &self,
        key: &str,
        value: &'i Spanned<DeValue<'i>>,
    ) -> Result<Vec<Entry<'i>>, Refusal> {
        match value.get_ref() {
            DeValue::Table(t) => Ok(in_order(t)),
            _ => Err(self.bad(key, value, Accepted::Table)),
        }
    }
}

/// A table's entries in the file's order (the map keeps them sorted by name).
fn in_order<'i>(table: &'i DeTable<'i>) -> Vec<Entry<'i>> {
    let mut entries: Vec<Entry<'i>> = table.iter().collect();
    entries.sort_by_key(|(k, _)| k.span().start);
    entries
}

/// The settings a file's text gives, or the first mistake in it.
pub fn settings(path: &Path, text: &str, home: Option<&Path>) -> Result<Settings, Refusal> {
    let file = File { path, text, home };
    let doc = DeTable::parse(text).map_err(|e| Refusal::NotToml {
        path: path.to_path_buf(),
        line: file.line(e.span().unwrap_or(0..0)),
        detail: e.message().to_string(),
    })?;
    let mut out = Settings::default();
    for (key, value) in in_order(doc.get_ref()) {
        match key.get_ref().as_ref() {
            "ledger" => out.ledger = Some(file.path("ledger", value)?),
            "author" => out.author = Some(file.text("author", value)?),
            "language" => {
                let name = file.text("language", value).ok();
                let language = name.and_then(|n| {
                    Language::ALL
                        .into_iter()
                        .find(|l| l.code() == n.value)
                        .map(|l| Set {
                            value: l,
                            line: n.line,
                        })
                });
                out.language =
                    Some(language.ok_or_else(|| file.bad("language", value, Accepted::Language))?);
            }
            "report" => {
                for (k, v) in file.table("report", value)? {
                    let name = format!("report.{}", k.get_ref());
                    match k.get_ref().as_ref() {
                        "within" => out.within = Some(file.days(&name, v)?),
                        "stale_days" => out.stale_days = Some(file.days(&name, v)?),
                        _ => return Err(file.unknown(&name, k.span(), REPORT)),
                    }
                }
            }
            "keys" => {
                for (k, v) in file.table("keys", value)? {
                    let name = k.get_ref().to_string();
                    let action =
                        remap::action_named(&name).ok_or_else(|| Refusal::UnknownAction {
                            path: path.to_path_buf(),
                            line: file.line(k.span()),
                            action: name.clone(),
                        })?;
                    let label = format!("keys.{name}");
                    let written = file
                        .text(&label, v)
                        .map_err(|_| file.bad(&label, v, Accepted::Key))?;
                    let key = remap::parse_key(&written.value)
                        .ok_or_else(|| file.bad(&label, v, Accepted::Key))?;
                    out.remap.bindings.push((key, action));
                    out.keys.push(Set {
                        value: (name, written.value),
                        line: written.line,
                    });
                }
            }
            other => return Err(file.unknown(other, key.span(), TOP)),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Settings, Refusal> {
        settings(
            Path::new("/c/config.toml"),
            text,
            Some(Path::new("/home/u")),
        )
    }

    #[test]
    fn every_setting_is_read_with_its_line() {
        let s = read(
            "# mine\nledger = \"~/l.db\"\nauthor = \"王五\"\nlanguage = \"zh\"\n\n[report]\n\
             within = 14\nstale_days = 0x3c\n\n[keys]\nquit = \"Q\"\nnote = \"ctrl-n\"\n",
        )
        .unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(
            s.ledger.map(|l| (l.value, l.line)),
            Some(("/home/u/l.db".into(), 2))
        );
        assert_eq!(s.author.map(|a| a.value), Some("王五".into()));
        assert_eq!(s.language.map(|l| l.value), Some(Language::Zh));
        assert_eq!(s.within.map(|w| (w.value, w.line)), Some((14, 7)));
        assert_eq!(s.stale_days.map(|w| w.value), Some(60));
        assert_eq!(s.remap.bindings.len(), 2);
        assert_eq!(s.keys[1].value, ("note".into(), "ctrl-n".into()));
        assert_eq!(s.keys[1].line, 12);
    }

    #[test]
    fn mistakes_name_the_line_the_key_and_what_is_accepted() {
        let unknown = read("author = \"a\"\ncolour = true\n");
        assert!(
            matches!(&unknown, Err(Refusal::UnknownKey { line: 2, key, accepted, .. })
                if key == "colour" && accepted.contains(&"ledger")),
            "{unknown:?}"
        );
        let nested = read("[report]\nwithin = 3\nstale = 4\n");
        assert!(
            matches!(&nested, Err(Refusal::UnknownKey { line: 3, key, .. }) if key == "report.stale"),
            "{nested:?}"
        );
        for (text, line, key, value, accepted) in [
            (
                "[report]\nwithin = 4000\n",
                2,
                "report.within",
                "4000",
                Accepted::Days,
            ),
            (
                "[report]\nwithin = \"30\"\n",
                2,
                "report.within",
                "\"30\"",
                Accepted::Days,
            ),
            (
                "[report]\nstale_days = -1\n",
                2,
                "report.stale_days",
                "-1",
                Accepted::Days,
            ),
            (
                "language = \"fr\"\n",
                1,
                "language",
                "\"fr\"",
                Accepted::Language,
            ),
            (
                "ledger = \"rel/l.db\"\n",
                1,
                "ledger",
                "\"rel/l.db\"",
                Accepted::Path,
            ),
            ("author = \"  \"\n", 1, "author", "\"  \"", Accepted::Text),
            ("report = 3\n", 1, "report", "3", Accepted::Table),
            (
                "\n[keys]\nquit = \"ctrl-\"\n",
                3,
                "keys.quit",
                "\"ctrl-\"",
                Accepted::Key,
            ),
            ("[keys]\nquit = 1\n", 2, "keys.quit", "1", Accepted::Key),
        ] {
            let got = read(text);
            assert!(
                matches!(&got, Err(Refusal::BadValue { line: l, key: k, value: v, accepted: a, .. })
                    if *l == line && k == key && v == value && *a == accepted),
                "{text:?}: {got:?}"
            );
        }
        let action = read("[keys]\nquit = \"Q\"\nfly = \"f\"\n");
        assert!(
            matches!(&action, Err(Refusal::UnknownAction { line: 3, action, .. }) if action == "fly"),
            "{action:?}"
        );
        let broken = read("author = \"a\"\nledger = \n");
        assert!(
            matches!(&broken, Err(Refusal::NotToml { line: 2, .. })),
            "{broken:?}"
        );
        let twice = read("author = \"a\"\nauthor = \"b\"\n");
        assert!(
            matches!(&twice, Err(Refusal::NotToml { line: 2, .. })),
            "{twice:?}"
        );
    }

    #[test]
    fn an_empty_file_is_no_settings() {
        let s = read("").unwrap_or_else(|e| panic!("{e:?}"));
        assert!(s.ledger.is_none() && s.keys.is_empty() && s.within.is_none());
    }
}

//! The message catalogue: Fluent files `i18n/<lang>/pledge.ftl`, built into the binary. Each
//! language has its own loader, so a thread (a test) can speak one while another speaks the
//! other; `t!` picks the current one. `fl!` checks ids and arguments against the English file
//! when compiling; tests check that the Chinese file has the same messages.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::{I18nAssets, LanguageLoader};

use super::lang::{self, Lang};

/// The two files, as the loader asks for them (`<lang>/<domain>.ftl`).
pub const FILES: [(Lang, &str, &str); 2] = [
    (
        Lang::En,
        "en/pledge.ftl",
        include_str!("../../i18n/en/pledge.ftl"),
    ),
    (
        Lang::Zh,
        "zh/pledge.ftl",
        include_str!("../../i18n/zh/pledge.ftl"),
    ),
];

struct Builtin;

impl I18nAssets for Builtin {
    fn get_files(&self, file_path: &str) -> Vec<Cow<'_, [u8]>> {
        FILES
            .iter()
            .filter(|(_, path, _)| *path == file_path)
            .map(|(_, _, text)| Cow::Borrowed(text.as_bytes()))
            .collect()
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        Box::new(FILES.iter().map(|(_, path, _)| path.to_string()))
    }
}

fn load(lang: Lang) -> FluentLanguageLoader {
    let english: i18n_embed::unic_langid::LanguageIdentifier = "en".parse().unwrap_or_default();
    let loader = FluentLanguageLoader::new("pledge", english);
    let wanted: i18n_embed::unic_langid::LanguageIdentifier =
        lang.code().parse().unwrap_or_default();
    // Both files are part of the program and checked by its tests: a failure here would be a
    // build that never passed them, and English (the fallback) still answers every id.
    let _ = loader.load_languages(&Builtin, &[wanted]);
    // Fluent wraps every argument in U+2068/U+2069 for right-to-left text; on a terminal
    // they are invisible characters that break alignment and searches.
    loader.set_use_isolating(false);
    loader
}

static ZH: LazyLock<FluentLanguageLoader> = LazyLock::new(|| load(Lang::Zh));
static EN: LazyLock<FluentLanguageLoader> = LazyLock::new(|| load(Lang::En));

/// The loader of the language this thread speaks.
pub fn loader() -> &'static FluentLanguageLoader {
    match lang::current() {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

/// A message without arguments as a `&'static str`, for the labels that tables and key
/// hints hold: made once per language and message, so it is bounded by the catalogue.
pub fn fixed(id: &'static str, make: fn() -> String) -> &'static str {
    static MADE: LazyLock<Mutex<HashMap<(Lang, &'static str), &'static str>>> =
        LazyLock::new(Default::default);
    let key = (lang::current(), id);
    let mut made = MADE.lock().unwrap_or_else(|e| e.into_inner());
    made.entry(key)
        .or_insert_with(|| Box::leak(make().into_boxed_str()))
}

/// A message of the catalogue in the current language: `t!("status-done")`,
/// `t!("due-overdue", days = late)`.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        i18n_embed_fl::fl!($crate::messages::catalogue::loader(), $id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        i18n_embed_fl::fl!($crate::messages::catalogue::loader(), $id, $($name = $value),+)
    };
}

/// A message without arguments as a `&'static str`; see [`fixed`].
#[macro_export]
macro_rules! ts {
    ($id:literal) => {
        $crate::messages::catalogue::fixed($id, || $crate::t!($id))
    };
}

#[cfg(test)]
mod tests {
    use super::lang::{Lang, with};
    use crate::messages::values;
    use crate::model::{Due, Status};

    #[test]
    fn each_thread_words_in_its_language_without_direction_marks() {
        assert_eq!(with(Lang::Zh, || values::status(Status::Done)), "已完成");
        assert_eq!(with(Lang::En, || values::status(Status::Done)), "done");
        let late = with(Lang::Zh, || values::due(Some(Due::Overdue(12))));
        assert_eq!(late, "逾期12天");
        assert_eq!(
            with(Lang::En, || values::due(Some(Due::Left(3)))),
            "3d left"
        );
    }

    #[test]
    fn a_status_is_typed_as_its_keyword_or_its_label_in_either_language() {
        for st in Status::ALL {
            for l in Lang::ALL {
                let label = with(l, || values::status(st));
                assert_eq!(values::parse_status(label), Ok(st), "{label}");
            }
            assert_eq!(values::parse_status(st.as_str()), Ok(st));
        }
        assert!(values::parse_status("完成了").is_err());
        let accepted = with(Lang::Zh, values::statuses_accepted);
        assert!(
            accepted.starts_with("未启动（pending）、推进中"),
            "{accepted}"
        );
        let accepted = with(Lang::En, values::statuses_accepted);
        assert!(accepted.starts_with("pending, in_progress, "), "{accepted}");
    }
}

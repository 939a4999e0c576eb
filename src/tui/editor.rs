//! A draft edited in the person's own editor, as git and taskwarrior do: `$VISUAL`, else
//! `$EDITOR`, else `vi`, on a private temporary file that is removed afterwards. The loop
//! gives the editor the terminal (`terminal::Session::pause`) while it runs.

use std::io::{Read, Write};
use std::process::Command;

use crate::error::screen::{EditorFailure, EditorWhy};

/// The editor to run and where it was set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Editor {
    pub command: String,
    pub var: Option<&'static str>,
}

/// The editor the environment names.
pub fn from_env() -> Editor {
    chosen(std::env::var("VISUAL").ok(), std::env::var("EDITOR").ok())
}

/// `VISUAL`, else `EDITOR`, else `vi`; a variable set to blanks counts as unset (as git does).
fn chosen(visual: Option<String>, editor: Option<String>) -> Editor {
    let set = |v: Option<String>| v.filter(|s| !s.trim().is_empty());
    match (set(visual), set(editor)) {
        (Some(command), _) => Editor {
            command,
            var: Some("VISUAL"),
        },
        (None, Some(command)) => Editor {
            command,
            var: Some("EDITOR"),
        },
        (None, None) => Editor {
            command: "vi".into(),
            var: None,
        },
    }
}

/// Runs `editor` on `text` and returns what it saved, at most `limit` bytes, without the line
/// break editors add at the end. Any failure leaves nothing behind and says why.
pub fn edit(editor: &Editor, text: &str, limit: usize) -> Result<String, EditorFailure> {
    let fail = |why| EditorFailure {
        command: editor.command.clone(),
        var: editor.var,
        why,
    };
    let io = |e: std::io::Error| fail(EditorWhy::Io(e.kind()));
    let words = shell_words::split(&editor.command).map_err(|_| fail(EditorWhy::Unparsable))?;
    let Some((program, args)) = words.split_first() else {
        return Err(fail(EditorWhy::Unparsable));
    };
    // Readable by its owner only (tempfile creates it 0600), and removed when dropped.
    let mut file = tempfile::Builder::new()
        .prefix("pledge-draft-")
        .suffix(".txt")
        .tempfile()
        .map_err(io)?;
    file.write_all(text.as_bytes()).map_err(io)?;
    file.flush().map_err(io)?;
    let status = Command::new(program)
        .args(args)
        .arg(file.path())
        .status()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => fail(EditorWhy::NotFound),
            kind => fail(EditorWhy::Io(kind)),
        })?;
    if !status.success() {
        return Err(fail(EditorWhy::Exited(status.code())));
    }
    // Read by name: many editors save by writing a new file over the old one.
    let mut bytes = Vec::new();
    std::fs::File::open(file.path())
        .map_err(io)?
        .take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() > limit {
        return Err(fail(EditorWhy::TooLarge { limit }));
    }
    let mut saved = String::from_utf8(bytes).map_err(|_| fail(EditorWhy::NotText))?;
    let end = saved.trim_end_matches(['\n', '\r']).len();
    saved.truncate(end);
    Ok(saved)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// An editor: a shell script given an argument before the file, as `code --wait` is,
    /// that notes the file's name and mode and then runs `body` on it (`$f`).
    fn script(dir: &Path, body: &str) -> Editor {
        let path = dir.join("editor.sh");
        let text = format!(
            "#!/bin/sh\n[ \"$1\" = --wait ] || exit 9\nf=\"$2\"\n\
             echo \"$f\" > '{d}/name'\nstat -c %a \"$f\" > '{d}/mode'\n{body}\n",
            d = dir.display()
        );
        std::fs::write(&path, text).expect("script");
        Editor {
            command: format!("sh '{}' --wait", path.display()),
            var: Some("VISUAL"),
        }
    }

    #[test]
    fn the_editor_rewrites_a_private_file_that_is_gone_afterwards() {
        let dir = tempfile::tempdir().expect("dir");
        let editor = script(
            dir.path(),
            "grep -q '旧稿' \"$f\" && printf '新稿\\n第二行\\n' > \"$f\"",
        );
        assert_eq!(edit(&editor, "旧稿", 1000), Ok("新稿\n第二行".to_string()));
        let name = std::fs::read_to_string(dir.path().join("name")).expect("name");
        assert!(!Path::new(name.trim()).exists(), "{name} is removed");
        let mode = std::fs::read_to_string(dir.path().join("mode")).expect("mode");
        assert_eq!(mode.trim(), "600");
    }

    #[test]
    fn a_failing_missing_or_unreadable_editor_says_why() {
        let dir = tempfile::tempdir().expect("dir");
        let why = |editor: &Editor| edit(editor, "稿", 10).map_err(|f| f.why);
        let failing = script(dir.path(), "exit 3");
        assert_eq!(why(&failing), Err(EditorWhy::Exited(Some(3))));
        let large = script(dir.path(), "printf '0123456789ab' > \"$f\"");
        assert_eq!(why(&large), Err(EditorWhy::TooLarge { limit: 10 }));
        let binary = script(dir.path(), "printf '\\377\\376' > \"$f\"");
        assert_eq!(why(&binary), Err(EditorWhy::NotText));
        let missing = Editor {
            command: "/nonexistent/editor --wait".into(),
            var: Some("EDITOR"),
        };
        assert_eq!(why(&missing), Err(EditorWhy::NotFound));
        let open_quote = Editor {
            command: "code \"--wait".into(),
            var: Some("VISUAL"),
        };
        assert_eq!(why(&open_quote), Err(EditorWhy::Unparsable));
    }

    #[test]
    fn visual_comes_before_editor_and_vi_is_the_last_resort() {
        let s = |v: &str| Some(v.to_string());
        assert_eq!(chosen(s("code --wait"), s("nano")).var, Some("VISUAL"));
        assert_eq!(chosen(s("  "), s("nano")).command, "nano");
        assert_eq!(chosen(None, None).command, "vi");
        assert_eq!(chosen(None, s("")).var, None);
    }
}

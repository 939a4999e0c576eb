//! The password of a connection whose URL names none, from where libpq looks: `PGPASSWORD`,
//! else the first line of the password file (`PGPASSFILE`, else `~/.pgpass`) that matches the
//! host, port, database and role; a password file others may read is not read, as libpq
//! does not read it. Never printed: an address shows `***` in its place.

use std::path::PathBuf;

/// Sets `config`'s password from the environment or the password file, when it has none.
pub(super) fn fill(config: &mut postgres::Config) {
    if config.get_password().is_some() {
        return;
    }
    if let Some(p) = std::env::var_os("PGPASSWORD").filter(|p| !p.is_empty()) {
        config.password(p.as_encoded_bytes());
        return;
    }
    let Some(text) = password_file().and_then(|f| readable_only_by_owner(&f)) else {
        return;
    };
    let host = match config.get_hosts().first() {
        Some(postgres::config::Host::Tcp(h)) => h.clone(),
        // libpq matches a socket's connection as `localhost`.
        _ => "localhost".to_string(),
    };
    let port = config
        .get_ports()
        .first()
        .copied()
        .unwrap_or(5432)
        .to_string();
    let user = config.get_user().unwrap_or_default().to_string();
    let db = config.get_dbname().unwrap_or(&user).to_string();
    if let Some(p) = find(&text, [&host, &port, &db, &user]) {
        config.password(p);
    }
}

fn password_file() -> Option<PathBuf> {
    match std::env::var_os("PGPASSFILE").filter(|p| !p.is_empty()) {
        Some(p) => Some(PathBuf::from(p)),
        None => dirs::home_dir().map(|h| h.join(".pgpass")),
    }
}

/// The file's text, unless group or others may read it (or it is not a file).
fn readable_only_by_owner(path: &std::path::Path) -> Option<String> {
    use std::os::unix::fs::PermissionsExt;
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_file() || meta.permissions().mode() & 0o077 != 0 {
        return None;
    }
    std::fs::read_to_string(path).ok()
}

/// The password of the first line `host:port:database:role:password` whose four fields
/// match (`*` matches anything; `\:` and `\\` are a colon and a backslash).
fn find(text: &str, wanted: [&str; 4]) -> Option<String> {
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .find_map(|line| {
            let fields = split(line);
            let [host, port, db, user, password] = <[String; 5]>::try_from(fields).ok()?;
            let matches = [host, port, db, user]
                .iter()
                .zip(wanted)
                .all(|(field, want)| field == "*" || field == want);
            matches.then_some(password)
        })
}

/// A line's fields, split at unescaped colons; the fifth (the password) takes the rest.
fn split(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            ':' if fields.len() < 5 => fields.push(String::new()),
            c => {
                let c = if c == '\\' {
                    chars.next().unwrap_or(c)
                } else {
                    c
                };
                if let Some(field) = fields.last_mut() {
                    field.push(c);
                }
            }
        }
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_line_that_matches_gives_the_password_and_escapes_are_read() {
        let file = "# office\n\
                    db.example:5432:pledge:ann:first\n\
                    *:*:pledge:ann:second\n\
                    localhost:*:*:*:pa\\:ss\\\\word\n";
        let find = |w: [&str; 4]| find(file, w);
        assert_eq!(
            find(["db.example", "5432", "pledge", "ann"]).as_deref(),
            Some("first")
        );
        assert_eq!(
            find(["other", "5433", "pledge", "ann"]).as_deref(),
            Some("second")
        );
        assert_eq!(
            find(["localhost", "5432", "x", "bob"]).as_deref(),
            Some("pa:ss\\word")
        );
        assert_eq!(find(["other", "5432", "x", "bob"]), None);
        assert_eq!(find(["short", "line", "only", "x"]), None);
    }
}

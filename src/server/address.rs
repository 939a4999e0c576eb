//! A server ledger's address: a `postgres://` or `postgresql://` URL, kept with a copy
//! fit to print (the password replaced), which is the only form any message shows.

use crate::error::server::Refusal;
use crate::error::{Error, Result};

const SCHEMES: [&str; 2] = ["postgres://", "postgresql://"];
const HIDDEN: &str = "***";
/// The URL's TLS settings in libpq's words, which the driver does not all read: taken out
/// of the URL it is given, and made by `tls`.
const TLS_KEYS: [&str; 2] = ["sslmode", "sslrootcert"];

#[derive(Clone)]
pub struct Address {
    url: String,
    shown: String,
    password: Option<String>,
    tls: super::tls::Tls,
}

impl std::fmt::Debug for Address {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.shown)
    }
}

impl PartialEq for Address {
    fn eq(&self, other: &Address) -> bool {
        self.url == other.url
    }
}

impl Eq for Address {}

impl Address {
    /// Whether this `--db` names a server rather than a file.
    pub fn is_server(db: &std::ffi::OsStr) -> bool {
        db.to_str()
            .is_some_and(|s| SCHEMES.iter().any(|p| s.starts_with(p)))
    }

    /// The address in `db`; a URL the driver cannot read, or one that asks for TLS, is
    /// refused naming the (redacted) address.
    pub fn parse(db: &str) -> Result<Address> {
        let (shown, password) = redact(db);
        let refuse = |why: String| {
            Error::Server(Refusal::BadAddress {
                address: shown.clone(),
                why,
            })
        };
        let scrub = |s: String| match &password {
            Some(p) if !p.is_empty() => s.replace(p.as_str(), HIDDEN),
            _ => s,
        };
        let mode = query_value(db, "sslmode");
        let tls =
            super::tls::Tls::from_url(mode.as_deref(), query_value(db, "sslrootcert").as_deref())
                .ok_or_else(|| {
                Error::Server(Refusal::BadTls {
                    address: shown.clone(),
                    why: format!("sslmode={}", mode.unwrap_or_default()),
                })
            })?;
        let url = without(db, &TLS_KEYS);
        url.parse::<postgres::Config>()
            .map_err(|e| refuse(scrub(e.to_string())))?;
        Ok(Address {
            url,
            shown,
            password,
            tls,
        })
    }

    pub fn shown(&self) -> &str {
        &self.shown
    }

    /// The role the address signs in as: its user, else the login name (as libpq takes it).
    pub fn role(&self) -> String {
        self.config()
            .get_user()
            .map_or_else(crate::commands::login_name, str::to_string)
    }

    /// The ledger as a screen's header names it: `user@host/database`, without the scheme
    /// and the connection's options (a socket's folder says nothing to a reader).
    pub fn label(&self) -> String {
        let bare = self.shown.split('?').next().unwrap_or_default();
        bare.split_once("://")
            .map_or(bare, |(_, rest)| rest)
            .to_string()
    }

    pub(super) fn config(&self) -> postgres::Config {
        // Parsed once in `parse`; the same text parses the same way.
        let mut config: postgres::Config = self.url.parse().unwrap_or_default();
        config.ssl_mode(self.tls.mode());
        config
    }

    /// How a connection to it is made: plain, or TLS with the check the URL asks.
    pub(super) fn tls(&self) -> &super::tls::Tls {
        &self.tls
    }

    /// `text` with the password, should the driver have echoed it, replaced.
    pub(super) fn scrub(&self, text: &str) -> String {
        match &self.password {
            Some(p) if !p.is_empty() => text.replace(p.as_str(), HIDDEN),
            _ => text.to_string(),
        }
    }
}

/// The URL with the password of its user part and of a `password=` parameter hidden, and
/// the password (the user part's, else the parameter's).
fn redact(url: &str) -> (String, Option<String>) {
    let (base, query) = url
        .split_once('?')
        .map_or((url, None), |(b, q)| (b, Some(q)));
    let mut password = None;
    let mut shown = base.to_string();
    if let Some(scheme_end) = base.find("://") {
        let rest = &base[scheme_end + 3..];
        let authority_end = rest.find('/').unwrap_or(rest.len());
        let authority = &rest[..authority_end];
        if let Some(at) = authority.rfind('@')
            && let Some(colon) = authority[..at].find(':')
        {
            password = Some(authority[colon + 1..at].to_string());
            shown = format!(
                "{}{}:{HIDDEN}{}",
                &base[..scheme_end + 3],
                &authority[..colon],
                &base[scheme_end + 3 + at..]
            );
        }
    }
    if let Some(query) = query {
        let pairs: Vec<String> = query
            .split('&')
            .map(|pair| match pair.split_once('=') {
                Some(("password", value)) => {
                    password.get_or_insert_with(|| value.to_string());
                    format!("password={HIDDEN}")
                }
                _ => pair.to_string(),
            })
            .collect();
        shown = format!("{shown}?{}", pairs.join("&"));
    }
    (shown, password)
}

/// `url` without the query's `keys`.
fn without(url: &str, keys: &[&str]) -> String {
    let Some((base, query)) = url.split_once('?') else {
        return url.to_string();
    };
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| !keys.contains(&pair.split('=').next().unwrap_or_default()))
        .collect();
    if kept.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", kept.join("&"))
    }
}

fn query_value(url: &str, key: &str) -> Option<String> {
    let (_, query) = url.split_once('?')?;
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=')?;
        (k == key).then(|| v.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_password_is_hidden_wherever_it_is_written() {
        let (shown, pw) = redact("postgres://ann:s3cret@db.example/ledger?sslmode=disable");
        assert_eq!(
            shown,
            "postgres://ann:***@db.example/ledger?sslmode=disable"
        );
        assert_eq!(pw.as_deref(), Some("s3cret"));
        let (shown, pw) = redact("postgresql://ann@db/ledger?password=s3cret&connect_timeout=3");
        assert_eq!(
            shown,
            "postgresql://ann@db/ledger?password=***&connect_timeout=3"
        );
        assert_eq!(pw.as_deref(), Some("s3cret"));
        let (shown, pw) = redact("postgres://ann@db/ledger");
        assert_eq!((shown.as_str(), pw), ("postgres://ann@db/ledger", None));
    }

    #[test]
    fn tls_modes_are_read_as_libpq_reads_them_and_a_bad_url_names_the_address_without_its_password()
    {
        use super::super::tls::{Check, Tls};
        let tls = |url: &str| Address::parse(url).map(|a| a.tls().clone()).ok();
        assert_eq!(tls("postgres://ann@db/ledger"), Some(Tls::Prefer));
        assert_eq!(
            tls("postgres://ann@db/ledger?sslmode=disable"),
            Some(Tls::Plain)
        );
        let require = |check| Some(Tls::Require { check, roots: None });
        assert_eq!(
            tls("postgres://ann@db/l?sslmode=require"),
            require(Check::Nothing)
        );
        assert_eq!(
            tls("postgres://ann@db/l?sslmode=verify-ca"),
            require(Check::Authority)
        );
        assert_eq!(
            tls("postgres://ann@db/l?sslmode=verify-full&connect_timeout=3"),
            require(Check::AuthorityAndName)
        );
        assert_eq!(
            tls("postgres://ann@db/l?sslrootcert=/etc/office.pem&sslmode=require"),
            Some(Tls::Require {
                check: Check::Authority,
                roots: Some("/etc/office.pem".into())
            })
        );
        assert_eq!(
            without(
                "postgres://a@db/l?sslmode=verify-full&connect_timeout=3&sslrootcert=x",
                &TLS_KEYS
            ),
            "postgres://a@db/l?connect_timeout=3"
        );
        let e = Address::parse("postgres://ann:s3cret@db/ledger?sslmode=sometimes")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            e.contains("postgres://ann:***@db/ledger")
                && e.contains("sslmode=sometimes")
                && !e.contains("s3cret"),
            "{e}"
        );
        let e = Address::parse("postgres://ann:s3cret@db:notaport/ledger")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(!e.is_empty() && !e.contains("s3cret"), "{e}");
        assert!(Address::parse("postgres://ann@db/ledger?sslmode=prefer").is_ok());
        assert!(Address::is_server("postgresql://x/y".as_ref()));
        assert!(!Address::is_server("./postgres.db".as_ref()));
    }
}

//! TLS to a server ledger as the URL's `sslmode` asks (libpq's words), against a cluster
//! that takes TCP connections with TLS only (a plain one is rejected: one that gets in used
//! TLS): `require` encrypts, `verify-full` checks the certificate against `sslrootcert` and
//! the host's name, `verify-ca` the certificate alone; a mode libpq has not is refused.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing
#[path = "support/cli.rs"]
mod cli;
#[path = "support/pg.rs"]
mod pg;

use std::path::Path;

fn run(url: &str, args: &[&str]) -> std::process::Output {
    cli::pledge(Path::new(url), args)
}

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn tls_is_made_and_checked_as_sslmode_asks() {
    let Some(socket_url) = pg::database("tls") else {
        return;
    };
    let Some(cert) = pg::serve_tls() else {
        return;
    };
    let db = socket_url
        .split('/')
        .nth(3)
        .and_then(|s| s.split('?').next())
        .expect("the database's name")
        .to_string();
    let user = pg::user();
    let cert = cert.display().to_string();
    let url = |host: &str, query: &str| format!("postgresql://{user}@{host}:5432/{db}?{query}");

    let require = url("localhost", "sslmode=require");
    let made = run(&require, &["init"]);
    assert!(made.status.success(), "{}", stderr(&made));
    let full = url(
        "localhost",
        &format!("sslmode=verify-full&sslrootcert={cert}"),
    );
    assert!(cli::stdout(&run(&full, &["list"])).contains("20 pledges"));
    let by_ip = url(
        "127.0.0.1",
        &format!("sslmode=verify-full&sslrootcert={cert}"),
    );
    assert!(
        run(&by_ip, &["show", "1"]).status.success(),
        "its address is in the certificate"
    );

    // Over TCP without TLS the server lets nothing in.
    let plain = run(&url("localhost", "sslmode=disable"), &["list"]);
    assert_eq!(plain.status.code(), Some(1), "{}", stderr(&plain));

    // Checked against the system's roots, the cluster's own certificate is no one's.
    let unknown = run(&url("localhost", "sslmode=verify-full"), &["list"]);
    assert_ne!(unknown.status.code(), Some(0));
    assert!(
        stderr(&unknown).contains("could not connect"),
        "{}",
        stderr(&unknown)
    );

    // Another name than the certificate's: refused by verify-full, taken by verify-ca.
    let misnamed = |mode: &str| {
        url(
            "ledger.example",
            &format!("hostaddr=127.0.0.1&sslmode={mode}&sslrootcert={cert}"),
        )
    };
    assert_ne!(
        run(&misnamed("verify-full"), &["list"]).status.code(),
        Some(0)
    );
    let ca = run(&misnamed("verify-ca"), &["list"]);
    assert!(ca.status.success(), "{}", stderr(&ca));

    // A root file that is not there, and a mode libpq has not, are said before connecting.
    let missing = run(
        &url(
            "localhost",
            "sslmode=verify-full&sslrootcert=/nonexistent/root.pem",
        ),
        &["list"],
    );
    assert!(
        stderr(&missing).contains("/nonexistent/root.pem"),
        "{}",
        stderr(&missing)
    );
    let bogus = run(&url("localhost", "sslmode=sometimes"), &["list"]);
    assert_eq!(bogus.status.code(), Some(2), "{}", stderr(&bogus));
    assert!(
        stderr(&bogus).contains("sslmode=sometimes"),
        "{}",
        stderr(&bogus)
    );
}

/// A role that signs in with a password: from the URL, `PGPASSWORD` or the password file
/// (`PGPASSFILE`, read only when no one else may read it), never printed.
#[test]
fn a_password_comes_from_where_libpq_looks_and_is_never_printed() {
    let Some(socket_url) = pg::database("passwords") else {
        return;
    };
    let Some(_) = pg::serve_tls() else {
        return;
    };
    pg::try_psql(
        &socket_url,
        "CREATE ROLE clerk LOGIN SUPERUSER PASSWORD 'k3y-s3cret'",
    )
    .expect("role");
    let db = socket_url
        .split('/')
        .nth(3)
        .and_then(|s| s.split('?').next())
        .expect("the database's name")
        .to_string();
    let url = format!("postgresql://clerk@localhost:5432/{db}?sslmode=require");
    let with = |vars: &[(&str, &str)]| {
        let mut cmd = cli::command(Path::new(&url), &["list", "--format", "csv"]);
        cmd.env_remove("PGPASSWORD").env_remove("PGPASSFILE");
        for (k, v) in vars {
            cmd.env(k, v);
        }
        cmd.output().expect("pledge runs")
    };
    let in_url = format!("postgresql://clerk:k3y-s3cret@localhost:5432/{db}?sslmode=require");
    let init = run(&in_url, &["init"]);
    assert!(init.status.success(), "{}", stderr(&init));

    let none = with(&[]);
    assert_eq!(none.status.code(), Some(1), "no password, no entry");
    let wrong = with(&[("PGPASSWORD", "not-the-k3y")]);
    assert_eq!(wrong.status.code(), Some(1));
    assert!(
        !stderr(&wrong).contains("not-the-k3y"),
        "{}",
        stderr(&wrong)
    );
    let env = with(&[("PGPASSWORD", "k3y-s3cret")]);
    assert!(env.status.success(), "{}", stderr(&env));

    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("pgpass");
    std::fs::write(
        &file,
        format!("# the office\nlocalhost:5432:{db}:clerk:k3y-s3cret\n"),
    )
    .expect("written");
    let mode = |m: u32| {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(m)).expect("mode");
    };
    let passfile = file.display().to_string();
    mode(0o600);
    let read = with(&[("PGPASSFILE", &passfile)]);
    assert!(read.status.success(), "{}", stderr(&read));
    mode(0o644);
    let open_to_all = with(&[("PGPASSFILE", &passfile)]);
    assert_eq!(
        open_to_all.status.code(),
        Some(1),
        "a file others may read is not read"
    );
}

//! An import reads its file as a stream inside one transaction: paused mid-way, two at once.

use super::*;

/// Starts `cmd` paused at `point` (announced on stderr) and returns it there.
fn paused_at(mut cmd: Command, point: &str, millis: u64) -> Child {
    cmd.env("PLEDGE_TEST_PAUSE", format!("{point}:{millis}"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let want = format!("pledge-test: paused at {point}");
    loop {
        match lines.next() {
            Some(Ok(line)) if line == want => return child,
            Some(Ok(_)) => {}
            _ => panic!("ended before pausing at {point}: {:?}", child.wait()),
        }
    }
}

fn import_command(db: &Path, file: &Path) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.env("PLEDGE_LANG", "en");
    cmd.env_remove("PLEDGE_DB")
        .arg("--db")
        .arg(db)
        .arg("import")
        .arg(file);
    cmd
}

fn pledges_file(dir: &Path, name: &str, ids: std::ops::RangeInclusive<i64>) -> PathBuf {
    let pledges: Vec<Value> = ids
        .map(|id| {
            json!({"id": id, "title": format!("第 {id} 项：建设县域高中实验室"), "owner": "吉林省教育厅",
                   "status": "pending", "created_at": "2026-01-01T00:00:00Z",
                   "updated_at": "2026-01-01T00:00:00Z"})
        })
        .collect();
    let data = json!({"format": "pledge-ledger", "schema_version": 4, "letters": [],
                      "pledges": pledges, "notes": [], "history": []});
    let file = dir.join(name);
    std::fs::write(&file, serde_json::to_string_pretty(&data).unwrap()).unwrap();
    file
}

#[test]
fn two_imports_into_one_empty_ledger_cannot_both_succeed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    stdout(&pledge(&db, &["init", "--empty"]));
    let first = pledges_file(dir.path(), "a.json", 1..=3);
    let second = pledges_file(dir.path(), "b.json", 10..=12);
    // The first holds its write transaction, rows inserted, for a moment; the second starts
    // meanwhile, when a check made outside the transaction would still find the ledger empty.
    let a = paused_at(import_command(&db, &first), "commit import", 1500);
    let b = import_command(&db, &second).output().unwrap();
    let a = a.wait_with_output().unwrap();
    assert!(a.status.success(), "{}", String::from_utf8_lossy(&a.stderr));
    let err = String::from_utf8_lossy(&b.stderr);
    assert!(!b.status.success(), "both imports succeeded");
    assert!(
        err.contains("empty ledger") || err.contains("busy"),
        "{err}"
    );
    let ids: Vec<i64> = Connection::open(&db)
        .unwrap()
        .prepare("SELECT id FROM pledge ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(ids, [1, 2, 3], "only the first import");
}

/// Bytes the process has read so far (all files, through read calls).
fn bytes_read(child: &Child) -> u64 {
    let io = std::fs::read_to_string(format!("/proc/{}/io", child.id())).unwrap();
    io.lines()
        .find_map(|l| l.strip_prefix("rchar: "))
        .and_then(|n| n.trim().parse().ok())
        .unwrap()
}

#[test]
fn import_inserts_its_first_pledge_before_it_has_read_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    stdout(&pledge(&db, &["init", "--empty"]));
    let file = pledges_file(dir.path(), "big.json", 1..=40_000);
    let size = std::fs::metadata(&file).unwrap().len();
    assert!(size > 8 << 20, "{size}");
    let child = paused_at(import_command(&db, &file), "import first pledge", 60_000);
    let read = bytes_read(&child);
    let mut child = child;
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(
        read < size / 8,
        "read {read} of {size} bytes before the first row went in"
    );
    assert_eq!(count(&db, "pledge"), 0, "killed: nothing imported");
}

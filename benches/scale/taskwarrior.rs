//! Taskwarrior with the same data, when it is installed: its times beside ours.

use std::path::{Path, PathBuf};
use std::process::Command;

use rusqlite::Connection;

use super::measure::Res;

pub struct Taskwarrior {
    pub rc: PathBuf,
    pub data: PathBuf,
}

pub fn installed() -> bool {
    Command::new("task")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn stamp(day: &str) -> String {
    format!("{}T000000Z", day.replace('-', ""))
}

/// Loads the ledger's pledges (as tasks; done and partial as completed, dropped as deleted)
/// and notes (as annotations) into a fresh Taskwarrior data folder.
pub fn load(ledger: &Path, dir: &Path) -> Res<Taskwarrior> {
    let data = dir.join("taskdata");
    let _ = std::fs::remove_dir_all(&data);
    std::fs::create_dir_all(&data)?;
    let rc = dir.join("taskrc");
    std::fs::write(
        &rc,
        format!(
            "data.location={}\nconfirmation=off\nverbose=nothing\ncolor=off\nhooks=off\ndetection=off\n\
             defaultwidth=120\nnews.version=2.6.2\n",
            data.display()
        ),
    )?;
    let conn = Connection::open(ledger)?;
    let mut notes: std::collections::HashMap<i64, Vec<serde_json::Value>> = Default::default();
    let mut stmt = conn.prepare("SELECT pledge_id, happened_on, body FROM note")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    for row in rows {
        let (id, on, body) = row?;
        notes
            .entry(id)
            .or_default()
            .push(serde_json::json!({"entry": stamp(&on), "description": body}));
    }
    let mut stmt =
        conn.prepare("SELECT id, title, owner, deadline, status FROM pledge ORDER BY id")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, Option<String>>(3)?,
            r.get::<_, String>(4)?,
        ))
    })?;
    let mut tasks = Vec::new();
    for row in rows {
        let (id, title, owner, deadline, status) = row?;
        let status = match status.as_str() {
            "done" | "partial" => "completed",
            "dropped" => "deleted",
            _ => "pending",
        };
        let mut task = serde_json::json!({
            "description": title, "project": owner, "status": status, "entry": "20250601T080000Z",
            "annotations": notes.remove(&id).unwrap_or_default(),
        });
        if let Some(d) = deadline {
            task["due"] = stamp(&d).into();
        }
        if status != "pending" {
            task["end"] = "20260101T000000Z".into();
        }
        tasks.push(task);
    }
    let file = dir.join("tasks.json");
    std::fs::write(&file, serde_json::to_string(&tasks)?)?;
    let tw = Taskwarrior { rc, data };
    let out = Command::new("task")
        .envs(tw.env())
        .arg("import")
        .arg(&file)
        .output()?;
    if !out.status.success() {
        return Err(format!(
            "task import failed: {}",
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    Ok(tw)
}

impl Taskwarrior {
    pub fn env(&self) -> Vec<(String, String)> {
        vec![
            ("TASKRC".into(), self.rc.display().to_string()),
            ("TASKDATA".into(), self.data.display().to_string()),
        ]
    }
}

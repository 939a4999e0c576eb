//! Synthetic ledgers for the benchmark: reproducible from a seed, shaped like a province's year.

use std::path::Path;

use pledge::error::Error;
use pledge::model::{Change, Note, Pledge, Quantity, Target};
use pledge::problem::{Field, Invalid};
use pledge::store::{Seed, Store};

/// xorshift64*: small, fast, and the same numbers on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

const OWNER_PLACES: [&str; 8] = [
    "吉林省",
    "长春市",
    "吉林市",
    "四平市",
    "通化市",
    "白山市",
    "延边州",
    "松原市",
];
const OWNER_BODIES: [&str; 5] = [
    "科学技术厅",
    "教育厅",
    "财政厅",
    "发展和改革委员会",
    "交通运输厅",
];
const VERBS: [&str; 10] = [
    "推进", "建设", "完成", "指导", "开展", "完善", "组织", "落实", "培育", "建立",
];
/// The object of one title in 200 (0.5%), the rare word a search benchmark looks for.
const GALLIUM_OXIDE: &str = "超宽禁带半导体氧化镓功率器件省重点实验室";
const OBJECTS: [&str; 11] = [
    "县域普通高中办学条件达标工程",
    "企业创新积分评价和科技型企业信用评价体系",
    "科技创新再贷款优质企业名单推送",
    "重点拟上市企业规范运作和信息披露辅导",
    "城区背街小巷路面及下水道维修",
    "智慧教育平台县域节点",
    "中小学校园周边道路交通安全整治",
    "科技成果转化中试基地",
    "私募基金照前会商机制",
    "高层次人才团队引进",
    "农村公路危桥改造",
];
const ENGLISH: [&str; 4] = [
    "Build the provincial gallium-oxide power-device key laboratory",
    "Train 100 senior researchers with the Hong Kong institute",
    "Publish the county high-school staffing rules",
    "Repair roads and drains in the old town's back lanes",
];
const NOTES: [&str; 6] = [
    "已召开推进会，明确责任分工。",
    "完成选址论证，待省级评审。",
    "资金已拨付第一批，正在招标。",
    "受疫情影响进度滞后，已调整计划。",
    "Site survey finished; tender documents in review.",
    "已完成阶段性目标，进入验收准备。",
];
const STATUSES: [(&str, u64); 6] = [
    ("pending", 40),
    ("in_progress", 30),
    ("stalled", 10),
    ("done", 12),
    ("partial", 5),
    ("dropped", 3),
];

fn status(rng: &mut Rng) -> &'static str {
    let mut roll = rng.below(100);
    for (s, share) in STATUSES {
        if roll < share {
            return s;
        }
        roll -= share;
    }
    "pending"
}

fn day(offset: u64) -> String {
    let start = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
    (start + chrono::Days::new(offset))
        .format("%Y-%m-%d")
        .to_string()
}

/// Writes `n` pledges over 40 owners, with about 3 notes each (0.5% of titles name 氧化镓),
/// into a new empty ledger at `path`. Deadlines spread over 2024–2028 (about half before 2026-11-28), a tenth undated.
///
/// The rows go in through the import path (one transaction, search indexes built once at the
/// end): row by row through the triggers, a million pledges took most of an hour.
pub fn ledger(path: &Path, n: usize, seed: u64) -> Result<(), Box<dyn std::error::Error>> {
    let mut store = Store::create(path, Seed::Empty, false)?;
    let mut rng = Rng::new(seed);
    let date = |text: &str| {
        pledge::date::parse(text)
            .map_err(|p| Error::Invalid(Invalid::new(Field::Deadline, text, p)))
    };
    store.import_rows(|im| {
        let (mut note_id, stamp) = (0, "2025-06-01T08:00:00Z".to_string());
        for id in 1..=n as i64 {
            let owner = format!("{}{}", rng.pick(&OWNER_PLACES), rng.pick(&OWNER_BODIES));
            let title = if rng.below(200) == 0 {
                format!(
                    "{}{GALLIUM_OXIDE}（第 {} 批）",
                    rng.pick(&VERBS),
                    1 + rng.below(9)
                )
            } else if rng.below(5) == 0 {
                rng.pick(&ENGLISH).to_string()
            } else {
                format!(
                    "{}{}（第 {} 批）",
                    rng.pick(&VERBS),
                    rng.pick(&OBJECTS),
                    1 + rng.below(9)
                )
            };
            let deadline = match (rng.below(10) > 0).then(|| day(rng.below(1826))) {
                Some(d) => Some(date(&d)?),
                None => None,
            };
            let target = (rng.below(3) == 0).then(|| 1 + rng.below(500));
            let updated = format!(
                "2026-{:02}-{:02}T08:00:00Z",
                1 + rng.below(11),
                1 + rng.below(28)
            );
            let status = status(&mut rng);
            let status = status
                .parse()
                .map_err(|p| Error::Invalid(Invalid::new(Field::Status, status, p)))?;
            im.pledge(&Pledge {
                id,
                letter: None,
                parent: None,
                quote: Some(format!("下一步，将{title}。")),
                title: title.clone(),
                owner,
                deadline,
                deadline_text: None,
                status,
                target: target.map(|t| Target {
                    quantity: Quantity::new(t as f64).unwrap_or(Quantity::ZERO),
                    unit: Some("个".into()),
                    text: None,
                }),
                created_at: stamp.clone(),
                updated_at: updated,
                progress: None,
                last_note_on: None,
                original_deadline: deadline,
                deadline_moves: 0,
                cleared_deadline: None,
            })?;
            im.change(&Change {
                id,
                pledge: id,
                field: "created".into(),
                old: None,
                new: Some(title),
                changed_at: stamp.clone(),
                changed_by: "bench".into(),
                reason: None,
            })?;
            for _ in 0..rng.below(7) {
                let on = day(500 + rng.below(550));
                let progress = target
                    .filter(|_| rng.below(2) == 0)
                    .map(|t| Quantity::new(rng.below(t + 1) as f64).unwrap_or(Quantity::ZERO));
                note_id += 1;
                im.note(&Note {
                    id: note_id,
                    pledge: id,
                    on: date(&on)?,
                    written_at: format!("{on}T09:00:00Z"),
                    author: "督办室".into(),
                    body: rng.pick(&NOTES).to_string(),
                    body_hex: None,
                    progress,
                    status: None,
                    reported_by: None,
                    evidence: None,
                })?;
            }
        }
        Ok(())
    })?;
    drop(store);
    let conn = rusqlite::Connection::open(path)?;
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
    Ok(())
}

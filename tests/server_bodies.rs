//! Bodies, letters and request sheets as the ledger's parts (`Bodies`, `Letters`, `Sheets`):
//! every test runs on a ledger in memory, in a file and on a server, and asserts the values a
//! file gives, so a server that answered differently would fail here.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

use pledge::body::{BodyEdit, Role};
use pledge::error::Result;
use pledge::ledger::{Bodies, Letters, Records, Sheets};
use pledge::model::{Category, LetterKind, Status};
use pledge::problem::Field;
use pledge::request::{LetterEdit, Withdrawal};
use pledge::sheet::Collection;
use pledge::store::{Edit, NewNote, NewPledge, Seed};

#[macro_use]
#[path = "support/backends.rs"]
mod backends;
use backends::Open;

for_each_backend!(
    every: [
        bodies_stand_the_most_overdue_first_then_the_most_open_then_by_name,
        the_science_department_is_one_body_under_all_its_names,
        bad_body_commands_are_refused_and_write_nothing,
        merging_moves_links_aliases_and_the_name_and_the_history_says_so,
        renaming_keeps_the_old_name_as_an_alias_and_records_the_change,
        set_body_gives_a_parent_and_a_contact_and_refuses_a_cycle,
        a_body_merged_away_is_gone_by_id,
        the_bodies_with_open_pledges_come_by_name,
        letter_rows_count_each_letters_pledges,
        set_letter_says_what_it_changed_and_refuses_an_unknown_letter,
        a_deadline_cleared_while_overdue_is_confirmed_once,
        the_ledger_secret_is_made_once_and_stays,
        a_bodys_open_pledges_come_led_first_with_the_latest_note_standing,
        a_collection_adds_its_notes_and_records_them_all_or_nothing,
    ],
    files: [],
);

fn day(s: &str) -> chrono::NaiveDate {
    pledge::date::parse(s).unwrap()
}

const TODAY: &str = "2026-11-28";

/// A pledge of `owner` due on `deadline`, closed as `status` with a reason.
fn closed<L: Records>(store: &mut L, owner: &str, deadline: &str, status: Status) -> Result<i64> {
    let id = store.add_pledge(
        &NewPledge {
            title: format!("{owner}的承诺"),
            owner: owner.into(),
            deadline: Some(day(deadline)),
            ..NewPledge::default()
        },
        "王",
    )?;
    let edit = Edit {
        status: Some(status),
        ..Edit::default()
    };
    store.edit_pledge(id, &edit, "王", Some("已办结"))?;
    Ok(id)
}

fn bodies_stand_the_most_overdue_first_then_the_most_open_then_by_name<L: Bodies>(
    open: &Open<L>,
) -> Result<()> {
    let mut store = open(Seed::Builtin)?;
    // Done by a deadline still to come (on time), done after one long past, and dropped.
    closed(&mut store, "长春新区", "2099-12-31", Status::Done)?;
    closed(&mut store, "长春新区", "2000-01-01", Status::Partial)?;
    closed(&mut store, "香港大学", "2099-12-31", Status::Dropped)?;
    let stood: Vec<(String, Vec<String>, [i64; 6])> = store
        .bodies(day(TODAY))?
        .into_iter()
        .map(|s| {
            let n = [
                s.open,
                s.overdue,
                s.done,
                s.dropped,
                s.due_closed,
                s.on_time,
            ];
            (s.name, s.aliases, n)
        })
        .collect();
    let alias = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let expected = [
        (
            "吉林省科学技术厅",
            alias(&["吉林省科技厅", "省科技厅"]),
            [13, 1, 0, 0, 0, 0],
        ),
        ("省商务厅", vec![], [6, 1, 0, 0, 0, 0]),
        ("省委金融办", vec![], [6, 1, 0, 0, 0, 0]),
        ("香港大学", vec![], [4, 0, 0, 1, 0, 0]),
        ("中国农科院特产研究所", vec![], [1, 0, 0, 0, 0, 0]),
        ("中车长客", vec![], [1, 0, 0, 0, 0, 0]),
        ("澳门科技大学", vec![], [1, 0, 0, 0, 0, 0]),
        ("省科研院", vec![], [1, 0, 0, 0, 0, 0]),
        ("长春新区", vec![], [1, 0, 2, 0, 2, 1]),
        ("长春理工大学", vec![], [1, 0, 0, 0, 0, 0]),
    ]
    .map(|(n, a, c)| (n.to_string(), a, c));
    assert_eq!(stood, expected);
    let rate = store.bodies(day(TODAY))?[8].on_time_rate();
    assert_eq!(rate, Some(0.5));
    Ok(())
}

fn the_science_department_is_one_body_under_all_its_names<L: Bodies>(open: &Open<L>) -> Result<()> {
    let store = open(Seed::Builtin)?;
    for name in ["省科技厅", "吉林省科学技术厅", "吉林省科技厅", " 省科技厅 "]
    {
        let page = store.body_page(name)?;
        assert_eq!(page.body.name, "吉林省科学技术厅", "{name}");
        assert_eq!(page.body.aliases, ["吉林省科技厅", "省科技厅"]);
        assert_eq!(page.parent, None);
    }
    let page = store.body_page("省科技厅")?;
    let roles: Vec<(i64, Role)> = page.pledges.iter().map(|(p, r)| (p.id, *r)).collect();
    let led = [1, 5, 7, 10, 12, 13, 14].map(|id| (id, Role::Lead));
    let co = (15..=20).map(|id| (id, Role::CoOwner));
    assert_eq!(roles, led.into_iter().chain(co).collect::<Vec<_>>());
    // The owner text stays as the letter wrote it.
    assert_eq!(store.pledge(15)?.owner, "省委金融办、省科技厅、省商务厅");
    let fin = store.body_page("省委金融办")?;
    let roles: Vec<(i64, Role)> = fin.pledges.iter().map(|(p, r)| (p.id, *r)).collect();
    assert_eq!(
        roles,
        (15..=20).map(|id| (id, Role::Lead)).collect::<Vec<_>>()
    );
    let unknown = store.body_page("没有的单位").unwrap_err().to_string();
    assert!(unknown.contains("body \"没有的单位\""), "{unknown}");
    Ok(())
}

/// What the body commands could change: every body's standing and page, every link's history.
fn bodies_state<L: Bodies>(store: &L) -> Result<String> {
    let mut said = format!("{:?}\n", store.bodies(day(TODAY))?);
    for s in store.bodies(day(TODAY))? {
        let page = store.body_page(&s.name)?;
        said.push_str(&format!("{:?} {:?}\n", page.body, page.parent));
    }
    for id in 1..=20 {
        said.push_str(&format!("{:?}\n", store.history(id)?));
    }
    Ok(said)
}

fn bad_body_commands_are_refused_and_write_nothing<L: Bodies>(open: &Open<L>) -> Result<()> {
    let mut store = open(Seed::Builtin)?;
    let before = bodies_state(&store)?;
    let refusals = [
        store
            .merge_bodies("省科技厅", "吉林省科学技术厅", "王")
            .unwrap_err(),
        store
            .merge_bodies("没有的单位", "省商务厅", "王")
            .unwrap_err(),
        store.alias_body("省商务厅", "省科技厅").unwrap_err(),
        store.alias_body("省商务厅", "  ").unwrap_err(),
        store
            .rename_body("省商务厅", "省委金融办", "王")
            .unwrap_err(),
        store.rename_body("省商务厅", "\t", "王").unwrap_err(),
        store.alias_body("没有的单位", "别名").unwrap_err(),
    ];
    let said: Vec<String> = refusals.iter().map(ToString::to_string).collect();
    assert!(
        said[0].contains("\"省科技厅\"") && said[0].contains("itself"),
        "{}",
        said[0]
    );
    assert!(said[1].contains("body \"没有的单位\""), "{}", said[1]);
    assert!(
        said[2].contains("alias \"省科技厅\"") && said[2].contains("吉林省科学技术厅"),
        "{}",
        said[2]
    );
    assert!(
        said[3].contains("alias") && said[3].contains("empty"),
        "{}",
        said[3]
    );
    assert!(said[4].contains("\"省委金融办\""), "{}", said[4]);
    assert!(said[5].contains("body"), "{}", said[5]);
    assert!(said[6].contains("body \"没有的单位\""), "{}", said[6]);
    assert!(refusals.iter().all(|e| e.exit_code() == 2));
    assert_eq!(bodies_state(&store)?, before, "nothing written");
    Ok(())
}

fn merging_moves_links_aliases_and_the_name_and_the_history_says_so<L: Bodies>(
    open: &Open<L>,
) -> Result<()> {
    let mut store = open(Seed::Builtin)?;
    let aliased = store.alias_body("省委金融办", " 中共吉林省委金融委员会办公室 ")?;
    assert_eq!(aliased.aliases, ["中共吉林省委金融委员会办公室"]);
    let into = store.merge_bodies("省委金融办", "省商务厅", "王")?;
    assert_eq!(into.name, "省商务厅");
    assert_eq!(into.aliases, ["中共吉林省委金融委员会办公室", "省委金融办"]);
    let page = store.body_page("省委金融办")?;
    assert_eq!(page.body.name, "省商务厅");
    // Linked to both: one link, leading as the merged one did.
    let roles: Vec<(i64, Role)> = page.pledges.iter().map(|(p, r)| (p.id, *r)).collect();
    assert_eq!(
        roles,
        (15..=20).map(|id| (id, Role::Lead)).collect::<Vec<_>>()
    );
    let last = store.history(15)?.pop().unwrap();
    assert_eq!(last.field, "bodies");
    assert_eq!(
        last.old.as_deref(),
        Some("lead:省委金融办; co_owner:吉林省科学技术厅; co_owner:省商务厅")
    );
    assert_eq!(
        last.new.as_deref(),
        Some("lead:省商务厅; co_owner:吉林省科学技术厅")
    );
    assert_eq!((last.changed_by.as_str(), last.reason), ("王", None));
    let names: Vec<String> = store
        .bodies(day(TODAY))?
        .into_iter()
        .map(|s| s.name)
        .collect();
    assert!(!names.contains(&"省委金融办".to_string()), "{names:?}");
    Ok(())
}

fn renaming_keeps_the_old_name_as_an_alias_and_records_the_change<L: Bodies>(
    open: &Open<L>,
) -> Result<()> {
    let mut store = open(Seed::Builtin)?;
    let body = store.rename_body("省科技厅", "科技厅", "王")?;
    assert_eq!(body.name, "科技厅");
    assert_eq!(
        body.aliases,
        ["吉林省科学技术厅", "吉林省科技厅", "省科技厅"]
    );
    assert_eq!(store.body_page("吉林省科学技术厅")?.body.name, "科技厅");
    let last = store.history(1)?.pop().unwrap();
    assert_eq!(
        (
            last.field.as_str(),
            last.old.as_deref(),
            last.new.as_deref()
        ),
        ("bodies", Some("lead:吉林省科学技术厅"), Some("lead:科技厅"))
    );
    // Renamed to its own alias: the two names trade places.
    let body = store.rename_body("科技厅", "省科技厅", "王")?;
    assert_eq!(body.name, "省科技厅");
    assert_eq!(body.aliases, ["吉林省科学技术厅", "吉林省科技厅", "科技厅"]);
    // Renamed to the name it has: nothing changes, no history.
    let entries = store.history(1)?.len();
    assert_eq!(
        store.rename_body("科技厅", "省科技厅", "王")?.name,
        "省科技厅"
    );
    assert_eq!(store.history(1)?.len(), entries);
    Ok(())
}

fn set_body_gives_a_parent_and_a_contact_and_refuses_a_cycle<L: Bodies>(
    open: &Open<L>,
) -> Result<()> {
    let mut store = open(Seed::Builtin)?;
    let edit = BodyEdit {
        parent: Some(Some("省科技厅".into())),
        contact: Some(Some("张三 0431-88888888".into())),
    };
    let (body, changes) = store.set_body("省科研院", &edit)?;
    let department = store.body_page("省科技厅")?.body.id;
    assert_eq!(
        (body.name.as_str(), body.parent),
        ("省科研院", Some(department))
    );
    assert_eq!(
        changes,
        [
            ("parent", None, Some("吉林省科学技术厅".to_string())),
            ("contact", None, Some("张三 0431-88888888".to_string())),
        ]
    );
    let page = store.body_page("省科研院")?;
    assert_eq!(page.parent.as_deref(), Some("吉林省科学技术厅"));
    assert_eq!(page.body.contact.as_deref(), Some("张三 0431-88888888"));
    // The same again changes nothing.
    assert_eq!(store.set_body("省科研院", &edit)?.1, []);
    // A parent below the body, the body itself, or no body at all: refused, nothing written.
    let up = |parent: &str| BodyEdit {
        parent: Some(Some(parent.into())),
        contact: Some(None),
    };
    for (parent, said) in [
        ("省科研院", "省科研院"),
        ("吉林省科技厅", "吉林省科技厅"),
        ("没有的单位", "没有的单位"),
    ] {
        let e = store.set_body("省科技厅", &up(parent)).unwrap_err();
        assert_eq!(e.exit_code(), 2, "{e}");
        assert!(e.to_string().contains(said), "{e}");
    }
    assert_eq!(store.body_page("省科技厅")?.body.parent, None);
    assert_eq!(
        store.body_page("省科研院")?.body.contact.as_deref(),
        Some("张三 0431-88888888")
    );
    let cleared = BodyEdit {
        parent: Some(None),
        contact: Some(None),
    };
    let (body, changes) = store.set_body("省科研院", &cleared)?;
    assert_eq!((body.parent, body.contact), (None, None));
    assert_eq!(
        changes,
        [
            ("parent", Some("吉林省科学技术厅".to_string()), None),
            ("contact", Some("张三 0431-88888888".to_string()), None),
        ]
    );
    // A body merged into one two below it: that one takes its place, no body part of itself.
    store.set_body("省科技厅", &up("省商务厅"))?;
    store.set_body("长春新区", &up("省科技厅"))?;
    store.set_body("省科研院", &up("长春新区"))?;
    let into = store.merge_bodies("省科技厅", "省科研院", "王")?;
    assert_eq!(into.parent, Some(store.body_page("省商务厅")?.body.id));
    let between = store.body_page("长春新区")?;
    assert_eq!(between.parent.as_deref(), Some("省科研院"));
    Ok(())
}

fn a_body_merged_away_is_gone_by_id<L: Bodies>(open: &Open<L>) -> Result<()> {
    let mut store = open(Seed::Builtin)?;
    let from = store.bodies_named(Field::Owner, "澳门科技大学")?[0];
    let into = store.bodies_named(Field::Owner, "香港大学")?[0];
    let body = store.body_by_id(from)?.unwrap();
    assert_eq!((body.id, body.name.as_str()), (from, "澳门科技大学"));
    store.merge_bodies("澳门科技大学", "香港大学", "王")?;
    assert_eq!(store.body_by_id(from)?, None);
    let kept = store.body_by_id(into)?.unwrap();
    assert_eq!(
        (kept.name.as_str(), kept.aliases),
        ("香港大学", vec!["澳门科技大学".into()])
    );
    assert_eq!(store.body_by_id(9999)?, None);
    Ok(())
}

fn the_bodies_with_open_pledges_come_by_name<L: Bodies>(open: &Open<L>) -> Result<()> {
    let mut store = open(Seed::Builtin)?;
    let names = |store: &L| -> Result<Vec<String>> {
        let mut out = Vec::new();
        for id in store.bodies_with_open_pledges()? {
            out.push(store.body_by_id(id)?.unwrap().name);
        }
        Ok(out)
    };
    // By the bytes of their names, as a file sorts them.
    let all = [
        "中国农科院特产研究所",
        "中车长客",
        "吉林省科学技术厅",
        "澳门科技大学",
        "省商务厅",
        "省委金融办",
        "省科研院",
        "长春新区",
        "长春理工大学",
        "香港大学",
    ];
    assert_eq!(names(&store)?, all);
    // A body whose one pledge is closed has none open; a new body with one, and a Latin name,
    // comes first.
    let only = store.body_page("中车长客")?.pledges[0].0.id;
    let done = Edit {
        status: Some(Status::Done),
        ..Edit::default()
    };
    store.edit_pledge(only, &done, "王", Some("已办结"))?;
    store.add_pledge(
        &NewPledge {
            title: "新设的承诺".into(),
            owner: "Zeta 研究院".into(),
            ..NewPledge::default()
        },
        "王",
    )?;
    let mut now: Vec<&str> = all.into_iter().filter(|n| *n != "中车长客").collect();
    now.insert(0, "Zeta 研究院");
    assert_eq!(names(&store)?, now);
    Ok(())
}

fn letter_rows_count_each_letters_pledges<L: Letters>(open: &Open<L>) -> Result<()> {
    let mut store = open(Seed::Builtin)?;
    let rows = store.letter_rows(day(TODAY))?;
    assert_eq!(rows.len(), 1);
    let r = &rows[0];
    assert_eq!(
        (r.id, r.issuer.as_str(), r.addressee.as_str(), r.issued_on),
        (1, "吉林省科学技术厅", "朱立伟委员", day("2025-05-19"))
    );
    assert_eq!(
        (
            r.reference.as_deref(),
            r.member.as_deref(),
            r.kind,
            r.category
        ),
        (None, Some("朱立伟"), Some(LetterKind::Suggestion), None)
    );
    assert_eq!(
        (r.pledges, r.open, r.overdue, r.done, r.dropped),
        (20, 20, 1, 0, 0)
    );
    // A pledge done and one dropped; a later day finds more overdue.
    let done = Edit {
        status: Some(Status::Done),
        ..Edit::default()
    };
    store.edit_pledge(1, &done, "王", Some("已办结"))?;
    let dropped = Edit {
        status: Some(Status::Dropped),
        ..Edit::default()
    };
    store.edit_pledge(2, &dropped, "王", Some("不再推进"))?;
    let r = &store.letter_rows(day(TODAY))?[0];
    assert_eq!(
        (r.pledges, r.open, r.overdue, r.done, r.dropped),
        (20, 18, 1, 1, 1)
    );
    let r = &store.letter_rows(day("2099-01-01"))?[0];
    assert_eq!((r.open, r.overdue), (18, 2), "most have no deadline");
    let r = &store.letter_rows(day("2000-01-01"))?[0];
    assert_eq!((r.open, r.overdue), (18, 0));
    Ok(())
}

fn set_letter_says_what_it_changed_and_refuses_an_unknown_letter<L: Letters>(
    open: &Open<L>,
) -> Result<()> {
    let mut store = open(Seed::Builtin)?;
    let edit = LetterEdit {
        reference: Some(Some("吉科建〔2025〕12号".into())),
        kind: Some(Some(LetterKind::Proposal)),
        category: Some(Some(Category::A)),
        member: Some(None),
        ..LetterEdit::default()
    };
    let changes = store.set_letter(1, &edit)?;
    let some = |s: &str| Some(s.to_string());
    assert_eq!(
        changes,
        [
            ("reference", None, some("吉科建〔2025〕12号")),
            ("member", some("朱立伟"), None),
            ("kind", some("suggestion"), some("proposal")),
            ("category", None, some("A")),
        ]
    );
    let letter = store.letter(1)?.unwrap();
    assert_eq!(letter.reference.as_deref(), Some("吉科建〔2025〕12号"));
    assert_eq!(
        (letter.meta.member, letter.meta.kind, letter.meta.category),
        (None, Some(LetterKind::Proposal), Some(Category::A))
    );
    let r = &store.letter_rows(day(TODAY))?[0];
    assert_eq!(
        (r.kind, r.category),
        (Some(LetterKind::Proposal), Some(Category::A))
    );
    // The same again changes nothing.
    assert_eq!(store.set_letter(1, &edit)?, []);
    let e = store.set_letter(9, &edit).unwrap_err();
    assert_eq!(e.exit_code(), 2, "{e}");
    assert!(e.to_string().contains('9'), "{e}");
    assert_eq!(store.letter_rows(day(TODAY))?.len(), 1);
    Ok(())
}

fn a_deadline_cleared_while_overdue_is_confirmed_once<L: Letters>(open: &Open<L>) -> Result<()> {
    let mut store = open(Seed::Builtin)?;
    let id = store.add_pledge(
        &NewPledge {
            title: "逾期后取消时限".into(),
            owner: "省商务厅".into(),
            deadline: Some(day("2020-06-30")),
            ..NewPledge::default()
        },
        "王",
    )?;
    // Nothing cleared yet: nothing to confirm.
    let e = store.confirm_deadline(id, "督办室", "同意").unwrap_err();
    assert!(e.to_string().contains(&id.to_string()), "{e}");
    let clear = Edit {
        deadline: Some(None),
        ..Edit::default()
    };
    store.edit_pledge(id, &clear, "王", Some("时限取消"))?;
    assert_eq!(store.pledge(id)?.cleared_deadline, Some(day("2020-06-30")));
    let r = &store.letter_rows(day(TODAY))?[0];
    assert_eq!(r.overdue, 1, "the cleared one is not the letter's");
    // A blank reason, an unknown pledge: refused, nothing kept.
    assert_eq!(
        store
            .confirm_deadline(id, "督办室", "  ")
            .unwrap_err()
            .exit_code(),
        2
    );
    let e = store.confirm_deadline(999, "督办室", "同意").unwrap_err();
    assert!(e.to_string().contains("999"), "{e}");
    assert_eq!(store.pledge(id)?.cleared_deadline, Some(day("2020-06-30")));
    assert_eq!(
        store.confirm_deadline(id, "督办室", "同意")?,
        day("2020-06-30")
    );
    assert_eq!(store.pledge(id)?.cleared_deadline, None);
    let again = store.confirm_deadline(id, "督办室", "同意").unwrap_err();
    assert_eq!(again.exit_code(), 2, "{again}");
    Ok(())
}

fn the_ledger_secret_is_made_once_and_stays<L: Sheets>(open: &Open<L>) -> Result<()> {
    let store = open(Seed::Empty)?;
    let secret = store.ledger_secret()?;
    assert_eq!(secret.len(), 32);
    assert!(secret.chars().all(|c| c.is_ascii_hexdigit()), "{secret}");
    assert_eq!(store.ledger_secret()?, secret);
    let other = open(Seed::Empty)?;
    assert_ne!(other.ledger_secret()?, secret, "each ledger its own");
    Ok(())
}

fn note(pledge: i64, on: &str, body: &str) -> NewNote {
    NewNote::new(pledge, day(on), "王", body)
}

fn a_bodys_open_pledges_come_led_first_with_the_latest_note_standing<L: Sheets>(
    open: &Open<L>,
) -> Result<()> {
    let mut store = open(Seed::Builtin)?;
    let body = store.bodies_named(Field::Owner, "省科技厅")?[0];
    let first = store.add_note(&note(5, "2026-10-01", "已完成选址"))?;
    let second = store.add_note(&note(5, "2026-11-01", "录错了"))?;
    store.add_note(&note(7, "2026-09-01", "在推进"))?;
    store.withdraw_note(&Withdrawal {
        pledge: 5,
        note: second,
        by: "王".into(),
        status_before: None,
    })?;
    let done = Edit {
        status: Some(Status::Done),
        ..Edit::default()
    };
    store.edit_pledge(10, &done, "王", Some("已办结"))?;
    let open_ones = store.open_pledges_of(body)?;
    let got: Vec<(i64, Role, Option<String>)> = open_ones
        .iter()
        .map(|p| {
            (
                p.pledge.id,
                p.role,
                p.last_note.as_ref().map(|n| n.body.clone()),
            )
        })
        .collect();
    let mut expected: Vec<(i64, Role, Option<String>)> = [1, 5, 7, 12, 13, 14]
        .map(|id| (id, Role::Lead, None))
        .into_iter()
        .chain((15..=20).map(|id| (id, Role::CoOwner, None)))
        .collect();
    expected[1].2 = Some("已完成选址".into());
    expected[2].2 = Some("在推进".into());
    assert_eq!(got, expected);
    assert_eq!(open_ones[1].last_note.as_ref().map(|n| n.id), Some(first));
    assert!(open_ones.iter().all(|p| p.pledge.status.is_open()));
    assert_eq!(store.open_pledges_of(9999)?.len(), 0);
    Ok(())
}

fn row(pledge: i64, body: i64, name: &str) -> Collection {
    Collection {
        body,
        body_name: name.into(),
        as_of: day(TODAY),
        note: NewNote {
            reported_by: Some(name.into()),
            evidence: Some("吉科办〔2026〕8号".into()),
            progress: None,
            ..note(pledge, TODAY, "已完成选址")
        },
        answer: "a".repeat(64),
        file: "催办单.xlsx".into(),
    }
}

fn a_collection_adds_its_notes_and_records_them_all_or_nothing<L: Sheets + Bodies>(
    open: &Open<L>,
) -> Result<()> {
    let mut store = open(Seed::Builtin)?;
    let body = store.bodies_named(Field::Owner, "香港大学")?[0];
    let name = store.body_by_id(body)?.unwrap().name;
    let open_ones: Vec<i64> = store
        .open_pledges_of(body)?
        .iter()
        .map(|p| p.pledge.id)
        .collect();
    let (first, second) = (open_ones[0], open_ones[1]);
    let ids = store.collect(&[row(first, body, &name)], "王五")?;
    assert_eq!(ids.len(), 1);
    let kept = store.collected(body, day(TODAY), first)?.unwrap();
    assert_eq!((kept.note, kept.answer), (ids[0], "a".repeat(64)));
    assert_eq!(kept.collected_at.len(), "2026-11-28T00:00:00Z".len());
    assert_eq!(store.collected(body, day("2026-10-28"), first)?, None);
    let notes = store.notes(first)?;
    assert_eq!(notes.len(), 1);
    assert_eq!(
        (
            notes[0].id,
            notes[0].reported_by.as_deref(),
            notes[0].evidence.as_deref()
        ),
        (ids[0], Some("香港大学"), Some("吉科办〔2026〕8号"))
    );
    // The same row again, beside a good one: refused, and the good one is not kept.
    let again = store.collect(&[row(second, body, &name), row(first, body, &name)], "王五");
    assert!(again.is_err());
    assert_eq!(store.collected(body, day(TODAY), second)?, None);
    assert!(store.notes(second)?.is_empty());
    assert_eq!(store.notes(first)?.len(), 1);
    // A blank collector or a blank note: refused before anything is read.
    assert_eq!(
        store
            .collect(&[row(second, body, &name)], " ")
            .unwrap_err()
            .exit_code(),
        2
    );
    let mut blank = row(second, body, &name);
    blank.note.body = " ".into();
    assert_eq!(store.collect(&[blank], "王五").unwrap_err().exit_code(), 2);
    assert!(store.notes(second)?.is_empty());
    Ok(())
}

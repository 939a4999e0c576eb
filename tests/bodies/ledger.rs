//! The bodies of a ledger in memory: the built-in letter's report sections, and bodies
//! carried through an export. The body commands' rules run on every kind of ledger in
//! `tests/server_bodies.rs`.

use pledge::body::Role;
use pledge::problem::Field;
use pledge::report::{Options, Section};
use pledge::store::{Seed, Store};

fn builtin() -> Store {
    Store::open_in_memory(Seed::Builtin).unwrap()
}

fn day(s: &str) -> chrono::NaiveDate {
    pledge::date::parse(s).unwrap()
}

#[test]
fn the_reports_section_for_the_department_holds_what_it_leads_and_co_owns() {
    let store = builtin();
    let report =
        pledge::report::build(&store, "ledger.db", &Options::new(day("2026-11-28"))).unwrap();
    let mut mine: Vec<(i64, Role)> = Vec::new();
    for s in Section::ALL {
        for g in report.groups(s) {
            if g.owner == "吉林省科学技术厅" {
                mine.extend(g.items.iter().map(|i| (i.id, i.role)));
            }
        }
    }
    for id in 15..=20 {
        assert!(mine.contains(&(id, Role::CoOwner)), "#{id}: {mine:?}");
    }
    assert!(mine.contains(&(5, Role::Lead)), "{mine:?}");
    // #17 is overdue in three sections, and counted once.
    let overdue: Vec<&str> = report
        .groups(Section::Overdue)
        .iter()
        .map(|g| g.owner.as_str())
        .collect();
    assert_eq!(overdue, ["省委金融办", "吉林省科学技术厅", "省商务厅"]);
    assert_eq!(report.summary.count(Section::Overdue), 1);
    // The footer counts per body by the same rule.
    let by: std::collections::HashMap<String, [usize; 3]> =
        report.summary.by_owner().into_iter().collect();
    assert_eq!(by["吉林省科学技术厅"][0], 1);
    assert_eq!(by["省商务厅"][0], 1);
}

#[test]
fn a_report_scoped_to_one_body_shows_all_its_pledges_and_no_other_body() {
    let store = builtin();
    let ids = store.bodies_named(Field::Owner, "省科技厅").unwrap();
    let mut opts = Options::new(day("2026-11-28"));
    opts.filter.bodies = Some(pledge::request::BodyScope {
        ids,
        lead_only: false,
    });
    let report = pledge::report::build(&store, "ledger.db", &opts).unwrap();
    let owners: Vec<&str> = report.items().map(|(_, i)| i.owner.as_str()).collect();
    assert!(
        owners.iter().all(|o| *o == "吉林省科学技术厅"),
        "{owners:?}"
    );
    assert_eq!(owners.len(), 13);
    opts.filter.bodies.as_mut().unwrap().lead_only = true;
    let report = pledge::report::build(&store, "ledger.db", &opts).unwrap();
    assert!(report.items().all(|(_, i)| i.role == Role::Lead));
    assert_eq!(report.items().count(), 7);
}

#[test]
fn an_export_carries_bodies_and_an_older_one_gets_them_derived() {
    let mut store = builtin();
    store.alias_body("省商务厅", "吉林省商务厅").unwrap();
    store
        .merge_bodies("澳门科技大学", "香港大学", "王")
        .unwrap();
    let data = store.export().unwrap();
    assert!(!data.bodies.is_empty() && !data.links.is_empty());
    let mut copy = Store::open_in_memory(Seed::Empty).unwrap();
    copy.import(&data).unwrap();
    let again = copy.export().unwrap();
    assert_eq!(again.bodies, data.bodies);
    assert_eq!(again.links, data.links);
    // An export made before bodies: the owner texts name them, as an upgrade reads them.
    let mut old = serde_json::to_value(builtin().export().unwrap()).unwrap();
    let obj = old.as_object_mut().unwrap();
    obj.remove("bodies");
    obj.remove("links");
    let old: pledge::store::Export = serde_json::from_value(old).unwrap();
    let mut derived = Store::open_in_memory(Seed::Empty).unwrap();
    derived.import(&old).unwrap();
    let fresh = builtin().export().unwrap();
    assert_eq!(derived.export().unwrap().links, fresh.links);
    assert_eq!(derived.export().unwrap().bodies, fresh.bodies);
}

#[test]
fn a_new_owner_text_or_named_bodies_relink_a_pledge() {
    let mut store = builtin();
    let edit = pledge::request::Edit {
        owner: Some("省商务厅牵头，长春新区配合".into()),
        ..Default::default()
    };
    store.edit_pledge(6, &edit, "王", Some("调整分工")).unwrap();
    let links = store.history(6).unwrap().pop().unwrap();
    assert_eq!(
        links.new.as_deref(),
        Some("lead:省商务厅; co_owner:长春新区")
    );
    assert_eq!(links.reason.as_deref(), Some("调整分工"));
    let named = [
        pledge::body::Named::lead("吉林省科技厅"),
        pledge::body::Named::co_owner("新设单位"),
    ];
    let changes = store
        .edit_pledge_with(6, &Default::default(), Some(&named), "王", None)
        .unwrap();
    assert_eq!(changes.len(), 1);
    assert_eq!(
        changes[0].new.as_deref(),
        Some("lead:吉林省科学技术厅; co_owner:新设单位")
    );
    assert_eq!(store.pledge(6).unwrap().owner, "省商务厅牵头，长春新区配合");
    assert!(
        store.body_page("新设单位").is_ok(),
        "a new name makes a body"
    );
}

#[test]
fn an_export_giving_one_name_to_two_bodies_is_refused_whole() {
    let mut data = builtin().export().unwrap();
    let taken = data.bodies[1].name.clone();
    data.bodies[0].aliases.push(taken.clone());
    let mut copy = Store::open_in_memory(Seed::Empty).unwrap();
    let e = copy.import(&data).unwrap_err().to_string();
    assert!(
        e.contains(&format!("\"{taken}\"")) && e.contains("already a name of body"),
        "{e}"
    );
    assert_eq!(copy.counts().unwrap(), (0, 0, 0), "nothing imported");
}

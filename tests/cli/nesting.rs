//! Sub-items in `pledge list`: right under their parent (marked `└`) in every sort, in every
//! format; apart from a parent the filter leaves out, naming it instead.

use super::*;

/// The ids of a table's rows and their titles, in order.
fn rows(table: &str) -> Vec<(String, String)> {
    table
        .lines()
        .skip(1)
        .filter_map(|l| {
            let mut cells = l.split("  ").map(str::trim).filter(|c| !c.is_empty());
            let id = cells.next()?.trim_start_matches('!');
            id.parse::<i64>().ok()?;
            let _status = cells.next()?;
            Some((id.to_string(), cells.next()?.to_string()))
        })
        .collect()
}

#[test]
fn sub_items_stay_under_their_parent_in_every_sort_and_format() {
    let ledger = Ledger::new();
    for sort in ["deadline", "overdue", "owner", "updated", "id"] {
        let table = ledger.ok(&["list", "--sort", sort]);
        let rows = rows(&table);
        let at = rows.iter().position(|(id, _)| id == "1").unwrap();
        let below: Vec<&str> = rows[at + 1..at + 5]
            .iter()
            .map(|(id, _)| id.as_str())
            .collect();
        let mut sorted = below.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, ["2", "3", "4", "5"], "{sort}: {table}");
        for (_, title) in &rows[at + 1..at + 5] {
            assert!(title.starts_with("└ "), "{sort}: {table}");
        }
        assert!(!rows[at].1.starts_with('└'), "{table}");
        assert!(
            rows.get(at + 5).is_none_or(|r| !r.1.starts_with('└')),
            "{table}"
        );
        let csv = ledger.ok(&["list", "--sort", sort, "--format", "csv"]);
        let ids: Vec<&str> = csv
            .lines()
            .skip(1)
            .map(|l| l.split(',').next().unwrap())
            .collect();
        let rows: Vec<&str> = rows.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, rows, "{sort}: csv and the table in one order");
        let json = ledger.json(&["list", "--sort", sort, "--format", "json"]);
        let ids: Vec<String> = json
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["id"].to_string())
            .collect();
        assert_eq!(ids, rows, "{sort}: json too");
    }
    // The sub-items sort among themselves: #4 is the only one with a deadline.
    let table = ledger.ok(&["list", "--sort", "deadline"]);
    let ids: Vec<String> = rows(&table).into_iter().map(|(id, _)| id).collect();
    assert_eq!(ids[..6], ["17", "1", "4", "2", "3", "5"], "{table}");
}

#[test]
fn a_sub_item_whose_parent_is_filtered_out_names_its_parent_without_the_glyph() {
    let ledger = Ledger::new();
    let table = ledger.ok(&["list", "--owner", "香港大学"]);
    let rows = rows(&table);
    assert_eq!(rows.len(), 4, "{table}");
    for (id, title) in &rows {
        assert!(title.starts_with("↑#1 "), "#{id}: {table}");
    }
    assert!(!table.contains('└'), "{table}");
}

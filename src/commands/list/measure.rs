//! The table's measuring pass: each cell's width as [`super::cells`] would write it, without
//! writing it. The pass reads every listed pledge before the first line is printed, so what
//! it spends per row is spent twice over the list.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::messages::cli as words;
use crate::model::{Due, Pledge};
use crate::text::inert_line_width as width;

/// A date cell: always `YYYY-MM-DD` (years 1900–9999).
const DATE: usize = 10;

/// The widths of one row's cells; the due column's few distinct texts are worded once.
#[derive(Default)]
pub(super) struct Measure {
    due: HashMap<Option<Due>, usize>,
}

impl Measure {
    pub(super) fn widths(&mut self, p: &Pledge, depth: usize, today: NaiveDate) -> [usize; 8] {
        let id = if p.id > 0 {
            p.id.ilog10() as usize + 1
        } else {
            p.id.to_string().len()
        } + usize::from(p.is_overdue(today));
        let title = match (depth, p.parent) {
            (0, None) => width(&p.title),
            _ => width(&words::nested_title(&p.title, depth, p.parent)),
        };
        let due = *self
            .due
            .entry(p.due(today))
            .or_insert_with_key(|d| width(&crate::messages::values::due(*d)));
        [
            id,
            width(crate::messages::values::status(p.status)),
            title,
            width(&p.owner),
            p.deadline.map_or(0, |_| DATE),
            due,
            width(&p.progress_text()),
            p.last_note_on.map_or(0, |_| DATE),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::{Edit, NewNote, NewPledge};
    use crate::store::{Filter, Quotes, Seed, Sort, Store};

    #[test]
    fn each_cell_is_as_wide_as_the_cell_written() {
        let mut store = Store::open_in_memory(Seed::Builtin).expect("store");
        let today = crate::date::parse("2026-11-28").expect("date");
        let parent = NewPledge {
            title: "建设\u{1b}[31m实验室\n第二行".into(),
            owner: "吉林省科学技术厅\t长春".into(),
            deadline: Some(today),
            ..NewPledge::default()
        };
        let id = store.add_pledge(&parent, "王").expect("pledge");
        let child = NewPledge {
            parent: Some(id),
            title: "子项 👍🏽".into(),
            owner: "吉林大学".into(),
            ..NewPledge::default()
        };
        let sub = store.add_pledge(&child, "王").expect("sub-item");
        let done = Edit {
            status: Some(crate::model::Status::Done),
            ..Edit::default()
        };
        store
            .edit_pledge(sub, &done, "王", Some("已验收"))
            .expect("done");
        let note = NewNote::new(id, today, "王", "进展".to_string());
        store.add_note(&note).expect("note");
        let mut measure = Measure::default();
        let mut rows = 0;
        // Nested under its parent in the whole list; on its own (with its parent's id) when
        // the parent is not listed.
        let alone = Filter {
            search: Some("子项".into()),
            ..Filter::default()
        };
        for filter in [Filter::default(), alone] {
            store
                .each_listed(&filter, Sort::Deadline, Quotes::Without, &mut |p, depth| {
                    let written: Vec<usize> = super::super::cells(&p, depth, today)
                        .iter()
                        .map(|c| width(c))
                        .collect();
                    assert_eq!(measure.widths(&p, depth, today).to_vec(), written, "{p:?}");
                    rows += 1;
                    Ok(())
                })
                .expect("listed");
        }
        assert!(rows > 10, "{rows}");
    }
}

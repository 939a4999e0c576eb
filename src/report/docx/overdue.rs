//! The overdue report as a [`Doc`], for Word: the HTML page's title, lines, sections, owners'
//! tables and totals, the rows read group by group and counted against [`super::MAX_ROWS`].

use std::io::Write;

use crate::error::command::Refusal;
use crate::error::{Error, Result};
use crate::messages::report as words;
use crate::report::doc::{Cell, Column, Doc, Group, Part};
use crate::report::text::{heading, last_note_text};
use crate::report::{Rows, Section, Summary};

/// Writes the overdue report as a .docx; one of more than [`super::MAX_ROWS`] rows is refused
/// as soon as the count is past it, before a byte is written.
pub fn write(r: &Summary, rows: &mut dyn Rows, out: &mut dyn Write) -> Result<()> {
    let listed: usize = Section::ALL
        .into_iter()
        .flat_map(|s| r.section(s))
        .map(|g| g.count)
        .sum();
    let too_long = |rows: usize| {
        Error::Command(Refusal::DocxTooLong {
            rows,
            max: super::MAX_ROWS,
        })
    };
    if listed > super::MAX_ROWS {
        return Err(too_long(listed));
    }
    let d = doc(r, rows)?;
    super::write(&d, out)
}

fn doc(r: &Summary, rows: &mut dyn Rows) -> Result<Doc> {
    let mut meta = vec![(words::ledger_label().to_string(), r.ledger.clone())];
    for l in &r.letters {
        meta.push((
            words::letter_label().to_string(),
            crate::messages::store::letter_ref(l),
        ));
    }
    if let Some(scope) = r.scope() {
        meta.push((words::scope_label().to_string(), scope));
    }
    let mut parts = Vec::new();
    for s in Section::ALL {
        let kinds = [
            Cell::Number,
            Cell::Text,
            Cell::Short,
            Cell::Number,
            Cell::Short,
            Cell::Short,
            Cell::Text,
        ];
        let columns = words::headings(s)
            .iter()
            .zip(kinds)
            .map(|(head, kind)| Column::new(head, kind))
            .collect();
        let mut groups = Vec::new();
        rows.section(s, &mut |g| {
            let place = groups.len() + 1;
            let cells = g
                .items
                .iter()
                .map(|i| {
                    vec![
                        i.id.to_string(),
                        crate::messages::bodies::marked_title(
                            &crate::report::marks::title(i),
                            i.role,
                        )
                        .to_string(),
                        i.deadline.map(crate::date::format).unwrap_or_default(),
                        i.days().map(|d| d.to_string()).unwrap_or_default(),
                        words::status(i.status).to_string(),
                        i.progress_text.clone(),
                        last_note_text(i),
                    ]
                })
                .collect();
            groups.push(Group {
                heading: Some(words::owner_group(&g.owner, g.items.len(), place)),
                rows: cells,
                total: None,
            });
            Ok(())
        })?;
        parts.push(Part {
            heading: heading(s, r),
            columns,
            groups,
            none: words::none_listed().to_string(),
        });
    }
    let by_owner = r.by_owner();
    let counts = |c: [usize; 3]| c.map(|n| n.to_string());
    let totals = by_owner
        .into_iter()
        .map(|(owner, c)| [vec![owner], counts(c).to_vec()].concat())
        .collect();
    let all = [
        r.count(Section::Overdue),
        r.count(Section::DueSoon),
        r.count(Section::NoDeadline),
    ];
    let count_kinds = [Cell::Text, Cell::Number, Cell::Number, Cell::Number];
    parts.push(Part {
        heading: words::totals_heading().to_string(),
        columns: words::count_headings()
            .iter()
            .zip(count_kinds)
            .map(|(head, kind)| Column::new(head, kind))
            .collect(),
        groups: vec![Group {
            heading: None,
            rows: totals,
            total: Some([vec![words::all_owners().to_string()], counts(all).to_vec()].concat()),
        }],
        none: words::none_listed().to_string(),
    });
    Ok(Doc {
        title: words::title(r.as_of),
        page_title: words::page_title(r.as_of),
        meta,
        chart: None,
        parts,
        footer: r
            .left_out()
            .map(|l| words::sentence(&l))
            .into_iter()
            .collect(),
    })
}

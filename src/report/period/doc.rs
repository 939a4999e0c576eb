//! The period report worded as a [`Doc`]: a part per kind, a table per body, the counts per
//! body, the bodies' chart.

use super::{Entry, Kind, Report, What};
use crate::messages::period as words;
use crate::messages::report as report_words;
use crate::report::doc::{Cell, Column, Doc, Group, Part};

/// What happened to an entry's pledge, in a cell.
pub(super) fn detail(e: &Entry) -> String {
    match &e.what {
        What::Progressed {
            notes,
            latest_note,
            reported_by,
            ..
        } => {
            let latest = match reported_by {
                Some(by) => crate::messages::letters::title_marked(
                    latest_note,
                    &[crate::messages::letters::reported_by(by)],
                ),
                None => latest_note.clone(),
            };
            words::progressed(*notes, &latest)
        }
        What::Completed { became, why } => words::completed(*became, why.as_deref()),
        What::FellOverdue { days_overdue, .. } => words::late(*days_overdue),
        What::Extended {
            deadline_was,
            deadline,
            why,
        } => words::extended(*deadline_was, *deadline, why.as_deref()),
    }
}

/// The day column: the deadline for a pledge that fell overdue, else the day it happened.
fn day(e: &Entry) -> String {
    match &e.what {
        What::FellOverdue { deadline, .. } => crate::date::format(*deadline),
        _ => crate::date::format(e.on),
    }
}

pub(super) fn doc(r: &Report) -> Doc {
    let (from, to) = (r.period.from, r.period.to);
    let mut meta = vec![
        (report_words::ledger_label().to_string(), r.ledger.clone()),
        (
            words::period_label().to_string(),
            words::period_value(from, to),
        ),
    ];
    if let Some(scope) = r.scope() {
        meta.push((report_words::scope_label().to_string(), scope));
    }
    let mut parts: Vec<Part> = Kind::ALL
        .into_iter()
        .map(|k| {
            let heads = words::headings(k);
            let kinds = [
                Cell::Number,
                Cell::Text,
                Cell::Short,
                Cell::Text,
                Cell::Short,
            ];
            let columns = heads
                .iter()
                .zip(kinds)
                .map(|(h, c)| Column::new(h, c))
                .collect();
            let groups = r
                .part(k)
                .iter()
                .enumerate()
                .map(|(n, g)| Group {
                    heading: Some(report_words::owner_group(&g.body, g.entries.len(), n + 1)),
                    rows: g
                        .entries
                        .iter()
                        .map(|e| {
                            vec![
                                e.id.to_string(),
                                crate::messages::bodies::marked_title(&e.title, e.role)
                                    .into_owned(),
                                day(e),
                                detail(e),
                                report_words::status(e.status).to_string(),
                            ]
                        })
                        .collect(),
                    total: None,
                })
                .collect();
            Part {
                heading: words::heading(k, r.pledges[k.index()]),
                columns,
                groups,
                none: report_words::none_listed().to_string(),
            }
        })
        .collect();
    let by_body = r.by_body();
    let heads = words::count_headings();
    let mut columns = vec![Column::new(heads[0], Cell::Text)];
    columns.extend(heads[1..].iter().map(|h| Column::new(h, Cell::Number)));
    let rows = by_body
        .iter()
        .map(|(body, c)| {
            let mut row = vec![body.clone()];
            row.extend(c.iter().map(usize::to_string));
            row
        })
        .collect();
    let mut total = vec![report_words::all_owners().to_string()];
    total.extend(r.pledges.iter().map(usize::to_string));
    parts.push(Part {
        heading: words::by_body_heading(),
        columns,
        groups: vec![Group {
            heading: None,
            rows,
            total: Some(total),
        }],
        none: report_words::none_listed().to_string(),
    });
    Doc {
        title: words::title(from, to),
        page_title: words::page_title(from, to),
        meta,
        chart: Some(crate::report::svg::bodies(
            &r.standings,
            words::chart_title(to),
        )),
        parts,
        footer: vec![words::totals(r.pledges)],
    }
}

//! Returned sheets turned into the notes they add: each sheet matched to this ledger by its
//! mark, each row by its own, each answer checked; what cannot be taken is said with its file,
//! sheet, row and column, and what was collected before is left out.

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDate;

use super::key::{self, SheetMark};
use super::read::Grid;
use super::write::HEADING_ROW;
use crate::body::Body;
use crate::error::Result;
use crate::error::sheet::{Found, Place, Trouble};
use crate::ledger::{Bodies, Sheets};
use crate::model::{Pledge, Status};
use crate::request::NewNote;
use crate::sheet::{Cell, Collection, Column};

/// How far down the heading row (with the sheet's mark) is looked for: a body may add a line
/// or two above it.
const HEADING_SEARCH_ROWS: u32 = 20;

/// A row to add, with what it changes.
#[derive(Debug)]
pub struct Planned {
    pub place: Place,
    pub pledge: Pledge,
    pub collection: Collection,
    /// The status before, when the row changes it.
    pub status_from: Option<Status>,
}

/// What the returned sheets hold, found before anything is written.
#[derive(Debug, Default)]
pub struct Plan {
    pub rows: Vec<Planned>,
    pub bad: Vec<Found>,
    /// Rows collected before: their place and the note they added, and whether the answer
    /// has changed since.
    pub again: Vec<(Place, i64, bool)>,
    /// Rows of pledges left unanswered.
    pub empty: usize,
    /// Sheets read, with their body and day.
    pub sheets: Vec<(Place, String, NaiveDate)>,
}

/// What every row needs to know to be planned.
pub struct Context<'a, L: Bodies + Sheets> {
    pub store: &'a L,
    pub secret: &'a str,
    pub today: NaiveDate,
    pub author: &'a str,
}

impl Plan {
    /// Plans one file's sheets; a file that cannot be read is one trouble.
    pub fn add_file<L: Bodies + Sheets>(&mut self, ctx: &Context<L>, path: &Path) -> Result<()> {
        let place = Place::file(path);
        let grids = match super::read::read(path) {
            Ok(g) => g,
            Err(trouble) => {
                self.bad.push(Found { place, trouble });
                return Ok(());
            }
        };
        let before = self.sheets.len();
        let mut unmarked = 0;
        for grid in &grids {
            let place = place.sheet(&grid.name);
            match heading(grid) {
                Some((row, col, mark)) => self.add_sheet(ctx, &place, grid, row, col, mark)?,
                None => unmarked += 1,
            }
        }
        if self.sheets.len() == before && unmarked == grids.len() {
            self.bad.push(Found {
                place,
                trouble: Trouble::NotARequest,
            });
        }
        Ok(())
    }

    fn add_sheet<L: Bodies + Sheets>(
        &mut self,
        ctx: &Context<L>,
        place: &Place,
        grid: &Grid,
        heading_row: u32,
        mark_col: u32,
        mark: &str,
    ) -> Result<()> {
        let refuse = |trouble| Found {
            place: place.at(heading_row, mark_col),
            trouble,
        };
        if mark_col != u32::from(Column::Key.index()) {
            self.bad
                .push(refuse(Trouble::ColumnsMoved { found: mark_col }));
            return Ok(());
        }
        let (body_id, as_of) = match key::read_sheet_mark(ctx.secret, mark) {
            SheetMark::Ours { body, as_of } => (body, as_of),
            SheetMark::OtherLedger { fingerprint } => {
                self.bad.push(refuse(Trouble::OtherLedger { fingerprint }));
                return Ok(());
            }
            SheetMark::Altered => {
                self.bad.push(refuse(Trouble::MarkAltered));
                return Ok(());
            }
        };
        let Some(body) = ctx.store.body_by_id(body_id)? else {
            self.bad.push(refuse(Trouble::BodyGone { body: body_id }));
            return Ok(());
        };
        self.sheets.push((place.clone(), body.name.clone(), as_of));
        let sheet = Sheet {
            place,
            body: &body,
            as_of,
        };
        let mut seen: HashMap<i64, u32> = HashMap::new();
        for (row, cells) in grid.rows.iter().filter(|(r, _)| *r > heading_row) {
            if let Err(found) = self.add_row(ctx, &sheet, *row, cells, &mut seen)? {
                self.bad.extend(found);
            }
        }
        Ok(())
    }

    /// Plans one row; its troubles, when it has any.
    fn add_row<L: Bodies + Sheets>(
        &mut self,
        ctx: &Context<L>,
        sheet: &Sheet,
        row: u32,
        cells: &[Cell],
        seen: &mut HashMap<i64, u32>,
    ) -> Result<std::result::Result<(), Vec<Found>>> {
        let cell = |c: Column| cells.get(usize::from(c.index())).unwrap_or(&Cell::Empty);
        let at = |c: Column| sheet.place.cell(row, c);
        let one = |c: Column, trouble| {
            Err(vec![Found {
                place: at(c),
                trouble,
            }])
        };
        let fill = [
            cell(Column::Note),
            cell(Column::On),
            cell(Column::Quantity),
            cell(Column::Status),
            cell(Column::Evidence),
        ];
        let answered = fill.iter().any(|c| !c.is_blank());
        let mark = cell(Column::Key).text();
        if mark.trim().is_empty() {
            // A line a body added below or between the rows: only an answer there is wrong.
            return Ok(if answered {
                one(Column::Key, Trouble::RowWithoutMark)
            } else {
                Ok(())
            });
        }
        let Some(pledge_id) = key::read_row_mark(ctx.secret, sheet.body.id, sheet.as_of, &mark)
        else {
            return Ok(one(Column::Key, Trouble::RowMarkAltered));
        };
        let shown = cell(Column::Id).text();
        if shown.trim() != pledge_id.to_string() {
            return Ok(one(
                Column::Id,
                Trouble::IdDiffers {
                    shown,
                    marked: pledge_id,
                },
            ));
        }
        if let Some(first) = seen.insert(pledge_id, row) {
            return Ok(one(
                Column::Key,
                Trouble::Twice {
                    pledge: pledge_id,
                    first,
                },
            ));
        }
        if !answered {
            self.empty += 1;
            return Ok(Ok(()));
        }
        let answer =
            match crate::sheet::answer(fill, ctx.today, crate::messages::values::parse_status) {
                Ok(Some(a)) => a,
                Ok(None) => return Ok(Ok(())),
                Err(refused) => {
                    return Ok(Err(refused
                        .into_iter()
                        .map(|(c, invalid)| Found {
                            place: at(c),
                            trouble: Trouble::Cell(invalid),
                        })
                        .collect()));
                }
            };
        let Some(pledge) = ctx.store.find_pledge(pledge_id)? else {
            return Ok(one(Column::Id, Trouble::NoSuchPledge { pledge: pledge_id }));
        };
        let said = crate::store::sha256_hex(
            &fill
                .iter()
                .map(|c| c.text().trim().to_string())
                .collect::<Vec<_>>()
                .join("\u{1f}"),
        );
        if let Some(before) = ctx.store.collected(sheet.body.id, sheet.as_of, pledge_id)? {
            let changed = before.answer != said;
            self.again.push((at(Column::Id), before.note, changed));
            return Ok(Ok(()));
        }
        let same_sheet = |p: &Planned| {
            p.collection.body == sheet.body.id
                && p.collection.as_of == sheet.as_of
                && p.pledge.id == pledge_id
        };
        if let Some(other) = self.rows.iter().find(|p| same_sheet(p)) {
            // The same sheet returned twice (as .xlsx and as .csv, say).
            if other.collection.answer == said {
                return Ok(Ok(()));
            }
            return Ok(one(
                Column::Id,
                Trouble::Conflicts {
                    pledge: pledge_id,
                    other: Box::new(other.place.clone()),
                },
            ));
        }
        let status = answer.status.filter(|s| *s != pledge.status);
        let note = NewNote {
            pledge: pledge_id,
            on: answer.on.unwrap_or(ctx.today),
            author: ctx.author.to_string(),
            // Closing or reopening needs a why: the note says it, its first line kept.
            why: status.and_then(|_| answer.note.lines().next().map(str::to_string)),
            body: answer.note,
            progress: answer.quantity,
            status,
            reported_by: Some(sheet.body.name.clone()),
            evidence: answer.evidence,
        };
        if let Err(invalid) = note.checked() {
            return Ok(one(Column::Note, Trouble::Cell(invalid)));
        }
        self.rows.push(Planned {
            place: at(Column::Id),
            status_from: status.map(|_| pledge.status),
            pledge,
            collection: Collection {
                body: sheet.body.id,
                body_name: sheet.body.name.clone(),
                as_of: sheet.as_of,
                note,
                answer: said,
                file: crate::files::shown(&sheet.place.file),
            },
        });
        Ok(Ok(()))
    }
}

/// The sheet a row is in.
struct Sheet<'a> {
    place: &'a Place,
    body: &'a Body,
    as_of: NaiveDate,
}

/// The heading row: the first near the top with a sheet's mark in it, with the mark's column.
fn heading(grid: &Grid) -> Option<(u32, u32, &str)> {
    grid.rows
        .iter()
        .take_while(|(r, _)| *r < HEADING_SEARCH_ROWS.max(HEADING_ROW + 1))
        .find_map(|(r, cells)| {
            cells.iter().enumerate().find_map(|(c, cell)| match cell {
                Cell::Text(t) if key::is_sheet_mark(t) => Some((*r, c as u32, t.as_str())),
                _ => None,
            })
        })
}

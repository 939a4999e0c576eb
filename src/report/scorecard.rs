//! The scorecard, for a member or a journalist: per letter and overall, how many pledges were
//! kept, partly kept, broken, are in progress or not started ([`pledge_core::score`]), and
//! which are broken. Counts are held per letter; the broken list is the one list it holds.

use std::collections::BTreeMap;
use std::io::Write;

use chrono::NaiveDate;
use serde::Serialize;

pub use pledge_core::score::{BROKEN_AFTER_DAYS, Score, Tally};

use super::doc::{Cell, Column, Doc, Group, Part};
use super::svg::{Bar, Chart, Series};
use super::{Format, LetterRef, Look, output};
use crate::error::Result;
use crate::ledger::Ledger;
use crate::messages::report as report_words;
use crate::messages::scorecard as words;
use crate::request::{Filter, Quotes, Sort};

/// What to score.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    pub as_of: NaiveDate,
    pub broken_after: i64,
    /// The letter, member and bodies asked for (`filter` carries what picks them).
    pub letter: Option<i64>,
    pub member: Option<String>,
    pub owners: Vec<String>,
    pub filter: Filter,
}

/// One letter's tally (none: the pledges entered by hand).
#[derive(Debug, Clone, PartialEq)]
pub struct LetterScore {
    pub id: Option<i64>,
    pub letter: Option<LetterRef>,
    pub tally: Tally,
}

/// A broken pledge: dropped (no days), or late by more than the grace.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Broken {
    pub id: i64,
    pub title: String,
    pub owner: String,
    pub letter_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days_overdue: Option<i64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scorecard {
    pub as_of: NaiveDate,
    pub ledger: String,
    pub broken_after: i64,
    pub letters: Vec<LetterScore>,
    pub overall: Tally,
    pub broken: Vec<Broken>,
    opts: Options,
}

impl Scorecard {
    /// What the scorecard is limited to, in the language it is written in.
    pub fn scope(&self) -> Option<String> {
        let mut parts = Vec::new();
        if let Some(id) = self.opts.letter {
            parts.push(words::scope_letter(id));
        }
        if let Some(m) = &self.opts.member {
            parts.push(words::scope_member(m));
        }
        parts.extend(report_words::scope(&self.opts.owners, &Filter::default()));
        (!parts.is_empty()).then(|| parts.join(crate::ts!("report-scope-separator")))
    }
}

/// Reads the scorecard in one snapshot; an unknown `--letter` is refused naming it.
pub fn read(store: &impl Ledger, ledger: &str, opts: &Options) -> Result<Scorecard> {
    store.snapshot(|store| {
        if let Some(id) = opts.letter
            && store.letter(id)?.is_none()
        {
            return Err(crate::store::no_such_letter(id).into());
        }
        let refs: BTreeMap<i64, LetterRef> = store.letter_refs()?.into_iter().collect();
        let mut tallies: BTreeMap<(bool, i64), Tally> = BTreeMap::new();
        let mut broken = Vec::new();
        store.each_pledge(&opts.filter, Sort::Id, Quotes::Without, &mut |p| {
            let late = p.days_overdue(opts.as_of);
            let score = Score::of(p.status, late, opts.broken_after);
            // Letters by id, then the pledges entered by hand.
            let key = p.letter.map_or((true, 0), |id| (false, id));
            tallies.entry(key).or_default().add(score);
            if score == Score::Broken {
                broken.push(Broken {
                    id: p.id,
                    title: p.title,
                    owner: p.owner,
                    letter_id: p.letter,
                    days_overdue: late.filter(|_| p.status.is_open()),
                });
            }
            Ok(())
        })?;
        let mut overall = Tally::default();
        let letters = tallies
            .into_iter()
            .map(|((hand, id), tally)| {
                overall.absorb(&tally);
                LetterScore {
                    id: (!hand).then_some(id),
                    letter: (!hand).then(|| refs.get(&id).cloned()).flatten(),
                    tally,
                }
            })
            .collect();
        Ok(Scorecard {
            as_of: opts.as_of,
            ledger: ledger.to_string(),
            broken_after: opts.broken_after,
            letters,
            overall,
            broken,
            opts: opts.clone(),
        })
    })
}

/// A letter's name in a cell.
fn letter_name(l: &LetterScore) -> String {
    match (&l.letter, l.id) {
        (Some(r), _) => crate::messages::store::letter_ref(r),
        (None, Some(id)) => words::scope_letter(id),
        (None, None) => words::no_letter().to_string(),
    }
}

fn counts(t: &Tally) -> impl Iterator<Item = String> + '_ {
    Score::ALL
        .into_iter()
        .map(|s| t.get(s).to_string())
        .chain([t.total().to_string()])
}

const COLORS: [&str; 5] = ["#3c8d40", "#9acd32", "#b22222", "#4a78b5", "#aaaaaa"];

/// The scorecard worded as a document: the counts per letter, the broken pledges, the rule.
fn doc(s: &Scorecard) -> Doc {
    let mut meta = vec![(report_words::ledger_label().to_string(), s.ledger.clone())];
    if let Some(scope) = s.scope() {
        meta.push((report_words::scope_label().to_string(), scope));
    }
    let mut columns = vec![Column::new(words::letter_column(), Cell::Text)];
    columns.extend(Score::ALL.map(|sc| Column::new(words::score(sc), Cell::Number)));
    columns.push(Column::new(words::total_column(), Cell::Number));
    let rows = s
        .letters
        .iter()
        .map(|l| {
            std::iter::once(letter_name(l))
                .chain(counts(&l.tally))
                .collect()
        })
        .collect();
    let total = std::iter::once(words::overall().to_string())
        .chain(counts(&s.overall))
        .collect();
    let by_letter = Part {
        heading: words::by_letter_heading(s.letters.iter().filter(|l| l.id.is_some()).count()),
        columns,
        groups: vec![Group {
            heading: None,
            rows,
            total: Some(total),
        }],
        none: report_words::none_listed().to_string(),
    };
    let heads = words::broken_headings();
    let kinds = [Cell::Number, Cell::Text, Cell::Text, Cell::Short];
    let broken = Part {
        heading: words::broken_heading(s.broken.len()),
        columns: heads
            .iter()
            .zip(kinds)
            .map(|(h, k)| Column::new(h, k))
            .collect(),
        groups: vec![Group {
            heading: None,
            rows: s
                .broken
                .iter()
                .map(|b| {
                    vec![
                        b.id.to_string(),
                        b.title.clone(),
                        b.owner.clone(),
                        words::why_broken(b.days_overdue),
                    ]
                })
                .collect(),
            total: None,
        }],
        none: report_words::none_listed().to_string(),
    };
    let mut bars: Vec<Bar> = s
        .letters
        .iter()
        .map(|l| Bar {
            label: letter_name(l),
            values: l.tally.0.to_vec(),
        })
        .collect();
    bars.push(Bar {
        label: words::overall().to_string(),
        values: s.overall.0.to_vec(),
    });
    let chart = Chart {
        title: words::chart_title(s.as_of),
        series: Score::ALL
            .iter()
            .zip(COLORS)
            .map(|(sc, color)| Series {
                label: words::score(*sc).to_string(),
                color,
            })
            .collect(),
        bars,
    };
    Doc {
        title: words::title(s.as_of),
        page_title: words::page_title(s.as_of),
        meta,
        chart: Some(chart),
        parts: vec![by_letter, broken],
        footer: vec![words::rule(s.broken_after)],
    }
}

/// Writes the scorecard in `format`.
pub fn write(s: &Scorecard, format: Format, look: Look, out: &mut dyn Write) -> Result<()> {
    match format {
        Format::Text => super::doc::write_text(&doc(s), look.style.width, out),
        Format::Markdown => super::doc::write_markdown(&doc(s), out),
        Format::Html => super::doc::write_html(&doc(s), out),
        Format::Docx => super::docx::write(&doc(s), out),
        Format::Csv => csv(s, look.bom, out),
        Format::Json => json(s, out),
    }
}

/// One row per letter and one overall: the letter, then a count per score and the total.
fn csv(s: &Scorecard, bom: bool, out: &mut dyn Write) -> Result<()> {
    if bom {
        out.write_all(b"\xEF\xBB\xBF").map_err(output)?;
    }
    let mut w = ::csv::Writer::from_writer(out);
    let failed = |e: ::csv::Error| output(e.into());
    let mut head = vec![
        words::csv_letter_id().to_string(),
        words::letter_column().to_string(),
    ];
    head.extend(Score::ALL.map(|sc| sc.key().to_string()));
    head.push("total".to_string());
    w.write_record(&head).map_err(failed)?;
    for l in &s.letters {
        let mut row = vec![
            l.id.map(|i| i.to_string()).unwrap_or_default(),
            crate::text::spreadsheet_cell(&letter_name(l)),
        ];
        row.extend(counts(&l.tally));
        w.write_record(&row).map_err(failed)?;
    }
    let mut row = vec![String::new(), words::overall().to_string()];
    row.extend(counts(&s.overall));
    w.write_record(&row).map_err(failed)?;
    w.flush().map_err(output)
}

#[derive(Serialize)]
struct TallyJson {
    kept: usize,
    partly_kept: usize,
    broken: usize,
    in_progress: usize,
    not_started: usize,
    total: usize,
}

impl From<&Tally> for TallyJson {
    fn from(t: &Tally) -> TallyJson {
        TallyJson {
            kept: t.get(Score::Kept),
            partly_kept: t.get(Score::Partly),
            broken: t.get(Score::Broken),
            in_progress: t.get(Score::InProgress),
            not_started: t.get(Score::NotStarted),
            total: t.total(),
        }
    }
}

#[derive(Serialize)]
struct LetterJson<'a> {
    letter_id: Option<i64>,
    letter: Option<&'a LetterRef>,
    #[serde(flatten)]
    counts: TallyJson,
}

#[derive(Serialize)]
struct Json<'a> {
    #[serde(with = "crate::date::strict")]
    as_of: NaiveDate,
    ledger: &'a str,
    scope: Option<String>,
    broken_after_days: i64,
    letters: Vec<LetterJson<'a>>,
    overall: TallyJson,
    broken: &'a [Broken],
}

/// The scorecard as JSON: the same bytes in every language.
fn json(s: &Scorecard, out: &mut dyn Write) -> Result<()> {
    let json = Json {
        as_of: s.as_of,
        ledger: &s.ledger,
        scope: crate::messages::lang::with(crate::messages::lang::Lang::En, || s.scope()),
        broken_after_days: s.broken_after,
        letters: s
            .letters
            .iter()
            .map(|l| LetterJson {
                letter_id: l.id,
                letter: l.letter.as_ref(),
                counts: (&l.tally).into(),
            })
            .collect(),
        overall: (&s.overall).into(),
        broken: &s.broken,
    };
    crate::json::write(&json, out)
}

//! The overdue report is written as it is read: in every format, an owner's rows are out before
//! the next owner's group is read from the ledger, so no format holds the whole report.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use pledge::error::Result;
use pledge::report::{self, Format, Look, Options, OwnerGroup, Rows, Section, Stored, TextStyle};
use pledge::store::{Seed, Store};

/// What happened, in order: a group read from the ledger, or bytes written out.
#[derive(Debug)]
enum Event {
    Read(Vec<i64>),
    Wrote(Vec<u8>),
}

type Log = Rc<RefCell<Vec<Event>>>;

/// The ledger's rows, each group noted in the log as it is read.
struct Watched<'a> {
    inner: Stored<'a, pledge::store::Store>,
    log: Log,
}

impl Rows for Watched<'_> {
    fn section(
        &mut self,
        s: Section,
        each: &mut dyn FnMut(OwnerGroup) -> Result<()>,
    ) -> Result<()> {
        let log = Rc::clone(&self.log);
        self.inner.section(s, &mut |g| {
            log.borrow_mut()
                .push(Event::Read(g.items.iter().map(|i| i.id).collect()));
            each(g)
        })
    }
}

/// Output noted in the log as it arrives.
struct Recorder(Log);

impl Write for Recorder {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().push(Event::Wrote(buf.to_vec()));
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// How an item's id shows in each format's row.
fn id_in(format: Format, id: i64) -> String {
    match format {
        Format::Text => format!(" {id}  "),
        Format::Markdown => format!("| {id} |"),
        Format::Csv => format!(",{id},"),
        Format::Json => format!("\"id\": {id},"),
        Format::Html => format!("<td class=\"num\">{id}</td>"),
        Format::Docx => unreachable!("a Word report is held whole, bounded by its rows"),
    }
}

#[test]
fn every_format_writes_a_group_before_it_reads_the_next() {
    let store = Store::open_in_memory(Seed::Builtin).unwrap();
    let opts = Options::new(pledge::date::parse("2026-11-28").unwrap());
    let look = Look {
        style: TextStyle {
            width: 120,
            color: false,
        },
        bom: true,
    };
    // A Word report is zipped whole: held, and refused past `docx::MAX_ROWS` rows.
    for format in Format::ALL.into_iter().filter(|f| *f != Format::Docx) {
        let log: Log = Rc::default();
        store
            .snapshot(|store| {
                let summary = report::summarize(store, "ledger.db", &opts)?;
                let mut rows = Watched {
                    inner: Stored::new(store, &summary),
                    log: Rc::clone(&log),
                };
                // Buffered as the CLI's standard output is.
                let mut out = std::io::BufWriter::with_capacity(64, Recorder(Rc::clone(&log)));
                report::write(&summary, &mut rows, format, look, &mut out)?;
                out.flush().unwrap();
                Ok(())
            })
            .unwrap();
        let log = log.borrow();
        let mut written = Vec::new();
        let mut previous: Option<&Vec<i64>> = None;
        let mut groups = 0;
        for event in log.iter() {
            match event {
                Event::Wrote(bytes) => written.extend_from_slice(bytes),
                Event::Read(ids) => {
                    let so_far = String::from_utf8_lossy(&written);
                    for id in previous.into_iter().flatten() {
                        assert!(
                            so_far.contains(&id_in(format, *id)),
                            "{}: pledge {id} not written before the next group was read:\n{so_far}",
                            format.name()
                        );
                    }
                    previous = Some(ids);
                    groups += 1;
                }
            }
        }
        assert!(groups >= 3, "{}: {groups} groups", format.name());
        // And the stream is the report: the same bytes as the report held whole.
        let held = report::build(&store, "ledger.db", &opts).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&written),
            String::from_utf8_lossy(&report::render(&held, format, look)),
            "{}",
            format.name()
        );
    }
}

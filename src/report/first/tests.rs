//! The first page has the whole report's headings and counts, and its groups' first rows.

use super::super::counts_tests::varied;
use super::super::{Options, Section, build};

#[test]
fn the_first_page_is_the_whole_reports_start_with_its_counts() {
    let store = varied();
    for as_of in ["2026-11-28", "2026-11-15"] {
        let opts = Options::new(crate::date::parse(as_of).expect("date"));
        let whole = build(&store, "ledger.db", &opts).expect("report");
        let all = whole.items().count();
        assert!(all > 100, "{all}");
        for wanted in [1, 5, 40, all + 10] {
            let first = super::read(&store, "ledger.db", &opts, wanted).expect("first page");
            let (f, w) = (&first.summary, &whole.summary);
            assert_eq!(f.undated_recent, w.undated_recent);
            assert_eq!(f.letters, w.letters);
            for s in Section::ALL {
                assert_eq!(f.section(s), w.section(s), "{s:?}");
                assert_eq!(f.count(s), w.count(s), "{s:?}");
                let (fg, wg) = (first.groups(s), whole.groups(s));
                assert!(fg.len() <= wg.len());
                for (a, b) in fg.iter().zip(wg) {
                    assert_eq!(a.owner, b.owner);
                    assert!(b.items.starts_with(&a.items), "{s:?} {}", a.owner);
                }
            }
            assert_eq!(first.items().count(), wanted.min(all), "{wanted} wanted");
            if wanted > all {
                assert_eq!(f.columns, w.columns);
                for s in Section::ALL {
                    assert_eq!(first.groups(s), whole.groups(s));
                }
            }
        }
    }
}

//! The dashboard: its title with the quiet pledges, the notes sparkline's line, the bars'
//! heading and categories, and each gauge's title, progress and pace mark.

use chrono::NaiveDate;

use crate::dashboard::Tracked;
use crate::pace::Pace;
use crate::text::inert_line;

/// The first line: open pledges without a note for more than `days` days.
pub fn title(stale: i64, days: i64) -> String {
    crate::t!("tui-dashboard-title", stale = stale, days = days)
}

/// Beside the sparkline: how many notes in the months it covers, from the first to the last.
pub fn notes(n: u64, months: usize, from: NaiveDate, to: NaiveDate) -> String {
    let month = |d: NaiveDate| crate::date::format(d).get(..7).unwrap_or("").to_string();
    crate::t!(
        "tui-dashboard-notes",
        n = n,
        months = months,
        from = month(from),
        to = month(to)
    )
}

pub fn bodies_heading(n: usize) -> String {
    crate::t!("tui-dashboard-bodies-heading", n = n)
}

/// The bars' three categories, in their order: overdue, open, done.
pub fn categories() -> [&'static str; 3] {
    [
        crate::ts!("tui-dashboard-overdue"),
        crate::ts!("tui-dashboard-open"),
        crate::ts!("tui-dashboard-done"),
    ]
}

pub fn gauges_heading(n: usize) -> String {
    crate::t!("tui-dashboard-gauges-heading", n = n)
}

pub fn no_gauges() -> &'static str {
    crate::ts!("tui-dashboard-no-gauges")
}

/// A gauge's title: the pledge's id and title, made inert.
pub fn gauge(t: &Tracked) -> String {
    crate::t!(
        "tui-dashboard-gauge",
        id = t.id,
        title = inert_line(&t.title).into_owned()
    )
}

/// Progress against target as the list writes it: "20/100 名".
pub fn progress(t: &Tracked) -> String {
    let done = t
        .progress
        .map_or_else(|| "0".to_string(), |q| q.to_string());
    let unit = t.target.unit.as_deref().map(inert_line);
    match unit {
        Some(u) => format!("{done}/{} {u}", t.target.quantity),
        None => format!("{done}/{}", t.target.quantity),
    }
}

/// "按期", or "滞后 差10.6" with the shortfall rounded up to a tenth (never said smaller than
/// it is); a target no pace can be kept towards says so.
pub fn pace(p: Option<Pace>) -> String {
    match p {
        Some(Pace::OnPace { .. }) => crate::t!("tui-dashboard-on-pace"),
        Some(Pace::Behind { shortfall, .. }) => {
            crate::t!("tui-dashboard-behind", shortfall = tenths_up(shortfall))
        }
        None => crate::t!("tui-dashboard-no-pace"),
    }
}

/// A positive amount rounded up to a tenth, whole numbers without a decimal point.
fn tenths_up(x: f64) -> String {
    let t = (x * 10.0).ceil() / 10.0;
    if t.fract() == 0.0 && t.abs() < 1e15 {
        format!("{}", t as i64)
    } else {
        format!("{t:.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::lang::{Lang, with};

    #[test]
    fn a_shortfall_is_rounded_up_to_a_tenth_and_worded_in_both_languages() {
        assert_eq!(tenths_up(10.5585), "10.6");
        assert_eq!(tenths_up(30.0), "30");
        assert_eq!(tenths_up(0.01), "0.1");
        let behind = Some(Pace::Behind {
            expected: 30.56,
            shortfall: 10.56,
        });
        assert_eq!(with(Lang::Zh, || pace(behind)), "滞后 差10.6");
        assert_eq!(with(Lang::En, || pace(behind)), "behind by 10.6");
        let on = Some(Pace::OnPace { expected: 3.0 });
        assert_eq!(with(Lang::Zh, || pace(on)), "按期");
        assert_eq!(with(Lang::En, || pace(None)), "no pace");
    }
}

//! The words of the HTML reports' charts: their series and captions.

/// The series of a body's bar: overdue, open and not overdue, done.
pub fn standing_series() -> [&'static str; 3] {
    [
        crate::ts!("charts-overdue"),
        crate::ts!("charts-open"),
        crate::ts!("charts-done"),
    ]
}

/// The overdue report's chart caption.
pub fn overdue_title(as_of: chrono::NaiveDate) -> String {
    crate::t!(
        "charts-overdue-title",
        date = super::report::prose_date(as_of)
    )
}

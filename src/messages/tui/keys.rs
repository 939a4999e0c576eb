//! The key help: what each binding does, the help screen's headings and how keys are written.

use crate::tui::keys::hint::{Hint, Key, Section};
use crossterm::event::{KeyCode, KeyModifiers};

/// A binding's label in the footer and in help.
pub fn hint(h: Hint) -> &'static str {
    match h {
        Hint::QuitNow => crate::ts!("tui-keys-quit-now"),
        Hint::Suspend => crate::ts!("tui-keys-suspend"),
        Hint::Down => crate::ts!("tui-keys-down"),
        Hint::Up => crate::ts!("tui-keys-up"),
        Hint::First => crate::ts!("tui-keys-first"),
        Hint::Last => crate::ts!("tui-keys-last"),
        Hint::PageDown => crate::ts!("tui-keys-page-down"),
        Hint::PageUp => crate::ts!("tui-keys-page-up"),
        Hint::HalfPageDown => crate::ts!("tui-keys-half-page-down"),
        Hint::HalfPageUp => crate::ts!("tui-keys-half-page-up"),
        Hint::ScrollDown => crate::ts!("tui-keys-scroll-down"),
        Hint::ScrollUp => crate::ts!("tui-keys-scroll-up"),
        Hint::Top => crate::ts!("tui-keys-top"),
        Hint::End => crate::ts!("tui-keys-end"),
        Hint::Open => crate::ts!("tui-keys-open"),
        Hint::Note => crate::ts!("tui-keys-note"),
        Hint::Edit => crate::ts!("tui-keys-edit"),
        Hint::Status => crate::ts!("tui-keys-status"),
        Hint::Add => crate::ts!("tui-keys-add"),
        Hint::AddSubItem => crate::ts!("tui-keys-add-sub-item"),
        Hint::Search => crate::ts!("tui-keys-search"),
        Hint::Filter => crate::ts!("tui-keys-filter"),
        Hint::Sort => crate::ts!("tui-keys-sort"),
        Hint::Report => crate::ts!("tui-keys-report"),
        Hint::Undo => crate::ts!("tui-keys-undo"),
        Hint::Refresh => crate::ts!("tui-keys-refresh"),
        Hint::ClearFilters => crate::ts!("tui-keys-clear-filters"),
        Hint::Help => crate::ts!("tui-keys-help"),
        Hint::Quit => crate::ts!("tui-keys-quit"),
        Hint::NextSubItem => crate::ts!("tui-keys-next-sub-item"),
        Hint::OpenSubItem => crate::ts!("tui-keys-open-sub-item"),
        Hint::Back => crate::ts!("tui-keys-back"),
        Hint::DeleteLeft => crate::ts!("tui-keys-delete-left"),
        Hint::DeleteRight => crate::ts!("tui-keys-delete-right"),
        Hint::CursorLeft => crate::ts!("tui-keys-cursor-left"),
        Hint::CursorRight => crate::ts!("tui-keys-cursor-right"),
        Hint::LineUp => crate::ts!("tui-keys-line-up"),
        Hint::LineDown => crate::ts!("tui-keys-line-down"),
        Hint::LineStart => crate::ts!("tui-keys-line-start"),
        Hint::LineEnd => crate::ts!("tui-keys-line-end"),
        Hint::Save => crate::ts!("tui-keys-save"),
        Hint::NewLine => crate::ts!("tui-keys-new-line"),
        Hint::NextField => crate::ts!("tui-keys-next-field"),
        Hint::PreviousField => crate::ts!("tui-keys-previous-field"),
        Hint::Cancel => crate::ts!("tui-keys-cancel"),
        Hint::KeepFilter => crate::ts!("tui-keys-keep-filter"),
        Hint::Clear => crate::ts!("tui-keys-clear"),
        Hint::SetStatus => crate::ts!("tui-keys-set-status"),
        Hint::Change => crate::ts!("tui-keys-change"),
        Hint::ChangeBack => crate::ts!("tui-keys-change-back"),
        Hint::ClearAll => crate::ts!("tui-keys-clear-all"),
        Hint::Done => crate::ts!("tui-keys-done"),
        Hint::SaveToFile => crate::ts!("tui-keys-save-to-file"),
        Hint::NextFormat => crate::ts!("tui-keys-next-format"),
        Hint::PreviousFormat => crate::ts!("tui-keys-previous-format"),
        Hint::Accept => crate::ts!("tui-keys-accept"),
        Hint::Reject => crate::ts!("tui-keys-reject"),
        Hint::AcceptOrReject => crate::ts!("tui-keys-accept-or-reject"),
        Hint::AcceptRest => crate::ts!("tui-keys-accept-rest"),
        Hint::Split => crate::ts!("tui-keys-split"),
        Hint::MergeWithNext => crate::ts!("tui-keys-merge-with-next"),
        Hint::Letter => crate::ts!("tui-keys-letter"),
        Hint::AddSentence => crate::ts!("tui-keys-add-sentence"),
        Hint::Leave => crate::ts!("tui-keys-leave"),
        Hint::Later => crate::ts!("tui-keys-later"),
        Hint::Earlier => crate::ts!("tui-keys-earlier"),
        Hint::SplitHere => crate::ts!("tui-keys-split-here"),
        Hint::Close => crate::ts!("tui-keys-close"),
        Hint::Yes => crate::ts!("tui-keys-yes"),
        Hint::No => crate::ts!("tui-keys-no"),
        Hint::Redo => crate::ts!("tui-keys-redo"),
        Hint::SearchHelp => crate::ts!("tui-keys-search-help"),
        Hint::NextMatch => crate::ts!("tui-keys-next-match"),
        Hint::PreviousMatch => crate::ts!("tui-keys-previous-match"),
        Hint::KeepSearch => crate::ts!("tui-keys-keep-search"),
        Hint::LeaveSearch => crate::ts!("tui-keys-leave-search"),
        Hint::CopyQuote => crate::ts!("tui-keys-copy-quote"),
        Hint::CopyId => crate::ts!("tui-keys-copy-id"),
        Hint::ExternalEditor => crate::ts!("tui-keys-external-editor"),
        Hint::Bodies => crate::ts!("tui-bodies-key-bodies"),
        Hint::Letters => crate::ts!("tui-bodies-key-letters"),
        Hint::ListBody => crate::ts!("tui-bodies-key-list-body"),
        Hint::OpenLetter => crate::ts!("tui-bodies-key-open-letter"),
        Hint::LetterPledges => crate::ts!("tui-bodies-key-letter-pledges"),
        Hint::NextQuote => crate::ts!("tui-bodies-key-next-quote"),
        Hint::PreviousQuote => crate::ts!("tui-bodies-key-previous-quote"),
        Hint::OpenQuotedPledge => crate::ts!("tui-bodies-key-open-quoted-pledge"),
        Hint::Complete => crate::ts!("tui-bodies-key-complete"),
        Hint::ApplyOwner => crate::ts!("tui-bodies-key-apply-owner"),
        Hint::PreviousMatchOrRow => crate::ts!("tui-bodies-key-previous-match"),
        Hint::NextMatchChoice => crate::ts!("tui-bodies-key-next-match"),
        Hint::SortByScore => crate::ts!("tui-review-sort-by-score"),
        Hint::Dashboard => crate::ts!("tui-dashboard-key-dashboard"),
        Hint::ToGauges => crate::ts!("tui-dashboard-key-to-gauges"),
        Hint::ToBodies => crate::ts!("tui-dashboard-key-to-bodies"),
        Hint::Drafts => crate::ts!("tui-review-batch-drafts"),
        Hint::StopBatch => crate::ts!("tui-review-batch-stop-key"),
        Hint::Period => crate::ts!("tui-period-key-period"),
        Hint::PreviousMonth => crate::ts!("tui-period-key-previous-month"),
        Hint::NextMonth => crate::ts!("tui-period-key-next-month"),
    }
}

/// A heading of the help screen.
pub fn section(s: Section) -> &'static str {
    match s {
        Section::Everywhere => crate::ts!("tui-keys-section-everywhere"),
        Section::List => crate::ts!("tui-keys-section-list"),
        Section::Pledge => crate::ts!("tui-keys-section-pledge"),
        Section::NoteEditor => crate::ts!("tui-keys-section-note-editor"),
        Section::Form => crate::ts!("tui-keys-section-form"),
        Section::Search => crate::ts!("tui-keys-section-search"),
        Section::Status => crate::ts!("tui-keys-section-status"),
        Section::Filters => crate::ts!("tui-keys-section-filters"),
        Section::Report => crate::ts!("tui-keys-section-report"),
        Section::SavingReport => crate::ts!("tui-keys-section-saving-report"),
        Section::Review => crate::ts!("tui-keys-section-review"),
        Section::ReviewLetter => crate::ts!("tui-review-batch-section-letter"),
        Section::Splitting => crate::ts!("tui-keys-section-splitting"),
        Section::Help => crate::ts!("tui-keys-section-help"),
        Section::Questions => crate::ts!("tui-keys-section-questions"),
        Section::HelpSearch => crate::ts!("tui-keys-section-help-search"),
        Section::Bodies => crate::ts!("tui-bodies-section-bodies"),
        Section::Letters => crate::ts!("tui-bodies-section-letters"),
        Section::LetterPage => crate::ts!("tui-bodies-section-letter"),
        Section::OwnerFilter => crate::ts!("tui-bodies-section-owner-filter"),
        Section::DashboardBodies => crate::ts!("tui-dashboard-section-bodies"),
        Section::DashboardGauges => crate::ts!("tui-dashboard-section-gauges"),
        Section::Period => crate::ts!("tui-period-section"),
    }
}

/// The help screen's first line.
pub fn help_title() -> &'static str {
    crate::ts!("tui-keys-help-title")
}

/// The search line under help: what is searched, and which match of how many is shown.
pub fn help_search(query: &str, at: Option<(usize, usize)>) -> String {
    let query = crate::text::inert_line(query).into_owned();
    match at {
        Some((n, of)) => crate::t!("tui-keys-search-match", query = query, n = n, of = of),
        None if query.is_empty() => "/".to_string(),
        None => crate::t!("tui-keys-search-none", query = query),
    }
}

/// How a key is written in the footer and help.
pub fn key(k: &Key) -> String {
    let base = match k.code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Backspace => "Backspace".into(),
        KeyCode::Delete => "Del".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    if k.mods.contains(KeyModifiers::CONTROL) {
        let upper = base.to_uppercase();
        format!("Ctrl-{upper}")
    } else {
        base
    }
}

/// A binding's keys, as the footer and help write them: "j/↓"; "Ctrl-F /" when one of them
/// is the slash itself.
pub fn keys(keys: &[Key]) -> String {
    let each: Vec<String> = keys.iter().map(key).collect();
    let slash = each.iter().any(|k| k == "/");
    each.join(if slash { " " } else { "/" })
}

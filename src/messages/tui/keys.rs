//! The key help: what each binding does, the help screen's headings and how keys are written.

use crate::tui::keys::hint::{Hint, Key, Section};
use crossterm::event::{KeyCode, KeyModifiers};

/// A binding's label in the footer and in help.
pub fn hint(h: Hint) -> &'static str {
    match h {
        Hint::QuitNow => "quit now",
        Hint::Suspend => "suspend",
        Hint::Down => "down",
        Hint::Up => "up",
        Hint::First => "first",
        Hint::Last => "last",
        Hint::PageDown => "page down",
        Hint::PageUp => "page up",
        Hint::HalfPageDown => "half a page down",
        Hint::HalfPageUp => "half a page up",
        Hint::ScrollDown => "scroll down",
        Hint::ScrollUp => "scroll up",
        Hint::Top => "top",
        Hint::End => "end",
        Hint::Open => "open",
        Hint::Note => "note",
        Hint::Edit => "edit",
        Hint::Status => "status",
        Hint::Add => "add",
        Hint::AddSubItem => "add sub-item",
        Hint::Search => "search",
        Hint::Filter => "filter",
        Hint::Sort => "sort",
        Hint::Report => "report",
        Hint::Undo => "undo",
        Hint::Refresh => "refresh",
        Hint::ClearFilters => "clear filters",
        Hint::Help => "help",
        Hint::Quit => "quit",
        Hint::NextSubItem => "next sub-item",
        Hint::OpenSubItem => "open sub-item",
        Hint::Back => "back",
        Hint::DeleteLeft => "delete left",
        Hint::DeleteRight => "delete right",
        Hint::CursorLeft => "cursor left",
        Hint::CursorRight => "cursor right",
        Hint::LineUp => "line up",
        Hint::LineDown => "line down",
        Hint::LineStart => "line start",
        Hint::LineEnd => "line end",
        Hint::Save => "save",
        Hint::NewLine => "new line",
        Hint::NextField => "next field",
        Hint::PreviousField => "previous field",
        Hint::Cancel => "cancel",
        Hint::KeepFilter => "keep filter",
        Hint::Clear => "clear",
        Hint::SetStatus => "set status",
        Hint::Change => "change",
        Hint::ChangeBack => "change back",
        Hint::ClearAll => "clear all",
        Hint::Done => "done",
        Hint::SaveToFile => "save to a file",
        Hint::NextFormat => "next format",
        Hint::PreviousFormat => "previous format",
        Hint::Accept => "accept",
        Hint::Reject => "reject",
        Hint::AcceptOrReject => "accept/reject",
        Hint::AcceptRest => "accept the rest",
        Hint::Split => "split",
        Hint::MergeWithNext => "merge with next",
        Hint::Letter => "letter",
        Hint::AddSentence => "add sentence",
        Hint::Leave => "leave",
        Hint::Later => "later",
        Hint::Earlier => "earlier",
        Hint::SplitHere => "split here",
        Hint::Close => "close",
        Hint::Yes => "yes",
        Hint::No => "no",
        Hint::Redo => "redo",
        Hint::SearchHelp => "search help",
        Hint::NextMatch => "next match",
        Hint::PreviousMatch => "previous match",
        Hint::KeepSearch => "keep the search, then n/N",
        Hint::LeaveSearch => "leave the search",
        Hint::CopyQuote => "copy quote",
        Hint::CopyId => "copy id",
        Hint::ExternalEditor => "open in $VISUAL/$EDITOR",
    }
}

/// A heading of the help screen.
pub fn section(s: Section) -> &'static str {
    match s {
        Section::Everywhere => "Everywhere",
        Section::List => "List",
        Section::Pledge => "Pledge",
        Section::NoteEditor => "Note editor",
        Section::Form => "Edit / add form",
        Section::Search => "Search",
        Section::Status => "Status",
        Section::Filters => "Filters",
        Section::Report => "Report",
        Section::SavingReport => "Saving a report",
        Section::Review => "Reviewing a letter",
        Section::Splitting => "Splitting a draft",
        Section::Help => "Help",
        Section::Questions => "Questions",
        Section::HelpSearch => "Searching help",
    }
}

/// The help screen's first line.
pub fn help_title() -> &'static str {
    "Keys (Esc closes)"
}

/// The search line under help: what is searched, and which match of how many is shown.
pub fn help_search(query: &str, at: Option<(usize, usize)>) -> String {
    let query = crate::text::inert_line(query);
    match at {
        Some((n, of)) => format!("/{query}   match {n} of {of} (n/N: next/previous, Esc: leave)"),
        None if query.is_empty() => "/".to_string(),
        None => format!("/{query}   no line matches"),
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

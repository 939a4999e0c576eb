//! One pledge on screen: scrolling, its sub-items, and the commands about it.

use super::App;
use crate::error::Error;
use crate::error::screen::Refusal;
use crate::ledger::Ledger;
use crate::tui::keys::Action;
use crate::tui::layout::body_height;
use crate::tui::screen::{DetailView, Screen};

/// Reads one pledge and everything around it; `None` if it is gone.
pub fn load(store: &impl Ledger, id: i64) -> Result<Option<DetailView>, Error> {
    let Some(pledge) = store.find_pledge(id)? else {
        return Ok(None);
    };
    let letter = pledge
        .letter
        .map(|l| store.letter(l))
        .transpose()?
        .flatten();
    let parent = pledge
        .parent
        .map(|p| store.find_pledge(p))
        .transpose()?
        .flatten();
    let children = store.children(id)?;
    let notes = store.notes(id)?;
    let history = store.history(id)?;
    Ok(Some(DetailView {
        pledge,
        letter,
        parent,
        children,
        notes,
        history,
        scroll: 0,
        child: None,
        lines: Vec::new(),
    }))
}

impl<L: Ledger> App<L> {
    pub(super) fn open_detail(&mut self, id: i64) -> Result<(), Error> {
        let mut view = load(&self.store, id)?.ok_or(Error::Screen(Refusal::Gone { id }))?;
        view.lay_out(self.today, self.size.0);
        self.screens.push(Screen::Detail(Box::new(view)));
        Ok(())
    }

    pub(super) fn apply_detail(&mut self, action: Action) -> Result<(), Error> {
        let (width, height) = (self.size.0, self.size.1);
        let today = self.today;
        let Some(Screen::Detail(view)) = self.screens.last_mut() else {
            return Ok(());
        };
        let page = body_height(height).max(1);
        let max = view.lines.len().saturating_sub(page);
        if super::scroll(&mut view.scroll, &action, page, max) {
            return Ok(());
        }
        match action {
            Action::NextChild => {
                let n = view.children.len();
                view.child = (n > 0).then(|| view.child.map_or(0, |c| (c + 1) % n));
                view.lay_out(today, width);
            }
            Action::Open => {
                if let Some(child) = view.child.and_then(|c| view.children.get(c)).map(|c| c.id) {
                    self.open_detail(child)?;
                } else {
                    self.say(crate::messages::tui::choose_sub_item());
                }
            }
            Action::Back => self.close()?,
            Action::Help => self.open_help(),
            Action::Quit => self.ask_quit()?,
            other => self.apply_common(other)?,
        }
        Ok(())
    }
}

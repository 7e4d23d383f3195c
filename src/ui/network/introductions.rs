//! Suggested introductions for the Network tab, found once per view: on the
//! window's thread for a small meeting, on a thread of their own for a large
//! one (every organisation is compared with every other), so that the window
//! never waits.

use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::model::network::{Introduction, View, introductions};
use crate::model::suggest::{Suggestion, suggestions};
use crate::model::{Document, Id};

/// Up to this many organisations are compared on the window's thread.
const ON_THE_WINDOW: usize = 300;
/// How many introductions the tab offers.
const HOW_MANY: usize = 6;
/// How many partners it suggests for the chosen organisation.
const FOR_ONE: usize = 3;

#[derive(Default)]
pub(super) struct Finder {
    found: Option<Vec<Introduction>>,
    pending: Option<Receiver<Vec<Introduction>>>,
    /// The suggestions for one organisation, by its id.
    for_one: Option<(Id, Vec<Suggestion>)>,
}

impl Finder {
    /// Drops what was found for another view; a search still running is left
    /// to finish on its own and its answer ignored.
    pub fn forget(&mut self) {
        *self = Self::default();
    }

    /// The introductions among the organisations `view` shows, or `None`
    /// while they are being found. The organisations are listed once, when
    /// they are to be compared, not every frame.
    pub fn among(&mut self, ctx: &egui::Context, doc: &Document, view: &View) -> Option<&[Introduction]> {
        if self.found.is_some() {
            return self.found.as_deref();
        }
        if let Some(pending) = &self.pending {
            match pending.try_recv() {
                Ok(found) => self.found = Some(found),
                Err(TryRecvError::Empty) => return None,
                Err(TryRecvError::Disconnected) => self.found = Some(Vec::new()),
            }
            self.pending = None;
            return self.found.as_deref();
        }
        let among: Vec<Id> = (0..view.graph.len())
            .filter(|&n| view.shown.get(n).copied().unwrap_or(false))
            .filter_map(|n| view.graph.organisations.get(n).copied())
            .collect();
        if among.len() <= ON_THE_WINDOW {
            self.found = Some(introductions(doc, &among, HOW_MANY));
        } else {
            let (send, receive) = channel();
            let (doc, ctx) = (doc.clone(), ctx.clone());
            std::thread::spawn(move || {
                // The tab may have moved on; then nobody listens, which is fine.
                let _ = send.send(introductions(&doc, &among, HOW_MANY));
                ctx.request_repaint();
            });
            self.pending = Some(receive);
        }
        self.found.as_deref()
    }

    /// The partners suggested for `organisation`, found once while it stays chosen.
    pub fn for_organisation(&mut self, doc: &Document, organisation: Id) -> &[Suggestion] {
        if self.for_one.as_ref().is_none_or(|(id, _)| *id != organisation) {
            self.for_one = Some((organisation, suggestions(doc, organisation, FOR_ONE)));
        }
        self.for_one.as_ref().map_or(&[], |(_, list)| list)
    }
}

//! The Network tab: organisations as nodes and partnerships as links, laid
//! out by force a few steps each frame, filtered, with the chosen
//! organisation's profile and what the network lacks, in words.

mod canvas;
mod filters;
mod introductions;
mod side;

use crate::ui::widgets;
use std::time::{Duration, Instant};

use egui::emath::TSTransform;
use egui::{Pos2, Rect, Ui};

use crate::action::Action;
use crate::model::audience::{Audience, for_audience};
use crate::model::network::{
    Filter, Graph, Layout, Picture, Placement, Summary, View, betweenness, picture, view,
};
use crate::model::{Document, Id};
use crate::ui::report::Signature;

/// The seed of every layout: the same document always gives the same picture.
const SEED: u64 = 2007;

/// The share of a frame the layout takes while it settles, so that the
/// window stays responsive whatever the size of the network.
const STEPS_PER_FRAME: Duration = Duration::from_millis(6);

/// What is chosen in the picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Selected {
    Organisation(Id),
    /// Two organisations, by id, and the partnerships between them.
    Link(Id, Id),
}

/// The network of the open document and its layout.
struct Laid {
    signature: Signature,
    /// Every organisation and every partnership as they are now: the layout
    /// places them all, so that filtering never moves anything.
    graph: Graph,
    layout: Layout,
    /// The placements last written to the document, or read from it.
    written: Vec<Placement>,
    /// Whether the settled layout is written as an undo step of its own
    /// (asked for with Rearrange) rather than along with the last edit.
    undoable: bool,
}

/// What the filters show, measured.
pub(crate) struct Shown {
    signature: Signature,
    filter: Filter,
    public_only: bool,
    pub view: View,
    pub centrality: Vec<f64>,
    pub summary: Summary,
}

/// View state of the Network tab.
#[derive(Default)]
pub struct NetworkPanel {
    pub filter: Filter,
    /// Only what the public may see (the public report's filter), for a
    /// projector or a picture exported for the public report.
    pub public_only: bool,
    laid: Option<Laid>,
    shown: Option<Shown>,
    /// What part of the picture the window shows; fitted to the picture when empty.
    scene_rect: Option<Rect>,
    pub selected: Option<Selected>,
    /// The node being dragged.
    dragging: Option<usize>,
    /// From the picture to the screen, as last drawn.
    to_screen: Option<TSTransform>,
    /// Set when a partnership is to be shown on the board; the window takes it.
    pub show_card: Option<Id>,
    /// Set when the view is to be exported; the window takes it.
    pub export: Option<ExportAs>,
    introductions: introductions::Finder,
    /// Set when this tab wrote only the layout to the document: the view and
    /// its measures stand when the document changes next.
    wrote_layout: bool,
    /// The picture as last drawn, with which nodes are pinned: drawn again
    /// only when the layout moves or the view changes, so that panning and
    /// zooming cost only the painting.
    drawn: Option<(Picture, Vec<bool>)>,
}

/// The formats the view exports to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportAs {
    Svg,
    Png,
}

impl NetworkPanel {
    /// The tab for another meeting: the same filters, nothing of the meeting that was open.
    #[must_use]
    pub fn for_another_meeting(&self) -> Self {
        Self {
            filter: Filter {
                round_table: None,
                as_of: None,
                ..self.filter.clone()
            },
            public_only: self.public_only,
            ..Self::default()
        }
    }

    /// Draws the tab. Edits made by hand go to `actions`; the layout settling
    /// after an edit goes to `amend`, saved with that edit rather than as an
    /// undo step of its own.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        signature: &Signature,
        actions: &mut Vec<Action>,
        amend: &mut Option<Action>,
    ) {
        self.follow(doc, signature);
        self.advance(ui.ctx(), actions, amend);
        self.refresh(doc, signature);
        filters::ui(ui, doc, &mut self.filter, &mut self.public_only, &mut self.export);
        if widgets::button(ui, &crate::tr!("network-rearrange")).clicked()
            && let Some(laid) = &mut self.laid
        {
            laid.layout = Layout::afresh(&laid.graph, &laid.layout.placements(&laid.graph), SEED);
            laid.undoable = true;
            self.scene_rect = None;
            self.drawn = None;
        }
        ui.separator();
        let (Some(laid), Some(shown)) = (&mut self.laid, &self.shown) else {
            return;
        };
        let (picture, pinned) = self.drawn.get_or_insert_with(|| {
            let picture = picture(doc, &shown.view.graph, &shown.view.shown, laid.layout.positions());
            let pinned = (0..laid.graph.len()).map(|n| laid.layout.is_pinned(n)).collect();
            (picture, pinned)
        });
        crate::ui::mirror::end_panel("network_side")
            .resizable(true)
            .default_size(320.0)
            .show(ui, |ui| {
                crate::ui::mirror::body(ui, |ui| {
                    egui::ScrollArea::vertical().show(ui, |ui| {
                        let out = side::Out {
                            selected: &mut self.selected,
                            finder: &mut self.introductions,
                            show_card: &mut self.show_card,
                            actions,
                        };
                        side::ui(ui, doc, shown, &picture.legend, out);
                    });
                });
            });
        let moved = canvas::ui(
            ui,
            picture,
            &shown.view,
            &mut canvas::State {
                scene_rect: &mut self.scene_rect,
                selected: &mut self.selected,
                dragging: &mut self.dragging,
                to_screen: &mut self.to_screen,
                pinned,
            },
        );
        if moved.is_some() {
            self.drawn = None;
        }
        match moved {
            Some(canvas::Moved::Pinned(node, at)) => laid.layout.pin(node, at),
            Some(canvas::Moved::Dropped) => {
                laid.written = laid.layout.placements(&laid.graph);
                actions.push(Action::SetLayout(laid.written.clone()));
                self.wrote_layout = true;
            }
            Some(canvas::Moved::Unpinned(node)) => {
                laid.layout.unpin(node);
                laid.written = laid.layout.placements(&laid.graph);
                actions.push(Action::SetLayout(laid.written.clone()));
                self.wrote_layout = true;
            }
            None => {}
        }
    }

    /// Keeps the layout in step with the document: a new document is laid
    /// out from what it keeps; a change of partnerships or organisations
    /// relaxes the picture from where it was; placements changed by undo are
    /// taken as they are.
    fn follow(&mut self, doc: &Document, signature: &Signature) {
        if self
            .laid
            .as_ref()
            .is_some_and(|laid| laid.signature == *signature)
        {
            return;
        }
        let graph = Graph::new(doc, doc.partnerships.iter().map(AsRef::as_ref));
        let laid = match self.laid.take() {
            // Placements this tab did not write (undo, redo, another file):
            // the document's own, as they are.
            Some(old) if doc.network_layout != old.written => fresh(doc, signature, graph),
            Some(old) if old.graph == graph => Laid {
                signature: signature.clone(),
                ..old
            },
            Some(old) => {
                let mut kept = old.layout.placements(&old.graph);
                kept.retain(|p| graph.node(p.organisation).is_some());
                Laid {
                    signature: signature.clone(),
                    layout: Layout::relaxed(&graph, &kept, SEED),
                    graph,
                    written: old.written,
                    undoable: false,
                }
            }
            None => fresh(doc, signature, graph),
        };
        self.laid = Some(laid);
        self.drawn = None;
    }

    /// Runs the layout a few steps, and writes it to the document once settled.
    fn advance(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>, amend: &mut Option<Action>) {
        let Some(laid) = &mut self.laid else { return };
        if laid.layout.is_settled() && self.dragging.is_none() {
            return;
        }
        // As many steps as fit in a share of the frame: the picture is the
        // same however its steps are spread over frames.
        self.drawn = None;
        let started = Instant::now();
        let mut settled = laid.layout.step(&laid.graph, 1);
        while !settled && started.elapsed() < STEPS_PER_FRAME {
            settled = laid.layout.step(&laid.graph, 1);
        }
        ctx.request_repaint();
        if settled && self.dragging.is_none() {
            let placements = laid.layout.placements(&laid.graph);
            if placements != laid.written {
                laid.written.clone_from(&placements);
                let action = Action::SetLayout(placements);
                if std::mem::take(&mut laid.undoable) {
                    actions.push(action);
                } else {
                    *amend = Some(action);
                }
                self.wrote_layout = true;
            }
        }
    }

    /// Builds the view and its measures again when the document or the filters changed.
    fn refresh(&mut self, doc: &Document, signature: &Signature) {
        if let Some(shown) = &mut self.shown
            && shown.filter == self.filter
            && shown.public_only == self.public_only
        {
            if shown.signature == *signature {
                return;
            }
            if std::mem::take(&mut self.wrote_layout) {
                // Only the placements changed: what is shown and measured stands.
                shown.signature = signature.clone();
                return;
            }
        }
        let public;
        let seen = if self.public_only {
            public = for_audience(doc, Audience::Public);
            &public
        } else {
            doc
        };
        let view = view(seen, &self.filter);
        let centrality = betweenness(&view.graph);
        let summary = Summary::measured(doc, &view.graph, &centrality);
        self.introductions.forget();
        self.drawn = None;
        self.shown = Some(Shown {
            signature: signature.clone(),
            filter: self.filter.clone(),
            public_only: self.public_only,
            view,
            centrality,
            summary,
        });
    }

    /// Whether the layout has settled.
    pub fn is_settled(&self) -> bool {
        self.laid.as_ref().is_some_and(|laid| laid.layout.is_settled())
    }

    /// Where an organisation was last drawn on the screen, if it was.
    pub fn on_screen(&self, organisation: Id) -> Option<Pos2> {
        let laid = self.laid.as_ref()?;
        let node = laid.graph.node(organisation)?;
        let [x, y] = *laid.layout.positions().get(node)?;
        Some(self.to_screen? * Pos2::new(x, y))
    }

    /// The picture as it is drawn now, for the export.
    pub fn picture(&self, doc: &Document) -> Option<Picture> {
        let (laid, shown) = (self.laid.as_ref()?, self.shown.as_ref()?);
        Some(picture(
            doc,
            &shown.view.graph,
            &shown.view.shown,
            laid.layout.positions(),
        ))
    }

    /// The part of the screen the picture takes, as last drawn.
    pub fn picture_rect(&self) -> Option<Rect> {
        Some(self.to_screen? * self.scene_rect?)
    }
}

/// The layout of a document as it keeps it.
fn fresh(doc: &Document, signature: &Signature, graph: Graph) -> Laid {
    Laid {
        signature: signature.clone(),
        layout: Layout::new(&graph, &doc.network_layout, SEED),
        written: doc.network_layout.clone(),
        graph,
        undoable: false,
    }
}

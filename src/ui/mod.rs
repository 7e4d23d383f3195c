//! The panels. Each holds only view state and draws from the document,
//! pushing its edits as [`Action`](crate::action::Action)s.

use crate::tr;

pub mod action_items;
pub mod agenda;
pub mod agenda_days;
pub mod agenda_editor;
pub mod board;
pub mod capture;
pub mod financing;
pub mod galleys;
pub mod import;
pub mod item_record;
pub mod live;
pub mod merge;
pub mod mirror;
pub mod network;
pub mod participation;
pub mod projector;
pub mod projector_board;
pub mod recommendations;
pub mod registry;
pub mod report;
pub mod speakers;
pub mod spoken;
pub mod start;
pub mod table;
pub mod text_field;
pub mod theme;
pub mod widgets;

/// The panels of an open meeting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    #[default]
    Agenda,
    Registry,
    Board,
    Financing,
    Network,
    Report,
}

impl Tab {
    pub const ALL: [Self; 6] = [
        Self::Agenda,
        Self::Registry,
        Self::Board,
        Self::Financing,
        Self::Network,
        Self::Report,
    ];

    pub fn label(self) -> String {
        match self {
            Self::Agenda => tr!("tab-agenda"),
            Self::Registry => tr!("tab-registry"),
            Self::Board => tr!("tab-board"),
            Self::Financing => tr!("tab-financing"),
            Self::Network => tr!("tab-network"),
            Self::Report => tr!("tab-report"),
        }
    }
}

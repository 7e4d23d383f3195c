//! User commands, each with its menu text and shortcut in one place.

use crate::tr;
use egui::{Key, KeyboardShortcut, Modifiers};

/// Something the user asks of the app from a menu, a button or the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    New,
    Open,
    Save,
    SaveAs,
    /// Merge other copies of the meeting (session files) into the open one.
    Merge,
    Undo,
    Redo,
    Quit,
    /// Start or resume the selected agenda item.
    StartItem,
    PauseItem,
    NextItem,
    NextSpeaker,
    Projector,
    /// Open or close check-in at the door, in the registry.
    CheckIn,
    ZoomIn,
    ZoomOut,
    /// Back to the normal size.
    ZoomReset,
    /// The list of every shortcut.
    Help,
}

impl Command {
    /// Commands that have a shortcut, in the order shortcuts are checked.
    /// Longer combinations come first so Ctrl+Shift+S is not read as Ctrl+S.
    pub const WITH_SHORTCUTS: [Self; 16] = [
        Self::SaveAs,
        Self::Redo,
        Self::ZoomIn,
        Self::ZoomOut,
        Self::ZoomReset,
        Self::Help,
        Self::New,
        Self::Open,
        Self::Save,
        Self::Undo,
        Self::StartItem,
        Self::PauseItem,
        Self::NextItem,
        Self::NextSpeaker,
        Self::Projector,
        Self::CheckIn,
    ];

    /// The commands of the Meeting menu, used while running the agenda.
    pub const LIVE: [Self; 5] = [
        Self::StartItem,
        Self::PauseItem,
        Self::NextItem,
        Self::NextSpeaker,
        Self::Projector,
    ];

    pub fn label(self) -> String {
        match self {
            Self::New => tr!("command-new"),
            Self::Open => tr!("command-open"),
            Self::Save => tr!("command-save"),
            Self::SaveAs => tr!("command-save-as"),
            Self::Merge => tr!("merge-window-command"),
            Self::Undo => tr!("command-undo"),
            Self::Redo => tr!("command-redo"),
            Self::Quit => tr!("command-quit"),
            Self::StartItem => tr!("command-start-item"),
            Self::PauseItem => tr!("command-pause-item"),
            Self::NextItem => tr!("command-next-item"),
            Self::NextSpeaker => tr!("command-next-speaker"),
            Self::Projector => tr!("command-projector"),
            Self::CheckIn => tr!("command-check-in"),
            Self::ZoomIn => tr!("command-zoom-in"),
            Self::ZoomOut => tr!("command-zoom-out"),
            Self::ZoomReset => tr!("command-zoom-reset"),
            Self::Help => tr!("command-help"),
        }
    }

    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let cmd = Modifiers::COMMAND;
        let key = match self {
            Self::New => Key::N,
            Self::Open => Key::O,
            Self::Save => Key::S,
            Self::SaveAs => return Some(KeyboardShortcut::new(cmd | Modifiers::SHIFT, Key::S)),
            Self::Undo => Key::Z,
            Self::Redo => return Some(KeyboardShortcut::new(cmd | Modifiers::SHIFT, Key::Z)),
            Self::Quit => Key::Q,
            Self::Merge => return None,
            Self::StartItem => return Some(KeyboardShortcut::new(Modifiers::NONE, Key::F5)),
            Self::PauseItem => return Some(KeyboardShortcut::new(Modifiers::NONE, Key::F6)),
            Self::NextItem => return Some(KeyboardShortcut::new(Modifiers::NONE, Key::F7)),
            Self::NextSpeaker => return Some(KeyboardShortcut::new(Modifiers::NONE, Key::F8)),
            Self::Projector => return Some(KeyboardShortcut::new(Modifiers::NONE, Key::F9)),
            Self::CheckIn => return Some(KeyboardShortcut::new(Modifiers::NONE, Key::F3)),
            Self::ZoomIn => Key::Plus,
            Self::ZoomOut => Key::Minus,
            Self::ZoomReset => Key::Num0,
            Self::Help => return Some(KeyboardShortcut::new(Modifiers::NONE, Key::F1)),
        };
        Some(KeyboardShortcut::new(cmd, key))
    }

    /// Other shortcuts that do the same, such as Ctrl+Y for redo, or Ctrl+=
    /// for zooming in where Plus needs Shift.
    pub fn alternative_shortcut(self) -> Option<KeyboardShortcut> {
        let key = match self {
            Self::Redo => Key::Y,
            Self::ZoomIn => Key::Equals,
            _ => return None,
        };
        Some(KeyboardShortcut::new(Modifiers::COMMAND, key))
    }

    /// Every command, in the order the shortcut list shows them.
    pub const ALL: [Self; 18] = [
        Self::New,
        Self::Open,
        Self::Save,
        Self::SaveAs,
        Self::Merge,
        Self::Quit,
        Self::Undo,
        Self::Redo,
        Self::StartItem,
        Self::PauseItem,
        Self::NextItem,
        Self::NextSpeaker,
        Self::Projector,
        Self::CheckIn,
        Self::ZoomIn,
        Self::ZoomOut,
        Self::ZoomReset,
        Self::Help,
    ];

    /// The commands whose shortcuts were pressed this frame; the key presses are consumed.
    /// While a text field has the keyboard, undo and redo are left to it, so Ctrl+Z
    /// fixes a typo in what is being typed instead of undoing the last saved edit.
    pub fn pressed(ctx: &egui::Context) -> Vec<Self> {
        let typing = ctx.text_edit_focused();
        ctx.input_mut(|input| {
            Self::WITH_SHORTCUTS
                .into_iter()
                .chain([Self::Quit])
                .filter(|cmd| !(typing && matches!(cmd, Self::Undo | Self::Redo)))
                .filter(|cmd| {
                    [cmd.shortcut(), cmd.alternative_shortcut()]
                        .into_iter()
                        .flatten()
                        .any(|s| input.consume_shortcut(&s))
                })
                .collect()
        })
    }

    /// A menu button that shows the shortcut; returns whether it was clicked.
    pub fn menu_button(self, ui: &mut egui::Ui, enabled: bool) -> bool {
        let label = self.label();
        let mut button = egui::Button::new(crate::bidi::visual(&label));
        if let Some(shortcut) = self.shortcut() {
            button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
        }
        let response = ui.add_enabled(enabled, button);
        crate::ui::widgets::name(ui, &response, egui::Role::Button, &label);
        response.clicked()
    }
}

/// Text such as "Next item (F7)" for a button that runs `command`.
pub fn with_shortcut(ctx: &egui::Context, command: Command) -> String {
    match command.shortcut() {
        Some(s) => tr!(
            "app-command-with-shortcut",
            command = command.label(),
            shortcut = ctx.format_shortcut(&s),
        ),
        None => command.label(),
    }
}

//! The reader's own choices for the window (the interface's language, light
//! or dark, the zoom), kept in the platform's config folder beside the recent
//! files: they belong to the laptop, never to a meeting file.

use std::path::{Path, PathBuf};

use crate::i18n::Language;

/// Light or dark colours for the main window (the projector has its own).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Theme {
    #[default]
    Dark,
    Light,
}

impl Theme {
    pub const ALL: [Self; 2] = [Self::Dark, Self::Light];
}

/// The smallest and largest zoom the View menu and Ctrl+Plus/Minus reach.
pub const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.5..=3.0;

/// The window's preferences and where they are remembered.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Preferences {
    pub language: Language,
    pub theme: Theme,
    /// How much larger than normal the whole interface is drawn.
    pub zoom: f32,
    #[serde(skip)]
    store: Option<PathBuf>,
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            language: Language::English,
            theme: Theme::Dark,
            zoom: 1.0,
            store: None,
        }
    }
}

impl Preferences {
    /// Reads the preferences from `store`. None kept yet, or a file that
    /// cannot be read, gives the defaults (and a log line for the latter):
    /// they are the laptop's choices, not meeting data.
    pub fn load(store: Option<PathBuf>) -> Self {
        let read = store
            .as_deref()
            .and_then(|path| match std::fs::read_to_string(path) {
                Ok(text) => ron::from_str::<Self>(&text)
                    .inspect_err(|e| log::warn!("Preferences in {} not read: {e}", path.display()))
                    .ok(),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
                Err(e) => {
                    log::warn!("Preferences in {} not read: {e}", path.display());
                    None
                }
            });
        let mut preferences = read.unwrap_or_default();
        preferences.zoom = clamp_zoom(preferences.zoom);
        preferences.store = store;
        preferences
    }

    /// The default place for the preferences.
    pub fn default_store() -> Option<PathBuf> {
        crate::recent::config_dir().map(|dir| dir.join("preferences.ron"))
    }

    /// Writes the preferences where they were read from, if anywhere.
    pub fn remember(&self) {
        let Some(store) = &self.store else { return };
        if let Err(e) = write(store, self) {
            log::warn!("Could not remember the preferences: {e}");
        }
    }
}

/// A zoom within [`ZOOM_RANGE`]; one that is not a number is the normal size.
pub fn clamp_zoom(zoom: f32) -> f32 {
    if zoom.is_finite() {
        zoom.clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end())
    } else {
        1.0
    }
}

fn write(store: &Path, preferences: &Preferences) -> Result<(), String> {
    if let Some(folder) = store.parent() {
        std::fs::create_dir_all(folder).map_err(|e| e.to_string())?;
    }
    let text = ron::ser::to_string_pretty(preferences, ron::ser::PrettyConfig::default())
        .map_err(|e| e.to_string())?;
    crate::persistence::stage(store, text.as_bytes())
        .and_then(crate::persistence::Staged::commit)
        .map(|_fingerprint| ())
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembered_between_runs() {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("config").join("preferences.ron");
        let mut chosen = Preferences::load(Some(store.clone()));
        assert_eq!(chosen.language, Language::English);
        chosen.language = Language::Arabic;
        chosen.theme = Theme::Light;
        chosen.zoom = 1.5;
        chosen.remember();
        let again = Preferences::load(Some(store));
        assert_eq!((again.language, again.theme), (Language::Arabic, Theme::Light));
        assert!((again.zoom - 1.5).abs() < f32::EPSILON);
    }

    #[test]
    fn unreadable_or_extreme_preferences_give_safe_values() {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("preferences.ron");
        std::fs::write(&store, "(language: Klingon").unwrap();
        assert_eq!(Preferences::load(Some(store.clone())).language, Language::English);
        std::fs::write(&store, "(zoom: 40.0)").unwrap();
        assert!((Preferences::load(Some(store.clone())).zoom - 3.0).abs() < f32::EPSILON);
        // A file from a later version with a field this one does not know.
        std::fs::write(&store, "(language: Arabic, zoom: 1.25, sidebar: true)").unwrap();
        let later = Preferences::load(Some(store));
        assert_eq!(later.language, Language::Arabic);
        assert!((later.zoom - 1.25).abs() < f32::EPSILON);
        assert!((clamp_zoom(f32::NAN) - 1.0).abs() < f32::EPSILON);
    }
}

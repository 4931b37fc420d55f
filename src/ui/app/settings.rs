//! What the editor keeps between sessions: one serde struct under one key of
//! eframe's storage, so a new setting is one field here. Runtime state
//! (dialogs, threads, file pickers, the open document) stays in `App`; egui's
//! own memory is not kept at all (see `persist_egui_memory`).

use crate::ui::preview::Zoom;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// The key the settings are stored under.
const KEY: &str = "kehoach.settings";
/// Keys of the versions that stored each setting apart: read when there are
/// no settings yet (so an update keeps a user's recent files and delay),
/// removed at the next save.
const OLD_RECENT_KEY: &str = "kehoach.recent";
const OLD_RECOVERY_DELAY_KEY: &str = "kehoach.recovery_delay";

/// The seconds a user may choose between the last change and its recovery copy.
pub const RECOVERY_DELAYS: std::ops::RangeInclusive<f64> = 1.0..=60.0;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
// A field missing from what an older or newer version stored takes its
// default, instead of losing every other setting.
#[serde(default)]
pub struct Settings {
    /// Files opened or saved lately, newest first.
    pub recent: Vec<PathBuf>,
    /// Seconds after the last change before a recovery copy is written.
    pub recovery_delay: f64,
    /// Light, dark, or as the system says (light when it says nothing).
    pub theme: Theme,
    /// The page preview beside the editors.
    pub preview: PreviewSettings,
}

/// The page preview: shown or not, its zoom, its width in points.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PreviewSettings {
    pub open: bool,
    pub zoom: Zoom,
    pub width: f32,
}

/// The preview's width when nothing says otherwise: an A4 page readable
/// beside the editors of a 1.400-point window.
pub const PREVIEW_WIDTH: f32 = 480.0;
/// The narrowest and widest the preview may be dragged.
pub const PREVIEW_WIDTHS: std::ops::RangeInclusive<f32> = 240.0..=1600.0;

impl Default for PreviewSettings {
    fn default() -> Self {
        PreviewSettings {
            open: true,
            zoom: Zoom::FitWidth,
            width: PREVIEW_WIDTH,
        }
    }
}

/// The window's colours. A document editor is light like the page; the
/// system's dark setting is followed when it gives one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    pub fn label(self) -> &'static str {
        match self {
            Theme::System => "Theo hệ thống",
            Theme::Light => "Sáng",
            Theme::Dark => "Tối",
        }
    }

    /// Applies it to egui: the system's choice when asked for, else light.
    pub fn apply(self, ctx: &egui::Context) {
        let pref = match self {
            Theme::System => egui::ThemePreference::System,
            Theme::Light => egui::ThemePreference::Light,
            Theme::Dark => egui::ThemePreference::Dark,
        };
        ctx.options_mut(|o| {
            o.fallback_theme = egui::Theme::Light;
            o.theme_preference = pref;
        });
    }
}

// Not derived: the delay's default is two seconds, not zero.
impl Default for Settings {
    fn default() -> Self {
        Settings {
            recent: Vec::new(),
            recovery_delay: 2.0,
            theme: Theme::System,
            preview: PreviewSettings::default(),
        }
    }
}

impl Settings {
    /// The stored settings (or the old keys' values), made sane: files that
    /// no longer exist leave the recent list, the delay within its range.
    pub fn load(storage: &dyn eframe::Storage) -> Settings {
        let mut s = eframe::get_value::<Settings>(storage, KEY).unwrap_or_else(|| Settings {
            recent: eframe::get_value(storage, OLD_RECENT_KEY).unwrap_or_default(),
            recovery_delay: eframe::get_value(storage, OLD_RECOVERY_DELAY_KEY)
                .unwrap_or(Settings::default().recovery_delay),
            theme: Theme::default(),
            preview: PreviewSettings::default(),
        });
        s.recent.retain(|p| p.exists());
        s.preview.width = if s.preview.width.is_finite() {
            s.preview
                .width
                .clamp(*PREVIEW_WIDTHS.start(), *PREVIEW_WIDTHS.end())
        } else {
            PREVIEW_WIDTH
        };
        s.recovery_delay = if s.recovery_delay.is_nan() {
            Settings::default().recovery_delay
        } else {
            s.recovery_delay
                .clamp(*RECOVERY_DELAYS.start(), *RECOVERY_DELAYS.end())
        };
        s
    }

    pub fn save(&self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, KEY, self);
        storage.remove_string(OLD_RECENT_KEY);
        storage.remove_string(OLD_RECOVERY_DELAY_KEY);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use eframe::Storage as _;
    use std::collections::HashMap;

    #[derive(Default)]
    struct Store(HashMap<String, String>);

    impl eframe::Storage for Store {
        fn get_string(&self, key: &str) -> Option<String> {
            self.0.get(key).cloned()
        }
        fn set_string(&mut self, key: &str, value: String) {
            self.0.insert(key.to_string(), value);
        }
        fn remove_string(&mut self, key: &str) {
            self.0.remove(key);
        }
        fn flush(&mut self) {}
    }

    #[test]
    fn settings_come_back_as_they_were_saved() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("ke-hoach.ron");
        std::fs::write(&file, "").unwrap();
        let s = Settings {
            recent: vec![file],
            recovery_delay: 7.5,
            theme: Theme::Dark,
            preview: PreviewSettings {
                open: false,
                zoom: Zoom::Percent(125),
                width: 610.0,
            },
        };
        let mut store = Store::default();
        s.save(&mut store);
        assert_eq!(store.0.len(), 1, "one key: {:?}", store.0.keys());
        assert_eq!(Settings::load(&store), s);
    }

    #[test]
    fn the_old_keys_are_read_once_and_removed_at_the_next_save() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("ke-hoach.ron");
        std::fs::write(&file, "").unwrap();
        let mut store = Store::default();
        let gone = dir.path().join("da-xoa.ron");
        eframe::set_value(&mut store, OLD_RECENT_KEY, &vec![file.clone(), gone]);
        eframe::set_value(&mut store, OLD_RECOVERY_DELAY_KEY, &5.0);
        let s = Settings::load(&store);
        assert_eq!(s.recent, [file]);
        assert_eq!(s.recovery_delay, 5.0);
        s.save(&mut store);
        assert_eq!(store.0.keys().collect::<Vec<_>>(), [KEY]);
    }

    #[test]
    fn nothing_stored_or_nonsense_gives_the_defaults() {
        let mut store = Store::default();
        assert_eq!(Settings::load(&store), Settings::default());
        store.set_string(KEY, "(recovery_delay: 1000.0, unknown: 3)".into());
        assert_eq!(Settings::load(&store).recovery_delay, 60.0);
        store.set_string(KEY, "(recovery_delay: NaN)".into());
        assert_eq!(Settings::load(&store).recovery_delay, 2.0);
        store.set_string(KEY, "không phải RON".into());
        assert_eq!(Settings::load(&store), Settings::default());
    }
}

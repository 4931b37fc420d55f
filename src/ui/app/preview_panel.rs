//! The page preview's place in the window: a resizable panel at the right,
//! open or closed as the settings say (Xem → Xem trước trang in, Ctrl+F2),
//! fed with the plan after each pause in typing.

use super::App;
use super::settings::PREVIEW_WIDTHS;
use crate::model::place::Place;
use egui::Ui;

/// Points the editors keep beside the preview (a targets table's number,
/// name, values and lead agency).
const EDITOR_ROOM: f32 = 720.0;

impl App {
    /// Draws the preview if it is open; returns the place clicked in it
    /// (opened after the frame, like every go-to).
    pub(super) fn preview_panel(&mut self, ui: &mut Ui) -> Option<Place> {
        let doc = self.doc.as_mut()?;
        if !self.settings.preview.open {
            self.preview.hide();
            return None;
        }
        let edit = (self.doc_serial, doc.revision());
        self.preview.update(ui.ctx(), edit, || doc.snapshot());
        let focus = doc.focus().cloned();
        // On a narrow window the preview gives way: the editors keep room
        // for a table's main columns.
        let (least, most) = (*PREVIEW_WIDTHS.start(), *PREVIEW_WIDTHS.end());
        let room = (ui.available_width() - EDITOR_ROOM).clamp(least, most);
        let shown = egui::Panel::right("preview")
            .resizable(true)
            .default_size(self.settings.preview.width.min(room))
            .size_range(least..=room)
            .show(ui, |ui| {
                self.preview
                    .show(ui, &mut self.settings.preview.zoom, focus.as_ref())
            });
        self.settings.preview.width = shown.response.rect.width();
        shown.inner.go_to
    }
}

//! The tables of rows (targets, tasks, budget, agencies) keep their row
//! menu in the last column (the budget, whose columns are many, in its
//! second). Beside the page preview there is often less
//! room than their columns need: the table then scrolls sideways (Shift+
//! wheel, or the bar at its foot) instead of being cut at the window's
//! edge, so no column and no row menu is ever out of reach.

use egui::Ui;
use egui_extras::{Column, TableBuilder};
use std::hash::Hash;

/// A column: a fixed width, or the one taking the room left over (at
/// least its width).
#[derive(Clone, Copy, Debug)]
pub enum Width {
    Exact(f32),
    Rest(f32),
}

impl Width {
    fn width(self) -> f32 {
        match self {
            Width::Exact(w) | Width::Rest(w) => w,
        }
    }

    fn column(self) -> Column {
        match self {
            Width::Exact(w) => Column::exact(w).clip(true),
            Width::Rest(w) => Column::remainder().at_least(w).clip(true),
        }
    }
}

/// Builds a table of `cols` at least as wide as they need, scrolling
/// sideways when the room is narrower; `add` sets it up and fills it.
pub fn wide_table(
    ui: &mut Ui,
    salt: impl Hash + std::fmt::Debug,
    cols: &[Width],
    add: impl FnOnce(TableBuilder<'_>),
) {
    let spacing = ui.spacing().item_spacing.x;
    let least: f32 = cols.iter().map(|c| c.width() + spacing).sum();
    let room = ui.available_width();
    let width = room.max(least);
    // A bar that shows there is more to the right, when there is.
    let bar = if least > room {
        egui::scroll_area::ScrollBarVisibility::AlwaysVisible
    } else {
        egui::scroll_area::ScrollBarVisibility::AlwaysHidden
    };
    egui::ScrollArea::horizontal()
        .id_salt(("wide", salt))
        .scroll_bar_visibility(bar)
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_width(width);
            let table = cols
                .iter()
                .fold(TableBuilder::new(ui), |t, c| t.column(c.column()));
            add(table);
        });
}

//! One editor per part of the plan.

pub mod agencies;
pub mod appendices;
pub mod appendix_columns;
pub mod appendix_table;
pub mod body;
pub mod body_blocks;
pub mod body_tree;
pub mod budget;
pub mod closing;
pub mod continues;
pub mod decision;
pub mod free_table;
pub mod general;
pub mod header_form;
pub mod items;
pub mod legal;
pub mod link_banner;
pub mod paste;
pub mod review;
pub mod rewrite;
pub mod row_actions;
pub mod row_menu;
pub mod submission;
pub mod targets;
pub mod tasks;
pub mod wide_table;

use crate::model::Id;
use crate::ui::doc::Doc;

/// A view of one part of the plan (header, legal bases, closing) tells the
/// document the officer is there, unless the place being edited already
/// is in that part (a click in the preview on the third legal basis stays
/// on it).
pub fn note_view(doc: &mut Doc, place: crate::model::place::Place) {
    if doc.focus().is_none_or(|f| f.area() != place.area()) {
        doc.focus_on(place);
    }
}

/// Tells the document which row the officer is in: when the widget with
/// keyboard focus lies in `row` (a table row just drawn), the row's place
/// becomes the one the preview marks and follows.
pub fn note_focus(doc: &mut Doc, row: &egui::Response, id: Id) {
    let ctx = &row.ctx;
    let inside = ctx
        .memory(|m| m.focused())
        .and_then(|f| ctx.read_response(f))
        .is_some_and(|r| row.rect.contains(r.rect.center()));
    if inside {
        doc.focus_row(id);
    }
}

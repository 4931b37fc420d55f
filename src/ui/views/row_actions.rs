//! The move up / move down / delete buttons beside an item of a list, shared
//! by the views that edit plain lists (legal bases, body blocks, recipients).

use egui::{Button, Ui};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowAction {
    Up,
    Down,
    Delete,
}

/// "▲ ▼ ×" for item `i` of `n`; `what` names the item in the tooltips.
pub fn row_buttons(ui: &mut Ui, i: usize, n: usize, what: &str) -> Option<RowAction> {
    let mut action = None;
    if ui
        .add_enabled(i > 0, Button::new("▲"))
        .on_hover_text(format!("Chuyển {what} lên"))
        .clicked()
    {
        action = Some(RowAction::Up);
    }
    if ui
        .add_enabled(i + 1 < n, Button::new("▼"))
        .on_hover_text(format!("Chuyển {what} xuống"))
        .clicked()
    {
        action = Some(RowAction::Down);
    }
    if ui
        .button("×")
        .on_hover_text(format!("Xóa {what}"))
        .clicked()
    {
        action = Some(RowAction::Delete);
    }
    action
}

/// The markup help shown above rich text editors.
pub fn markup_help(ui: &mut Ui) {
    ui.label(
        egui::RichText::new(
            "Cách viết: **đậm**, *nghiêng*, ^[chú thích cuối trang], {năm} năm kế hoạch, \
             {năm-1} năm trước, {pl:khóa} tên phụ lục (\"Phụ lục II\").",
        )
        .weak(),
    );
}

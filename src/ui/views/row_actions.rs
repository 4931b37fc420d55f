//! The move up / move down / delete buttons beside an item of a list, shared
//! by the views that edit plain lists (legal bases, body blocks, recipients).

use crate::ui::history::{Access, Command};
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

/// The command for `action` on item `i` of `list`, which is `item` now;
/// `what` names it in the undo label ("nơi nhận").
pub fn command<T: Clone + 'static>(
    action: RowAction,
    list: Access<Vec<T>>,
    i: usize,
    item: T,
    what: &str,
) -> Command {
    match action {
        RowAction::Up => Command::shift(format!("Chuyển {what} lên"), list, i, i.saturating_sub(1)),
        RowAction::Down => Command::shift(format!("Chuyển {what} xuống"), list, i, i + 1),
        RowAction::Delete => Command::remove(format!("Xóa {what}"), list, i, item),
    }
}

/// The help shown above rich text editors: the gestures, never the markup.
pub fn markup_help(ui: &mut Ui) {
    ui.label(
        egui::RichText::new(
            "Chọn chữ rồi bấm Ctrl+B để in đậm, Ctrl+I để in nghiêng; Ctrl+Alt+F chèn chú \
             thích cuối trang; chuột phải để chèn trường tính sẵn (năm kế hoạch, tên phụ lục…).",
        )
        .weak(),
    );
}

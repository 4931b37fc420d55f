//! A footnote's text, edited in a small box under the paragraph it belongs
//! to, as Word shows a note apart from its text: while the cursor of a
//! rich-text field is inside a note (`^[…]`), the box shows that note's
//! text alone; what is typed there goes back between its markers.

use super::rich_edit::{self, Target};
use crate::model::rich::{footnotes, note_text};
use egui::text_edit::TextEditState;
use egui::{Id, Key, Order, Rect, Response, TextBuffer, TextEdit, Ui};

/// The box's accessible name (its title shows which note it is).
pub const LABEL: &str = "Chú thích cuối trang";

/// Shows the box of the note the field `id` is in, if any. Returns the
/// field's new text when the note was edited there.
pub fn show(
    ui: &mut Ui,
    id: Id,
    field: &Response,
    buf: &str,
    target: &mut Target,
) -> Option<String> {
    let ctx = ui.ctx().clone();
    let box_id = id.with("note");
    let nth_key = id.with("note_nth");
    let rect_key = id.with("note_rect");
    let box_focused = ctx.memory(|m| m.has_focus(box_id));
    // The box stays while the pointer is on it: a click there takes the
    // field's focus before the box has it.
    let last_rect: Option<Rect> = ctx.data(|d| d.get_temp(rect_key));
    let pointer_on_box = ctx
        .input(|i| i.pointer.interact_pos())
        .zip(last_rect)
        .is_some_and(|(p, r)| r.contains(p));
    let notes = footnotes(buf);
    let nth = if ctx.memory(|m| m.has_focus(id)) {
        let cursor = TextEditState::load(&ctx, id)
            .and_then(|s| s.cursor.char_range())
            .map(|r| r.primary.index.0);
        let nth = cursor.and_then(|c| notes.iter().position(|r| r.start <= c && c <= r.end));
        ctx.data_mut(|d| match nth {
            Some(n) => {
                d.insert_temp(nth_key, n);
            }
            None => d.remove::<usize>(nth_key),
        });
        nth
    } else if box_focused || pointer_on_box {
        ctx.data(|d| d.get_temp::<usize>(nth_key))
    } else {
        None
    };
    let Some(range) = nth.and_then(|n| notes.get(n)).cloned() else {
        ctx.data_mut(|d| d.remove::<Rect>(rect_key));
        return None;
    };
    let chars: Vec<char> = buf.chars().collect();
    let mut text: String = chars.get(range.clone())?.iter().collect();
    let before = text.clone();
    let mut layouter =
        |ui: &Ui, t: &dyn TextBuffer, wrap: f32| rich_edit::galley(ui, t.as_str(), wrap);
    let width = field.rect.width().clamp(240.0, 520.0);
    let area = egui::Area::new(id.with("note_area"))
        .order(Order::Foreground)
        .fixed_pos(field.rect.left_bottom() + egui::vec2(0.0, 4.0))
        .show(&ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_max_width(width);
                let n = nth.unwrap_or(0) + 1;
                ui.weak(format!("{LABEL} {n}/{} (Esc: về đoạn văn)", notes.len()));
                if let Some((action, selection)) = target.take(box_id) {
                    rich_edit::apply(ui.ctx(), box_id, &mut text, &action, selection);
                }
                let out = TextEdit::multiline(&mut text)
                    .id(box_id)
                    .desired_rows(2)
                    .desired_width(width)
                    .layouter(&mut layouter)
                    .show(ui);
                let selection = rich_edit::selection(out.cursor_range);
                let resp = out.response.response.accessible_name(LABEL);
                if ui.memory(|m| m.has_focus(box_id)) {
                    target.focused(Some(box_id), selection);
                }
                if resp.lost_focus() && ui.input(|i| i.key_pressed(Key::Escape)) {
                    ui.memory_mut(|m| m.request_focus(id));
                }
            });
        });
    ctx.data_mut(|d| d.insert_temp(rect_key, area.response.rect));
    if text == before {
        return None;
    }
    let mut out: String = chars[..range.start].iter().collect();
    out.push_str(&note_text(&text));
    out.extend(&chars[range.end..]);
    Some(out)
}

//! Editing widgets that change the plan only through undoable commands.

use super::doc::Doc;
use super::history::{Access, Command};
use super::{note_box, rich_edit};
use crate::model::{Money, Rich};
use egui::{Response, TextBuffer, TextEdit, Ui};
use unicode_normalization::UnicodeNormalization;

/// Input may arrive decomposed from an input method; the model keeps NFC.
pub fn nfc(s: &str) -> String {
    s.nfc().collect()
}

/// A text editor bound to a string of the plan. Typing is one undo step per
/// visit of the field. `label` is its accessible name (and hint when empty).
pub fn text(
    ui: &mut Ui,
    doc: &mut Doc,
    label: &str,
    key: String,
    access: Access<String>,
    width: f32,
    multiline: bool,
) -> Response {
    edit(ui, doc, label, key, access, width, multiline, false)
}

/// The same for rich text: shown as it prints (bold, italic, fields as
/// tokens with their value on hover, footnotes as notes), Ctrl+B and Ctrl+I
/// on the selection (`rich_edit.rs`).
pub fn rich(
    ui: &mut Ui,
    doc: &mut Doc,
    label: &str,
    key: String,
    access: Access<Rich>,
    width: f32,
    multiline: bool,
) -> Response {
    let inner: Access<String> = std::rc::Rc::new(move |p| access(p).map(|r| &mut r.0));
    edit(ui, doc, label, key, inner, width, multiline, true)
}

#[allow(clippy::too_many_arguments)]
fn edit(
    ui: &mut Ui,
    doc: &mut Doc,
    label: &str,
    key: String,
    access: Access<String>,
    width: f32,
    multiline: bool,
    rich: bool,
) -> Response {
    let current = access(&mut doc.plan).cloned().unwrap_or_default();
    let mut buf = current.clone();
    let id = ui.make_persistent_id(&key);
    let mut styled = false;
    // Định dạng's commands (Ctrl+B, the toolbar …) for this field.
    if rich && let Some((action, selection)) = doc.format.take(id) {
        rich_edit::apply(ui.ctx(), id, &mut buf, &action, selection);
        styled = true;
    }
    let mut layouter =
        |ui: &Ui, text: &dyn TextBuffer, wrap: f32| rich_edit::galley(ui, text.as_str(), wrap);
    let mut edit = if multiline {
        TextEdit::multiline(&mut buf).desired_rows(2)
    } else {
        TextEdit::singleline(&mut buf)
    };
    if rich {
        edit = edit.layouter(&mut layouter);
    }
    // Named for screen readers (and tests) whether or not it is empty.
    let out = edit.hint_text(label).desired_width(width).id(id).show(ui);
    // A text longer than its cell is never cut without a way to read it:
    // hovering shows it whole.
    let cut = out.galley.size().x > out.text_clip_rect.width() + 0.5
        || out.galley.size().y > out.text_clip_rect.height() + 0.5;
    let selection = rich_edit::selection(out.cursor_range);
    let mut resp = out.response.response.accessible_name(label);
    let field = if rich {
        resp.hover_pos().and_then(|p| {
            let at = out.galley.cursor_from_pos(p - out.galley_pos).index.0;
            rich_edit::field_at(&doc.plan, &buf, at)
        })
    } else {
        None
    };
    if let Some(value) = field {
        resp = resp.on_hover_text(value);
    } else if cut && !current.is_empty() {
        resp = resp.on_hover_text(current.clone());
    }
    // The field keeps the focus while the window is in the background
    // (`Response::has_focus` says no then): it stays the target.
    if ui.memory(|m| m.has_focus(id)) {
        doc.format.focused(rich.then_some(id), selection);
    }
    if rich {
        let mut chosen = None;
        resp.context_menu(|ui| chosen = rich_edit::menu(ui, &doc.plan));
        if let Some(action) = chosen {
            rich_edit::apply(ui.ctx(), id, &mut buf, &action, None);
            styled = true;
        }
        if let Some(noted) = note_box::show(ui, id, &resp, &buf, &mut doc.format) {
            buf = noted;
            styled = true;
        }
    }
    if resp.changed() || styled {
        let new = nfc(&buf);
        if new != current {
            record_typing(doc, label, key, access, current, new);
        }
    }
    if resp.lost_focus() {
        doc.seal();
    }
    keep_focus(ui, &resp);
    resp
}

/// Typing into a field named `label`: "Sửa …", one undo step per visit
/// of the field `key`.
pub fn record_typing<T: Clone + 'static>(
    doc: &mut Doc,
    label: &str,
    key: impl Into<String>,
    access: Access<T>,
    current: T,
    new: T,
) {
    let step = Command::set(
        format!("Sửa {}", label.to_lowercase()),
        access,
        current,
        new,
    );
    doc.edit(step.merging(key));
}

/// A labelled form row: the label on the left, the editor on the right.
pub fn form_row(ui: &mut Ui, label: &str, add: impl FnOnce(&mut Ui) -> Response) {
    let l = ui.label(label);
    let r = add(ui);
    r.labelled_by(l.id);
    ui.end_row();
}

/// A field whose typed text becomes a value only when it parses: while it
/// has focus the text is kept as typed (even "12a"); the plan changes only
/// on valid input, one undo step per visit. Returns the response and
/// whether the text shown is invalid.
#[allow(clippy::too_many_arguments)]
fn typed<V: Clone + PartialEq + 'static>(
    ui: &mut Ui,
    doc: &mut Doc,
    label: &str,
    key: String,
    access: Access<V>,
    shown: String,
    parse: impl Fn(&str) -> Option<V>,
    style: impl FnOnce(TextEdit<'_>, bool) -> TextEdit<'_>,
) -> (Response, bool) {
    let Some(current) = access(&mut doc.plan).cloned() else {
        return (ui.label(""), false);
    };
    let id = ui.make_persistent_id(&key);
    let mut buf = ui.data(|d| d.get_temp::<String>(id)).unwrap_or(shown);
    let bad = parse(&buf).is_none();
    let edit = style(
        TextEdit::singleline(&mut buf)
            .hint_text(label)
            .id_salt(&key),
        bad,
    );
    let resp = ui.add(edit).accessible_name(label);
    if resp.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, buf.clone()));
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
    }
    let parsed = parse(&buf);
    if resp.changed()
        && let Some(new) = parsed.clone()
        && new != current
    {
        record_typing(doc, label, key, access, current, new);
    }
    if resp.lost_focus() {
        doc.seal();
    }
    (resp, parsed.is_none())
}

/// An optional number typed as text: empty means "not yet" (None).
pub fn opt_number<T>(
    ui: &mut Ui,
    doc: &mut Doc,
    label: &str,
    key: String,
    access: Access<Option<T>>,
    width: f32,
) -> Response
where
    T: Copy + PartialEq + std::fmt::Display + std::str::FromStr + 'static,
{
    let shown = access(&mut doc.plan)
        .copied()
        .flatten()
        .map(|v| v.to_string())
        .unwrap_or_default();
    let parse = |t: &str| {
        let t = t.trim();
        if t.is_empty() {
            Some(None)
        } else {
            t.parse::<T>().ok().map(Some)
        }
    };
    typed(ui, doc, label, key, access, shown, parse, |e, _| {
        e.desired_width(width)
    })
    .0
}

/// A list of years typed as "2027, 2030" (sorted, each once; empty for
/// none); the plan changes only while the text reads as such a list.
pub fn years(
    ui: &mut Ui,
    doc: &mut Doc,
    label: &str,
    key: String,
    access: Access<Vec<i32>>,
    width: f32,
) -> Response {
    let shown = access(&mut doc.plan)
        .map(|v| {
            v.iter()
                .map(|y| y.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default();
    let parse = |t: &str| {
        let mut out = Vec::new();
        for w in t.split([',', ';', ' ']).filter(|w| !w.trim().is_empty()) {
            let y: i32 = w.trim().parse().ok()?;
            if !(1945..=2200).contains(&y) {
                return None;
            }
            out.push(y);
        }
        out.sort_unstable();
        out.dedup();
        Some(out)
    };
    typed(ui, doc, label, key, access, shown, parse, |e, _| {
        e.desired_width(width)
    })
    .0
}

/// Shown when a money cell holds text that is not an amount.
pub const MONEY_ERROR: &str = "Số tiền không hợp lệ: viết như 43.036 hoặc 1.770,5";

/// A money cell in triệu đồng, typed the Vietnamese way ("43.036", "1.770,5").
/// The plan changes only when the text parses to an amount that is not
/// negative; anything else turns red with a hint, and the plan keeps its
/// value. Empty means zero, and zero is shown empty so a new row invites typing.
pub fn money(
    ui: &mut Ui,
    doc: &mut Doc,
    label: &str,
    key: String,
    access: Access<Money>,
    width: f32,
) -> Response {
    let current = access(&mut doc.plan).copied().unwrap_or_default();
    let shown = if current.is_zero() {
        String::new()
    } else {
        crate::model::format::millions(current)
    };
    let error = ui.visuals().error_fg_color;
    let (resp, bad) = typed(ui, doc, label, key, access, shown, parse_money, |e, bad| {
        let e = e.desired_width(width).align(egui::Align2::RIGHT_CENTER);
        if bad { e.text_color(error) } else { e }
    });
    if bad {
        ui.painter().rect_stroke(
            resp.rect.expand(1.0),
            3.0,
            egui::Stroke::new(2.0, error),
            egui::StrokeKind::Outside,
        );
        return resp.on_hover_text(MONEY_ERROR);
    }
    resp
}

/// What a money cell accepts: empty (zero) or a non-negative Vietnamese amount.
pub fn parse_money(typed: &str) -> Option<Money> {
    let t = typed.trim();
    if t.is_empty() {
        return Some(Money::ZERO);
    }
    Money::parse_vn(t).ok().filter(|m| !m.is_negative())
}

/// A table cell keeps its focus while it scrolls out of view and back: egui
/// drops the focus of a widget that is not drawn (virtualised rows are not),
/// so the cell that had it takes it back when it is drawn again, unless the
/// user moved the focus elsewhere in the meantime.
pub fn keep_focus(ui: &Ui, resp: &Response) {
    let slot = egui::Id::unique("kehoach.cell-focus");
    let remembered: Option<egui::Id> = ui.data(|d| d.get_temp(slot));
    if resp.has_focus() {
        ui.data_mut(|d| d.insert_temp(slot, resp.id));
    } else if resp.lost_focus() && remembered == Some(resp.id) {
        ui.data_mut(|d| d.remove::<egui::Id>(slot));
    } else if remembered == Some(resp.id) && ui.memory(|m| m.focused().is_none()) {
        resp.request_focus();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_cells_accept_vietnamese_amounts_only() {
        assert_eq!(parse_money("43.036"), Some(Money::from_millions(43036)));
        assert_eq!(
            parse_money(" 1.770,5 "),
            Some(Money::from_thousands(1_770_500))
        );
        assert_eq!(parse_money(""), Some(Money::ZERO));
        assert_eq!(parse_money("abc"), None);
        assert_eq!(parse_money("-5"), None);
        assert_eq!(parse_money("43.03"), None);
    }
}

//! Editing widgets that change the plan only through undoable commands.

use super::doc::Doc;
use super::history::{Access, Command};
use crate::model::Rich;
use egui::{Response, TextEdit, Ui};
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
    let current = access(&mut doc.plan).cloned().unwrap_or_default();
    let mut buf = current.clone();
    let edit = if multiline {
        TextEdit::multiline(&mut buf).desired_rows(2)
    } else {
        TextEdit::singleline(&mut buf)
    };
    // Named for screen readers (and tests) whether or not it is empty.
    let resp = ui
        .add(edit.hint_text(label).desired_width(width).id_salt(&key))
        .accessible_name(label);
    if resp.changed() {
        let new = nfc(&buf);
        if new != current {
            doc.apply(
                Command::set(
                    format!("Sửa {}", label.to_lowercase()),
                    access,
                    current,
                    new,
                )
                .merging(key),
            );
        }
    }
    if resp.lost_focus() {
        doc.history.seal();
    }
    resp
}

/// The same for rich text (the markup is edited as typed).
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
    text(ui, doc, label, key, inner, width, multiline)
}

/// A labelled form row: the label on the left, the editor on the right.
pub fn form_row(ui: &mut Ui, label: &str, add: impl FnOnce(&mut Ui) -> Response) {
    let l = ui.label(label);
    let r = add(ui);
    r.labelled_by(l.id);
    ui.end_row();
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
    let current = access(&mut doc.plan).copied().flatten();
    let shown = current.map(|v| v.to_string()).unwrap_or_default();
    let id = ui.make_persistent_id(&key);
    // While typing, keep what the user typed even if it is not a number yet.
    let mut buf = ui
        .data(|d| d.get_temp::<String>(id))
        .unwrap_or(shown.clone());
    let resp = ui
        .add(
            TextEdit::singleline(&mut buf)
                .hint_text(label)
                .desired_width(width)
                .id_salt(&key),
        )
        .accessible_name(label);
    if resp.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, buf.clone()));
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
    }
    if resp.changed() {
        let trimmed = buf.trim();
        let new = if trimmed.is_empty() {
            Some(None)
        } else {
            trimmed.parse::<T>().ok().map(Some)
        };
        if let Some(new) = new
            && new != current
        {
            doc.apply(
                Command::set(
                    format!("Sửa {}", label.to_lowercase()),
                    access,
                    current,
                    new,
                )
                .merging(key),
            );
        }
    }
    if resp.lost_focus() {
        doc.history.seal();
    }
    resp
}

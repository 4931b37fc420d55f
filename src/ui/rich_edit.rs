//! Rich text as it prints, while typing: bold text bold, italic text
//! italic, computed fields as tokens (their value on hover), footnotes as
//! notes, the markup characters small and faint. Ctrl+B and Ctrl+I put bold
//! or italic on the selection, so the officer never types a marker.
//!
//! The galley holds every character of the source (egui's text editor maps
//! the cursor to the text by character), so markers stay in it, drawn
//! small; `model::rich::source_spans` says what each character is.

use crate::model::Plan;
use crate::model::fields::Fields;
use crate::model::rich::{Piece, Style, source_spans, toggle_style};
use egui::text::{ByteIndex, CCursor, CCursorRange, LayoutJob, LayoutSection, TextFormat};
use egui::text_edit::TextEditState;
use egui::{Color32, FontFamily, FontId, Galley, Id, Key, KeyboardShortcut, Modifiers, Ui};
use std::sync::Arc;

pub const BOLD: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::B);
pub const ITALIC: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::I);

/// Takes Ctrl+B or Ctrl+I when the field `id` has the keyboard focus and
/// applies it to its selection in `buf`. Returns whether `buf` changed.
pub fn shortcuts(ui: &Ui, id: Id, buf: &mut String) -> bool {
    if !ui.memory(|m| m.has_focus(id)) {
        return false;
    }
    let marker = ui.input_mut(|i| {
        if i.consume_shortcut(&BOLD) {
            Some("**")
        } else if i.consume_shortcut(&ITALIC) {
            Some("*")
        } else {
            None
        }
    });
    let Some(marker) = marker else { return false };
    let Some(mut state) = TextEditState::load(ui.ctx(), id) else {
        return false;
    };
    let Some(range) = state.cursor.char_range() else {
        return false;
    };
    let (text, a, b) = toggle_style(buf, range.primary.index.0, range.secondary.index.0, marker);
    *buf = text;
    state
        .cursor
        .set_char_range(Some(CCursorRange::two(CCursor::new(a), CCursor::new(b))));
    state.store(ui.ctx(), id);
    true
}

/// Lays out `text` as it prints (see the module's comment).
pub fn galley(ui: &Ui, text: &str, wrap_width: f32) -> Arc<Galley> {
    let body = egui::TextStyle::Body.resolve(ui.style());
    let color = ui.visuals().text_color();
    let weak = ui.visuals().weak_text_color();
    let bold_family = FontFamily::Name("bold".into());
    let has_bold = ui.fonts(|f| f.families().contains(&bold_family));
    let styled = |style: Style| {
        let family = if style.bold && has_bold {
            bold_family.clone()
        } else {
            body.family.clone()
        };
        TextFormat {
            font_id: FontId::new(body.size, family),
            color,
            italics: style.italic,
            ..Default::default()
        }
    };
    // Byte offsets of each character, and the end.
    let bytes: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect();
    let mut job = LayoutJob {
        text: text.to_string(),
        ..Default::default()
    };
    job.wrap.max_width = wrap_width;
    for span in source_spans(text) {
        let (Some(&from), Some(&to)) = (bytes.get(span.start), bytes.get(span.end)) else {
            continue;
        };
        let format = match span.piece {
            Piece::Text(style) => styled(style),
            Piece::Marker => TextFormat {
                font_id: FontId::new(body.size * 0.75, body.family.clone()),
                color: weak.gamma_multiply(0.6),
                ..Default::default()
            },
            Piece::Field(style) => TextFormat {
                color: ui.visuals().hyperlink_color,
                background: ui.visuals().selection.bg_fill.gamma_multiply(0.35),
                ..styled(style)
            },
            Piece::Note => TextFormat {
                font_id: FontId::new(body.size * 0.85, body.family.clone()),
                color: weak,
                background: Color32::from_rgba_unmultiplied(255, 220, 0, 40),
                ..Default::default()
            },
        };
        job.sections.push(LayoutSection {
            leading_space: 0.0,
            byte_range: ByteIndex(from)..ByteIndex(to),
            format,
        });
    }
    ui.fonts_mut(|f| f.layout_job(job))
}

/// The value of the computed field under the pointer, for its hover text:
/// "{năm} = 2024".
pub fn field_at(plan: &Plan, text: &str, index: usize) -> Option<String> {
    let span = source_spans(text)
        .into_iter()
        .find(|s| matches!(s.piece, Piece::Field(_)) && s.start <= index && index < s.end)?;
    let name: String = text
        .chars()
        .skip(span.start)
        .take(span.end - span.start)
        .collect();
    let name = name.trim();
    Some(match Fields::new(plan).resolve(name) {
        Some(value) => format!("{{{name}}} = {value}"),
        None => format!("{{{name}}}: không có trường tính sẵn tên này"),
    })
}

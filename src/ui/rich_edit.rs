//! Rich text as it prints, while typing: bold text bold, italic text
//! italic, computed fields as tokens (their value on hover), footnotes as
//! notes, the markup characters small and faint. Ctrl+B and Ctrl+I put bold
//! or italic on the selection, so the officer never types a marker.
//!
//! The galley holds every character of the source (egui's text editor maps
//! the cursor to the text by character), so markers stay in it, drawn
//! small; `model::rich::source_spans` says what each character is.

use crate::model::Plan;
use crate::model::fields::{FIELD_HELP, Fields};
use crate::model::rich::{Piece, Style, source_spans, toggle_style};
use egui::text::{ByteIndex, CCursor, CCursorRange, LayoutJob, LayoutSection, TextFormat};
use egui::text_edit::TextEditState;
use egui::{Color32, FontFamily, FontId, Galley, Id, Key, KeyboardShortcut, Modifiers, Ui};
use std::sync::Arc;

pub const BOLD: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::B);
pub const ITALIC: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::I);
/// Word's key for a footnote.
pub const FOOTNOTE: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::ALT), Key::F);

/// A formatting gesture, applied at the field's cursor or selection.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Bold (`**`) or italic (`*`) on or off.
    Style(&'static str),
    /// A computed field's token, `{năm}`.
    Field(String),
    /// A footnote at the cursor, the cursor inside it (around the
    /// selection, which becomes the note's text).
    Footnote,
}

/// Where Định dạng's commands go (its menu, the toolbar's Đậm and
/// Nghiêng, Ctrl+B, Ctrl+I, Ctrl+Alt+F): the rich-text field the officer
/// was last in, even once a click on the toolbar has taken its focus. A
/// command is run after the frame, so it waits here for the field to be
/// drawn again, and is dropped if it is not drawn in the next frame.
#[derive(Debug, Default)]
pub struct Target {
    field: Option<Id>,
    /// Its selection when it last had the focus: egui forgets a field's
    /// selection once the focus is elsewhere.
    selection: Option<Selection>,
    pending: Option<(Id, Action)>,
    /// Whether the target field was drawn in this frame.
    seen: bool,
}

impl Target {
    /// A field took the focus: a rich-text one becomes the target, any
    /// other text field means there is none.
    pub fn focused(&mut self, field: Option<Id>, selection: Option<Selection>) {
        self.field = field;
        self.selection = selection;
        self.seen = true;
    }

    pub fn has_field(&self) -> bool {
        self.field.is_some()
    }

    /// Asks the target field for `action`; false when there is none.
    pub fn request(&mut self, action: Action) -> bool {
        let Some(id) = self.field else { return false };
        self.pending = Some((id, action));
        true
    }

    /// The rich-text field `id` is drawn, and takes the action asked of
    /// it, once, with the selection it had.
    pub fn take(&mut self, id: Id) -> Option<(Action, Option<Selection>)> {
        if self.field == Some(id) {
            self.seen = true;
        }
        if self.pending.as_ref().is_some_and(|(p, _)| *p == id) {
            self.pending.take().map(|(_, a)| (a, self.selection))
        } else {
            None
        }
    }

    /// After the editors are drawn: a field no longer drawn (another view,
    /// a row scrolled away or deleted) is no target, and an action not
    /// taken is not kept for later.
    pub fn end_frame(&mut self) {
        if !self.seen {
            self.field = None;
        }
        self.seen = false;
        self.pending = None;
    }
}

/// A field's selection in characters: where it ends (the cursor) and where
/// it started; the same when nothing is selected.
pub type Selection = (usize, usize);

/// The selection of a text field's output, if it has one.
pub fn selection(range: Option<CCursorRange>) -> Option<Selection> {
    range.map(|r| (r.primary.index.0, r.secondary.index.0))
}

/// Applies `action` to `buf` at `selection`, or else at the cursor or
/// selection the field `id` last had (a menu takes the focus; the field
/// remembers where it was), then gives the field the focus back with the
/// new selection.
pub fn apply(
    ctx: &egui::Context,
    id: Id,
    buf: &mut String,
    action: &Action,
    selection: Option<Selection>,
) {
    let mut state = TextEditState::load(ctx, id).unwrap_or_default();
    let chars: Vec<char> = buf.chars().collect();
    let end = chars.len();
    let (a, b) = selection
        .or_else(|| self::selection(state.cursor.char_range()))
        .unwrap_or((end, end));
    let (lo, hi) = (a.min(b).min(end), a.max(b).min(end));
    let (text, a, b) = match action {
        Action::Style(marker) => toggle_style(buf, a, b, marker),
        Action::Field(token) => {
            let mut text: String = chars[..lo].iter().collect();
            text.push_str(token);
            text.extend(&chars[hi..]);
            let at = lo + token.chars().count();
            (text, at, at)
        }
        Action::Footnote => {
            let mut text: String = chars[..lo].iter().collect();
            text.push_str("^[");
            text.extend(&chars[lo..hi]);
            text.push(']');
            text.extend(&chars[hi..]);
            (text, lo + 2, hi + 2)
        }
    };
    *buf = text;
    state
        .cursor
        .set_char_range(Some(CCursorRange::two(CCursor::new(a), CCursor::new(b))));
    state.store(ctx, id);
    ctx.memory_mut(|m| m.request_focus(id));
}

/// The field's menu (right click): bold, italic, a footnote, and every
/// computed field with its value now ("Năm kế hoạch: 2024").
pub fn menu(ui: &mut Ui, plan: &Plan) -> Option<Action> {
    let mut chosen = None;
    let entry = |ui: &mut Ui, label: &str, key: &KeyboardShortcut| {
        let shortcut = ui.ctx().format_shortcut(key);
        ui.add(egui::Button::new(label).shortcut_text(shortcut))
            .clicked()
    };
    if entry(ui, "In đậm", &BOLD) {
        chosen = Some(Action::Style("**"));
    }
    if entry(ui, "In nghiêng", &ITALIC) {
        chosen = Some(Action::Style("*"));
    }
    if entry(ui, "Chèn chú thích cuối trang", &FOOTNOTE) {
        chosen = Some(Action::Footnote);
    }
    ui.separator();
    ui.menu_button("Chèn trường tính sẵn", |ui| {
        for (token, label) in fields(plan) {
            if ui.button(label).clicked() {
                chosen = Some(Action::Field(token));
            }
        }
    });
    ui.menu_button(AGENCY_MENU, |ui| {
        for (token, label) in agencies(plan) {
            if ui.button(label).clicked() {
                chosen = Some(Action::Field(token));
            }
        }
    });
    if chosen.is_some() {
        ui.close();
    }
    chosen
}

/// Every field an officer can insert, with what it prints in this plan:
/// (`{năm}`, "Năm kế hoạch: 2024"); one entry for each appendix.
pub fn fields(plan: &Plan) -> Vec<(String, String)> {
    let f = Fields::new(plan);
    let mut out = Vec::new();
    for (token, what) in FIELD_HELP {
        let name = token.trim_matches(|c| c == '{' || c == '}');
        if name.starts_with("pl:") {
            for a in &plan.appendices {
                let key = format!("pl:{}", a.key);
                let label = f.resolve(&key).unwrap_or_default();
                let title = crate::model::fields::plain(plan, &a.title);
                out.push((format!("{{{key}}}"), format!("{label}: {title}")));
            }
            continue;
        }
        if name.starts_with("mục:") {
            for (id, reference, title) in crate::model::section_ref::all(plan) {
                let mut chars = reference.chars();
                let reference: String = chars
                    .next()
                    .map(|c| c.to_uppercase().chain(chars).collect())
                    .unwrap_or_default();
                out.push((format!("{{mục:{}}}", id.0), format!("{reference}: {title}")));
            }
            continue;
        }
        // A field this plan cannot print ({kh:trước} of a plan that
        // continues none, the submission of a dossier without one) is not
        // offered.
        let Some(value) = f.resolve(name) else {
            continue;
        };
        if name == "tt:số" && plan.submission.is_none() {
            continue;
        }
        let mut chars = what.chars();
        let what: String = chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
        out.push((token.to_string(), format!("{what}: {value}")));
    }
    out
}

/// The submenu that inserts an agency's name from the directory.
pub const AGENCY_MENU: &str = "Chèn tên cơ quan";

/// Every agency of the directory as a field to insert: its full name, and
/// its short name when it has one. Renamed or merged later, the text
/// follows.
pub fn agencies(plan: &Plan) -> Vec<(String, String)> {
    use crate::model::agency_mentions::field;
    let mut out = Vec::new();
    for a in &plan.agencies {
        out.push((field(&a.key, false), a.name.clone()));
        if !a.short.is_empty() && a.short != a.name {
            out.push((field(&a.key, true), format!("{} (viết tắt)", a.short)));
        }
    }
    out
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

//! The columns of a data table: which print (check boxes), in which order
//! (up / down), each with its computed title ("Phấn đấu năm 2026") and an
//! optional title of its own, written to the table's `titles` list.

use crate::model::fields::plain;
use crate::model::table::Column;
use crate::model::{Period, Plan, Rich};
use crate::ui::doc::Doc;
use crate::ui::history::{Access, Command};
use crate::ui::widgets::nfc;
use egui::Ui;

/// The default title of a column as printed, with fields resolved.
pub fn default_title<C: Column>(plan: &Plan, col: C, period: Period) -> String {
    let t = plain(plan, &Rich::new(col.default_title(period)));
    if t.is_empty() {
        // Only the in-group number column prints no title of its own.
        "STT trong nhóm".to_string()
    } else {
        t
    }
}

/// Where a table's column settings are: which columns print, their own
/// titles, their set widths.
pub struct ColumnsOf<C> {
    pub columns: Access<Vec<C>>,
    pub titles: Access<Vec<(C, Rich)>>,
    pub widths: Access<Vec<(C, f32)>>,
}

pub fn show<C: Column + 'static>(
    ui: &mut Ui,
    doc: &mut Doc,
    salt: &str,
    period: Period,
    all: &[C],
    of: ColumnsOf<C>,
) {
    let ColumnsOf {
        columns,
        titles,
        widths,
    } = of;
    let Some(current) = columns(&mut doc.plan).cloned() else {
        return;
    };
    let overrides = titles(&mut doc.plan).cloned().unwrap_or_default();
    let set_widths = widths(&mut doc.plan).cloned().unwrap_or_default();
    ui.add_space(4.0);
    ui.label("Các cột (đánh dấu để in, dùng Lên/Xuống để đổi thứ tự):");
    // Chosen columns in print order, then the others in their natural order.
    let mut rows: Vec<(C, Option<usize>)> = current
        .iter()
        .enumerate()
        .map(|(i, c)| (*c, Some(i)))
        .collect();
    rows.extend(
        all.iter()
            .filter(|c| !current.contains(c))
            .map(|c| (*c, None)),
    );
    egui::Grid::new(salt)
        .num_columns(5)
        .spacing([8.0, 4.0])
        .striped(true)
        .show(ui, |ui| {
            for (row, (col, pos)) in rows.into_iter().enumerate() {
                let title = default_title(&doc.plan, col, period);
                let mut on = pos.is_some();
                if ui.checkbox(&mut on, &title).changed() {
                    let mut new = current.clone();
                    if on {
                        new.push(col);
                    } else {
                        new.retain(|c| *c != col);
                    }
                    let label = if on { "Thêm cột" } else { "Bỏ cột" };
                    doc.edit(Command::set(label, columns.clone(), current.clone(), new));
                }
                ui.horizontal(|ui| {
                    if let Some(i) = pos {
                        let up = ui
                            .add_enabled(i > 0, egui::Button::new("Lên").small())
                            .accessible_name(format!("Chuyển cột {title} lên"))
                            .on_hover_text("Chuyển cột lên");
                        if up.clicked() {
                            doc.edit(Command::shift("Chuyển cột lên", columns.clone(), i, i - 1));
                        }
                        let down = ui
                            .add_enabled(i + 1 < current.len(), egui::Button::new("Xuống").small())
                            .accessible_name(format!("Chuyển cột {title} xuống"))
                            .on_hover_text("Chuyển cột xuống");
                        if down.clicked() {
                            doc.edit(Command::shift(
                                "Chuyển cột xuống",
                                columns.clone(),
                                i,
                                i + 1,
                            ));
                        }
                    }
                });
                ui.label("Tiêu đề riêng:");
                title_override(
                    ui,
                    doc,
                    &format!("{salt}.{row}.{title}"),
                    &title,
                    col,
                    &overrides,
                    titles.clone(),
                );
                width(
                    ui,
                    doc,
                    &format!("{salt}.{row}.w"),
                    &title,
                    col,
                    &set_widths,
                    widths.clone(),
                );
                ui.end_row();
            }
        });
}

/// A column's width in mm; 0 ("tự động") leaves it to the automatic
/// widths. Dragging or typing is one undo step per visit.
fn width<C: Column + 'static>(
    ui: &mut Ui,
    doc: &mut Doc,
    key: &str,
    title: &str,
    col: C,
    set: &[(C, f32)],
    widths: Access<Vec<(C, f32)>>,
) {
    let current = set.iter().find(|(c, _)| *c == col).map_or(0.0, |(_, w)| *w);
    let mut w = current;
    let r = ui
        .add(
            egui::DragValue::new(&mut w)
                .range(0.0..=250.0)
                .speed(0.5)
                .custom_formatter(|v, _| {
                    if v < 1.0 {
                        "tự động".into()
                    } else {
                        format!("{v:.0} mm")
                    }
                })
                .custom_parser(|s| {
                    let t = s.trim().trim_end_matches("mm").trim().replace(',', ".");
                    if t.is_empty() || t.starts_with("tự") {
                        Some(0.0)
                    } else {
                        t.parse().ok()
                    }
                }),
        )
        .accessible_name(format!("Độ rộng cột {title}"))
        .on_hover_text("Độ rộng cột khi in (mm); kéo về 0 để tự động");
    if r.changed() && w != current {
        let mut new: Vec<(C, f32)> = set.to_vec();
        new.retain(|(c, _)| *c != col);
        if w >= 1.0 {
            new.push((col, w.round()));
        }
        doc.edit(
            Command::set("Đổi độ rộng cột", widths, set.to_vec(), new).merging(key.to_string()),
        );
    }
    if r.lost_focus() || r.drag_stopped() {
        doc.seal();
    }
}

/// Empty: the computed title prints. Typing is one undo step per visit.
fn title_override<C: Column + 'static>(
    ui: &mut Ui,
    doc: &mut Doc,
    key: &str,
    title: &str,
    col: C,
    overrides: &[(C, Rich)],
    titles: Access<Vec<(C, Rich)>>,
) {
    let current = overrides
        .iter()
        .find(|(c, _)| *c == col)
        .map(|(_, t)| t.as_str().to_string())
        .unwrap_or_default();
    let mut buf = current.clone();
    let name = format!("Tiêu đề riêng cho cột {title}");
    let r = ui
        .add(
            egui::TextEdit::singleline(&mut buf)
                .hint_text("để trống: tiêu đề tự động")
                .desired_width(260.0)
                .id_salt(key),
        )
        .accessible_name(&name)
        .on_hover_text("Có thể dùng {năm}, {năm-1}");
    if r.changed() {
        let typed = nfc(&buf);
        let mut new: Vec<(C, Rich)> = overrides.to_vec();
        new.retain(|(c, _)| *c != col);
        if !typed.is_empty() {
            // Keep the entry where it was so the file diff stays small.
            let at = overrides
                .iter()
                .position(|(c, _)| *c == col)
                .unwrap_or(new.len())
                .min(new.len());
            new.insert(at, (col, Rich::new(typed)));
        }
        doc.edit(
            Command::set("Sửa tiêu đề cột", titles, overrides.to_vec(), new)
                .merging(key.to_string()),
        );
    }
    if r.lost_focus() {
        doc.seal();
    }
}

//! Danh mục cơ quan: the agency directory. Rows of the plan name agencies by
//! key, so editing a name here renames the agency everywhere at once. The
//! table is virtualised and filtered as the user types (diacritics ignored).

use super::link_banner::Banner;
use super::wide_table::{Width, wide_table};
use crate::model::Plan;
use crate::model::agency::{self, Agency};
use crate::ui::doc::Doc;
use crate::ui::history::{Access, Command};
use crate::ui::widgets::{nfc, text};
use egui::Ui;
use std::rc::Rc;

#[derive(Default)]
pub struct State {
    /// The type-ahead filter ("Lọc").
    pub filter: String,
    /// The name typed for a new agency.
    pub new_name: String,
    /// Scroll to this agency on the next frame (after adding it).
    pub scroll_to: Option<String>,
    /// The agency being merged into another one (the "Gộp" panel is open).
    pub merging: Option<String>,
    /// How many texts name an agency literally, at a revision of the plan
    /// (counting reads every text: not each frame).
    literal: Option<(u64, usize)>,
}

/// The button that links agencies named literally in the text.
pub const LINK_LABEL: &str = "Liên kết tên cơ quan";

/// Agencies written literally in the text become fields of the directory:
/// a rename or merge then changes every mention.
const LINK: Banner = Banner {
    count: |p| crate::model::agency_mentions::literal(p).len(),
    says: "đoạn văn ghi tên cơ quan trực tiếp: khi đổi tên hoặc gộp cơ quan, các tên đó không tự đổi.",
    label: LINK_LABEL,
    hover: "Thay các tên đó bằng tên lấy từ danh mục (không đổi văn bản được trích dẫn theo số, \
            căn cứ, phần đánh giá năm trước)",
    link: crate::model::agency_mentions::link_all,
};

fn directory() -> Access<Vec<Agency>> {
    Rc::new(|p: &mut Plan| Some(&mut p.agencies))
}

/// An agency's field found by key: keys are stable, positions are not.
fn field(key: &str, f: fn(&mut Agency) -> &mut String) -> Access<String> {
    let key = key.to_string();
    Rc::new(move |p: &mut Plan| p.agencies.iter_mut().find(|a| a.key == key).map(f))
}

pub fn show(ui: &mut Ui, doc: &mut Doc, state: &mut State) {
    ui.heading("Danh mục cơ quan");
    ui.label("Các dòng chỉ tiêu, nhiệm vụ, dự án ghi cơ quan theo khóa: sửa tên ở đây thì mọi dòng đều theo.");
    super::link_banner::show(ui, doc, &mut state.literal, &LINK);
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        let r = ui
            .add(
                egui::TextEdit::singleline(&mut state.new_name)
                    .hint_text("Tên cơ quan mới")
                    .desired_width(320.0),
            )
            .accessible_name("Tên cơ quan mới");
        let name = nfc(state.new_name.trim());
        let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let add = ui
            .add_enabled(!name.is_empty(), egui::Button::new("+ Thêm cơ quan"))
            .on_disabled_hover_text("Nhập tên cơ quan trước")
            .clicked();
        if (add || enter) && !name.is_empty() {
            let key = agency::key_for(&name, &doc.plan.agencies);
            let n = doc.plan.agencies.len();
            doc.edit(Command::insert(
                "Thêm cơ quan",
                directory(),
                n,
                Agency {
                    key: key.clone(),
                    name,
                    short: String::new(),
                },
            ));
            state.new_name.clear();
            // The new agency must be visible even if the filter would hide it.
            state.filter.clear();
            state.scroll_to = Some(key);
        }
    });
    ui.horizontal(|ui| {
        ui.label("Lọc");
        ui.add(
            egui::TextEdit::singleline(&mut state.filter)
                .hint_text("gõ tên hoặc tên viết tắt, có dấu hay không dấu đều được")
                .desired_width(320.0),
        )
        .accessible_name("Lọc");
    });

    merge_panel(ui, doc, state);
    let mut merge_from: Option<String> = None;
    let shown: Vec<usize> = doc
        .plan
        .agencies
        .iter()
        .enumerate()
        .filter(|(_, a)| agency::matches(a, &state.filter))
        .map(|(i, _)| i)
        .collect();
    ui.label(format!(
        "{} / {} cơ quan",
        shown.len(),
        doc.plan.agencies.len()
    ));
    ui.add_space(4.0);

    let scroll_row = state
        .scroll_to
        .take()
        .and_then(|key| shown.iter().position(|&i| doc.plan.agencies[i].key == key));
    let cols = [
        Width::Exact(220.0),
        Width::Rest(260.0),
        Width::Exact(170.0),
        Width::Exact(100.0),
        Width::Exact(34.0),
    ];
    wide_table(ui, "agencies", &cols, |table| {
        let mut table = table.id_salt("agencies").striped(true);
        if let Some(r) = scroll_row {
            table = table.scroll_to_row(r, Some(egui::Align::Center));
        }
        table
            .header(22.0, |mut h| {
                for t in ["Khóa", "Tên đầy đủ", "Tên viết tắt", "Số dòng dùng", ""]
                {
                    h.col(|ui| {
                        ui.strong(t);
                    });
                }
            })
            .body(|body| {
                body.rows(26.0, shown.len(), |mut row| {
                    let Some(&index) = shown.get(row.index()) else {
                        return;
                    };
                    let Some(a) = doc.plan.agencies.get(index).cloned() else {
                        return;
                    };
                    row.col(|ui| {
                        ui.label(&a.key)
                            .on_hover_text("Khóa cố định mà các dòng dùng để chỉ cơ quan này");
                    });
                    row.col(|ui| {
                        text(
                            ui,
                            doc,
                            "Tên đầy đủ",
                            format!("ag.{}.name", a.key),
                            field(&a.key, |a| &mut a.name),
                            ui.available_width(),
                            false,
                        );
                    });
                    row.col(|ui| {
                        text(
                            ui,
                            doc,
                            "Tên viết tắt",
                            format!("ag.{}.short", a.key),
                            field(&a.key, |a| &mut a.short),
                            ui.available_width(),
                            false,
                        );
                    });
                    // Only visible rows are counted: the count walks the whole plan.
                    let used = agency::usage_count(&doc.plan, &a.key);
                    row.col(|ui| {
                        ui.label(used.to_string());
                    });
                    row.col(|ui| {
                        ui.menu_button("…", |ui| {
                            let del = ui
                                .add_enabled(used == 0, egui::Button::new("Xóa cơ quan"))
                                .on_disabled_hover_text(format!("Đang được dùng ở {used} dòng"));
                            if del.clicked() {
                                doc.edit(Command::remove(
                                    "Xóa cơ quan",
                                    directory(),
                                    index,
                                    a.clone(),
                                ));
                            }
                            if ui.button("Gộp vào cơ quan khác…").clicked() {
                                merge_from = Some(a.key.clone());
                            }
                        })
                        .response
                        .on_hover_text("Thao tác với cơ quan");
                    });
                });
            });
    });
    if let Some(k) = merge_from {
        state.merging = Some(k);
    }
}

/// "Gộp vào": every row naming the agency being merged names the chosen
/// one instead (once), and the merged agency leaves the directory; one undo step.
fn merge_panel(ui: &mut Ui, doc: &mut Doc, state: &mut State) {
    let Some(from) = state
        .merging
        .clone()
        .and_then(|k| doc.plan.agency(&k).cloned())
    else {
        state.merging = None;
        return;
    };
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.strong(format!("Gộp \"{}\" vào cơ quan:", from.name));
            if ui.button("Hủy gộp").clicked() {
                state.merging = None;
            }
        });
        ui.label("Mọi dòng đang ghi cơ quan này sẽ ghi cơ quan được chọn (không lặp lại nếu dòng đã có), rồi cơ quan này được bỏ khỏi danh mục.");
        let others: Vec<Agency> = doc.plan.agencies.iter().filter(|b| b.key != from.key).cloned().collect();
        egui::ScrollArea::vertical().id_salt("merge-into").max_height(180.0).show(ui, |ui| {
            for into in others {
                if ui.button(format!("→ {}", into.name)).clicked() {
                    let before = doc.plan.clone();
                    let mut after = before.clone();
                    if crate::rollover::agencies::rename_agency(&mut after, &from.key, &into.key).is_ok() {
                        // The old name still written in the text joins Cần xem lại.
                        crate::rollover::agencies::list_old_name(&mut after, &from.name);
                        doc.edit(Command::replace(format!("Gộp {} vào {}", from.name, into.name), before, after));
                    }
                    state.merging = None;
                }
            }
        });
    });
    ui.add_space(6.0);
}

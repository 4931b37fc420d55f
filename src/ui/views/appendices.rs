//! Phụ lục: the list of appendices with their computed labels ("Phụ lục II"
//! comes from the position, never typed), and the selected appendix's
//! settings and tables. Appendices are addressed by their stable id, so an
//! undo after a reorder still edits the right one.

use super::appendix_table::{self, choice, flag};
use crate::model::fields::plain;
use crate::model::numbering::appendix_label;
use crate::model::{
    Align, Appendix, Block, FreeColumn, FreeTable, Id, InvestmentTable, Orientation, Plan,
    RecurrentTable, Rich, Table, TargetsTable, TasksTable,
};
use crate::ui::doc::Doc;
use crate::ui::history::{Access, At, Command};
use crate::ui::widgets::{form_row, rich, text};
use egui::Ui;
use std::rc::Rc;

#[derive(Default)]
pub struct State {
    /// The appendix shown on the right; None: the first one.
    pub selected: Option<Id>,
}

/// What "+ Thêm phụ lục" offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Targets,
    Evaluation,
    Tasks,
    Investment,
    Recurrent,
    LegalBases,
    Free,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::Targets,
        Kind::Evaluation,
        Kind::Tasks,
        Kind::Investment,
        Kind::Recurrent,
        Kind::LegalBases,
        Kind::Free,
    ];

    /// The menu entry, with the years of this plan.
    pub fn label(self, year: i32) -> String {
        match self {
            Kind::Targets => format!("Chỉ tiêu năm {year}"),
            Kind::Evaluation => format!("Kết quả năm {}", year - 1),
            Kind::Tasks => "Phân công nhiệm vụ".into(),
            Kind::Investment => "Dự án đầu tư công".into(),
            Kind::Recurrent => "Chi thường xuyên".into(),
            Kind::LegalBases => "Căn cứ lập kế hoạch".into(),
            Kind::Free => "Bảng tự do".into(),
        }
    }

    fn key_base(self) -> &'static str {
        match self {
            Kind::Targets => "chi-tieu",
            Kind::Evaluation => "ket-qua",
            Kind::Tasks => "phan-cong",
            Kind::Investment => "dau-tu",
            Kind::Recurrent => "thuong-xuyen",
            Kind::LegalBases => "can-cu",
            Kind::Free => "bang",
        }
    }

    /// Titles use fields, so they stay right after a roll-over.
    fn title(self) -> &'static str {
        match self {
            Kind::Targets => "CÁC CHỈ TIÊU NĂM {năm}",
            Kind::Evaluation => "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM {năm-1}",
            Kind::Tasks => "PHÂN CÔNG NHIỆM VỤ NĂM {năm}",
            Kind::Investment => "DANH MỤC DỰ ÁN ĐẦU TƯ CÔNG NĂM {năm}",
            Kind::Recurrent => "DANH MỤC NHIỆM VỤ CHI THƯỜNG XUYÊN NĂM {năm}",
            Kind::LegalBases => "CĂN CỨ LẬP KẾ HOẠCH",
            Kind::Free => "BẢNG",
        }
    }

    fn table(self) -> Table {
        match self {
            Kind::Targets => Table::Targets(TargetsTable::default()),
            Kind::Evaluation => Table::Targets(TargetsTable::evaluation()),
            Kind::Tasks => Table::Tasks(TasksTable::default()),
            Kind::Investment => Table::Investment(InvestmentTable::default()),
            Kind::Recurrent => Table::Recurrent(RecurrentTable::default()),
            Kind::LegalBases => Table::LegalBases,
            Kind::Free => Table::Free(FreeTable {
                columns: vec![
                    FreeColumn {
                        title: Rich::new("STT"),
                        align: Align::Center,
                        width_mm: None,
                    },
                    FreeColumn {
                        title: Rich::new("Nội dung"),
                        ..Default::default()
                    },
                ],
                ..Default::default()
            }),
        }
    }

    /// A new appendix of this kind with a key no other appendix has.
    pub fn appendix(self, id: Id, plan: &Plan) -> Appendix {
        let base = self.key_base();
        let mut key = base.to_string();
        let mut n = 2;
        while plan.appendix_index(&key).is_some() {
            key = format!("{base}-{n}");
            n += 1;
        }
        Appendix {
            id,
            key,
            title: Rich::new(self.title()),
            orientation: Orientation::Auto,
            unit_line: None,
            signed: false,
            blocks: vec![Block::Table(self.table())],
        }
    }
}

/// "Phụ lục II — TITLE" as the list shows it.
pub fn list_label(plan: &Plan, index: usize) -> String {
    let label = appendix_label(index + 1, plan.appendices.len());
    match plan.appendices.get(index) {
        Some(a) => format!("{label} — {}", plain(plan, &a.title)),
        None => label,
    }
}

fn list() -> Access<Vec<Appendix>> {
    Rc::new(|p: &mut Plan| Some(&mut p.appendices))
}

pub fn show(ui: &mut Ui, doc: &mut Doc, state: &mut State) {
    ui.heading("Phụ lục");
    ui.add_space(4.0);
    // Fall back to the first appendix when the selection was deleted or undone away.
    let selected = state
        .selected
        .and_then(|id| doc.plan.appendix_position(id))
        .or(if doc.plan.appendices.is_empty() {
            None
        } else {
            Some(0)
        });
    state.selected = selected
        .and_then(|i| doc.plan.appendices.get(i))
        .map(|a| a.id);
    if let Some(id) = state.selected {
        doc.focus_row(id);
    }
    // The list needs a title's width; the rest goes to the appendix's tables.
    egui_extras::StripBuilder::new(ui)
        .size(egui_extras::Size::exact(340.0))
        .size(egui_extras::Size::remainder())
        .horizontal(|mut strip| {
            strip.cell(|ui| sidebar(ui, doc, state, selected));
            strip.cell(|ui| match state.selected {
                Some(id) => {
                    egui::ScrollArea::vertical()
                        .id_salt("appendix-detail")
                        .show(ui, |ui| detail(ui, doc, id));
                }
                None => {
                    ui.label("Kế hoạch chưa có phụ lục. Bấm “+ Thêm phụ lục” để thêm.");
                }
            });
        });
}

fn sidebar(ui: &mut Ui, doc: &mut Doc, state: &mut State, selected: Option<usize>) {
    let year = doc.plan.year;
    let count = doc.plan.appendices.len();
    let selected_id = selected
        .and_then(|i| doc.plan.appendices.get(i))
        .map(|a| a.id);
    ui.horizontal_wrapped(|ui| {
        ui.menu_button("+ Thêm phụ lục", |ui| {
            for kind in Kind::ALL {
                if ui.button(kind.label(year)).clicked() {
                    let id = doc.fresh_id();
                    let a = kind.appendix(id, &doc.plan);
                    let at = selected_id.map_or(At::End, At::After);
                    doc.edit(Command::insert_row(
                        format!("Thêm phụ lục {}", kind.label(year).to_lowercase()),
                        list(),
                        at,
                        a,
                    ));
                    state.selected = Some(id);
                }
            }
        })
        .response
        .on_hover_text("Thêm sau phụ lục đang chọn");
        if ui
            .add_enabled(selected.is_some_and(|i| i > 0), egui::Button::new("Lên"))
            .on_hover_text("Chuyển phụ lục lên (số phụ lục tự đổi theo)")
            .clicked()
            && let Some(id) = selected_id
        {
            doc.edit(Command::move_row("Chuyển phụ lục lên", list(), id, -1));
        }
        if ui
            .add_enabled(
                selected.is_some_and(|i| i + 1 < count),
                egui::Button::new("Xuống"),
            )
            .on_hover_text("Chuyển phụ lục xuống (số phụ lục tự đổi theo)")
            .clicked()
            && let Some(id) = selected_id
        {
            doc.edit(Command::move_row("Chuyển phụ lục xuống", list(), id, 1));
        }
        if ui
            .add_enabled(selected.is_some(), egui::Button::new("Xóa"))
            .on_hover_text("Xóa phụ lục đang chọn (Ctrl+Z để hoàn tác)")
            .clicked()
            && let Some(a) = selected.and_then(|i| doc.plan.appendices.get(i)).cloned()
        {
            doc.edit(Command::remove_row("Xóa phụ lục", list(), a));
            state.selected = None;
        }
    });
    ui.add_space(4.0);
    egui::ScrollArea::vertical()
        .id_salt("appendix-list")
        .show(ui, |ui| {
            // Counted again: a button above may have just removed one.
            for i in 0..doc.plan.appendices.len() {
                let id = doc.plan.appendices[i].id;
                if ui
                    .selectable_label(selected == Some(i), list_label(&doc.plan, i))
                    .clicked()
                {
                    state.selected = Some(id);
                }
            }
        });
}

fn detail(ui: &mut Ui, doc: &mut Doc, id: Id) {
    let Some(index) = doc.plan.appendix_position(id) else {
        return;
    };
    let a = doc.plan.appendices[index].clone();
    let label = appendix_label(index + 1, doc.plan.appendices.len());
    ui.heading(&label);
    ui.label(plain(&doc.plan, &a.title));
    ui.add_space(6.0);
    let salt = |name: &str| format!("pl{}.{name}", id.0);
    egui::Grid::new(salt("form"))
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            form_row(ui, "Khóa", |ui| {
                text(
                    ui,
                    doc,
                    "Khóa phụ lục",
                    salt("key"),
                    Rc::new(move |p| p.appendix_mut(id).map(|a| &mut a.key)),
                    220.0,
                    false,
                )
            });
            ui.label("");
            ui.vertical(|ui| {
                ui.label(format!(
                    "Trong văn bản, ghi {{pl:{}}} để in “{label}”; số phụ lục tự đổi khi thêm hay chuyển phụ lục.",
                    a.key
                ));
                let clash = doc
                    .plan
                    .appendices
                    .iter()
                    .filter(|o| o.key == a.key)
                    .count()
                    > 1;
                if a.key.trim().is_empty() || clash {
                    ui.colored_label(
                        ui.visuals().error_fg_color,
                        "Khóa phải có và không trùng với phụ lục khác.",
                    );
                }
            });
            ui.end_row();
            form_row(ui, "Tiêu đề", |ui| {
                rich(
                    ui,
                    doc,
                    "Tiêu đề phụ lục",
                    salt("title"),
                    Rc::new(move |p| p.appendix_mut(id).map(|a| &mut a.title)),
                    420.0,
                    true,
                )
            });
            form_row(ui, "Hướng trang", |ui| {
                choice(
                    ui,
                    doc,
                    "Hướng trang",
                    salt("orientation"),
                    Rc::new(move |p| p.appendix_mut(id).map(|a| &mut a.orientation)),
                    &[
                        (Orientation::Auto, "Tự động"),
                        (Orientation::Portrait, "Dọc"),
                        (Orientation::Landscape, "Ngang"),
                    ],
                )
                .on_hover_text(
                    "Tự động: in ngang chỉ khi trang dọc không chứa được bảng \
                     (các cột không đủ chỗ, hoặc bảng tốn nhiều trang hơn)",
                )
            });
            form_row(ui, "Dòng đơn vị tính", |ui| unit_line(ui, doc, id, &a));
            ui.label("Chữ ký");
            flag(
                    ui,
                    doc,
                    "Ký riêng phụ lục này",
                    Rc::new(move |p| p.appendix_mut(id).map(|a| &mut a.signed)),
                );
            ui.end_row();
        });
    for bi in 0..a.blocks.len() {
        ui.add_space(8.0);
        ui.separator();
        appendix_table::block(ui, doc, id, bi);
    }
}

/// None prints "ĐVT: Triệu đồng" by itself when a table has money.
fn unit_line(ui: &mut Ui, doc: &mut Doc, id: Id, a: &Appendix) -> egui::Response {
    ui.horizontal(|ui| {
        let mut auto = a.unit_line.is_none();
        if ui
            .checkbox(&mut auto, "Tự động")
            .on_hover_text("In “ĐVT: Triệu đồng” khi bảng có số tiền")
            .changed()
        {
            let new = if auto {
                None
            } else {
                Some("ĐVT: Triệu đồng".to_string())
            };
            doc.edit(Command::set(
                "Sửa dòng đơn vị tính",
                Rc::new(move |p: &mut Plan| p.appendix_mut(id).map(|a| &mut a.unit_line)),
                a.unit_line.clone(),
                new,
            ));
        }
        if a.unit_line.is_some() {
            text(
                ui,
                doc,
                "Dòng đơn vị tính",
                format!("pl{}.unit", id.0),
                Rc::new(move |p| p.appendix_mut(id).and_then(|a| a.unit_line.as_mut())),
                220.0,
                false,
            );
        }
    })
    .response
}

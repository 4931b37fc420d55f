//! Cần xem lại: what a roll-over or an import from Word left for the
//! officer, kept in the plan (`model::to_review`). Items are grouped by what
//! they ask, each group with one action that opens the right place ("Nhập
//! kết quả năm 2024 cho 44 chỉ tiêu" opens the results showing only the rows
//! still missing); every line reads in full and opens its own place. An item leaves the list once its
//! place is edited or it is marked "Đã xem" (undoable).

use crate::model::place::Place;
use crate::model::to_review::{self, ReviewKind, Values};
use crate::model::{Period, Plan};
use crate::ui::doc::Doc;
use crate::ui::history::{Access, Command};
use egui::Ui;
use std::rc::Rc;

/// The items still open, recomputed when the plan changes (reading every
/// value of a large plan is too much for each frame).
#[derive(Default)]
pub struct State {
    revision: Option<u64>,
    open: Vec<Open>,
}

#[derive(Clone, Debug)]
pub struct Open {
    /// Its index in `Plan::to_review`.
    pub index: usize,
    pub place: Place,
    pub kind: ReviewKind,
    pub message: String,
}

impl State {
    /// Brings the list up to date with the plan.
    pub fn refresh(&mut self, doc: &Doc) {
        let revision = doc.revision();
        if self.revision == Some(revision) {
            return;
        }
        self.revision = Some(revision);
        self.open.clear();
        if doc.plan.to_review.iter().all(|it| it.done) {
            return;
        }
        let values = Values::of(&doc.plan);
        self.open = to_review::open(&doc.plan, &values)
            .into_iter()
            .map(|(index, place, it)| Open {
                index,
                place,
                kind: it.kind,
                message: it.message.clone(),
            })
            .collect();
    }

    /// How many items are open.
    pub fn left(&self) -> usize {
        self.open.len()
    }
}

/// What the officer chose in the list.
pub enum Go {
    /// Open this place.
    Place(Place),
    /// Open the targets of a period showing only the rows still missing.
    Missing(Period),
}

/// A group's title and its action's label, from how many items it holds.
fn group_text(kind: ReviewKind, k: usize, plan: &Plan) -> (String, Option<String>) {
    let (y, prev) = (plan.year, plan.year - 1);
    let missing = |period| {
        let s = match period {
            Period::Previous => super::targets::Source::Review,
            Period::Plan => super::targets::Source::Plan,
        };
        let groups = match period {
            Period::Previous => &plan.review.targets,
            Period::Plan => &plan.targets,
        };
        groups
            .iter()
            .flat_map(|g| &g.targets)
            .filter(|t| super::targets::is_missing(t, s))
            .count()
    };
    let (title, action) = match kind {
        ReviewKind::Results => (
            format!("Kết quả thực hiện năm {prev}"),
            format!(
                "Nhập kết quả năm {prev} cho {} chỉ tiêu",
                missing(Period::Previous)
            ),
        ),
        ReviewKind::Baseline => (
            format!("Giá trị năm {prev} của chỉ tiêu"),
            format!(
                "Nhập giá trị năm {prev} cho {} chỉ tiêu",
                missing(Period::Plan)
            ),
        ),
        ReviewKind::Target => (
            format!("Mức phấn đấu năm {y}"),
            format!("Xác định lại mức phấn đấu năm {y} ({k} chỉ tiêu)"),
        ),
        ReviewKind::Write => (
            format!("Phần đánh giá năm {prev}"),
            format!("Viết phần đánh giá năm {prev}"),
        ),
        ReviewKind::Previous => (
            "Kế hoạch năm trước".to_string(),
            "Nhập số, ngày kế hoạch năm trước".to_string(),
        ),
        ReviewKind::Capital => (
            format!("Vốn năm {y} của dự án chuyển tiếp"),
            format!("Nhập vốn năm {y} cho {k} dự án"),
        ),
        ReviewKind::Recurrent => (
            "Kinh phí chi thường xuyên".to_string(),
            format!("Xem lại kinh phí {k} nhiệm vụ chi"),
        ),
        ReviewKind::Deadline => (
            "Thời hạn nhiệm vụ".to_string(),
            format!("Xem lại thời hạn {k} nhiệm vụ"),
        ),
        ReviewKind::Year => (
            "Năm chưa rõ nghĩa".to_string(),
            format!("Xem lại {k} chỗ có năm chưa rõ"),
        ),
        ReviewKind::Agency => (
            "Tên cơ quan cũ còn trong văn bản".to_string(),
            format!("Xem lại {k} chỗ còn tên cũ"),
        ),
        ReviewKind::Import => (
            "Nhập từ Word: chưa nhận ra hoặc phải đoán".to_string(),
            String::new(),
        ),
        ReviewKind::Done => ("Đã tự làm khi tạo kế hoạch".to_string(), String::new()),
    };
    (title, (!action.is_empty()).then_some(action))
}

/// Shows the list; returns where the officer asked to go.
pub fn show(ui: &mut Ui, doc: &mut Doc, state: &mut State) -> Option<Go> {
    state.refresh(doc);
    ui.heading("Cần xem lại");
    if state.open.is_empty() {
        ui.label("Không còn mục nào cần xem lại.");
        return None;
    }
    // A plan read from Word was not made from last year's: say where it came from.
    let imported = state.open.iter().all(|o| o.kind == ReviewKind::Import);
    ui.label(if imported {
        "Kế hoạch được nhập từ tệp Word. Các chỗ dưới đây chưa nhận ra hoặc phải đoán; bấm một \
         dòng để đến chỗ đó, sửa xong thì bấm \"Đã xem\"."
    } else {
        "Kế hoạch được tạo từ kế hoạch năm trước. Mỗi nhóm có một việc cần làm; bấm một dòng để \
         mở đúng chỗ. Một mục tự rời danh sách khi chỗ đó được sửa, hoặc khi bấm \"Đã xem\"."
    });
    ui.add_space(6.0);
    let mut go = None;
    let mut done: Vec<usize> = Vec::new();
    egui::ScrollArea::vertical().show(ui, |ui| {
        for kind in ReviewKind::ALL {
            let items: Vec<&Open> = state.open.iter().filter(|o| o.kind == kind).collect();
            let Some(first) = items.first() else {
                continue;
            };
            let (title, action) = group_text(kind, items.len(), &doc.plan);
            ui.add_space(4.0);
            ui.horizontal_wrapped(|ui| {
                ui.strong(format!("{title} ({})", items.len()));
                if let Some(action) = action
                    && ui.button(action).clicked()
                {
                    go = Some(match (kind, &first.place) {
                        (ReviewKind::Results, _) => Go::Missing(Period::Previous),
                        (ReviewKind::Baseline, _) => Go::Missing(Period::Plan),
                        (_, place) => Go::Place(place.clone()),
                    });
                }
                if ui
                    .button("Đã xem cả nhóm")
                    .on_hover_text("Bỏ mọi mục của nhóm khỏi danh sách (Ctrl+Z để hoàn tác)")
                    .clicked()
                {
                    done.extend(items.iter().map(|o| o.index));
                }
            });
            egui::CollapsingHeader::new(format!("Các mục: {}", title.to_lowercase()))
                .id_salt(("review", kind))
                .default_open(items.len() <= 5)
                .show(ui, |ui| {
                    for o in &items {
                        ui.horizontal(|ui| {
                            if ui
                                .button("Đã xem")
                                .on_hover_text("Bỏ mục này khỏi danh sách")
                                .clicked()
                            {
                                done.push(o.index);
                            }
                            // Wrapped, never cut: the whole sentence reads.
                            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
                            let text = format!("{}: {}", o.place.describe(), o.message);
                            if ui
                                .add(egui::Link::new(text))
                                .on_hover_text("Mở chỗ này")
                                .clicked()
                            {
                                go = Some(Go::Place(o.place.clone()));
                            }
                        });
                    }
                });
        }
    });
    if !done.is_empty() {
        mark_done(doc, &done);
    }
    go
}

/// Marks items done, one undo step.
fn mark_done(doc: &mut Doc, items: &[usize]) {
    let steps = items
        .iter()
        .map(|&i| {
            let at: Access<bool> = Rc::new(move |p| p.to_review.get_mut(i).map(|it| &mut it.done));
            Command::set("Đã xem", at, false, true)
        })
        .collect();
    doc.edit(Command::batch("Đánh dấu đã xem", steps));
}

//! Kinh phí: public-investment projects and recurrent-expense items of the
//! plan year, or those carried out in the year under review. Totals are summed
//! from the rows (`BudgetTotals`) every frame, so they follow the typing.

use super::row_menu::{self, Item};
use super::targets::{Source, agencies};
use crate::model::format::{billions_text, millions};
use crate::model::{Budget, BudgetTotals, Id, Plan, Project, ProjectStatus, RecurrentItem};
use crate::ui::doc::Doc;
use crate::ui::history::{Access, Command};
use crate::ui::widgets::{money, opt_number, text};
use egui::Ui;
use egui_extras::{Column, TableBuilder};
use std::rc::Rc;

/// Which table is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Section {
    #[default]
    Investment,
    Recurrent,
}

#[derive(Default)]
pub struct State {
    pub section: Section,
    pub source: Source,
    /// Scroll to this row on the next frame (after an insert).
    pub scroll_to: Option<Id>,
}

fn budget(p: &mut Plan, s: Source) -> &mut Budget {
    match s {
        Source::Plan => &mut p.budget,
        Source::Review => &mut p.review.budget,
    }
}

fn projects(s: Source) -> Access<Vec<Project>> {
    Rc::new(move |p: &mut Plan| Some(&mut budget(p, s).investment))
}

fn items(s: Source) -> Access<Vec<RecurrentItem>> {
    Rc::new(move |p: &mut Plan| Some(&mut budget(p, s).recurrent))
}

/// One field of the project `id`.
fn project<T: 'static>(s: Source, id: Id, f: fn(&mut Project) -> &mut T) -> Access<T> {
    Rc::new(move |p: &mut Plan| {
        budget(p, s)
            .investment
            .iter_mut()
            .find(|x| x.id == id)
            .map(f)
    })
}

/// One field of the recurrent item `id`.
fn item<T: 'static>(s: Source, id: Id, f: fn(&mut RecurrentItem) -> &mut T) -> Access<T> {
    Rc::new(move |p: &mut Plan| {
        budget(p, s)
            .recurrent
            .iter_mut()
            .find(|x| x.id == id)
            .map(f)
    })
}

fn status_label(st: ProjectStatus) -> &'static str {
    if st.is_unspecified() {
        "Chưa rõ"
    } else {
        st.label()
    }
}

pub fn show(ui: &mut Ui, doc: &mut Doc, state: &mut State) {
    let plan_year = doc.plan.year;
    ui.horizontal(|ui| {
        ui.heading("Kinh phí");
        ui.add_space(16.0);
        ui.selectable_value(
            &mut state.source,
            Source::Plan,
            format!("Kế hoạch năm {plan_year}"),
        );
        ui.selectable_value(
            &mut state.source,
            Source::Review,
            format!("Thực hiện năm {}", plan_year - 1),
        );
    });
    let s = state.source;
    let year = match s {
        Source::Plan => plan_year,
        Source::Review => plan_year - 1,
    };
    ui.horizontal(|ui| {
        ui.selectable_value(
            &mut state.section,
            Section::Investment,
            format!("Đầu tư công năm {year}"),
        );
        ui.selectable_value(
            &mut state.section,
            Section::Recurrent,
            format!("Chi thường xuyên năm {year}"),
        );
    });
    let totals = BudgetTotals::of(budget(&mut doc.plan, s));
    ui.add_space(4.0);
    match state.section {
        Section::Investment => {
            ui.horizontal(|ui| {
                add_button::<Project>(ui, doc, state, projects(s), "+ Thêm dự án");
                ui.label(format!(
                    "Tổng mức đầu tư: {} triệu đồng — Vốn năm {year}: {} triệu đồng",
                    millions(totals.investment_total),
                    millions(totals.investment_capital)
                ));
            });
            year_total(ui, year, &totals);
            investment_table(ui, doc, state, year);
        }
        Section::Recurrent => {
            ui.horizontal(|ui| {
                add_button::<RecurrentItem>(ui, doc, state, items(s), "+ Thêm nhiệm vụ chi");
                ui.label(format!(
                    "Tổng chi thường xuyên: {} triệu đồng",
                    millions(totals.recurrent)
                ));
            });
            year_total(ui, year, &totals);
            recurrent_table(ui, doc, state);
        }
    }
}

fn year_total(ui: &mut Ui, year: i32, totals: &BudgetTotals) {
    ui.label(format!(
        "Tổng kinh phí năm {year} (vốn đầu tư công và chi thường xuyên): {}",
        billions_text(totals.year_total())
    ));
    ui.add_space(4.0);
}

fn add_button<T: Item>(
    ui: &mut Ui,
    doc: &mut Doc,
    state: &mut State,
    list: Access<Vec<T>>,
    label: &str,
) {
    if let Some(id) = row_menu::add_button(ui, doc, list, label, None) {
        state.scroll_to = Some(id);
    }
}

/// A table with the given fixed columns around a wide name column (second).
fn table<'a>(ui: &'a mut Ui, salt: (&str, bool), widths: &[f32]) -> TableBuilder<'a> {
    let mut t = TableBuilder::new(ui)
        .id_salt(salt)
        .striped(true)
        .column(Column::exact(36.0))
        .column(Column::remainder().at_least(200.0).clip(true));
    for w in widths {
        t = t.column(Column::exact(*w));
    }
    t
}

fn header(h: &mut egui_extras::TableRow<'_, '_>, titles: &[&str]) {
    for t in titles {
        h.col(|ui| {
            ui.strong(*t);
        });
    }
}

fn investment_table(ui: &mut Ui, doc: &mut Doc, state: &mut State, year: i32) {
    let s = state.source;
    let rows = budget(&mut doc.plan, s).investment.len();
    let scroll = state.scroll_to.take().and_then(|id| {
        budget(&mut doc.plan, s)
            .investment
            .iter()
            .position(|x| x.id == id)
    });
    let mut t = table(
        ui,
        ("investment", s == Source::Review),
        &[140.0, 100.0, 60.0, 60.0, 100.0, 120.0, 130.0, 34.0],
    );
    if let Some(r) = scroll {
        t = t.scroll_to_row(r, Some(egui::Align::Center));
    }
    let capital = format!("Vốn năm {year}");
    t.header(22.0, |mut h| {
        header(
            &mut h,
            &[
                "STT",
                "Tên dự án",
                "Chủ đầu tư",
                "Tổng mức đầu tư",
                "Từ năm",
                "Đến năm",
                &capital,
                "Tính chất",
                "Ghi chú",
                "",
            ],
        )
    })
    .body(|body| {
        body.rows(26.0, rows, |mut row| {
            let i = row.index();
            let Some(x) = budget(&mut doc.plan, s).investment.get(i).cloned() else {
                return;
            };
            let id = x.id;
            let key = |name: &str| format!("p{}.{name}", id.0);
            row.col(|ui| {
                ui.label((i + 1).to_string());
            });
            row.col(|ui| {
                let w = ui.available_width();
                text(
                    ui,
                    doc,
                    "Tên dự án",
                    key("name"),
                    project(s, id, |x| &mut x.name.0),
                    w,
                    false,
                );
            });
            row.col(|ui| {
                agencies(
                    ui,
                    doc,
                    "Chủ đầu tư",
                    &key("investor"),
                    project(s, id, |x| &mut x.investor),
                );
            });
            row.col(|ui| {
                let w = ui.available_width();
                money(
                    ui,
                    doc,
                    "Tổng mức đầu tư",
                    key("total"),
                    project(s, id, |x| &mut x.total),
                    w,
                );
            });
            row.col(|ui| {
                let w = ui.available_width();
                opt_number(
                    ui,
                    doc,
                    "Từ năm",
                    key("start"),
                    project(s, id, |x| &mut x.start_year),
                    w,
                );
            });
            row.col(|ui| {
                let w = ui.available_width();
                opt_number(
                    ui,
                    doc,
                    "Đến năm",
                    key("end"),
                    project(s, id, |x| &mut x.end_year),
                    w,
                );
            });
            row.col(|ui| {
                let w = ui.available_width();
                money(
                    ui,
                    doc,
                    &capital,
                    key("capital"),
                    project(s, id, |x| &mut x.capital),
                    w,
                );
            });
            row.col(|ui| {
                let mut st = x.status;
                egui::ComboBox::from_id_salt(key("status"))
                    .selected_text(status_label(st))
                    .width(ui.available_width())
                    .show_ui(ui, |ui| {
                        for v in [
                            ProjectStatus::Unspecified,
                            ProjectStatus::Continuing,
                            ProjectStatus::New,
                        ] {
                            ui.selectable_value(&mut st, v, status_label(v));
                        }
                    })
                    .response
                    .accessible_name("Tính chất");
                if st != x.status {
                    doc.edit(Command::set(
                        "Sửa tính chất dự án",
                        project(s, id, |x| &mut x.status),
                        x.status,
                        st,
                    ));
                }
            });
            row.col(|ui| {
                let w = ui.available_width();
                text(
                    ui,
                    doc,
                    "Ghi chú",
                    key("note"),
                    project(s, id, |x| &mut x.note.0),
                    w,
                    false,
                );
            });
            row.col(|ui| {
                if let Some(n) = row_menu::show(
                    ui,
                    doc,
                    projects(s),
                    row_menu::Position {
                        index: i,
                        len: rows,
                    },
                    &x,
                    |_, _| {},
                ) {
                    state.scroll_to = Some(n);
                }
            });
        });
    });
}

fn recurrent_table(ui: &mut Ui, doc: &mut Doc, state: &mut State) {
    let s = state.source;
    let rows = budget(&mut doc.plan, s).recurrent.len();
    let scroll = state.scroll_to.take().and_then(|id| {
        budget(&mut doc.plan, s)
            .recurrent
            .iter()
            .position(|x| x.id == id)
    });
    let mut t = table(
        ui,
        ("recurrent", s == Source::Review),
        &[180.0, 110.0, 140.0, 160.0, 34.0],
    );
    if let Some(r) = scroll {
        t = t.scroll_to_row(r, Some(egui::Align::Center));
    }
    t.header(22.0, |mut h| {
        header(
            &mut h,
            &[
                "STT",
                "Danh mục",
                "Đơn vị thực hiện",
                "Kinh phí",
                "Nguồn kinh phí",
                "Ghi chú",
                "",
            ],
        )
    })
    .body(|body| {
        body.rows(26.0, rows, |mut row| {
            let i = row.index();
            let Some(x) = budget(&mut doc.plan, s).recurrent.get(i).cloned() else {
                return;
            };
            let id = x.id;
            let key = |name: &str| format!("r{}.{name}", id.0);
            row.col(|ui| {
                ui.label((i + 1).to_string());
            });
            row.col(|ui| {
                let w = ui.available_width();
                text(
                    ui,
                    doc,
                    "Danh mục",
                    key("name"),
                    item(s, id, |x| &mut x.name.0),
                    w,
                    false,
                );
            });
            row.col(|ui| {
                agencies(
                    ui,
                    doc,
                    "Đơn vị thực hiện",
                    &key("unit"),
                    item(s, id, |x| &mut x.unit),
                );
            });
            row.col(|ui| {
                let w = ui.available_width();
                money(
                    ui,
                    doc,
                    "Kinh phí",
                    key("amount"),
                    item(s, id, |x| &mut x.amount),
                    w,
                );
            });
            row.col(|ui| {
                let w = ui.available_width();
                text(
                    ui,
                    doc,
                    "Nguồn kinh phí",
                    key("source"),
                    item(s, id, |x| &mut x.source),
                    w,
                    false,
                );
            });
            row.col(|ui| {
                let w = ui.available_width();
                text(
                    ui,
                    doc,
                    "Ghi chú",
                    key("note"),
                    item(s, id, |x| &mut x.note.0),
                    w,
                    false,
                );
            });
            row.col(|ui| {
                if let Some(n) = row_menu::show(
                    ui,
                    doc,
                    items(s),
                    row_menu::Position {
                        index: i,
                        len: rows,
                    },
                    &x,
                    |_, _| {},
                ) {
                    state.scroll_to = Some(n);
                }
            });
        });
    });
}

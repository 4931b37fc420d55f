//! One block of an appendix: the table's kind, period, name form, numbering,
//! column-number row, and which columns print in which order with which
//! titles. Column titles shown are the computed ones (with the plan year).

use super::free_table;
use crate::model::{
    Block, Column, GroupBy, Id, InvestmentColumn, Joiner, NameForm, Period, Plan, RecurrentColumn,
    Rich, RowNumbers, Table, TargetColumn, TaskColumn,
};
use crate::ui::doc::Doc;
use crate::ui::history::{Access, Command};
use crate::ui::widgets::{form_row, rich};
use egui::{Response, Ui};
use std::rc::Rc;

/// A drop-down over a few values of the plan; each pick is one undo step.
pub fn choice<T: Copy + PartialEq + 'static>(
    ui: &mut Ui,
    doc: &mut Doc,
    label: &str,
    key: String,
    access: Access<T>,
    options: &[(T, &str)],
) -> Response {
    let Some(current) = access(&mut doc.plan).copied() else {
        return ui.label("");
    };
    let shown = options
        .iter()
        .find(|(v, _)| *v == current)
        .map_or("", |(_, t)| *t);
    let mut picked = current;
    let r = egui::ComboBox::from_id_salt(&key)
        .selected_text(shown)
        .show_ui(ui, |ui| {
            for (v, t) in options {
                ui.selectable_value(&mut picked, *v, *t);
            }
        });
    if picked != current {
        doc.edit(Command::set(
            format!("Sửa {}", label.to_lowercase()),
            access,
            current,
            picked,
        ));
    }
    r.response.accessible_name(label)
}

/// A check box bound to a flag of the plan.
pub fn flag(ui: &mut Ui, doc: &mut Doc, label: &str, access: Access<bool>) -> Response {
    let Some(current) = access(&mut doc.plan).copied() else {
        return ui.label("");
    };
    let mut on = current;
    let r = ui.checkbox(&mut on, label);
    if on != current {
        doc.edit(Command::set(label.to_string(), access, current, on));
    }
    r
}

/// A grid row without a label: a check box names itself.
fn plain_row(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> Response) {
    ui.label("");
    add(ui);
    ui.end_row();
}

fn table_part<T: 'static>(aid: Id, bi: usize, f: fn(&mut Table) -> Option<&mut T>) -> Access<T> {
    Rc::new(move |p: &mut Plan| p.appendix_table_mut(aid, bi).and_then(f))
}

fn kind_name(t: &Table) -> &'static str {
    match t {
        Table::Targets(x) if x.period == Period::Previous => "Bảng kết quả thực hiện chỉ tiêu",
        Table::Targets(_) => "Bảng chỉ tiêu",
        Table::Tasks(_) => "Bảng phân công nhiệm vụ",
        Table::Investment(_) => "Bảng dự án đầu tư công",
        Table::Recurrent(_) => "Bảng chi thường xuyên",
        Table::LegalBases => "Danh sách căn cứ lập kế hoạch (in từ phần căn cứ của kế hoạch)",
        Table::Free(_) => "Bảng tự do",
    }
}

/// Block `bi` of the appendix `aid`.
pub fn block(ui: &mut Ui, doc: &mut Doc, aid: Id, bi: usize) {
    let Some(b) = doc
        .plan
        .appendix_mut(aid)
        .and_then(|a| a.blocks.get(bi))
        .cloned()
    else {
        return;
    };
    let salt = |name: &str| format!("pl{}.b{bi}.{name}", aid.0);
    let text_of = |f: fn(&mut Block) -> Option<&mut Rich>| -> Access<Rich> {
        Rc::new(move |p: &mut Plan| {
            p.appendix_mut(aid)
                .and_then(|a| a.blocks.get_mut(bi))
                .and_then(f)
        })
    };
    match b {
        Block::Table(t) => table(ui, doc, aid, bi, &t),
        Block::Paragraph(_) | Block::Bullet(_) | Block::SubBullet(_) | Block::Rewrite(_) => {
            ui.strong("Đoạn văn");
            let text = text_of(|b| match b {
                Block::Paragraph(r) | Block::Bullet(r) | Block::SubBullet(r) => Some(r),
                Block::Rewrite(x) => Some(&mut x.text),
                _ => None,
            });
            rich(
                ui,
                doc,
                "Đoạn văn của phụ lục",
                salt("text"),
                text.clone(),
                ui.available_width().min(640.0),
                true,
            );
            if let Block::Rewrite(x) = &b {
                super::rewrite::reference(ui, doc, x, text, salt("ref"));
            }
        }
        Block::Part(_) | Block::Section(_) | Block::Targets(_) => {
            ui.strong("Mục văn bản (in như phần nội dung kế hoạch)");
        }
    }
}

fn table(ui: &mut Ui, doc: &mut Doc, aid: Id, bi: usize, t: &Table) {
    let salt = |name: &str| format!("pl{}.b{bi}.{name}", aid.0);
    let year = doc.plan.year;
    ui.strong(kind_name(t));
    let mut t = t.clone();
    egui::Grid::new(salt("settings"))
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            if t.period_mut().is_some() {
                form_row(ui, "Số liệu", |ui| {
                    choice(
                        ui,
                        doc,
                        "Số liệu của năm",
                        salt("period"),
                        table_part(aid, bi, Table::period_mut),
                        &[
                            (Period::Plan, &format!("Năm kế hoạch ({year})")),
                            (Period::Previous, &format!("Năm trước ({})", year - 1)),
                        ],
                    )
                });
            }
            if t.names_mut().is_some() {
                form_row(ui, "Tên cơ quan", |ui| {
                    choice(
                        ui,
                        doc,
                        "Dạng tên cơ quan",
                        salt("names"),
                        table_part(aid, bi, Table::names_mut),
                        &[
                            (NameForm::Full, "Tên đầy đủ"),
                            (NameForm::Short, "Tên viết tắt"),
                        ],
                    )
                });
            }
            if t.joiner_mut().is_some() {
                form_row(ui, "Ngăn cách các cơ quan trong một ô", |ui| {
                    choice(
                        ui,
                        doc,
                        "Dấu ngăn cách cơ quan",
                        salt("joiner"),
                        table_part(aid, bi, Table::joiner_mut),
                        &[
                            (Joiner::Semicolon, "Dấu chấm phẩy (Sở A; Sở B)"),
                            (Joiner::Comma, "Dấu phẩy (Sở A, Sở B)"),
                        ],
                    )
                });
            }
            if t.numbers_mut().is_some() {
                form_row(ui, "Số thứ tự", |ui| {
                    choice(
                        ui,
                        doc,
                        "Đánh số thứ tự",
                        salt("numbers"),
                        table_part(aid, bi, Table::numbers_mut),
                        &[
                            (RowNumbers::Continuous, "Liên tục"),
                            (RowNumbers::PerGroup, "Theo nhóm"),
                        ],
                    )
                });
            }
            if t.column_numbers_mut().is_some() {
                plain_row(ui, |ui| {
                    flag(
                        ui,
                        doc,
                        "Dòng đánh số cột (1), (2), ...",
                        table_part(aid, bi, Table::column_numbers_mut),
                    )
                });
            }
            if let Some(levels) = t.clone().grouping_mut().map(|g| g.clone()) {
                for level in 0..2 {
                    if level == 1 && levels.is_empty() {
                        break;
                    }
                    let label = format!("Nhóm các dòng, cấp {}", level + 1);
                    form_row(ui, &label, |ui| grouping(ui, doc, aid, bi, level, &levels));
                }
                if !levels.is_empty() {
                    plain_row(ui, |ui| {
                        flag(
                            ui,
                            doc,
                            "In số cộng của từng nhóm",
                            table_part(aid, bi, Table::subtotals_mut),
                        )
                    });
                }
            }
            if t.summary_mut().is_some() {
                plain_row(ui, |ui| {
                    flag(
                        ui,
                        doc,
                        "In số chỉ tiêu vượt, đạt, không đạt dưới bảng",
                        table_part(aid, bi, Table::summary_mut),
                    )
                });
            }
        });
    let period = t.period();
    let cols = salt("cols");
    match &t {
        Table::Targets(_) => columns::<TargetColumn>(ui, doc, &cols, aid, bi, period),
        Table::Tasks(_) => columns::<TaskColumn>(ui, doc, &cols, aid, bi, period),
        Table::Investment(_) => columns::<InvestmentColumn>(ui, doc, &cols, aid, bi, period),
        Table::Recurrent(_) => columns::<RecurrentColumn>(ui, doc, &cols, aid, bi, period),
        Table::Free(_) => free_table::show(ui, doc, aid, bi),
        Table::LegalBases => {}
    }
}

/// What a money table's rows are grouped by at `level` (0: A, B; 1: I,
/// II under them); "Không nhóm" at the first level drops both.
fn grouping(
    ui: &mut Ui,
    doc: &mut Doc,
    aid: Id,
    bi: usize,
    level: usize,
    levels: &[GroupBy],
) -> Response {
    let current = levels.get(level).copied();
    let name = |g: Option<GroupBy>| g.map_or("Không nhóm", GroupBy::label);
    let mut picked = current;
    let r = egui::ComboBox::from_id_salt(("grouping", aid.0, bi, level))
        .selected_text(name(current))
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut picked, None, name(None));
            for g in GroupBy::ALL {
                // The other level's grouping is not offered twice.
                let other = levels.get(1 - level.min(1)).copied();
                if level == 0 || other != Some(g) {
                    ui.selectable_value(&mut picked, Some(g), g.label());
                }
            }
        });
    if picked != current {
        let new: Vec<GroupBy> = match (level, picked) {
            (0, None) => Vec::new(),
            (0, Some(g)) => std::iter::once(g)
                .chain(levels.get(1).copied().filter(|x| *x != g))
                .collect(),
            (_, None) => levels.iter().take(1).copied().collect(),
            (_, Some(g)) => levels.iter().take(1).copied().chain([g]).collect(),
        };
        doc.edit(Command::set(
            "Đổi cách nhóm các dòng",
            table_part(aid, bi, Table::grouping_mut),
            levels.to_vec(),
            new,
        ));
    }
    r.response
        .accessible_name(format!("Nhóm các dòng, cấp {}", level + 1))
}

/// The column list of any data table: one editor for the four kinds.
fn columns<C: Column>(ui: &mut Ui, doc: &mut Doc, salt: &str, aid: Id, bi: usize, period: Period) {
    super::appendix_columns::show(
        ui,
        doc,
        salt,
        period,
        C::ALL,
        super::appendix_columns::ColumnsOf {
            columns: table_part(aid, bi, |t| C::of_mut(t).map(|d| &mut d.columns)),
            titles: table_part(aid, bi, |t| C::of_mut(t).map(|d| &mut d.titles)),
            widths: table_part(aid, bi, |t| C::of_mut(t).map(|d| &mut d.widths)),
        },
    );
}

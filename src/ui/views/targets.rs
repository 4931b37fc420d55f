//! Chỉ tiêu: target groups and targets as one table. Rows are virtualised
//! (only the visible ones are built), and every editor is salted with its
//! row's stable id, so inserting a row never moves text between rows.

use super::row_menu::{self, Position};
use super::wide_table::{Width, wide_table};
use crate::model::numbering::roman;
use crate::model::{Agency, Evaluation, Id, Plan, Rich, Target, TargetGroup};
use crate::ui::doc::Doc;
use crate::ui::history::{Access, At, Command};
use crate::ui::widgets::{rich, text};
use egui::Ui;
use std::rc::Rc;

/// Which targets the table edits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Source {
    /// The plan year's targets.
    #[default]
    Plan,
    /// Last year's targets with their results (the evaluation).
    Review,
}

#[derive(Default)]
pub struct State {
    pub source: Source,
    /// Scroll to this row on the next frame (after an insert or a find).
    pub scroll_to: Option<Id>,
    /// Only the targets still missing a value: the result of the year under
    /// review, or the plan's baseline or level (Cần xem lại opens it so).
    pub missing_only: bool,
}

/// A target's value for each milestone year of the plan ("Năm 2027",
/// "Đến năm 2030"), one cell each.
fn milestone_cells(row: &mut egui_extras::TableRow<'_, '_>, doc: &mut Doc, s: Source, id: Id) {
    let years = doc.plan.milestones.clone();
    for (i, y) in years.into_iter().enumerate() {
        let label = doc.plan.milestone_title(y);
        let find = target(s, id);
        // The values follow the plan's milestones; a missing one is added
        // empty (it prints empty all the same).
        let access: Access<String> = Rc::new(move |p| find(p).map(|t| t.milestones.slot(i)));
        row.col(|ui| {
            text(
                ui,
                doc,
                &label,
                format!("t{}.m{y}", id.0),
                access,
                ui.available_width(),
                false,
            );
        });
    }
}

/// Whether a target still misses what its table asks for.
pub fn is_missing(t: &Target, s: Source) -> bool {
    match s {
        Source::Review => t.result.trim().is_empty(),
        Source::Plan => t.baseline.trim().is_empty() || t.target.trim().is_empty(),
    }
}

/// The filter's label, also its accessible name.
pub const MISSING_ONLY: &str = "Chỉ hiện chỉ tiêu còn thiếu số liệu";

fn groups(p: &mut Plan, s: Source) -> &mut Vec<TargetGroup> {
    match s {
        Source::Plan => &mut p.targets,
        Source::Review => &mut p.review.targets,
    }
}

fn group_list(s: Source) -> Access<Vec<TargetGroup>> {
    Rc::new(move |p| Some(groups(p, s)))
}

fn targets_of(s: Source, gid: Id) -> Access<Vec<Target>> {
    Rc::new(move |p| {
        groups(p, s)
            .iter_mut()
            .find(|g| g.id == gid)
            .map(|g| &mut g.targets)
    })
}

fn target(s: Source, id: Id) -> impl Fn(&mut Plan) -> Option<&mut Target> + Clone {
    move |p| {
        groups(p, s)
            .iter_mut()
            .flat_map(|g| g.targets.iter_mut())
            .find(|t| t.id == id)
    }
}

#[derive(Clone, Copy)]
enum Row {
    Group {
        gi: usize,
    },
    Target {
        gi: usize,
        ti: usize,
        number: usize,
        id: Id,
    },
}

pub fn show(ui: &mut Ui, doc: &mut Doc, state: &mut State) {
    ui.horizontal(|ui| {
        ui.heading("Chỉ tiêu");
        ui.add_space(16.0);
        ui.selectable_value(
            &mut state.source,
            Source::Plan,
            format!("Chỉ tiêu năm {}", doc.plan.year),
        );
        ui.selectable_value(
            &mut state.source,
            Source::Review,
            format!("Kết quả năm {}", doc.plan.year - 1),
        );
    });
    let s = state.source;
    ui.horizontal(|ui| {
        super::paste::button(
            ui,
            super::paste::Into::Targets {
                review: s == Source::Review,
            },
        );
        if ui.button("+ Thêm nhóm chỉ tiêu").clicked() {
            let id = doc.fresh_id();
            let n = groups(&mut doc.plan, s).len();
            let g = TargetGroup {
                id,
                name: Rich::new(format!("NHÓM CHỈ TIÊU {}", n + 1)),
                targets: Vec::new(),
            };
            doc.edit(Command::insert_row(
                "Thêm nhóm chỉ tiêu",
                group_list(s),
                At::End,
                g,
            ));
        }
        let counts = crate::model::EvaluationCounts::of(groups(&mut doc.plan, s));
        ui.label(format!("{} chỉ tiêu", counts.total));
        if s == Source::Review && counts.total > 0 {
            ui.label(format!("— {}", counts.sentence()));
        }
    });
    ui.add_space(4.0);

    ui.checkbox(&mut state.missing_only, MISSING_ONLY);
    let mut rows = Vec::new();
    let mut number = 0;
    for (gi, g) in groups(&mut doc.plan, s).iter().enumerate() {
        let shown = |t: &Target| !state.missing_only || is_missing(t, s);
        if !state.missing_only || g.targets.iter().any(shown) {
            rows.push(Row::Group { gi });
        }
        for (ti, t) in g.targets.iter().enumerate() {
            number += 1;
            if !shown(t) {
                continue;
            }
            rows.push(Row::Target {
                gi,
                ti,
                number,
                id: t.id,
            });
        }
    }
    let scroll_row = state.scroll_to.take().and_then(|id| {
        rows.iter()
            .position(|r| matches!(r, Row::Target { id: t, .. } if *t == id))
    });
    let year = doc.plan.year;
    let review = s == Source::Review;
    let mut cols = vec![
        Width::Exact(36.0),
        Width::Rest(220.0),
        Width::Exact(110.0),
        Width::Exact(110.0),
    ];
    if review {
        cols.push(Width::Exact(100.0));
    }
    // A plan over several years: a column per milestone year.
    let milestones: Vec<String> = if review {
        Vec::new()
    } else {
        let p = &doc.plan;
        p.milestones.iter().map(|&y| p.milestone_title(y)).collect()
    };
    cols.extend(milestones.iter().map(|_| Width::Exact(110.0)));
    cols.extend([
        Width::Exact(150.0),
        Width::Exact(150.0),
        Width::Exact(140.0),
        Width::Exact(34.0),
    ]);
    let (base_title, target_title) = if review {
        (
            format!("Chỉ tiêu năm {}", year - 1),
            "Kết quả thực hiện".to_string(),
        )
    } else {
        (
            format!("Kết quả năm {}", year - 1),
            format!("Phấn đấu năm {year}"),
        )
    };
    wide_table(ui, ("targets", review), &cols, |table| {
        let mut table = table.id_salt(("targets", review)).striped(true);
        if let Some(r) = scroll_row {
            table = table.scroll_to_row(r, Some(egui::Align::Center));
        }
        table
            .header(22.0, |mut h| {
                let mut col = |t: &str| {
                    h.col(|ui| {
                        ui.strong(t);
                    });
                };
                col("STT");
                col("Tên chỉ tiêu");
                col(&base_title);
                col(&target_title);
                if review {
                    col("Đánh giá");
                }
                for m in &milestones {
                    col(m);
                }
                col("Đơn vị chủ trì");
                col("Đơn vị phối hợp");
                col("Ghi chú");
                col("");
            })
            .body(|body| {
                body.rows(26.0, rows.len(), |mut row| {
                    let Some(&r) = rows.get(row.index()) else {
                        return;
                    };
                    match r {
                        Row::Group { gi } => group_row(&mut row, doc, state, s, gi, review),
                        Row::Target { gi, ti, number, .. } => {
                            target_row(&mut row, doc, state, s, gi, ti, number, review)
                        }
                    }
                });
            });
    });
}

fn group_row(
    row: &mut egui_extras::TableRow<'_, '_>,
    doc: &mut Doc,
    state: &mut State,
    s: Source,
    gi: usize,
    review: bool,
) {
    let count = groups(&mut doc.plan, s).len();
    let Some(g) = groups(&mut doc.plan, s).get(gi).cloned() else {
        return;
    };
    let gid = g.id;
    row.col(|ui| {
        ui.strong(roman(gi + 1));
    });
    row.col(|ui| {
        let access: Access<Rich> = Rc::new(move |p| {
            groups(p, s)
                .iter_mut()
                .find(|g| g.id == gid)
                .map(|g| &mut g.name)
        });
        rich(
            ui,
            doc,
            "Tên nhóm chỉ tiêu",
            format!("g{}.name", gid.0),
            access,
            ui.available_width(),
            false,
        );
    });
    let spare = if review {
        6
    } else {
        5 + doc.plan.milestones.len()
    };
    for _ in 0..spare - 1 {
        row.col(|_| {});
    }
    row.col(|ui| {
        let added = row_menu::add_button(
            ui,
            doc,
            targets_of(s, gid),
            "+ Chỉ tiêu",
            Some("Thêm chỉ tiêu vào cuối nhóm"),
        );
        if added.is_some() {
            state.scroll_to = added;
        }
    });
    row.col(|ui| {
        row_menu::group_menu(
            ui,
            doc,
            group_list(s),
            Position {
                index: gi,
                len: count,
            },
            &g,
            "nhóm chỉ tiêu",
            "Xóa nhóm và các chỉ tiêu của nhóm",
        );
    });
}

#[allow(clippy::too_many_arguments)]
fn target_row(
    row: &mut egui_extras::TableRow<'_, '_>,
    doc: &mut Doc,
    state: &mut State,
    s: Source,
    gi: usize,
    ti: usize,
    number: usize,
    review: bool,
) {
    let Some((gid, t, n)) = groups(&mut doc.plan, s)
        .get(gi)
        .and_then(|g| Some((g.id, g.targets.get(ti)?.clone(), g.targets.len())))
    else {
        return;
    };
    let id = t.id;
    let field = |f: fn(&mut Target) -> &mut String| -> Access<String> {
        let find = target(s, id);
        Rc::new(move |p| find(p).map(f))
    };
    let key = |name: &str| format!("t{}.{name}", id.0);
    row.col(|ui| {
        ui.label(number.to_string());
    });
    row.col(|ui| {
        text(
            ui,
            doc,
            "Tên chỉ tiêu",
            key("name"),
            field(|t| &mut t.name.0),
            ui.available_width(),
            false,
        );
    });
    // The plan year shows last year's result and the target; the review
    // shows the target and the result achieved.
    type Field = fn(&mut Target) -> &mut String;
    let columns: [(&str, &str, Field); 2] = if review {
        [
            ("Chỉ tiêu", "target", |t| &mut t.target),
            ("Kết quả thực hiện", "result", |t| &mut t.result),
        ]
    } else {
        [
            ("Kết quả năm trước", "baseline", |t| &mut t.baseline),
            ("Phấn đấu", "target", |t| &mut t.target),
        ]
    };
    for (label, name, f) in columns {
        row.col(|ui| {
            text(
                ui,
                doc,
                label,
                key(name),
                field(f),
                ui.available_width(),
                false,
            );
        });
    }
    if !review {
        milestone_cells(row, doc, s, id);
    }
    if review {
        row.col(|ui| {
            let mut e = t.evaluation;
            egui::ComboBox::from_id_salt(key("evaluation"))
                .selected_text(if e.is_pending() {
                    "Chưa đánh giá"
                } else {
                    e.label()
                })
                .show_ui(ui, |ui| {
                    for v in Evaluation::ALL {
                        ui.selectable_value(
                            &mut e,
                            v,
                            if v.is_pending() {
                                "Chưa đánh giá"
                            } else {
                                v.label()
                            },
                        );
                    }
                })
                .response
                .accessible_name("Đánh giá");
            if e != t.evaluation {
                let find = target(s, id);
                doc.edit(Command::set(
                    "Đánh giá chỉ tiêu",
                    Rc::new(move |p| find(p).map(|t| &mut t.evaluation)),
                    t.evaluation,
                    e,
                ));
            }
        });
    }
    row.col(|ui| {
        let find = target(s, id);
        agencies(
            ui,
            doc,
            "Đơn vị chủ trì",
            &key("lead"),
            Rc::new(move |p| find(p).map(|t| &mut t.lead)),
        );
    });
    row.col(|ui| {
        let find = target(s, id);
        agencies(
            ui,
            doc,
            "Đơn vị phối hợp",
            &key("coord"),
            Rc::new(move |p| find(p).map(|t| &mut t.coordinating)),
        );
    });
    row.col(|ui| {
        text(
            ui,
            doc,
            "Ghi chú",
            key("note"),
            field(|t| &mut t.note.0),
            ui.available_width(),
            false,
        );
    });
    row.col(|ui| {
        let list = targets_of(s, gid);
        let others: Vec<(usize, Id, String)> = groups(&mut doc.plan, s)
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != gi)
            .map(|(i, g)| (i, g.id, g.name.as_str().to_string()))
            .collect();
        let move_to_group = |ui: &mut Ui, doc: &mut Doc| {
            if others.is_empty() {
                return;
            }
            ui.menu_button("Chuyển sang nhóm", |ui| {
                for (i, to, name) in others {
                    if ui.button(format!("{}. {}", roman(i + 1), name)).clicked() {
                        doc.edit(row_menu::move_between(
                            "Chuyển chỉ tiêu sang nhóm khác",
                            list.clone(),
                            targets_of(s, to),
                            At::End,
                            &t,
                        ));
                    }
                }
            });
        };
        let at = Position { index: ti, len: n };
        if let Some(created) = row_menu::show(ui, doc, targets_of(s, gid), at, &t, move_to_group) {
            state.scroll_to = Some(created);
        }
    });
    super::note_focus(doc, &row.response(), id);
}

/// An agency list cell: shows the chosen agencies; its menu filters the
/// directory as you type, toggles agencies, and adds a new one.
pub fn agencies(ui: &mut Ui, doc: &mut Doc, label: &str, key: &str, access: Access<Vec<String>>) {
    let current = access(&mut doc.plan).cloned().unwrap_or_default();
    let shown = if current.is_empty() {
        "— chọn —".to_string()
    } else {
        crate::model::agency::join_names(
            &doc.plan.agencies,
            &current,
            crate::model::NameForm::Short,
        )
    };
    let search_id = ui.make_persistent_id((key, "search"));
    let resp = ui.menu_button(shown, |ui| {
        ui.set_min_width(280.0);
        let mut q: String = ui.data(|d| d.get_temp(search_id)).unwrap_or_default();
        let r = ui
            .add(
                egui::TextEdit::singleline(&mut q)
                    .hint_text("Tìm cơ quan")
                    .desired_width(260.0),
            )
            .accessible_name("Tìm cơ quan");
        if r.changed() {
            ui.data_mut(|d| d.insert_temp(search_id, q.clone()));
        }
        if r.ctx.memory(|m| m.focused().is_none()) {
            r.request_focus();
        }
        let matches: Vec<Agency> = doc
            .plan
            .agencies
            .iter()
            .filter(|a| crate::model::agency::matches(a, &q))
            .take(30)
            .cloned()
            .collect();
        egui::ScrollArea::vertical()
            .max_height(240.0)
            .show(ui, |ui| {
                for a in &matches {
                    let mut on = current.contains(&a.key);
                    if ui.checkbox(&mut on, &a.name).changed() {
                        let mut new = current.clone();
                        if on {
                            new.push(a.key.clone());
                        } else {
                            new.retain(|k| k != &a.key);
                        }
                        doc.edit(Command::set(
                            format!("Chọn {}", label.to_lowercase()),
                            access.clone(),
                            current.clone(),
                            new,
                        ));
                    }
                }
            });
        let typed = crate::ui::widgets::nfc(q.trim());
        if !typed.is_empty()
            && !doc.plan.agencies.iter().any(|a| a.name == typed)
            && ui.button(format!("+ Thêm cơ quan mới: {typed}")).clicked()
        {
            let key = crate::model::agency::key_for(&typed, &doc.plan.agencies);
            let agency = Agency {
                key: key.clone(),
                name: typed.clone(),
                short: String::new(),
            };
            let dir: Access<Vec<Agency>> = Rc::new(|p| Some(&mut p.agencies));
            let n = doc.plan.agencies.len();
            let mut new = current.clone();
            new.push(key);
            doc.edit(Command::batch(
                "Thêm cơ quan mới",
                vec![
                    Command::insert("", dir, n, agency),
                    Command::set("", access.clone(), current.clone(), new),
                ],
            ));
            ui.data_mut(|d| d.remove::<String>(search_id));
        }
    });
    resp.response.on_hover_text(label);
}

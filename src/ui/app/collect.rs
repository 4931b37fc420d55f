//! Tệp → Thu thập số liệu: forms for the departments chosen, written into
//! one folder; the forms they return (the workbooks of that folder) read
//! back into a list of changes, conflicts and refusals, applied as one
//! undoable step.

use super::App;
use crate::model::Plan;
use crate::xlsx::merge::{self, Form, Merge};
use egui::{Context, RichText, ScrollArea};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The window's state while it is open.
#[derive(Default)]
pub struct Collect {
    /// Where forms are written and returned ones are looked for.
    pub folder: String,
    /// The agencies (keys) to write a form for.
    pub chosen: BTreeSet<String>,
    /// The workbooks of the folder, ticked to merge.
    pub returned: Vec<(PathBuf, bool)>,
    /// The last merge read, to review before applying.
    pub merge: Option<Merge>,
    /// The agencies that lead rows (key, name, rows), counted when the
    /// window opens and on Làm mới: counting walks the whole plan.
    leaders: Vec<(String, String, usize)>,
    /// What the last action did, in words.
    pub message: Option<String>,
}

impl Collect {
    pub fn new(plan: &Plan, plan_path: Option<&Path>) -> Collect {
        let folder = plan_path
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .or_else(dirs_home)
            .unwrap_or_default();
        let mut c = Collect {
            folder: folder.display().to_string(),
            leaders: leaders(plan),
            ..Default::default()
        };
        c.look();
        c
    }

    /// Lists the folder's workbooks, keeping the ticks of those already listed.
    pub fn look(&mut self) {
        let mut found: Vec<PathBuf> = std::fs::read_dir(self.folder.trim())
            .map(|d| {
                d.filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| {
                        p.extension()
                            .and_then(|e| e.to_str())
                            .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
                    })
                    .collect()
            })
            .unwrap_or_default();
        found.sort();
        self.returned = found
            .into_iter()
            .map(|p| {
                let ticked = self.returned.iter().any(|(q, t)| *q == p && *t);
                (p, ticked)
            })
            .collect();
    }
}

fn dirs_home() -> Option<PathBuf> {
    std::env::var_os("HOME").map(PathBuf::from)
}

/// The agencies that lead a row a form would ask about, with how many:
/// those with the most rows first, as the departments an officer writes to
/// first.
fn leaders(plan: &Plan) -> Vec<(String, String, usize)> {
    use crate::xlsx::form_rows::{Kind, rows};
    let mut out: Vec<(String, String, usize)> = plan
        .agencies
        .iter()
        .filter_map(|a| {
            let n: usize = Kind::ALL.iter().map(|k| rows(plan, *k, &a.key).len()).sum();
            (n > 0).then(|| (a.key.clone(), a.name.clone(), n))
        })
        .collect();
    out.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.1.cmp(&b.1)));
    out
}

impl App {
    pub(super) fn open_collect(&mut self) {
        let Some(doc) = self.doc.as_mut() else { return };
        doc.flush();
        self.collect = Some(Collect::new(&doc.plan, doc.path.as_deref()));
    }

    pub(super) fn collect_window(&mut self, ctx: &Context) {
        let (Some(c), Some(doc)) = (self.collect.as_mut(), self.doc.as_ref()) else {
            return;
        };
        let plan = &doc.plan;
        let mut open = true;
        let mut write = false;
        let mut read = false;
        let mut apply = false;
        egui::Window::new("Thu thập số liệu")
            .open(&mut open)
            .default_width(640.0)
            .show(ctx, |ui| {
                ui.horizontal(|ui| {
                    let label = ui.label("Thư mục biểu mẫu");
                    let r = ui
                        .add(
                            egui::TextEdit::singleline(&mut c.folder)
                                .desired_width(420.0)
                                .id_salt("collect-folder"),
                        )
                        .labelled_by(label.id);
                    if r.lost_focus() || ui.button("Làm mới").clicked() {
                        c.look();
                        c.leaders = leaders(plan);
                    }
                });
                ui.separator();
                ui.label(RichText::new("1. Tạo biểu mẫu cho các cơ quan").strong());
                let leaders = c.leaders.clone();
                if leaders.is_empty() {
                    ui.label("Chưa có cơ quan nào chủ trì chỉ tiêu, nhiệm vụ hay dự án.");
                }
                ScrollArea::vertical()
                    .id_salt("collect-agencies")
                    .max_height(180.0)
                    .show(ui, |ui| {
                        for (key, name, n) in &leaders {
                            let mut on = c.chosen.contains(key);
                            if ui.checkbox(&mut on, format!("{name} ({n} dòng)")).changed() {
                                if on {
                                    c.chosen.insert(key.clone());
                                } else {
                                    c.chosen.remove(key);
                                }
                            }
                        }
                    });
                ui.horizontal(|ui| {
                    let label = format!("Tạo {} biểu mẫu", c.chosen.len());
                    write = ui
                        .add_enabled(!c.chosen.is_empty(), egui::Button::new(label))
                        .clicked();
                    if ui.button("Chọn tất cả").clicked() {
                        c.chosen = leaders.iter().map(|l| l.0.clone()).collect();
                    }
                    if ui.button("Bỏ chọn").clicked() {
                        c.chosen.clear();
                    }
                });
                ui.separator();
                ui.label(RichText::new("2. Gộp các biểu mẫu đã điền").strong());
                if c.returned.is_empty() {
                    ui.label("Thư mục chưa có tệp Excel (.xlsx) nào.");
                }
                for (path, on) in &mut c.returned {
                    let name = path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    ui.checkbox(on, name);
                }
                let ticked = c.returned.iter().filter(|(_, t)| *t).count();
                read = ui
                    .add_enabled(ticked > 0, egui::Button::new("Xem các thay đổi"))
                    .clicked();
                if let Some(m) = &c.merge {
                    ui.add_space(4.0);
                    ScrollArea::vertical()
                        .id_salt("collect-report")
                        .max_height(220.0)
                        .show(ui, |ui| {
                            for line in m.report(plan).lines() {
                                ui.label(line);
                            }
                        });
                    let n = m.changes.len();
                    apply = ui
                        .add_enabled(n > 0, egui::Button::new(format!("Áp dụng {n} thay đổi")))
                        .clicked();
                    if !m.is_clean() && n > 0 {
                        ui.label(
                            "Các xung đột và chỗ không nhận ở trên không được áp dụng; \
                             chỉ các thay đổi được liệt kê.",
                        );
                    }
                }
                if let Some(msg) = &c.message {
                    ui.separator();
                    ui.label(msg);
                }
            });
        if write {
            c.message = Some(write_forms(plan, c));
            c.look();
        }
        if read {
            c.merge = Some(read_forms(plan, c));
            c.message = None;
        }
        if apply && let Some(m) = c.merge.take() {
            let mut merged = plan.clone();
            merge::apply(&mut merged, &m.changes);
            let n = m.changes.len();
            let old = plan.clone();
            if let Some(doc) = self.doc.as_mut() {
                doc.edit(crate::ui::history::Command::replace(
                    "Gộp số liệu từ biểu mẫu",
                    old,
                    merged,
                ));
            }
            if let Some(c) = self.collect.as_mut() {
                c.message = Some(format!("Đã áp dụng {n} thay đổi (Hoàn tác: Ctrl+Z)."));
            }
        }
        if !open {
            self.collect = None;
        }
    }
}

/// Writes a form per chosen agency as "<key>.xlsx" in the folder; says
/// what was written and what failed.
fn write_forms(plan: &Plan, c: &Collect) -> String {
    let folder = PathBuf::from(c.folder.trim());
    if !folder.is_dir() {
        return format!("Không có thư mục {}.", folder.display());
    }
    let mut done = Vec::new();
    let mut failed = Vec::new();
    for key in &c.chosen {
        let path = folder.join(format!("{key}.xlsx"));
        let written = crate::xlsx::agency_form(plan, key)
            .map_err(|e| e.to_string())
            .and_then(|w| {
                crate::io::save::write_atomic(&path, &w.bytes).map_err(|e| e.to_string())
            });
        match written {
            Ok(()) => done.push(path.display().to_string()),
            Err(e) => failed.push(format!("{key}: {e}")),
        }
    }
    let mut out = format!("Đã tạo {} biểu mẫu trong {}.", done.len(), folder.display());
    if !failed.is_empty() {
        out.push_str(&format!(" Không tạo được: {}", failed.join("; ")));
    }
    out
}

/// Reads the ticked workbooks against the plan.
fn read_forms(plan: &Plan, c: &Collect) -> Merge {
    let mut forms = Vec::new();
    let mut unreadable = Vec::new();
    for (path, on) in &c.returned {
        if !on {
            continue;
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match std::fs::read(path) {
            Ok(bytes) => forms.push(Form { name, bytes }),
            Err(e) => unreadable.push(merge::Refusal {
                form: name,
                reason: format!("không đọc được tệp ({}).", crate::io::error::io_reason(&e)),
            }),
        }
    }
    let mut m = merge::read(plan, &forms);
    m.refused.extend(unreadable);
    m
}

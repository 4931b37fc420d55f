//! "Dán từ Excel…": rows copied in a spreadsheet pasted into a table of the
//! editor. The officer pastes them into a box; the window shows them under
//! the table's columns (a row-number column recognised and left out),
//! says what it cannot read (an agency not in the directory, a figure that
//! is not a number), and adds them as one undoable step.

use crate::model::paste::{self, Kind};
use crate::model::{FreeRow, Id, Plan, Rich};
use crate::ui::doc::Doc;
use crate::ui::history::Command;
use egui::{Context, Ui};

/// The table rows go into.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Into {
    /// The plan's targets, or last year's (`review`).
    Targets {
        review: bool,
    },
    Tasks,
    Projects {
        review: bool,
    },
    Recurrent {
        review: bool,
    },
    /// A free table: its appendix and block.
    Free {
        appendix: Id,
        block: usize,
    },
}

/// The window's state while it is open.
pub struct Paste {
    pub into: Into,
    pub text: String,
    /// The group rows go into (targets, tasks).
    pub group: usize,
    /// A workbook to import a sheet from: its path as typed, its sheets
    /// once read, the sheet chosen, how many rows to skip (its titles).
    pub file: String,
    pub sheets: Vec<crate::xlsx::read::Sheet>,
    pub sheet: Option<usize>,
    pub skip: usize,
    /// For each of the table's columns, the pasted column it takes (None:
    /// left empty); None for all: in order.
    pub mapping: Option<Vec<Option<usize>>>,
    pub message: Option<String>,
    /// The rows the inputs make and what cannot be read, kept until an
    /// input changes: making them copies the plan, too much for each frame.
    preview: Option<(u64, usize, Vec<String>)>,
}

fn request_id() -> egui::Id {
    egui::Id::unique("kehoach-paste-request")
}

/// A button a table shows beside its "+ Thêm …": opens the window.
pub fn button(ui: &mut Ui, into: Into) {
    if ui
        .button("Dán từ Excel…")
        .on_hover_text("Dán các dòng đã sao chép trong Excel vào bảng này")
        .clicked()
    {
        ui.ctx()
            .data_mut(|d| d.insert_temp(request_id(), Some(into)));
    }
}

/// The window a button asked for this frame, if any.
pub fn take_request(ctx: &Context) -> Option<Into> {
    ctx.data_mut(|d| d.remove_temp::<Option<Into>>(request_id()))
        .flatten()
}

impl Paste {
    pub fn new(into: Into) -> Paste {
        Paste {
            into,
            text: String::new(),
            group: 0,
            file: String::new(),
            sheets: Vec::new(),
            sheet: None,
            skip: 1,
            mapping: None,
            message: None,
            preview: None,
        }
    }

    /// What the preview depends on.
    fn inputs(&self, version: u64) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (
            &self.text,
            self.sheet,
            self.skip,
            &self.mapping,
            self.group,
            version,
        )
            .hash(&mut h);
        h.finish()
    }

    /// The rows as read: the sheet chosen (its first rows skipped) or the
    /// pasted text.
    fn source(&self) -> Vec<Vec<String>> {
        match self.sheet.and_then(|i| self.sheets.get(i)) {
            Some((_, rows)) => rows.iter().skip(self.skip).cloned().collect(),
            None => paste::cells(&self.text),
        }
    }

    /// The rows as the table's columns take them.
    fn cells(&self, columns: usize) -> Vec<Vec<String>> {
        let rows = self.source();
        match &self.mapping {
            None => rows,
            Some(map) => rows
                .iter()
                .map(|r| {
                    (0..columns)
                        .map(|k| {
                            map.get(k)
                                .copied()
                                .flatten()
                                .and_then(|i| r.get(i).cloned())
                                .unwrap_or_default()
                        })
                        .collect()
                })
                .collect(),
        }
    }

    fn read_file(&mut self) {
        let path = std::path::PathBuf::from(self.file.trim());
        let read = std::fs::read(&path)
            .map_err(|e| {
                format!(
                    "Không đọc được {}: {}",
                    path.display(),
                    crate::io::error::io_reason(&e)
                )
            })
            .and_then(|bytes| crate::xlsx::read::sheets(&bytes).map_err(|e| e.to_string()));
        match read {
            Ok(sheets) => {
                self.message = Some(format!("Tệp có {} trang tính.", sheets.len()));
                self.sheet = (!sheets.is_empty()).then_some(0);
                self.sheets = sheets;
                self.mapping = None;
            }
            Err(e) => self.message = Some(e),
        }
    }

    fn kind(&self, plan: &mut Plan) -> Kind {
        match self.into {
            Into::Targets { .. } => Kind::Targets,
            Into::Tasks => Kind::Tasks,
            Into::Projects { .. } => Kind::Projects,
            Into::Recurrent { .. } => Kind::Recurrent,
            Into::Free { appendix, block } => Kind::Free(
                plan.appendix_free_table_mut(appendix, block)
                    .map_or(1, |t| t.columns.len().max(1)),
            ),
        }
    }

    /// The groups rows may go into, by name.
    fn groups(&self, plan: &Plan) -> Vec<String> {
        match self.into {
            Into::Targets { review } => {
                let g = if review {
                    &plan.review.targets
                } else {
                    &plan.targets
                };
                g.iter().map(|g| g.name.as_str().to_string()).collect()
            }
            Into::Tasks => plan
                .tasks
                .iter()
                .map(|g| g.name.as_str().to_string())
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The plan with the pasted rows added (ids from `ids`), the number of
    /// rows, and what could not be read.
    fn build(&self, plan: &Plan, ids: &mut dyn FnMut() -> Id) -> (Plan, usize, Vec<String>) {
        let mut p = plan.clone();
        let width = self.kind(&mut p).columns().len();
        let cells = self.cells(width);
        let agencies = plan.agencies.clone();
        let g = self.group;
        let (n, problems) = match self.into {
            Into::Targets { review } => {
                let made = paste::targets(&agencies, &cells, ids);
                let groups = if review {
                    &mut p.review.targets
                } else {
                    &mut p.targets
                };
                let n = made.rows.len();
                if let Some(group) = groups.get_mut(g) {
                    group.targets.extend(made.rows);
                }
                (n, made.problems)
            }
            Into::Tasks => {
                let made = paste::tasks(&agencies, &cells, ids);
                let n = made.rows.len();
                if let Some(group) = p.tasks.get_mut(g) {
                    group.tasks.extend(made.rows);
                }
                (n, made.problems)
            }
            Into::Projects { review } => {
                let made = paste::projects(&agencies, &cells, ids);
                let n = made.rows.len();
                let b = if review {
                    &mut p.review.budget
                } else {
                    &mut p.budget
                };
                b.investment.extend(made.rows);
                (n, made.problems)
            }
            Into::Recurrent { review } => {
                let made = paste::recurrent(&agencies, &cells, ids);
                let n = made.rows.len();
                let b = if review {
                    &mut p.review.budget
                } else {
                    &mut p.budget
                };
                b.recurrent.extend(made.rows);
                (n, made.problems)
            }
            Into::Free { appendix, block } => {
                let skip = usize::from(paste::numbered(&cells));
                let mut n = 0;
                let mut problems = Vec::new();
                if let Some(t) = p.appendix_free_table_mut(appendix, block) {
                    let width = t.columns.len();
                    for (i, row) in cells.iter().enumerate() {
                        let row: Vec<&String> = row.iter().skip(skip).collect();
                        if row.iter().all(|c| c.trim().is_empty()) {
                            continue;
                        }
                        if row.len() > width {
                            problems.push(format!(
                                "Dòng {}: {} ô, bảng có {width} cột; các ô thừa bị bỏ.",
                                i + 1,
                                row.len()
                            ));
                        }
                        t.rows.push(FreeRow {
                            id: ids(),
                            cells: (0..width)
                                .map(|k| Rich::new(row.get(k).map_or("", |s| s.as_str())))
                                .collect(),
                            ..Default::default()
                        });
                        n += 1;
                    }
                }
                (n, problems)
            }
        };
        (p, n, problems)
    }
}

/// Draws the window; adds the rows when asked. Returns false once closed.
pub fn window(ctx: &Context, doc: &mut Doc, paste: &mut Paste) -> bool {
    let mut open = true;
    let mut add = false;
    let mut cancel = false;
    let kind = paste.kind(&mut doc.plan);
    let groups = paste.groups(&doc.plan);
    let key = paste.inputs(doc.revision());
    if paste.preview.as_ref().is_none_or(|p| p.0 != key) {
        let (_, n, problems) = paste.build(&doc.plan, &mut || Id(0));
        paste.preview = Some((key, n, problems));
    }
    let (count, problems) = paste
        .preview
        .as_ref()
        .map(|p| (p.1, p.2.clone()))
        .unwrap_or_default();
    egui::Window::new("Dán từ Excel")
        .open(&mut open)
        .default_width(720.0)
        .show(ctx, |ui| {
            ui.label(
                "Chọn các dòng trong Excel, sao chép (Ctrl+C), rồi dán vào ô dưới đây (Ctrl+V). \
                 Các ô được lấy theo thứ tự cột của bảng.",
            );
            let label = ui.label("Các dòng dán từ Excel");
            ui.add(
                egui::TextEdit::multiline(&mut paste.text)
                    .desired_rows(5)
                    .desired_width(f32::INFINITY)
                    .id_salt("paste-text"),
            )
            .labelled_by(label.id);
            if !groups.is_empty() {
                ui.horizontal(|ui| {
                    let label = ui.label("Vào nhóm");
                    let shown = groups.get(paste.group).cloned().unwrap_or_default();
                    egui::ComboBox::from_id_salt("paste-group")
                        .selected_text(shown)
                        .show_ui(ui, |ui| {
                            for (i, g) in groups.iter().enumerate() {
                                ui.selectable_value(&mut paste.group, i, g);
                            }
                        })
                        .response
                        .labelled_by(label.id);
                });
            }
            ui.horizontal(|ui| {
                let label = ui.label("Hoặc đọc một trang của tệp Excel");
                ui.add(
                    egui::TextEdit::singleline(&mut paste.file)
                        .hint_text("/đường/dẫn/tệp.xlsx")
                        .desired_width(320.0)
                        .id_salt("paste-file"),
                )
                .labelled_by(label.id);
                if ui.button("Đọc tệp").clicked() {
                    paste.read_file();
                }
            });
            if !paste.sheets.is_empty() {
                ui.horizontal(|ui| {
                    let label = ui.label("Trang tính");
                    let shown = paste
                        .sheet
                        .and_then(|i| paste.sheets.get(i))
                        .map(|s| s.0.clone())
                        .unwrap_or_default();
                    egui::ComboBox::from_id_salt("paste-sheet")
                        .selected_text(shown)
                        .show_ui(ui, |ui| {
                            for (i, (name, _)) in paste.sheets.iter().enumerate() {
                                ui.selectable_value(&mut paste.sheet, Some(i), name);
                            }
                        })
                        .response
                        .labelled_by(label.id);
                    let label = ui.label("Bỏ qua các dòng đầu");
                    ui.add(egui::DragValue::new(&mut paste.skip).range(0..=50))
                        .labelled_by(label.id);
                });
            }
            if let Some(m) = &paste.message {
                ui.label(m);
            }
            let source = paste.source();
            let columns = kind.columns();
            // Which pasted column each of the table's columns takes.
            let width = source.iter().map(Vec::len).max().unwrap_or(0);
            let start = usize::from(paste.mapping.is_none() && paste::numbered(&source));
            if start == 1 {
                ui.label("Cột đầu là số thứ tự: kehoach tự đánh số nên bỏ qua cột này.");
            }
            if width > 0 {
                let heads: Vec<String> = (0..width)
                    .map(|i| {
                        let first = source
                            .first()
                            .and_then(|r| r.get(i))
                            .cloned()
                            .unwrap_or_default();
                        let first: String = first.chars().take(24).collect();
                        format!("Cột {} ({first})", crate::xlsx::column_letters(i))
                    })
                    .collect();
                let mut map: Vec<Option<usize>> = paste.mapping.clone().unwrap_or_else(|| {
                    (0..columns.len())
                        .map(|k| (start + k < width).then_some(start + k))
                        .collect()
                });
                let mut changed = false;
                egui::Grid::new("paste-mapping").show(ui, |ui| {
                    for (k, title) in columns.iter().enumerate() {
                        let label = ui.label(format!("{title} lấy từ"));
                        let shown = map
                            .get(k)
                            .copied()
                            .flatten()
                            .and_then(|i| heads.get(i).cloned())
                            .unwrap_or_else(|| "(để trống)".into());
                        egui::ComboBox::from_id_salt(("paste-map", k))
                            .selected_text(shown)
                            .show_ui(ui, |ui| {
                                if let Some(slot) = map.get_mut(k) {
                                    changed |=
                                        ui.selectable_value(slot, None, "(để trống)").changed();
                                    for (i, h) in heads.iter().enumerate() {
                                        changed |= ui.selectable_value(slot, Some(i), h).changed();
                                    }
                                }
                            })
                            .response
                            .labelled_by(label.id);
                        ui.end_row();
                    }
                });
                if changed {
                    paste.mapping = Some(map);
                }
            }
            let cells = paste.cells(columns.len());
            let skip = usize::from(paste.mapping.is_none() && paste::numbered(&cells));
            egui::ScrollArea::both()
                .id_salt("paste-preview")
                .max_height(220.0)
                .show(ui, |ui| {
                    egui::Grid::new("paste-grid").striped(true).show(ui, |ui| {
                        for c in &columns {
                            ui.strong(c);
                        }
                        ui.end_row();
                        for row in cells.iter().take(8) {
                            for k in 0..columns.len() {
                                ui.label(row.get(skip + k).map_or("", |s| s.as_str()));
                            }
                            ui.end_row();
                        }
                    });
                    if cells.len() > 8 {
                        ui.label(format!("… và {} dòng nữa", cells.len() - 8));
                    }
                });
            for p in &problems {
                ui.colored_label(ui.visuals().warn_fg_color, p);
            }
            ui.horizontal(|ui| {
                let n = count;
                add = ui
                    .add_enabled(n > 0, egui::Button::new(format!("Thêm {n} dòng")))
                    .clicked();
                cancel = ui.button("Hủy").clicked();
            });
        });
    if add {
        let old = doc.plan.clone();
        let mut ids = Vec::new();
        for _ in 0..count {
            ids.push(doc.fresh_id());
        }
        let mut fresh = ids.into_iter();
        let (new, n, _) = paste.build(&old, &mut || fresh.next().unwrap_or(Id(0)));
        doc.edit(Command::replace(format!("Dán {n} dòng từ Excel"), old, new));
        return false;
    }
    open && !cancel
}

//! kehoach's own file dialog, for desktops with no dialog service (Linux
//! without xdg-desktop-portal or zenity), where the native dialog silently
//! does nothing. A folder field, the folder's subfolders and matching files,
//! a file name, and the action; every failure is a message in the dialog.

use super::files::Purpose;
use egui::{Key, Ui};
use std::path::{Path, PathBuf};

pub struct FileDialog {
    pub purpose: Purpose,
    dir: PathBuf,
    /// The folder as typed in its field.
    dir_text: String,
    name: String,
    entries: Vec<Entry>,
    error: Option<String>,
    /// Why the dialog is kehoach's own, shown once at its top.
    pub reason: Option<String>,
}

struct Entry {
    name: String,
    is_dir: bool,
}

/// What the dialog answered this frame.
#[derive(Debug, PartialEq)]
pub enum Answer {
    Chosen(PathBuf),
    Cancelled,
}

impl Purpose {
    /// The extension of the files it shows and writes.
    pub fn extension(self) -> &'static str {
        match self {
            Purpose::ExportPdf | Purpose::ExportAppendices | Purpose::ExportDocument(_) => "pdf",
            Purpose::ExportXlsx | Purpose::ExportTasks => "xlsx",
            Purpose::ExportDocx | Purpose::ImportDocx => "docx",
            _ => "ron",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Purpose::Open => "Mở kế hoạch",
            Purpose::ImportDocx => "Nhập từ Word",
            Purpose::SaveAs => "Lưu kế hoạch",
            Purpose::SaveTemplate => "Lưu thành mẫu",
            Purpose::ExportPdf | Purpose::ExportAppendices | Purpose::ExportDocument(_) => {
                "Xuất PDF"
            }
            Purpose::ExportXlsx => "Xuất bảng phụ lục ra Excel",
            Purpose::ExportDocx => "Xuất Word",
            Purpose::ExportTasks => "Xuất danh sách nhiệm vụ ra Excel",
        }
    }

    pub fn saves(self) -> bool {
        !matches!(self, Purpose::Open | Purpose::ImportDocx)
    }
}

impl FileDialog {
    /// Opens in the folder of `suggested` (else the home folder), with its
    /// file name proposed when saving.
    pub fn new(purpose: Purpose, suggested: Option<&Path>, default_name: &str) -> FileDialog {
        let dir = suggested
            .and_then(Path::parent)
            .filter(|d| d.is_dir())
            .map(Path::to_path_buf)
            .or_else(|| directories::UserDirs::new().map(|u| u.home_dir().to_path_buf()))
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_else(|| PathBuf::from("/"));
        let name = if purpose.saves() {
            default_name.to_string()
        } else {
            String::new()
        };
        let mut d = FileDialog {
            purpose,
            dir_text: dir.display().to_string(),
            dir,
            name,
            entries: Vec::new(),
            error: None,
            reason: None,
        };
        d.read_dir();
        d
    }

    /// Goes to `dir`, or says why it cannot.
    fn enter(&mut self, dir: PathBuf) {
        if dir.is_dir() {
            self.dir = dir;
            self.dir_text = self.dir.display().to_string();
            self.read_dir();
        } else {
            self.error = Some(format!("Không có thư mục {}", dir.display()));
        }
    }

    fn read_dir(&mut self) {
        self.entries.clear();
        self.error = None;
        let ext = self.purpose.extension();
        match std::fs::read_dir(&self.dir) {
            Ok(rd) => {
                for e in rd.flatten() {
                    let name = e.file_name().to_string_lossy().into_owned();
                    if name.starts_with('.') {
                        continue;
                    }
                    // Follows links, as a user expects of a folder or file they see.
                    let is_dir = e.path().is_dir();
                    let wanted = Path::new(&name)
                        .extension()
                        .is_some_and(|x| x.eq_ignore_ascii_case(ext));
                    if is_dir || wanted {
                        self.entries.push(Entry { name, is_dir });
                    }
                }
                self.entries.sort_by(|a, b| {
                    (!a.is_dir, a.name.to_lowercase()).cmp(&(!b.is_dir, b.name.to_lowercase()))
                });
            }
            Err(e) => {
                self.error = Some(format!(
                    "Không đọc được thư mục {}: {}",
                    self.dir.display(),
                    crate::io::error::io_reason(&e)
                ))
            }
        }
    }

    /// The chosen path, or a message saying what is wrong with the choice.
    fn choice(&self) -> Result<PathBuf, String> {
        let name = self.name.trim();
        if name.is_empty() {
            return Err(if self.purpose.saves() {
                "Hãy gõ tên tệp".into()
            } else {
                "Hãy chọn một tệp".into()
            });
        }
        let mut path = self.dir.join(name);
        if path.is_dir() {
            return Err(format!("{} là một thư mục", path.display()));
        }
        let ext = self.purpose.extension();
        if self.purpose.saves()
            && !path
                .extension()
                .is_some_and(|x| x.eq_ignore_ascii_case(ext))
        {
            path.set_extension(ext);
        }
        if path.is_dir() {
            return Err(format!("{} là một thư mục", path.display()));
        }
        if !self.purpose.saves() && !path.is_file() {
            return Err(format!("Không có tệp {}", path.display()));
        }
        Ok(path)
    }

    /// Draws the dialog; Some once the user chose or cancelled.
    pub fn show(&mut self, ctx: &egui::Context) -> Option<Answer> {
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("kehoach-file-dialog")).show(ctx, |ui| {
            ui.set_width(560.0);
            ui.heading(self.purpose.title());
            if let Some(r) = &self.reason {
                ui.label(egui::RichText::new(r).weak());
            }
            ui.horizontal(|ui| {
                ui.label("Thư mục");
                let r = ui
                    .add(egui::TextEdit::singleline(&mut self.dir_text).desired_width(360.0))
                    .accessible_name("Thư mục");
                if r.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
                    self.enter(PathBuf::from(self.dir_text.trim()));
                }
                if ui
                    .button("Lên")
                    .on_hover_text("Thư mục chứa thư mục này")
                    .clicked()
                    && let Some(p) = self.dir.parent()
                {
                    self.enter(p.to_path_buf());
                }
                if ui.button("Thư mục nhà").clicked()
                    && let Some(u) = directories::UserDirs::new()
                {
                    self.enter(u.home_dir().to_path_buf());
                }
            });
            self.listing(ui, &mut answer);
            ui.horizontal(|ui| {
                ui.label("Tên tệp");
                let r = ui
                    .add(egui::TextEdit::singleline(&mut self.name).desired_width(360.0))
                    .accessible_name("Tên tệp");
                if r.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
                    answer = self.confirm();
                }
            });
            if let Some(e) = &self.error {
                ui.colored_label(ui.visuals().error_fg_color, e);
            }
            ui.horizontal(|ui| {
                let ok = if self.purpose.saves() {
                    "Lưu tệp"
                } else {
                    "Mở tệp"
                };
                if ui.button(ok).clicked() {
                    answer = self.confirm();
                }
                if ui.button("Hủy").clicked() || ui.input(|i| i.key_pressed(Key::Escape)) {
                    answer = Some(Answer::Cancelled);
                }
            });
        });
        answer
    }

    fn listing(&mut self, ui: &mut Ui, answer: &mut Option<Answer>) {
        let mut enter = None;
        let mut confirm = false;
        let mut picked = None;
        egui::ScrollArea::vertical()
            .max_height(280.0)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                if self.entries.is_empty() && self.error.is_none() {
                    ui.label(format!(
                        "Thư mục này không có thư mục con hay tệp .{}",
                        self.purpose.extension()
                    ));
                }
                for e in &self.entries {
                    let label = if e.is_dir {
                        format!("{}/", e.name)
                    } else {
                        e.name.clone()
                    };
                    let r = ui.selectable_label(!e.is_dir && self.name == e.name, label);
                    if e.is_dir && r.clicked() {
                        enter = Some(self.dir.join(&e.name));
                    } else if r.clicked() || r.double_clicked() {
                        picked = Some(e.name.clone());
                        confirm = r.double_clicked();
                    }
                }
            });
        if let Some(name) = picked {
            self.name = name;
            if confirm {
                *answer = self.confirm();
            }
        }
        if let Some(d) = enter {
            self.enter(d);
        }
    }

    fn confirm(&mut self) -> Option<Answer> {
        match self.choice() {
            Ok(p) => Some(Answer::Chosen(p)),
            Err(e) => {
                self.error = Some(e);
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_folders_then_matching_files_and_adds_the_extension() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("Năm 2026")).unwrap();
        std::fs::write(dir.path().join("b.ron"), "").unwrap();
        std::fs::write(dir.path().join("a.pdf"), "").unwrap();
        let mut d = FileDialog::new(Purpose::SaveAs, Some(&dir.path().join("x.ron")), "ke-hoach");
        let names: Vec<_> = d.entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Năm 2026", "b.ron"]);
        assert_eq!(d.choice(), Ok(dir.path().join("ke-hoach.ron")));
        d.name = "Năm 2026".into();
        assert!(d.choice().unwrap_err().contains("là một thư mục"));
        let mut o = FileDialog::new(Purpose::Open, Some(&dir.path().join("x.ron")), "");
        assert_eq!(o.choice(), Err("Hãy chọn một tệp".into()));
        o.name = "khong-co.ron".into();
        assert!(o.choice().unwrap_err().starts_with("Không có tệp"));
        o.enter(dir.path().join("khong-co"));
        assert!(o.error.as_deref().unwrap().starts_with("Không có thư mục"));
    }
}

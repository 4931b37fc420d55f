//! The status bar: file, saved state, summary, problems and characters the
//! document font cannot print, and the last notice.

use super::App;
use crate::fonts::FontSet;
use crate::model::Summary;
use egui::Ui;

impl App {
    /// (errors, warnings) of the plan, recomputed after an edit once typing pauses.
    fn problem_counts(&mut self, ctx: &egui::Context) -> (usize, usize) {
        const PAUSE: f64 = 0.4;
        let Some(d) = &self.doc else { return (0, 0) };
        let v = d.history.version() ^ (d.plan.year as u64) << 48;
        let now = ctx.input(|i| i.time);
        if self.changed_at.0 != v {
            self.changed_at = (v, now);
        }
        let first = self.problems.0 == u64::MAX;
        if self.problems.0 != v && !first && now - self.changed_at.1 < PAUSE {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(PAUSE));
        } else if self.problems.0 != v {
            let p = crate::validate::validate(&d.plan);
            let errors = p
                .iter()
                .filter(|x| x.severity == crate::validate::Severity::Error)
                .count();
            self.problems = (v, errors, p.len() - errors);
            self.problem_list = p;
            if self.fonts.is_none() {
                self.fonts = FontSet::bundled().ok();
            }
            self.unprintable = match &self.fonts {
                Some(f) => crate::validate::font_coverage(&d.plan, f),
                None => Vec::new(),
            };
        }
        (self.problems.1, self.problems.2)
    }

    pub(super) fn status(&mut self, ui: &mut Ui) {
        let problems = self.problem_counts(&ui.ctx().clone());
        let doc = self
            .doc
            .as_ref()
            .map(|d| (d.name(), d.is_dirty(), Summary::of(&d.plan)));
        ui.horizontal(|ui| match doc {
            Some((name, dirty, s)) => {
                ui.label(name);
                ui.separator();
                ui.label(if dirty { "Chưa lưu" } else { "Đã lưu" });
                ui.separator();
                ui.label(format!("Năm {}", s.year));
                ui.label(format!("{} chỉ tiêu", s.targets));
                ui.label(format!("{} nhiệm vụ", s.tasks));
                ui.label(format!(
                    "Kinh phí {} triệu đồng",
                    crate::model::format::millions(s.budget.year_total())
                ));
                ui.separator();
                if problems.0 + problems.1 == 0 {
                    ui.label("Không có vấn đề");
                } else {
                    // The counts open the list of problems, each a link to its place.
                    let text = match problems {
                        (0, w) => format!("{w} cảnh báo"),
                        (e, 0) => format!("{e} lỗi"),
                        (e, w) => format!("{e} lỗi, {w} cảnh báo"),
                    };
                    let color = if problems.0 > 0 {
                        ui.visuals().error_fg_color
                    } else {
                        ui.visuals().warn_fg_color
                    };
                    let link = ui
                        .link(egui::RichText::new(text).color(color))
                        .on_hover_text("Xem danh sách vấn đề (F8)");
                    if link.clicked() {
                        self.queue(super::commands::UiCommand::Problems);
                    }
                }
                if !self.unprintable.is_empty() {
                    let n = self.unprintable.len();
                    let list = self
                        .unprintable
                        .iter()
                        .take(20)
                        .cloned()
                        .collect::<Vec<_>>()
                        .join("\n");
                    ui.colored_label(
                        ui.visuals().warn_fg_color,
                        format!("{n} ký tự không in được"),
                    )
                    .on_hover_text(format!(
                        "Phông chữ của văn bản không có các ký tự này; chúng sẽ in sai:\n{list}"
                    ));
                }
                if let Some(n) = &self.notice {
                    ui.separator();
                    ui.label(n);
                }
            }
            None => {
                ui.label("Chưa mở kế hoạch nào");
                if let Some(n) = &self.notice {
                    ui.separator();
                    ui.label(n);
                }
            }
        });
    }
}

//! The status bar: file, saved state, summary, problems and characters the
//! document font cannot print, and the last notice.

use super::App;
use crate::fonts::FontSet;
use crate::model::{Plan, Summary};
use crate::validate::Problem;
use egui::Ui;
use std::sync::Arc;

/// Plans of up to this many rows are checked in the frame; larger ones on
/// a thread (5.000 targets take some 50 ms).
const CHECK_AT_ONCE: usize = 2000;

/// The problems of a plan and the characters its font cannot print.
pub(super) type Checked = (Vec<Problem>, Vec<String>);

/// The plan's table rows: what its check's time grows with.
fn rows(plan: &Plan) -> usize {
    fn tasks(list: &[crate::model::Task]) -> usize {
        list.iter().map(|t| 1 + tasks(&t.subtasks)).sum()
    }
    let targets = |groups: &[crate::model::TargetGroup]| -> usize {
        groups.iter().map(|g| g.targets.len()).sum()
    };
    let budget = |b: &crate::model::Budget| b.investment.len() + b.recurrent.len();
    targets(&plan.targets)
        + targets(&plan.review.targets)
        + plan.tasks.iter().map(|g| tasks(&g.tasks)).sum::<usize>()
        + budget(&plan.budget)
        + budget(&plan.review.budget)
}

fn check(plan: &Plan, fonts: Option<&FontSet>) -> Checked {
    let problems = crate::validate::validate(plan);
    let unprintable = fonts.map_or_else(Vec::new, |f| crate::validate::font_coverage(plan, f));
    (problems, unprintable)
}

impl App {
    /// (errors, warnings) of the plan, recomputed after an edit once typing pauses.
    fn problem_counts(&mut self, ctx: &egui::Context) -> (usize, usize) {
        const PAUSE: f64 = 0.4;
        self.take_check();
        let Some(d) = self.doc.as_mut() else {
            return (0, 0);
        };
        let v = d.revision();
        let now = ctx.input(|i| i.time);
        if self.changed_at.0 != v {
            self.changed_at = (v, now);
        }
        let first = self.problems.0 == u64::MAX;
        if self.problems.0 != v && !first && now - self.changed_at.1 < PAUSE {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(PAUSE));
        } else if self.problems.0 != v && self.checking.is_none() {
            if self.fonts.is_none() {
                self.fonts = FontSet::bundled().ok().map(Arc::new);
            }
            let fonts = self.fonts.clone();
            // A small plan is checked at once (a millisecond or two); a large
            // one on a thread, so the frame after a pause in typing does not
            // wait tens of milliseconds for it.
            if rows(&d.plan) <= CHECK_AT_ONCE {
                let checked = check(&d.plan, fonts.as_deref());
                self.set_problems(v, checked);
            } else {
                let plan = d.snapshot();
                let (tx, rx) = std::sync::mpsc::channel();
                let wake = ctx.clone();
                let spawned = crate::ui::background::spawn("kehoach-check", move || {
                    let _ = tx.send(check(&plan, fonts.as_deref()));
                    wake.request_repaint();
                });
                match spawned {
                    Ok(_) => self.checking = Some((v, rx)),
                    Err(_) => {
                        let checked = check(&d.plan, self.fonts.as_deref());
                        self.set_problems(v, checked);
                    }
                }
            }
        }
        (self.problems.1, self.problems.2)
    }

    /// Takes a check the thread finished (a newer edit asks for another).
    fn take_check(&mut self) {
        let Some((v, rx)) = &self.checking else {
            return;
        };
        match rx.try_recv() {
            Ok(checked) => {
                let v = *v;
                self.checking = None;
                self.set_problems(v, checked);
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => {}
            Err(std::sync::mpsc::TryRecvError::Disconnected) => self.checking = None,
        }
    }

    fn set_problems(&mut self, v: u64, (problems, unprintable): Checked) {
        let errors = problems
            .iter()
            .filter(|x| x.severity == crate::validate::Severity::Error)
            .count();
        self.problems = (v, errors, problems.len() - errors);
        self.problem_list = problems;
        self.unprintable = unprintable;
    }

    pub(super) fn status(&mut self, ui: &mut Ui) {
        let problems = self.problem_counts(&ui.ctx().clone());
        let doc = self.doc.as_ref().map(|d| {
            let period = crate::model::format::sentence_case(&d.plan.period_label());
            (d.name(), d.is_dirty(), Summary::of(&d.plan), period)
        });
        ui.horizontal(|ui| match doc {
            Some((name, dirty, s, period)) => {
                ui.label(name);
                ui.separator();
                ui.label(if dirty { "Chưa lưu" } else { "Đã lưu" });
                ui.separator();
                ui.label(period);
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

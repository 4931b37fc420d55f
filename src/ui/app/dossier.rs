//! Hồ sơ: the documents filed with the plan. Issue the plan by a decision
//! or propose it with a submission in one step (made from the plan by
//! `model::dossier`), remove them, export the document being viewed. Each
//! is one undoable edit.

use super::App;
use super::commands::Place;
use super::nav::View;
use crate::model::dossier::{decision_for, proposal, submission_for};
use crate::model::{Decision, DocKind, Plan, Rich, Submission};
use crate::ui::files::Purpose;
use crate::ui::history::{Access, Command};
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Filing {
    AddDecision,
    AddSubmission,
    RemoveDecision,
    RemoveSubmission,
    /// The document being viewed alone (the plan: with its appendices).
    ExportShown,
}

impl Filing {
    pub const ALL: [Filing; 5] = [
        Filing::AddDecision,
        Filing::AddSubmission,
        Filing::ExportShown,
        Filing::RemoveDecision,
        Filing::RemoveSubmission,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Filing::AddDecision => "Ban hành bằng quyết định",
            Filing::AddSubmission => "Thêm tờ trình",
            Filing::RemoveDecision => "Bỏ quyết định",
            Filing::RemoveSubmission => "Bỏ tờ trình",
            Filing::ExportShown => "Xuất PDF văn bản đang xem…",
        }
    }

    pub fn place(self) -> Place {
        let group = match self {
            Filing::AddDecision | Filing::AddSubmission => 0,
            Filing::ExportShown => 1,
            Filing::RemoveDecision | Filing::RemoveSubmission => 2,
        };
        Place {
            menu: super::commands::Menu::Dossier,
            group,
        }
    }

    pub fn enabled(self, app: &App) -> bool {
        let Some(doc) = app.doc.as_ref() else {
            return false;
        };
        let p = &doc.plan;
        match self {
            Filing::AddDecision => p.decision.is_none(),
            Filing::AddSubmission => p.submission.is_none(),
            Filing::RemoveDecision => p.decision.is_some(),
            Filing::RemoveSubmission => p.submission.is_some(),
            Filing::ExportShown => p.documents().len() > 1,
        }
    }
}

fn decision() -> Access<Option<Decision>> {
    Rc::new(|p: &mut Plan| Some(&mut p.decision))
}

fn submission() -> Access<Option<Submission>> {
    Rc::new(|p: &mut Plan| Some(&mut p.submission))
}

fn preamble() -> Access<Vec<Rich>> {
    Rc::new(|p: &mut Plan| Some(&mut p.preamble))
}

impl App {
    pub(super) fn file(&mut self, f: Filing) {
        if f == Filing::ExportShown {
            let kind = match self.view {
                View::Decision => DocKind::Decision,
                View::Submission => DocKind::Submission,
                _ => DocKind::Plan,
            };
            if self.doc.is_some() {
                self.start_export(Purpose::ExportDocument(kind));
            }
            return;
        }
        let Some(doc) = self.doc.as_mut() else { return };
        doc.flush();
        let plan = &doc.plan;
        let (edit, view) = match f {
            Filing::AddDecision if plan.decision.is_none() => {
                let mut d = decision_for(plan);
                for a in &mut d.articles {
                    a.id = doc.fresh_id();
                }
                let plan = &doc.plan;
                // The bases move to the decision: an attached plan does not repeat them.
                let moved = Command::set("", preamble(), plan.preamble.clone(), Vec::new());
                let add = Command::set("", decision(), None, Some(d));
                (
                    Command::batch("Ban hành bằng quyết định", vec![add, moved]),
                    View::Decision,
                )
            }
            Filing::AddSubmission if plan.submission.is_none() => {
                let mut s = submission_for(plan);
                for it in &mut s.body {
                    it.id = doc.fresh_id();
                }
                let plan = &doc.plan;
                let mut steps = Vec::new();
                // The decision's proposal now cites this submission.
                if let Some(d) = &plan.decision
                    && let Some(last) = d.bases.last()
                    && last.as_str().starts_with("Theo đề nghị")
                    && !last.as_str().contains("{tt:số}")
                {
                    let i = d.bases.len() - 1;
                    let at: Access<Rich> = Rc::new(move |p| p.decision.as_mut()?.bases.get_mut(i));
                    steps.push(Command::set("", at, last.clone(), proposal(&s)));
                }
                steps.insert(0, Command::set("", submission(), None, Some(s)));
                (Command::batch("Thêm tờ trình", steps), View::Submission)
            }
            Filing::RemoveDecision if plan.decision.is_some() => (
                Command::set("Bỏ quyết định", decision(), plan.decision.clone(), None),
                View::General,
            ),
            Filing::RemoveSubmission if plan.submission.is_some() => (
                Command::set("Bỏ tờ trình", submission(), plan.submission.clone(), None),
                View::General,
            ),
            _ => return,
        };
        doc.edit(edit);
        self.view = view;
        self.notice = Some(match f {
            Filing::AddDecision => "Đã tạo quyết định ban hành kế hoạch; kế hoạch in kèm theo \
                                    quyết định. Hoàn tác (Ctrl+Z) để bỏ."
                .into(),
            Filing::AddSubmission => {
                "Đã tạo tờ trình; số liệu trích từ kế hoạch tự cập nhật.".into()
            }
            _ => "Đã bỏ khỏi hồ sơ. Hoàn tác (Ctrl+Z) để lấy lại.".into(),
        });
    }
}

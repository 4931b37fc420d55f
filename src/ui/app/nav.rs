//! The views: the parts of the plan the navigation panel offers, each with
//! its name and the editor it draws. This file is the one place to add a
//! view: a variant of `View` and its entry in `VIEWS` (and, if the view keeps
//! state between frames, that state's field in `App`, reset in `reset_views`).

use super::{App, UiCommand};
use crate::ui::views;
use egui::{KeyboardShortcut, Ui};

/// The parts of the plan the navigation panel offers, in its order (the
/// order of `VIEWS`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum View {
    General,
    Legal,
    Body,
    Targets,
    Tasks,
    Budget,
    Appendices,
    Agencies,
    Closing,
    /// What a roll-over left to look at (only while there is something).
    Review,
    /// The documents filed with the plan (only when the dossier has them).
    Submission,
    Decision,
}

/// Everything the window knows about one view.
pub struct ViewDef {
    pub view: View,
    /// Its name in the navigation panel; also the label of its "go to"
    /// command (`UiCommand::ShowView`).
    pub label: &'static str,
    /// A key that shows it, if any (checked against every other command's).
    pub shortcut: Option<KeyboardShortcut>,
    pub listed: Listed,
    /// Draws its editor in the central panel (called only with a plan open).
    pub show: fn(&mut App, &mut Ui),
}

/// When the navigation panel lists a view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Listed {
    Always,
    /// Below the others, with the number of items left, while a roll-over's
    /// review is open.
    WhileReviewing,
    /// Above the plan's views, under "Hồ sơ", when the dossier has the
    /// document.
    Filed(crate::model::DocKind),
}

/// Every view, in the navigation panel's order and in `View`'s order.
pub const VIEWS: [ViewDef; 12] = [
    ViewDef {
        view: View::General,
        label: "Thông tin chung",
        shortcut: None,
        listed: Listed::Always,
        show: |app, ui| {
            if let Some(doc) = app.doc.as_mut() {
                views::general::show(ui, doc);
            }
        },
    },
    ViewDef {
        view: View::Legal,
        label: "Căn cứ",
        shortcut: None,
        listed: Listed::Always,
        show: |app, ui| {
            if let Some(doc) = app.doc.as_mut() {
                views::legal::show(ui, doc);
            }
        },
    },
    ViewDef {
        view: View::Body,
        label: "Nội dung",
        shortcut: None,
        listed: Listed::Always,
        show: |app, ui| {
            if let Some(doc) = app.doc.as_mut() {
                views::body::show(ui, doc, &mut app.body);
            }
        },
    },
    ViewDef {
        view: View::Targets,
        label: "Chỉ tiêu",
        shortcut: None,
        listed: Listed::Always,
        show: |app, ui| {
            if let Some(doc) = app.doc.as_mut() {
                views::targets::show(ui, doc, &mut app.targets);
            }
        },
    },
    ViewDef {
        view: View::Tasks,
        label: "Nhiệm vụ",
        shortcut: None,
        listed: Listed::Always,
        show: |app, ui| {
            if let Some(doc) = app.doc.as_mut() {
                views::tasks::show(ui, doc, &mut app.tasks);
            }
        },
    },
    ViewDef {
        view: View::Budget,
        label: "Kinh phí",
        shortcut: None,
        listed: Listed::Always,
        show: |app, ui| {
            if let Some(doc) = app.doc.as_mut() {
                views::budget::show(ui, doc, &mut app.budget);
            }
        },
    },
    ViewDef {
        view: View::Appendices,
        label: "Phụ lục",
        shortcut: None,
        listed: Listed::Always,
        show: |app, ui| {
            if let Some(doc) = app.doc.as_mut() {
                views::appendices::show(ui, doc, &mut app.appendices);
            }
        },
    },
    ViewDef {
        view: View::Agencies,
        label: "Danh mục cơ quan",
        shortcut: None,
        listed: Listed::Always,
        show: |app, ui| {
            if let Some(doc) = app.doc.as_mut() {
                views::agencies::show(ui, doc, &mut app.agencies);
            }
        },
    },
    ViewDef {
        view: View::Closing,
        label: "Nơi nhận và chữ ký",
        shortcut: None,
        listed: Listed::Always,
        show: |app, ui| {
            if let Some(doc) = app.doc.as_mut() {
                views::closing::show(ui, doc);
            }
        },
    },
    ViewDef {
        view: View::Review,
        label: "Cần xem lại",
        shortcut: None,
        listed: Listed::WhileReviewing,
        show: |app, ui| {
            let Some(doc) = app.doc.as_mut() else { return };
            match views::review::show(ui, doc, &mut app.review) {
                Some(views::review::Go::Place(place)) => app.go_to(&place),
                Some(views::review::Go::Missing(period)) => app.go_to_missing(period),
                None => {}
            }
        },
    },
    ViewDef {
        view: View::Submission,
        label: "Tờ trình",
        shortcut: None,
        listed: Listed::Filed(crate::model::DocKind::Submission),
        show: |app, ui| {
            if let Some(doc) = app.doc.as_mut() {
                views::submission::show(ui, doc);
            }
        },
    },
    ViewDef {
        view: View::Decision,
        label: "Quyết định",
        shortcut: None,
        listed: Listed::Filed(crate::model::DocKind::Decision),
        show: |app, ui| {
            if let Some(doc) = app.doc.as_mut() {
                views::decision::show(ui, doc);
            }
        },
    },
];

impl View {
    /// The view's entry in `VIEWS`.
    pub fn def(self) -> &'static ViewDef {
        // `VIEWS` is in `View`'s order (checked by a test below).
        &VIEWS[self as usize]
    }

    pub fn label(self) -> &'static str {
        self.def().label
    }
}

impl App {
    pub(super) fn nav(&mut self, ui: &mut Ui) {
        ui.add_space(6.0);
        let documents = self
            .doc
            .as_ref()
            .map(|d| d.plan.documents())
            .unwrap_or_default();
        if documents.len() > 1 {
            // A dossier: its documents first, in print order, then the plan's parts.
            ui.label(egui::RichText::new("Văn bản của hồ sơ").weak());
            for kind in &documents {
                let Some(def) = VIEWS.iter().find(|d| d.listed == Listed::Filed(*kind)) else {
                    continue;
                };
                if ui
                    .selectable_label(self.view == def.view, def.label)
                    .clicked()
                {
                    self.queue(UiCommand::ShowView(def.view));
                }
            }
            ui.separator();
            ui.label(egui::RichText::new("Kế hoạch").weak());
        }
        for def in VIEWS.iter().filter(|d| d.listed == Listed::Always) {
            if ui
                .selectable_label(self.view == def.view, def.label)
                .clicked()
            {
                self.queue(UiCommand::ShowView(def.view));
            }
        }
        if let Some(doc) = &self.doc {
            self.review.refresh(doc);
        }
        let left = self.review.left();
        if left > 0 || self.view == View::Review {
            ui.separator();
            for def in VIEWS.iter().filter(|d| d.listed == Listed::WhileReviewing) {
                if ui
                    .selectable_label(self.view == def.view, format!("{} ({left})", def.label))
                    .clicked()
                {
                    self.queue(UiCommand::ShowView(def.view));
                }
            }
        }
    }

    pub(super) fn editor(&mut self, ui: &mut Ui) {
        ui.push_id(self.doc_serial, |ui| (self.view.def().show)(self, ui));
    }

    /// A new document starts every view afresh: no selection, scroll target
    /// or filter of the last document's.
    pub(super) fn reset_views(&mut self) {
        self.targets = Default::default();
        self.tasks = Default::default();
        self.budget = Default::default();
        self.appendices = Default::default();
        self.agencies = Default::default();
        self.body = Default::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn views_are_listed_in_their_enum_order_with_distinct_labels() {
        for (i, def) in VIEWS.iter().enumerate() {
            assert_eq!(def.view as usize, i, "{}", def.label);
            assert_eq!(def.view.def().view, def.view);
        }
        let mut labels: Vec<_> = VIEWS.iter().map(|d| d.label).collect();
        labels.sort();
        labels.dedup();
        assert_eq!(labels.len(), VIEWS.len());
    }
}

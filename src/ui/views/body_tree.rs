//! The outline of the body: parts and sections as a tree of collapsing
//! headers, each with the label the PDF prints ("Phần I", "I.", "1.1.", "a)").

use super::body::{State, new_part, new_section};
use crate::model::{Block, Id, Plan};
use crate::ui::doc::Doc;
use crate::ui::history::Command;
use egui::Ui;
use std::collections::HashMap;
use std::rc::Rc;

/// "I. TÌNH HÌNH ..." as the tree shows a part or section.
pub fn caption(b: &Block, labels: &HashMap<Id, String>) -> String {
    let (id, title) = match b {
        Block::Part(p) => (p.id, p.title.as_str()),
        Block::Section(s) => (s.id, s.title.as_str()),
        _ => return String::new(),
    };
    let label = labels.get(&id).map(String::as_str).unwrap_or("");
    let title = title.trim();
    let title: String = if title.is_empty() {
        "(chưa có tiêu đề)".into()
    } else if title.chars().count() > 60 {
        let mut t: String = title.chars().take(60).collect();
        t.push('…');
        t
    } else {
        title.into()
    };
    match (label.is_empty(), b) {
        (true, _) => title,
        (false, Block::Part(_)) => format!("{label} — {title}"),
        (false, _) => format!("{label} {title}"),
    }
}

pub fn show(ui: &mut Ui, doc: &mut Doc, state: &mut State, labels: &HashMap<Id, String>) {
    ui.horizontal(|ui| {
        if ui
            .button("+ Phần")
            .on_hover_text("Thêm phần mới vào cuối văn bản")
            .clicked()
        {
            let id = doc.fresh_id();
            let n = doc.plan.body.len();
            doc.edit(Command::insert(
                "Thêm phần",
                Rc::new(|p: &mut Plan| Some(&mut p.body)),
                n,
                new_part(id),
            ));
            state.selected = Some(id);
        }
        if ui
            .button("+ Mục")
            .on_hover_text("Thêm mục ở cấp cao nhất, cuối văn bản")
            .clicked()
        {
            let id = doc.fresh_id();
            let n = doc.plan.body.len();
            doc.edit(Command::insert(
                "Thêm mục",
                Rc::new(|p: &mut Plan| Some(&mut p.body)),
                n,
                new_section(id),
            ));
            state.selected = Some(id);
        }
    });
    ui.separator();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if ui
                .selectable_label(state.selected.is_none(), "Đầu văn bản (ngoài các phần)")
                .clicked()
            {
                state.selected = None;
            }
            nodes(ui, &doc.plan.body, labels, state);
        });
}

fn nodes(ui: &mut Ui, blocks: &[Block], labels: &HashMap<Id, String>, state: &mut State) {
    for b in blocks {
        let Some(id) = b.id() else { continue };
        let text = caption(b, labels);
        let selected = state.selected == Some(id);
        let has_children = b.children().iter().any(|c| c.id().is_some());
        if has_children {
            let key = ui.make_persistent_id(("body.node", id.0));
            egui::collapsing_header::CollapsingState::load_with_default_open(ui.ctx(), key, true)
                .show_header(ui, |ui| {
                    if ui.selectable_label(selected, &text).clicked() {
                        state.selected = Some(id);
                    }
                })
                .body(|ui| nodes(ui, b.children(), labels, state));
        } else {
            ui.horizontal(|ui| {
                // Aligns leaves with the headers' text, past their toggle.
                ui.add_space(ui.spacing().indent);
                if ui.selectable_label(selected, &text).clicked() {
                    state.selected = Some(id);
                }
            });
        }
    }
}

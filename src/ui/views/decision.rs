//! Quyết định: the decision issuing the plan. Its header, the authority
//! deciding, the bases, the articles ("Điều 1." numbered by position, each
//! with its clauses and points), recipients and signature.

use super::closing::{COMMITTEE, form};
use super::header_form::{FiledPage, filed_page};
use super::items::{self, ItemsOf};
use super::row_menu::{self, Position};
use crate::model::{Article, Decision, DocKind, Id, Level, Plan, Rich};
use crate::ui::doc::Doc;
use crate::ui::history::Access;
use crate::ui::widgets::{form_row, rich, text};
use egui::Ui;
use std::rc::Rc;

/// The kinds of item an article holds.
const LEVELS: [Level; 4] = [Level::Clause, Level::Point, Level::Paragraph, Level::Bullet];

fn decision(p: &mut Plan) -> Option<&mut Decision> {
    p.decision.as_mut()
}

fn articles() -> Access<Vec<Article>> {
    Rc::new(|p: &mut Plan| Some(&mut decision(p)?.articles))
}

const PAGE: FiledPage = FiledPage {
    kind: DocKind::Decision,
    heading: "Quyết định ban hành kế hoạch",
    missing: "Hồ sơ này chưa có quyết định. Chọn Hồ sơ → Ban hành bằng quyết định.",
    key: "decision.meta",
    meta: |p| Some(&mut decision(p)?.meta),
    rows: |ui, doc| {
        form_row(
            ui,
            "Thẩm quyền ban hành (dòng in trên các căn cứ)",
            |ui| {
                text(
                    ui,
                    doc,
                    "Thẩm quyền ban hành",
                    "decision.competence".into(),
                    Rc::new(|p| Some(&mut decision(p)?.competence)),
                    420.0,
                    false,
                )
            },
        );
    },
};

pub fn show(ui: &mut Ui, doc: &mut Doc) {
    filed_page(ui, doc, &PAGE, |ui, doc| {
        ui.add_space(12.0);
        ui.strong("Căn cứ");
        ui.label(
            "Mỗi dòng một căn cứ; dòng cuối \"Theo đề nghị của ...\". Dấu \";\" và dấu \".\" \
                 cuối dòng được thêm khi in. Khi hồ sơ có tờ trình (Hồ sơ → Thêm tờ trình), dòng \
                 cuối trích số, ngày của tờ trình một cách tự động.",
        );
        super::legal::rich_list(
            ui,
            doc,
            "decision.basis",
            Rc::new(|p| Some(&mut decision(p)?.bases)),
            "Dòng căn cứ",
            "căn cứ",
            "Căn cứ ",
        );
        ui.add_space(12.0);
        ui.strong("Các điều");
        ui.label("Điều được đánh số tự động; \"./.\" được thêm sau điều cuối khi in.");
        article_list(ui, doc);
        ui.add_space(12.0);
        form(
            ui,
            doc,
            "decision.sig",
            |p| Some(&mut decision(p)?.recipients),
            |p| Some(&mut decision(p)?.signature),
            &COMMITTEE,
        );
    });
}

fn article_list(ui: &mut Ui, doc: &mut Doc) {
    let list = doc
        .plan
        .decision
        .as_ref()
        .map(|d| d.articles.clone())
        .unwrap_or_default();
    let n = list.len();
    for (i, art) in list.iter().enumerate() {
        let id = art.id;
        ui.group(|ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                row_menu::show(
                    ui,
                    doc,
                    articles(),
                    Position { index: i, len: n },
                    art,
                    |_, _| {},
                );
                ui.label(egui::RichText::new(format!("{}.", Decision::article_label(i))).strong());
                let access: Access<Rich> =
                    Rc::new(move |p| article_mut(p, id).map(|a| &mut a.text));
                let w = ui.available_width().max(200.0);
                rich(
                    ui,
                    doc,
                    &format!("Nội dung {}", Decision::article_label(i)),
                    format!("art.{}", id.0),
                    access,
                    w,
                    true,
                );
            });
            let items: ItemsOf = Rc::new(move |p| article_mut(p, id).map(|a| &mut a.items));
            ui.indent(("art.items", id.0), |ui| {
                items::show(
                    ui,
                    doc,
                    &format!("art.{}", id.0),
                    items,
                    &LEVELS,
                    Level::Clause,
                );
            });
        });
    }
    if row_menu::add_button(ui, doc, articles(), "+ Thêm điều", None).is_some() {
        ui.ctx().request_repaint();
    }
}

fn article_mut(p: &mut Plan, id: Id) -> Option<&mut Article> {
    decision(p)?.articles.iter_mut().find(|a| a.id == id)
}

//! The header fields every document of the dossier has (authority, number,
//! symbol, place, date, kind, summary, draft mark), as rows of a form grid:
//! the plan's Thông tin chung, the decision's and the submission's own.

use crate::model::place::{Filed, Place};
use crate::model::{DocKind, Meta, Plan};
use crate::ui::doc::Doc;
use crate::ui::history::{Access, Command};
use crate::ui::widgets::{form_row, opt_number, rich, text};
use egui::Ui;
use std::rc::Rc;

/// Finds the header a form edits.
pub type MetaOf = fn(&mut Plan) -> Option<&mut Meta>;

/// The header's rows, inside a two-column `egui::Grid`; `key` salts the
/// fields ("meta", "decision.meta"); `dated`: with number, date and the
/// draft mark.
pub fn rows(ui: &mut Ui, doc: &mut Doc, key: &str, meta: MetaOf, dated: bool) {
    form_row(ui, "Cơ quan ban hành (mỗi dòng một dòng in)", |ui| {
        lines(
            ui,
            doc,
            "Cơ quan ban hành",
            &format!("{key}.authority"),
            Rc::new(move |p| meta(p).map(|m| &mut m.authority)),
        )
    });
    form_row(ui, "Cơ quan chủ quản (nếu có)", |ui| {
        lines(
            ui,
            doc,
            "Cơ quan chủ quản",
            &format!("{key}.parent"),
            Rc::new(move |p| meta(p).map(|m| &mut m.parent_authority)),
        )
    });
    form_row(ui, "Tên cơ quan trong câu văn", |ui| {
        text(
            ui,
            doc,
            "Tên cơ quan",
            format!("{key}.issuer"),
            Rc::new(move |p| meta(p).map(|m| &mut m.issuer)),
            420.0,
            false,
        )
    });
    // A plan a decision issues prints neither: the decision carries them.
    if dated {
        form_row(ui, "Số văn bản (để trống khi dự thảo)", |ui| {
            opt_number::<u32>(
                ui,
                doc,
                "Số văn bản",
                format!("{key}.number"),
                Rc::new(move |p| meta(p).map(|m| &mut m.number)),
                80.0,
            )
        });
        form_row(ui, "Ký hiệu", |ui| {
            text(
                ui,
                doc,
                "Ký hiệu",
                format!("{key}.symbol"),
                Rc::new(move |p| meta(p).map(|m| &mut m.symbol)),
                160.0,
                false,
            )
        });
        form_row(ui, "Địa danh", |ui| {
            text(
                ui,
                doc,
                "Địa danh",
                format!("{key}.place"),
                Rc::new(move |p| meta(p).map(|m| &mut m.place)),
                200.0,
                false,
            )
        });
        form_row(ui, "Ngày ban hành (ngày / tháng / năm)", |ui| {
            ui.horizontal(|ui| {
                opt_number::<u8>(
                    ui,
                    doc,
                    "Ngày",
                    format!("{key}.day"),
                    Rc::new(move |p| meta(p).map(|m| &mut m.date.day)),
                    40.0,
                );
                ui.label("/");
                opt_number::<u8>(
                    ui,
                    doc,
                    "Tháng",
                    format!("{key}.month"),
                    Rc::new(move |p| meta(p).map(|m| &mut m.date.month)),
                    40.0,
                );
                ui.label("/");
                opt_number::<i32>(
                    ui,
                    doc,
                    "Năm ban hành",
                    format!("{key}.date.year"),
                    Rc::new(move |p| meta(p).map(|m| &mut m.date.year)),
                    60.0,
                )
            })
            .inner
        });
    }
    form_row(ui, "Loại văn bản", |ui| {
        text(
            ui,
            doc,
            "Loại văn bản",
            format!("{key}.doc_type"),
            Rc::new(move |p| meta(p).map(|m| &mut m.doc_type)),
            200.0,
            false,
        )
    });
    form_row(
        ui,
        "Trích yếu (dùng {năm} cho năm kế hoạch)",
        |ui| {
            rich(
                ui,
                doc,
                "Trích yếu",
                format!("{key}.title"),
                Rc::new(move |p| meta(p).map(|m| &mut m.title)),
                420.0,
                true,
            )
        },
    );
    if dated {
        form_row(ui, "Đóng dấu \"DỰ THẢO\" khi chưa có số", |ui| {
            let mut on = meta(&mut doc.plan).is_some_and(|m| m.draft_mark);
            let r = ui.checkbox(&mut on, "In dấu DỰ THẢO");
            if r.changed() {
                let access: Access<bool> = Rc::new(move |p| meta(p).map(|m| &mut m.draft_mark));
                doc.edit(Command::set("Đổi dấu dự thảo", access, !on, on));
            }
            r
        });
    }
}

/// The page of a document filed with the plan (the decision, the
/// submission): its heading, what its header prints, the header's form
/// folded with the document's own rows after the common ones, then `body`.
pub struct FiledPage {
    pub kind: DocKind,
    pub heading: &'static str,
    /// Said when the dossier has no such document.
    pub missing: &'static str,
    pub key: &'static str,
    pub meta: MetaOf,
    pub rows: fn(&mut Ui, &mut Doc),
}

pub fn filed_page(
    ui: &mut Ui,
    doc: &mut Doc,
    page: &FiledPage,
    body: impl FnOnce(&mut Ui, &mut Doc),
) {
    if (page.meta)(&mut doc.plan).is_none() {
        ui.heading(page.kind.name());
        ui.label(page.missing);
        return;
    }
    super::note_view(doc, Place::Filed(page.kind, Filed::Meta("title")));
    ui.heading(page.heading);
    super::row_actions::markup_help(ui);
    egui::ScrollArea::vertical()
        .id_salt((page.key, "page"))
        .auto_shrink([false, false])
        .show(ui, |ui| {
            summary(ui, doc, page.meta);
            section(ui, page.key, |ui| {
                egui::Grid::new(page.key)
                    .num_columns(2)
                    .spacing([12.0, 8.0])
                    .show(ui, |ui| {
                        rows(ui, doc, page.key, page.meta, true);
                        (page.rows)(ui, doc);
                    });
            });
            body(ui, doc);
        });
}

/// "Sẽ in: Số: …/QĐ-UBND — Đồng Tháp, ngày … — Ban hành Kế hoạch …": the
/// header as it prints, above its folded form.
pub fn summary(ui: &mut Ui, doc: &mut Doc, meta: MetaOf) {
    let Some(m) = meta(&mut doc.plan).cloned() else {
        return;
    };
    let title = crate::model::fields::plain(&doc.plan, &m.title);
    ui.label(format!(
        "Sẽ in: {} — {} — {} {}",
        crate::model::format::number_line(&m),
        crate::model::format::place_date_line(&m),
        crate::model::format::sentence_case(&m.doc_type),
        title
    ));
}

/// The header's form folded under "Số, ngày, trích yếu, cơ quan ban
/// hành": a document's text is what an officer writes most.
pub fn section(ui: &mut Ui, key: &str, add: impl FnOnce(&mut Ui)) {
    egui::CollapsingHeader::new("Số, ngày, trích yếu, cơ quan ban hành")
        .id_salt((key, "header"))
        .default_open(false)
        .show(ui, add);
}

/// A list of lines edited as one multi-line text.
fn lines(
    ui: &mut Ui,
    doc: &mut Doc,
    label: &str,
    key: &str,
    access: Access<Vec<String>>,
) -> egui::Response {
    let current = access(&mut doc.plan).cloned().unwrap_or_default();
    let mut buf = current.join("\n");
    let r = ui.add(
        egui::TextEdit::multiline(&mut buf)
            .hint_text(label)
            .desired_rows(2)
            .desired_width(420.0)
            .id_salt(key),
    );
    if r.changed() {
        let new: Vec<String> = buf.lines().map(crate::ui::widgets::nfc).collect();
        if new != current {
            crate::ui::widgets::record_typing(doc, label, key, access, current, new);
        }
    }
    if r.lost_focus() {
        doc.seal();
    }
    r
}

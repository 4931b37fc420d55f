//! Nơi nhận và chữ ký: the recipients and the signature block of a document
//! (the plan's view; the decision and the submission draw the same form
//! for their own).

use crate::model::meta::signing_forms;
use crate::model::{Plan, Signature};
use crate::ui::doc::Doc;
use crate::ui::history::{Access, Command};
use crate::ui::widgets::{form_row, text};
use egui::Ui;
use std::rc::Rc;

/// Finds the recipients and the signature a form edits.
pub type RecipientsOf = fn(&mut Plan) -> Option<&mut Vec<String>>;
pub type SignatureOf = fn(&mut Plan) -> Option<&mut Signature>;

/// One line of a signature block.
type LineOf = fn(&mut Signature) -> &mut String;

/// Who signs: the collective, its head and the head's deputy, as the
/// signing forms name them ("ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "PHÓ CHỦ TỊCH").
pub struct Signer {
    pub collective: &'static str,
    pub head: &'static str,
    pub deputy: &'static str,
}

pub const COMMITTEE: Signer = Signer {
    collective: "ỦY BAN NHÂN DÂN",
    head: "CHỦ TỊCH",
    deputy: "PHÓ CHỦ TỊCH",
};

pub const DEPARTMENT: Signer = Signer {
    collective: "",
    head: "GIÁM ĐỐC",
    deputy: "PHÓ GIÁM ĐỐC",
};

pub fn show(ui: &mut Ui, doc: &mut Doc) {
    super::note_view(doc, crate::model::place::Place::Signature("name"));
    ui.heading("Nơi nhận và chữ ký");
    ui.add_space(8.0);
    if doc.plan.is_attached() {
        ui.label(
            "Kế hoạch này được ban hành kèm theo Quyết định nên không in nơi nhận và chữ ký \
             riêng: nơi nhận và người ký là của quyết định (mục Quyết định ở bên trái).",
        );
        return;
    }
    egui::ScrollArea::vertical().show(ui, |ui| {
        form(
            ui,
            doc,
            "sig",
            |p| Some(&mut p.recipients),
            |p| Some(&mut p.signature),
            &COMMITTEE,
        );
    });
}

/// The signature and the recipients of one document.
pub fn form(
    ui: &mut Ui,
    doc: &mut Doc,
    key: &str,
    recipients: RecipientsOf,
    signature: SignatureOf,
    signer: &Signer,
) {
    ui.strong("Chữ ký");
    ui.horizontal(|ui| {
        ui.label("Cách ký");
        let current = signature(&mut doc.plan).cloned().unwrap_or_default();
        let forms = signing_forms(signer.collective, signer.head, signer.deputy);
        let now = forms
            .iter()
            .find(|(_, s)| s.heading_lines() == current.heading_lines())
            .map_or("Khác (tự nhập)", |(l, _)| l);
        egui::ComboBox::from_id_salt((key, "form"))
            .selected_text(now)
            .show_ui(ui, |ui| {
                for (label, lines) in &forms {
                    if ui.selectable_label(*label == now, *label).clicked() {
                        let new = Signature {
                            name: current.name.clone(),
                            ..lines.clone()
                        };
                        let access: Access<Signature> = Rc::new(signature);
                        doc.edit(Command::set(
                            "Đổi hình thức ký",
                            access,
                            current.clone(),
                            new,
                        ));
                    }
                }
            })
            .response
            .accessible_name("Hình thức ký")
            .on_hover_text("TM., KT., TL., TUQ., Q.: mỗi dòng in trên một dòng riêng");
    });
    egui::Grid::new((key, "signature"))
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            let fields: [(&str, &str, LineOf); 4] = [
                ("Thay mặt", "on_behalf", |s| &mut s.on_behalf),
                ("Ký thay (nếu có)", "deputy", |s| &mut s.deputy_for),
                ("Chức vụ", "title", |s| &mut s.title),
                ("Người ký", "name", |s| &mut s.name),
            ];
            for (label, field, get) in fields {
                form_row(ui, label, |ui| {
                    let name = label.split(" (").next().unwrap_or(label);
                    text(
                        ui,
                        doc,
                        name,
                        format!("{key}.{field}"),
                        Rc::new(move |p| signature(p).map(get)),
                        300.0,
                        false,
                    )
                });
            }
        });
    ui.add_space(12.0);
    ui.strong("Nơi nhận");
    ui.label("Mỗi dòng một nơi nhận, không cần gạch đầu dòng; dấu \";\" được thêm khi in.");
    let list: Access<Vec<String>> = Rc::new(recipients);
    let n = recipients(&mut doc.plan).map_or(0, |r| r.len());
    for i in 0..n {
        ui.horizontal(|ui| {
            let access: Access<String> = Rc::new(move |p| recipients(p)?.get_mut(i));
            text(
                ui,
                doc,
                "Nơi nhận",
                format!("{key}.recipient.{i}"),
                access,
                420.0,
                false,
            );
            if let Some(a) = super::row_actions::row_buttons(ui, i, n, "nơi nhận")
                && let Some(item) = recipients(&mut doc.plan).and_then(|r| r.get(i).cloned())
            {
                doc.edit(super::row_actions::command(
                    a,
                    list.clone(),
                    i,
                    item,
                    "nơi nhận",
                ));
            }
        });
        if recipients(&mut doc.plan).map_or(0, |r| r.len()) != n {
            break;
        }
    }
    if ui.button("+ Thêm nơi nhận").clicked() {
        // Before "Lưu: VT ...", which stays last.
        let at = recipients(&mut doc.plan).map_or(0, |r| {
            r.iter()
                .position(|r| r.trim_start().starts_with("Lưu"))
                .unwrap_or(r.len())
        });
        doc.edit(Command::insert("Thêm nơi nhận", list, at, String::new()));
    }
}

//! Nội dung: the body of the plan. On the left the outline (`body_tree`), on
//! the right the selected part or section: its title, run-on text and
//! numbering, the structural commands, and its own blocks (`body_blocks`).
//! Parts and sections are found by their stable id; paragraphs, which have
//! none, by (parent id, index).

use super::body_blocks;
use super::body_tree;
use super::link_banner::Banner;
use super::row_actions::markup_help;
use crate::model::outline;
use crate::model::{Block, Id, Numbering, Part, Plan, Rich, Section};
use crate::ui::doc::Doc;
use crate::ui::history::{Access, Command};
use crate::ui::widgets::rich;
use egui::Ui;
use std::collections::HashMap;
use std::rc::Rc;

#[derive(Default)]
pub struct State {
    /// The part or section shown on the right; None: the body's top level.
    pub selected: Option<Id>,
    /// How many section numbers are written out in the text ("mục VI"),
    /// at a revision of the plan.
    literal: Option<(u64, usize)>,
}

/// The button that turns section numbers written out into references.
pub const LINK_LABEL: &str = "Liên kết số mục viết tay";

/// "khoản 1 mục IV" typed in the text names the wrong section once the
/// sections are renumbered: one click makes them references that follow.
const LINK: Banner = Banner {
    count: |p| crate::model::section_ref::literal(p).len(),
    says: "chỗ ghi số mục trực tiếp (ví dụ \"mục IV\"): khi thêm, xóa, chuyển mục, các số đó không tự đổi.",
    label: LINK_LABEL,
    hover: "Thay các số đó bằng tham chiếu tự đánh số theo mục (không đổi phần căn cứ)",
    link: crate::model::section_ref::link_all,
};

pub fn new_part(id: Id) -> Block {
    Block::Part(Part {
        id,
        ..Default::default()
    })
}

pub fn new_section(id: Id) -> Block {
    Block::Section(Section {
        id,
        ..Default::default()
    })
}

/// The blocks directly inside `parent` (None: the top level).
pub fn children(parent: Option<Id>) -> Access<Vec<Block>> {
    Rc::new(move |p: &mut Plan| p.body_children_mut(parent))
}

fn section(id: Id) -> impl Fn(&mut Plan) -> Option<&mut Section> + Clone {
    move |p| match p.body_block_mut(id) {
        Some(Block::Section(s)) => Some(s),
        _ => None,
    }
}

pub fn show(ui: &mut Ui, doc: &mut Doc, state: &mut State) {
    // An undo may have removed the selected section.
    if let Some(id) = state.selected
        && doc.plan.body_position(id).is_none()
    {
        state.selected = None;
    }
    if let Some(id) = state.selected {
        doc.focus_row(id);
    }
    let labels = outline::labels(&doc.plan.body);
    egui::Panel::left("body.tree")
        .resizable(true)
        .default_size(340.0)
        .size_range(220.0..=560.0)
        .show(ui, |ui| {
            // Long titles are cut at the panel's edge instead of widening it.
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
            ui.heading("Nội dung");
            body_tree::show(ui, doc, state, &labels);
        });
    egui::CentralPanel::default().show(ui, |ui| {
        super::link_banner::show(ui, doc, &mut state.literal, &LINK);
        markup_help(ui);
        ui.separator();
        egui::ScrollArea::vertical()
            .id_salt("body.edit")
            .auto_shrink([false, false])
            .show(ui, |ui| selected(ui, doc, state, &labels));
    });
}

fn selected(ui: &mut Ui, doc: &mut Doc, state: &mut State, labels: &HashMap<Id, String>) {
    let parent = state.selected;
    match parent {
        None => {
            ui.strong("Đầu văn bản (các đoạn ngoài các phần, mục)");
        }
        Some(id) => {
            let label = labels.get(&id).cloned().unwrap_or_default();
            match doc.plan.body_block_mut(id).cloned() {
                Some(Block::Part(_)) => part_header(ui, doc, id, &label),
                Some(Block::Section(s)) => section_header(ui, doc, &s, &label),
                _ => return,
            }
        }
    }
    toolbar(ui, doc, state);
    ui.separator();
    body_blocks::show(ui, doc, state, labels);
}

fn part_header(ui: &mut Ui, doc: &mut Doc, id: Id, label: &str) {
    ui.strong(label);
    let access: Access<Rich> = Rc::new(move |p| match p.body_block_mut(id) {
        Some(Block::Part(part)) => Some(&mut part.title),
        _ => None,
    });
    let w = ui.available_width();
    rich(
        ui,
        doc,
        "Tiêu đề phần",
        format!("s{}.title", id.0),
        access,
        w,
        false,
    );
}

const NUMBERINGS: [(Numbering, &str); 6] = [
    (Numbering::Auto, "Tự động theo cấp"),
    (Numbering::Roman, "I, II, III"),
    (Numbering::Arabic, "1, 2, 3"),
    (Numbering::Decimal, "1.1, 1.2"),
    (Numbering::Letter, "a, b, c"),
    (Numbering::Unnumbered, "Không đánh số"),
];

fn section_header(ui: &mut Ui, doc: &mut Doc, s: &Section, label: &str) {
    let id = s.id;
    let find = section(id);
    ui.horizontal(|ui| {
        ui.strong(if label.is_empty() {
            "(không đánh số)"
        } else {
            label
        });
        ui.label("Đánh số:");
        let mut n = s.numbering;
        let name = |v: Numbering| {
            NUMBERINGS
                .iter()
                .find(|(k, _)| *k == v)
                .map(|(_, l)| *l)
                .unwrap_or("")
        };
        egui::ComboBox::from_id_salt(("s.numbering", id.0))
            .selected_text(name(n))
            .show_ui(ui, |ui| {
                for (v, l) in NUMBERINGS {
                    ui.selectable_value(&mut n, v, l);
                }
            })
            .response
            .accessible_name("Cách đánh số");
        if n != s.numbering {
            let f = find.clone();
            doc.edit(Command::set(
                "Đổi cách đánh số",
                Rc::new(move |p| f(p).map(|s| &mut s.numbering)),
                s.numbering,
                n,
            ));
        }
    });
    let w = ui.available_width();
    let f = find.clone();
    let title: Access<Rich> = Rc::new(move |p| f(p).map(|s| &mut s.title));
    rich(
        ui,
        doc,
        "Tiêu đề mục",
        format!("s{}.title", id.0),
        title,
        w,
        false,
    );
    let f = find;
    let text: Access<Rich> = Rc::new(move |p| f(p).map(|s| &mut s.text));
    rich(
        ui,
        doc,
        "Nội dung tiếp sau tiêu đề",
        format!("s{}.text", id.0),
        text,
        w,
        true,
    );
}

/// Where a part or section sits and what the structural commands can do there.
struct Place {
    parent: Option<Id>,
    index: usize,
    is_section: bool,
    /// The sibling part/section before and after (indexes in the same list).
    prev: Option<(usize, Id)>,
    next: Option<usize>,
}

fn place(plan: &mut Plan, id: Id) -> Option<Place> {
    let (parent, index) = plan.body_position(id)?;
    let list = plan.body_children_mut(parent)?;
    let is_section = matches!(list.get(index), Some(Block::Section(_)));
    let prev = list[..index]
        .iter()
        .enumerate()
        .rev()
        .find_map(|(i, b)| b.id().map(|id| (i, id)));
    let next = list
        .iter()
        .enumerate()
        .skip(index + 1)
        .find(|(_, b)| b.id().is_some())
        .map(|(i, _)| i);
    Some(Place {
        parent,
        index,
        is_section,
        prev,
        next,
    })
}

fn toolbar(ui: &mut Ui, doc: &mut Doc, state: &mut State) {
    let here = state.selected;
    ui.horizontal_wrapped(|ui| {
        if here.is_some()
            && ui
                .button("+ Mục con")
                .on_hover_text("Thêm mục con vào cuối")
                .clicked()
        {
            let id = doc.fresh_id();
            append(doc, here, "Thêm mục con", new_section(id));
            state.selected = Some(id);
        }
        if ui.button("+ Đoạn văn").clicked() {
            append(
                doc,
                here,
                "Thêm đoạn văn",
                Block::Paragraph(Rich::default()),
            );
        }
        if ui.button("+ Gạch đầu dòng").clicked() {
            append(
                doc,
                here,
                "Thêm gạch đầu dòng",
                Block::Bullet(Rich::default()),
            );
        }
        let Some(p) = here.and_then(|id| place(&mut doc.plan, id)) else {
            return;
        };
        ui.separator();
        let what = if p.is_section { "mục" } else { "phần" };
        if ui
            .add_enabled(p.prev.is_some(), egui::Button::new("Chuyển lên"))
            .on_hover_text(format!("Đổi chỗ {what} này với {what} trước"))
            .clicked()
            && let Some((j, _)) = p.prev
        {
            doc.edit(Command::shift(
                format!("Chuyển {what} lên"),
                children(p.parent),
                p.index,
                j,
            ));
        }
        if ui
            .add_enabled(p.next.is_some(), egui::Button::new("Chuyển xuống"))
            .on_hover_text(format!("Đổi chỗ {what} này với {what} sau"))
            .clicked()
            && let Some(k) = p.next
        {
            doc.edit(Command::shift(
                format!("Chuyển {what} xuống"),
                children(p.parent),
                p.index,
                k,
            ));
        }
        if p.is_section {
            let can_indent = p.prev.is_some();
            if ui
                .add_enabled(can_indent, egui::Button::new("Thụt vào →"))
                .on_hover_text("Thành mục con cuối cùng của mục đứng trước")
                .clicked()
            {
                indent(doc, &p);
            }
            if ui
                .add_enabled(p.parent.is_some(), egui::Button::new("← Thụt ra"))
                .on_hover_text("Thành mục đứng ngay sau mục cha")
                .clicked()
            {
                outdent(doc, &p);
            }
        }
        ui.separator();
        let delete = if p.is_section {
            "Xóa mục"
        } else {
            "Xóa phần"
        };
        if ui
            .button(delete)
            .on_hover_text("Xóa cùng toàn bộ nội dung bên trong")
            .clicked()
        {
            let removed = doc
                .plan
                .body_children_mut(p.parent)
                .and_then(|v| v.get(p.index).cloned());
            if let Some(removed) = removed {
                doc.edit(Command::remove(
                    delete,
                    children(p.parent),
                    p.index,
                    removed,
                ));
                state.selected = p.parent;
            }
        }
    });
}

fn append(doc: &mut Doc, parent: Option<Id>, label: &str, block: Block) {
    let Some(n) = doc.plan.body_children_mut(parent).map(|v| v.len()) else {
        return;
    };
    doc.edit(Command::insert(label, children(parent), n, block));
}

/// The section becomes the last child of the part or section before it.
fn indent(doc: &mut Doc, p: &Place) {
    let Some((_, target)) = p.prev else { return };
    let Some(block) = doc
        .plan
        .body_children_mut(p.parent)
        .and_then(|v| v.get(p.index).cloned())
    else {
        return;
    };
    let Some(end) = doc.plan.body_children_mut(Some(target)).map(|v| v.len()) else {
        return;
    };
    doc.edit(Command::batch(
        "Thụt mục vào",
        vec![
            Command::remove("", children(p.parent), p.index, block.clone()),
            Command::insert("", children(Some(target)), end, block),
        ],
    ));
}

/// The section leaves its parent and follows it.
fn outdent(doc: &mut Doc, p: &Place) {
    let Some(parent) = p.parent else { return };
    let Some((grand, at)) = doc.plan.body_position(parent) else {
        return;
    };
    let Some(block) = doc
        .plan
        .body_children_mut(p.parent)
        .and_then(|v| v.get(p.index).cloned())
    else {
        return;
    };
    doc.edit(Command::batch(
        "Thụt mục ra",
        vec![
            Command::remove("", children(p.parent), p.index, block.clone()),
            Command::insert("", children(grand), at + 1, block),
        ],
    ));
}

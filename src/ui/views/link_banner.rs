//! The line over a view when text names by hand what a field would keep
//! right (an agency's name, a section's number): how many, and one button
//! that turns them all into fields, one undo step. Counting reads every
//! text, so it is done once per revision of the plan, not each frame.

use crate::model::Plan;
use crate::ui::doc::Doc;
use crate::ui::history::Command;
use egui::Ui;

/// What a banner counts and how it links.
pub struct Banner {
    /// How many places name it by hand.
    pub count: fn(&Plan) -> usize,
    /// After the count: "đoạn văn ghi tên cơ quan trực tiếp: …".
    pub says: &'static str,
    /// The button, also the undo step's name.
    pub label: &'static str,
    pub hover: &'static str,
    pub link: fn(&mut Plan) -> usize,
}

/// Draws the banner when there is something to link; `seen` keeps the
/// count with the revision it was counted at.
pub fn show(ui: &mut Ui, doc: &mut Doc, seen: &mut Option<(u64, usize)>, b: &Banner) {
    let revision = doc.revision();
    let n = match *seen {
        Some((r, n)) if r == revision => n,
        _ => {
            let n = (b.count)(&doc.plan);
            *seen = Some((revision, n));
            n
        }
    };
    if n == 0 {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(format!("{n} {}", b.says));
        if ui.button(b.label).on_hover_text(b.hover).clicked() {
            let before = doc.plan.clone();
            let mut after = before.clone();
            (b.link)(&mut after);
            doc.edit(Command::replace(b.label, before, after));
        }
    });
}

//! An appendix: "Phụ lục I", its title, the "(Kèm theo ...)" line from the
//! plan's header, the unit line, its content, and a signature when signed.

use super::{AppendixHead, Block, Composer, Part};
use crate::model::Block as ModelBlock;
use crate::model::format::attached_line;
use crate::model::numbering::appendix_label;
use crate::model::place::{Leaf, Place};

impl Composer<'_> {
    pub fn appendix(&self, index: usize) -> Option<Part> {
        let plan = self.plan;
        let a = plan.appendices.get(index)?;
        let unit = match &a.unit_line {
            Some(u) => u.trim().to_string(),
            None if has_money(&a.blocks) => "ĐVT: Triệu đồng".to_string(),
            None => String::new(),
        };
        // A plan a decision issues: its appendices go with the decision, and a
        // single one is "PHỤ LỤC".
        let (meta, label) = match &plan.decision {
            Some(d) if plan.appendices.len() == 1 => (&d.meta, "PHỤ LỤC".to_string()),
            Some(d) => (&d.meta, appendix_label(index + 1, plan.appendices.len())),
            None => (&plan.meta, appendix_label(index + 1, plan.appendices.len())),
        };
        let mut blocks = vec![Block::AppendixHead(AppendixHead {
            label,
            title: self.text(a.title.as_str()),
            attached: self.text(&attached_line(meta)),
            unit: (!unit.is_empty()).then(|| self.text(&unit)),
            place: Place::Appendix(index, Leaf::Whole),
        })];
        self.blocks(
            &a.blocks,
            &|t, leaf| Place::AppendixBlock(index, t, leaf),
            &mut blocks,
        );
        if a.signed {
            blocks.push(Block::Signature(self.signature()));
        }
        Some(Part {
            orientation: a.orientation,
            blocks,
        })
    }
}

fn has_money(blocks: &[ModelBlock]) -> bool {
    blocks.iter().any(|b| match b {
        ModelBlock::Table(t) => t.has_money(),
        other => has_money(other.children()),
    })
}

//! An appendix: "Phụ lục I", its title, the "(Kèm theo ...)" line from the
//! plan's header, the unit line, its content, and a signature when signed.

use super::{AppendixHead, Block, Cell, Composer, Part, Row};
use crate::model::format::attached_line;
use crate::model::numbering::appendix_label;
use crate::model::place::{Leaf, Place};

impl Composer<'_> {
    pub fn appendix(&self, index: usize) -> Option<Part> {
        let plan = self.plan;
        let a = plan.appendices.get(index)?;
        let mut content = Vec::new();
        self.blocks(
            &a.blocks,
            &|t, leaf| Place::AppendixBlock(index, t, leaf),
            &mut content,
        );
        // The unit line stands over amounts, not over columns left blank.
        let unit = match &a.unit_line {
            Some(u) => u.trim().to_string(),
            None if prints_money(&content) => "ĐVT: Triệu đồng".to_string(),
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
        blocks.extend(content);
        if a.signed {
            blocks.push(Block::Signature(self.signature()));
        }
        Some(Part {
            orientation: a.orientation,
            blocks,
        })
    }
}

/// Whether a composed table prints an amount.
fn prints_money(blocks: &[Block]) -> bool {
    blocks.iter().any(|b| match b {
        Block::Table(t) => t.rows.iter().any(|r| match r {
            Row::Cells { cells, .. } | Row::Spanned { cells, .. } => {
                cells.iter().any(|c| matches!(c, Cell::Money(_)))
            }
            _ => false,
        }),
        _ => false,
    })
}

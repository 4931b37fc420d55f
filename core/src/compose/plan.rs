//! The plan's own pages: header block, title, legal bases (preamble), body,
//! and the closing with recipients and signature.

use super::{Block, Closing, Composer, Header, Part, Signature};
use crate::model::Orientation;
use crate::model::format::{number_line, place_date_line};
use crate::model::place::Place;

impl Composer<'_> {
    pub fn plan_part(&self) -> Part {
        let plan = self.plan;
        let mut blocks = vec![Block::Header(self.header()), self.title()];
        for (i, r) in plan.preamble.iter().enumerate() {
            blocks.push(Block::Preamble {
                text: self.text(r.as_str()),
                place: Place::Preamble(i),
            });
        }
        self.blocks(&plan.body, &Place::Body, &mut blocks);
        blocks.push(Block::Closing(self.closing()));
        Part {
            orientation: Orientation::Portrait,
            blocks,
        }
    }

    fn header(&self) -> Header {
        let m = &self.plan.meta;
        let lines = |v: &[String]| v.iter().map(|l| self.text(l)).collect();
        Header {
            parent_authority: lines(&m.parent_authority),
            authority: lines(&m.authority),
            nation: self.text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            motto: self.text("Độc lập - Tự do - Hạnh phúc"),
            number: self.text(&number_line(m)),
            place_date: self.text(&place_date_line(m)),
            draft: m.draft_mark && m.is_draft(),
        }
    }

    fn title(&self) -> Block {
        let m = &self.plan.meta;
        Block::Title {
            kind: self.text(&m.doc_type),
            title: self.text(m.title.as_str()),
        }
    }

    fn closing(&self) -> Closing {
        let recipients = &self.plan.recipients;
        let n = recipients.len();
        let recipients = recipients
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let mut line = format!("- {}", r.trim());
                // Each recipient but the last ends with ";" unless it has its own mark.
                if i + 1 < n && !line.ends_with(['.', ';', ':', ',']) {
                    line.push(';');
                }
                (self.text(&line), Place::Recipient(i))
            })
            .collect();
        Closing {
            recipients,
            signature: self.signature(),
        }
    }

    pub fn signature(&self) -> Signature {
        let s = &self.plan.signature;
        Signature {
            heading: s
                .heading_lines()
                .into_iter()
                .map(|l| self.text(l))
                .collect(),
            name: (!s.name.trim().is_empty()).then(|| self.text(&s.name)),
        }
    }
}

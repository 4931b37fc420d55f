//! The plan's own pages: header block, title, legal bases (preamble), body,
//! and the closing with recipients and signature. A plan a decision issues
//! prints without number, date, recipients or signature, under "(Ban hành
//! kèm theo Quyết định ...)", and ends with "./.".

use super::{Block, Closing, Composer, Header, Part, Run, Signature, Text};
use crate::model::format::{issued_line, number_line, place_date_line};
use crate::model::place::Place;
use crate::model::{DocKind, Meta, Orientation, Signature as ModelSignature};

impl Composer<'_> {
    pub fn plan_part(&self) -> Part {
        let plan = self.plan;
        let decision = plan.decision.as_ref();
        let draft = plan.draft_mark(DocKind::Plan);
        let mut blocks = vec![
            Block::Header(self.header(&plan.meta, decision.is_none(), draft, Place::Meta)),
            Block::Title {
                kind: self.text(&plan.meta.doc_type),
                title: self.text(plan.meta.title.as_str()),
                attached: decision.map(|d| self.text(&issued_line(&d.meta))),
                place: Place::Meta("title"),
            },
        ];
        for (i, r) in plan.preamble.iter().enumerate() {
            blocks.push(Block::Preamble {
                text: self.text(r.as_str()),
                place: Place::Preamble(i),
            });
        }
        self.blocks(&plan.body, &Place::Body, &mut blocks);
        match decision {
            None => blocks.push(Block::Closing(self.closing(
                &plan.recipients,
                &plan.signature,
                &Place::Recipient,
                Place::Signature("name"),
            ))),
            Some(_) => end_mark(&mut blocks),
        }
        Part {
            orientation: Orientation::Portrait,
            blocks,
        }
    }

    /// The header block of a document; `dated`: with its number and date
    /// (an attached plan has neither: the decision carries them).
    pub fn header(
        &self,
        m: &Meta,
        dated: bool,
        draft: bool,
        place: impl Fn(&'static str) -> Place,
    ) -> Header {
        let lines = |v: &[String]| v.iter().map(|l| self.text(l)).collect();
        Header {
            parent_authority: lines(&m.parent_authority),
            authority: lines(&m.authority),
            nation: self.text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            motto: self.text("Độc lập - Tự do - Hạnh phúc"),
            number: dated.then(|| self.text(&number_line(m))),
            place_date: dated.then(|| self.text(&place_date_line(m))),
            draft,
            place: place("symbol"),
        }
    }

    /// "Nơi nhận:" and the signature; `place` names each recipient.
    pub fn closing(
        &self,
        recipients: &[String],
        signature: &ModelSignature,
        place: &dyn Fn(usize) -> Place,
        signature_place: Place,
    ) -> Closing {
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
                (self.text(&line), place(i))
            })
            .collect();
        Closing {
            recipients,
            signature: self.signature_of(signature),
            place: signature_place,
        }
    }

    /// The plan's signature (a signed appendix).
    pub fn signature(&self) -> Signature {
        self.signature_of(&self.plan.signature)
    }

    pub fn signature_of(&self, s: &ModelSignature) -> Signature {
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

/// Ends the last text of `blocks` with "./." (the decree's end of content),
/// unless it already does.
pub fn end_mark(blocks: &mut [Block]) {
    for b in blocks.iter_mut().rev() {
        let text = match b {
            Block::Paragraph { text, .. } | Block::Bullet { text, .. } => text,
            Block::Section {
                text: Some(text), ..
            } => text,
            Block::Section { title: Some(t), .. } => t,
            _ => continue,
        };
        append_mark(text);
        return;
    }
}

fn append_mark(text: &mut Text) {
    let plain = text.to_plain();
    let plain = plain.trim_end();
    if plain.ends_with("./.") {
        return;
    }
    let mark = if plain.ends_with('.') { "/." } else { "./." };
    // After the last run of text (a footnote mark may follow it).
    match text.0.iter_mut().rev().find_map(|r| match r {
        Run::Text { text, .. } => Some(text),
        Run::Note(_) => None,
    }) {
        Some(last) => {
            let trimmed = last.trim_end().len();
            last.truncate(trimmed);
            last.push_str(mark);
        }
        None => text.0.push(Run::Text {
            text: mark.into(),
            bold: false,
            italic: false,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_end_mark_is_added_once() {
        let mut t = Text::plain("chịu trách nhiệm thi hành Quyết định này.");
        append_mark(&mut t);
        assert_eq!(t.to_plain(), "chịu trách nhiệm thi hành Quyết định này./.");
        append_mark(&mut t);
        assert_eq!(t.to_plain(), "chịu trách nhiệm thi hành Quyết định này./.");
        let mut t = Text::plain("xem xét, quyết định ");
        append_mark(&mut t);
        assert_eq!(t.to_plain(), "xem xét, quyết định./.");
    }
}

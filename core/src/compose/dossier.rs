//! The documents filed with the plan: the decision issuing it ("QUYẾT
//! ĐỊNH", the authority, the bases, "QUYẾT ĐỊNH:", the articles numbered by
//! position, "./." after the last) and the department's submission ("TỜ
//! TRÌNH", "Kính gửi: ...", its body, "Kính trình ...").

use super::plan::end_mark;
use super::{Block, Composer, Part};
use crate::model::items::{Item, Level, labels};
use crate::model::place::{Filed, Place};
use crate::model::{Decision, DocKind, Meta, Numbering, Orientation, Submission};

impl Composer<'_> {
    pub fn decision_part(&self, d: &Decision) -> Part {
        let kind = DocKind::Decision;
        let at = move |f: Filed| Place::Filed(kind, f);
        let mut blocks = self.opening(kind, &d.meta);
        if !d.competence.trim().is_empty() {
            blocks.push(Block::Centered {
                text: self.text(&d.competence),
                bold: true,
                place: Some(at(Filed::Text("competence"))),
            });
        }
        let n = d.bases.len();
        for (i, b) in d.bases.iter().enumerate() {
            let mut line = b
                .as_str()
                .trim_end()
                .trim_end_matches([';', '.'])
                .to_string();
            line.push(if i + 1 == n { '.' } else { ';' });
            blocks.push(Block::Preamble {
                text: self.text(&line),
                place: at(Filed::Basis(i)),
            });
        }
        blocks.push(Block::Centered {
            text: self.text(&format!("{}:", d.meta.doc_type.trim())),
            bold: true,
            place: None,
        });
        for (a, art) in d.articles.iter().enumerate() {
            blocks.push(Block::Section {
                label: format!("{}.", Decision::article_label(a)),
                numbering: Numbering::Arabic,
                title: None,
                text: (!art.text.is_blank()).then(|| self.text(art.text.as_str())),
                has_content: !art.items.is_empty(),
                place: at(Filed::Article(a, None)),
            });
            self.items(&art.items, &|i| at(Filed::Article(a, Some(i))), &mut blocks);
        }
        end_mark(&mut blocks);
        blocks.push(Block::Closing(self.closing(
            &d.recipients,
            &d.signature,
            &|i| at(Filed::Recipient(i)),
            at(Filed::Signature("name")),
        )));
        Part {
            orientation: Orientation::Portrait,
            blocks,
        }
    }

    pub fn submission_part(&self, s: &Submission) -> Part {
        let kind = DocKind::Submission;
        let at = move |f: Filed| Place::Filed(kind, f);
        let mut blocks = self.opening(kind, &s.meta);
        if !s.addressee.trim().is_empty() {
            let to = s.addressee.trim().trim_end_matches('.');
            blocks.push(Block::Centered {
                text: self.text(&format!("Kính gửi: {to}.")),
                bold: false,
                place: Some(at(Filed::Text("addressee"))),
            });
        }
        self.items(&s.body, &|i| at(Filed::Item(i)), &mut blocks);
        if !s.closing.is_blank() {
            blocks.push(Block::Paragraph {
                text: self.text(s.closing.as_str()),
                place: at(Filed::Text("closing")),
            });
        }
        end_mark(&mut blocks);
        blocks.push(Block::Closing(self.closing(
            &s.recipients,
            &s.signature,
            &|i| at(Filed::Recipient(i)),
            at(Filed::Signature("name")),
        )));
        Part {
            orientation: Orientation::Portrait,
            blocks,
        }
    }

    /// A filed document's header block and title.
    fn opening(&self, kind: DocKind, meta: &Meta) -> Vec<Block> {
        let at = move |f: &'static str| Place::Filed(kind, Filed::Meta(f));
        vec![
            Block::Header(self.header(meta, true, self.plan.draft_mark(kind), at)),
            Block::Title {
                kind: self.text(&meta.doc_type),
                title: self.text(meta.title.as_str()),
                attached: None,
                place: at("title"),
            },
        ]
    }

    /// Numbered items as headings, clauses, points, paragraphs and bullets.
    fn items(&self, items: &[Item], place: &dyn Fn(usize) -> Place, out: &mut Vec<Block>) {
        for (i, (it, label)) in items.iter().zip(labels(items)).enumerate() {
            if it.text.is_blank() {
                continue;
            }
            let text = self.text(it.text.as_str());
            let place = place(i);
            let next_deeper = items.get(i + 1).is_some_and(|n| n.level != it.level);
            out.push(match it.level {
                Level::Heading => Block::Section {
                    label,
                    numbering: Numbering::Roman,
                    title: Some(text),
                    text: None,
                    has_content: next_deeper,
                    place,
                },
                Level::Clause | Level::Point => Block::Section {
                    label,
                    numbering: if it.level == Level::Clause {
                        Numbering::Decimal
                    } else {
                        Numbering::Letter
                    },
                    title: None,
                    text: Some(text),
                    has_content: false,
                    place,
                },
                Level::Paragraph => Block::Paragraph { text, place },
                Level::Bullet => Block::Bullet {
                    level: 1,
                    text,
                    place,
                },
            });
        }
    }
}

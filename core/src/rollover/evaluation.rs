//! The year under review is written anew, never re-dated. Last year's plan
//! evaluated the year before it ("ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2023"); its
//! sentences are facts of that year. Moved on by a year they would state
//! 2023's events and figures as 2024's, so the new plan keeps the
//! evaluation's headings, rebuilds what the data knows (the counts of
//! targets met, the previous plan's citation, the results appendix), and
//! leaves every other text to write: last year's text stays beside it as a
//! reference with its years written out, and prints only once written.

use super::Report;
use crate::model::body::is_evaluation;
use crate::model::place::{Leaf, Place, Tree};
use crate::model::rich::escape;
use crate::model::to_review::ReviewKind;
use crate::model::{Block, Fields, Plan, Rewrite, Rich, TextKind};

/// Rewrites the evaluation parts of `p`'s body, where `prev` is the plan it
/// was copied from; `results` is the key of the appendix of results, if any.
pub fn rewrite(p: &mut Plan, prev: &Plan, results: Option<&str>, r: &mut Report) {
    let fields = Fields::new(prev);
    let mut rw = Rewriter {
        fields: &fields,
        year: prev.year,
        results,
        written: 0,
        rebuilt: 0,
    };
    let mut tree: Tree = Vec::new();
    let mut first = None;
    for (i, b) in p.body.iter_mut().enumerate() {
        let title = match b {
            Block::Part(x) => &x.title,
            Block::Section(x) => &x.title,
            _ => continue,
        };
        if !is_evaluation(title.as_str(), prev.year) {
            continue;
        }
        first.get_or_insert(i);
        tree.push(i);
        rw.block(b);
        tree.pop();
    }
    let Some(first) = first else { return };
    let at = Place::Body(vec![first], Leaf::Whole);
    if rw.written > 0 {
        r.flag(
            ReviewKind::Write,
            at.clone(),
            format!(
                "Phần đánh giá năm {}: {} đoạn cần viết mới (đoạn của năm {} để bên cạnh làm tham khảo, chưa in)",
                p.year - 1,
                rw.written,
                prev.year - 1
            ),
        );
    }
    if rw.rebuilt > 0 {
        r.flag(
            ReviewKind::Done,
            at,
            "Câu kết quả thực hiện chỉ tiêu được viết lại từ số liệu (số chỉ tiêu đạt, vượt; kế hoạch năm trước): xem lại",
        );
    }
}

struct Rewriter<'a> {
    /// Last year's fields, to write its text out as it printed.
    fields: &'a Fields<'a>,
    /// Last year's plan year.
    year: i32,
    results: Option<&'a str>,
    written: usize,
    rebuilt: usize,
}

impl Rewriter<'_> {
    fn block(&mut self, b: &mut Block) {
        match b {
            Block::Part(x) => {
                self.title_notes(&mut x.title, &mut x.blocks);
                self.blocks(&mut x.blocks);
            }
            Block::Section(x) => {
                // "Tồn tại, hạn chế: …": the run-on text is narrative too.
                if !x.text.is_blank() {
                    let text = std::mem::take(&mut x.text);
                    x.blocks.insert(0, Block::Paragraph(text));
                }
                self.title_notes(&mut x.title, &mut x.blocks);
                self.blocks(&mut x.blocks);
            }
            _ => {}
        }
    }

    /// A heading stays, but its footnotes state last year's figures ("Dự
    /// toán chi ngân sách năm 2023: …"): each becomes a text to rewrite at
    /// the head of the section, as a paragraph holding that footnote.
    fn title_notes(&mut self, title: &mut Rich, blocks: &mut Vec<Block>) {
        let (kept, notes) = crate::model::rich::strip_footnotes(title.as_str());
        if notes.is_empty() {
            return;
        }
        *title = Rich::new(kept.trim_end());
        for (k, note) in notes.into_iter().enumerate() {
            blocks.insert(k, Block::Paragraph(Rich::new(format!("^[{note}]"))));
        }
    }

    fn blocks(&mut self, blocks: &mut [Block]) {
        for b in blocks.iter_mut() {
            let running = match b {
                Block::Paragraph(t) => Some((TextKind::Paragraph, t.clone())),
                Block::Bullet(t) => Some((TextKind::Bullet, t.clone())),
                Block::SubBullet(t) => Some((TextKind::SubBullet, t.clone())),
                Block::Rewrite(x) if x.text.is_blank() => {
                    // Never written last year either: the older reference stays.
                    self.written += 1;
                    continue;
                }
                Block::Rewrite(x) => Some((x.kind, x.text.clone())),
                Block::Part(_) | Block::Section(_) => {
                    self.block(b);
                    None
                }
                Block::Targets(_) | Block::Table(_) => None,
            };
            let Some((kind, text)) = running else {
                continue;
            };
            if counts_targets(text.as_str()) {
                *b = Block::Paragraph(self.results_sentence());
                self.rebuilt += 1;
            } else {
                *b = Block::Rewrite(Rewrite {
                    id: crate::model::Id::UNSET,
                    kind,
                    text: Rich::default(),
                    reference: Rich::new(self.written_out(text.as_str())),
                    reference_year: self.year,
                });
                self.written += 1;
            }
        }
    }

    /// The sentence that counts the targets met, from the data: the counts
    /// are fields of the new plan's review, the plan is the one continued.
    fn results_sentence(&self) -> Rich {
        let detail = self
            .results
            .map(|k| format!(" (Chi tiết tại {{pl:{k}}} kèm theo)"))
            .unwrap_or_default();
        Rich::new(format!(
            "Thực hiện {{kh:trước}}, các cơ quan, đơn vị đã phấn đấu đạt và vượt {{ct:đạt và vượt}} \
             chỉ tiêu Kế hoạch đề ra, trong đó có {{ct:vượt}} chỉ tiêu vượt và {{ct:đạt}} chỉ tiêu \
             đạt Kế hoạch{detail}."
        ))
    }

    /// `text` as last year's plan printed it: every field it can resolve
    /// written out ("{năm}" → "2024"), so the reference never moves on.
    fn written_out(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            match c {
                '\\' => {
                    out.push(c);
                    if let Some((_, n)) = chars.next() {
                        out.push(n);
                    }
                }
                '{' => {
                    let rest = &text[i + 1..];
                    let value = rest
                        .find('}')
                        .and_then(|end| Some((end, self.fields.resolve(&rest[..end])?)));
                    match value {
                        Some((end, v)) => {
                            out.push_str(&escape(&v));
                            // Skip the name and its `}`.
                            while chars.peek().is_some_and(|&(j, _)| j <= i + 1 + end) {
                                chars.next();
                            }
                        }
                        None => out.push(c),
                    }
                }
                _ => out.push(c),
            }
        }
        out
    }
}

/// Whether a text states the counts of targets met (`{ct:…}` fields).
fn counts_targets(text: &str) -> bool {
    crate::model::rich::parse(text)
        .iter()
        .any(|t| matches!(t, crate::model::rich::Token::Field(n, _) if n.starts_with("ct:")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Part, Section};

    fn prev() -> Plan {
        let mut p = Plan::new(2024);
        p.body = vec![
            Block::Part(Part {
                title: Rich::new("ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM {năm-1}"),
                blocks: vec![
                    Block::Paragraph(Rich::new(
                        "Thực hiện Kế hoạch số 99/KH-UBND ngày 16/3/2023, đạt và vượt {ct:đạt và vượt} chỉ tiêu",
                    )),
                    Block::Section(Section {
                        title: Rich::new("Tồn tại, hạn chế:"),
                        text: Rich::new("Năm {năm-1} còn chậm^[Theo **báo cáo** năm {năm-1}]"),
                        ..Default::default()
                    }),
                ],
                ..Default::default()
            }),
            Block::Part(Part {
                title: Rich::new("NỘI DUNG KẾ HOẠCH NĂM {năm}"),
                blocks: vec![Block::Paragraph(Rich::new("Năm {năm} tiếp tục"))],
                ..Default::default()
            }),
        ];
        p
    }

    #[test]
    fn the_evaluation_is_left_to_write_with_last_years_text_beside_it() {
        let prev = prev();
        let mut p = prev.clone();
        p.year = 2025;
        let mut r = Report::default();
        rewrite(&mut p, &prev, Some("kq"), &mut r);
        let Block::Part(eval) = &p.body[0] else {
            panic!("a part")
        };
        let Block::Paragraph(counts) = &eval.blocks[0] else {
            panic!("{:?}", eval.blocks[0])
        };
        assert!(counts.as_str().starts_with("Thực hiện {kh:trước},"));
        assert!(counts.as_str().contains("{pl:kq}"));
        assert!(!counts.as_str().contains("99/KH-UBND"));
        let Block::Section(s) = &eval.blocks[1] else {
            panic!("a section")
        };
        assert!(s.text.is_blank());
        let Block::Rewrite(w) = &s.blocks[0] else {
            panic!("{:?}", s.blocks[0])
        };
        assert!(w.text.is_blank(), "nothing prints until written");
        assert_eq!(
            w.reference.as_str(),
            "Năm 2023 còn chậm^[Theo **báo cáo** năm 2023]",
            "last year's years written out, markup kept"
        );
        assert_eq!(w.reference_year, 2024);
        // The plan part is not touched here.
        assert_eq!(p.body[1], prev.body[1]);
        assert_eq!(r.flags.len(), 2, "{:?}", r.flags);
    }

    #[test]
    fn evaluation_titles_are_recognised_by_their_words_or_year() {
        assert!(is_evaluation(
            "ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM {năm-1}",
            2024
        ));
        assert!(is_evaluation("TÌNH HÌNH THỰC HIỆN MỤC TIÊU NĂM 2023", 2024));
        assert!(is_evaluation("Kết quả năm 2023", 2024));
        assert!(!is_evaluation("MỤC TIÊU", 2024));
        assert!(!is_evaluation("NHIỆM VỤ VÀ GIẢI PHÁP NĂM {năm}", 2024));
        assert!(!is_evaluation("CHƯƠNG TRÌNH ĐẾN NĂM 2023", 2024));
    }
}

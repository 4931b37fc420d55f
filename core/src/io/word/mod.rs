//! Import from Word: a plan written in Word (.docx) turned into kehoach's
//! model as far as it can be recognised, with a report of what could not be
//! or was guessed. `read` gives the file's paragraphs and tables; the
//! header, body, tables and closing are recognised here and in the modules
//! beside it. Numbers typed or made by Word's numbering are dropped (kehoach
//! computes them); typed totals are compared with computed ones.

pub mod agencies;
mod header;
mod labels;
mod numbering;
mod pieces;
mod read;
pub mod report;
mod tables;
mod xml;

pub use read::ReadError;
pub use report::{Note, Report};

use crate::model::body::{Block, Numbering, Part, Section};
use crate::model::decision::{Article, Decision};
use crate::model::items::{Item, Level};
use crate::model::table::Period;
use crate::model::to_review::{Anchor, ReviewItem, ReviewKind};
use crate::model::{Appendix, Id, IdGen, Plan, Rich};
use agencies::Directory;
use labels::Kind;
use numbering::Label;
use read::{Align, Block as WordBlock, Para};

/// A plan read from Word and what the reading could not settle.
#[derive(Clone, Debug)]
pub struct Imported {
    pub plan: Plan,
    pub report: Report,
}

/// Reads a .docx into a plan (a dossier when a decision issues it).
pub fn import(bytes: &[u8]) -> Result<Imported, ReadError> {
    let blocks = pieces::join(read::read(bytes)?);
    Ok(build(blocks))
}

/// The kind of document a line announces, if it is one.
fn doc_kind(p: &Para) -> Option<&'static str> {
    let t = p.plain.trim();
    ["KẾ HOẠCH", "QUYẾT ĐỊNH", "TỜ TRÌNH"]
        .into_iter()
        .find(|k| t == *k)
}

fn is_appendix_start(p: &Para) -> bool {
    let t = p.plain.trim();
    let up = t.to_uppercase();
    let rest = match up.strip_prefix("PHỤ LỤC") {
        Some(r) => r.trim(),
        None => return false,
    };
    t.chars().count() <= 24 && rest.chars().all(|c| "IVXLC0123456789 .".contains(c))
}

/// A line in brackets from block `i` ("(Kèm theo Kế hoạch số … ngày …"),
/// with the lines a line break or a new paragraph carried on to its ")":
/// its words, and the block after it.
fn aside(blocks: &[WordBlock], i: usize) -> (String, usize) {
    let mut text = String::new();
    let mut at = i;
    while let Some(WordBlock::Para(p)) = blocks.get(at) {
        let t = p.plain.trim();
        if at > i && (t.starts_with('(') || at - i >= 3) {
            break;
        }
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(t);
        at += 1;
        if t.contains(')') {
            break;
        }
    }
    (text, at.max(i + 1))
}

fn is_closing(p: &Para) -> bool {
    p.plain.trim_start().starts_with("Nơi nhận")
}

fn lines_of(blocks: &[WordBlock]) -> Vec<String> {
    let mut out = Vec::new();
    for b in blocks {
        match b {
            WordBlock::Para(p) => out.extend(p.plain.lines().map(str::to_string)),
            WordBlock::Table(t) => {
                // Column by column: the left cell's lines, then the right's.
                let width = t.rows.iter().map(Vec::len).max().unwrap_or(0);
                for x in 0..width {
                    for r in &t.rows {
                        if let Some(c) = r.get(x) {
                            for p in &c.paras {
                                out.extend(p.plain.lines().map(str::to_string));
                            }
                        }
                    }
                }
            }
        }
    }
    out
}

struct Builder {
    plan: Plan,
    ids: IdGen,
    dir: Directory,
    report: Report,
}

impl Builder {
    fn id(&mut self) -> Id {
        self.ids.fresh()
    }

    fn years(&self, s: &str) -> String {
        tables::year_fields(s, self.plan.year)
    }

    fn rich(&self, s: &str) -> Rich {
        Rich::new(self.years(s))
    }
}

fn build(blocks: Vec<WordBlock>) -> Imported {
    let mut b = Builder {
        plan: Plan::new(chrono::Datelike::year(&chrono::Local::now())),
        ids: IdGen::above(0),
        dir: Directory::default(),
        report: Report::default(),
    };
    b.plan.recipients.clear();
    let kinds: Vec<(usize, &'static str)> = blocks
        .iter()
        .enumerate()
        .filter_map(|(i, x)| match x {
            WordBlock::Para(p) => doc_kind(p).map(|k| (i, k)),
            WordBlock::Table(_) => None,
        })
        .collect();
    let plan_at = kinds
        .iter()
        .find(|(_, k)| *k == "KẾ HOẠCH")
        .map(|(i, _)| *i);
    let decision_at = kinds
        .iter()
        .find(|(_, k)| *k == "QUYẾT ĐỊNH")
        .map(|(i, _)| *i);
    // The plan's header block starts after the previous document's end:
    // the borderless table or the lines just before "KẾ HOẠCH".
    let header_start = |kind_at: usize, from: usize| {
        let mut s = kind_at;
        while s > from {
            match &blocks[s - 1] {
                WordBlock::Table(t) if !t.borders => {
                    s -= 1;
                    break;
                }
                WordBlock::Para(p) if p.align == Align::Center || p.plain.starts_with("Số") => {
                    s -= 1
                }
                _ => break,
            }
            if kind_at - s > 8 {
                break;
            }
        }
        s
    };
    let (plan_from, decision) = match (plan_at, decision_at) {
        (Some(p), Some(d)) if d < p => {
            let start = header_start(p, d + 1);
            (start, Some((0, d, start)))
        }
        (Some(p), _) => (header_start(p, 0), None),
        _ => (0, None),
    };
    let Some(kind_at) = plan_at else {
        b.report.note_at(
            "Không thấy dòng \"KẾ HOẠCH\" mở đầu văn bản: cả tệp được đọc như phần nội dung của kế hoạch."
                .into(),
            Anchor::Meta("doc_type".into()),
        );
        body_and_rest(&mut b, &blocks, 0);
        return finish(b);
    };
    // Header and title.
    header::header(&lines_of(&blocks[plan_from..kind_at]), &mut b.plan.meta);
    b.plan.meta.doc_type = "KẾ HOẠCH".into();
    let mut i = kind_at + 1;
    let mut title = Vec::new();
    while let Some(WordBlock::Para(p)) = blocks.get(i) {
        let t = p.plain.trim();
        if t.starts_with("(Ban hành kèm theo") {
            i = aside(&blocks, i).1;
            continue;
        }
        if p.align != Align::Center || t.starts_with("Căn cứ") || labels::typed(t).is_some() {
            break;
        }
        if t.chars().any(char::is_alphanumeric) {
            title.push(t.replace('\n', " "));
        }
        i += 1;
    }
    let title = title.join(" ");
    match header::years(&title).or_else(|| b.plan.meta.date.year.map(|y| (y, None))) {
        Some((year, until)) => {
            b.plan.year = year;
            b.plan.until = until;
        }
        None => b.report.note_at(
            format!(
                "Không đọc được năm của kế hoạch từ tiêu đề; tạm lấy năm {}.",
                b.plan.year
            ),
            Anchor::Year,
        ),
    }
    if b.plan.meta.date.year.is_none() {
        b.plan.meta.date.year = Some(b.plan.year);
    }
    b.plan.meta.title = b.rich(&title);
    if title.is_empty() {
        b.report.note_at(
            "Không thấy tiêu đề kế hoạch dưới chữ KẾ HOẠCH.".into(),
            Anchor::Meta("title".into()),
        );
    }
    if let Some((from, kind, to)) = decision {
        decision_of(&mut b, &blocks[from..to], kind - from);
    }
    body_and_rest(&mut b, &blocks, i);
    finish(b)
}

/// Preamble, body, closing and appendices from block `i` on.
fn body_and_rest(b: &mut Builder, blocks: &[WordBlock], mut i: usize) {
    // "Căn cứ …" lines under the title.
    while let Some(WordBlock::Para(p)) = blocks.get(i) {
        if !p.plain.trim_start().starts_with("Căn cứ") {
            break;
        }
        let text = plain_rich(p);
        b.plan.preamble.push(b.rich(&text));
        i += 1;
    }
    let end_of_body = blocks[i..]
        .iter()
        .position(|x| match x {
            WordBlock::Para(p) => is_closing(p) || is_appendix_start(p),
            WordBlock::Table(t) => {
                !t.borders
                    && t.rows
                        .iter()
                        .flatten()
                        .any(|c| c.paras.iter().any(is_closing))
            }
        })
        .map_or(blocks.len(), |n| i + n);
    let body = outline(b, &blocks[i..end_of_body]);
    b.plan.body = body;
    i = end_of_body;
    // The closing: recipients and signature, up to the first appendix.
    let end_of_closing = blocks[i..]
        .iter()
        .position(|x| matches!(x, WordBlock::Para(p) if is_appendix_start(p)))
        .map_or(blocks.len(), |n| i + n);
    closing(b, &blocks[i..end_of_closing]);
    i = end_of_closing;
    // Appendices.
    while i < blocks.len() {
        let next = blocks[i + 1..]
            .iter()
            .position(|x| matches!(x, WordBlock::Para(p) if is_appendix_start(p)))
            .map_or(blocks.len(), |n| i + 1 + n);
        appendix(b, &blocks[i..next]);
        i = next;
    }
}

fn closing(b: &mut Builder, blocks: &[WordBlock]) {
    if blocks.is_empty() {
        return;
    }
    // Recipients are the dash lines after "Nơi nhận"; the signature the
    // rest, whether a table holds them side by side or not.
    let mut recipients = Vec::new();
    let mut signature = Vec::new();
    let take = |p: &Para, recipients: &mut Vec<String>, signature: &mut Vec<String>| {
        for line in p.plain.lines() {
            let t = line.trim();
            if t.starts_with("Nơi nhận") {
                continue;
            }
            if t.starts_with('-') || t.starts_with('–') {
                recipients.extend(header::recipient(t));
            } else if !t.is_empty() {
                signature.push(t.to_string());
            }
        }
    };
    for x in blocks {
        match x {
            WordBlock::Para(p) => take(p, &mut recipients, &mut signature),
            WordBlock::Table(t) => {
                for row in &t.rows {
                    for c in row {
                        for p in &c.paras {
                            take(p, &mut recipients, &mut signature);
                        }
                    }
                }
            }
        }
    }
    b.plan.recipients = recipients.iter().map(|r| b.years(r)).collect();
    match header::signature(&signature) {
        Some(s) => b.plan.signature = s,
        None => b.report.note_at(
            "Không thấy phần ký tên; giữ chữ ký mặc định.".into(),
            Anchor::Meta("signature".into()),
        ),
    }
}

fn appendix(b: &mut Builder, blocks: &[WordBlock]) {
    let Some(WordBlock::Para(first)) = blocks.first() else {
        return;
    };
    let key = first
        .plain
        .trim()
        .to_uppercase()
        .trim_start_matches("PHỤ LỤC")
        .trim()
        .trim_end_matches('.')
        .to_string();
    let mut i = 1;
    let mut title = Vec::new();
    let mut unit = None;
    while let Some(WordBlock::Para(p)) = blocks.get(i) {
        let t = p.plain.trim();
        if t.starts_with("(Kèm theo")
            || t.starts_with("(kèm theo")
            || t.starts_with("(Ban hành kèm")
        {
            // "(Kèm theo Kế hoạch số …/KH-UBND ngày … của Ủy ban nhân dân tỉnh)".
            let (t, next) = aside(blocks, i);
            i = next;
            if let Some((_, issuer)) = t.rsplit_once(" của ") {
                let issuer = issuer.trim_end_matches(')').trim();
                if !issuer.is_empty() && b.plan.meta.issuer == crate::model::Meta::default().issuer
                {
                    b.plan.meta.issuer = issuer.to_string();
                }
            }
            continue;
        }
        if t.starts_with("ĐVT") || t.starts_with("Đơn vị tính") {
            unit = Some(t.trim_matches(['(', ')']).to_string());
            i += 1;
            continue;
        }
        if p.align != Align::Center || labels::typed(t).is_some() {
            break;
        }
        title.push(t.replace('\n', " "));
        i += 1;
    }
    let name = format!("Phụ lục {key}");
    let title = b.rich(&title.join(" "));
    let period = if crate::model::body::is_evaluation(title.as_str(), b.plan.year) {
        Period::Previous
    } else {
        Period::Plan
    };
    let mut inner = Vec::new();
    for x in &blocks[i..] {
        if let WordBlock::Para(p) = x {
            let t = p.plain.trim();
            if t.starts_with("ĐVT") || t.starts_with("Đơn vị tính") {
                unit = Some(t.trim_matches(['(', ')']).to_string());
                continue;
            }
        }
        inner.push(x.clone());
    }
    let id = b.id();
    let appendix_blocks = outline_in(
        b,
        &inner,
        period,
        &name,
        Some(Anchor::Row(id, String::new())),
    );
    let key = if key.is_empty() {
        format!("{}", b.plan.appendices.len() + 1)
    } else {
        key
    };
    b.plan.appendices.push(Appendix {
        id,
        key: key.clone(),
        title,
        unit_line: unit,
        blocks: appendix_blocks,
        ..Default::default()
    });
}

/// One heading or text of the body before nesting.
enum Entry {
    Head {
        kind: Kind,
        title: Rich,
        text: Rich,
    },
    /// A heading before its title and run-in text are told apart (that
    /// depends on whether the document bolds the titles of its level).
    Raw {
        kind: Kind,
        rich: String,
        bold: bool,
        lead: bool,
    },
    Leaf(Block),
}

fn outline(b: &mut Builder, blocks: &[WordBlock]) -> Vec<Block> {
    outline_in(b, blocks, Period::Plan, "Nội dung", None)
}

/// Paragraphs and tables as the body's tree of parts and sections.
fn outline_in(
    b: &mut Builder,
    blocks: &[WordBlock],
    period: Period,
    name: &str,
    at: Option<Anchor>,
) -> Vec<Block> {
    let mut entries = Vec::new();
    let mut evaluating = period == Period::Previous;
    for x in blocks {
        match x {
            WordBlock::Table(t) => {
                let ctx = tables::Context {
                    period: if evaluating {
                        Period::Previous
                    } else {
                        Period::Plan
                    },
                    name,
                    at: at.clone(),
                };
                let Builder {
                    plan,
                    ids,
                    dir,
                    report,
                } = b;
                let table = tables::table(t, plan, dir, &mut || ids.fresh(), &ctx, report);
                entries.push(Entry::Leaf(Block::Table(table)));
            }
            WordBlock::Para(p) => {
                let entry = entry(b, p);
                if let Entry::Raw { kind, rich, .. } = &entry
                    && kind.rank() <= 1
                    && period == Period::Plan
                {
                    evaluating = crate::model::body::is_evaluation(rich, b.plan.year);
                }
                entries.push(entry);
            }
        }
    }
    nest(
        &mut settle(entries).into_iter().peekable(),
        None,
        0,
        &mut || b.ids.fresh(),
    )
}

/// A paragraph's text as rich text with its own look (a wholly bold or
/// italic paragraph keeps its markers; headings drop them).
fn plain_rich(p: &Para) -> String {
    let marker = match (p.bold, p.italic) {
        (true, true) => "***",
        (true, false) => "**",
        (false, true) => "*",
        (false, false) => "",
    };
    if marker.is_empty() || p.rich.is_empty() {
        p.rich.clone()
    } else {
        format!("{marker}{}{marker}", p.rich)
    }
}

fn entry(b: &Builder, p: &Para) -> Entry {
    let (kind, rich) = match &p.label {
        Some(Label::Bullet) => (Some(Kind::Bullet), p.rich.clone()),
        Some(Label::SubBullet) => (Some(Kind::SubBullet), p.rich.clone()),
        Some(Label::Number(n)) => (
            labels::typed(&format!("{n} ")).map(|(k, _)| k),
            p.rich.clone(),
        ),
        None => match labels::typed(&p.plain) {
            Some((k, len)) => (Some(k), labels::strip_rich(&p.rich, p.plain[..len].trim())),
            None => (None, p.rich.clone()),
        },
    };
    let rich = b.years(&rich);
    match kind {
        None => Entry::Leaf(Block::Paragraph(Rich::new(if p.label.is_some() {
            rich
        } else {
            plain_rich(&Para { rich, ..p.clone() })
        }))),
        Some(Kind::Bullet) => Entry::Leaf(Block::Bullet(Rich::new(rich))),
        Some(Kind::SubBullet) => Entry::Leaf(Block::SubBullet(Rich::new(rich))),
        Some(kind) => Entry::Raw {
            kind,
            lead: rich.trim_start().starts_with("**"),
            rich,
            bold: p.bold,
        },
    }
}

/// A heading's title and its run-in text: a bold lead ("**Mục tiêu:** …"),
/// or the words up to a colon, or the whole when it reads as a title. Where
/// the document bolds its titles of this level (`bolded`), a heading with no
/// bold words is a numbered paragraph: all text, no title.
fn split_heading(rich: &str, all_bold: bool, bolded: bool) -> (String, String) {
    let rich = rich.trim();
    if all_bold {
        return (rich.replace("**", ""), String::new());
    }
    if let Some(rest) = rich.strip_prefix("**")
        && let Some(end) = rest.find("**")
    {
        let title = rest[..end].trim().to_string();
        let text = rest[end + 2..].trim().to_string();
        return (title, text);
    }
    if bolded {
        return (String::new(), rich.to_string());
    }
    if let Some(colon) = colon_outside_notes(rich) {
        let (head, tail) = rich.split_at(colon + 1);
        if visible_len(head) <= 250 && !tail.trim().is_empty() {
            return (head.trim().to_string(), tail.trim().to_string());
        }
    }
    let sentence = rich.trim_end().ends_with(['.', ';']);
    if visible_len(rich) <= 160 && !sentence {
        (rich.to_string(), String::new())
    } else {
        (String::new(), rich.to_string())
    }
}

fn numbering(kind: Kind, depth: usize) -> Numbering {
    let n = match kind {
        Kind::Roman => Numbering::Roman,
        Kind::Arabic => Numbering::Arabic,
        Kind::Decimal(_) => Numbering::Decimal,
        _ => Numbering::Letter,
    };
    if Numbering::Auto.resolve(depth) == n {
        Numbering::Auto
    } else {
        n
    }
}

/// Nests entries under their headings: a heading takes what follows until a
/// heading of its rank or shallower.
fn nest(
    entries: &mut std::iter::Peekable<std::vec::IntoIter<Entry>>,
    parent_rank: Option<usize>,
    depth: usize,
    ids: &mut dyn FnMut() -> Id,
) -> Vec<Block> {
    let mut out = Vec::new();
    while let Some(next) = entries.peek() {
        if let (Entry::Head { kind, .. }, Some(rank)) = (next, parent_rank)
            && kind.rank() <= rank
        {
            break;
        }
        let Some(e) = entries.next() else { break };
        match e {
            Entry::Leaf(block) => out.push(block),
            // Settled before nesting; kept as text should one slip through.
            Entry::Raw { rich, .. } => out.push(Block::Paragraph(Rich::new(rich))),
            Entry::Head {
                kind: Kind::Part,
                title,
                text,
            } => {
                let mut blocks = nest(entries, Some(0), 0, ids);
                if !text.is_empty() {
                    blocks.insert(0, Block::Paragraph(text));
                }
                out.push(Block::Part(Part {
                    id: ids(),
                    title,
                    blocks,
                }));
            }
            Entry::Head { kind, title, text } => {
                let blocks = nest(entries, Some(kind.rank()), depth + 1, ids);
                out.push(Block::Section(Section {
                    id: ids(),
                    numbering: numbering(kind, depth),
                    title,
                    text,
                    blocks,
                }));
            }
        }
    }
    out
}

/// The decision issuing the plan: header, title, competence, bases,
/// articles, closing.
fn decision_of(b: &mut Builder, blocks: &[WordBlock], kind_at: usize) {
    let mut d = Decision::default();
    header::header(&lines_of(&blocks[..kind_at]), &mut d.meta);
    let mut i = kind_at + 1;
    let mut title = Vec::new();
    while let Some(WordBlock::Para(p)) = blocks.get(i) {
        let t = p.plain.trim();
        if p.align != Align::Center || t.starts_with("Căn cứ") {
            break;
        }
        if t == t.to_uppercase() && t.chars().any(char::is_alphabetic) && !title.is_empty() {
            d.competence = t.to_string();
            i += 1;
            break;
        }
        title.push(t.to_string());
        i += 1;
    }
    if !title.is_empty() {
        d.meta.title = b.rich(&title.join(" "));
    }
    d.bases.clear();
    d.articles.clear();
    d.recipients.clear();
    let mut closing_at = blocks.len();
    for (k, x) in blocks.iter().enumerate().skip(i) {
        match x {
            WordBlock::Para(p) if is_closing(p) => {
                closing_at = k;
                break;
            }
            WordBlock::Table(t)
                if t.rows
                    .iter()
                    .flatten()
                    .any(|c| c.paras.iter().any(is_closing)) =>
            {
                closing_at = k;
                break;
            }
            WordBlock::Para(p) => {
                let t = p.plain.trim();
                if t.starts_with("QUYẾT ĐỊNH") {
                    continue;
                }
                if let Some(rest) = t.strip_prefix("Điều ") {
                    let n: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
                    let label = format!("Điều {n}.");
                    let text = labels::strip_rich(&p.rich.replace("**", ""), &label);
                    let text = text.trim_start_matches([' ', '.']).to_string();
                    let id = b.id();
                    d.articles.push(Article {
                        id,
                        text: b.rich(&text),
                        items: Vec::new(),
                    });
                } else if d.articles.is_empty() {
                    d.bases.push(b.rich(&plain_rich(p).replace('*', "")));
                } else {
                    let (level, text) = match labels::typed(&p.plain) {
                        Some((k, len)) => (
                            match k {
                                Kind::Roman | Kind::Part => Level::Heading,
                                Kind::Arabic | Kind::Decimal(_) => Level::Clause,
                                Kind::Letter => Level::Point,
                                Kind::Bullet | Kind::SubBullet => Level::Bullet,
                            },
                            labels::strip_rich(&p.rich, p.plain[..len].trim()),
                        ),
                        None => (Level::Paragraph, p.rich.clone()),
                    };
                    let id = b.id();
                    let text = b.rich(&text);
                    if let Some(a) = d.articles.last_mut() {
                        a.items.push(Item { id, level, text });
                    }
                }
            }
            WordBlock::Table(_) => {}
        }
    }
    // The decision's closing, read as the plan's and moved over.
    let saved = (
        std::mem::take(&mut b.plan.recipients),
        b.plan.signature.clone(),
    );
    closing(b, &blocks[closing_at..]);
    d.recipients = std::mem::replace(&mut b.plan.recipients, saved.0);
    d.signature = std::mem::replace(&mut b.plan.signature, saved.1);
    b.plan.decision = Some(d);
}

fn finish(mut b: Builder) -> Imported {
    if b.plan.targets.is_empty() {
        let year = b.plan.year;
        let mut groups = Vec::new();
        targets_from_lists(&mut b.plan.body, false, year, &mut groups, &mut || {
            b.ids.fresh()
        });
        b.plan.targets = groups;
    }
    b.plan.agencies = std::mem::take(&mut b.dir.agencies);
    for (key, short, full) in std::mem::take(&mut b.dir.taken_as) {
        b.report.note_at(
            format!(
                "\"{short}\" được coi là tên viết tắt của \"{full}\" (một cơ quan); \
                 nếu là hai cơ quan khác nhau, thêm cơ quan kia trong Danh mục cơ quan và chọn lại ở các dòng của nó."
            ),
            Anchor::Agency(key),
        );
    }
    link_appendices(&mut b.plan);
    crate::model::agency_mentions::link_all(&mut b.plan);
    b.plan.assign_ids();
    b.plan.dedupe_ids();
    // "khoản 1 mục IV" typed in the text: a field that prints the same words
    // and follows the section when sections are added or moved.
    crate::model::section_ref::link_all(&mut b.plan);
    // The report, also kept in the plan as its review list.
    for n in &b.report.notes {
        b.plan.to_review.push(ReviewItem {
            kind: ReviewKind::Import,
            at: n.at.clone().unwrap_or(Anchor::Year),
            message: n.message.clone(),
            was: String::new(),
            done: false,
        });
    }
    Imported {
        plan: b.plan,
        report: b.report,
    }
}

impl Imported {
    /// What was recognised, a line each, for the command line and the editor.
    pub fn summary(&self) -> Vec<String> {
        let p = &self.plan;
        let mut out = Vec::new();
        if let Some(d) = &p.decision {
            out.push(format!(
                "Quyết định ban hành kế hoạch: {} điều",
                d.articles.len()
            ));
        }
        let kind = if p.is_multi_year() {
            format!("giai đoạn {}", p.period_text())
        } else {
            format!("năm {}", p.year)
        };
        out.push(format!("Kế hoạch {kind}: {}", p.meta.title.as_str()));
        let sections = count_sections(&p.body);
        out.push(format!(
            "Nội dung: {} phần, {} mục; {} căn cứ",
            p.body
                .iter()
                .filter(|b| matches!(b, Block::Part(_)))
                .count(),
            sections,
            p.preamble.len()
        ));
        let targets = |g: &[crate::model::TargetGroup]| {
            (g.iter().map(|g| g.targets.len()).sum::<usize>(), g.len())
        };
        let (t, g) = targets(&p.targets);
        if t > 0 {
            out.push(format!("Chỉ tiêu: {t} trong {g} nhóm"));
        }
        let (t, g) = targets(&p.review.targets);
        if t > 0 {
            out.push(format!("Chỉ tiêu năm đánh giá: {t} trong {g} nhóm"));
        }
        let tasks: usize = p
            .tasks
            .iter()
            .flat_map(|g| &g.tasks)
            .map(|t| t.count())
            .sum();
        if tasks > 0 {
            out.push(format!("Nhiệm vụ: {tasks} trong {} nhóm", p.tasks.len()));
        }
        for (name, b) in [("", &p.budget), (" năm đánh giá", &p.review.budget)] {
            if !b.investment.is_empty() {
                out.push(format!("Dự án đầu tư{name}: {}", b.investment.len()));
            }
            if !b.recurrent.is_empty() {
                out.push(format!(
                    "Nhiệm vụ chi thường xuyên{name}: {}",
                    b.recurrent.len()
                ));
            }
        }
        out.push(format!(
            "Phụ lục: {}; cơ quan: {}",
            p.appendices.len(),
            p.agencies.len()
        ));
        out
    }
}

fn count_sections(blocks: &[Block]) -> usize {
    blocks
        .iter()
        .map(|b| match b {
            Block::Section(s) => 1 + count_sections(&s.blocks),
            Block::Part(p) => count_sections(&p.blocks),
            _ => 0,
        })
        .sum()
}

/// Targets the text lists as dash lines, one list per section under a
/// "Mục tiêu" heading, become target groups printed where they were; only
/// when no table lists the plan's targets (then the lines are text).
fn targets_from_lists(
    blocks: &mut [Block],
    under_goals: bool,
    year: i32,
    groups: &mut Vec<crate::model::TargetGroup>,
    ids: &mut dyn FnMut() -> Id,
) {
    for block in blocks {
        let is_section = matches!(block, Block::Section(_));
        let (title, children) = match block {
            Block::Section(s) => (s.title.as_str().to_string(), &mut s.blocks),
            Block::Part(p) => (p.title.as_str().to_string(), &mut p.blocks),
            _ => continue,
        };
        let slug = crate::model::agency::slug(&title);
        let goals = (slug.contains("muc-tieu") || slug.contains("chi-tieu"))
            && !crate::model::body::is_evaluation(&title, year);
        let lines = !children.is_empty()
            && children
                .iter()
                .all(|c| matches!(c, Block::Bullet(_) | Block::SubBullet(_)));
        if (under_goals || goals) && lines && is_section {
            let Block::Section(s) = block else { continue };
            let id = ids();
            let targets = s
                .blocks
                .iter()
                .filter_map(|c| match c {
                    Block::Bullet(t) | Block::SubBullet(t) => Some(crate::model::Target {
                        id: ids(),
                        name: t.clone(),
                        ..Default::default()
                    }),
                    _ => None,
                })
                .collect();
            groups.push(crate::model::TargetGroup {
                id,
                name: Rich::new(s.title.as_str().trim_end_matches(':').to_uppercase()),
                targets,
            });
            s.blocks = vec![Block::Targets(crate::model::body::TargetList { group: id })];
            continue;
        }
        targets_from_lists(children, under_goals || goals, year, groups, ids);
    }
}

/// "Phụ lục II" written in the text becomes the appendix's field, so that
/// the number follows when appendices are added or moved.
fn link_appendices(plan: &mut Plan) {
    let mut keys: Vec<String> = plan.appendices.iter().map(|a| a.key.clone()).collect();
    // "Phụ lục III" before "Phụ lục II".
    keys.sort_by_key(|k| std::cmp::Reverse(k.len()));
    crate::model::text_walk::for_each_string_mut(plan, &mut |text| {
        for key in &keys {
            for word in ["Phụ lục", "phụ lục"] {
                let written = format!("{word} {key}");
                let mut out = String::with_capacity(text.len());
                let mut rest = text.as_str();
                while let Some(at) = rest.find(&written) {
                    let after = &rest[at + written.len()..];
                    let whole = !after.starts_with(|c: char| c.is_alphanumeric());
                    out.push_str(&rest[..at]);
                    if whole {
                        out.push_str(&format!("{{pl:{key}}}"));
                    } else {
                        out.push_str(&written);
                    }
                    rest = after;
                }
                out.push_str(rest);
                *text = out;
            }
        }
    });
}

/// The first ':' not inside a footnote (`^[…]`).
fn colon_outside_notes(rich: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut prev = '\0';
    for (i, c) in rich.char_indices() {
        match c {
            '[' if prev == '^' => depth += 1,
            ']' if depth > 0 && prev != '\\' => depth -= 1,
            ':' if depth == 0 => return Some(i),
            _ => {}
        }
        prev = c;
    }
    None
}

/// Tells titles from run-in text once the whole body is read, and gives a
/// "Phần I" line standing alone the title on the line after it.
fn settle(entries: Vec<Entry>) -> Vec<Entry> {
    let bolded: Vec<usize> = entries
        .iter()
        .filter_map(|e| match e {
            Entry::Raw {
                kind, bold, lead, ..
            } if *bold || *lead => Some(kind.rank()),
            _ => None,
        })
        .collect();
    let mut out: Vec<Entry> = Vec::with_capacity(entries.len());
    for e in entries {
        if let (
            Some(Entry::Head {
                kind: Kind::Part,
                title,
                ..
            }),
            Entry::Leaf(Block::Paragraph(t)),
        ) = (out.last_mut(), &e)
            && title.is_empty()
        {
            *title = Rich::new(t.as_str().replace("**", "").trim().to_string());
            continue;
        }
        out.push(match e {
            Entry::Raw {
                kind, rich, bold, ..
            } => {
                let (title, text) = split_heading(&rich, bold, bolded.contains(&kind.rank()));
                Entry::Head {
                    kind,
                    title: Rich::new(title),
                    text: Rich::new(text),
                }
            }
            other => other,
        });
    }
    out
}

/// Letters that print in the line: a footnote's text is not counted.
fn visible_len(rich: &str) -> usize {
    match rich.find("^[") {
        Some(at) => {
            let rest = &rich[at..];
            let end = rest.find(']').map_or(rest.len(), |e| e + 1);
            rich[..at].chars().count() + visible_len(&rest[end..])
        }
        None => rich.chars().count(),
    }
}

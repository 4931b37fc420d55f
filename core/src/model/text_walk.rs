//! Visits every piece of user text in a plan with its path. One walk serves
//! NFC normalisation on load, the font coverage check, find, and the
//! year conversion of roll-over, so no field is forgotten by one of them.

use super::body::Block;
use super::budget::Budget;
use super::plan::Plan;
use super::table::Table;
use super::targets::TargetGroup;
use super::tasks::Task;
use std::fmt;

/// Where a text sits: `targets[2].targets[5].name`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextPath(Vec<Seg>);

#[derive(Clone, Debug, PartialEq, Eq)]
enum Seg {
    Field(&'static str),
    Index(usize),
}

impl TextPath {
    fn push(&mut self, f: &'static str) {
        self.0.push(Seg::Field(f));
    }
    fn idx(&mut self, i: usize) {
        self.0.push(Seg::Index(i));
    }
    fn pop(&mut self) {
        self.0.pop();
    }
    fn pop2(&mut self) {
        self.0.pop();
        self.0.pop();
    }
}

impl fmt::Display for TextPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, s) in self.0.iter().enumerate() {
            match s {
                Seg::Field(name) if i == 0 => write!(f, "{name}")?,
                Seg::Field(name) => write!(f, ".{name}")?,
                Seg::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

type Visit<'a> = dyn FnMut(&TextPath, &mut String) + 'a;

struct Walker<'a, 'f> {
    path: TextPath,
    f: &'a mut Visit<'f>,
}

impl Walker<'_, '_> {
    fn text(&mut self, name: &'static str, s: &mut String) {
        self.path.push(name);
        (self.f)(&self.path, s);
        self.path.pop();
    }

    fn list(&mut self, name: &'static str, v: &mut [String]) {
        self.path.push(name);
        for (i, s) in v.iter_mut().enumerate() {
            self.path.idx(i);
            (self.f)(&self.path, s);
            self.path.pop();
        }
        self.path.pop();
    }

    fn blocks(&mut self, name: &'static str, blocks: &mut [Block]) {
        self.path.push(name);
        for (i, b) in blocks.iter_mut().enumerate() {
            self.path.idx(i);
            match b {
                Block::Part(p) => {
                    self.text("title", &mut p.title.0);
                    self.blocks("blocks", &mut p.blocks);
                }
                Block::Section(s) => {
                    self.text("title", &mut s.title.0);
                    self.text("text", &mut s.text.0);
                    self.blocks("blocks", &mut s.blocks);
                }
                Block::Paragraph(r) | Block::Bullet(r) | Block::SubBullet(r) => {
                    self.text("text", &mut r.0)
                }
                Block::Targets(_) | Block::Table(Table::LegalBases) => {}
                Block::Table(Table::Free(t)) => {
                    self.path.push("columns");
                    for (c, col) in t.columns.iter_mut().enumerate() {
                        self.path.idx(c);
                        self.text("title", &mut col.title.0);
                        self.path.pop();
                    }
                    self.path.pop();
                    self.path.push("spans");
                    for (c, sp) in t.spans.iter_mut().enumerate() {
                        self.path.idx(c);
                        self.text("title", &mut sp.title.0);
                        self.path.pop();
                    }
                    self.path.pop();
                    self.path.push("rows");
                    for (r, row) in t.rows.iter_mut().enumerate() {
                        self.path.idx(r);
                        self.path.push("cells");
                        for (c, cell) in row.cells.iter_mut().enumerate() {
                            self.path.idx(c);
                            (self.f)(&self.path, &mut cell.0);
                            self.path.pop();
                        }
                        self.path.pop2();
                    }
                    self.path.pop();
                }
                Block::Table(_) => {}
            }
            self.path.pop();
        }
        self.path.pop();
    }

    fn target_groups(&mut self, groups: &mut [TargetGroup]) {
        for (i, g) in groups.iter_mut().enumerate() {
            self.path.idx(i);
            self.text("name", &mut g.name.0);
            self.path.push("targets");
            for (j, t) in g.targets.iter_mut().enumerate() {
                self.path.idx(j);
                self.text("name", &mut t.name.0);
                self.text("unit", &mut t.unit);
                self.text("baseline", &mut t.baseline);
                self.text("target", &mut t.target);
                self.text("result", &mut t.result);
                self.text("note", &mut t.note.0);
                self.path.pop();
            }
            self.path.pop2();
        }
    }

    fn tasks(&mut self, tasks: &mut [Task]) {
        for (i, t) in tasks.iter_mut().enumerate() {
            self.path.idx(i);
            self.text("name", &mut t.name.0);
            self.text("deadline", &mut t.deadline);
            self.text("result", &mut t.result.0);
            self.text("note", &mut t.note.0);
            self.path.push("subtasks");
            self.tasks(&mut t.subtasks);
            self.path.pop2();
        }
    }

    fn budget(&mut self, b: &mut Budget) {
        self.path.push("investment");
        for (i, p) in b.investment.iter_mut().enumerate() {
            self.path.idx(i);
            self.text("name", &mut p.name.0);
            self.text("note", &mut p.note.0);
            self.path.pop();
        }
        self.path.pop();
        self.path.push("recurrent");
        for (i, r) in b.recurrent.iter_mut().enumerate() {
            self.path.idx(i);
            self.text("name", &mut r.name.0);
            self.text("source", &mut r.source);
            self.text("note", &mut r.note.0);
            self.path.pop();
        }
        self.path.pop();
    }

    fn plan(&mut self, p: &mut Plan) {
        self.path.push("meta");
        let m = &mut p.meta;
        self.list("parent_authority", &mut m.parent_authority);
        self.list("authority", &mut m.authority);
        self.text("issuer", &mut m.issuer);
        self.text("symbol", &mut m.symbol);
        self.text("place", &mut m.place);
        self.text("doc_type", &mut m.doc_type);
        self.text("title", &mut m.title.0);
        self.path.pop();

        self.path.push("preamble");
        for (i, r) in p.preamble.iter_mut().enumerate() {
            self.path.idx(i);
            (self.f)(&self.path, &mut r.0);
            self.path.pop();
        }
        self.path.pop();

        self.path.push("legal_bases");
        for (i, g) in p.legal_bases.iter_mut().enumerate() {
            self.path.idx(i);
            self.text("title", &mut g.title.0);
            self.path.push("items");
            for (j, r) in g.items.iter_mut().enumerate() {
                self.path.idx(j);
                (self.f)(&self.path, &mut r.0);
                self.path.pop();
            }
            self.path.pop2();
        }
        self.path.pop();

        self.blocks("body", &mut p.body);

        self.path.push("targets");
        self.target_groups(&mut p.targets);
        self.path.pop();

        self.path.push("tasks");
        for (i, g) in p.tasks.iter_mut().enumerate() {
            self.path.idx(i);
            self.text("name", &mut g.name.0);
            self.path.push("tasks");
            self.tasks(&mut g.tasks);
            self.path.pop2();
        }
        self.path.pop();

        self.path.push("budget");
        self.budget(&mut p.budget);
        self.path.pop();

        self.path.push("review");
        self.path.push("targets");
        self.target_groups(&mut p.review.targets);
        self.path.pop();
        self.path.push("budget");
        self.budget(&mut p.review.budget);
        self.path.pop2();

        self.path.push("appendices");
        for (i, a) in p.appendices.iter_mut().enumerate() {
            self.path.idx(i);
            self.text("title", &mut a.title.0);
            if let Some(u) = a.unit_line.as_mut() {
                self.text("unit_line", u);
            }
            self.blocks("blocks", &mut a.blocks);
            self.path.pop();
        }
        self.path.pop();

        self.list("recipients", &mut p.recipients);

        self.path.push("signature");
        let s = &mut p.signature;
        self.text("on_behalf", &mut s.on_behalf);
        self.text("deputy_for", &mut s.deputy_for);
        self.text("title", &mut s.title);
        self.text("name", &mut s.name);
        self.path.pop();

        self.path.push("agencies");
        for (i, a) in p.agencies.iter_mut().enumerate() {
            self.path.idx(i);
            self.text("name", &mut a.name);
            self.text("short", &mut a.short);
            self.path.pop();
        }
        self.path.pop();
    }
}

/// Calls `f` with every user-visible text of the plan (agency keys and
/// appendix keys are identifiers, not text, and are not visited).
pub fn for_each_text_mut(plan: &mut Plan, f: &mut Visit<'_>) {
    let mut w = Walker {
        path: TextPath::default(),
        f,
    };
    w.plan(plan);
}

/// The same walk without the path, for bulk rewrites.
pub fn for_each_string_mut(plan: &mut Plan, f: &mut dyn FnMut(&mut String)) {
    for_each_text_mut(plan, &mut |_, s| f(s));
}

/// Read-only walk. Clones the plan once; callers are not on a hot path.
pub fn texts(plan: &Plan) -> Vec<(String, String)> {
    let mut copy = plan.clone();
    let mut out = Vec::new();
    for_each_text_mut(&mut copy, &mut |p, s| {
        if !s.is_empty() {
            out.push((p.to_string(), s.clone()));
        }
    });
    out
}

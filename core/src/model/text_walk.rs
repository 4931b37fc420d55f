//! Visits every piece of user text in a plan with its place. One walk serves
//! NFC normalisation on load, the font coverage check, find, and the
//! year conversion of roll-over, so no field is forgotten by one of them.

use super::body::Block;
use super::budget::Budget;
use super::decision::Decision;
use super::dossier::DocKind;
use super::meta::{Meta, Signature};
use super::place::{Filed, Leaf, Place, Tree};
use super::plan::Plan;
use super::submission::Submission;
use super::table::{Period, Table};
use super::targets::TargetGroup;
use super::tasks::Task;

type Visit<'a> = dyn FnMut(&Place, &mut String) + 'a;

struct Walker<'a, 'f> {
    f: &'a mut Visit<'f>,
}

impl Walker<'_, '_> {
    fn text(&mut self, at: Place, s: &mut String) {
        (self.f)(&at, s);
    }

    /// Blocks of the body or of an appendix; `place` makes the place of a
    /// block from its position in the tree.
    fn blocks(
        &mut self,
        blocks: &mut [Block],
        tree: &mut Tree,
        place: &dyn Fn(Tree, Leaf) -> Place,
    ) {
        for (i, b) in blocks.iter_mut().enumerate() {
            tree.push(i);
            let at = |leaf| place(tree.clone(), leaf);
            match b {
                Block::Part(p) => {
                    self.text(at(Leaf::Field("title")), &mut p.title.0);
                    self.blocks(&mut p.blocks, tree, place);
                }
                Block::Section(s) => {
                    self.text(at(Leaf::Field("title")), &mut s.title.0);
                    self.text(at(Leaf::Field("text")), &mut s.text.0);
                    self.blocks(&mut s.blocks, tree, place);
                }
                Block::Paragraph(r) | Block::Bullet(r) | Block::SubBullet(r) => {
                    self.text(at(Leaf::Field("text")), &mut r.0)
                }
                Block::Rewrite(r) => {
                    self.text(at(Leaf::Field("text")), &mut r.text.0);
                    self.text(at(Leaf::Field("reference")), &mut r.reference.0);
                }
                Block::Targets(_) | Block::Table(Table::LegalBases) => {}
                Block::Table(Table::Free(t)) => {
                    for (c, col) in t.columns.iter_mut().enumerate() {
                        self.text(at(Leaf::Column(c)), &mut col.title.0);
                    }
                    for (c, sp) in t.spans.iter_mut().enumerate() {
                        self.text(at(Leaf::Span(c)), &mut sp.title.0);
                    }
                    for (r, row) in t.rows.iter_mut().enumerate() {
                        for (c, cell) in row.cells.iter_mut().enumerate() {
                            self.text(at(Leaf::Cell(r, c)), &mut cell.0);
                        }
                    }
                }
                Block::Table(_) => {}
            }
            tree.pop();
        }
    }

    fn target_groups(&mut self, period: Period, groups: &mut [TargetGroup]) {
        for (i, g) in groups.iter_mut().enumerate() {
            self.text(
                Place::TargetGroup(period, i, Leaf::Field("name")),
                &mut g.name.0,
            );
            for (j, t) in g.targets.iter_mut().enumerate() {
                let at = |f| Place::Target(period, i, j, Leaf::Field(f));
                self.text(at("name"), &mut t.name.0);
                self.text(at("unit"), &mut t.unit);
                self.text(at("baseline"), &mut t.baseline);
                self.text(at("target"), &mut t.target);
                self.text(at("result"), &mut t.result);
                self.text(at("note"), &mut t.note.0);
            }
        }
    }

    fn tasks(&mut self, group: usize, tasks: &mut [Task], tree: &mut Tree) {
        for (i, t) in tasks.iter_mut().enumerate() {
            tree.push(i);
            let at = |f| Place::Task(group, tree.clone(), Leaf::Field(f));
            self.text(at("name"), &mut t.name.0);
            self.text(at("deadline"), &mut t.deadline);
            self.text(at("result"), &mut t.result.0);
            self.text(at("note"), &mut t.note.0);
            self.tasks(group, &mut t.subtasks, tree);
            tree.pop();
        }
    }

    fn budget(&mut self, period: Period, b: &mut Budget) {
        for (i, p) in b.investment.iter_mut().enumerate() {
            let at = |f| Place::Project(period, i, Leaf::Field(f));
            self.text(at("name"), &mut p.name.0);
            self.text(at("note"), &mut p.note.0);
        }
        for (i, r) in b.recurrent.iter_mut().enumerate() {
            let at = |f| Place::Recurrent(period, i, Leaf::Field(f));
            self.text(at("name"), &mut r.name.0);
            self.text(at("source"), &mut r.source);
            self.text(at("note"), &mut r.note.0);
        }
    }

    fn plan(&mut self, p: &mut Plan) {
        let m = &mut p.meta;
        for (i, line) in m.parent_authority.iter_mut().enumerate() {
            self.text(Place::MetaLine("parent_authority", i), line);
        }
        for (i, line) in m.authority.iter_mut().enumerate() {
            self.text(Place::MetaLine("authority", i), line);
        }
        self.text(Place::Meta("issuer"), &mut m.issuer);
        self.text(Place::Meta("symbol"), &mut m.symbol);
        self.text(Place::Meta("place"), &mut m.place);
        self.text(Place::Meta("doc_type"), &mut m.doc_type);
        self.text(Place::Meta("title"), &mut m.title.0);

        for (i, r) in p.preamble.iter_mut().enumerate() {
            self.text(Place::Preamble(i), &mut r.0);
        }
        for (i, g) in p.legal_bases.iter_mut().enumerate() {
            self.text(Place::LegalGroup(i, Leaf::Field("title")), &mut g.title.0);
            for (j, r) in g.items.iter_mut().enumerate() {
                self.text(Place::LegalItem(i, j), &mut r.0);
            }
        }

        self.blocks(&mut p.body, &mut Vec::new(), &Place::Body);
        self.target_groups(Period::Plan, &mut p.targets);
        for (i, g) in p.tasks.iter_mut().enumerate() {
            self.text(Place::TaskGroup(i, Leaf::Field("name")), &mut g.name.0);
            self.tasks(i, &mut g.tasks, &mut Vec::new());
        }
        self.budget(Period::Plan, &mut p.budget);
        self.target_groups(Period::Previous, &mut p.review.targets);
        self.budget(Period::Previous, &mut p.review.budget);

        for (i, a) in p.appendices.iter_mut().enumerate() {
            self.text(Place::Appendix(i, Leaf::Field("title")), &mut a.title.0);
            if let Some(u) = a.unit_line.as_mut() {
                self.text(Place::Appendix(i, Leaf::Field("unit_line")), u);
            }
            self.blocks(&mut a.blocks, &mut Vec::new(), &|t, leaf| {
                Place::AppendixBlock(i, t, leaf)
            });
        }

        for (i, r) in p.recipients.iter_mut().enumerate() {
            self.text(Place::Recipient(i), r);
        }
        let s = &mut p.signature;
        self.text(Place::Signature("on_behalf"), &mut s.on_behalf);
        self.text(Place::Signature("deputy_for"), &mut s.deputy_for);
        self.text(Place::Signature("title"), &mut s.title);
        self.text(Place::Signature("name"), &mut s.name);

        for (i, a) in p.agencies.iter_mut().enumerate() {
            self.text(Place::Agency(i, Leaf::Field("name")), &mut a.name);
            self.text(Place::Agency(i, Leaf::Field("short")), &mut a.short);
        }
        if let Some(d) = &mut p.decision {
            self.decision(d);
        }
        if let Some(s) = &mut p.submission {
            self.submission(s);
        }
    }

    fn filed_meta(&mut self, kind: DocKind, m: &mut Meta) {
        let at = |f| Place::Filed(kind, Filed::Meta(f));
        for (i, line) in m.parent_authority.iter_mut().enumerate() {
            self.text(
                Place::Filed(kind, Filed::MetaLine("parent_authority", i)),
                line,
            );
        }
        for (i, line) in m.authority.iter_mut().enumerate() {
            self.text(Place::Filed(kind, Filed::MetaLine("authority", i)), line);
        }
        self.text(at("issuer"), &mut m.issuer);
        self.text(at("symbol"), &mut m.symbol);
        self.text(at("place"), &mut m.place);
        self.text(at("doc_type"), &mut m.doc_type);
        self.text(at("title"), &mut m.title.0);
    }

    fn filed_closing(&mut self, kind: DocKind, recipients: &mut [String], s: &mut Signature) {
        for (i, r) in recipients.iter_mut().enumerate() {
            self.text(Place::Filed(kind, Filed::Recipient(i)), r);
        }
        let at = |f| Place::Filed(kind, Filed::Signature(f));
        self.text(at("on_behalf"), &mut s.on_behalf);
        self.text(at("deputy_for"), &mut s.deputy_for);
        self.text(at("title"), &mut s.title);
        self.text(at("name"), &mut s.name);
    }

    fn decision(&mut self, d: &mut Decision) {
        let kind = DocKind::Decision;
        self.filed_meta(kind, &mut d.meta);
        self.text(
            Place::Filed(kind, Filed::Text("competence")),
            &mut d.competence,
        );
        for (i, b) in d.bases.iter_mut().enumerate() {
            self.text(Place::Filed(kind, Filed::Basis(i)), &mut b.0);
        }
        for (a, art) in d.articles.iter_mut().enumerate() {
            self.text(Place::Filed(kind, Filed::Article(a, None)), &mut art.text.0);
            for (i, it) in art.items.iter_mut().enumerate() {
                self.text(
                    Place::Filed(kind, Filed::Article(a, Some(i))),
                    &mut it.text.0,
                );
            }
        }
        self.filed_closing(kind, &mut d.recipients, &mut d.signature);
    }

    fn submission(&mut self, s: &mut Submission) {
        let kind = DocKind::Submission;
        self.filed_meta(kind, &mut s.meta);
        self.text(
            Place::Filed(kind, Filed::Text("addressee")),
            &mut s.addressee,
        );
        for (i, it) in s.body.iter_mut().enumerate() {
            self.text(Place::Filed(kind, Filed::Item(i)), &mut it.text.0);
        }
        self.text(Place::Filed(kind, Filed::Text("closing")), &mut s.closing.0);
        self.filed_closing(kind, &mut s.recipients, &mut s.signature);
    }
}

/// Calls `f` with every user-visible text of the plan (agency keys and
/// appendix keys are identifiers, not text, and are not visited).
pub fn for_each_text_mut(plan: &mut Plan, f: &mut Visit<'_>) {
    let mut w = Walker { f };
    w.plan(plan);
}

/// The same walk without the place, for bulk rewrites.
pub fn for_each_string_mut(plan: &mut Plan, f: &mut dyn FnMut(&mut String)) {
    for_each_text_mut(plan, &mut |_, s| f(s));
}

/// Read-only walk. Clones the plan once; callers are not on a hot path.
pub fn texts(plan: &Plan) -> Vec<(Place, String)> {
    let mut copy = plan.clone();
    let mut out = Vec::new();
    for_each_text_mut(&mut copy, &mut |p, s| {
        if !s.is_empty() {
            out.push((p.clone(), s.clone()));
        }
    });
    out
}

//! The plan: the document kehoach edits, and the root of its file (the
//! decision and submission filed with it hang from it: `dossier.rs`).

use super::agency::Agency;
use super::appendix::{Appendix, LegalGroup};
use super::body::Block;
use super::budget::Budget;
use super::decision::Decision;
use super::ids::{Id, IdGen};
use super::meta::{Meta, Signature};
use super::previous::PreviousPlan;
use super::rich::Rich;
use super::submission::Submission;
use super::table::Table;
use super::targets::TargetGroup;
use super::tasks::{Task, TaskGroup};
use super::to_review::ReviewItem;
use serde::{Deserialize, Serialize};

/// The file format version this build writes.
pub const FORMAT_VERSION: u32 = 2;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub version: u32,
    /// The year the plan is for; {năm} in text. For a plan over several
    /// years, its first year ({năm đầu}).
    pub year: i32,
    /// The last year of a plan over several years ("giai đoạn 2026 - 2030":
    /// 2030, {năm cuối}); None for a plan of one year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<i32>,
    /// The years a plan over several years sets target values for
    /// ("Năm 2027", "Đến năm 2030"): a column each in a targets table.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub milestones: Vec<i32>,
    #[serde(default)]
    pub meta: Meta,
    /// The italic "Căn cứ ..." lines under the title.
    #[serde(default)]
    pub preamble: Vec<Rich>,
    /// The legal bases list (often printed as an appendix).
    #[serde(default)]
    pub legal_bases: Vec<LegalGroup>,
    #[serde(default)]
    pub body: Vec<Block>,
    #[serde(default)]
    pub targets: Vec<TargetGroup>,
    #[serde(default)]
    pub tasks: Vec<TaskGroup>,
    #[serde(default)]
    pub budget: Budget,
    /// The year under review (plan year - 1): its targets with results and
    /// the budget actually carried out.
    #[serde(default)]
    pub review: Review,
    #[serde(default)]
    pub appendices: Vec<Appendix>,
    /// Nơi nhận, one line each, without the leading "- ".
    #[serde(default)]
    pub recipients: Vec<String>,
    #[serde(default)]
    pub signature: Signature,
    #[serde(default)]
    pub agencies: Vec<Agency>,
    #[serde(default)]
    pub settings: Settings,
    /// The plan this one continues (last year's), cited by `{kh:trước}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub continues: Option<PreviousPlan>,
    /// What a roll-over left to look at ("Cần xem lại").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub to_review: Vec<ReviewItem>,
    /// The decision issuing the plan, when it is issued by one (the plan
    /// then prints attached to it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<Decision>,
    /// The department's submission proposing the plan (and the decision).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submission: Option<Submission>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Review {
    pub targets: Vec<TargetGroup>,
    pub budget: Budget,
}

/// Print settings that belong to the document (a font chosen by the user is
/// a machine setting and lives outside the plan).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Settings {
    /// Body text size in points (13-14).
    pub body_size: f32,
    /// Line spacing as a multiple of the font size (1-1.5).
    pub line_spacing: f32,
    /// Table text size in points (11-13).
    pub table_size: f32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            body_size: 14.0,
            line_spacing: 1.15,
            table_size: 12.0,
        }
    }
}

impl Plan {
    /// The last year the plan covers (its year, for a plan of one year).
    pub fn last_year(&self) -> i32 {
        self.until.filter(|&u| u > self.year).unwrap_or(self.year)
    }

    /// Whether the plan runs over several years.
    pub fn is_multi_year(&self) -> bool {
        self.last_year() > self.year
    }

    /// "2026 - 2030", or "2026" for a plan of one year ({giai đoạn}).
    pub fn period_text(&self) -> String {
        if self.is_multi_year() {
            format!("{} - {}", self.year, self.last_year())
        } else {
            self.year.to_string()
        }
    }

    /// The years of the period, first to last.
    pub fn period_years(&self) -> std::ops::RangeInclusive<i32> {
        self.year..=self.last_year()
    }

    /// A milestone's column title: "Năm 2027", or "Đến năm 2030" for the
    /// period's last year.
    pub fn milestone_title(&self, year: i32) -> String {
        if self.is_multi_year() && year == self.last_year() {
            format!("Đến năm {year}")
        } else {
            format!("Năm {year}")
        }
    }

    /// "Kế hoạch năm 2026" or "Kế hoạch giai đoạn 2026 - 2030": how `check`
    /// and the status bar name the plan's time.
    pub fn period_label(&self) -> String {
        if self.is_multi_year() {
            format!("giai đoạn {}", self.period_text())
        } else {
            format!("năm {}", self.year)
        }
    }

    /// An empty plan for a year, with the usual header and signature.
    pub fn new(year: i32) -> Plan {
        let mut meta = Meta::default();
        meta.date.year = Some(year);
        Plan {
            version: FORMAT_VERSION,
            year,
            until: None,
            milestones: Vec::new(),
            meta,
            preamble: Vec::new(),
            legal_bases: Vec::new(),
            body: Vec::new(),
            targets: Vec::new(),
            tasks: Vec::new(),
            budget: Budget::default(),
            review: Review::default(),
            appendices: Vec::new(),
            recipients: vec!["Lưu: VT".into()],
            signature: Signature::default(),
            agencies: Vec::new(),
            settings: Settings::default(),
            continues: None,
            to_review: Vec::new(),
            decision: None,
            submission: None,
        }
    }

    /// Visits every persisted id in the plan.
    pub fn for_each_id_mut(&mut self, f: &mut dyn FnMut(&mut Id)) {
        for g in &mut self.legal_bases {
            f(&mut g.id);
        }
        blocks_ids(&mut self.body, f);
        for groups in [&mut self.targets, &mut self.review.targets] {
            for g in groups.iter_mut() {
                f(&mut g.id);
                for t in &mut g.targets {
                    f(&mut t.id);
                }
            }
        }
        for g in &mut self.tasks {
            f(&mut g.id);
            tasks_ids(&mut g.tasks, f);
        }
        for b in [&mut self.budget, &mut self.review.budget] {
            for p in &mut b.investment {
                f(&mut p.id);
            }
            for r in &mut b.recurrent {
                f(&mut r.id);
            }
        }
        for a in &mut self.appendices {
            f(&mut a.id);
            blocks_ids(&mut a.blocks, f);
        }
        if let Some(d) = &mut self.decision {
            for a in &mut d.articles {
                f(&mut a.id);
                for it in &mut a.items {
                    f(&mut it.id);
                }
            }
        }
        if let Some(s) = &mut self.submission {
            for it in &mut s.body {
                f(&mut it.id);
            }
        }
    }

    pub fn max_id(&mut self) -> u32 {
        let mut max = 0;
        self.for_each_id_mut(&mut |id| max = max.max(id.0));
        max
    }

    /// Gives every unset id a fresh one. Returns the generator for later inserts.
    pub fn assign_ids(&mut self) -> IdGen {
        let mut ids = IdGen::above(self.max_id());
        self.for_each_id_mut(&mut |id| {
            if id.is_unset() {
                *id = ids.fresh();
            }
        });
        ids
    }

    /// Replaces every id seen twice by a fresh one; returns how many were replaced.
    pub fn dedupe_ids(&mut self) -> usize {
        let mut seen = std::collections::HashSet::new();
        let mut ids = IdGen::above(self.max_id());
        let mut replaced = 0;
        self.for_each_id_mut(&mut |id| {
            if !id.is_unset() && !seen.insert(*id) {
                *id = ids.fresh();
                replaced += 1;
            }
        });
        replaced
    }

    pub fn agency(&self, key: &str) -> Option<&Agency> {
        super::agency::find(&self.agencies, key)
    }

    pub fn appendix_index(&self, key: &str) -> Option<usize> {
        self.appendices.iter().position(|a| a.key == key)
    }
}

fn blocks_ids(blocks: &mut [Block], f: &mut dyn FnMut(&mut Id)) {
    for b in blocks {
        match b {
            Block::Part(p) => {
                f(&mut p.id);
                blocks_ids(&mut p.blocks, f);
            }
            Block::Section(s) => {
                f(&mut s.id);
                blocks_ids(&mut s.blocks, f);
            }
            Block::Table(Table::Free(t)) => {
                for r in &mut t.rows {
                    f(&mut r.id);
                }
            }
            Block::Rewrite(r) => f(&mut r.id),
            _ => {}
        }
    }
}

fn tasks_ids(tasks: &mut [Task], f: &mut dyn FnMut(&mut Id)) {
    for t in tasks {
        f(&mut t.id);
        tasks_ids(&mut t.subtasks, f);
    }
}

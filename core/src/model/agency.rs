//! The agency directory. Rows name agencies by key, so renaming or merging an
//! agency touches one entry instead of every row that mentions it.

use super::plan::Plan;
use super::tasks::Task;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agency {
    /// Stable key used by rows: "so-tttt".
    pub key: String,
    /// Full name: "Sở Thông tin và Truyền thông".
    pub name: String,
    /// Short name used in narrow tables: "Sở TT&TT". Empty: use the full name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub short: String,
}

/// How an agency list is printed in a table cell.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum NameForm {
    #[default]
    Full,
    Short,
}

impl Agency {
    pub fn display(&self, form: NameForm) -> &str {
        match form {
            NameForm::Short if !self.short.is_empty() => &self.short,
            _ => &self.name,
        }
    }
}

/// Separator between agencies in one cell; a comma would be ambiguous since
/// agency names contain commas ("Các sở, ban, ngành Tỉnh").
pub const AGENCY_SEPARATOR: &str = "; ";

/// How a table joins the agencies of one cell: "; " (the default: names
/// may hold commas), or ", " as many originals write "Các sở, ban, ngành,
/// UBND các xã, phường".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Joiner {
    #[default]
    Semicolon,
    Comma,
}

impl Joiner {
    pub fn separator(self) -> &'static str {
        match self {
            Joiner::Semicolon => AGENCY_SEPARATOR,
            Joiner::Comma => ", ",
        }
    }

    pub fn is_semicolon(&self) -> bool {
        *self == Joiner::Semicolon
    }
}

pub fn find<'a>(agencies: &'a [Agency], key: &str) -> Option<&'a Agency> {
    agencies.iter().find(|a| a.key == key)
}

/// Agency names for a list of keys, joined for one cell. Unknown keys print
/// as themselves so nothing silently disappears (validation reports them).
pub fn join_names(agencies: &[Agency], keys: &[String], form: NameForm) -> String {
    keys.iter()
        .map(|k| {
            find(agencies, k)
                .map(|a| a.display(form))
                .unwrap_or(k.as_str())
        })
        .collect::<Vec<_>>()
        .join(AGENCY_SEPARATOR)
}

/// A key derived from a name, unique among `taken`: "Sở Y tế" -> "so-y-te".
pub fn key_for(name: &str, taken: &[Agency]) -> String {
    let base = slug(name);
    let base = if base.is_empty() {
        "co-quan".to_string()
    } else {
        base
    };
    let mut key = base.clone();
    let mut n = 2;
    while taken.iter().any(|a| a.key == key) {
        key = format!("{base}-{n}");
        n += 1;
    }
    key
}

/// ASCII slug of a Vietnamese name.
pub fn slug(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::new();
    for c in s.nfd() {
        let c = match c {
            'đ' => 'd',
            'Đ' => 'd',
            _ => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if c.is_ascii() && !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// How many rows of the plan and of the review name the agency `key`: targets
/// (lead or coordinating), tasks at any depth, projects (investor) and
/// recurrent items (unit). A row naming it twice counts once.
pub fn usage_count(plan: &Plan, key: &str) -> usize {
    fn names(list: &[String], key: &str) -> bool {
        list.iter().any(|k| k == key)
    }
    fn tasks(list: &[Task], key: &str) -> usize {
        list.iter()
            .map(|t| {
                usize::from(names(&t.lead, key) || names(&t.coordinating, key))
                    + tasks(&t.subtasks, key)
            })
            .sum()
    }
    let targets = [&plan.targets, &plan.review.targets]
        .into_iter()
        .flat_map(|gs| gs.iter().flat_map(|g| g.targets.iter()))
        .filter(|t| names(&t.lead, key) || names(&t.coordinating, key))
        .count();
    let task_rows: usize = plan.tasks.iter().map(|g| tasks(&g.tasks, key)).sum();
    let budget: usize = [&plan.budget, &plan.review.budget]
        .into_iter()
        .map(|b| {
            b.investment
                .iter()
                .filter(|p| names(&p.investor, key))
                .count()
                + b.recurrent.iter().filter(|r| names(&r.unit, key)).count()
        })
        .sum();
    targets + task_rows + budget
}

/// Whether an agency matches a filter typed by the user, ignoring case and
/// diacritics ("khoa hoc" finds "Sở Khoa học và Công nghệ").
pub fn matches(agency: &Agency, filter: &str) -> bool {
    let needle = slug(filter);
    needle.is_empty()
        || slug(&agency.name).contains(&needle)
        || slug(&agency.short).contains(&needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usage_counts_rows_of_the_plan_and_the_review() {
        use crate::model::{Project, RecurrentItem, Target, TargetGroup, TaskGroup};
        let mut p = Plan::new(2025);
        let key = "so-y-te".to_string();
        p.targets.push(TargetGroup {
            targets: vec![
                Target {
                    lead: vec![key.clone()],
                    coordinating: vec![key.clone()],
                    ..Default::default()
                },
                Target::default(),
            ],
            ..Default::default()
        });
        p.review.targets = p.targets.clone();
        p.tasks.push(TaskGroup {
            tasks: vec![Task {
                subtasks: vec![Task {
                    coordinating: vec![key.clone()],
                    ..Default::default()
                }],
                ..Default::default()
            }],
            ..Default::default()
        });
        p.budget.investment.push(Project {
            investor: vec![key.clone()],
            ..Default::default()
        });
        p.review.budget.recurrent.push(RecurrentItem {
            unit: vec![key.clone()],
            ..Default::default()
        });
        assert_eq!(usage_count(&p, &key), 5);
        assert_eq!(usage_count(&p, "so-tai-chinh"), 0);
    }

    #[test]
    fn filters_ignore_diacritics() {
        let a = Agency {
            key: "so-khcn".into(),
            name: "Sở Khoa học và Công nghệ".into(),
            short: "Sở KH&CN".into(),
        };
        assert!(matches(&a, "khoa hoc"));
        assert!(matches(&a, "KH"));
        assert!(matches(&a, ""));
        assert!(!matches(&a, "y tế"));
    }

    #[test]
    fn slugs_are_ascii() {
        assert_eq!(
            slug("Sở Thông tin và Truyền thông"),
            "so-thong-tin-va-truyen-thong"
        );
        assert_eq!(slug("Đài PTTH Đồng Tháp"), "dai-ptth-dong-thap");
        let taken = vec![Agency {
            key: "so-y-te".into(),
            name: "Sở Y tế".into(),
            short: String::new(),
        }];
        assert_eq!(key_for("Sở Y tế", &taken), "so-y-te-2");
    }
}

//! Targets (chỉ tiêu) in groups. Values are text because plans write
//! "75,35%", "Có (12)", "Duy trì", "0/15 điểm" as often as plain numbers.

use super::ids::Id;
use super::rich::Rich;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TargetGroup {
    pub id: Id,
    /// "NHÓM CHỈ TIÊU VỀ NHẬN THỨC SỐ".
    pub name: Rich,
    pub targets: Vec<Target>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Target {
    pub id: Id,
    pub name: Rich,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub unit: String,
    /// Last year's result: "Kết quả năm N-1".
    #[serde(skip_serializing_if = "String::is_empty")]
    pub baseline: String,
    /// What the plan aims at: "Phấn đấu năm N".
    #[serde(skip_serializing_if = "String::is_empty")]
    pub target: String,
    /// Filled in once the year is over.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub result: String,
    #[serde(skip_serializing_if = "Evaluation::is_pending")]
    pub evaluation: Evaluation,
    /// Agency keys.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub lead: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub coordinating: Vec<String>,
    #[serde(skip_serializing_if = "Rich::is_empty")]
    pub note: Rich,
    /// The values aimed at for the plan's milestone years
    /// (`Plan::milestones`, in the same order), in a plan over several years.
    #[serde(skip_serializing_if = "Milestones::is_blank")]
    pub milestones: Milestones,
}

/// A target's milestone values. Blank values at the end are no values: an
/// editor cell that makes room for a value it has not got changes nothing
/// (the plan still equals its file, and the file is unchanged).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Milestones(pub Vec<String>);

impl Milestones {
    fn filled(&self) -> &[String] {
        let n = self
            .0
            .iter()
            .rposition(|v| !v.is_empty())
            .map_or(0, |i| i + 1);
        &self.0[..n]
    }

    pub fn is_blank(&self) -> bool {
        self.filled().is_empty()
    }

    /// The value for the `i`-th milestone year ("" when none).
    pub fn get(&self, i: usize) -> &str {
        self.0.get(i).map_or("", String::as_str)
    }

    /// The value for the `i`-th milestone year, made room for.
    pub fn slot(&mut self, i: usize) -> &mut String {
        if self.0.len() <= i {
            self.0.resize(i + 1, String::new());
        }
        &mut self.0[i]
    }
}

impl PartialEq for Milestones {
    fn eq(&self, other: &Self) -> bool {
        self.filled() == other.filled()
    }
}

impl From<Vec<String>> for Milestones {
    fn from(v: Vec<String>) -> Self {
        Milestones(v)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Evaluation {
    /// Not yet evaluated.
    #[default]
    Pending,
    /// Vượt.
    Exceeded,
    /// Đạt.
    Met,
    /// Không đạt.
    Missed,
}

impl Evaluation {
    pub fn is_pending(&self) -> bool {
        *self == Evaluation::Pending
    }

    pub fn label(&self) -> &'static str {
        match self {
            Evaluation::Pending => "",
            Evaluation::Exceeded => "Vượt",
            Evaluation::Met => "Đạt",
            Evaluation::Missed => "Không đạt",
        }
    }

    pub const ALL: [Evaluation; 4] = [
        Evaluation::Pending,
        Evaluation::Exceeded,
        Evaluation::Met,
        Evaluation::Missed,
    ];
}

#[cfg(test)]
mod milestone_tests {
    use super::*;

    #[test]
    fn room_made_for_a_value_is_no_value() {
        let mut m = Milestones::default();
        assert!(m.slot(1).is_empty());
        assert_eq!(m, Milestones::default(), "blank slots are nothing");
        assert!(m.is_blank());
        *m.slot(0) = "60%".into();
        assert_eq!(m.get(0), "60%");
        assert_eq!(m.get(5), "");
        assert_eq!(m, Milestones(vec!["60%".into()]));
        assert_ne!(m, Milestones::default());
    }
}

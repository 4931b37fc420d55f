//! Targets (chỉ tiêu) in groups. Values are text because plans write
//! "75,35%", "Có (12)", "Duy trì", "0/15 điểm" as often as plain numbers.

pub use super::by_column::Milestones;
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

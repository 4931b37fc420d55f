//! Tasks (nhiệm vụ) in groups, nestable: 1, 1.1, 1.2.

use super::ids::Id;
use super::rich::Rich;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TaskGroup {
    pub id: Id,
    pub name: Rich,
    pub tasks: Vec<Task>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Task {
    pub id: Id,
    pub name: Rich,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub lead: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub coordinating: Vec<String>,
    /// Deadline or review time as written: "Cuối năm {năm}", "Thường xuyên".
    #[serde(skip_serializing_if = "String::is_empty")]
    pub deadline: String,
    /// Expected result.
    #[serde(skip_serializing_if = "Rich::is_empty")]
    pub result: Rich,
    #[serde(skip_serializing_if = "Rich::is_empty")]
    pub note: Rich,
    /// Progress as the lead agency reports it ("Đã hoàn thành", "Đang thực
    /// hiện, đạt 60%"): what a department's form collects.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub progress: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub subtasks: Vec<Task>,
}

impl Task {
    /// This task and all tasks under it, depth first.
    pub fn count(&self) -> usize {
        1 + self.subtasks.iter().map(Task::count).sum::<usize>()
    }
}

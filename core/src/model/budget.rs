//! Budget: public-investment projects and recurrent-expense items. Totals are
//! always summed from the rows (see `summary.rs`), never typed.

pub use super::by_column::Amounts;
use super::ids::Id;
use super::money::Money;
use super::rich::Rich;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Budget {
    pub investment: Vec<Project>,
    pub recurrent: Vec<RecurrentItem>,
}

impl Budget {
    pub fn is_empty(&self) -> bool {
        self.investment.is_empty() && self.recurrent.is_empty()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Project {
    pub id: Id,
    pub name: Rich,
    /// Investor (chủ đầu tư), agency keys.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub investor: Vec<String>,
    /// Total investment (tổng mức đầu tư), triệu đồng.
    pub total: Money,
    /// Implementation period, e.g. 2024 - 2025.
    pub start_year: Option<i32>,
    pub end_year: Option<i32>,
    /// Capital for the plan year (or, in the review, spent in that year).
    pub capital: Money,
    #[serde(skip_serializing_if = "ProjectStatus::is_unspecified")]
    pub status: ProjectStatus,
    /// Funding source ("Nguồn vốn đầu tư", "Nguồn vốn sự nghiệp"): a table
    /// may group its rows by it.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub source: String,
    /// A group the officer names: a table may group its rows by it.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub group: String,
    #[serde(skip_serializing_if = "Rich::is_empty")]
    pub note: Rich,
    /// In a plan over several years: the capital for each year of the
    /// period, from its first.
    #[serde(skip_serializing_if = "Amounts::is_blank")]
    pub by_year: Amounts,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ProjectStatus {
    #[default]
    Unspecified,
    /// Chuyển tiếp: started in an earlier year.
    Continuing,
    /// Khởi công mới.
    New,
}

impl ProjectStatus {
    /// The title of the group of projects of this kind ("CÁC DỰ ÁN CHUYỂN
    /// TIẾP"), empty for projects of no stated kind.
    pub fn group_title(&self) -> &'static str {
        match self {
            ProjectStatus::Unspecified => "",
            ProjectStatus::Continuing => "Các dự án chuyển tiếp",
            ProjectStatus::New => "Các dự án khởi công mới năm {năm}",
        }
    }

    pub fn is_unspecified(&self) -> bool {
        *self == ProjectStatus::Unspecified
    }

    pub fn label(&self) -> &'static str {
        match self {
            ProjectStatus::Unspecified => "",
            ProjectStatus::Continuing => "Chuyển tiếp",
            ProjectStatus::New => "Khởi công mới",
        }
    }
}

impl Project {
    /// "2024 - 2025", "2024", or empty.
    pub fn period_text(&self) -> String {
        period_text(self.start_year, self.end_year)
    }
}

impl RecurrentItem {
    /// "2025 - 2027", "2025", or empty.
    pub fn period_text(&self) -> String {
        period_text(self.start_year, self.end_year)
    }
}

/// "2024 - 2025" from the first and last year, either may be missing.
fn period_text(start: Option<i32>, end: Option<i32>) -> String {
    match (start, end) {
        (Some(a), Some(b)) if a != b => format!("{a} - {b}"),
        (Some(a), _) | (None, Some(a)) => a.to_string(),
        (None, None) => String::new(),
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RecurrentItem {
    pub id: Id,
    pub name: Rich,
    /// Implementing unit, agency keys.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unit: Vec<String>,
    pub amount: Money,
    /// Funding source: "SNKT", "QLNN", "Sự nghiệp GD&ĐT".
    #[serde(skip_serializing_if = "String::is_empty")]
    pub source: String,
    /// Implementation period ("2025 - 2027"), when the item runs over years.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_year: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_year: Option<i32>,
    /// A group the officer names: a table may group its rows by it.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub group: String,
    #[serde(skip_serializing_if = "Rich::is_empty")]
    pub note: Rich,
    /// In a plan over several years: the amount for each year of the period.
    #[serde(skip_serializing_if = "Amounts::is_blank")]
    pub by_year: Amounts,
}

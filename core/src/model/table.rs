//! Which table a block or appendix prints, and with which columns. Column
//! titles are computed from the plan year, so they are right after roll-over.

use super::agency::NameForm;
use super::ids::Id;
use super::rich::Rich;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Table {
    /// Targets of the plan year, or last year's with their results (evaluation).
    Targets(TargetsTable),
    Tasks(TasksTable),
    Investment(InvestmentTable),
    Recurrent(RecurrentTable),
    /// The legal bases as a numbered list, grouped.
    LegalBases,
    /// A table with its own columns and rows (e.g. the DTI ranking).
    Free(FreeTable),
}

/// Whose data a table shows: this plan's year, or the year under review.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Period {
    #[default]
    Plan,
    Previous,
}

/// Row numbers: continuous through the table, restarting in each group, or both
/// (the DTI plan prints an overall and an in-group STT).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RowNumbers {
    #[default]
    Continuous,
    PerGroup,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TargetColumn {
    No,
    NoInGroup,
    Name,
    Unit,
    Baseline,
    Target,
    Result,
    Evaluation,
    Lead,
    Coordinating,
    Note,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TargetsTable {
    pub period: Period,
    /// Groups to print, in this order; empty prints all groups.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<Id>,
    pub columns: Vec<TargetColumn>,
    pub numbers: RowNumbers,
    pub names: NameForm,
    pub column_numbers: bool,
    /// Print the counts of targets exceeded / met / missed under the table.
    pub summary: bool,
    /// Column titles that differ from the computed defaults; may use {năm}.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub titles: Vec<(TargetColumn, Rich)>,
}

impl Default for TargetsTable {
    fn default() -> Self {
        use TargetColumn::*;
        TargetsTable {
            period: Period::Plan,
            groups: Vec::new(),
            columns: vec![No, Name, Baseline, Target, Lead, Coordinating, Note],
            numbers: RowNumbers::Continuous,
            names: NameForm::Full,
            column_numbers: false,
            summary: false,
            titles: Vec::new(),
        }
    }
}

impl TargetsTable {
    /// The results table of the year under review.
    pub fn evaluation() -> Self {
        use TargetColumn::*;
        TargetsTable {
            period: Period::Previous,
            columns: vec![No, Name, Result, Evaluation, Note],
            summary: true,
            ..TargetsTable::default()
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TaskColumn {
    No,
    Name,
    Lead,
    Coordinating,
    Deadline,
    Result,
    Note,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TasksTable {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<Id>,
    pub columns: Vec<TaskColumn>,
    pub numbers: RowNumbers,
    pub names: NameForm,
    pub column_numbers: bool,
    /// Column titles that differ from the computed defaults; may use {năm}.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub titles: Vec<(TaskColumn, Rich)>,
}

impl Default for TasksTable {
    fn default() -> Self {
        use TaskColumn::*;
        TasksTable {
            groups: Vec::new(),
            columns: vec![No, Name, Lead, Coordinating, Deadline],
            numbers: RowNumbers::Continuous,
            names: NameForm::Full,
            column_numbers: false,
            titles: Vec::new(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum InvestmentColumn {
    No,
    Name,
    Investor,
    Total,
    Period,
    Capital,
    Status,
    Note,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct InvestmentTable {
    pub period: Period,
    pub columns: Vec<InvestmentColumn>,
    pub names: NameForm,
    pub column_numbers: bool,
    /// Column titles that differ from the computed defaults; may use {năm}.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub titles: Vec<(InvestmentColumn, Rich)>,
}

impl Default for InvestmentTable {
    fn default() -> Self {
        use InvestmentColumn::*;
        InvestmentTable {
            period: super::table::Period::Plan,
            columns: vec![No, Name, Investor, Total, Period, Capital, Note],
            names: NameForm::Short,
            column_numbers: false,
            titles: Vec::new(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RecurrentColumn {
    No,
    Name,
    Unit,
    Amount,
    Source,
    Note,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RecurrentTable {
    pub period: Period,
    pub columns: Vec<RecurrentColumn>,
    pub names: NameForm,
    pub column_numbers: bool,
    /// Column titles that differ from the computed defaults; may use {năm}.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub titles: Vec<(RecurrentColumn, Rich)>,
}

impl Default for RecurrentTable {
    fn default() -> Self {
        use RecurrentColumn::*;
        RecurrentTable {
            period: Period::Plan,
            columns: vec![No, Name, Unit, Amount, Note],
            names: NameForm::Short,
            column_numbers: false,
            titles: Vec::new(),
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Align {
    #[default]
    Left,
    Center,
    Right,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FreeColumn {
    pub title: Rich,
    pub align: Align,
    /// Fixed width in millimetres; None sizes the column from its content.
    pub width_mm: Option<f32>,
}

/// A header cell spanning several columns above the column titles.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct HeaderSpan {
    pub title: Rich,
    /// Index of the first column it covers (0-based) and how many.
    pub first: usize,
    pub count: usize,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RowKind {
    #[default]
    Normal,
    /// Spans the table, bold: "I  NHÓM CHỈ TIÊU ...".
    Group,
    /// Bold row, e.g. "TỔNG THỂ".
    Bold,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FreeRow {
    pub id: Id,
    #[serde(skip_serializing_if = "is_normal")]
    pub kind: RowKind,
    pub cells: Vec<Rich>,
}

fn is_normal(k: &RowKind) -> bool {
    *k == RowKind::Normal
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FreeTable {
    pub columns: Vec<FreeColumn>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub spans: Vec<HeaderSpan>,
    pub column_numbers: bool,
    pub rows: Vec<FreeRow>,
}

impl Table {
    /// Whether the table prints money (and its appendix gets "ĐVT: Triệu đồng").
    pub fn has_money(&self) -> bool {
        matches!(self, Table::Investment(_) | Table::Recurrent(_))
    }

    /// Whose data the table shows; tables without a period show the plan's.
    pub fn period(&self) -> Period {
        match self {
            Table::Targets(t) => t.period,
            Table::Investment(t) => t.period,
            Table::Recurrent(t) => t.period,
            _ => Period::Plan,
        }
    }

    /// The period, for the kinds that have one (tasks are always the plan's).
    pub fn period_mut(&mut self) -> Option<&mut Period> {
        match self {
            Table::Targets(t) => Some(&mut t.period),
            Table::Investment(t) => Some(&mut t.period),
            Table::Recurrent(t) => Some(&mut t.period),
            _ => None,
        }
    }

    /// How agency names print, for the kinds that print agencies.
    pub fn names_mut(&mut self) -> Option<&mut NameForm> {
        match self {
            Table::Targets(t) => Some(&mut t.names),
            Table::Tasks(t) => Some(&mut t.names),
            Table::Investment(t) => Some(&mut t.names),
            Table::Recurrent(t) => Some(&mut t.names),
            _ => None,
        }
    }

    /// Row numbering, for the kinds with groups.
    pub fn numbers_mut(&mut self) -> Option<&mut RowNumbers> {
        match self {
            Table::Targets(t) => Some(&mut t.numbers),
            Table::Tasks(t) => Some(&mut t.numbers),
            _ => None,
        }
    }

    /// The row of column numbers (1, 2, 3 ...) under the header.
    pub fn column_numbers_mut(&mut self) -> Option<&mut bool> {
        match self {
            Table::Targets(t) => Some(&mut t.column_numbers),
            Table::Tasks(t) => Some(&mut t.column_numbers),
            Table::Investment(t) => Some(&mut t.column_numbers),
            Table::Recurrent(t) => Some(&mut t.column_numbers),
            Table::Free(t) => Some(&mut t.column_numbers),
            Table::LegalBases => None,
        }
    }
}

impl TargetColumn {
    pub const ALL: [TargetColumn; 11] = [
        TargetColumn::No,
        TargetColumn::NoInGroup,
        TargetColumn::Name,
        TargetColumn::Unit,
        TargetColumn::Baseline,
        TargetColumn::Target,
        TargetColumn::Result,
        TargetColumn::Evaluation,
        TargetColumn::Lead,
        TargetColumn::Coordinating,
        TargetColumn::Note,
    ];
}

impl TaskColumn {
    pub const ALL: [TaskColumn; 7] = [
        TaskColumn::No,
        TaskColumn::Name,
        TaskColumn::Lead,
        TaskColumn::Coordinating,
        TaskColumn::Deadline,
        TaskColumn::Result,
        TaskColumn::Note,
    ];
}

impl InvestmentColumn {
    pub const ALL: [InvestmentColumn; 8] = [
        InvestmentColumn::No,
        InvestmentColumn::Name,
        InvestmentColumn::Investor,
        InvestmentColumn::Total,
        InvestmentColumn::Period,
        InvestmentColumn::Capital,
        InvestmentColumn::Status,
        InvestmentColumn::Note,
    ];
}

impl RecurrentColumn {
    pub const ALL: [RecurrentColumn; 6] = [
        RecurrentColumn::No,
        RecurrentColumn::Name,
        RecurrentColumn::Unit,
        RecurrentColumn::Amount,
        RecurrentColumn::Source,
        RecurrentColumn::Note,
    ];
}

/// A column whose title has a computed default (using {năm} fields).
pub trait Column: Copy + PartialEq {
    fn default_title(self, period: Period) -> &'static str;
}

/// The title a column prints: the table's override, else the default.
pub fn column_title<C: Column>(titles: &[(C, Rich)], col: C, period: Period) -> Rich {
    titles
        .iter()
        .find(|(c, _)| *c == col)
        .map(|(_, t)| t.clone())
        .unwrap_or_else(|| Rich::new(col.default_title(period)))
}

impl Column for TargetColumn {
    fn default_title(self, period: Period) -> &'static str {
        use TargetColumn::*;
        match (self, period) {
            (No, _) => "STT",
            (NoInGroup, _) => "",
            (Name, _) => "Tên chỉ tiêu",
            (Unit, _) => "Đơn vị tính",
            (Baseline, Period::Plan) => "Kết quả thực hiện năm {năm-1}",
            (Baseline, Period::Previous) => "Kết quả thực hiện năm {năm-2}",
            (Target, Period::Plan) => "Phấn đấu năm {năm}",
            (Target, Period::Previous) => "Chỉ tiêu năm {năm-1}",
            (Result, _) => "Kết quả thực hiện",
            (Evaluation, _) => "Đánh giá",
            (Lead, _) => "Đơn vị chủ trì",
            (Coordinating, _) => "Đơn vị phối hợp",
            (Note, _) => "Ghi chú",
        }
    }
}

impl Column for TaskColumn {
    fn default_title(self, _: Period) -> &'static str {
        use TaskColumn::*;
        match self {
            No => "STT",
            Name => "Tên nhiệm vụ",
            Lead => "Đơn vị chủ trì",
            Coordinating => "Đơn vị phối hợp",
            Deadline => "Thời gian thực hiện",
            Result => "Dự kiến kết quả",
            Note => "Ghi chú",
        }
    }
}

impl Column for InvestmentColumn {
    fn default_title(self, period: Period) -> &'static str {
        use InvestmentColumn::*;
        match (self, period) {
            (No, _) => "STT",
            (Name, _) => "Tên dự án",
            (Investor, _) => "Chủ đầu tư",
            (Total, _) => "Tổng mức đầu tư",
            (InvestmentColumn::Period, _) => "Thời gian thực hiện",
            (Capital, self::Period::Plan) => "Vốn năm {năm}",
            (Capital, self::Period::Previous) => "Thực hiện năm {năm-1}",
            (Status, _) => "Tính chất",
            (Note, _) => "Ghi chú",
        }
    }
}

impl Column for RecurrentColumn {
    fn default_title(self, _: Period) -> &'static str {
        use RecurrentColumn::*;
        match self {
            No => "STT",
            Name => "Danh mục",
            Unit => "Đơn vị thực hiện",
            Amount => "Kinh phí",
            Source => "Nguồn kinh phí",
            Note => "Ghi chú",
        }
    }
}

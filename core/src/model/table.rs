//! Which table a block or appendix prints, and with which columns. Column
//! titles are computed from the plan year, so they are right after roll-over.

use super::agency::{Joiner, NameForm};
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

/// What the rows of a money table are grouped by, at one level.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GroupBy {
    /// The funding source ("A. NGUỒN VỐN ĐẦU TƯ").
    Source,
    /// Continuing or new projects ("I. CÁC DỰ ÁN CHUYỂN TIẾP").
    Status,
    /// The group the officer names on each row.
    Group,
}

impl GroupBy {
    pub const ALL: [GroupBy; 3] = [GroupBy::Source, GroupBy::Status, GroupBy::Group];

    pub fn label(self) -> &'static str {
        match self {
            GroupBy::Source => "Nguồn vốn",
            GroupBy::Status => "Tính chất (chuyển tiếp, khởi công mới)",
            GroupBy::Group => "Nhóm tự đặt",
        }
    }
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
    /// One column per milestone year of the plan ("Năm 2027", "Đến năm 2030").
    Milestones,
    Result,
    Evaluation,
    Lead,
    Coordinating,
    Note,
}

/// A table of the plan's own rows (targets, tasks, projects, recurrent items):
/// one shape for the four kinds, each with its own column enum, so a table
/// option is added once. Options a kind does not use keep their defaults
/// (tasks always show the plan year; budget tables have no groups).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(
    deny_unknown_fields,
    default,
    bound(
        deserialize = "C: Column + Deserialize<'de>",
        serialize = "C: Serialize"
    )
)]
pub struct DataTable<C> {
    #[serde(skip_serializing_if = "is_plan")]
    pub period: Period,
    /// Groups to print, in this order; empty prints all groups.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<Id>,
    pub columns: Vec<C>,
    #[serde(skip_serializing_if = "is_continuous")]
    pub numbers: RowNumbers,
    pub names: NameForm,
    /// How the agencies of one cell are joined.
    #[serde(skip_serializing_if = "Joiner::is_semicolon")]
    pub joiner: Joiner,
    pub column_numbers: bool,
    /// Print the counts of targets exceeded / met / missed under the table.
    #[serde(skip_serializing_if = "is_false")]
    pub summary: bool,
    /// Column titles that differ from the computed defaults; may use {năm}.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub titles: Vec<(C, Rich)>,
    /// Column widths the officer set, in mm (each printed column of a
    /// column printed as several); the others are sized automatically.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub widths: Vec<(C, f32)>,
    /// Money tables: group rows on up to two levels (A, B then I, II; STT
    /// restarting in each group).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub grouping: Vec<GroupBy>,
    /// Money tables: each group row carries the sums of its rows.
    #[serde(skip_serializing_if = "is_false")]
    pub subtotals: bool,
}

pub type TargetsTable = DataTable<TargetColumn>;
pub type TasksTable = DataTable<TaskColumn>;
pub type InvestmentTable = DataTable<InvestmentColumn>;
pub type RecurrentTable = DataTable<RecurrentColumn>;

fn is_plan(p: &Period) -> bool {
    *p == Period::Plan
}

fn is_continuous(n: &RowNumbers) -> bool {
    *n == RowNumbers::Continuous
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl<C: Column> Default for DataTable<C> {
    fn default() -> Self {
        DataTable {
            period: Period::Plan,
            groups: Vec::new(),
            columns: C::DEFAULT.to_vec(),
            numbers: RowNumbers::Continuous,
            names: C::NAMES,
            joiner: Joiner::Semicolon,
            column_numbers: false,
            summary: false,
            titles: Vec::new(),
            widths: Vec::new(),
            grouping: Vec::new(),
            subtotals: false,
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
    /// Progress as the lead agency reports it (collected by a form).
    Progress,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum InvestmentColumn {
    No,
    Name,
    Investor,
    Total,
    Period,
    Capital,
    /// A plan over several years: the capital of each year of the period.
    ByYear,
    /// Their sum over the period.
    PeriodTotal,
    Status,
    Note,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RecurrentColumn {
    No,
    Name,
    Unit,
    /// "Thời gian thực hiện": "2025 - 2027".
    Period,
    Amount,
    /// A plan over several years: the amount of each year of the period.
    ByYear,
    /// Their sum over the period.
    PeriodTotal,
    Source,
    Note,
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

/// Runs `$e` with `$t` bound to the data table inside a `Table`, for the four
/// data kinds; `$other` for the rest.
macro_rules! on_data_table {
    ($table:expr, $t:ident => $e:expr, _ => $other:expr) => {
        match $table {
            Table::Targets($t) => $e,
            Table::Tasks($t) => $e,
            Table::Investment($t) => $e,
            Table::Recurrent($t) => $e,
            Table::LegalBases | Table::Free(_) => $other,
        }
    };
}

impl Table {
    /// Whether the table prints money (and its appendix gets "ĐVT: Triệu đồng").
    pub fn has_money(&self) -> bool {
        on_data_table!(self, t => t.has_money(), _ => false)
    }

    /// Whose data the table shows; tables without a period show the plan's.
    pub fn period(&self) -> Period {
        on_data_table!(self, t => t.period, _ => Period::Plan)
    }

    /// The options a kind offers: which of the shared settings apply.
    pub fn options(&self) -> Option<TableOptions> {
        on_data_table!(self, t => Some(t.options()), _ => None)
    }

    /// The period, for the kinds that have one (tasks are always the plan's).
    pub fn period_mut(&mut self) -> Option<&mut Period> {
        on_data_table!(self, t => t.options().period.then_some(&mut t.period), _ => None)
    }

    /// How agency names print, for the kinds that print agencies.
    pub fn names_mut(&mut self) -> Option<&mut NameForm> {
        on_data_table!(self, t => Some(&mut t.names), _ => None)
    }

    /// The grouping of a money table (projects, recurrent items).
    pub fn grouping_mut(&mut self) -> Option<&mut Vec<GroupBy>> {
        match self {
            Table::Investment(t) => Some(&mut t.grouping),
            Table::Recurrent(t) => Some(&mut t.grouping),
            _ => None,
        }
    }

    pub fn subtotals_mut(&mut self) -> Option<&mut bool> {
        match self {
            Table::Investment(t) => Some(&mut t.subtotals),
            Table::Recurrent(t) => Some(&mut t.subtotals),
            _ => None,
        }
    }

    pub fn joiner_mut(&mut self) -> Option<&mut Joiner> {
        on_data_table!(self, t => Some(&mut t.joiner), _ => None)
    }

    /// Row numbering, for the kinds with groups.
    pub fn numbers_mut(&mut self) -> Option<&mut RowNumbers> {
        on_data_table!(self, t => t.options().groups.then_some(&mut t.numbers), _ => None)
    }

    /// The count of targets exceeded / met / missed, for the kinds that print it.
    pub fn summary_mut(&mut self) -> Option<&mut bool> {
        on_data_table!(self, t => t.options().summary.then_some(&mut t.summary), _ => None)
    }

    /// The row of column numbers (1, 2, 3 ...) under the header.
    pub fn column_numbers_mut(&mut self) -> Option<&mut bool> {
        match self {
            Table::Free(t) => Some(&mut t.column_numbers),
            other => on_data_table!(other, t => Some(&mut t.column_numbers), _ => None),
        }
    }
}

/// Which of a data table's shared settings a kind offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TableOptions {
    /// The plan year or the year under review.
    pub period: bool,
    /// Group rows, a choice of groups and per-group numbering.
    pub groups: bool,
    /// The evaluation counts under the table.
    pub summary: bool,
}

impl<C: Column> DataTable<C> {
    pub fn options(&self) -> TableOptions {
        C::OPTIONS
    }

    pub fn has_money(&self) -> bool {
        C::ALL.iter().any(|c| c.is_money())
    }
}

/// `Column::of` and `of_mut` for the kind stored in `Table::$variant`.
macro_rules! in_table {
    ($variant:ident) => {
        fn of(table: &Table) -> Option<&DataTable<Self>> {
            match table {
                Table::$variant(t) => Some(t),
                _ => None,
            }
        }

        fn of_mut(table: &mut Table) -> Option<&mut DataTable<Self>> {
            match table {
                Table::$variant(t) => Some(t),
                _ => None,
            }
        }
    };
}

/// A kind of data table, named by its column enum: the columns it can
/// print, their computed titles (using {năm} fields) and alignment, and
/// where it sits in a `Table`.
pub trait Column: Copy + PartialEq + Eq + std::hash::Hash + std::fmt::Debug + 'static {
    /// Every column, in the order the editor offers them.
    const ALL: &'static [Self];
    /// The columns of a new table.
    const DEFAULT: &'static [Self];
    /// How a new table prints agency names.
    const NAMES: NameForm;
    const OPTIONS: TableOptions;
    fn default_title(self, period: Period) -> &'static str;
    /// How the column's cells align: numbers centred, money right.
    fn align(self) -> Align;
    /// Whether the column prints money (summed in the total row).
    fn is_money(self) -> bool {
        false
    }
    fn of(table: &Table) -> Option<&DataTable<Self>>;
    fn of_mut(table: &mut Table) -> Option<&mut DataTable<Self>>;
    /// For a column printed as several (one per milestone year), the title
    /// of each; None for a column printed once.
    fn expand(self, _plan: &super::plan::Plan) -> Option<Vec<String>> {
        None
    }
}

/// "Năm 2026" … "Năm 2030": a column per year of a plan over several years
/// (none for a plan of one year).
fn year_titles(plan: &super::plan::Plan) -> Vec<String> {
    if !plan.is_multi_year() {
        return Vec::new();
    }
    plan.period_years().map(|y| format!("Năm {y}")).collect()
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
    const ALL: &'static [Self] = &[
        TargetColumn::No,
        TargetColumn::NoInGroup,
        TargetColumn::Name,
        TargetColumn::Unit,
        TargetColumn::Baseline,
        TargetColumn::Target,
        TargetColumn::Milestones,
        TargetColumn::Result,
        TargetColumn::Evaluation,
        TargetColumn::Lead,
        TargetColumn::Coordinating,
        TargetColumn::Note,
    ];
    const DEFAULT: &'static [Self] = &[
        TargetColumn::No,
        TargetColumn::Name,
        TargetColumn::Baseline,
        TargetColumn::Target,
        TargetColumn::Lead,
        TargetColumn::Coordinating,
        TargetColumn::Note,
    ];
    const NAMES: NameForm = NameForm::Full;
    const OPTIONS: TableOptions = TableOptions {
        period: true,
        groups: true,
        summary: true,
    };

    fn align(self) -> Align {
        use TargetColumn::*;
        match self {
            No | NoInGroup | Unit | Baseline | Target | Milestones | Result | Evaluation => {
                Align::Center
            }
            Name | Lead | Coordinating | Note => Align::Left,
        }
    }

    in_table!(Targets);

    fn expand(self, plan: &super::plan::Plan) -> Option<Vec<String>> {
        (self == TargetColumn::Milestones).then(|| {
            plan.milestones
                .iter()
                .map(|&y| plan.milestone_title(y))
                .collect()
        })
    }

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
            (Milestones, _) => "Các mốc năm (kế hoạch nhiều năm)",
            (Result, _) => "Kết quả thực hiện",
            (Evaluation, _) => "Đánh giá",
            (Lead, _) => "Đơn vị chủ trì",
            (Coordinating, _) => "Đơn vị phối hợp",
            (Note, _) => "Ghi chú",
        }
    }
}

impl Column for TaskColumn {
    const ALL: &'static [Self] = &[
        TaskColumn::No,
        TaskColumn::Name,
        TaskColumn::Lead,
        TaskColumn::Coordinating,
        TaskColumn::Deadline,
        TaskColumn::Result,
        TaskColumn::Note,
        TaskColumn::Progress,
    ];
    const DEFAULT: &'static [Self] = &[
        TaskColumn::No,
        TaskColumn::Name,
        TaskColumn::Lead,
        TaskColumn::Coordinating,
        TaskColumn::Deadline,
    ];
    const NAMES: NameForm = NameForm::Full;
    const OPTIONS: TableOptions = TableOptions {
        period: false,
        groups: true,
        summary: false,
    };

    fn align(self) -> Align {
        match self {
            TaskColumn::No | TaskColumn::Deadline => Align::Center,
            _ => Align::Left,
        }
    }

    in_table!(Tasks);

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
            Progress => "Tiến độ thực hiện",
        }
    }
}

impl Column for InvestmentColumn {
    const ALL: &'static [Self] = &[
        InvestmentColumn::No,
        InvestmentColumn::Name,
        InvestmentColumn::Investor,
        InvestmentColumn::Total,
        InvestmentColumn::Period,
        InvestmentColumn::Capital,
        InvestmentColumn::ByYear,
        InvestmentColumn::PeriodTotal,
        InvestmentColumn::Status,
        InvestmentColumn::Note,
    ];
    const DEFAULT: &'static [Self] = &[
        InvestmentColumn::No,
        InvestmentColumn::Name,
        InvestmentColumn::Investor,
        InvestmentColumn::Total,
        InvestmentColumn::Period,
        InvestmentColumn::Capital,
        InvestmentColumn::Note,
    ];
    const NAMES: NameForm = NameForm::Short;
    const OPTIONS: TableOptions = TableOptions {
        period: true,
        groups: false,
        summary: false,
    };

    fn align(self) -> Align {
        use InvestmentColumn::*;
        match self {
            No | InvestmentColumn::Period | Status => Align::Center,
            Total | Capital | ByYear | PeriodTotal => Align::Right,
            Name | Investor | Note => Align::Left,
        }
    }

    fn is_money(self) -> bool {
        matches!(
            self,
            InvestmentColumn::Total
                | InvestmentColumn::Capital
                | InvestmentColumn::ByYear
                | InvestmentColumn::PeriodTotal
        )
    }

    in_table!(Investment);

    fn expand(self, plan: &super::plan::Plan) -> Option<Vec<String>> {
        (self == InvestmentColumn::ByYear).then(|| year_titles(plan))
    }

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
            (ByYear, _) => "Vốn từng năm (kế hoạch nhiều năm)",
            (PeriodTotal, _) => "Tổng giai đoạn {giai đoạn}",
            (Status, _) => "Tính chất",
            (Note, _) => "Ghi chú",
        }
    }
}

impl Column for RecurrentColumn {
    const ALL: &'static [Self] = &[
        RecurrentColumn::No,
        RecurrentColumn::Name,
        RecurrentColumn::Unit,
        RecurrentColumn::Period,
        RecurrentColumn::Amount,
        RecurrentColumn::ByYear,
        RecurrentColumn::PeriodTotal,
        RecurrentColumn::Source,
        RecurrentColumn::Note,
    ];
    const DEFAULT: &'static [Self] = &[
        RecurrentColumn::No,
        RecurrentColumn::Name,
        RecurrentColumn::Unit,
        RecurrentColumn::Amount,
        RecurrentColumn::Note,
    ];
    const NAMES: NameForm = NameForm::Short;
    const OPTIONS: TableOptions = TableOptions {
        period: true,
        groups: false,
        summary: false,
    };

    fn align(self) -> Align {
        use RecurrentColumn::*;
        match self {
            No | Source | Period => Align::Center,
            Amount | ByYear | PeriodTotal => Align::Right,
            Name | Unit | Note => Align::Left,
        }
    }

    fn is_money(self) -> bool {
        matches!(
            self,
            RecurrentColumn::Amount | RecurrentColumn::ByYear | RecurrentColumn::PeriodTotal
        )
    }

    in_table!(Recurrent);

    fn expand(self, plan: &super::plan::Plan) -> Option<Vec<String>> {
        (self == RecurrentColumn::ByYear).then(|| year_titles(plan))
    }

    fn default_title(self, _: Period) -> &'static str {
        use RecurrentColumn::*;
        match self {
            No => "STT",
            Name => "Danh mục",
            Unit => "Đơn vị thực hiện",
            Period => "Thời gian thực hiện",
            Amount => "Kinh phí",
            ByYear => "Kinh phí từng năm (kế hoạch nhiều năm)",
            PeriodTotal => "Tổng giai đoạn {giai đoạn}",
            Source => "Nguồn kinh phí",
            Note => "Ghi chú",
        }
    }
}

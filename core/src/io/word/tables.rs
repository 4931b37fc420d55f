//! A Word table turned into kehoach's rows: recognised by its header row as
//! targets, tasks, investment projects, recurrent items, or else kept as a
//! free table. Group rows become groups, typed total rows are dropped and
//! compared with what kehoach computes, money is read the Vietnamese way.

use super::agencies::Directory;
use super::read::{Cell, Table as WordTable};
use super::report::Report;
use crate::model::agency::slug;
use crate::model::table::{
    Align, FreeColumn, FreeRow, FreeTable, HeaderSpan, InvestmentColumn, InvestmentTable, Period,
    RecurrentColumn, RecurrentTable, RowKind, TargetColumn, TargetsTable, TaskColumn, TasksTable,
};
use crate::model::targets::{Evaluation, Target, TargetGroup};
use crate::model::tasks::{Task, TaskGroup};
use crate::model::{Id, Money, Plan, Project, RecurrentItem, Rich, Table};

/// A table as a grid: every row as wide as the widest, a merged cell's text
/// in its first grid column and the others empty; header rows apart.
struct Grid {
    head: Vec<String>,
    /// Header texts of more than one row: a title over several columns.
    spans: Vec<HeaderSpan>,
    rows: Vec<Row>,
    column_numbers: bool,
}

struct Row {
    cells: Vec<String>,
    rich: Vec<String>,
    bold: bool,
    /// One cell spans (nearly) the whole row: a group title.
    wide: bool,
}

fn grid(t: &WordTable) -> Grid {
    let width = t
        .rows
        .iter()
        .map(|r| r.iter().map(|c| c.span).sum::<usize>())
        .max()
        .unwrap_or(0);
    let expand = |row: &[Cell]| {
        let mut plain = vec![String::new(); width];
        let mut rich = vec![String::new(); width];
        let mut spans = vec![(false, 1usize); width];
        let mut x = 0;
        for c in row {
            if let Some(slot) = plain.get_mut(x) {
                if !c.continued {
                    *slot = c.plain();
                    rich[x] = c.rich();
                }
                spans[x] = (c.continued, c.span);
            }
            x += c.span;
        }
        (plain, rich, spans)
    };
    // Header rows: the first, and those under a merged header cell: a cell
    // merged down from above, or titles under every column a wider title
    // spans ("STT" over two number columns has none: the row under it is
    // data, such as a group row "I NHÓM …").
    let mut head_rows = 1;
    while let (Some(above), Some(this)) = (t.rows.get(head_rows - 1), t.rows.get(head_rows)) {
        let (_, _, above_cells) = expand(above);
        let (this_plain, _, _) = expand(this);
        let titled_under = above_cells
            .iter()
            .enumerate()
            .any(|(x, (continued, span))| {
                !continued
                    && *span > 1
                    && *span + 1 < width
                    && (x..x + span)
                        .all(|c| this_plain.get(c).is_some_and(|s| !s.trim().is_empty()))
            });
        let merged = titled_under || this.iter().any(|c| c.continued);
        let first = this.first().map(Cell::plain).unwrap_or_default();
        if merged
            && group_label(&first).is_none()
            && super::labels::typed(&format!("{first}. ")).is_none()
            && !first.chars().any(|c| c.is_ascii_digit())
        {
            head_rows += 1;
        } else {
            break;
        }
        if head_rows >= 3 {
            break;
        }
    }
    let mut head = vec![String::new(); width];
    let mut spans = Vec::new();
    for (i, r) in t.rows.iter().take(head_rows).enumerate() {
        let (plain, _, cells) = expand(r);
        for x in 0..width {
            let (continued, span) = cells[x];
            if continued || plain[x].is_empty() {
                continue;
            }
            if span > 1 && i + 1 < head_rows {
                spans.push(HeaderSpan {
                    title: Rich::new(plain[x].replace('\n', " ")),
                    first: x,
                    count: span,
                });
            } else {
                head[x] = plain[x].replace('\n', " ");
            }
        }
    }
    let mut rows = Vec::new();
    let mut column_numbers = false;
    for (i, r) in t.rows.iter().enumerate().skip(head_rows) {
        let (plain, rich, cells) = expand(r);
        // "(1) (2) (3)" or "1 2 3" under the header: column numbers.
        if i == head_rows && plain.iter().filter(|s| !s.is_empty()).count() >= 2 {
            let numbers: Vec<String> = plain
                .iter()
                .map(|s| s.trim_matches(['(', ')', ' ']).to_string())
                .collect();
            if numbers.iter().enumerate().all(|(k, s)| {
                s.is_empty()
                    || *s == (k + 1).to_string()
                    || s.chars().all(|c| {
                        c.is_ascii_digit()
                            || c == '='
                            || c == '+'
                            || c == '-'
                            || c == '*'
                            || c == 'x'
                    })
            }) && numbers.first().is_some_and(|s| s == "1")
            {
                column_numbers = true;
                continue;
            }
        }
        if plain.iter().all(|s| s.trim().is_empty()) {
            continue;
        }
        let wide = cells
            .iter()
            .any(|(_, span)| *span + 1 >= width && width > 2);
        rows.push(Row {
            bold: r.iter().filter(|c| !c.plain().is_empty()).all(Cell::bold),
            cells: plain,
            rich,
            wide,
        });
    }
    Grid {
        head,
        spans,
        rows,
        column_numbers,
    }
}

/// What a header title says a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    No,
    Name,
    Unit,
    Baseline,
    Target,
    Result,
    Evaluation,
    Lead,
    Coordinating,
    Deadline,
    Note,
    Total,
    Period,
    Amount,
    Source,
    Other,
}

fn role(title: &str, year: i32) -> Role {
    let s = format!("-{}-", slug(title));
    let has = |w: &str| s.contains(&format!("-{w}-"));
    if has("stt") || has("tt") || has("so-tt") || has("so-thu-tu") {
        Role::No
    } else if has("ghi-chu") {
        Role::Note
    } else if has("phoi-hop") {
        Role::Coordinating
    } else if has("chu-tri")
        || has("chu-dau-tu")
        || has("don-vi-thuc-hien")
        || has("co-quan-thuc-hien")
        || has("don-vi-chu-quan")
    {
        Role::Lead
    } else if has("tong-muc-dau-tu") || has("tmdt") {
        Role::Total
    } else if has("nguon-von") || has("nguon-kinh-phi") {
        Role::Source
    } else if has("thoi-gian") && !has("khoi-cong") && !has("hoan-thanh")
        || has("thoi-han")
        || has("thoi-diem")
        || has("tien-do")
    {
        Role::Deadline
    } else if has("danh-gia") {
        Role::Evaluation
    } else if has("don-vi-tinh") || has("dvt") {
        Role::Unit
    } else if has("thoi-gian-thuc-hien") && (has("khoi-cong") || has("hoan-thanh"))
        || has("thoi-gian-kc-ht")
    {
        Role::Period
    } else if has("kinh-phi")
        || has("du-toan")
        || has("so-tien")
        || has("von")
        || has("tong-cong")
        || has("tong-so")
        || has("thanh-tien")
    {
        Role::Amount
    } else if has("thoi-gian") || has("thoi-han") || has("tien-do") {
        Role::Deadline
    } else if has("ket-qua") || has("san-pham") {
        Role::Result
    } else if has("thuc-hien") && s.contains(&(year - 1).to_string())
        || has("uoc")
        || has("hien-trang")
    {
        Role::Baseline
    } else if has("ten")
        || has("noi-dung")
        || has("chi-tieu") && !s.contains(&year.to_string())
        || has("nhiem-vu")
        || has("du-an")
        || has("danh-muc")
        || has("giai-phap")
    {
        Role::Name
    } else if has("ke-hoach") || has("muc-tieu") || s.contains(&year.to_string()) || has("chi-tieu")
    {
        Role::Target
    } else {
        Role::Other
    }
}

/// The kind of rows a table holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Targets,
    Tasks,
    Investment,
    Recurrent,
    Free,
}

fn kind(roles: &[Role], head: &[String]) -> Kind {
    let has = |r: Role| roles.contains(&r);
    let words = slug(&head.join(" "));
    if !has(Role::Name) {
        return Kind::Free;
    }
    if has(Role::Total) || words.contains("du-an") && has(Role::Amount) {
        Kind::Investment
    } else if has(Role::Amount) {
        Kind::Recurrent
    } else if words.contains("chi-tieu")
        && (has(Role::Target) || has(Role::Result) || has(Role::Unit) || has(Role::Evaluation))
    {
        Kind::Targets
    } else if has(Role::Lead) || has(Role::Coordinating) || has(Role::Deadline) {
        Kind::Tasks
    } else {
        Kind::Free
    }
}

/// A header that names a year before `year` ("… năm 2022" in a 2023 plan).
fn names_a_year_before(head: &str, year: i32) -> bool {
    head.split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse::<i32>().ok())
        .any(|y| (1990..year).contains(&y))
}

/// Where the table is: its place's words (an appendix title), for telling
/// the year under review from the plan year.
pub struct Context<'a> {
    pub period: Period,
    /// "Phụ lục II", for the report.
    pub name: &'a str,
    /// Where the report's notes link to (the appendix).
    pub at: Option<crate::model::to_review::Anchor>,
}

/// A recognised table: the block that prints it, rows added to the plan.
pub fn table(
    t: &WordTable,
    plan: &mut Plan,
    dir: &mut Directory,
    ids: &mut dyn FnMut() -> Id,
    ctx: &Context,
    report: &mut Report,
) -> Table {
    let g = grid(t);
    let mut roles: Vec<Role> = g.head.iter().map(|h| role(h, plan.year)).collect();
    let k = kind(&roles, &g.head);
    if k == Kind::Targets && ctx.period == Period::Plan {
        // "Kết quả thực hiện năm 2022" beside "Phấn đấu năm 2023" is where the
        // plan starts from, not the result of a year under review.
        for (r, h) in roles.iter_mut().zip(&g.head) {
            if *r == Role::Result && names_a_year_before(h, plan.year) {
                *r = Role::Baseline;
            }
        }
    }
    let col = |r: Role| roles.iter().position(|x| *x == r);
    let reader = Rows {
        col: roles.iter().position(|r| *r == Role::No),
        name: col(Role::Name),
        year: plan.year,
    };
    // A table in the body links its notes to the list its rows went to.
    use crate::model::to_review::Anchor;
    let ctx = &Context {
        period: ctx.period,
        name: ctx.name,
        at: ctx.at.clone().or(match k {
            Kind::Targets => Some(Anchor::Targets(ctx.period)),
            Kind::Tasks => Some(Anchor::Tasks),
            Kind::Investment | Kind::Recurrent => Some(Anchor::Budget(ctx.period)),
            Kind::Free => None,
        }),
    };
    match k {
        Kind::Targets => targets(&g, &roles, plan, dir, ids, ctx, &reader),
        Kind::Tasks => tasks(&g, &roles, plan, dir, ids, &reader),
        Kind::Investment | Kind::Recurrent => {
            money(k, &g, &roles, plan, dir, ids, ctx, report, &reader)
        }
        Kind::Free => free(&g, ids),
    }
}

/// The words after a group's number typed at the start of its cell ("II
/// NHÓM …", "B. Dự án …"), when there is one.
fn group_label(text: &str) -> Option<&str> {
    let text = text.trim_start();
    let (first, rest) = text.split_once([' ', '\t', '\n'])?;
    let first = first.trim_end_matches(['.', ')', ':']);
    let roman = !first.is_empty() && first.chars().all(|c| "IVXLC".contains(c));
    let letter = first.chars().count() == 1
        && first.chars().all(|c| c.is_ascii_uppercase())
        && text.trim_start().chars().nth(1) == Some('.');
    let rest = rest.trim_start();
    (roman || letter)
        .then_some(rest)
        .filter(|r| r.chars().next().is_some_and(char::is_alphabetic))
}

/// What a data row is.
enum Line {
    Group(String),
    Item { no: String, name: String },
    Total,
}

struct Rows {
    col: Option<usize>,
    name: Option<usize>,
    /// The plan year: "năm 2024" in a name becomes the field "năm {năm}".
    year: i32,
}

impl Rows {
    fn line(&self, row: &Row) -> Line {
        let no = self
            .col
            .and_then(|c| row.cells.get(c))
            .cloned()
            .unwrap_or_default();
        let no = no.trim().trim_end_matches('.').to_string();
        let name_at = self.name.unwrap_or(0);
        let name = row
            .rich
            .get(name_at)
            .filter(|s| !s.is_empty())
            .cloned()
            .or_else(|| row.rich.iter().find(|s| !s.is_empty()).cloned())
            .unwrap_or_default();
        let first_words = format!(
            "-{}-",
            slug(&format!(
                "{} {}",
                no,
                row.cells.get(name_at).cloned().unwrap_or_default()
            ))
        );
        if ["-tong-cong-", "-tong-so-", "-cong-", "-tong-"]
            .iter()
            .any(|w| first_words.starts_with(w))
            || first_words.contains("-tong-cong-")
        {
            return Line::Total;
        }
        let roman = !no.is_empty() && no.chars().all(|c| "IVXLC".contains(c));
        let capital = no.chars().count() == 1 && no.chars().all(|c| c.is_ascii_uppercase());
        let empty_rest = row
            .cells
            .iter()
            .enumerate()
            .filter(|(i, _)| Some(*i) != self.col && *i != name_at)
            .all(|(_, s)| s.trim().is_empty());
        if roman || capital || row.wide || (no.is_empty() && row.bold && empty_rest) {
            let title = if row.wide && name.is_empty() {
                row.rich
                    .iter()
                    .find(|s| !s.is_empty())
                    .cloned()
                    .unwrap_or_default()
            } else {
                name
            };
            let title = strip_bold(&title);
            // "II NHÓM CHỈ TIÊU …" typed in one cell: the number is kehoach's.
            let title = match group_label(&title) {
                Some(rest) => rest.to_string(),
                None => title,
            };
            return Line::Group(year_fields(&title, self.year));
        }
        Line::Item {
            no,
            name: year_fields(&name, self.year),
        }
    }
}

/// The kehoach columns a table's roles map to, each with the grid column
/// it is read from; a column met twice is read from its first place.
fn columns<C: Copy + PartialEq>(
    roles: &[Role],
    map: impl Fn(Role) -> Option<C>,
) -> Vec<(C, usize)> {
    let mut cols: Vec<(C, usize)> = Vec::new();
    for (i, r) in roles.iter().enumerate() {
        if let Some(c) = map(*r).filter(|c| !cols.iter().any(|(x, _)| x == c)) {
            cols.push((c, i));
        }
    }
    cols
}

fn strip_bold(s: &str) -> String {
    s.replace("**", "").trim().to_string()
}

/// Years that name the plan period as fields ("Cuối năm {năm}"), in the
/// body's text as in the tables; dates and other years stay as typed.
pub(super) fn year_fields(s: &str, year: i32) -> String {
    crate::rollover::years::convert(s, year).text
}

/// A text cell with its bold and italic ("Có *(KH số 225/KH-UBND …)*").
fn text_cell(row: &Row, c: Option<usize>) -> String {
    rich_cell(row, c).as_str().to_string()
}

fn cell(row: &Row, c: Option<usize>) -> String {
    c.and_then(|c| row.cells.get(c))
        .map(|s| s.trim().to_string())
        .unwrap_or_default()
}

fn rich_cell(row: &Row, c: Option<usize>) -> Rich {
    Rich::new(
        c.and_then(|c| row.rich.get(c))
            .map(|s| s.trim().to_string())
            .unwrap_or_default(),
    )
}

fn evaluation(s: &str) -> Evaluation {
    let s = slug(s);
    if s.starts_with("vuot") {
        Evaluation::Exceeded
    } else if s.starts_with("khong") || s.starts_with("chua") {
        Evaluation::Missed
    } else if s.starts_with("dat") || s.starts_with("hoan-thanh") {
        Evaluation::Met
    } else {
        Evaluation::Pending
    }
}

fn titles<C: Copy>(g: &Grid, cols: &[(C, usize)]) -> Vec<(C, Rich)> {
    if !g.spans.is_empty() {
        return Vec::new();
    }
    cols.iter()
        .filter_map(|(c, i)| g.head.get(*i).map(|h| (*c, Rich::new(h.clone()))))
        .collect()
}

#[allow(clippy::too_many_arguments)]
fn targets(
    g: &Grid,
    roles: &[Role],
    plan: &mut Plan,
    dir: &mut Directory,
    ids: &mut dyn FnMut() -> Id,
    ctx: &Context,
    rows: &Rows,
) -> Table {
    use TargetColumn as C;
    let evaluating = roles.contains(&Role::Evaluation)
        || roles.contains(&Role::Result) && !roles.contains(&Role::Target);
    let period = if evaluating {
        Period::Previous
    } else {
        ctx.period
    };
    let map = |r: Role| match r {
        Role::No => Some(C::No),
        Role::Name => Some(C::Name),
        Role::Unit => Some(C::Unit),
        Role::Baseline => Some(C::Baseline),
        Role::Target => Some(C::Target),
        Role::Result => Some(C::Result),
        Role::Evaluation => Some(C::Evaluation),
        Role::Lead => Some(C::Lead),
        Role::Coordinating => Some(C::Coordinating),
        Role::Note => Some(C::Note),
        _ => None,
    };
    let cols: Vec<(C, usize)> = roles
        .iter()
        .enumerate()
        .filter_map(|(i, r)| map(*r).map(|c| (c, i)))
        .collect();
    let at = |c: C| cols.iter().find(|(x, _)| *x == c).map(|(_, i)| *i);
    let mut groups: Vec<TargetGroup> = Vec::new();
    for row in &g.rows {
        match rows.line(row) {
            Line::Total => {}
            Line::Group(name) => groups.push(TargetGroup {
                id: ids(),
                name: Rich::new(name),
                targets: Vec::new(),
            }),
            Line::Item { name, .. } => {
                if groups.is_empty() {
                    groups.push(TargetGroup {
                        id: ids(),
                        ..Default::default()
                    });
                }
                let target = Target {
                    id: ids(),
                    name: Rich::new(name),
                    unit: cell(row, at(C::Unit)),
                    baseline: text_cell(row, at(C::Baseline)),
                    target: text_cell(row, at(C::Target)),
                    result: text_cell(row, at(C::Result)),
                    evaluation: evaluation(&cell(row, at(C::Evaluation))),
                    lead: dir.keys(&cell(row, at(C::Lead))),
                    coordinating: dir.keys(&cell(row, at(C::Coordinating))),
                    note: rich_cell(row, at(C::Note)),
                    ..Default::default()
                };
                if let Some(last) = groups.last_mut() {
                    last.targets.push(target);
                }
            }
        }
    }
    let ids_of: Vec<Id> = groups.iter().map(|g| g.id).collect();
    match period {
        Period::Plan => plan.targets.extend(groups),
        Period::Previous => plan.review.targets.extend(groups),
    }
    Table::Targets(TargetsTable {
        period,
        groups: ids_of,
        columns: cols.iter().map(|(c, _)| *c).collect(),
        column_numbers: g.column_numbers,
        summary: evaluating,
        titles: titles(g, &cols),
        ..TargetsTable::default()
    })
}

fn tasks(
    g: &Grid,
    roles: &[Role],
    plan: &mut Plan,
    dir: &mut Directory,
    ids: &mut dyn FnMut() -> Id,
    rows: &Rows,
) -> Table {
    use TaskColumn as C;
    let map = |r: Role| match r {
        Role::No => Some(C::No),
        Role::Name => Some(C::Name),
        Role::Lead => Some(C::Lead),
        Role::Coordinating => Some(C::Coordinating),
        Role::Deadline => Some(C::Deadline),
        Role::Result | Role::Target => Some(C::Result),
        Role::Note => Some(C::Note),
        _ => None,
    };
    let cols = columns(roles, map);
    let at = |c: C| cols.iter().find(|(x, _)| *x == c).map(|(_, i)| *i);
    let mut groups: Vec<TaskGroup> = Vec::new();
    for row in &g.rows {
        match rows.line(row) {
            Line::Total => {}
            Line::Group(name) => groups.push(TaskGroup {
                id: ids(),
                name: Rich::new(name),
                tasks: Vec::new(),
            }),
            Line::Item { no, name } => {
                if groups.is_empty() {
                    groups.push(TaskGroup {
                        id: ids(),
                        ..Default::default()
                    });
                }
                let task = Task {
                    id: ids(),
                    name: Rich::new(name),
                    lead: dir.keys(&cell(row, at(C::Lead))),
                    coordinating: dir.keys(&cell(row, at(C::Coordinating))),
                    deadline: year_fields(&cell(row, at(C::Deadline)), rows.year),
                    result: Rich::new(year_fields(&text_cell(row, at(C::Result)), rows.year)),
                    note: rich_cell(row, at(C::Note)),
                    ..Default::default()
                };
                let depth = if no.contains('.') {
                    no.matches('.').count()
                } else {
                    0
                };
                if let Some(last) = groups.last_mut() {
                    let mut list = &mut last.tasks;
                    for _ in 0..depth {
                        if list.is_empty() {
                            break;
                        }
                        let end = list.len() - 1;
                        list = &mut list[end].subtasks;
                    }
                    list.push(task);
                }
            }
        }
    }
    let ids_of: Vec<Id> = groups.iter().map(|g| g.id).collect();
    plan.tasks.extend(groups);
    Table::Tasks(TasksTable {
        groups: ids_of,
        columns: cols.iter().map(|(c, _)| *c).collect(),
        column_numbers: g.column_numbers,
        titles: titles(g, &cols),
        ..TasksTable::default()
    })
}

fn parse_money(s: &str, what: &str, row: usize, ctx: &Context, report: &mut Report) -> Money {
    let t = s.trim();
    if t.is_empty() || t == "-" {
        return Money::ZERO;
    }
    Money::parse_vn(t).unwrap_or_else(|_| {
        ctx.note(
            report,
            format!(
                "{}, dòng {row}: \"{t}\" không đọc được là số tiền ({what}); để trống.",
                ctx.name
            ),
        );
        Money::ZERO
    })
}

fn years(s: &str) -> (Option<i32>, Option<i32>) {
    let found: Vec<i32> = s
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse().ok())
        .collect();
    (
        found.first().copied(),
        found.get(1).or(found.first()).copied(),
    )
}

#[allow(clippy::too_many_arguments)]
fn money(
    k: Kind,
    g: &Grid,
    roles: &[Role],
    plan: &mut Plan,
    dir: &mut Directory,
    ids: &mut dyn FnMut() -> Id,
    ctx: &Context,
    report: &mut Report,
    rows: &Rows,
) -> Table {
    let at = |r: Role| roles.iter().position(|x| *x == r);
    // The capital of the plan year: the last money column after the total.
    let amount = roles.iter().rposition(|r| *r == Role::Amount).or_else(|| {
        roles
            .iter()
            .rposition(|r| matches!(r, Role::Target | Role::Baseline | Role::Other))
    });
    let mut group = String::new();
    let mut typed = None;
    let mut projects = Vec::new();
    let mut items = Vec::new();
    for (n, row) in g.rows.iter().enumerate() {
        match rows.line(row) {
            Line::Group(name) => group = name,
            Line::Total => {
                typed = Some((
                    parse_money(&cell(row, at(Role::Total)), "tổng", n + 1, ctx, report),
                    parse_money(&cell(row, amount), "tổng", n + 1, ctx, report),
                ))
            }
            Line::Item { name, .. } => {
                let (start, end) = years(&cell(row, at(Role::Period)));
                let lead = dir.keys(&cell(row, at(Role::Lead)));
                let value = parse_money(&cell(row, amount), "kinh phí", n + 1, ctx, report);
                if k == Kind::Investment {
                    projects.push(Project {
                        id: ids(),
                        name: Rich::new(name),
                        investor: lead,
                        total: parse_money(
                            &cell(row, at(Role::Total)),
                            "tổng mức đầu tư",
                            n + 1,
                            ctx,
                            report,
                        ),
                        start_year: start,
                        end_year: end,
                        capital: value,
                        source: cell(row, at(Role::Source)),
                        group: group.clone(),
                        note: rich_cell(row, at(Role::Note)),
                        ..Default::default()
                    });
                } else {
                    items.push(RecurrentItem {
                        id: ids(),
                        name: Rich::new(name),
                        unit: lead,
                        amount: value,
                        source: cell(row, at(Role::Source)),
                        start_year: start,
                        end_year: end,
                        group: group.clone(),
                        note: rich_cell(row, at(Role::Note)),
                        ..Default::default()
                    });
                }
            }
        }
    }
    // An overflow keeps the sum so far rather than panicking.
    let sum = |values: &mut dyn Iterator<Item = Money>| {
        values.fold(Money::ZERO, |a, b| a.checked_add(b).unwrap_or(a))
    };
    let computed = if k == Kind::Investment {
        (
            sum(&mut projects.iter().map(|p| p.total)),
            sum(&mut projects.iter().map(|p| p.capital)),
        )
    } else {
        (Money::ZERO, sum(&mut items.iter().map(|r| r.amount)))
    };
    if let Some((total, capital)) = typed {
        for (what, typed, computed) in [
            ("tổng mức đầu tư", total, computed.0),
            ("kinh phí", capital, computed.1),
        ] {
            if !typed.is_zero() && typed != computed {
                ctx.note(
                    report,
                    format!(
                        "{}: dòng tổng cộng ghi {what} {typed}, cộng các dòng được {computed}; kehoach in số cộng được.",
                        ctx.name
                    ),
                );
            }
        }
    }
    let grouped =
        projects.iter().any(|p| !p.group.is_empty()) || items.iter().any(|r| !r.group.is_empty());
    let grouping = if grouped {
        vec![crate::model::table::GroupBy::Group]
    } else {
        Vec::new()
    };
    let budget = match ctx.period {
        Period::Plan => &mut plan.budget,
        Period::Previous => &mut plan.review.budget,
    };
    if k == Kind::Investment {
        use InvestmentColumn as C;
        let map = |r: Role| match r {
            Role::No => Some(C::No),
            Role::Name => Some(C::Name),
            Role::Lead => Some(C::Investor),
            Role::Total => Some(C::Total),
            Role::Period | Role::Deadline => Some(C::Period),
            Role::Amount | Role::Target | Role::Baseline | Role::Other => Some(C::Capital),
            Role::Note => Some(C::Note),
            _ => None,
        };
        let cols = columns(roles, map);
        budget.investment.extend(projects);
        Table::Investment(InvestmentTable {
            period: ctx.period,
            columns: cols.iter().map(|(c, _)| *c).collect(),
            column_numbers: g.column_numbers,
            grouping,
            ..InvestmentTable::default()
        })
    } else {
        use RecurrentColumn as C;
        let map = |r: Role| match r {
            Role::No => Some(C::No),
            Role::Name => Some(C::Name),
            Role::Lead => Some(C::Unit),
            Role::Period | Role::Deadline => Some(C::Period),
            Role::Amount | Role::Target | Role::Baseline | Role::Other => Some(C::Amount),
            Role::Source => Some(C::Source),
            Role::Note => Some(C::Note),
            _ => None,
        };
        let cols = columns(roles, map);
        budget.recurrent.extend(items);
        Table::Recurrent(RecurrentTable {
            period: ctx.period,
            columns: cols.iter().map(|(c, _)| *c).collect(),
            column_numbers: g.column_numbers,
            grouping,
            ..RecurrentTable::default()
        })
    }
}

fn free(g: &Grid, ids: &mut dyn FnMut() -> Id) -> Table {
    let numeric = |i: usize| {
        let cells: Vec<&str> = g
            .rows
            .iter()
            .filter_map(|r| r.cells.get(i))
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect();
        !cells.is_empty()
            && cells
                .iter()
                .all(|s| s.chars().all(|c| c.is_ascii_digit() || ".,%-".contains(c)))
    };
    let columns = g
        .head
        .iter()
        .enumerate()
        .map(|(i, h)| FreeColumn {
            title: Rich::new(h.clone()),
            align: if numeric(i) {
                Align::Right
            } else {
                Align::Left
            },
            width_mm: None,
        })
        .collect();
    let rows = g
        .rows
        .iter()
        .map(|r| FreeRow {
            id: ids(),
            kind: if r.wide {
                RowKind::Group
            } else if r.bold {
                RowKind::Bold
            } else {
                RowKind::Normal
            },
            cells: r.rich.iter().map(|s| Rich::new(s.clone())).collect(),
        })
        .collect();
    Table::Free(FreeTable {
        columns,
        spans: g.spans.clone(),
        column_numbers: g.column_numbers,
        rows,
    })
}

impl Context<'_> {
    fn note(&self, report: &mut Report, message: String) {
        match &self.at {
            Some(at) => report.note_at(message, at.clone()),
            None => report.note(message),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_titles_say_what_columns_hold() {
        let roles: Vec<Role> = [
            "STT",
            "Tên chỉ tiêu",
            "Đơn vị tính",
            "Thực hiện năm 2023",
            "Kế hoạch năm 2024",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Ghi chú",
        ]
        .iter()
        .map(|t| role(t, 2024))
        .collect();
        use Role::*;
        assert_eq!(
            roles,
            [No, Name, Unit, Baseline, Target, Lead, Coordinating, Note]
        );
        let heads: Vec<String> = vec!["Tên chỉ tiêu".into()];
        assert_eq!(kind(&roles, &heads), Kind::Targets);
        let tasks: Vec<Role> = [
            "TT",
            "Nhiệm vụ",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời gian hoàn thành",
            "Sản phẩm",
        ]
        .iter()
        .map(|t| role(t, 2024))
        .collect();
        assert_eq!(tasks, [No, Name, Lead, Coordinating, Deadline, Result]);
        assert_eq!(kind(&tasks, &["Nhiệm vụ".into()]), Kind::Tasks);
        let money: Vec<Role> = [
            "STT",
            "Tên dự án",
            "Chủ đầu tư",
            "Tổng mức đầu tư",
            "Kế hoạch vốn năm 2024",
        ]
        .iter()
        .map(|t| role(t, 2024))
        .collect();
        assert_eq!(kind(&money, &["Tên dự án".into()]), Kind::Investment);
    }

    fn cell(text: &str, span: usize) -> Cell {
        Cell {
            paras: vec![super::super::read::Para {
                plain: text.into(),
                rich: text.into(),
                ..Default::default()
            }],
            span,
            continued: false,
        }
    }

    #[test]
    fn a_group_row_under_stt_over_two_columns_is_data() {
        // "STT" over the running and the group's number; the row under it
        // names no column: it is the first group, not a second header row.
        let t = WordTable {
            rows: vec![
                vec![cell("STT", 2), cell("Tên chỉ tiêu", 1), cell("Phấn đấu", 1)],
                vec![cell("I NHÓM CHỈ TIÊU VỀ NHẬN THỨC SỐ", 4)],
                vec![
                    cell("1", 1),
                    cell("1", 1),
                    cell("Tham gia", 1),
                    cell("100%", 1),
                ],
            ],
            borders: true,
        };
        let g = grid(&t);
        assert_eq!(g.head, ["STT", "", "Tên chỉ tiêu", "Phấn đấu"]);
        assert_eq!(g.rows.len(), 2);
        let rows = Rows {
            col: Some(0),
            name: Some(2),
            year: 2023,
        };
        assert!(
            matches!(rows.line(&g.rows[0]), Line::Group(n) if n == "NHÓM CHỈ TIÊU VỀ NHẬN THỨC SỐ")
        );
        assert!(matches!(rows.line(&g.rows[1]), Line::Item { .. }));
    }

    #[test]
    fn a_title_over_columns_with_titles_under_it_is_two_header_rows() {
        let t = WordTable {
            rows: vec![
                vec![
                    cell("STT", 1),
                    cell("Tên dự án", 1),
                    cell("Kế hoạch vốn", 2),
                ],
                vec![
                    cell("", 1),
                    cell("", 1),
                    cell("Tổng số", 1),
                    cell("NSTW", 1),
                ],
                vec![
                    cell("1", 1),
                    cell("Dự án A", 1),
                    cell("10", 1),
                    cell("5", 1),
                ],
            ],
            borders: true,
        };
        let g = grid(&t);
        assert_eq!(g.head, ["STT", "Tên dự án", "Tổng số", "NSTW"]);
        assert_eq!(g.spans.len(), 1);
        assert_eq!(g.rows.len(), 1);
    }

    /// A header of two rows, cells merged down (`w:vMerge`) beside a title
    /// over two columns: the usual projects table typed in Word.
    #[test]
    fn projects_under_a_two_row_header_merged_down() {
        let down = |c: Cell| Cell {
            continued: true,
            ..c
        };
        let t = WordTable {
            rows: vec![
                vec![
                    cell("STT", 1),
                    cell("Tên dự án", 1),
                    cell("Chủ đầu tư", 1),
                    cell("Tổng mức đầu tư", 1),
                    cell("Kế hoạch vốn năm 2024", 2),
                ],
                vec![
                    down(cell("", 1)),
                    down(cell("", 1)),
                    down(cell("", 1)),
                    down(cell("", 1)),
                    cell("Tổng số", 1),
                    cell("Trong đó: NSTW", 1),
                ],
                vec![
                    cell("1", 1),
                    cell("Trung tâm dữ liệu", 1),
                    cell("Sở TT&TT", 1),
                    cell("43.036", 1),
                    cell("1.770,5", 1),
                    cell("1.000", 1),
                ],
                vec![
                    cell("TỔNG CỘNG", 3),
                    cell("43.036", 1),
                    cell("1.770,5", 1),
                    cell("1.000", 1),
                ],
            ],
            borders: true,
        };
        let mut plan = Plan::new(2024);
        let mut dir = Directory::default();
        let mut n = 0;
        let mut ids = || {
            n += 1;
            Id(n)
        };
        let mut report = Report::default();
        let ctx = Context {
            period: Period::Plan,
            name: "Phụ lục II",
            at: None,
        };
        let table = table(&t, &mut plan, &mut dir, &mut ids, &ctx, &mut report);
        assert!(matches!(table, Table::Investment(_)), "{table:?}");
        let p = &plan.budget.investment;
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].total, Money::from_millions(43_036));
        assert_eq!(Ok(p[0].capital), Money::parse_vn("1.770,5"));
        assert_eq!(dir.agencies.len(), 1);
        assert!(
            report.notes.is_empty(),
            "the typed total agrees: {report:?}"
        );
    }

    #[test]
    fn numbers_typed_before_a_groups_name_are_dropped() {
        assert_eq!(group_label("II NHÓM CHỈ TIÊU"), Some("NHÓM CHỈ TIÊU"));
        assert_eq!(
            group_label("B. Dự án chuyển tiếp"),
            Some("Dự án chuyển tiếp")
        );
        assert_eq!(group_label("Văn phòng UBND"), None);
        assert_eq!(group_label("I"), None);
    }
}

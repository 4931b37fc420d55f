//! Rows pasted from a spreadsheet made into the plan's rows. Excel and
//! Calc put copied rows on the clipboard as tab-separated text (a cell
//! holding a tab, a line break or a quote quoted with `"`, its quotes
//! doubled); the cells are taken in the order of the table's columns (an STT column first is
//! recognised and left out), money read the Vietnamese way ("43.036",
//! "1.770,5"), agencies found in the directory by their full or short name.
//! What could not be read is said, row by row.

use super::{Agency, Id, Money, Project, RecurrentItem, Rich, Target, Task};

/// The kind of table rows are pasted into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Targets,
    Tasks,
    Projects,
    Recurrent,
    /// A free table of this many columns.
    Free(usize),
}

impl Kind {
    /// The columns pasted cells fill, in order.
    pub fn columns(self) -> Vec<String> {
        let fixed: &[&str] = match self {
            Kind::Targets => &[
                "Tên chỉ tiêu",
                "Đơn vị tính",
                "Kết quả năm trước",
                "Phấn đấu",
                "Đơn vị chủ trì",
                "Đơn vị phối hợp",
                "Ghi chú",
            ],
            Kind::Tasks => &[
                "Tên nhiệm vụ",
                "Đơn vị chủ trì",
                "Đơn vị phối hợp",
                "Thời gian",
                "Dự kiến kết quả",
                "Ghi chú",
            ],
            Kind::Projects => &[
                "Tên dự án",
                "Chủ đầu tư",
                "Tổng mức đầu tư",
                "Vốn năm kế hoạch",
                "Ghi chú",
            ],
            Kind::Recurrent => &[
                "Tên nhiệm vụ chi",
                "Đơn vị thực hiện",
                "Kinh phí",
                "Nguồn vốn",
            ],
            Kind::Free(n) => return (1..=n).map(|i| format!("Cột {i}")).collect(),
        };
        fixed.iter().map(|s| s.to_string()).collect()
    }
}

/// The rows of tab-separated text, trailing empty lines dropped; every row
/// as long as the longest (short rows padded with empty cells).
pub fn cells(text: &str) -> Vec<Vec<String>> {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut cell = String::new();
    let mut chars = text.chars().peekable();
    let mut at_start = true;
    while let Some(c) = chars.next() {
        match c {
            '"' if at_start => {
                // A quoted cell: up to the closing quote, "" standing for one.
                while let Some(q) = chars.next() {
                    if q == '"' {
                        if chars.peek() == Some(&'"') {
                            chars.next();
                            cell.push('"');
                        } else {
                            break;
                        }
                    } else {
                        cell.push(q);
                    }
                }
                at_start = false;
            }
            '\t' => {
                row.push(std::mem::take(&mut cell));
                at_start = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
                at_start = true;
            }
            c => {
                cell.push(c);
                at_start = false;
            }
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    while rows
        .last()
        .is_some_and(|r| r.iter().all(|c| c.trim().is_empty()))
    {
        rows.pop();
    }
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    for r in &mut rows {
        r.resize(width, String::new());
        for c in r.iter_mut() {
            *c = c.trim().to_string();
        }
    }
    rows
}

/// Whether the first column holds row numbers ("1", "2", "I", "1.2", "a"):
/// kehoach computes them, so they are left out.
pub fn numbered(rows: &[Vec<String>]) -> bool {
    let looks = |s: &str| {
        let s = s.trim().trim_end_matches(['.', ')']);
        !s.is_empty()
            && s.len() <= 6
            && (s.chars().all(|c| c.is_ascii_digit() || c == '.')
                || s.chars().all(|c| "IVXLC".contains(c))
                || (s.chars().count() == 1 && s.chars().all(|c| c.is_ascii_lowercase())))
    };
    !rows.is_empty()
        && rows.iter().all(|r| r.len() > 1)
        && rows.iter().filter(|r| looks(&r[0])).count() * 2 > rows.len()
}

/// The rows made, and what could not be read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Made<T> {
    pub rows: Vec<T>,
    pub problems: Vec<String>,
}

struct Reader<'a> {
    agencies: &'a [Agency],
    problems: Vec<String>,
    row: usize,
}

impl Reader<'_> {
    fn money(&mut self, s: &str, what: &str) -> Money {
        let s = s.trim();
        if s.is_empty() {
            return Money::ZERO;
        }
        Money::parse_vn(s).unwrap_or_else(|_| {
            self.problems.push(format!(
                "Dòng {}: \"{s}\" không phải số tiền ({what}); để trống.",
                self.row
            ));
            Money::ZERO
        })
    }

    /// The agencies a cell names: the whole cell, or its parts split by ";"
    /// then ","; names the directory does not have are said.
    fn agencies(&mut self, s: &str) -> Vec<String> {
        let find = |name: &str| {
            let name = name.trim().to_lowercase();
            self.agencies
                .iter()
                .find(|a| {
                    a.name.to_lowercase() == name
                        || (!a.short.is_empty() && a.short.to_lowercase() == name)
                })
                .map(|a| a.key.clone())
        };
        if s.trim().is_empty() {
            return Vec::new();
        }
        if let Some(k) = find(s) {
            return vec![k];
        }
        let parts: Vec<&str> = if s.contains(';') {
            s.split(';').collect()
        } else {
            s.split(',').collect()
        };
        let mut out = Vec::new();
        for p in parts.into_iter().map(str::trim).filter(|p| !p.is_empty()) {
            match find(p) {
                Some(k) => out.push(k),
                None => self.problems.push(format!(
                    "Dòng {}: \"{p}\" không có trong danh mục cơ quan; bỏ qua (thêm vào Cơ quan rồi dán lại, hoặc chọn trong bảng).",
                    self.row
                )),
            }
        }
        out
    }
}

/// Makes rows of `kind` from pasted cells; `ids` gives each a fresh id.
pub fn targets(
    agencies: &[Agency],
    cells: &[Vec<String>],
    ids: &mut dyn FnMut() -> Id,
) -> Made<Target> {
    made(agencies, cells, |r, c| Target {
        id: ids(),
        name: Rich::new(c(0)),
        unit: c(1),
        baseline: c(2),
        target: c(3),
        lead: r.agencies(&c(4)),
        coordinating: r.agencies(&c(5)),
        note: Rich::new(c(6)),
        ..Default::default()
    })
}

pub fn tasks(
    agencies: &[Agency],
    cells: &[Vec<String>],
    ids: &mut dyn FnMut() -> Id,
) -> Made<Task> {
    made(agencies, cells, |r, c| Task {
        id: ids(),
        name: Rich::new(c(0)),
        lead: r.agencies(&c(1)),
        coordinating: r.agencies(&c(2)),
        deadline: c(3),
        result: Rich::new(c(4)),
        note: Rich::new(c(5)),
        ..Default::default()
    })
}

pub fn projects(
    agencies: &[Agency],
    cells: &[Vec<String>],
    ids: &mut dyn FnMut() -> Id,
) -> Made<Project> {
    made(agencies, cells, |r, c| Project {
        id: ids(),
        name: Rich::new(c(0)),
        investor: r.agencies(&c(1)),
        total: r.money(&c(2), "tổng mức đầu tư"),
        capital: r.money(&c(3), "vốn năm kế hoạch"),
        note: Rich::new(c(4)),
        ..Default::default()
    })
}

pub fn recurrent(
    agencies: &[Agency],
    cells: &[Vec<String>],
    ids: &mut dyn FnMut() -> Id,
) -> Made<RecurrentItem> {
    made(agencies, cells, |r, c| RecurrentItem {
        id: ids(),
        name: Rich::new(c(0)),
        unit: r.agencies(&c(1)),
        amount: r.money(&c(2), "kinh phí"),
        source: c(3),
        ..Default::default()
    })
}

/// Each pasted row (its cells after a row-number column, if any) made by
/// `make`, which reads cell `i` as text; rows with no text are skipped.
fn made<T>(
    agencies: &[Agency],
    cells: &[Vec<String>],
    mut make: impl FnMut(&mut Reader, &dyn Fn(usize) -> String) -> T,
) -> Made<T> {
    let skip = usize::from(numbered(cells));
    let mut r = Reader {
        agencies,
        problems: Vec::new(),
        row: 0,
    };
    let mut rows = Vec::new();
    for (i, row) in cells.iter().enumerate() {
        if row.iter().skip(skip).all(|c| c.trim().is_empty()) {
            continue;
        }
        r.row = i + 1;
        let get = |k: usize| row.get(skip + k).cloned().unwrap_or_default();
        rows.push(make(&mut r, &get));
    }
    Made {
        rows,
        problems: r.problems,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir() -> Vec<Agency> {
        vec![
            Agency {
                key: "so-tttt".into(),
                name: "Sở Thông tin và Truyền thông".into(),
                short: "Sở TT&TT".into(),
            },
            Agency {
                key: "cac-so".into(),
                name: "Các sở, ban, ngành tỉnh".into(),
                short: String::new(),
            },
        ]
    }

    fn rows(text: &str) -> Vec<Vec<String>> {
        cells(text)
    }

    #[test]
    fn cells_rows_and_quotes_as_excel_copies_them() {
        let text = "1\tXây dựng kho dữ liệu\t43.036\r\n2\t\"Dòng một\nDòng hai\"\t1.770,5\r\n\r\n";
        assert_eq!(
            cells(text),
            [
                vec!["1", "Xây dựng kho dữ liệu", "43.036"],
                vec!["2", "Dòng một\nDòng hai", "1.770,5"],
            ]
        );
        assert_eq!(cells("a\t\"b \"\"c\"\"\"\n"), [vec!["a", "b \"c\""]]);
        assert_eq!(cells("a\nb\tc"), [vec!["a", ""], vec!["b", "c"]]);
        assert!(cells("").is_empty());
        assert!(cells("\n\n").is_empty());
    }

    #[test]
    fn projects_with_row_numbers_vietnamese_money_and_agencies() {
        let mut n = 0;
        let mut ids = || {
            n += 1;
            Id(100 + n)
        };
        let made = projects(
            &dir(),
            &rows("1\tKho dữ liệu\tSở TT&TT\t43.036\t1.770,5\n2\tCổng dịch vụ\tSở Lạ\tnhiều\t\n"),
            &mut ids,
        );
        assert_eq!(made.rows.len(), 2);
        let p = &made.rows[0];
        assert_eq!(p.name.as_str(), "Kho dữ liệu");
        assert_eq!(p.investor, ["so-tttt"]);
        assert_eq!(p.total, Money::from_millions(43036));
        assert_eq!(p.capital, Money::from_thousands(1_770_500));
        assert_eq!(made.rows[1].id, Id(102));
        assert_eq!(made.problems.len(), 2, "{:?}", made.problems);
        assert!(made.problems[0].starts_with("Dòng 2: \"Sở Lạ\""));
        assert!(made.problems[1].contains("\"nhiều\" không phải số tiền"));
    }

    #[test]
    fn a_collective_name_with_commas_is_one_agency() {
        let made = tasks(
            &dir(),
            &rows("Triển khai\tSở TT&TT\tCác sở, ban, ngành tỉnh\tQuý IV\n"),
            &mut || Id(1),
        );
        assert_eq!(made.rows[0].coordinating, ["cac-so"]);
        assert_eq!(made.rows[0].deadline, "Quý IV");
        assert!(made.problems.is_empty());
        assert!(!numbered(&rows("Triển khai\tSở TT&TT\n")));
        assert!(numbered(&rows("I\tA\n1\tB\n2\tC\n")));
    }
}

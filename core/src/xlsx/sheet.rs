//! One composed table on one worksheet: the appendix's title rows, the
//! header (merged cells as the PDF merges them, repeated on printed pages),
//! the rows with figures as numbers, group sums and "TỔNG CỘNG" as formulas
//! over the rows they add (their values cached, so a reader that does not
//! calculate sees them), and the page set up as the PDF's.

use crate::compose::{AppendixHead, Cell, Row, Table};
use crate::layout::TableShape;
use crate::model::Align;
use crate::model::Money;
use rust_xlsxwriter::{
    ColNum, Format, FormatAlign, FormatBorder, Formula, RowNum, Worksheet, XlsxError,
};

/// The cell styles of a workbook: Times New Roman at the table's size,
/// thin borders in the table, numbers grouped by thousands.
pub struct Formats {
    title: Format,
    attached: Format,
    unit: Format,
    head: Format,
    numbers: Format,
    cell: [Format; 3],
    bold: [Format; 3],
    money: Format,
    money_bold: Format,
    money_decimal: Format,
    money_decimal_bold: Format,
}

/// Whole millions "43.036" (the separators are the reader's: a Vietnamese
/// Excel groups with "."), decimals up to the thousand đồng.
const MONEY: &str = "#,##0";
const MONEY_DECIMAL: &str = "#,##0.0##";

impl Formats {
    pub fn new(size: f32) -> Formats {
        let size = if size.is_finite() {
            f64::from(size.clamp(11.0, 13.0))
        } else {
            12.0
        };
        let font = |f: Format| f.set_font_name("Times New Roman").set_font_size(size);
        let border = |f: Format| {
            font(f)
                .set_border(FormatBorder::Thin)
                .set_text_wrap()
                .set_align(FormatAlign::Top)
        };
        let aligned = |f: Format, a: FormatAlign| border(f).set_align(a);
        let three = |bold: bool| {
            [FormatAlign::Left, FormatAlign::Center, FormatAlign::Right].map(|a| {
                let f = aligned(Format::new(), a);
                if bold { f.set_bold() } else { f }
            })
        };
        Formats {
            title: font(Format::new())
                .set_font_size(size + 1.0)
                .set_bold()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter)
                .set_text_wrap(),
            attached: font(Format::new())
                .set_italic()
                .set_align(FormatAlign::Center)
                .set_text_wrap(),
            unit: font(Format::new())
                .set_italic()
                .set_align(FormatAlign::Right),
            head: aligned(Format::new(), FormatAlign::Center)
                .set_bold()
                .set_align(FormatAlign::VerticalCenter),
            numbers: aligned(Format::new(), FormatAlign::Center).set_italic(),
            cell: three(false),
            bold: three(true),
            money: aligned(Format::new(), FormatAlign::Right).set_num_format(MONEY),
            money_bold: aligned(Format::new(), FormatAlign::Right)
                .set_num_format(MONEY)
                .set_bold(),
            money_decimal: aligned(Format::new(), FormatAlign::Right).set_num_format(MONEY_DECIMAL),
            money_decimal_bold: aligned(Format::new(), FormatAlign::Right)
                .set_num_format(MONEY_DECIMAL)
                .set_bold(),
        }
    }

    fn text(&self, align: Align, bold: bool) -> &Format {
        let i = match align {
            Align::Left => 0,
            Align::Center => 1,
            Align::Right => 2,
        };
        if bold { &self.bold[i] } else { &self.cell[i] }
    }

    fn money(&self, m: Money, bold: bool) -> &Format {
        match (m.thousands() % 1000 == 0, bold) {
            (true, false) => &self.money,
            (true, true) => &self.money_bold,
            (false, false) => &self.money_decimal,
            (false, true) => &self.money_decimal_bold,
        }
    }
}

/// A worksheet being written with one table.
pub struct Sheet<'a> {
    pub ws: &'a mut Worksheet,
    pub formats: &'a Formats,
    pub head: Option<&'a AppendixHead>,
    pub table: &'a Table,
    pub shape: &'a TableShape,
}

/// Millimetres to Excel's pixels (96 per inch).
fn pixels(mm: f32) -> u32 {
    (mm / 25.4 * 96.0).round().clamp(8.0, 2000.0) as u32
}

/// Millions as a number, and as the text of a cached formula result.
fn millions(m: Money) -> (f64, String) {
    let t = m.thousands();
    let value = t as f64 / 1000.0;
    let (whole, frac) = (t / 1000, (t % 1000).abs());
    let sign = if t < 0 && whole == 0 { "-" } else { "" };
    let text = if frac == 0 {
        format!("{sign}{whole}")
    } else {
        let digits = format!("{frac:03}");
        format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
    };
    (value, text)
}

/// "D" for column 3, "AA" for column 26: a spreadsheet's column name.
pub fn column_letters(mut c: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (c % 26) as u8);
        if c < 26 {
            break;
        }
        c = c / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// "=SUM(D6:D9,D12)": the rows (0-based) of a column as Excel ranges.
fn sum_formula(col: usize, rows: &[RowNum]) -> String {
    let letters = column_letters(col);
    let mut parts = Vec::new();
    let mut i = 0;
    while i < rows.len() {
        let start = rows[i];
        let mut end = start;
        while i + 1 < rows.len() && rows[i + 1] == end + 1 {
            i += 1;
            end = rows[i];
        }
        parts.push(if start == end {
            format!("{letters}{}", start + 1)
        } else {
            format!("{letters}{}:{letters}{}", start + 1, end + 1)
        });
        i += 1;
    }
    if parts.is_empty() {
        "=0".into()
    } else {
        format!("=SUM({})", parts.join(","))
    }
}

impl Sheet<'_> {
    pub fn write(mut self) -> Result<(), XlsxError> {
        let t = self.table;
        let n = t.columns.len().max(1);
        let last = (n - 1) as ColNum;
        let mut r: RowNum = 0;
        if let Some(h) = self.head {
            let f = self.formats;
            self.ws.merge_range(r, 0, r, last, &h.label, &f.title)?;
            r += 1;
            self.ws
                .merge_range(r, 0, r, last, &h.title.to_plain().to_uppercase(), &f.title)?;
            self.ws.set_row_height(r, 33)?;
            r += 1;
            self.ws
                .merge_range(r, 0, r, last, &h.attached.to_plain(), &f.attached)?;
            self.ws.set_row_height(r, 33)?;
            r += 1;
            if let Some(unit) = &h.unit {
                self.ws
                    .merge_range(r, 0, r, last, &unit.to_plain(), &f.unit)?;
                r += 1;
            }
        }
        let header_top = r;
        r = self.header(r)?;
        if r > header_top {
            self.ws.set_repeat_rows(header_top, r - 1)?;
        }
        // Rows as tall as the PDF's, so wrapped cells show whole in any
        // reader (LibreOffice does not size rows of a file on opening).
        let heights = self.shape.header_rows.iter().chain(&self.shape.rows);
        for (k, mm) in heights.enumerate() {
            self.ws
                .set_row_height(header_top + k as RowNum, f64::from(*mm) * 72.0 / 25.4)?;
        }
        self.rows(r)?;
        self.page()?;
        Ok(())
    }

    /// The header rows from `top`; returns the first row after them.
    fn header(&mut self, top: RowNum) -> Result<RowNum, XlsxError> {
        let t = self.table;
        let f = self.formats;
        for (at, h) in t.header_cells() {
            let (r0, c0) = (top + at.row as RowNum, at.col as ColNum);
            let (r1, c1) = (r0 + at.rowspan as RowNum - 1, c0 + at.colspan as ColNum - 1);
            let text = h.text.to_plain();
            if r0 == r1 && c0 == c1 {
                self.ws.write_string_with_format(r0, c0, &text, &f.head)?;
            } else {
                self.ws.merge_range(r0, c0, r1, c1, &text, &f.head)?;
            }
        }
        let mut r = top + t.header.len() as RowNum;
        if t.column_numbers {
            for c in 0..t.columns.len() {
                self.ws.write_string_with_format(
                    r,
                    c as ColNum,
                    format!("({})", c + 1),
                    &f.numbers,
                )?;
            }
            r += 1;
        }
        Ok(r)
    }

    fn rows(&mut self, top: RowNum) -> Result<(), XlsxError> {
        let t = self.table;
        let f = self.formats;
        let n = t.columns.len();
        // Which sheet rows hold data (not group or total rows): what sums add.
        let data: Vec<Option<RowNum>> = t
            .rows
            .iter()
            .enumerate()
            .map(|(i, row)| match row {
                Row::Cells { sums: None, .. } => Some(top + i as RowNum),
                _ => None,
            })
            .collect();
        for (i, row) in t.rows.iter().enumerate() {
            let r = top + i as RowNum;
            match row {
                Row::Cells {
                    cells, bold, sums, ..
                } => {
                    // A group's sums add the data rows up to the next group
                    // of its depth or above.
                    let members: Vec<RowNum> = match sums {
                        Some(depth) => t.rows[i + 1..]
                            .iter()
                            .zip(&data[i + 1..])
                            .take_while(|(row, _)| match row {
                                Row::Cells { sums: Some(d), .. } => d > depth,
                                Row::Cells { sums: None, .. } => true,
                                _ => false,
                            })
                            .filter_map(|(_, d)| *d)
                            .collect(),
                        None => Vec::new(),
                    };
                    for (c, cell) in cells.iter().enumerate().take(n) {
                        let formula = sums.map(|_| sum_formula(c, &members));
                        self.cell(r, c, cell, *bold, formula)?;
                    }
                }
                Row::Group { label, name, .. } => {
                    self.ws
                        .write_string_with_format(r, 0, label.to_plain(), &f.bold[1])?;
                    if n > 2 {
                        self.ws.merge_range(
                            r,
                            1,
                            r,
                            (n - 1) as ColNum,
                            &name.to_plain(),
                            &f.bold[0],
                        )?;
                    } else if n == 2 {
                        self.ws
                            .write_string_with_format(r, 1, name.to_plain(), &f.bold[0])?;
                    }
                }
                Row::Spanned {
                    first,
                    label,
                    cells,
                    ..
                } => {
                    let first = (*first).clamp(1, n.max(1));
                    if first > 1 {
                        self.ws.merge_range(
                            r,
                            0,
                            r,
                            (first - 1) as ColNum,
                            &label.to_plain(),
                            &f.bold[1],
                        )?;
                    } else {
                        self.ws
                            .write_string_with_format(r, 0, label.to_plain(), &f.bold[1])?;
                    }
                    // "TỔNG CỘNG" adds every data row above it.
                    let above: Vec<RowNum> = data[..i].iter().filter_map(|d| *d).collect();
                    for (k, cell) in cells.iter().enumerate() {
                        let c = first + k;
                        if c >= n {
                            break;
                        }
                        self.cell(r, c, cell, true, Some(sum_formula(c, &above)))?;
                    }
                }
            }
        }
        Ok(())
    }

    /// One cell: text as text, a row number as a number when it is one,
    /// money as millions (a formula when it is a sum).
    fn cell(
        &mut self,
        r: RowNum,
        c: usize,
        cell: &Cell,
        bold: bool,
        formula: Option<String>,
    ) -> Result<(), XlsxError> {
        let f = self.formats;
        let align = self
            .table
            .columns
            .get(c)
            .map_or(Align::Left, |col| col.align);
        let col = c as ColNum;
        match cell {
            Cell::Money(m) => {
                let (value, text) = millions(*m);
                let format = f.money(*m, bold);
                match formula {
                    Some(sum) => {
                        self.ws.write_formula_with_format(
                            r,
                            col,
                            Formula::new(sum).set_result(text),
                            format,
                        )?;
                    }
                    None => {
                        self.ws.write_number_with_format(r, col, value, format)?;
                    }
                }
            }
            Cell::Number(s) => match s.parse::<u32>() {
                Ok(k) => {
                    self.ws.write_number_with_format(
                        r,
                        col,
                        f64::from(k),
                        f.text(Align::Center, bold),
                    )?;
                }
                Err(_) => {
                    self.ws
                        .write_string_with_format(r, col, s, f.text(Align::Center, bold))?;
                }
            },
            Cell::Text(t) => {
                self.ws
                    .write_string_with_format(r, col, t.to_plain(), f.text(align, bold))?;
            }
            Cell::Agencies(names, joiner) => {
                self.ws.write_string_with_format(
                    r,
                    col,
                    names.join(joiner.separator()),
                    f.text(align, bold),
                )?;
            }
        }
        Ok(())
    }

    /// A4, the PDF's orientation and margins, the columns as wide as the
    /// PDF's, one page wide, page numbers at the top from the second page.
    fn page(&mut self) -> Result<(), XlsxError> {
        for (c, w) in self.shape.widths.iter().enumerate() {
            self.ws.set_column_width_pixels(c as ColNum, pixels(*w))?;
        }
        self.ws.set_paper_size(9);
        let inch = |mm: f64| mm / 25.4;
        if self.shape.landscape {
            self.ws.set_landscape();
            self.ws
                .set_margins(inch(20.0), inch(20.0), inch(30.0), inch(15.0), 0.3, 0.3);
        } else {
            self.ws
                .set_margins(inch(30.0), inch(15.0), inch(20.0), inch(20.0), 0.3, 0.3);
        }
        self.ws.set_print_fit_to_pages(1, 0);
        self.ws.set_header("&C&P");
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_name_their_rows_as_ranges() {
        assert_eq!(
            sum_formula(3, &[5, 6, 7, 9, 11, 12]),
            "=SUM(D6:D8,D10,D12:D13)"
        );
        assert_eq!(sum_formula(0, &[]), "=0");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
    }

    #[test]
    fn millions_are_exact() {
        assert_eq!(millions(Money::from_millions(43036)).1, "43036");
        assert_eq!(millions(Money::from_thousands(1_770_500)).1, "1770.5");
        assert_eq!(millions(Money::from_thousands(-500)).1, "-0.5");
        assert_eq!(millions(Money::from_thousands(1_770_500)).0, 1770.5);
    }
}

//! Rows copied from Excel (or LibreOffice Calc): the clipboard holds them
//! as tab-separated text, a cell holding a tab, a line break or a quote
//! quoted with `"` and its quotes doubled. Read into rows of cells.

/// The rows of tab-separated text, trailing empty lines dropped; every row
/// as long as the longest (short rows padded with empty cells).
pub fn parse(text: &str) -> Vec<Vec<String>> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_rows_and_quotes_as_excel_copies_them() {
        let text = "1\tXây dựng kho dữ liệu\t43.036\r\n2\t\"Dòng một\nDòng hai\"\t1.770,5\r\n\r\n";
        assert_eq!(
            parse(text),
            [
                vec!["1", "Xây dựng kho dữ liệu", "43.036"],
                vec!["2", "Dòng một\nDòng hai", "1.770,5"],
            ]
        );
        assert_eq!(parse("a\t\"b \"\"c\"\"\"\n"), [vec!["a", "b \"c\""]]);
        assert_eq!(parse("a\nb\tc"), [vec!["a", ""], vec!["b", "c"]]);
        assert!(parse("").is_empty());
        assert!(parse("\n\n").is_empty());
    }
}

//! A workbook's sheets as rows of text cells, for importing a sheet into a
//! table: numbers written the Vietnamese way ("1770,5"), so money reads
//! back as the officer sees it.

use super::book::Error;
use calamine::{Data, Reader, Xlsx};
use std::io::Cursor;

/// A sheet's name and its rows of cells.
pub type Sheet = (String, Vec<Vec<String>>);

/// Every sheet of the workbook.
pub fn sheets(bytes: &[u8]) -> Result<Vec<Sheet>, Error> {
    let mut book = Xlsx::new(Cursor::new(bytes)).map_err(|e| Error::Unreadable(e.to_string()))?;
    let mut out = Vec::new();
    for name in book.sheet_names() {
        let range = book
            .worksheet_range(&name)
            .map_err(|e| Error::Unreadable(e.to_string()))?;
        let rows = range.rows().map(|r| r.iter().map(text).collect()).collect();
        out.push((name, rows));
    }
    Ok(out)
}

/// A cell as its text: whole numbers without ".0", decimals with a comma.
fn text(d: &Data) -> String {
    match d {
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => format!("{f}").replace('.', ","),
        Data::Int(i) => i.to_string(),
        Data::Empty => String::new(),
        other => other.to_string().trim().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_back_as_the_officer_writes_them() {
        assert_eq!(text(&Data::Float(43036.0)), "43036");
        assert_eq!(text(&Data::Float(1770.5)), "1770,5");
        assert_eq!(text(&Data::String(" Sở Y tế ".into())), "Sở Y tế");
        assert!(sheets(b"not a workbook").is_err());
    }
}

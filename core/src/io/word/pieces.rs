//! A table an officer cut into pieces, each repeating the header (page by
//! page, or pasted in parts), is one table: the pieces are joined and their
//! repeated header rows dropped. The header's words are compared loosely
//! (without accents or spacing) since a piece's copy is often retyped
//! ("Phấn đấu" / "Phân đầu").

use super::read::{Block, Cell, Table};
use crate::model::agency::slug;

/// The blocks with every table that follows a table of the same header
/// (nothing but empty paragraphs between) joined to it.
pub fn join(blocks: Vec<Block>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    for block in blocks {
        if let (Some(Block::Table(prev)), Block::Table(next)) = (out.last_mut(), &block) {
            let repeated = repeated_header(prev, next);
            if repeated > 0 {
                prev.rows.extend(next.rows.iter().skip(repeated).cloned());
                continue;
            }
        }
        out.push(block);
    }
    out
}

/// How many of `next`'s first rows repeat `prev`'s header: 0 when `next`
/// is another table.
fn repeated_header(prev: &Table, next: &Table) -> usize {
    if !prev.borders || !next.borders {
        return 0;
    }
    let same = prev
        .rows
        .iter()
        .zip(&next.rows)
        .take_while(|(a, b)| same_row(a, b))
        .count();
    // The pieces of a table are read as one only when the repeated rows are
    // a header (named columns), not data rows that happen to agree.
    let named = next
        .rows
        .first()
        .is_some_and(|r| r.iter().filter(|c| has_letters(c)).count() >= 2);
    if named && same < next.rows.len() {
        same
    } else {
        0
    }
}

fn same_row(a: &[Cell], b: &[Cell]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| x.span == y.span && slug(&x.plain()) == slug(&y.plain()))
}

fn has_letters(c: &Cell) -> bool {
    c.plain().chars().any(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::word::read::Para;

    fn cell(text: &str) -> Cell {
        Cell {
            paras: vec![Para {
                plain: text.into(),
                rich: text.into(),
                ..Default::default()
            }],
            span: 1,
            continued: false,
        }
    }

    fn table(rows: &[&[&str]]) -> Block {
        Block::Table(Table {
            rows: rows
                .iter()
                .map(|r| r.iter().map(|t| cell(t)).collect())
                .collect(),
            borders: true,
        })
    }

    fn rows(b: &Block) -> Vec<String> {
        match b {
            Block::Table(t) => t
                .rows
                .iter()
                .map(|r| r.iter().map(Cell::plain).collect::<Vec<_>>().join("|"))
                .collect(),
            Block::Para(p) => vec![p.plain.clone()],
        }
    }

    #[test]
    fn pieces_with_the_same_header_are_one_table() {
        let got = join(vec![
            table(&[
                &["STT", "Tên chỉ tiêu", "Phấn đấu năm 2023"],
                &["1", "A", "100%"],
            ]),
            table(&[
                &["STT", "Tên chỉ tiêu", "Phân đầu năm 2023"],
                &["2", "B", "90%"],
            ]),
            table(&[
                &["STT", "Tên chỉ tiêu", "Phấn đấu năm 2023"],
                &["3", "C", "80%"],
            ]),
        ]);
        assert_eq!(got.len(), 1);
        assert_eq!(
            rows(&got[0]),
            [
                "STT|Tên chỉ tiêu|Phấn đấu năm 2023",
                "1|A|100%",
                "2|B|90%",
                "3|C|80%"
            ]
        );
    }

    #[test]
    fn tables_of_other_headers_or_text_between_stay_apart() {
        let a = || table(&[&["STT", "Tên chỉ tiêu", "Phấn đấu"], &["1", "A", "100%"]]);
        let other = table(&[&["STT", "Nhiệm vụ", "Chủ trì"], &["1", "B", "Sở"]]);
        assert_eq!(join(vec![a(), other]).len(), 2);
        let text = Block::Para(Para {
            plain: "2. Thứ hạng".into(),
            ..Default::default()
        });
        assert_eq!(join(vec![a(), text, a()]).len(), 3);
        // A table of only the header adds nothing and is kept as it is.
        let head = table(&[&["STT", "Tên chỉ tiêu", "Phấn đấu"]]);
        assert_eq!(join(vec![a(), head]).len(), 2);
    }
}

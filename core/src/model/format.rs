//! Vietnamese number, money and date formatting (Nghị định 30): '.' groups
//! thousands, ',' is the decimal comma; years and document numbers are never
//! grouped. Only the edges (layout, UI, CLI) call these.

use super::meta::{DocDate, Meta};
use super::money::Money;

/// "43036" -> "43.036".
pub fn group_thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(ch);
    }
    out
}

fn decimal(neg: bool, whole: u64, frac: u64, decimals: u32) -> String {
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    out.push_str(&group_thousands(whole));
    if decimals > 0 && frac > 0 {
        let f = format!("{frac:0width$}", width = decimals as usize);
        out.push(',');
        out.push_str(f.trim_end_matches('0'));
    }
    out
}

/// Money in triệu đồng as printed in tables: "43.036", "1.770,5".
pub fn millions(m: Money) -> String {
    let (neg, whole, frac) = m.split(1000, 3);
    decimal(neg, whole, frac, 3)
}

/// Money in tỷ đồng as quoted in the body text: "138,459".
pub fn billions(m: Money) -> String {
    let (neg, whole, frac) = m.split(1_000_000, 3);
    decimal(neg, whole, frac, 3)
}

/// "138,459 tỷ đồng".
pub fn billions_text(m: Money) -> String {
    format!("{} tỷ đồng", billions(m))
}

/// Day and month as ND30 writes them: day < 10 and months 1, 2 get a zero.
fn day_str(d: u8) -> String {
    format!("{d:02}")
}

fn month_str(m: u8) -> String {
    if m <= 2 {
        format!("{m:02}")
    } else {
        m.to_string()
    }
}

/// A space a line never breaks at: a blank left for a number or a day is
/// glued to the words around it, so no line ends with "ngày" and the next
/// starts with the blank, nor "số" stand apart from "/KH-UBND".
const NBSP: char = '\u{a0}';

/// Wide blank left for a hand-written number, day or month in a draft.
const BLANK: &str = "\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}";

/// The space between a word and a value: unbreakable when the value is a blank.
fn gap(blank: bool) -> char {
    if blank { NBSP } else { ' ' }
}

/// Day, month and year as printed; blanks where a draft has no value yet.
fn date_parts(d: &DocDate) -> (String, String, String) {
    let blank = || BLANK.to_string();
    (
        d.day.map(day_str).unwrap_or_else(blank),
        d.month.map(month_str).unwrap_or_else(blank),
        d.year.map(|y| y.to_string()).unwrap_or_else(blank),
    )
}

/// "ngày 07 tháng 9 năm 2025"; blanks where the draft has no value yet.
pub fn date_words(d: &DocDate) -> String {
    let (day, month, year) = date_parts(d);
    let (d_gap, m_gap) = (gap(d.day.is_none()), gap(d.month.is_none()));
    format!("ngày{d_gap}{day}{d_gap}tháng{m_gap}{month}{m_gap}năm {year}")
}

/// "Đồng Tháp, ngày 07 tháng 9 năm 2025".
pub fn place_date_line(meta: &Meta) -> String {
    format!("{}, {}", meta.place, date_words(&meta.date))
}

/// "215/KH-UBND", "05/KH-UBND", or the draft's "      /KH-UBND".
pub fn number_symbol(number: Option<u32>, symbol: &str) -> String {
    match number {
        Some(n) if n < 10 => format!("{n:02}/{symbol}"),
        Some(n) => format!("{n}/{symbol}"),
        None => format!("{BLANK}{NBSP}/{symbol}"),
    }
}

/// "số 215/KH-UBND", or a draft's "số ____ /KH-UBND" kept on one line.
pub fn cited_number(number: Option<u32>, symbol: &str) -> String {
    format!(
        "số{}{}",
        gap(number.is_none()),
        number_symbol(number, symbol)
    )
}

/// "07/9/2025", as a cited document's date is written in running text;
/// blanks where a draft had no value.
pub fn day_month(d: &DocDate) -> String {
    let (day, month, year) = date_parts(d);
    format!("{day}/{month}/{year}")
}

/// Whether a word is a document's number and symbol ("1243/STTTT-CĐS",
/// "99/KH-UBND"): what marks a citation of a document in running text.
pub fn is_document_number(word: &str) -> bool {
    let mut parts = word.split('/');
    matches!(
        (parts.next(), parts.next()),
        (Some(n), Some(symbol)) if !n.is_empty()
            && n.chars().all(|c| c.is_ascii_digit())
            && symbol.chars().next().is_some_and(char::is_uppercase)
    )
}

/// "Số: 215/KH-UBND".
pub fn number_line(meta: &Meta) -> String {
    format!("Số: {}", number_symbol(meta.number, &meta.symbol))
}

/// "(Kèm theo Kế hoạch số 215/KH-UBND ngày 07 tháng 9 năm 2025 của Ủy ban nhân dân tỉnh Đồng Tháp)".
pub fn attached_line(meta: &Meta) -> String {
    attached("Kèm theo", meta)
}

/// "(Ban hành kèm theo Quyết định số 705/QĐ-UBND ngày 10 tháng 9 năm 2025
/// của Ủy ban nhân dân tỉnh Đồng Tháp)": under the title of a plan a
/// decision issues.
pub fn issued_line(meta: &Meta) -> String {
    attached("Ban hành kèm theo", meta)
}

fn attached(how: &str, meta: &Meta) -> String {
    let kind = sentence_case(&meta.doc_type);
    format!(
        "({how} {kind} {} {} của {})",
        cited_number(meta.number, &meta.symbol),
        date_words(&meta.date),
        meta.issuer
    )
}

/// "KẾ HOẠCH" -> "Kế hoạch".
pub fn sentence_case(s: &str) -> String {
    let lower = s.to_lowercase();
    let mut chars = lower.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands_with_dots() {
        assert_eq!(group_thousands(0), "0");
        assert_eq!(group_thousands(999), "999");
        assert_eq!(group_thousands(43036), "43.036");
        assert_eq!(group_thousands(15687824), "15.687.824");
    }

    #[test]
    fn money_in_millions_and_billions() {
        assert_eq!(millions(Money::from_millions(328549)), "328.549");
        assert_eq!(millions(Money::parse_file("1770.5").unwrap()), "1.770,5");
        assert_eq!(
            billions_text(Money::from_millions(138459)),
            "138,459 tỷ đồng"
        );
        assert_eq!(
            billions_text(Money::from_millions(202663)),
            "202,663 tỷ đồng"
        );
        assert_eq!(billions_text(Money::from_millions(50000)), "50 tỷ đồng");
        assert_eq!(billions(Money::from_millions(64204)), "64,204");
    }

    #[test]
    fn nd30_dates() {
        let d = DocDate {
            day: Some(7),
            month: Some(9),
            year: Some(2025),
        };
        assert_eq!(date_words(&d), "ngày 07 tháng 9 năm 2025");
        let d = DocDate {
            day: Some(16),
            month: Some(2),
            year: Some(2023),
        };
        assert_eq!(date_words(&d), "ngày 16 tháng 02 năm 2023");
        let d = DocDate {
            day: Some(1),
            month: Some(1),
            year: Some(2024),
        };
        assert_eq!(date_words(&d), "ngày 01 tháng 01 năm 2024");
        let d = DocDate {
            day: None,
            month: None,
            year: Some(2025),
        };
        assert_eq!(
            date_words(&d),
            format!("ngày{NBSP}{BLANK}{NBSP}tháng{NBSP}{BLANK}{NBSP}năm 2025")
        );
    }

    #[test]
    fn number_lines() {
        let mut m = Meta {
            symbol: "KH-UBND".into(),
            number: Some(215),
            ..Meta::default()
        };
        assert_eq!(number_line(&m), "Số: 215/KH-UBND");
        m.number = Some(8);
        assert_eq!(number_line(&m), "Số: 08/KH-UBND");
        m.number = None;
        assert_eq!(number_line(&m), format!("Số: {BLANK}{NBSP}/KH-UBND"));
    }
}

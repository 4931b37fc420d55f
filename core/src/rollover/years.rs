//! Year references in text: turning the literal years of an old file into
//! fields ({năm}, {năm-1}) where the meaning is unambiguous, and shifting
//! fields when text moves from the plan into the review of the next year.

/// The result of converting one text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Converted {
    pub text: String,
    /// Years left as they were because their meaning is unclear.
    pub unclear: Vec<i32>,
}

/// Replaces literal `year` (the old plan year) and `year - 1` where they
/// name the plan period: "năm 2024" -> "năm {năm}", "Tháng 07/2024" ->
/// "Tháng 07/{năm}". Dates ("ngày 18 tháng 4 năm 2023", "16/3/2023") and
/// periods ("2021 - 2025") stay; other mentions are reported as unclear.
pub fn convert(text: &str, year: i32) -> Converted {
    convert_with(text, year, true)
}

/// `convert`; with `past` false the previous year (`year - 1`) is never made
/// a field: in narrative it is a past fact ("Năm 2023, tỉnh đã …"), which
/// stays as written and is listed, not moved on with the plan.
pub fn convert_with(text: &str, year: i32, past: bool) -> Converted {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut unclear = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() && (i == 0 || !chars[i - 1].is_ascii_digit()) {
            let mut j = i;
            while j < chars.len() && chars[j].is_ascii_digit() {
                j += 1;
            }
            let n: Option<i32> = if j - i == 4 {
                chars[i..j].iter().collect::<String>().parse().ok()
            } else {
                None
            };
            if let Some(n) = n.filter(|&n| n == year || n == year - 1) {
                let field = if n == year { "{năm}" } else { "{năm-1}" };
                match classify(&chars, i, j) {
                    Kind::Period if n == year || past => out.push_str(field),
                    Kind::Period => {
                        out.extend(&chars[i..j]);
                        if !unclear.contains(&n) {
                            unclear.push(n);
                        }
                    }
                    Kind::Date | Kind::Range => out.extend(&chars[i..j]),
                    Kind::Unclear => {
                        out.extend(&chars[i..j]);
                        if !unclear.contains(&n) {
                            unclear.push(n);
                        }
                    }
                }
                i = j;
                continue;
            }
            out.extend(&chars[i..j]);
            i = j;
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    Converted { text: out, unclear }
}

enum Kind {
    /// The plan period: "năm 2024", "07/2024", "Quý III/2024".
    Period,
    /// A date of a document: "ngày 18 tháng 4 năm 2023", "16/3/2023".
    Date,
    /// Part of a span of years: "2021 - 2025", "2024-2025".
    Range,
    Unclear,
}

/// How far before a year its context is read: the longest cue ("ngày 18
/// tháng 4 năm", "Kế hoạch số 99/KH-UBND ngày 16/3/") fits many times over.
/// Reading only a window keeps a text full of years linear to convert.
const CONTEXT: usize = 120;

fn classify(chars: &[char], start: usize, end: usize) -> Kind {
    let mut from = start;
    while from > 0 && chars[from - 1].is_whitespace() {
        from -= 1;
    }
    let before: String = chars[from.saturating_sub(CONTEXT)..start].iter().collect();
    let after = chars[end..].iter().find(|c| !c.is_whitespace());
    let b = before.trim_end().to_lowercase();
    if matches!(after, Some('-' | '–'))
        || b.ends_with('-')
        || b.ends_with('–')
        || b.ends_with("đến")
        || b.ends_with("đến năm") && is_span_start(&b)
    {
        return Kind::Range;
    }
    if b.ends_with("năm") {
        // "tháng 4 năm 2023" is a date unless it is "tháng ... năm" of a deadline
        // without a day; a day before it makes it a document date.
        let head = b.trim_end_matches("năm").trim_end();
        let words: Vec<&str> = head.split_whitespace().collect();
        let n = words.len();
        if n >= 2
            && words[n - 2] == "tháng"
            && words[..n - 2].iter().rev().take(3).any(|w| *w == "ngày")
        {
            return date_kind(&before);
        }
        return Kind::Period;
    }
    if let Some(rest) = b.strip_suffix('/') {
        // "16/3/2023" is a date; "07/2024" and "Quý III/2024" name a period.
        let last: String = rest
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .collect();
        let before_last = &rest[..rest.len() - last.len()];
        if !last.is_empty() && before_last.ends_with('/') {
            return date_kind(&before);
        }
        return Kind::Period;
    }
    Kind::Unclear
}

/// A date right after a document number ("Kế hoạch số 99/KH-UBND ngày
/// 16/3/2023") belongs to a cited document and stays. Any other full date
/// (an event, "10/10/2024") may need to move with the plan: unclear.
fn date_kind(before: &str) -> Kind {
    let tail: String = before
        .chars()
        .rev()
        .take(60)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let cites = tail
        .split_whitespace()
        .any(crate::model::format::is_document_number);
    if cites { Kind::Date } else { Kind::Unclear }
}

fn is_span_start(b: &str) -> bool {
    b.contains("từ")
}

/// Moves every year field by `delta`: text that was about the plan year
/// ({năm}) is about the previous year once it sits in the next plan's review.
pub fn shift_fields(text: &str, delta: i32) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("{năm") {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let Some(end) = after.find('}') else {
            out.push_str(after);
            return out;
        };
        let inner: String = after["{năm".len()..end]
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        let k = if inner.is_empty() {
            Some(0)
        } else {
            inner.parse::<i32>().ok()
        };
        match k {
            Some(k) => {
                let m = k + delta;
                match m.cmp(&0) {
                    std::cmp::Ordering::Equal => out.push_str("{năm}"),
                    std::cmp::Ordering::Greater => out.push_str(&format!("{{năm+{m}}}")),
                    std::cmp::Ordering::Less => out.push_str(&format!("{{năm{m}}}")),
                }
            }
            None => out.push_str(&after[..=end]),
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_years_become_fields_dates_and_periods_stay() {
        let c = convert("KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2024", 2024);
        assert_eq!(c.text, "KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM {năm}");
        assert_eq!(convert("Cuối năm 2024", 2024).text, "Cuối năm {năm}");
        assert_eq!(convert("Tháng 07/2024", 2024).text, "Tháng 07/{năm}");
        assert_eq!(
            convert("Kết quả năm 2023", 2024).text,
            "Kết quả năm {năm-1}"
        );
        let date = "Kế hoạch số 99/KH-UBND ngày 16/3/2023 và Quyết định số 455/QĐ-BCĐCĐS ngày 18 tháng 4 năm 2023";
        let c = convert(date, 2024);
        assert_eq!(c.text, date);
        assert!(
            c.unclear.is_empty(),
            "dates of cited documents are not questioned"
        );
        let event = convert("tổ chức Ngày Chuyển đổi số 10/10/2024", 2024);
        assert_eq!(event.text, "tổ chức Ngày Chuyển đổi số 10/10/2024");
        assert_eq!(
            event.unclear,
            vec![2024],
            "an event's date is listed for review"
        );
        assert_eq!(
            convert("giai đoạn 2021 - 2025, từ 2023-2024", 2024).text,
            "giai đoạn 2021 - 2025, từ 2023-2024"
        );
        let c = convert("chỉ số DTI 2023 tăng", 2024);
        assert_eq!(c.text, "chỉ số DTI 2023 tăng");
        assert_eq!(c.unclear, vec![2023]);
        assert_eq!(convert("12024 và 2024a", 2024).unclear, vec![2024]);
    }

    /// Reading all the text before every year made this quadratic (some 10^9
    /// characters copied for this text); linear takes a fraction of a second.
    #[test]
    fn a_text_full_of_years_converts_in_one_pass() {
        let text = "năm 2024 ".repeat(20_000);
        let c = convert(&text, 2024);
        assert_eq!(c.text, "năm {năm} ".repeat(20_000));
        assert!(c.unclear.is_empty());
    }

    #[test]
    fn a_past_year_in_narrative_stays_as_written_and_is_listed() {
        let c = convert_with("Năm 2023, tỉnh đã tổ chức; năm 2024 tiếp tục", 2024, false);
        assert_eq!(c.text, "Năm 2023, tỉnh đã tổ chức; năm {năm} tiếp tục");
        assert_eq!(c.unclear, vec![2023]);
    }

    #[test]
    fn fields_shift_into_the_review() {
        assert_eq!(
            shift_fields("Kết quả năm {năm}, so với {năm-1}", -1),
            "Kết quả năm {năm-1}, so với {năm-2}"
        );
        assert_eq!(shift_fields("{năm+1} và {pl:kq}", -1), "{năm} và {pl:kq}");
    }
}

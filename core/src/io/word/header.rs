//! The header block (Nghị định 30): authority, "Số: 99/KH-UBND", place and
//! date, the document kind and its title; and the closing: recipients and
//! signature. Read from lines, whether Word holds them in a borderless table
//! or in paragraphs.

use crate::model::meta::{DocDate, Meta, Signature};

/// Fills `meta` from the header block's lines (left column first).
pub fn header(lines: &[String], meta: &mut Meta) {
    let mut authority = Vec::new();
    for line in lines {
        let l = line.trim();
        let up = l.to_uppercase();
        if l.is_empty()
            || up.starts_with("CỘNG HÒA")
            || up.starts_with("CỘNG HOÀ")
            || up.starts_with("ĐỘC LẬP")
        {
            continue;
        }
        if let Some(rest) = l.strip_prefix("Số:").or_else(|| l.strip_prefix("Số")) {
            let rest = rest.trim_start_matches(':').trim();
            let (number, symbol) = rest.split_once('/').unwrap_or(("", rest));
            meta.number = number.trim().parse().ok();
            if !symbol.trim().is_empty() {
                meta.symbol = symbol.trim().to_string();
            }
            continue;
        }
        if l.contains("ngày") && l.contains("tháng") && l.contains("năm") {
            let (place, date) = l.split_once(',').unwrap_or(("", l));
            if !place.trim().is_empty() {
                meta.place = place.trim().to_string();
            }
            meta.date = date_of(date);
            continue;
        }
        if l == up && l.chars().any(char::is_alphabetic) && authority.len() < 4 {
            authority.push(l.to_string());
        }
    }
    if !authority.is_empty() {
        // "UBND TỈNH ĐỒNG THÁP" over "SỞ KHOA HỌC VÀ CÔNG NGHỆ": the first
        // names a whole authority, the department is below it.
        let whole = |s: &str| {
            (s.starts_with("UBND ")
                || s.starts_with("ỦY BAN NHÂN DÂN ")
                || s.starts_with("UỶ BAN NHÂN DÂN "))
                && (s.contains("TỈNH") || s.contains("THÀNH PHỐ") || s.contains("HUYỆN"))
        };
        if authority.len() >= 2 && whole(&authority[0]) {
            meta.parent_authority = vec![authority.remove(0)];
        }
        meta.authority = authority;
    }
}

/// "ngày 16 tháng 3 năm 2024", blanks allowed ("ngày   tháng   năm 2024").
pub fn date_of(s: &str) -> DocDate {
    let after = |word: &str| -> Option<String> {
        let i = s.find(word)? + word.len();
        let digits: String = s[i..]
            .trim_start()
            .chars()
            .take_while(|c| c.is_ascii_digit())
            .collect();
        (!digits.is_empty()).then_some(digits)
    };
    DocDate {
        day: after("ngày").and_then(|d| d.parse().ok()),
        month: after("tháng").and_then(|d| d.parse().ok()),
        year: after("năm").and_then(|d| d.parse().ok()),
    }
}

/// The plan's years from its title: "năm 2024" or "giai đoạn 2026 - 2030".
pub fn years(title: &str) -> Option<(i32, Option<i32>)> {
    let nums: Vec<i32> = title
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse().ok())
        .filter(|y| (1990..2200).contains(y))
        .collect();
    let last = *nums.last()?;
    if nums.len() >= 2 && title.contains("giai đoạn") {
        let first = nums[nums.len() - 2];
        return Some((first, (last > first).then_some(last)));
    }
    Some((last, None))
}

/// The signature's lines: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
/// "PHÓ CHỦ TỊCH", the name.
pub fn signature(lines: &[String]) -> Option<Signature> {
    let lines: Vec<&str> = lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .filter(|l| {
            !l.to_lowercase().contains("đã ký") && !l.starts_with('(') && !l.starts_with('[')
        })
        .collect();
    if lines.is_empty() {
        return None;
    }
    let mut s = Signature {
        on_behalf: String::new(),
        deputy_for: String::new(),
        title: String::new(),
        name: String::new(),
    };
    for l in lines {
        let upper = l == l.to_uppercase();
        if l.starts_with("TM.") {
            s.on_behalf = l.to_string();
        } else if ["KT.", "TL.", "TUQ.", "Q."]
            .iter()
            .any(|p| l.starts_with(p))
        {
            s.deputy_for = l.to_string();
        } else if upper && s.title.is_empty() {
            s.title = l.to_string();
        } else if !upper {
            s.name = l.to_string();
        }
    }
    Some(s)
}

/// A recipient line without its dash and final punctuation.
pub fn recipient(line: &str) -> Option<String> {
    let l = line.trim().trim_start_matches(['-', '–', '+', '•']).trim();
    let l = l.trim_end_matches([';', '.', ',']).trim();
    (!l.is_empty()).then(|| l.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_lines() {
        let mut m = Meta::default();
        let lines: Vec<String> = [
            "ỦY BAN NHÂN DÂN",
            "TỈNH ĐỒNG THÁP",
            "Số: 99/KH-UBND",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Đồng Tháp, ngày 16 tháng 3 năm 2024",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        header(&lines, &mut m);
        assert_eq!(m.authority, ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP"]);
        assert_eq!((m.number, m.symbol.as_str()), (Some(99), "KH-UBND"));
        assert_eq!(
            m.date,
            DocDate {
                day: Some(16),
                month: Some(3),
                year: Some(2024)
            }
        );
        assert_eq!(m.place, "Đồng Tháp");
        let mut m = Meta::default();
        header(
            &[
                "Số:       /KH-UBND".into(),
                "Đồng Tháp, ngày     tháng    năm 2026".into(),
            ],
            &mut m,
        );
        assert_eq!(m.number, None);
        assert_eq!(m.date.year, Some(2026));
        assert_eq!(m.date.day, None);
    }

    #[test]
    fn years_and_signature() {
        assert_eq!(
            years("Chuyển đổi số tỉnh Đồng Tháp năm 2024"),
            Some((2024, None))
        );
        assert_eq!(
            years("Kế hoạch giai đoạn 2026 - 2030"),
            Some((2026, Some(2030)))
        );
        let s = signature(&[
            "TM. ỦY BAN NHÂN DÂN".into(),
            "KT. CHỦ TỊCH".into(),
            "PHÓ CHỦ TỊCH".into(),
            "(Đã ký)".into(),
            "Huỳnh Minh Tuấn".into(),
        ])
        .expect("signature");
        assert_eq!(
            (
                s.on_behalf.as_str(),
                s.deputy_for.as_str(),
                s.title.as_str(),
                s.name.as_str()
            ),
            (
                "TM. ỦY BAN NHÂN DÂN",
                "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH",
                "Huỳnh Minh Tuấn"
            )
        );
        assert_eq!(
            recipient("- Thường trực Tỉnh ủy;").as_deref(),
            Some("Thường trực Tỉnh ủy")
        );
    }
}

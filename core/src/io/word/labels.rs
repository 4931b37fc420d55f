//! Section labels and bullets at the start of a paragraph, typed ("II.",
//! "1.1.", "a)", "- ") or made by Word's numbering: what kind of heading or
//! item they make, and the text without them (kehoach computes numbers).

/// What a label makes of its paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// "Phần I", "PHẦN THỨ NHẤT".
    Part,
    /// "I.", "II."
    Roman,
    /// "1.", "2)"
    Arabic,
    /// "1.1." (one dot inside), "1.1.1." (two) …
    Decimal(usize),
    /// "a)", "đ)"
    Letter,
    /// "- ", "• "
    Bullet,
    /// "+ "
    SubBullet,
}

impl Kind {
    /// How deep a heading of this kind sits: a heading closes every open
    /// heading as deep or deeper.
    pub fn rank(self) -> usize {
        match self {
            Kind::Part => 0,
            Kind::Roman => 1,
            Kind::Arabic => 2,
            Kind::Decimal(d) => 2 + d,
            Kind::Letter => 9,
            Kind::Bullet | Kind::SubBullet => 10,
        }
    }
}

/// The label at the start of `s`: its kind and its length in bytes
/// (spaces after it included).
pub fn typed(s: &str) -> Option<(Kind, usize)> {
    let t = s.trim_start();
    let lead = s.len() - t.len();
    let with_space = |n: usize| {
        let rest = &t[n..];
        let spaces = rest.len() - rest.trim_start().len();
        (rest.is_empty() || spaces > 0).then_some(lead + n + spaces)
    };
    // Bullets.
    for (mark, kind) in [
        ('-', Kind::Bullet),
        ('–', Kind::Bullet),
        ('—', Kind::Bullet),
        ('•', Kind::Bullet),
        ('+', Kind::SubBullet),
    ] {
        if let Some(rest) = t.strip_prefix(mark)
            && (rest.starts_with(' ') || rest.starts_with('\u{a0}'))
        {
            let spaces = rest.len() - rest.trim_start().len();
            return Some((kind, lead + mark.len_utf8() + spaces));
        }
    }
    // "Phần I", "PHẦN THỨ HAI".
    for word in ["Phần ", "PHẦN "] {
        if let Some(rest) = t.strip_prefix(word) {
            let label: String = rest
                .chars()
                .take_while(|c| !matches!(c, '.' | ':' | '-' | '\n'))
                .collect();
            let first = label.split_whitespace().next().unwrap_or("");
            let numeral = first.chars().all(|c| "IVXLC".contains(c)) && !first.is_empty()
                || first.chars().all(|c| c.is_ascii_digit()) && !first.is_empty()
                || first.eq_ignore_ascii_case("thứ")
                || first == "THỨ";
            if numeral && label.split_whitespace().count() <= 3 {
                let mut n = word.len() + label.len();
                let rest = &t[n..];
                let punct = rest.len() - rest.trim_start_matches(['.', ':', '-', ' ']).len();
                n += punct;
                return Some((Kind::Part, lead + n));
            }
        }
    }
    let head: String = t.chars().take_while(|c| !c.is_whitespace()).collect();
    let n = head.len();
    let body = head.trim_end_matches(['.', ')']);
    let closed = body.len() < head.len();
    if !closed || body.is_empty() {
        // "1.1" without the final dot is still a label.
        if head.contains('.') && is_decimal(&head) {
            return with_space(n).map(|len| (Kind::Decimal(head.matches('.').count()), len));
        }
        return None;
    }
    if body.chars().all(|c| "IVXLC".contains(c)) && body.len() <= 6 {
        return with_space(n).map(|len| (Kind::Roman, len));
    }
    if body.chars().all(|c| c.is_ascii_digit()) && body.len() <= 3 {
        return with_space(n).map(|len| (Kind::Arabic, len));
    }
    if is_decimal(body) {
        return with_space(n).map(|len| (Kind::Decimal(body.matches('.').count()), len));
    }
    let mut letters = body.chars();
    if let (Some(c), None) = (letters.next(), letters.next())
        && c.is_lowercase()
        && (c.is_ascii_alphabetic() || c == 'đ')
    {
        return with_space(n).map(|len| (Kind::Letter, len));
    }
    None
}

/// "1.1", "2.3.1": numbers joined by dots.
fn is_decimal(s: &str) -> bool {
    let parts: Vec<&str> = s.trim_end_matches('.').split('.').collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 3 && p.chars().all(|c| c.is_ascii_digit()))
}

/// Removes the first `label` characters' worth of text from rich text whose
/// plain form starts with that label: markers before it stay.
pub fn strip_rich(rich: &str, label: &str) -> String {
    let label = label.trim();
    if label.is_empty() {
        return rich.to_string();
    }
    let markers = rich.len() - rich.trim_start_matches(['*', ' ']).len();
    let rest = &rich[markers..];
    let out = match rest.strip_prefix(label) {
        Some(after) => format!("{}{}", rich[..markers].trim(), after.trim_start()),
        None => rich.to_string(),
    };
    // "**1.** Mục tiêu" leaves empty markers.
    let out = out.replace("******", "").replace("****", "");
    let out = out.trim_start_matches("** ").to_string();
    out.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_labels() {
        fn k(s: &str) -> Option<(Kind, &str)> {
            typed(s).map(|(k, n)| (k, &s[n..]))
        }
        assert_eq!(k("I. MỤC TIÊU"), Some((Kind::Roman, "MỤC TIÊU")));
        assert_eq!(k("IV. TỔ CHỨC"), Some((Kind::Roman, "TỔ CHỨC")));
        assert_eq!(k("1. Mục tiêu"), Some((Kind::Arabic, "Mục tiêu")));
        assert_eq!(k("2) Nội dung"), Some((Kind::Arabic, "Nội dung")));
        assert_eq!(k("1.1. Ngày"), Some((Kind::Decimal(1), "Ngày")));
        assert_eq!(k("1.1 Ngày"), Some((Kind::Decimal(1), "Ngày")));
        assert_eq!(k("2.3.1. Ba"), Some((Kind::Decimal(2), "Ba")));
        assert_eq!(k("a) Kết quả"), Some((Kind::Letter, "Kết quả")));
        assert_eq!(k("đ) Năm"), Some((Kind::Letter, "Năm")));
        assert_eq!(k("- Chỉ đạo"), Some((Kind::Bullet, "Chỉ đạo")));
        assert_eq!(k("+ Nhỏ"), Some((Kind::SubBullet, "Nhỏ")));
        assert_eq!(k("Phần I"), Some((Kind::Part, "")));
        assert_eq!(k("PHẦN II. KẾ HOẠCH"), Some((Kind::Part, "KẾ HOẠCH")));
        assert_eq!(k("Phần thứ nhất: Đánh giá"), Some((Kind::Part, "Đánh giá")));
        assert_eq!(k("Phần lớn các sở đã"), None);
        assert_eq!(k("2023 là năm"), None);
        assert_eq!(k("100% các trang"), None);
        assert_eq!(k("Năm 2022, Đồng Tháp"), None);
        assert_eq!(k("-5% so với"), None);
        assert_eq!(k("v.v. và"), None);
    }

    #[test]
    fn labels_leave_rich_text() {
        assert_eq!(
            strip_rich("**1. Mục tiêu:** đạt", "1."),
            "**Mục tiêu:** đạt"
        );
        assert_eq!(strip_rich("**1.** Mục tiêu", "1."), "Mục tiêu");
        assert_eq!(strip_rich("- Chỉ đạo", "-"), "Chỉ đạo");
    }
}

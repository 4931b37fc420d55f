//! Numbering styles of Vietnamese administrative documents. Numbers are always
//! computed from position, never typed, so inserting a row cannot leave a gap.

/// Roman numerals for sections, groups and appendices: 1 -> "I", 14 -> "XIV".
pub fn roman(n: usize) -> String {
    const TABLE: [(usize, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut n = n;
    let mut out = String::new();
    for &(v, s) in &TABLE {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

/// The Vietnamese alphabet as used for points: no f, j, w, z; đ after d.
pub const VN_LETTERS: [&str; 23] = [
    "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
    "u", "v", "x", "y",
];

/// 1 -> "a", 5 -> "đ", 6 -> "e", 7 -> "g"; past "y" the letters double ("aa").
pub fn vn_letter(n: usize) -> String {
    if n == 0 {
        return String::new();
    }
    let len = VN_LETTERS.len();
    let idx = (n - 1) % len;
    let reps = (n - 1) / len + 1;
    VN_LETTERS[idx].repeat(reps)
}

/// "Phụ lục I", or plain "Phụ lục" when the plan has a single appendix.
pub fn appendix_label(index: usize, count: usize) -> String {
    if count <= 1 {
        "Phụ lục".to_string()
    } else {
        format!("Phụ lục {}", roman(index))
    }
}

/// Dotted path numbers for nested items: [1, 2] -> "1.2".
pub fn dotted(path: &[usize]) -> String {
    path.iter()
        .map(|n| n.to_string())
        .collect::<Vec<_>>()
        .join(".")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roman_numerals() {
        let got: Vec<String> = (1..=9).map(roman).collect();
        assert_eq!(
            got,
            ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
        );
        assert_eq!(roman(14), "XIV");
        assert_eq!(roman(40), "XL");
    }

    #[test]
    fn vietnamese_letters_skip_f_j_w_z() {
        let got: Vec<String> = (1..=8).map(vn_letter).collect();
        assert_eq!(got, ["a", "b", "c", "d", "đ", "e", "g", "h"]);
        assert_eq!(vn_letter(23), "y");
        assert_eq!(vn_letter(24), "aa");
        assert!(
            (1..=23)
                .map(vn_letter)
                .all(|l| !["f", "j", "w", "z"].contains(&l.as_str()))
        );
    }

    #[test]
    fn appendix_labels() {
        assert_eq!(appendix_label(1, 1), "Phụ lục");
        assert_eq!(appendix_label(7, 7), "Phụ lục VII");
        assert_eq!(dotted(&[1, 2]), "1.2");
    }
}

//! Find across the plan (Ctrl+F): every user text, with where it is, so a
//! hit can open the view that edits it.

use crate::model::Plan;
use crate::model::text_walk;

#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// Path in the plan: `targets[0].targets[3].name`.
    pub path: String,
    /// The text around the match.
    pub excerpt: String,
}

/// Case- and diacritics-insensitive search ("dong thap" finds "Đồng Tháp").
pub fn find(plan: &Plan, query: &str, limit: usize) -> Vec<Hit> {
    let q = fold(query.trim());
    if q.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (path, text) in text_walk::texts(plan) {
        let folded = fold(&text);
        if let Some(pos) = folded.find(&q) {
            out.push(Hit {
                path,
                excerpt: excerpt(&text, &folded, pos, q.len()),
            });
            if out.len() >= limit {
                break;
            }
        }
    }
    out
}

/// Lower case without diacritics, one char per input char (so positions agree).
fn fold(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.chars()
        .map(|c| {
            let base = c.to_lowercase().next().unwrap_or(c);
            let base = if base == 'đ' { 'd' } else { base };
            base.nfd().next().unwrap_or(base)
        })
        .collect()
}

fn excerpt(text: &str, folded: &str, byte_pos: usize, len: usize) -> String {
    // Folded and original have the same number of chars: map via char index.
    let start_char = folded[..byte_pos].chars().count();
    let match_chars = folded[byte_pos..byte_pos + len].chars().count();
    let chars: Vec<char> = text.chars().collect();
    let from = start_char.saturating_sub(30);
    let to = (start_char + match_chars + 50).min(chars.len());
    let mut s: String = chars[from..to].iter().collect();
    if from > 0 {
        s.insert(0, '…');
    }
    if to < chars.len() {
        s.push('…');
    }
    s
}

/// A Vietnamese description of where a path points: "Chỉ tiêu 4 của nhóm I".
pub fn describe(path: &str) -> String {
    let nums: Vec<usize> = path
        .split(['[', ']'])
        .filter_map(|p| p.parse::<usize>().ok())
        .collect();
    let n = |i: usize| nums.get(i).map(|v| v + 1).unwrap_or(0);
    let roman = |i: usize| crate::model::numbering::roman(n(i));
    if path.starts_with("meta") {
        "Thông tin chung".into()
    } else if path.starts_with("review.targets") {
        format!("Kết quả năm trước: chỉ tiêu {} của nhóm {}", n(1), roman(0))
    } else if path.starts_with("targets") {
        if path.contains(".targets[") {
            format!("Chỉ tiêu {} của nhóm {}", n(1), roman(0))
        } else {
            format!("Nhóm chỉ tiêu {}", roman(0))
        }
    } else if path.starts_with("tasks") {
        format!("Nhiệm vụ, nhóm {}", roman(0))
    } else if path.starts_with("review.budget") || path.starts_with("budget") {
        let kind = if path.contains("investment") {
            "dự án"
        } else {
            "nhiệm vụ chi"
        };
        format!("Kinh phí: {kind} {}", n(0))
    } else if path.starts_with("appendices") {
        format!("Phụ lục {}", roman(0))
    } else if path.starts_with("body") {
        "Nội dung".into()
    } else if path.starts_with("preamble") || path.starts_with("legal_bases") {
        "Căn cứ".into()
    } else if path.starts_with("recipients") || path.starts_with("signature") {
        "Nơi nhận và chữ ký".into()
    } else if path.starts_with("agencies") {
        "Danh mục cơ quan".into()
    } else {
        path.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_without_diacritics_and_names_the_place() {
        let mut p = Plan::new(2025);
        p.targets.push(crate::model::TargetGroup {
            name: "NHÓM".into(),
            targets: vec![crate::model::Target {
                name: "Tỷ lệ hồ sơ trực tuyến tại Đồng Tháp".into(),
                ..Default::default()
            }],
            ..Default::default()
        });
        let hits = find(&p, "dong thap", 10);
        let t = hits.iter().find(|h| h.path.starts_with("targets")).unwrap();
        assert_eq!(t.path, "targets[0].targets[0].name");
        assert!(t.excerpt.contains("Đồng Tháp"));
        assert_eq!(describe(&t.path), "Chỉ tiêu 1 của nhóm I");
        assert!(find(&p, "   ", 10).is_empty());
    }
}

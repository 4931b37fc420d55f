//! Find across the plan (Ctrl+F): every user text, with where it is, so a
//! hit can open the view that edits it.

use crate::model::text_walk;
use crate::model::{Place, Plan};

#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// Where the text is: shown as "Chỉ tiêu 4 của nhóm I".
    pub place: Place,
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
    for (place, text) in text_walk::texts(plan) {
        let folded = fold(&text);
        if let Some(pos) = folded.find(&q) {
            out.push(Hit {
                place,
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
        let t = hits
            .iter()
            .find(|h| matches!(h.place, Place::Target(..)))
            .unwrap();
        assert_eq!(t.place.to_string(), "targets[0].targets[0].name");
        assert!(t.excerpt.contains("Đồng Tháp"));
        assert_eq!(t.place.describe(), "Chỉ tiêu 1 của nhóm I");
        assert!(find(&p, "   ", 10).is_empty());
    }
}

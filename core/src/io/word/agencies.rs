//! The agency directory an import builds as it reads agency cells: one
//! entry per agency however it is written, so that "Sở TT&TT" and "Sở Thông
//! tin và Truyền thông" become one agency (full name, short name), and a
//! collective name with a comma ("UBND các huyện, thành phố") stays whole.

use crate::model::Agency;
use crate::model::agency::{key_for, slug};

#[derive(Debug, Default)]
pub struct Directory {
    pub agencies: Vec<Agency>,
    /// Two spellings taken for one agency by their initials (a guess the
    /// report names): key, the abbreviated name, the full one.
    pub taken_as: Vec<(String, String, String)>,
}

/// Words whose usual abbreviation officers write.
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("ủy ban nhân dân", "UBND"),
    ("uỷ ban nhân dân", "UBND"),
    ("hội đồng nhân dân", "HĐND"),
    ("văn phòng", "VP"),
];

/// A name's initials key: abbreviations kept, other words by their first
/// letter, "và" as "&": "Sở Thông tin và Truyền thông" and "Sở TT&TT"
/// both give "STT&TT".
fn initials(name: &str) -> String {
    let mut s = name.to_lowercase();
    for (long, short) in ABBREVIATIONS {
        s = s.replace(long, &short.to_lowercase());
    }
    // Compare with the written name's case to tell abbreviations.
    let written: Vec<&str> = name.split_whitespace().collect();
    let mut out = String::new();
    for (i, w) in s.split_whitespace().enumerate() {
        let original = written.get(i).copied().unwrap_or(w);
        let upper = original.chars().filter(|c| c.is_uppercase()).count();
        let is_abbreviation = (upper >= 2 && original.chars().all(|c| !c.is_lowercase()))
            || original.contains('&')
            || ABBREVIATIONS.iter().any(|(_, a)| a.eq_ignore_ascii_case(w));
        if w == "và" || w == "&" {
            out.push('&');
        } else if is_abbreviation {
            out.push_str(&w.to_uppercase());
        } else if let Some(c) = w.chars().next() {
            out.extend(c.to_uppercase());
        }
    }
    out
}

/// Whether a name is written with an abbreviation.
fn abbreviated(name: &str) -> bool {
    name.split_whitespace().any(|w| {
        w.contains('&')
            || (w.chars().filter(|c| c.is_uppercase()).count() >= 2
                && w.chars().all(|c| !c.is_lowercase()))
    })
}

/// A name with the usual abbreviations written out, for comparing.
fn expanded(name: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    for w in name.split_whitespace() {
        match ABBREVIATIONS.iter().find(|(_, short)| *short == w) {
            Some((long, _)) => words.push((*long).to_string()),
            None => words.push(w.to_string()),
        }
    }
    normal(&words.join(" "))
}

/// "tỉnh" at the end changes nothing ("Sở Tài chính tỉnh").
fn normal(name: &str) -> String {
    let s = slug(name);
    s.strip_suffix("-tinh").unwrap_or(&s).to_string()
}

impl Directory {
    /// The key of the agency `name` names, added when new.
    pub fn key(&mut self, name: &str) -> String {
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        let name = name.trim_end_matches(['.', ';', ',']).trim().to_string();
        let n = normal(&name);
        if let Some(a) = self
            .agencies
            .iter()
            .find(|a| normal(&a.name) == n || (!a.short.is_empty() && normal(&a.short) == n))
        {
            return a.key.clone();
        }
        let key_of = initials(&name);
        let short_form = abbreviated(&name);
        if let Some(a) = self.agencies.iter_mut().find(|a| {
            let theirs = if a.short.is_empty() {
                &a.name
            } else {
                &a.short
            };
            (short_form || abbreviated(theirs)) && initials(&a.name) == key_of
        }) {
            // "UBND" for "Ủy ban nhân dân" is the usual abbreviation, no guess.
            let certain = expanded(&name) == expanded(&a.name);
            let pair = if short_form {
                (name.clone(), a.name.clone())
            } else {
                (a.name.clone(), name.clone())
            };
            if !certain
                && !self
                    .taken_as
                    .iter()
                    .any(|(k, short, full)| *k == a.key && (short, full) == (&pair.0, &pair.1))
            {
                self.taken_as.push((a.key.clone(), pair.0, pair.1));
            }
            // Keep the full name as the name and the abbreviation as short.
            if short_form && a.short.is_empty() && !abbreviated(&a.name) {
                a.short = name;
            } else if !short_form && abbreviated(&a.name) {
                a.short = std::mem::replace(&mut a.name, name);
            }
            return a.key.clone();
        }
        let key = key_for(&name, &self.agencies);
        self.agencies.push(Agency {
            key: key.clone(),
            name,
            short: String::new(),
        });
        key
    }

    /// The agencies a table cell names: split by ";" or line, then by ","
    /// only where the next part starts as a name does (a capital letter),
    /// so "UBND các huyện, thành phố" stays one.
    pub fn keys(&mut self, cell: &str) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for part in cell.split([';', '\n']) {
            let mut current = String::new();
            for piece in part.split(',') {
                let starts_name = starts_agency(piece);
                if !current.trim().is_empty() && starts_name {
                    names.push(std::mem::take(&mut current));
                }
                if !current.is_empty() {
                    current.push(',');
                }
                current.push_str(piece);
            }
            names.push(current);
        }
        names
            .into_iter()
            .map(|n| n.trim().trim_start_matches(['-', '+']).trim().to_string())
            .filter(|n| !n.is_empty())
            .map(|n| self.key(&n))
            .collect()
    }
}

/// Words an agency's name starts with: a comma before one of them separates
/// two agencies, a comma before anything else is inside one name ("Sở Văn
/// hóa, Thể thao và Du lịch").
const STARTS: &[&str] = &[
    "sở",
    "ubnd",
    "ủy",
    "uỷ",
    "ban",
    "văn",
    "vp",
    "công",
    "bộ",
    "cục",
    "chi",
    "trung",
    "đài",
    "báo",
    "hội",
    "liên",
    "quỹ",
    "kho",
    "thuế",
    "ngân",
    "bảo",
    "trường",
    "viện",
    "bệnh",
    "đoàn",
    "mặt",
    "các",
    "doanh",
    "cổng",
    "bưu",
    "tập",
    "tổng",
    "cơ",
    "đơn",
    "thường",
    "hđnd",
    "viettel",
    "vnpt",
    "mobifone",
    "tỉnh",
    "huyện",
    "thành",
    "xã",
    "phòng",
    "lực",
    "tòa",
    "đảng",
    "trạm",
    "đội",
    "nhà",
];

fn starts_agency(piece: &str) -> bool {
    let first = piece.split_whitespace().next().unwrap_or("").to_lowercase();
    piece
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
        && STARTS.contains(&first.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_are_one_agency() {
        let mut d = Directory::default();
        let a = d.key("Sở TT&TT");
        let b = d.key("Sở Thông tin và Truyền thông");
        assert_eq!(a, b);
        assert_eq!(d.agencies.len(), 1);
        assert_eq!(d.agencies[0].name, "Sở Thông tin và Truyền thông");
        assert_eq!(d.agencies[0].short, "Sở TT&TT");
        let c = d.key("Sở Khoa học và Công nghệ");
        assert_eq!(d.key("Sở KH&CN"), c);
        assert_ne!(d.key("Sở Tài chính"), d.key("Sở Tư pháp"));
        assert_eq!(d.key("Sở Tài chính tỉnh"), d.key("Sở Tài chính"));
        assert_eq!(
            d.key("UBND các huyện, thành phố"),
            d.key("Ủy ban nhân dân các huyện, thành phố")
        );
    }

    /// Taking two spellings for one agency is a guess the report names,
    /// once per spelling; the same spelling again is no new guess.
    #[test]
    fn spellings_taken_for_one_agency_are_listed_once() {
        let mut d = Directory::default();
        // Whichever comes first, the abbreviation is named as such.
        let key = d.key("Sở TT&TT");
        d.key("Sở Thông tin và Truyền thông");
        d.key("Sở TT&TT");
        d.key("Sở Thông tin và Truyền thông");
        // The usual abbreviation is no guess.
        d.key("Ủy ban nhân dân các huyện, thành phố");
        d.key("UBND các huyện, thành phố");
        assert_eq!(
            d.taken_as,
            [(
                key,
                "Sở TT&TT".to_string(),
                "Sở Thông tin và Truyền thông".to_string()
            )]
        );
    }

    #[test]
    fn cells_split_between_names_not_inside_them() {
        let mut d = Directory::default();
        let keys = d.keys("Sở Y tế, UBND các huyện, thành phố; Công an tỉnh");
        assert_eq!(keys.len(), 3, "{:?}", d.agencies);
        assert_eq!(d.agencies[1].name, "UBND các huyện, thành phố");
        assert!(d.keys("").is_empty());
        assert_eq!(d.keys("Sở Văn hóa, Thể thao và Du lịch").len(), 1);
    }
}

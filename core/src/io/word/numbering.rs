//! Word's automatic numbering (word/numbering.xml): each numbered paragraph's
//! label as Word shows it ("II.", "1.1.", "a)", or a bullet), so that the
//! importer reads automatic and typed numbering by the same rules.

use super::xml::Element;
use std::collections::HashMap;

#[derive(Clone, Debug, Default)]
struct Level {
    start: u32,
    format: String,
    text: String,
}

#[derive(Clone, Debug, Default)]
struct Num {
    abstract_id: String,
    /// Levels whose start the list overrides (a list restarted at 1).
    starts: HashMap<usize, u32>,
}

/// The definitions, and the counters as the document is read in order.
#[derive(Debug, Default)]
pub struct Numbering {
    abstracts: HashMap<String, Vec<Level>>,
    nums: HashMap<String, Num>,
    /// Counters per list: a list restarted by an override counts on its
    /// own; lists sharing a definition without one count together, as Word
    /// does.
    counters: HashMap<String, [u32; 9]>,
}

/// A numbered paragraph's label.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Label {
    Number(String),
    Bullet,
    /// A bullet under a bullet: a list's deeper level, or a "+" bullet.
    SubBullet,
}

impl Numbering {
    pub fn read(root: &Element) -> Numbering {
        let mut n = Numbering::default();
        for a in root.children_named("w:abstractNum") {
            let Some(id) = a.attr("w:abstractNumId") else {
                continue;
            };
            let mut levels = vec![Level::default(); 9];
            for l in a.children_named("w:lvl") {
                let Some(i) = l.attr("w:ilvl").and_then(|v| v.parse::<usize>().ok()) else {
                    continue;
                };
                if let Some(slot) = levels.get_mut(i) {
                    *slot = Level {
                        start: l
                            .child_val("w:start")
                            .and_then(|v| v.parse().ok())
                            .unwrap_or(1),
                        format: l.child_val("w:numFmt").unwrap_or("decimal").to_string(),
                        text: l.child_val("w:lvlText").unwrap_or_default().to_string(),
                    };
                }
            }
            n.abstracts.insert(id.to_string(), levels);
        }
        for num in root.children_named("w:num") {
            let (Some(id), Some(abs)) = (num.attr("w:numId"), num.child_val("w:abstractNumId"))
            else {
                continue;
            };
            let starts = num
                .children_named("w:lvlOverride")
                .filter_map(|o| {
                    let level = o.attr("w:ilvl")?.parse().ok()?;
                    let start = o.child_val("w:startOverride")?.parse().ok()?;
                    Some((level, start))
                })
                .collect();
            n.nums.insert(
                id.to_string(),
                Num {
                    abstract_id: abs.to_string(),
                    starts,
                },
            );
        }
        n
    }

    /// The label of the next paragraph numbered by list `num_id` at
    /// `level`; None when the list is unknown or numbers nothing.
    pub fn next(&mut self, num_id: &str, level: usize) -> Option<Label> {
        let num = self.nums.get(num_id)?;
        let levels = self.abstracts.get(&num.abstract_id)?;
        let this = levels.get(level)?;
        if this.format == "bullet" {
            let sub = level > 0 || this.text.trim() == "+";
            return Some(if sub { Label::SubBullet } else { Label::Bullet });
        }
        if this.format == "none" && !this.text.contains('%') {
            return None;
        }
        let key = if num.starts.is_empty() {
            format!("a{}", num.abstract_id)
        } else {
            format!("n{num_id}")
        };
        let start = |i: usize| {
            num.starts
                .get(&i)
                .copied()
                .unwrap_or_else(|| levels.get(i).map_or(1, |l| l.start))
        };
        let counters = self.counters.entry(key).or_insert([0; 9]);
        let count = counters.get_mut(level)?;
        *count = if *count == 0 {
            start(level)
        } else {
            *count + 1
        };
        for deeper in counters.iter_mut().skip(level + 1) {
            *deeper = 0;
        }
        let counters = *counters;
        let mut out = String::new();
        let mut chars = this.text.chars().peekable();
        while let Some(c) = chars.next() {
            let digit = chars.peek().and_then(|d| d.to_digit(10));
            match (c, digit) {
                ('%', Some(d)) if (1..=9).contains(&d) => {
                    chars.next();
                    let i = d as usize - 1;
                    let value = match counters.get(i).copied().unwrap_or(0) {
                        0 => start(i),
                        v => v,
                    };
                    let format = levels.get(i).map_or("decimal", |l| l.format.as_str());
                    out.push_str(&formatted(value, format));
                }
                _ => out.push(c),
            }
        }
        Some(Label::Number(out))
    }
}

fn formatted(n: u32, format: &str) -> String {
    match format {
        "upperRoman" => crate::model::numbering::roman(n as usize),
        "lowerRoman" => crate::model::numbering::roman(n as usize).to_lowercase(),
        "lowerLetter" => letter(n),
        "upperLetter" => letter(n).to_uppercase(),
        "decimalZero" => format!("{n:02}"),
        _ => n.to_string(),
    }
}

/// Word's letters: a … z, then aa, bb.
fn letter(n: u32) -> String {
    let n = n.max(1) - 1;
    let c = char::from(b'a' + (n % 26) as u8);
    c.to_string().repeat(n as usize / 26 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const XML: &str = r#"<w:numbering xmlns:w="w">
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%3."/></w:lvl>
        <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%4)"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="1">
        <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
    </w:numbering>"#;

    #[test]
    fn labels_as_word_shows_them() {
        let mut n = Numbering::read(&super::super::xml::parse(XML).expect("xml"));
        let num = |s: &str| Some(Label::Number(s.into()));
        assert_eq!(n.next("1", 0), num("I."));
        assert_eq!(n.next("1", 1), num("1."));
        assert_eq!(n.next("1", 2), num("1.1."));
        assert_eq!(n.next("1", 2), num("1.2."));
        assert_eq!(n.next("1", 3), num("a)"));
        assert_eq!(n.next("2", 0), Some(Label::Bullet));
        assert_eq!(n.next("1", 3), num("b)"));
        assert_eq!(n.next("1", 1), num("2."));
        assert_eq!(n.next("1", 0), num("II."));
        assert_eq!(
            n.next("1", 1),
            num("1."),
            "a new section restarts its clauses"
        );
        assert_eq!(n.next("3", 0), num("I."), "a list restarted on its own");
        assert_eq!(n.next("9", 0), None);
    }
}

//! The numbered text of a decision's article or a submission's body: a flat
//! list of items, each with a level. Labels ("I.", "1.", "a)", "- ") are
//! computed from the levels, so inserting, moving or indenting an item
//! renumbers the rest.

use super::ids::Id;
use super::numbering::{roman, vn_letter};
use super::rich::Rich;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Level {
    /// "I.", "II." (a submission's headings; bold, upper case).
    Heading,
    /// "1.", "2." (an article's clauses, restarting under each heading).
    Clause,
    /// "a)", "b)" (points, restarting under each clause).
    Point,
    /// Running text, unnumbered.
    #[default]
    Paragraph,
    /// "- ".
    Bullet,
}

impl Level {
    pub const ALL: [Level; 5] = [
        Level::Heading,
        Level::Clause,
        Level::Point,
        Level::Paragraph,
        Level::Bullet,
    ];

    /// The name an officer picks from ("Khoản (1, 2)").
    pub fn name(self) -> &'static str {
        match self {
            Level::Heading => "Mục (I, II)",
            Level::Clause => "Khoản (1, 2)",
            Level::Point => "Điểm (a, b)",
            Level::Paragraph => "Đoạn văn",
            Level::Bullet => "Gạch đầu dòng",
        }
    }

    /// One step deeper (indent) or shallower (outdent); None at the end.
    pub fn deeper(self) -> Option<Level> {
        match self {
            Level::Heading => Some(Level::Clause),
            Level::Clause => Some(Level::Point),
            Level::Paragraph => Some(Level::Bullet),
            Level::Point | Level::Bullet => None,
        }
    }

    pub fn shallower(self) -> Option<Level> {
        match self {
            Level::Clause => Some(Level::Heading),
            Level::Point => Some(Level::Clause),
            Level::Bullet => Some(Level::Paragraph),
            Level::Heading | Level::Paragraph => None,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Item {
    pub id: Id,
    pub level: Level,
    pub text: Rich,
}

impl Item {
    pub fn new(level: Level, text: &str) -> Item {
        Item {
            id: Id::UNSET,
            level,
            text: Rich::new(text),
        }
    }
}

/// Each item's label: "I.", "1.", "a)", "-" or "" (a paragraph).
pub fn labels(items: &[Item]) -> Vec<String> {
    let (mut heading, mut clause, mut point) = (0, 0, 0);
    items
        .iter()
        .map(|it| match it.level {
            Level::Heading => {
                heading += 1;
                clause = 0;
                point = 0;
                format!("{}.", roman(heading))
            }
            Level::Clause => {
                clause += 1;
                point = 0;
                format!("{clause}.")
            }
            Level::Point => {
                point += 1;
                format!("{})", vn_letter(point))
            }
            Level::Paragraph => String::new(),
            Level::Bullet => "-".into(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_restart_under_their_parent() {
        let items: Vec<Item> = [
            Level::Heading,
            Level::Clause,
            Level::Point,
            Level::Point,
            Level::Clause,
            Level::Point,
            Level::Paragraph,
            Level::Bullet,
            Level::Heading,
            Level::Clause,
        ]
        .into_iter()
        .map(|l| Item::new(l, "x"))
        .collect();
        assert_eq!(
            labels(&items),
            ["I.", "1.", "a)", "b)", "2.", "a)", "", "-", "II.", "1."]
        );
    }

    #[test]
    fn indenting_walks_the_levels() {
        assert_eq!(Level::Heading.deeper(), Some(Level::Clause));
        assert_eq!(Level::Point.deeper(), None);
        assert_eq!(Level::Point.shallower(), Some(Level::Clause));
        assert_eq!(Level::Paragraph.shallower(), None);
    }
}

//! Values a row holds for columns that vary with the plan (a target's
//! value per milestone year, a project's amount per year of the period).
//! Blank values at the end are no values: an editor cell that makes room
//! for a value it has not got changes nothing (the plan still equals its
//! file, and the file is unchanged).

use super::money::Money;
use serde::{Deserialize, Serialize};

/// A value that can be blank: empty text, zero money.
pub trait Blank {
    fn is_blank(&self) -> bool;
}

impl Blank for String {
    fn is_blank(&self) -> bool {
        self.is_empty()
    }
}

impl Blank for Money {
    fn is_blank(&self) -> bool {
        self.is_zero()
    }
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ByColumn<T>(pub Vec<T>);

impl<T: Blank + Clone + Default> ByColumn<T> {
    fn filled(&self) -> &[T] {
        let n = self
            .0
            .iter()
            .rposition(|v| !v.is_blank())
            .map_or(0, |i| i + 1);
        &self.0[..n]
    }

    pub fn is_blank(&self) -> bool {
        self.filled().is_empty()
    }

    /// The value of the `i`-th column (blank when none).
    pub fn get(&self, i: usize) -> T {
        self.0.get(i).cloned().unwrap_or_default()
    }

    /// The value of the `i`-th column, made room for.
    pub fn slot(&mut self, i: usize) -> &mut T {
        if self.0.len() <= i {
            self.0.resize(i + 1, T::default());
        }
        &mut self.0[i]
    }
}

impl ByColumn<Money> {
    /// The sum over the first `n` columns (the years of the period).
    pub fn total(&self, n: usize) -> Money {
        self.0.iter().take(n).copied().sum()
    }
}

impl<T: Blank + Clone + Default + PartialEq> PartialEq for ByColumn<T> {
    fn eq(&self, other: &Self) -> bool {
        self.filled() == other.filled()
    }
}

impl<T> From<Vec<T>> for ByColumn<T> {
    fn from(v: Vec<T>) -> Self {
        ByColumn(v)
    }
}

/// A target's value per milestone year.
pub type Milestones = ByColumn<String>;
/// An amount per year of the period.
pub type Amounts = ByColumn<Money>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn room_made_for_a_value_is_no_value() {
        let mut m = Milestones::default();
        assert!(m.slot(1).is_empty());
        assert_eq!(m, Milestones::default(), "blank slots are nothing");
        assert!(m.is_blank());
        *m.slot(0) = "60%".into();
        assert_eq!(m.get(0), "60%");
        assert_eq!(m.get(5), "");
        assert_eq!(m, ByColumn(vec!["60%".to_string()]));
        assert_ne!(m, Milestones::default());
        let mut a = Amounts::default();
        *a.slot(2) = Money::from_millions(5);
        *a.slot(0) = Money::from_millions(1);
        assert_eq!(a.total(2), Money::from_millions(1));
        assert_eq!(a.total(3), Money::from_millions(6));
    }
}

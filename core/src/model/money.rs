//! Exact money. Plans count in "triệu đồng" with at most three decimals
//! (i.e. whole thousands of đồng), so money is an integer number of
//! thousand-đồng units: sums are exact and never go through floating point.
//!
//! In RON a value is written as a string in triệu đồng with a '.' decimal
//! point ("43036", "1770.5"), the same figure the officer reads in the seed
//! tables, so files stay readable and exact.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Sub};

/// Thousands of đồng per triệu đồng.
const PER_MILLION: i64 = 1000;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money {
    thousands: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("số tiền không hợp lệ: \"{0}\" (viết bằng triệu đồng, ví dụ \"43036\" hoặc \"1770.5\")")]
pub struct MoneyParseError(pub String);

impl Money {
    pub const ZERO: Money = Money { thousands: 0 };

    pub fn from_millions(m: i64) -> Money {
        Money {
            thousands: m * PER_MILLION,
        }
    }

    pub fn from_thousands(thousands: i64) -> Money {
        Money { thousands }
    }

    pub fn thousands(&self) -> i64 {
        self.thousands
    }

    pub fn is_negative(&self) -> bool {
        self.thousands < 0
    }

    pub fn is_zero(&self) -> bool {
        self.thousands == 0
    }

    /// Parses the file form: triệu đồng with '.' as decimal point. The
    /// Vietnamese display form ("43.036" meaning forty-three thousand) is not
    /// accepted here on purpose: the file must be unambiguous.
    pub fn parse_file(s: &str) -> Result<Money, MoneyParseError> {
        parse_decimal(s, '.', None).ok_or_else(|| MoneyParseError(s.to_string()))
    }

    /// Parses what an officer types in a cell: Vietnamese style, '.' groups
    /// thousands and ',' is the decimal comma ("43.036", "1.770,5", "250").
    pub fn parse_vn(s: &str) -> Result<Money, MoneyParseError> {
        parse_decimal(s, ',', Some('.')).ok_or_else(|| MoneyParseError(s.to_string()))
    }

    /// The file form, e.g. "43036" or "1770.5".
    pub fn to_file_string(&self) -> String {
        let sign = if self.thousands < 0 { "-" } else { "" };
        let abs = self.thousands.unsigned_abs();
        let whole = abs / PER_MILLION as u64;
        let frac = abs % PER_MILLION as u64;
        if frac == 0 {
            format!("{sign}{whole}")
        } else {
            let f = format!("{frac:03}");
            format!("{sign}{whole}.{}", f.trim_end_matches('0'))
        }
    }

    /// Whole and fractional parts in a unit of `per` thousand-đồng, for formatting.
    pub(crate) fn split(&self, per: i64, decimals: u32) -> (bool, u64, u64) {
        let neg = self.thousands < 0;
        let abs = self.thousands.unsigned_abs() as u128;
        let per = per as u128;
        let scale = 10u128.pow(decimals);
        // Round half away from zero at the requested precision.
        let scaled = (abs * scale * 2 + per) / (per * 2);
        (
            (neg && scaled != 0),
            (scaled / scale) as u64,
            (scaled % scale) as u64,
        )
    }

    pub fn checked_add(self, other: Money) -> Option<Money> {
        self.thousands
            .checked_add(other.thousands)
            .map(Money::from_thousands)
    }
}

fn parse_decimal(s: &str, decimal: char, group: Option<char>) -> Option<Money> {
    let t = s.trim();
    let (neg, t) = match t.strip_prefix('-') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, t),
    };
    if t.is_empty() {
        return None;
    }
    let (whole, frac) = match t.split_once(decimal) {
        Some((w, f)) => (w, f),
        None => (t, ""),
    };
    let mut digits = String::new();
    for (i, part) in whole.split(|c| Some(c) == group).enumerate() {
        // Groups after the first must be exactly three digits ("1.770").
        if i > 0 && part.len() != 3 {
            return None;
        }
        if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.push_str(part);
    }
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let millions: i64 = digits.parse().ok()?;
    let mut f = frac.to_string();
    while f.len() < 3 {
        f.push('0');
    }
    let frac_thousands: i64 = f.parse().ok()?;
    let v = millions
        .checked_mul(PER_MILLION)?
        .checked_add(frac_thousands)?;
    Some(Money::from_thousands(if neg { -v } else { v }))
}

impl Add for Money {
    type Output = Money;
    fn add(self, o: Money) -> Money {
        Money::from_thousands(self.thousands.saturating_add(o.thousands))
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, o: Money) {
        *self = *self + o;
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, o: Money) -> Money {
        Money::from_thousands(self.thousands.saturating_sub(o.thousands))
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, |a, b| a + b)
    }
}

impl fmt::Display for Money {
    /// Vietnamese table form in triệu đồng: "43.036", "1.770,5".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::model::format::millions(*self))
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_file_string())
    }
}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Money, D::Error> {
        let s = String::deserialize(d)?;
        Money::parse_file(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_form_round_trips() {
        for s in ["0", "43036", "1770.5", "0.25", "-12", "319925"] {
            assert_eq!(Money::parse_file(s).unwrap().to_file_string(), s);
        }
        assert!(Money::parse_file("43.036.1").is_err());
        assert!(Money::parse_file("1,5").is_err());
        assert!(Money::parse_file("").is_err());
        assert!(Money::parse_file("1.2345").is_err());
    }

    #[test]
    fn vietnamese_input() {
        assert_eq!(
            Money::parse_vn("43.036").unwrap(),
            Money::from_millions(43036)
        );
        assert_eq!(
            Money::parse_vn("1.770,5").unwrap().to_file_string(),
            "1770.5"
        );
        assert_eq!(Money::parse_vn(" 250 ").unwrap(), Money::from_millions(250));
        assert!(Money::parse_vn("43.03").is_err());
        assert!(Money::parse_vn("abc").is_err());
    }
}

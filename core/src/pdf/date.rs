//! The date written into a PDF: now, or the moment `SOURCE_DATE_EPOCH` names
//! (reproducible builds: two exports of the same plan are then the same bytes).

use super::PdfError;
use chrono::{DateTime, Datelike, Timelike, Utc};

/// The variable of https://reproducible-builds.org/specs/source-date-epoch/.
pub const SOURCE_DATE_EPOCH: &str = "SOURCE_DATE_EPOCH";

/// When the document was made, in UTC: printpdf writes every date with a
/// "+00'00'" offset whatever offset it is given, so local time would be off
/// by the time zone.
pub fn document_time() -> Result<printpdf::OffsetDateTime, PdfError> {
    let when = match std::env::var_os(SOURCE_DATE_EPOCH) {
        None => Utc::now(),
        Some(value) => from_epoch(&value.to_string_lossy())?,
    };
    Ok(offset_date_time(when))
}

/// Seconds since 1970 as the specification writes them: decimal digits.
fn from_epoch(value: &str) -> Result<DateTime<Utc>, PdfError> {
    let bad = || PdfError::SourceDateEpoch {
        value: value.to_string(),
    };
    let digits = value.trim();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let seconds: i64 = digits.parse().map_err(|_| bad())?;
    // PDF dates have four-digit years.
    DateTime::from_timestamp(seconds, 0)
        .filter(|d| d.year() <= 9999)
        .ok_or_else(bad)
}

fn offset_date_time(when: DateTime<Utc>) -> printpdf::OffsetDateTime {
    // chrono's fields are in range by construction, so the narrowing is exact.
    printpdf::OffsetDateTime::new_in_offset(
        printpdf::date::Date {
            year: when.year(),
            month: when.month() as u8,
            day: when.day() as u8,
        },
        printpdf::date::Time {
            hour: when.hour() as u8,
            minute: when.minute() as u8,
            second: when.second() as u8,
            millisecond: 0,
        },
        printpdf::date::Offset {
            hours: 0,
            minutes: 0,
            seconds: 0,
            milliseconds: 0,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_epoch_is_read_as_the_specification_writes_it() {
        let d = from_epoch("1767225600").unwrap();
        assert_eq!((d.year(), d.month(), d.day(), d.hour()), (2026, 1, 1, 0));
        for bad in [
            "",
            "-1",
            "1e9",
            "abc",
            "99999999999999999999",
            "253402300800",
        ] {
            let e = from_epoch(bad).unwrap_err();
            assert!(e.to_string().contains("SOURCE_DATE_EPOCH"), "{bad}: {e}");
        }
    }
}

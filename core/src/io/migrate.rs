//! Older file formats and their conversion to the current one.
//!
//! Version 1 (the first drafts) wrote the document number and the date as
//! free text ("215", "07/9/2025", or "" while drafting). Version 2 stores
//! them structured so that the header, the "Kèm theo ..." lines of every
//! appendix and roll-over can compute them.

use crate::model::{
    Agency, Appendix, Block, Budget, DocDate, FORMAT_VERSION, LegalGroup, Meta, Plan, Review, Rich,
    Settings, Signature, TargetGroup, TaskGroup,
};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanV1 {
    #[allow(dead_code)]
    pub version: u32,
    pub year: i32,
    #[serde(default)]
    pub meta: MetaV1,
    #[serde(default)]
    pub preamble: Vec<Rich>,
    #[serde(default)]
    pub legal_bases: Vec<LegalGroup>,
    #[serde(default)]
    pub body: Vec<Block>,
    #[serde(default)]
    pub targets: Vec<TargetGroup>,
    #[serde(default)]
    pub tasks: Vec<TaskGroup>,
    #[serde(default)]
    pub budget: Budget,
    #[serde(default)]
    pub review: Review,
    #[serde(default)]
    pub appendices: Vec<Appendix>,
    #[serde(default)]
    pub recipients: Vec<String>,
    #[serde(default)]
    pub signature: Signature,
    #[serde(default)]
    pub agencies: Vec<Agency>,
    #[serde(default)]
    pub settings: Settings,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct MetaV1 {
    pub parent_authority: Vec<String>,
    pub authority: Vec<String>,
    pub issuer: String,
    /// Free text: "215", "" while drafting.
    pub number: String,
    pub symbol: String,
    pub place: String,
    /// Free text: "07/9/2025", "16/3/2023", "" or "2025" while drafting.
    pub date: String,
    pub doc_type: String,
    pub title: Rich,
}

pub fn from_v1(v: PlanV1) -> Plan {
    let defaults = Meta::default();
    let m = v.meta;
    let or_default = |s: String, d: &String| if s.trim().is_empty() { d.clone() } else { s };
    let meta = Meta {
        parent_authority: m.parent_authority,
        authority: if m.authority.is_empty() {
            defaults.authority.clone()
        } else {
            m.authority
        },
        issuer: or_default(m.issuer, &defaults.issuer),
        number: m.number.trim().parse().ok(),
        symbol: or_default(m.symbol, &defaults.symbol),
        place: or_default(m.place, &defaults.place),
        date: parse_date_v1(&m.date, v.year),
        doc_type: or_default(m.doc_type, &defaults.doc_type),
        title: m.title,
        draft_mark: false,
    };
    Plan {
        version: FORMAT_VERSION,
        year: v.year,
        until: None,
        milestones: Vec::new(),
        meta,
        preamble: v.preamble,
        legal_bases: v.legal_bases,
        body: v.body,
        targets: v.targets,
        tasks: v.tasks,
        budget: v.budget,
        review: v.review,
        appendices: v.appendices,
        recipients: v.recipients,
        signature: v.signature,
        agencies: v.agencies,
        settings: v.settings,
        continues: None,
        to_review: Vec::new(),
        decision: None,
        submission: None,
    }
}

/// "07/9/2025" -> 7, 9, 2025; "2025" -> year only; "" -> the plan year.
fn parse_date_v1(s: &str, plan_year: i32) -> DocDate {
    let parts: Vec<&str> = s.split(['/', '-', '.']).map(str::trim).collect();
    let num = |p: Option<&&str>| p.and_then(|x| x.parse::<i64>().ok());
    match parts.as_slice() {
        [d, m, y] => DocDate {
            day: num(Some(d))
                .filter(|d| (1..=31).contains(d))
                .map(|d| d as u8),
            month: num(Some(m))
                .filter(|m| (1..=12).contains(m))
                .map(|m| m as u8),
            year: num(Some(y)).map(|y| y as i32).or(Some(plan_year)),
        },
        [y] if !y.is_empty() => DocDate {
            day: None,
            month: None,
            year: num(Some(y)).map(|y| y as i32),
        },
        _ => DocDate {
            day: None,
            month: None,
            year: Some(plan_year),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn v1_dates() {
        assert_eq!(
            parse_date_v1("07/9/2025", 2025),
            DocDate {
                day: Some(7),
                month: Some(9),
                year: Some(2025)
            }
        );
        assert_eq!(
            parse_date_v1("", 2024),
            DocDate {
                day: None,
                month: None,
                year: Some(2024)
            }
        );
        assert_eq!(
            parse_date_v1("2026", 2026),
            DocDate {
                day: None,
                month: None,
                year: Some(2026)
            }
        );
    }
}

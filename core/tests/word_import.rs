//! Import from Word: a plan written in Word read back into the model. The
//! fixtures are Word files of the seed plans made without kehoach's own
//! export (tests/fixtures/word/README.md); the round trip through kehoach's
//! export is checked too, but the fixtures are the real test.

mod common;

use common::*;
use kehoach_core::compose::Options;
use kehoach_core::fonts::FontSet;
use kehoach_core::io::word;
use kehoach_core::model::{Money, Plan};

/// What an officer checks after an import: the counts and totals `check`
/// prints, and the header and closing.
#[derive(Debug, PartialEq)]
struct Counts {
    year: i32,
    title: String,
    targets: (usize, usize),
    review_targets: (usize, usize),
    tasks: (usize, usize),
    projects: (usize, Money, Money),
    review_projects: (usize, Money, Money),
    recurrent: (usize, Money),
    review_recurrent: (usize, Money),
    appendices: Vec<String>,
    preamble: usize,
    recipients: usize,
    signer: String,
}

fn sum(values: impl Iterator<Item = Money>) -> Money {
    values.fold(Money::ZERO, |a, b| a.checked_add(b).unwrap())
}

fn counts(p: &Plan) -> Counts {
    let targets =
        |g: &[kehoach_core::model::TargetGroup]| (g.iter().map(|g| g.targets.len()).sum(), g.len());
    let projects = |b: &kehoach_core::model::Budget| {
        (
            b.investment.len(),
            sum(b.investment.iter().map(|p| p.total)),
            sum(b.investment.iter().map(|p| p.capital)),
        )
    };
    let recurrent = |b: &kehoach_core::model::Budget| {
        (b.recurrent.len(), sum(b.recurrent.iter().map(|r| r.amount)))
    };
    Counts {
        year: p.year,
        title: p.meta.title.as_str().to_string(),
        targets: targets(&p.targets),
        review_targets: targets(&p.review.targets),
        tasks: (
            p.tasks
                .iter()
                .flat_map(|g| &g.tasks)
                .map(|t| t.count())
                .sum(),
            p.tasks.len(),
        ),
        projects: projects(&p.budget),
        review_projects: projects(&p.review.budget),
        recurrent: recurrent(&p.budget),
        review_recurrent: recurrent(&p.review.budget),
        appendices: p
            .appendices
            .iter()
            .map(|a| a.title.as_str().to_string())
            .collect(),
        preamble: p.preamble.len(),
        recipients: p.recipients.len(),
        signer: p.signature.name.clone(),
    }
}

fn round_trip(name: &str) -> (Plan, word::Imported) {
    let plan = kehoach_core::io::load_path(&sample(name)).unwrap();
    let bytes = kehoach_core::docx::write(&plan, &FontSet::bundled().unwrap(), &Options::default())
        .unwrap();
    (plan, word::import(&bytes).unwrap())
}

#[test]
fn the_2024_plan_comes_back_from_its_own_word_export() {
    let (plan, imported) = round_trip("ke-hoach-cds-2024.ron");
    let got = counts(&imported.plan);
    assert_eq!(got, counts(&plan));
    assert_eq!(got.targets, (44, 5));
    assert_eq!(
        (got.projects.1, got.projects.2),
        (Money::from_millions(328_549), Money::from_millions(138_459))
    );
    // The file it makes loads and checks like any plan.
    let text = kehoach_core::io::to_ron_string(&imported.plan).unwrap();
    let again = kehoach_core::io::load_str(&text, std::path::Path::new("nhap.ron")).unwrap();
    assert_eq!(counts(&again), got);
}

#[test]
fn every_sample_comes_back_from_its_own_word_export() {
    for name in ["ke-hoach-dti-2023.ron", "ke-hoach-kts-xhs-2026.ron"] {
        let (plan, imported) = round_trip(name);
        assert_eq!(counts(&imported.plan), counts(&plan), "{name}");
    }
}

#[test]
fn a_file_that_is_not_word_is_refused_in_words() {
    let err = word::import(b"not a zip").unwrap_err();
    assert!(
        err.to_string().contains("không phải tài liệu Word"),
        "{err}"
    );
}

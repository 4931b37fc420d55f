//! Rebuilds `assets/templates/` from the samples (structure kept, figures
//! emptied): `cargo run --example make_templates`.

use kehoach::io;
use kehoach::model::dossier::{decision_for, submission_for};
use kehoach::model::{
    Appendix, Block, InvestmentColumn, InvestmentTable, Plan, Rich, Table, TargetColumn,
    TargetsTable,
};
use kehoach::rollover::template::from_plan;
use std::path::Path;

/// The digital economy plan as a plan for 2026 - 2030: milestones 2027 and
/// 2030, its targets table by milestone, a budget table by year.
fn over_years(mut p: Plan) -> Plan {
    p.until = Some(p.year + 4);
    p.milestones = vec![p.year + 1, p.year + 4];
    p.meta.title = Rich::new(
        p.meta
            .title
            .as_str()
            .replace("năm {năm}", "giai đoạn {giai đoạn}"),
    );
    for a in &mut p.appendices {
        a.title = Rich::new(
            a.title
                .as_str()
                .replace("NĂM {năm}", "GIAI ĐOẠN {giai đoạn}"),
        );
    }
    use TargetColumn as T;
    p.appendices.push(Appendix {
        key: "chi-tieu".into(),
        title: Rich::new("CÁC CHỈ TIÊU GIAI ĐOẠN {giai đoạn}"),
        blocks: vec![Block::Table(Table::Targets(TargetsTable {
            columns: vec![
                T::No,
                T::Name,
                T::Unit,
                T::Baseline,
                T::Milestones,
                T::Lead,
                T::Note,
            ],
            ..Default::default()
        }))],
        ..Default::default()
    });
    use InvestmentColumn as I;
    p.appendices.push(Appendix {
        key: "kinh-phi".into(),
        title: Rich::new("DỰ KIẾN KINH PHÍ ĐẦU TƯ GIAI ĐOẠN {giai đoạn}"),
        unit_line: Some("ĐVT: Triệu đồng".into()),
        blocks: vec![Block::Table(Table::Investment(InvestmentTable {
            columns: vec![
                I::No,
                I::Name,
                I::Investor,
                I::ByYear,
                I::PeriodTotal,
                I::Note,
            ],
            ..Default::default()
        }))],
        ..Default::default()
    });
    p
}

/// The plan issued by a decision of the People's Committee: the plan's
/// "Căn cứ" lines moved to the decision, the plan attached to it.
fn by_decision(mut p: Plan) -> Plan {
    p.decision = Some(decision_for(&p));
    p.preamble.clear();
    p.assign_ids();
    kehoach::model::agency_mentions::link_all(&mut p);
    p
}

/// The submission package: the department's Tờ trình, the draft decision
/// and the draft plan.
fn submission_package(p: Plan) -> Plan {
    let mut p = by_decision(p);
    let s = submission_for(&p);
    if let Some(last) = p.decision.as_mut().and_then(|d| d.bases.last_mut()) {
        *last = kehoach::model::dossier::proposal(&s);
    }
    p.submission = Some(s);
    p.assign_ids();
    kehoach::model::agency_mentions::link_all(&mut p);
    p
}

fn main() {
    let same: fn(Plan) -> Plan = |p| p;
    let pairs = [
        ("ke-hoach-cds-2024.ron", "chuyen-doi-so.ron", same),
        ("ke-hoach-dti-2023.ron", "cai-thien-dti.ron", same),
        (
            "ke-hoach-kts-xhs-2026.ron",
            "kinh-te-so-xa-hoi-so.ron",
            same,
        ),
        ("ke-hoach-kts-xhs-2026.ron", "giai-doan.ron", over_years),
        (
            "ke-hoach-kts-xhs-2026.ron",
            "quyet-dinh-ban-hanh.ron",
            by_decision,
        ),
        (
            "ke-hoach-kts-xhs-2026.ron",
            "ho-so-trinh.ron",
            submission_package,
        ),
    ];
    for (sample, template, shape) in pairs {
        let src = Path::new("assets/samples").join(sample);
        let plan = match io::load_path(&src) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(2);
            }
        };
        let out = Path::new("assets/templates").join(template);
        if let Err(e) = io::save::write_atomic(
            &out,
            io::to_ron_string(&from_plan(&shape(plan)))
                .unwrap_or_default()
                .as_bytes(),
        ) {
            eprintln!("{e}");
            std::process::exit(2);
        }
        println!("{}", out.display());
    }
}

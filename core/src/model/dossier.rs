//! The dossier a file holds: the plan, and with it the decision issuing it
//! and the submission proposing it, when there are. They share the plan's
//! agency directory and fields, and print in the order they are read:
//! submission, decision, plan with its appendices.

use super::body::Block;
use super::decision::Decision;
use super::items::{Item, Level};
use super::plan::Plan;
use super::rich::Rich;
use super::submission::Submission;

/// A document of the dossier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DocKind {
    Submission,
    Decision,
    Plan,
}

impl DocKind {
    pub const ALL: [DocKind; 3] = [DocKind::Submission, DocKind::Decision, DocKind::Plan];

    /// "Tờ trình", "Quyết định", "Kế hoạch".
    pub fn name(self) -> &'static str {
        match self {
            DocKind::Submission => "Tờ trình",
            DocKind::Decision => "Quyết định",
            DocKind::Plan => "Kế hoạch",
        }
    }

    /// The name `kehoach export --document` takes.
    pub fn cli_name(self) -> &'static str {
        match self {
            DocKind::Submission => "to-trinh",
            DocKind::Decision => "quyet-dinh",
            DocKind::Plan => "ke-hoach",
        }
    }

    /// Reads a `--document` value: Vietnamese with or without marks, or English.
    pub fn parse(s: &str) -> Option<DocKind> {
        let s = s.trim().to_lowercase();
        let s = s.replace([' ', '_'], "-");
        DocKind::ALL.into_iter().find(|k| {
            let english = match k {
                DocKind::Submission => "submission",
                DocKind::Decision => "decision",
                DocKind::Plan => "plan",
            };
            s == k.cli_name() || s == english || s == k.name().to_lowercase().replace(' ', "-")
        })
    }
}

impl Plan {
    /// The documents of the dossier in print order.
    pub fn documents(&self) -> Vec<DocKind> {
        let mut out = Vec::new();
        if self.submission.is_some() {
            out.push(DocKind::Submission);
        }
        if self.decision.is_some() {
            out.push(DocKind::Decision);
        }
        out.push(DocKind::Plan);
        out
    }

    /// Whether the plan is issued by a decision (printed attached to it,
    /// without number, date, recipients or signature of its own).
    pub fn is_attached(&self) -> bool {
        self.decision.is_some()
    }

    /// Whether a document of the dossier prints "DỰ THẢO": its own setting,
    /// or, for the drafts a submission carries, the submission's while
    /// their number is blank.
    pub fn draft_mark(&self, kind: DocKind) -> bool {
        let carried = |number: Option<u32>| {
            number.is_none() && self.submission.as_ref().is_some_and(|s| s.mark_drafts)
        };
        match kind {
            DocKind::Submission => self
                .submission
                .as_ref()
                .is_some_and(|s| s.meta.draft_mark && s.meta.is_draft()),
            DocKind::Decision => self.decision.as_ref().is_some_and(|d| {
                (d.meta.draft_mark && d.meta.is_draft()) || carried(d.meta.number)
            }),
            DocKind::Plan => {
                let number = match &self.decision {
                    Some(d) => d.meta.number,
                    None => self.meta.number,
                };
                (self.meta.draft_mark && number.is_none()) || carried(number)
            }
        }
    }
}

impl Plan {
    /// The decision and the submission as drafts of `year`: number, day and
    /// month cleared (a template, next year's plan), signers' names too
    /// when `unsigned`.
    pub fn redraft_filed(&mut self, year: i32, unsigned: bool) {
        let metas = [
            self.decision
                .as_mut()
                .map(|d| (&mut d.meta, &mut d.signature)),
            self.submission
                .as_mut()
                .map(|s| (&mut s.meta, &mut s.signature)),
        ];
        for (meta, signature) in metas.into_iter().flatten() {
            meta.number = None;
            meta.date = super::meta::DocDate {
                day: None,
                month: None,
                year: Some(year),
            };
            if unsigned {
                signature.name.clear();
            }
        }
    }
}

/// A decision issuing `plan`, in one step: the plan's issuer, date year,
/// signature and recipients, its "Căn cứ" lines moved to the decision (an
/// attached plan does not repeat them), the proposal citing the
/// submission when there is one.
pub fn decision_for(plan: &Plan) -> Decision {
    let mut d = Decision::default();
    let m = &plan.meta;
    d.meta.parent_authority = m.parent_authority.clone();
    d.meta.authority = m.authority.clone();
    d.meta.issuer = m.issuer.clone();
    d.meta.place = m.place.clone();
    d.meta.date.year = m.date.year;
    d.meta.draft_mark = m.draft_mark;
    d.competence = m.authority.join(" ").to_uppercase();
    // The law that gives the committee its power comes first.
    let law = "Căn cứ Luật Tổ chức chính quyền địa phương";
    d.bases = Vec::new();
    if !plan.preamble.iter().any(|b| b.as_str().starts_with(law)) {
        d.bases
            .push(Rich::new(format!("{law} ngày 16 tháng 6 năm 2025")));
    }
    d.bases.extend(plan.preamble.iter().cloned());
    d.bases.push(match &plan.submission {
        Some(s) => proposal(s),
        // The officer adds "tại Tờ trình số …" of a submission kept elsewhere.
        None => Rich::new("Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ"),
    });
    // "Như Điều 3" stands for those who carry the plan out; the plan's own
    // "Như mục VII" names a section the decision does not have.
    d.recipients = std::iter::once("Như {điều:cuối}".to_string())
        .chain(
            plan.recipients
                .iter()
                .filter(|r| !r.trim_start().starts_with("Như "))
                .cloned(),
        )
        .collect();
    d.signature = plan.signature.clone();
    d
}

/// "Theo đề nghị của Giám đốc Sở … tại {tt:số}": the decision's last basis
/// citing the dossier's submission, its number and date computed.
pub fn proposal(s: &Submission) -> Rich {
    Rich::new(format!(
        "Theo đề nghị của Giám đốc {} tại {{tt:số}}",
        s.meta.issuer
    ))
}

/// A submission proposing `plan`: addressed to the plan's issuer, its body
/// naming the plan's bases and main parts and quoting its figures through
/// fields, so they follow the plan.
pub fn submission_for(plan: &Plan) -> Submission {
    let mut s = Submission::default();
    let m = &plan.meta;
    // The committee's name as its own header prints it, a line each.
    s.meta.parent_authority = m.authority.clone();
    s.meta.place = m.place.clone();
    s.meta.date.year = m.date.year;
    s.addressee = m.issuer.clone();
    // The decision's bases but its proposal (which cites this submission).
    let bases = match &plan.decision {
        Some(d) => &d.bases[..d.bases.len().saturating_sub(1)],
        None => &plan.preamble[..],
    };
    let mut body = Vec::new();
    if !bases.is_empty() {
        body.push(Item::new(Level::Heading, "Căn cứ xây dựng Kế hoạch"));
        let n = bases.len();
        body.extend(bases.iter().enumerate().map(|(i, b)| {
            let text = b.as_str().trim_end().trim_end_matches([';', '.']);
            let end = if i + 1 == n { '.' } else { ';' };
            Item::new(Level::Bullet, &format!("{text}{end}"))
        }));
    }
    body.push(Item::new(
        Level::Heading,
        "Nội dung chính của dự thảo Kế hoạch",
    ));
    body.push(Item::new(Level::Paragraph, &contents(plan)));
    for b in &plan.body {
        let title = match b {
            Block::Part(p) => &p.title,
            Block::Section(s) => &s.title,
            _ => continue,
        };
        if !title.is_empty() {
            body.push(Item::new(Level::Bullet, &sentence(title.as_str())));
        }
    }
    s.body = body;
    s.closing = Rich::new(format!(
        "Kính trình {} xem xét, quyết định./.",
        short_addressee(&m.issuer)
    ));
    s
}

/// "Dự thảo Kế hoạch gồm {ct:kế hoạch} chỉ tiêu, {nv:tổng} nhiệm vụ; tổng
/// kinh phí thực hiện {kp:tổng}. …": the figures the plan has, through
/// fields; a plan without targets, tasks or amounts is not said to have
/// "0 chỉ tiêu" or "0 tỷ đồng".
fn contents(plan: &Plan) -> String {
    let mut has = Vec::new();
    if super::summary::target_count(plan) > 0 {
        has.push("{ct:kế hoạch} chỉ tiêu");
    }
    if super::summary::task_count(plan) > 0 {
        has.push("{nv:tổng} nhiệm vụ");
    }
    let mut out = String::from("Dự thảo Kế hoạch");
    if !has.is_empty() {
        out.push_str(" gồm ");
        out.push_str(&has.join(", "));
    }
    if !super::summary::BudgetTotals::of(&plan.budget)
        .year_total()
        .is_zero()
    {
        out.push_str(if has.is_empty() { " có" } else { ";" });
        out.push_str(" tổng kinh phí thực hiện {kp:tổng}");
    }
    if out.len() > "Dự thảo Kế hoạch".len() {
        out.push_str(". Kế hoạch gồm các nội dung chính sau:");
    } else {
        out.push_str(" gồm các nội dung chính sau:");
    }
    out
}

/// "MỤC ĐÍCH, YÊU CẦU" -> "Mục đích, yêu cầu"; mixed case stays.
fn sentence(s: &str) -> String {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    if !letters.is_empty() && letters.iter().all(|c| c.is_uppercase()) {
        super::format::sentence_case(s)
    } else {
        s.to_string()
    }
}

/// "Ủy ban nhân dân tỉnh Đồng Tháp" -> "Ủy ban nhân dân tỉnh", as the closing
/// sentence of a submission names it.
fn short_addressee(issuer: &str) -> String {
    for level in [" tỉnh ", " thành phố "] {
        if let Some(i) = issuer.find(level) {
            return issuer[..i + level.len() - 1].to_string();
        }
    }
    issuer.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "Như Điều 3" replaces the plan's "Như mục VII": the decision has no sections.
    #[test]
    fn the_decision_sends_to_those_of_its_last_article_not_to_a_section() {
        let mut p = Plan::new(2026);
        p.recipients = vec!["Bộ Khoa học và Công nghệ".into(), "Như {mục:7}".into()];
        let d = decision_for(&p);
        assert_eq!(
            d.recipients,
            ["Như {điều:cuối}", "Bộ Khoa học và Công nghệ"]
        );
    }

    #[test]
    fn a_plan_alone_is_one_document() {
        let mut p = Plan::new(2026);
        assert_eq!(p.documents(), [DocKind::Plan]);
        p.decision = Some(decision_for(&p));
        p.submission = Some(submission_for(&p));
        assert_eq!(
            p.documents(),
            [DocKind::Submission, DocKind::Decision, DocKind::Plan]
        );
        assert!(p.is_attached());
    }

    #[test]
    fn document_names_are_read_in_either_language() {
        assert_eq!(DocKind::parse("quyet-dinh"), Some(DocKind::Decision));
        assert_eq!(DocKind::parse("Quyết định"), Some(DocKind::Decision));
        assert_eq!(DocKind::parse("submission"), Some(DocKind::Submission));
        assert_eq!(DocKind::parse("ke-hoach"), Some(DocKind::Plan));
        assert_eq!(DocKind::parse("thư"), None);
    }

    #[test]
    fn the_drafts_a_submission_carries_are_marked_until_numbered() {
        let mut p = Plan::new(2026);
        p.decision = Some(decision_for(&p));
        assert!(!p.draft_mark(DocKind::Decision));
        p.submission = Some(submission_for(&p));
        assert!(p.draft_mark(DocKind::Decision) && p.draft_mark(DocKind::Plan));
        if let Some(d) = p.decision.as_mut() {
            d.meta.number = Some(705);
        }
        assert!(!p.draft_mark(DocKind::Decision) && !p.draft_mark(DocKind::Plan));
        assert!(!p.draft_mark(DocKind::Submission));
    }

    #[test]
    fn the_closing_sentence_names_the_committee_shortly() {
        assert_eq!(
            short_addressee("Ủy ban nhân dân tỉnh Đồng Tháp"),
            "Ủy ban nhân dân tỉnh"
        );
        assert_eq!(sentence("MỤC ĐÍCH, YÊU CẦU"), "Mục đích, yêu cầu");
    }
}

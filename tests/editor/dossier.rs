//! The dossier in the editor: issue the open plan by a decision and
//! propose it with a submission from the Hồ sơ menu, move between the
//! documents, edit articles and items with their row menus, pick a signing
//! form, export the document being viewed, and undo it all.

use crate::common::editor::*;
use egui::Key;
use egui_kittest::kittest::Queryable;
use kehoach::model::{DocKind, Level};

fn dossier_menu(h: &mut egui_kittest::Harness<'_, kehoach::ui::App>, item: &str) {
    h.get_by_label("Hồ sơ").click();
    h.run();
    h.get_by_label(item).click();
    h.run();
}

fn articles(h: &egui_kittest::Harness<'_, kehoach::ui::App>) -> Vec<String> {
    plan(h)
        .decision
        .as_ref()
        .map(|d| d.articles.iter().map(|a| a.text.0.clone()).collect())
        .unwrap_or_default()
}

#[test]
fn a_plan_is_issued_by_decision_in_one_step_and_undone_in_one() {
    let mut h = open_sample("Kế hoạch kinh tế số, xã hội số năm 2026");
    let preamble = plan(&h).preamble.clone();
    assert!(!preamble.is_empty());
    dossier_menu(&mut h, "Ban hành bằng quyết định");
    let d = plan(&h).decision.clone().expect("a decision");
    assert_eq!(plan(&h).documents(), [DocKind::Decision, DocKind::Plan]);
    // The plan's bases moved to the decision, after the law.
    assert!(plan(&h).preamble.is_empty());
    assert!(d.bases.iter().any(|b| b == &preamble[0]));
    assert!(d.bases.last().unwrap().0.starts_with("Theo đề nghị của"));
    assert!(d.articles.iter().all(|a| !a.id.is_unset()));
    // The decision's editor is open and the navigation lists the dossier.
    h.get_by_label("Quyết định ban hành kế hoạch");
    h.get_by_label("Văn bản của hồ sơ");
    h.get_by_label("Nội dung Điều 3");
    // Back to the plan, and back to the decision, from the navigation.
    h.get_by_label("Thông tin chung").click();
    h.run();
    h.get_by_label("Quyết định").click();
    h.run();
    h.get_by_label("Nội dung Điều 1");
    ctrl(&mut h, Key::Z);
    assert!(plan(&h).decision.is_none());
    assert_eq!(plan(&h).preamble, preamble);
}

#[test]
fn every_row_action_on_articles_and_their_items() {
    let mut h = open_sample("Kế hoạch kinh tế số, xã hội số năm 2026");
    dossier_menu(&mut h, "Ban hành bằng quyết định");
    let first = articles(&h);
    assert_eq!(first.len(), 3);
    // The article menus are the first three "…" of the view.
    menu(&mut h, 0, "Chèn dòng phía dưới");
    assert_eq!(articles(&h).len(), 4);
    assert_eq!(articles(&h)[1], "");
    type_into(
        &mut h,
        "Nội dung Điều 2",
        0,
        "Giao Sở Khoa học và Công nghệ chủ trì.",
    );
    assert_eq!(articles(&h)[1], "Giao Sở Khoa học và Công nghệ chủ trì.");
    menu(&mut h, 1, "Chuyển xuống");
    assert_eq!(articles(&h)[2], "Giao Sở Khoa học và Công nghệ chủ trì.");
    menu(&mut h, 2, "Chuyển lên");
    assert_eq!(articles(&h)[1], "Giao Sở Khoa học và Công nghệ chủ trì.");
    menu(&mut h, 1, "Nhân bản");
    assert_eq!(articles(&h)[2], articles(&h)[1]);
    let ids: Vec<_> = plan(&h)
        .decision
        .as_ref()
        .unwrap()
        .articles
        .iter()
        .map(|a| a.id)
        .collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "a copy has its own id");
    menu(&mut h, 2, "Xóa điều");
    menu(&mut h, 0, "Chèn dòng phía trên");
    assert_eq!(articles(&h)[0], "");
    menu(&mut h, 0, "Xóa điều");
    assert_eq!(articles(&h).len(), 4);
    // "+ Thêm điều", then clauses and points inside Điều 2.
    h.get_by_label("+ Thêm điều").click();
    h.run();
    assert_eq!(articles(&h).len(), 5);
    h.get_all_by_label("+ Thêm đoạn").nth(1).unwrap().click();
    h.run();
    let items = |h: &egui_kittest::Harness<'_, kehoach::ui::App>| {
        plan(h).decision.as_ref().unwrap().articles[1].items.clone()
    };
    assert_eq!(items(&h).len(), 1);
    assert_eq!(items(&h)[0].level, Level::Clause);
    type_into(&mut h, "Khoản (1, 2)", 0, "Sở Tài chính bố trí kinh phí.");
    // The item's menu follows the five article menus.
    menu(&mut h, 2, "Nhân bản");
    assert_eq!(items(&h).len(), 2);
    menu(&mut h, 3, "Thụt vào (cấp dưới)");
    assert_eq!(items(&h)[1].level, Level::Point);
    menu(&mut h, 3, "Lùi ra (cấp trên)");
    assert_eq!(items(&h)[1].level, Level::Clause);
    menu(&mut h, 3, "Chuyển lên");
    menu(&mut h, 2, "Chèn dòng phía trên");
    assert_eq!(items(&h).len(), 3);
    menu(&mut h, 2, "Xóa đoạn");
    menu(&mut h, 2, "Xóa đoạn");
    assert_eq!(items(&h).len(), 1);
    // Every step undoes: back to the three articles made from the plan.
    for _ in 0..40 {
        ctrl(&mut h, Key::Z);
        if plan(&h)
            .decision
            .as_ref()
            .is_some_and(|d| d.articles.len() == 3)
            && articles(&h) == first
        {
            break;
        }
    }
    assert_eq!(articles(&h), first);
}

#[test]
fn a_submission_is_added_its_drafts_mark_switched_and_its_signer_chosen() {
    let mut h = open_sample("Kế hoạch kinh tế số, xã hội số năm 2026");
    dossier_menu(&mut h, "Ban hành bằng quyết định");
    dossier_menu(&mut h, "Thêm tờ trình");
    assert_eq!(
        plan(&h).documents(),
        [DocKind::Submission, DocKind::Decision, DocKind::Plan]
    );
    h.get_by_label("Tờ trình");
    let s = plan(&h).submission.clone().unwrap();
    assert!(s.mark_drafts && s.body.iter().any(|i| i.text.0.contains("{nv:tổng}")));
    assert!(plan(&h).draft_mark(DocKind::Decision));
    h.get_by_label("In dấu DỰ THẢO trên quyết định và kế hoạch khi chưa có số")
        .click();
    h.run();
    assert!(!plan(&h).submission.as_ref().unwrap().mark_drafts);
    assert!(!plan(&h).draft_mark(DocKind::Decision));
    // A deputy director signs for the director.
    h.get_by_label("Hình thức ký").click();
    h.run();
    h.get_by_label("KT. (cấp phó ký thay)").click();
    h.run();
    let sig = &plan(&h).submission.as_ref().unwrap().signature;
    assert_eq!(sig.heading_lines(), ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]);
    // The decision cites the submission through its field.
    let d = plan(&h).decision.as_ref().unwrap();
    assert!(d.bases.last().unwrap().0.contains("{tt:số}"));
    dossier_menu(&mut h, "Bỏ tờ trình");
    assert!(plan(&h).submission.is_none());
    ctrl(&mut h, Key::Z);
    assert!(plan(&h).submission.is_some());
}

#[test]
fn the_document_being_viewed_exports_alone() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = open_sample("Kế hoạch kinh tế số, xã hội số năm 2026");
    dossier_menu(&mut h, "Ban hành bằng quyết định");
    let out = dir.path().join("qd.pdf");
    h.state_mut().export_to(
        out.clone(),
        kehoach::layout::Options::document(DocKind::Decision),
    );
    h.state_mut().wait_for_export();
    let pdf = lopdf::Document::load(&out).unwrap();
    let first = pdf.extract_text(&[1]).unwrap();
    assert!(first.contains("QUYẾT ĐỊNH"), "{first}");
    let all: String = (1..=pdf.get_pages().len() as u32)
        .map(|p| pdf.extract_text(&[p]).unwrap_or_default())
        .collect();
    assert!(!all.contains("KẾ HOẠCH\n"), "the decision alone");
}

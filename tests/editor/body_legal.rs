//! The "Căn cứ" and "Nội dung" views driven as a user drives them
//! (egui_kittest, no display): legal bases and preamble lines, the body tree
//! with its computed labels, structural edits, typing and undo.

use crate::common::editor::{ctrl, harness, plan, type_into};
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kehoach::model::{Block, Plan};
use kehoach::ui::App;
use kehoach::ui::app::View;

/// Leaves the field so the next typing is a new undo step.
fn leave(h: &mut Harness<'_, App>) {
    h.key_press(Key::Escape);
    h.run();
}

fn click(h: &mut Harness<'_, App>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

fn click_nth(h: &mut Harness<'_, App>, label: &str, nth: usize) {
    h.get_all_by_label(label)
        .nth(nth)
        .unwrap_or_else(|| panic!("'{label}' #{nth}"))
        .click();
    h.run();
}

fn new_plan() -> Harness<'static, App> {
    let mut h = harness(App::default());
    h.run();
    click(&mut h, "Tạo kế hoạch mới");
    h
}

fn items(p: &Plan) -> Vec<String> {
    p.legal_bases[0]
        .items
        .iter()
        .map(|r| r.as_str().to_string())
        .collect()
}

#[test]
fn legal_bases_add_type_reorder_and_undo() {
    let mut h = new_plan();
    click(&mut h, "Căn cứ");
    assert_eq!(h.state().view, View::Legal);

    click(&mut h, "+ Thêm căn cứ");
    type_into(
        &mut h,
        "Dòng căn cứ",
        0,
        "Luật Tổ chức chính quyền địa phương;",
    );
    assert_eq!(
        plan(&h).preamble[0].as_str(),
        "Căn cứ Luật Tổ chức chính quyền địa phương;"
    );
    leave(&mut h);

    click(&mut h, "+ Thêm nhóm văn bản");
    assert_eq!(plan(&h).legal_bases.len(), 1);
    assert_eq!(plan(&h).legal_bases[0].title.as_str(), "VĂN BẢN TRUNG ƯƠNG");
    click(&mut h, "+ Thêm văn bản");
    click(&mut h, "+ Thêm văn bản");
    assert_eq!(plan(&h).legal_bases[0].items.len(), 2);
    assert!(h.query_by_label("1.").is_some() && h.query_by_label("2.").is_some());
    type_into(&mut h, "Văn bản căn cứ", 0, "Nghị quyết số 52-NQ/TW");
    leave(&mut h);
    type_into(&mut h, "Văn bản căn cứ", 1, "Quyết định số 749/QĐ-TTg");
    leave(&mut h);
    assert_eq!(
        items(plan(&h)),
        ["Nghị quyết số 52-NQ/TW", "Quyết định số 749/QĐ-TTg"]
    );

    // Move the second item up: the first "▲" belongs to the preamble line and
    // the group title, so take the item's own button (the last enabled one).
    let ups = h.get_all_by_label("▲").count();
    click_nth(&mut h, "▲", ups - 1);
    assert_eq!(
        items(plan(&h)),
        ["Quyết định số 749/QĐ-TTg", "Nghị quyết số 52-NQ/TW"]
    );
    ctrl(&mut h, Key::Z);
    assert_eq!(
        items(plan(&h)),
        ["Nghị quyết số 52-NQ/TW", "Quyết định số 749/QĐ-TTg"]
    );
    // The typing of the second item is one step.
    ctrl(&mut h, Key::Z);
    assert_eq!(items(plan(&h)), ["Nghị quyết số 52-NQ/TW", ""]);

    // A second group, then delete it and undo.
    click(&mut h, "+ Thêm nhóm văn bản");
    assert_eq!(plan(&h).legal_bases.len(), 2);
    let xs = h.get_all_by_label("×").count();
    click_nth(&mut h, "×", xs - 1);
    assert_eq!(plan(&h).legal_bases.len(), 1);
    ctrl(&mut h, Key::Z);
    assert_eq!(plan(&h).legal_bases.len(), 2);
}

fn part(p: &Plan) -> &kehoach::model::Part {
    match &p.body[0] {
        Block::Part(p) => p,
        other => panic!("a part, not {other:?}"),
    }
}

#[test]
fn body_tree_structure_labels_indent_and_undo() {
    let mut h = new_plan();
    click(&mut h, "Nội dung");
    assert_eq!(h.state().view, View::Body);

    click(&mut h, "+ Phần");
    type_into(&mut h, "Tiêu đề phần", 0, "Đánh giá kết quả");
    leave(&mut h);
    click(&mut h, "+ Mục con");
    type_into(&mut h, "Tiêu đề mục", 0, "Mục một");
    leave(&mut h);
    click(&mut h, "+ Đoạn văn");
    type_into(&mut h, "Đoạn văn", 0, "Năm {năm-1} đạt nhiều kết quả.");
    leave(&mut h);
    click(&mut h, "+ Gạch đầu dòng");
    type_into(&mut h, "Gạch đầu dòng (-)", 0, "Hạ tầng số");
    leave(&mut h);
    // Back to the part, a second section with a subsection.
    click(&mut h, "Phần I — Đánh giá kết quả");
    click(&mut h, "+ Mục con");
    type_into(&mut h, "Tiêu đề mục", 0, "Mục hai");
    leave(&mut h);
    click(&mut h, "+ Mục con");
    type_into(&mut h, "Tiêu đề mục", 0, "Mục ba");
    leave(&mut h);

    let p = part(plan(&h));
    assert_eq!(p.blocks.len(), 2);
    match &p.blocks[0] {
        Block::Section(s) => {
            assert_eq!(s.title.as_str(), "Mục một");
            assert_eq!(
                s.blocks,
                vec![
                    Block::Paragraph("Năm {năm-1} đạt nhiều kết quả.".into()),
                    Block::Bullet("Hạ tầng số".into()),
                ]
            );
        }
        other => panic!("{other:?}"),
    }
    // The computed labels, as the PDF numbers them.
    for l in [
        "Phần I — Đánh giá kết quả",
        "I. Mục một",
        "II. Mục hai",
        "1. Mục ba",
    ] {
        assert!(h.query_by_label(l).is_some(), "tree shows '{l}'");
    }

    // Indent "Mục hai" (select it first): it becomes "1." under "Mục một".
    click(&mut h, "II. Mục hai");
    click(&mut h, "Thụt vào →");
    assert!(h.query_by_label("1. Mục hai").is_some());
    assert!(h.query_by_label("1.1. Mục ba").is_some());
    assert!(h.query_by_label("II. Mục hai").is_none());
    assert_eq!(part(plan(&h)).blocks.len(), 1);
    ctrl(&mut h, Key::Z);
    assert!(h.query_by_label("II. Mục hai").is_some());
    assert_eq!(part(plan(&h)).blocks.len(), 2);

    // Outdent "Mục ba": it follows its parent as "III.".
    click(&mut h, "1. Mục ba");
    click(&mut h, "← Thụt ra");
    assert!(h.query_by_label("III. Mục ba").is_some());
    ctrl(&mut h, Key::Z);
    assert!(h.query_by_label("1. Mục ba").is_some());

    // Change a bullet into a paragraph, delete a section, undo both.
    click(&mut h, "I. Mục một");
    click_nth(&mut h, "Loại đoạn", 1);
    click(&mut h, "Gạch đầu dòng cấp 2 (+)");
    let first = |h: &Harness<'_, App>| match &part(plan(h)).blocks[0] {
        Block::Section(s) => s.blocks.clone(),
        _ => Vec::new(),
    };
    assert_eq!(first(&h)[1], Block::SubBullet("Hạ tầng số".into()));
    click(&mut h, "Xóa mục");
    assert_eq!(part(plan(&h)).blocks.len(), 1);
    ctrl(&mut h, Key::Z);
    ctrl(&mut h, Key::Z);
    assert_eq!(part(plan(&h)).blocks.len(), 2);
    assert_eq!(first(&h)[1], Block::Bullet("Hạ tầng số".into()));
}

#[test]
fn sample_body_shows_its_outline_and_typing_is_undoable() {
    let mut app = App::default();
    app.doc = Some(kehoach::ui::doc::Doc::new(
        kehoach::io::load_str(
            kehoach::ui::app::SAMPLES[0].1,
            std::path::Path::new("cds.ron"),
        )
        .unwrap(),
        None,
    ));
    app.view = View::Body;
    let mut h = harness(app);
    h.run();
    // The top level lists the parts on the right too, so several nodes match.
    let shown = |h: &Harness<'_, App>, l: &str| h.query_all_by_label_contains(l).next().is_some();
    assert!(shown(&h, "Phần I — ĐÁNH GIÁ"));
    assert!(shown(&h, "Phần II — "));
    assert!(shown(&h, "1.1. "), "a decimal section label");

    // Open the first section ("I. TÌNH HÌNH THỰC HIỆN MỤC TIÊU ...") and type in its paragraph.
    click(&mut h, "I. TÌNH HÌNH THỰC HIỆN MỤC TIÊU NĂM {năm-1}");
    let para = |p: &Plan| match &p.body[0] {
        Block::Part(part) => match &part.blocks[0] {
            Block::Section(s) => match &s.blocks[0] {
                Block::Paragraph(r) => r.as_str().to_string(),
                _ => String::new(),
            },
            _ => String::new(),
        },
        _ => String::new(),
    };
    let before = para(plan(&h));
    // Typed where the click put the cursor.
    type_into(&mut h, "Đoạn văn", 0, " Thêm câu.");
    let after = para(plan(&h));
    assert_ne!(after, before);
    assert_eq!(after.replacen(" Thêm câu.", "", 1), before);
    ctrl(&mut h, Key::Z);
    assert_eq!(para(plan(&h)), before);
}

/// "khoản 1 mục IV" typed by hand: Nội dung offers to make it a reference,
/// which prints the same words and follows when a section is inserted
/// before mục IV. One undo step takes it back.
#[test]
fn section_numbers_written_by_hand_become_references_that_follow() {
    let mut p =
        kehoach::io::load_path(&crate::common::sample("ke-hoach-kts-xhs-2026.ron")).unwrap();
    // The sample as the seed had it: the numbers written out.
    let refs = kehoach::model::section_ref::all(&p);
    for text in &mut p.recipients {
        for (id, reference, _) in &refs {
            *text = text.replace(&format!("{{mục:{}}}", id.0), reference);
        }
    }
    let written = p.recipients.clone();
    assert!(written.iter().any(|r| r == "Như mục VII"), "{written:?}");
    let mut app = App::default();
    app.doc = Some(kehoach::ui::doc::Doc::new(p, None));
    app.view = View::Body;
    let mut h = harness(app);
    h.run();
    h.get_by_label(kehoach::ui::views::body::LINK_LABEL).click();
    h.run();
    let linked = plan(&h).recipients.clone();
    assert_ne!(linked, written);
    let printed: Vec<String> = linked
        .iter()
        .map(|r| kehoach::model::fields::plain(plan(&h), &kehoach::model::Rich::new(r.as_str())))
        .collect();
    assert_eq!(printed, written, "the same words print");
    // A new mục before the others: the reference now says "mục VIII".
    let mut moved = plan(&h).clone();
    moved.body.insert(
        0,
        Block::Section(kehoach::model::Section {
            id: kehoach::model::Id(9999),
            numbering: kehoach::model::Numbering::Roman,
            title: "Mục mới".into(),
            ..Default::default()
        }),
    );
    let at = linked
        .iter()
        .position(|r| r.starts_with("Như {mục:"))
        .unwrap();
    let now =
        kehoach::model::fields::plain(&moved, &kehoach::model::Rich::new(linked[at].as_str()));
    assert_eq!(now, "Như mục VIII");
    ctrl(&mut h, Key::Z);
    assert_eq!(plan(&h).recipients, written);
}

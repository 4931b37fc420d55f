//! Writing without markup: in a rich-text field, Ctrl+B and Ctrl+I put bold
//! and italic on the selection (and take them off again), and what the file
//! holds is the plan's own markup; a computed field shows its value on hover.

use crate::common::editor::{ctrl, field, open_sample, plan, sample_saved_as};
use egui::Key;
use egui_kittest::kittest::Queryable;
use kehoach::ui::App;

const SAMPLE: &str = "Kế hoạch chuyển đổi số năm 2024";

/// The title's field in Thông tin chung.
const TITLE: &str = "Trích yếu (dùng {năm} cho năm kế hoạch)";

#[test]
fn ctrl_b_on_a_selection_is_bold_in_the_saved_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("ke-hoach.ron");
    let mut h = sample_saved_as(&path);
    let before = plan(&h).meta.title.0.clone();

    // The title field: select everything, Ctrl+B.
    field(&h, TITLE, 0).click();
    h.run();
    ctrl(&mut h, Key::A);
    ctrl(&mut h, Key::B);
    assert_eq!(plan(&h).meta.title.0, format!("**{before}**"));
    // Ctrl+I on the same selection: bold and italic.
    ctrl(&mut h, Key::I);
    assert_eq!(plan(&h).meta.title.0, format!("***{before}***"));
    // Ctrl+I again takes the italic off.
    ctrl(&mut h, Key::I);
    assert_eq!(plan(&h).meta.title.0, format!("**{before}**"));

    ctrl(&mut h, Key::S);
    let saved = kehoach::io::load_path(&path).expect("the saved file loads");
    assert_eq!(saved.meta.title.0, format!("**{before}**"));
    let tokens = saved.meta.title.parse();
    assert!(
        tokens.iter().all(|t| matches!(
            t,
            kehoach::model::rich::Token::Text(_, s) | kehoach::model::rich::Token::Field(_, s) if s.bold
        )),
        "{tokens:?}"
    );
    // One undo step each.
    ctrl(&mut h, Key::Z);
    ctrl(&mut h, Key::Z);
    ctrl(&mut h, Key::Z);
    assert_eq!(plan(&h).meta.title.0, before);
}

#[test]
fn a_field_shows_its_value_on_hover() {
    let mut h = open_sample(SAMPLE);
    // "Chuyển đổi số tỉnh Đồng Tháp năm {năm}": hover the field's name.
    let title = plan(&h).meta.title.0.clone();
    assert!(title.ends_with("{năm}"), "{title}");
    let rect = field(&h, TITLE, 0).rect();
    // Move along the first line until the hover text names the field's value.
    let mut found = false;
    for dx in (20..400).step_by(6) {
        h.hover_at(rect.left_top() + egui::vec2(dx as f32, 10.0));
        h.run();
        if h.query_by_label_contains("{năm} = 2024").is_some() {
            found = true;
            break;
        }
    }
    assert!(found, "hovering {{năm}} shows its value");
}

/// The field's menu (right click) inserts a computed field at the cursor,
/// listed with its value now, and a footnote whose text is then typed.
#[test]
fn a_field_and_a_footnote_are_inserted_from_the_menu() {
    let mut h = open_sample(SAMPLE);
    let before = plan(&h).meta.title.0.clone();
    // A right click after the text's end: the cursor stays at the end.
    right_click_end(&mut h);
    h.get_by_label("Chèn trường tính sẵn").click();
    h.run();
    // Each field is offered with what it prints in this plan.
    h.get_by_label("Năm trước (năm đánh giá): 2023").click();
    h.run();
    assert_eq!(plan(&h).meta.title.0, format!("{before}{{năm-1}}"));

    right_click_end(&mut h);
    h.get_by_label_contains("Chèn chú thích cuối trang").click();
    h.run();
    // The cursor is inside the new footnote: typing writes its text.
    h.event(egui::Event::Text("Theo số liệu của Sở".into()));
    h.run();
    assert_eq!(
        plan(&h).meta.title.0,
        format!("{before}{{năm-1}}^[Theo số liệu của Sở]")
    );
    // Ctrl+Alt+F does the same from the keyboard, after the first note.
    ctrl(&mut h, Key::End);
    h.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::ALT, Key::F);
    h.run();
    let title = plan(&h).meta.title.0.clone();
    assert!(title.ends_with("Sở]^[]"), "{title}");
}

/// Right-clicks the title's field on its first line, past the text's end.
fn right_click_end(h: &mut egui_kittest::Harness<'_, App>) {
    let rect = field(h, TITLE, 0).rect();
    let pos = egui::pos2(rect.right() - 6.0, rect.top() + 10.0);
    h.event(egui::Event::PointerMoved(pos));
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Secondary,
            pressed,
            modifiers: Default::default(),
        });
    }
    h.run();
}

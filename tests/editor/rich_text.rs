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

/// The toolbar's Đậm and Nghiêng and the Định dạng menu act on the field
/// the officer was last in, once a click on them has taken its focus; they
/// are offered only while there is such a field.
#[test]
fn the_toolbar_and_the_format_menu_style_the_selection() {
    let mut h = open_sample(SAMPLE);
    let before = plan(&h).meta.title.0.clone();
    assert!(
        h.query_by_label("Đậm").is_none(),
        "no formatting before a text field is chosen"
    );
    field(&h, TITLE, 0).click();
    h.run();
    ctrl(&mut h, Key::A);
    h.get_by_label("Đậm").click();
    h.run();
    assert_eq!(plan(&h).meta.title.0, format!("**{before}**"));
    // The selection is kept: Định dạng → In nghiêng on the same words.
    h.get_by_label("Định dạng").click();
    h.run();
    h.get_by_label_contains("In nghiêng").click();
    h.run();
    assert_eq!(plan(&h).meta.title.0, format!("***{before}***"));
    h.get_by_label("Nghiêng").click();
    h.run();
    assert_eq!(plan(&h).meta.title.0, format!("**{before}**"));

    // Định dạng → Chèn trường tính sẵn, at the cursor (the end).
    ctrl(&mut h, Key::End);
    h.get_by_label("Định dạng").click();
    h.run();
    h.get_by_label("Chèn trường tính sẵn").click();
    h.run();
    h.get_by_label("Năm kế hoạch: 2024").click();
    h.run();
    assert_eq!(plan(&h).meta.title.0, format!("**{before}**{{năm}}"));

    // Another view: its fields are not drawn, so nothing is styled there.
    h.get_by_label_contains("Căn cứ").click();
    h.run();
    assert!(h.query_by_label("Đậm").is_none());
}

/// A footnote's text is written in a box of its own under the field: the
/// officer never sees `^[` and `]` to type them, and a `]` typed in the box
/// does not end the note.
#[test]
fn a_footnote_is_written_in_its_own_box() {
    let mut h = open_sample(SAMPLE);
    let before = plan(&h).meta.title.0.clone();
    field(&h, TITLE, 0).click();
    h.run();
    ctrl(&mut h, Key::End);
    h.get_by_label("Chú thích").click();
    h.run();
    assert_eq!(plan(&h).meta.title.0, format!("{before}^[]"));
    // The cursor is in the note: the box shows it, and typing in the field fills both.
    h.event(egui::Event::Text("Theo số liệu".into()));
    h.run();
    let note = |h: &egui_kittest::Harness<'_, App>| {
        field(h, kehoach::ui::note_box::LABEL, 0)
            .value()
            .unwrap_or_default()
    };
    assert_eq!(note(&h), "Theo số liệu");
    // Typed in the box, the text goes into the note, a `]` included.
    field(&h, kehoach::ui::note_box::LABEL, 0).click();
    h.run();
    ctrl(&mut h, Key::End);
    h.event(egui::Event::Text(" của Sở [2]] năm 2023".into()));
    h.run();
    assert_eq!(
        plan(&h).meta.title.0,
        format!("{before}^[Theo số liệu của Sở [2]\\] năm 2023]")
    );
    let printed = kehoach::model::rich::parse(&plan(&h).meta.title.0);
    assert!(
        matches!(
            printed.last(),
            Some(kehoach::model::rich::Token::Footnote(_))
        ),
        "{printed:?}"
    );
    // Esc goes back to the paragraph; outside the note the box is gone.
    h.key_press(Key::Escape);
    h.run();
    ctrl(&mut h, Key::Home);
    assert!(
        h.query_by_label(kehoach::ui::note_box::LABEL).is_none(),
        "the box closes when the cursor leaves the note"
    );
}

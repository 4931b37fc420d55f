//! Vietnamese typed as officers type it, replayed as the events their input
//! methods send: Unikey and EVKey on Windows send a Backspace and then the
//! composed letter (or several Backspaces and letters); IBus and Fcitx on
//! Linux send preedit text while a syllable is built, then commit it. The
//! text stored in the plan is the composed text, in a table cell and in a
//! paragraph.

use crate::common::editor::{field, harness, plan};
use egui::{Event, ImeEvent, Key};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kehoach::model::{Block, Plan, Target, TargetGroup};
use kehoach::ui::App;
use kehoach::ui::app::View;

/// A plan with one empty target and one empty paragraph, in `view`.
fn editor(view: View) -> Harness<'static, App> {
    let mut p = Plan::new(2026);
    p.targets.push(TargetGroup {
        name: "NHÓM".into(),
        targets: vec![Target::default()],
        ..Default::default()
    });
    p.body.push(Block::Paragraph("".into()));
    p.assign_ids();
    let mut app = App::default();
    app.doc = Some(kehoach::ui::doc::Doc::new(p, None));
    app.view = view;
    let mut h = harness(app);
    h.run();
    h
}

fn text(h: &Harness<'_, App>, s: &str) {
    h.event(Event::Text(s.to_string()));
}

/// Unikey's telex as it reaches the window: each key's letter, and where a
/// key changes the syllable, a Backspace per replaced letter, then the new
/// letters. Typing "dd" gives "đ", "aaj" gives "ậ", "ats" (in "đạt") ...
fn unikey(h: &mut Harness<'_, App>, steps: &[(usize, &str)]) {
    unikey_frames(h, steps, false);
}

/// The same, with the Backspaces and the letters arriving in separate frames
/// (as a slow machine or EVKey's "send by clipboard" delivers them).
fn unikey_frames(h: &mut Harness<'_, App>, steps: &[(usize, &str)], split: bool) {
    for (backspaces, letters) in steps {
        for _ in 0..*backspaces {
            h.key_press(Key::Backspace);
        }
        if split && *backspaces > 0 {
            h.run();
        }
        text(h, letters);
        h.run();
    }
}

/// IBus/Fcitx: the syllable shown as preedit while it is built, then committed.
fn ibus(h: &mut Harness<'_, App>, syllables: &[(&[&str], &str)]) {
    for (preedits, commit) in syllables {
        for p in *preedits {
            h.event(Event::Ime(ImeEvent::Preedit {
                text: p.to_string(),
                active_range_chars: None,
            }));
            h.run();
        }
        h.event(Event::Ime(ImeEvent::Commit(commit.to_string())));
        h.run();
    }
}

/// "Nghị quyết" typed in telex with Unikey: N g h i j (ị replaces i) space
/// q u y e e (ê replaces e) t s (ế replaces ê, keeping t after it).
const NGHI_QUYET: &[(usize, &str)] = &[
    (0, "N"),
    (0, "g"),
    (0, "h"),
    (0, "i"),
    (1, "ị"),
    (0, " "),
    (0, "q"),
    (0, "u"),
    (0, "y"),
    (0, "e"),
    (1, "ê"),
    (0, "t"),
    (2, "ết"),
];

/// "đạt và vượt": d d (đ replaces d) a t j (ạt replaces at), space, v a f
/// (à replaces a), space, v u o w (ươ replaces uo) t j (ượt replaces ươt).
const DAT_VA_VUOT: &[(usize, &str)] = &[
    (0, "d"),
    (1, "đ"),
    (0, "a"),
    (0, "t"),
    (2, "ạt"),
    (0, " "),
    (0, "v"),
    (0, "a"),
    (1, "à"),
    (0, " "),
    (0, "v"),
    (0, "u"),
    (0, "o"),
    (2, "ươ"),
    (0, "t"),
    (3, "ượt"),
];

/// "Nghị quyết" through IBus or Fcitx: each syllable's preedit as it grows,
/// then its commit.
const NGHI_QUYET_IBUS: &[(&[&str], &str)] = &[
    (&["N", "Ng", "Ngh", "Nghi", "Nghị"], "Nghị"),
    (&[" "], " "),
    (
        &["q", "qu", "quy", "quye", "quyê", "quyêt", "quyết"],
        "quyết",
    ),
];

fn target_name(h: &Harness<'_, App>) -> String {
    plan(h).targets[0].targets[0].name.as_str().to_string()
}

fn paragraph(h: &Harness<'_, App>) -> String {
    match &plan(h).body[0] {
        Block::Paragraph(r) => r.as_str().to_string(),
        other => panic!("a paragraph, not {other:?}"),
    }
}

fn focus_paragraph(h: &mut Harness<'_, App>) {
    // The body view lists the paragraph's editor once its block is chosen.
    h.get_all_by_label_contains("Đoạn văn")
        .next()
        .expect("the paragraph in the body tree")
        .click();
    h.run();
    let f = h
        .get_all_by(|n| {
            matches!(
                n.role(),
                egui::accesskit::Role::MultilineTextInput | egui::accesskit::Role::TextInput
            ) && n.label().is_some_and(|l| l.contains("Đoạn văn"))
        })
        .next()
        .expect("the paragraph's text field");
    f.click();
    h.run();
}

#[test]
fn unikey_in_a_table_cell() {
    let mut h = editor(View::Targets);
    field(&h, "Tên chỉ tiêu", 0).click();
    h.run();
    unikey(&mut h, NGHI_QUYET);
    assert_eq!(target_name(&h), "Nghị quyết");
    text(&h, ": ");
    h.run();
    unikey_frames(&mut h, DAT_VA_VUOT, true);
    assert_eq!(target_name(&h), "Nghị quyết: đạt và vượt");
}

#[test]
fn ibus_in_a_table_cell() {
    let mut h = editor(View::Targets);
    field(&h, "Tên chỉ tiêu", 0).click();
    h.run();
    ibus(&mut h, NGHI_QUYET_IBUS);
    assert_eq!(target_name(&h), "Nghị quyết");
}

#[test]
fn unikey_and_ibus_in_a_paragraph() {
    let mut h = editor(View::Body);
    focus_paragraph(&mut h);
    unikey(&mut h, DAT_VA_VUOT);
    assert_eq!(paragraph(&h), "đạt và vượt");
    text(&h, " ");
    h.run();
    ibus(&mut h, NGHI_QUYET_IBUS);
    assert_eq!(paragraph(&h), "đạt và vượt Nghị quyết");
}

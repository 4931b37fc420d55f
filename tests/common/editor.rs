//! Driving the editor in tests: a headless harness (no display, no GPU) and
//! the few gestures every editor test uses.

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kehoach::model::Plan;
use kehoach::ui::App;

pub fn harness(mut app: App) -> Harness<'static, App> {
    // The editors' tests see the editors at full width; the preview's own
    // tests open it (`harness_with_preview`).
    app.settings.preview.open = false;
    build(app, false)
}

/// The editor as a new user first sees it: the page preview open beside.
pub fn harness_with_preview(app: App) -> Harness<'static, App> {
    build(app, false)
}

/// For text the UI font cannot draw either: boxes instead of the test's panic.
pub fn harness_tofu(mut app: App) -> Harness<'static, App> {
    app.settings.preview.open = false;
    build(app, true)
}

fn build(app: App, tofu: bool) -> Harness<'static, App> {
    let mut b = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(16);
    if tofu {
        b = b.allow_missing_glyphs();
    }
    b.with_context_setup(kehoach::ui::install_fonts)
        .build_ui_state(|ui, app: &mut App| app.show(ui), app)
}

pub fn plan<'h>(h: &'h Harness<'_, App>) -> &'h Plan {
    &h.state().doc.as_ref().expect("a plan is open").plan
}

pub fn ctrl(h: &mut Harness<'_, App>, key: Key) {
    h.key_press_modifiers(Modifiers::COMMAND, key);
    h.run();
}

/// The `nth` text field named `label` (column titles carry the same words).
pub fn field<'t>(h: &'t Harness<'_, App>, label: &'t str, nth: usize) -> egui_kittest::Node<'t> {
    h.get_all_by(move |n| {
        matches!(n.role(), Role::TextInput | Role::MultilineTextInput)
            && n.label().as_deref() == Some(label)
    })
    .nth(nth)
    .unwrap_or_else(|| panic!("field '{label}' #{nth}"))
}

/// Clicks a text field and types into it.
pub fn type_into(h: &mut Harness<'_, App>, label: &str, nth: usize, text: &str) {
    field(h, label, nth).click();
    h.run();
    field(h, label, nth).type_text(text);
    h.run();
}

/// An editor with one of the bundled samples open, as clicked on the start screen.
pub fn open_sample(name: &str) -> Harness<'static, App> {
    let mut h = harness(App::default());
    h.run();
    h.get_by_label(name).click();
    h.run();
    h
}

/// The 2024 sample as the start screen opens it, then saved as `path`.
pub fn sample_saved_as(path: &std::path::Path) -> Harness<'static, App> {
    let mut h = open_sample("Kế hoạch chuyển đổi số năm 2024");
    assert!(h.state_mut().save_as(path), "{:?}", h.state().dialog);
    h.run();
    h
}

/// Opens the `nth` row menu ("…") of the view and clicks `item` in it.
pub fn menu(h: &mut Harness<'_, App>, nth: usize, item: &str) {
    h.get_all_by_label("…")
        .nth(nth)
        .expect("a row menu")
        .click();
    h.run();
    h.get_by_label(item).click();
    h.run();
}

/// Tệp → Tạo kế hoạch năm sau…, then Tạo (next year, as offered).
pub fn roll_forward(h: &mut Harness<'_, App>) {
    h.get_by_label("Tệp").click();
    h.run();
    h.get_by_label("Tạo kế hoạch năm sau…").click();
    h.run();
    h.get_by_label("Tạo").click();
    h.run();
}

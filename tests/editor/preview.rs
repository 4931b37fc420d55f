//! The page preview as an officer uses it: it shows the sample's pages and
//! their count, follows typing, zooms, goes to a page, opens the editor of a
//! row clicked in a page, follows the row being edited, and is switched off
//! and on from the View menu and Ctrl+F2.

use crate::common::editor::{ctrl, harness_with_preview, plan, type_into};
use egui::{Event, Key, PointerButton, Pos2, pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kehoach::fonts::FontSet;
use kehoach::layout::{self, Options};
use kehoach::model::Period;
use kehoach::model::place::{Leaf, Place};
use kehoach::ui::App;
use kehoach::ui::app::View;
use std::time::{Duration, Instant};

const SAMPLE: &str = "Kế hoạch chuyển đổi số năm 2024";

/// Runs frames until `done` holds (the preview's thread works meanwhile).
fn until(h: &mut Harness<'_, App>, what: &str, done: impl Fn(&Harness<'_, App>) -> bool) {
    let start = Instant::now();
    while !done(h) {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "waited 30 s for {what}"
        );
        std::thread::sleep(Duration::from_millis(10));
        h.step();
    }
    h.run();
}

fn has_label(h: &Harness<'_, App>, label: &str) -> bool {
    h.query_all_by_label(label).next().is_some()
}

fn open() -> Harness<'static, App> {
    let mut h = harness_with_preview(App::default());
    h.run();
    h.get_by_label(SAMPLE).click();
    h.run();
    until(&mut h, "the first pages", |h| has_label(h, "Trang 1"));
    h
}

/// The pages the PDF would print of the open plan.
fn pages(h: &Harness<'_, App>) -> layout::Document {
    let fonts = FontSet::bundled().expect("bundled font");
    layout::document(plan(h), &fonts, &Options::default())
}

fn click_at(h: &mut Harness<'_, App>, pos: Pos2) {
    h.event(Event::PointerMoved(pos));
    for pressed in [true, false] {
        h.event(Event::PointerButton {
            pos,
            button: PointerButton::Primary,
            pressed,
            modifiers: Default::default(),
        });
    }
    h.run();
}

/// Goes to page `n` (from 1) with the page field of the preview's toolbar.
fn go_to_page(h: &mut Harness<'_, App>, n: usize) {
    h.get_by_label("Đến trang").click();
    h.run();
    ctrl(h, Key::A);
    h.get_by_label("Đến trang").type_text(&n.to_string());
    h.key_press(Key::Enter);
    h.run();
    let label = format!("Trang {n}");
    until(h, "the page", |h| has_label(h, &label));
}

#[test]
fn the_preview_shows_the_pages_and_their_count() {
    let h = open();
    let n = pages(&h).pages.len();
    assert!(n > 20, "{n} pages");
    assert!(has_label(&h, &format!("/ {n} trang")), "page count shown");
    // The first page's pixels arrive and are shown.
    let mut h = h;
    until(&mut h, "page 1's pixels", |h| {
        h.state().preview.is_current(0)
    });
    // An appendix printed landscape shows landscape.
    let landscape = pages(&h)
        .pages
        .iter()
        .position(|p| p.is_landscape())
        .expect("the 2024 sample has a landscape appendix");
    let portrait = h.get_by_label("Trang 1").rect();
    assert!(portrait.height() > portrait.width() * 1.3, "{portrait:?}");
    go_to_page(&mut h, landscape + 1);
    let rect = h.get_by_label(&format!("Trang {}", landscape + 1)).rect();
    assert!(rect.width() > rect.height() * 1.3, "{rect:?}");
}

#[test]
fn the_preview_follows_typing() {
    let mut h = open();
    type_into(&mut h, "Ký hiệu", 0, "-MỚI");
    until(&mut h, "a layout with the new title", |h| {
        h.state()
            .preview
            .document()
            .is_some_and(|d| d.pages[0].texts().any(|t| t.text.contains("-MỚI")))
    });
}

#[test]
fn clicking_a_row_in_a_page_opens_its_editor() {
    let mut h = open();
    let doc = pages(&h);
    // A target row of the appendix of targets.
    let (page, mark) = doc
        .pages
        .iter()
        .enumerate()
        .find_map(|(i, p)| {
            p.marks
                .iter()
                .find(|m| matches!(m.place, Place::Target(Period::Plan, 0, 1, _)))
                .map(|m| (i, m.clone()))
        })
        .expect("a target row printed");
    go_to_page(&mut h, page + 1);
    let rect = h.get_by_label(&format!("Trang {}", page + 1)).rect();
    let scale = rect.width() / doc.pages[page].width;
    let at = pos2(
        rect.min.x + (mark.x + mark.width / 2.0) * scale,
        rect.min.y + (mark.y + mark.height / 2.0) * scale,
    );
    click_at(&mut h, at);
    assert_eq!(h.state().view, View::Targets);
    let focus = h.state().doc.as_ref().and_then(|d| d.focus().cloned());
    assert_eq!(
        focus.map(|f| f.with(Leaf::Whole)),
        Some(Place::Target(Period::Plan, 0, 1, Leaf::Whole))
    );
    let name = plan(&h).targets[0].targets[1].name.0.clone();
    assert!(
        h.query_all_by_value(&name).next().is_some(),
        "the row's editor shows '{name}'"
    );
}

#[test]
fn the_preview_follows_the_row_being_edited() {
    let mut h = open();
    h.get_by_label("Chỉ tiêu").click();
    h.run();
    type_into(&mut h, "Tên chỉ tiêu", 3, "");
    let doc = pages(&h);
    let focus = h.state().doc.as_ref().and_then(|d| d.focus().cloned());
    let focus = focus.expect("the row being edited is known");
    let page = doc
        .pages
        .iter()
        .position(|p| p.marks.iter().any(|m| focus.contains(&m.place)))
        .expect("the row prints");
    until(&mut h, "the page of the row", |h| {
        has_label(h, &format!("Trang {}", page + 1))
    });
}

#[test]
fn zoom_and_the_view_menu() {
    let mut h = open();
    h.get_by_label("+").click();
    h.run();
    let zoom = h.state().settings.preview.zoom;
    assert!(
        matches!(zoom, kehoach::ui::preview::Zoom::Percent(p) if p > 0),
        "{zoom:?}"
    );
    h.get_by_label("Xem").click();
    h.run();
    h.get_by_label("Vừa trang").click();
    h.run();
    assert_eq!(
        h.state().settings.preview.zoom,
        kehoach::ui::preview::Zoom::FitPage
    );
    // Ctrl+F2 hides it, the View menu shows it again.
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::F2);
    h.run();
    assert!(!h.state().settings.preview.open);
    assert!(!has_label(&h, "Trang 1"));
    h.get_by_label("Xem").click();
    h.run();
    // The entry shows it is off; its name carries the shortcut.
    h.get_by_label_contains("Xem trước trang in").click();
    h.run();
    assert!(h.state().settings.preview.open);
    until(&mut h, "the pages again", |h| has_label(h, "Trang 1"));
}

/// Opening the closing's view brings the signature's page into view.
#[test]
fn the_preview_follows_the_view_opened() {
    let mut h = open();
    let doc = pages(&h);
    let page = doc
        .pages
        .iter()
        .position(|p| p.marks.iter().any(|m| m.place == Place::Signature("name")))
        .expect("the signature prints");
    h.get_by_label("Nơi nhận và chữ ký").click();
    h.run();
    until(&mut h, "the signature's page", |h| {
        has_label(h, &format!("Trang {}", page + 1))
    });
}

/// Beside the preview a table of targets has less room than its columns:
/// it scrolls sideways, so the row menu in its last column is reached and
/// works, never hidden under the preview.
#[test]
fn beside_the_preview_a_wide_table_scrolls_to_its_row_menu() {
    let mut h = open();
    h.get_by_label("Chỉ tiêu").click();
    h.run();
    let preview_left = h.get_by_label("Thu phóng").rect().left();
    let menu_right = |h: &Harness<'_, App>| {
        h.get_all_by_label("…")
            .next()
            .expect("a row menu")
            .rect()
            .right()
    };
    assert!(
        menu_right(&h) > preview_left,
        "the table is wider than the room beside the preview"
    );
    // Sideways wheel (Shift+wheel on most mice) over the table.
    let at = crate::common::editor::field(&h, "Tên chỉ tiêu", 2)
        .rect()
        .center();
    h.hover_at(at);
    for _ in 0..10 {
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(-200.0, 0.0),
            modifiers: egui::Modifiers::NONE,
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
        });
        h.step();
    }
    h.run();
    assert!(
        menu_right(&h) < preview_left,
        "the row menu scrolled into view: {} < {preview_left}",
        menu_right(&h)
    );
    let before = plan(&h).targets[0].targets.len();
    h.get_all_by_label("…")
        .nth(1)
        .expect("a target's menu")
        .click();
    h.run();
    h.get_by_label_contains("Nhân bản").click();
    h.run();
    assert_eq!(plan(&h).targets[0].targets.len(), before + 1);
}

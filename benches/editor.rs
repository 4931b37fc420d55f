//! One editor frame, headless (egui_kittest, no GPU), on a generated plan with
//! 5.000 targets: while scrolling the targets table and while typing in a
//! cell. Target: under 8 ms a frame in release. Results in BENCHMARKS.md.
//!
//! `cargo bench --bench editor`

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kehoach::generate::{Size, plan};
use kehoach::ui::App;
use kehoach::ui::app::View;
use kehoach::ui::doc::Doc;
use std::time::{Duration, Instant};

fn harness() -> Harness<'static, App> {
    let mut app = App::default();
    let p = plan(Size::LARGE, 2026, 1);
    app.doc = Some(Doc::new(p, None));
    app.view = View::Targets;
    Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_context_setup(kehoach::ui::install_fonts)
        .build_ui_state(|ui, app: &mut App| app.show(ui), app)
}

fn report(label: &str, mut times: Vec<Duration>) {
    times.sort();
    let n = times.len();
    let mean = times.iter().sum::<Duration>() / n as u32;
    println!(
        "{label}: {n} frames, mean {:.2} ms, median {:.2} ms, 95th percentile {:.2} ms, max {:.2} ms",
        mean.as_secs_f64() * 1e3,
        times[n / 2].as_secs_f64() * 1e3,
        times[n * 95 / 100].as_secs_f64() * 1e3,
        times[n - 1].as_secs_f64() * 1e3
    );
}

fn main() {
    let mut h = harness();
    h.run_steps(5);

    // Scrolling the table: a wheel event every frame.
    let centre = h
        .get_all_by_label("Tên chỉ tiêu")
        .nth(5)
        .map(|n| n.rect().center())
        .unwrap_or(egui::pos2(600.0, 400.0));
    h.hover_at(centre);
    let mut times = Vec::new();
    for _ in 0..300 {
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -120.0),
            modifiers: egui::Modifiers::NONE,
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
        });
        let t = Instant::now();
        h.step();
        times.push(t.elapsed());
    }
    report("scrolling the 5.000-target table", times);

    // Typing in a name cell: one character a frame.
    if let Some(cell) = h.get_all_by_label("Tên chỉ tiêu").nth(3) {
        cell.click();
    }
    h.run_steps(3);
    let mut times = Vec::new();
    for i in 0..300 {
        let c = ["ạ", "b", "c", "đ", " "][i % 5];
        h.event(egui::Event::Text(c.to_string()));
        let t = Instant::now();
        h.step();
        times.push(t.elapsed());
    }
    report("typing in a cell of the 5.000-target table", times);
    let typed = h
        .state()
        .doc
        .as_ref()
        .map(|d| d.history.can_undo())
        .unwrap_or(false);
    assert!(typed, "the typing reached the plan");
}

//! The page preview while typing, headless (egui_kittest, no GPU): after a
//! pause in typing, how long until the preview shows new pixels, and how
//! long each UI frame takes meanwhile (the layout and the rendering run on
//! the preview's thread). Targets: new pixels within 150 ms of the pause on
//! the 2024 sample, and no frame over 16 ms, also on a 5.000-target plan.
//! Results in BENCHMARKS.md.
//!
//! `cargo bench --bench preview`

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kehoach::generate::{Size, plan};
use kehoach::model::Plan;
use kehoach::ui::App;
use kehoach::ui::app::View;
use kehoach::ui::doc::Doc;
use std::path::Path;
use std::time::{Duration, Instant};

fn harness(plan: Plan, view: View) -> Harness<'static, App> {
    let mut app = App::default();
    app.doc = Some(Doc::new(plan, None));
    app.view = view;
    app.settings.preview.open = true;
    Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_context_setup(kehoach::ui::install_fonts)
        .build_ui_state(|ui, app: &mut App| app.show(ui), app)
}

/// Steps frames until the first page in view shows the plan as it is;
/// returns the time taken and the longest frame.
fn until_current(h: &mut Harness<'_, App>, limit: Duration) -> (Duration, Duration) {
    let start = Instant::now();
    let mut longest = Duration::ZERO;
    loop {
        let before = (
            h.state().preview.document().map(|d| d.pages.len()),
            h.state().preview.last_render,
        );
        let t = Instant::now();
        h.step();
        let took = t.elapsed();
        if took > Duration::from_millis(16) && std::env::var_os("PREVIEW_BENCH_DEBUG").is_some() {
            let after = (
                h.state().preview.document().map(|d| d.pages.len()),
                h.state().preview.last_render,
            );
            eprintln!(
                "    slow frame {:.1} ms: layout or render arrived: {}",
                took.as_secs_f64() * 1e3,
                before != after
            );
        }
        longest = longest.max(took);
        let p = &h.state().preview;
        let open = h.state().settings.preview.open;
        // Closed, it runs the frames a preview would have needed (the
        // problems check after a pause in typing falls among them).
        let done = if open {
            p.first_in_view().is_some_and(|i| p.is_current(i))
        } else {
            start.elapsed() > Duration::from_millis(1200)
        };
        if done || start.elapsed() > limit {
            return (start.elapsed(), longest);
        }
        // Frames at the screen's pace: egui's clock (the preview's pause
        // after typing) and the wall clock go together.
        std::thread::sleep(Duration::from_millis(16).saturating_sub(t.elapsed()));
    }
}

/// Types `rounds` bursts of five characters (one a frame, 40 ms apart, as
/// a quick typist), then waits for the preview after each burst.
fn typing(h: &mut Harness<'_, App>, label: &str, nth: usize, rounds: usize) {
    if let Some(field) = h.get_all_by_label(label).nth(nth) {
        field.click();
    }
    h.run_steps(3);
    let (mut latencies, mut frames) = (Vec::new(), Vec::new());
    for r in 0..rounds {
        for i in 0..5 {
            let c = ["ạ", "b", "c", "đ", " "][(r + i) % 5];
            h.event(egui::Event::Text(c.to_string()));
            let t = Instant::now();
            h.step();
            frames.push(t.elapsed());
            std::thread::sleep(Duration::from_millis(40));
        }
        let (latency, longest) = until_current(h, Duration::from_secs(20));
        latencies.push(latency);
        frames.push(longest);
    }
    latencies.sort();
    let n = latencies.len();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "  new pixels after the pause: median {:.0} ms, worst {:.0} ms ({n} pauses); \
         longest UI frame {:.1} ms",
        ms(latencies[n / 2]),
        ms(latencies[n - 1]),
        ms(frames.iter().copied().max().unwrap_or_default())
    );
}

fn main() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/ke-hoach-cds-2024.ron");
    let sample = kehoach::io::load_path(&path).expect("the 2024 sample loads");
    println!("2024 sample, typing in the title (Thông tin chung):");
    let mut h = harness(sample, View::General);
    until_current(&mut h, Duration::from_secs(20));
    typing(&mut h, "Trích yếu (dùng {năm} cho năm kế hoạch)", 0, 10);

    let big = plan(Size::LARGE, 2026, 1);
    let t = Instant::now();
    let copy = big.clone();
    let cloned = t.elapsed();
    let t = Instant::now();
    drop(copy);
    println!(
        "5.000-target plan (a copy of it: {:.1} ms, dropping it {:.1} ms), typing in a target's name:",
        cloned.as_secs_f64() * 1e3,
        t.elapsed().as_secs_f64() * 1e3
    );
    let mut h = harness(big.clone(), View::Targets);
    until_current(&mut h, Duration::from_secs(60));
    typing(&mut h, "Tên chỉ tiêu", 3, 3);
    println!("the same with the preview closed (what the editor costs without it):");
    let mut h = harness(big, View::Targets);
    h.state_mut().settings.preview.open = false;
    h.run_steps(3);
    typing(&mut h, "Tên chỉ tiêu", 3, 3);
}

//! A small timing harness for the benches: warm up, then time samples of a
//! closure and print the fastest, median and mean. It replaces criterion,
//! whose dependencies (regex, serde_json, ciborium, a C build) cost every
//! `cargo test` and CI run a minute of compiling for figures these benches
//! only need to the millisecond.
//!
//! `cargo bench -p kehoach-core --bench NAME [-- FILTER]`: only benches whose
//! label contains FILTER run.

use std::time::{Duration, Instant};

/// Benches of one subject, printed under its name.
pub struct Group {
    name: &'static str,
    samples: usize,
    filter: Option<String>,
}

impl Group {
    pub fn new(name: &'static str) -> Self {
        // cargo passes `--bench`; anything else that is not a flag filters.
        let filter = std::env::args().skip(1).find(|a| !a.starts_with('-'));
        println!("{name}");
        Group {
            name,
            samples: 20,
            filter,
        }
    }

    /// How many timed samples each bench takes (each of at least one run).
    pub fn sample_size(&mut self, n: usize) {
        self.samples = n.max(1);
    }

    /// Times `f`: one untimed run, then `samples` samples, each as many runs
    /// as fill a millisecond (one run for anything slower).
    pub fn bench<T>(&self, label: &str, mut f: impl FnMut() -> T) {
        if self
            .filter
            .as_ref()
            .is_some_and(|x| !label.contains(x.as_str()))
        {
            return;
        }
        let first = Instant::now();
        std::hint::black_box(f());
        let once = first.elapsed().max(Duration::from_nanos(1));
        let runs = (Duration::from_millis(1).as_nanos() / once.as_nanos()).clamp(1, 100_000) as u32;
        let mut times: Vec<Duration> = (0..self.samples)
            .map(|_| {
                let t = Instant::now();
                for _ in 0..runs {
                    std::hint::black_box(f());
                }
                t.elapsed() / runs
            })
            .collect();
        times.sort();
        let n = times.len();
        let mean = times.iter().sum::<Duration>() / n as u32;
        println!(
            "  {}/{label}: median {}, fastest {}, mean {} ({n} samples)",
            self.name,
            ms(times[n / 2]),
            ms(times[0]),
            ms(mean)
        );
    }
}

fn ms(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1e3;
    if ms >= 100.0 {
        format!("{ms:.1} ms")
    } else if ms >= 1.0 {
        format!("{ms:.2} ms")
    } else {
        format!("{:.1} µs", ms * 1e3)
    }
}

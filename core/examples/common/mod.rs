//! What the timing examples share.

use std::time::{Duration, Instant};

/// The fastest of `n` runs of `f`: steadier than a mean on a shared or busy
/// machine.
pub fn fastest(n: usize, mut f: impl FnMut()) -> Duration {
    (0..n)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

//! Whatever loads also validates, lays out and writes as PDF without panic,
//! and keeps every item on its page.
#![no_main]

mod shared;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(plan) = kehoach_core::io::load::load_bytes(data, std::path::Path::new("fuzz.ron")) else { return };
    let _ = kehoach_core::validate::validate(&plan);
    shared::lay_out_and_write(&plan);
});

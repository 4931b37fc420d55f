//! Any bytes given as a plan file: a plan or a clear error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = kehoach_core::io::load::load_bytes(data, std::path::Path::new("fuzz.ron"));
});

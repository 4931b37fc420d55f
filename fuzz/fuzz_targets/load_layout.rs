//! Whatever loads also validates, lays out and writes as PDF without panic,
//! and keeps every item on its page.
#![no_main]

use kehoach::layout::{self, Item, Options};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static FONTS: OnceLock<Option<kehoach::fonts::FontSet>> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(plan) = kehoach::io::load::load_bytes(data, std::path::Path::new("fuzz.ron")) else { return };
    let _ = kehoach::validate::validate(&plan);
    let Some(fonts) = FONTS.get_or_init(|| kehoach::fonts::FontSet::bundled().ok()) else { return };
    let doc = layout::document(&plan, fonts, &Options::default());
    for page in &doc.pages {
        for item in &page.items {
            if let Item::Text(t) = item {
                assert!(t.x >= -0.01 && t.x + t.width <= page.width + 0.01, "text outside the page: {t:?}");
            }
        }
    }
    let _ = kehoach::pdf::write(&doc, fonts);
});

//! What every layout target checks: the plan lays out with every text on
//! its page, and writes as PDF, without panic.

use kehoach::layout::{self, Item, Options};
use kehoach::model::Plan;
use std::sync::OnceLock;

static FONTS: OnceLock<Option<kehoach::fonts::FontSet>> = OnceLock::new();

pub fn lay_out_and_write(plan: &Plan) {
    let Some(fonts) = FONTS.get_or_init(|| kehoach::fonts::FontSet::bundled().ok()) else { return };
    let doc = layout::document(plan, fonts, &Options::default());
    for page in &doc.pages {
        for item in &page.items {
            if let Item::Text(t) = item {
                assert!(t.x >= -0.01 && t.x + t.width <= page.width + 0.01, "text outside the page: {t:?}");
            }
        }
    }
    let _ = kehoach::pdf::write(&doc, fonts);
}

//! The desktop editor (eframe). It edits the plan only through undoable
//! commands (`history.rs`); layout and PDF come from the same modules as
//! the command line's export.

pub mod app;
pub mod background;
pub mod doc;
pub mod file_dialog;
pub mod files;
pub mod find;
pub mod history;
pub mod note_box;
pub mod preview;
pub mod recovery;
pub mod rich_edit;
pub mod views;
pub mod widgets;

pub use app::App;
use std::path::PathBuf;

const UI_FONT: &[u8] = include_bytes!("../../fonts/LiberationSans-Regular.ttf");
const UI_FONT_BOLD: &[u8] = include_bytes!("../../fonts/LiberationSans-Bold.ttf");

/// egui's own fonts lack most Vietnamese letters (ạ ấ ự ...): the bundled
/// Liberation Sans goes first for text; egui's fonts stay as fallback for symbols.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "liberation-sans".into(),
        std::sync::Arc::new(egui::FontData::from_static(UI_FONT)),
    );
    fonts.font_data.insert(
        "liberation-sans-bold".into(),
        std::sync::Arc::new(egui::FontData::from_static(UI_FONT_BOLD)),
    );
    if let Some(list) = fonts.families.get_mut(&egui::FontFamily::Proportional) {
        list.insert(0, "liberation-sans".into());
    }
    if let Some(list) = fonts.families.get_mut(&egui::FontFamily::Monospace) {
        list.push("liberation-sans".into());
    }
    fonts.families.insert(
        egui::FontFamily::Name("bold".into()),
        vec!["liberation-sans-bold".into(), "liberation-sans".into()],
    );
    ctx.set_fonts(fonts);
}

/// Opens the editor window (optionally with a file). Returns the exit code.
pub fn run(file: Option<PathBuf>) -> i32 {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("kehoach")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([800.0, 500.0]),
        ..Default::default()
    };
    let result = eframe::run_native(
        "kehoach",
        options,
        Box::new(move |cc| {
            install_fonts(&cc.egui_ctx);
            // Text the UI font cannot draw shows as boxes; never a crash.
            cc.egui_ctx
                .set_missing_glyph_policy(egui::MissingGlyphPolicy::Tofu);
            let mut app = App::from_storage(cc.storage);
            if let Some(path) = &file {
                app.open_path(path);
            }
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("Không mở được cửa sổ trình soạn thảo: {e}");
            eprintln!(
                "Các lệnh không cần màn hình vẫn dùng được: kehoach check, kehoach export (xem kehoach --help)."
            );
            2
        }
    }
}

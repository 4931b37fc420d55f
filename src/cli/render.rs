//! `kehoach render FILE.ron --page N [--dpi D] -o OUT.png`: one page of the
//! exported document as an image, drawn by the renderer the preview uses.

use super::output::{self, Output};
use crate::io;
use crate::layout::{self, Options};
use std::io::Write;
use std::path::PathBuf;

const PNG: Output = Output {
    kind: "ảnh PNG",
    verb: "vẽ",
    ext: "png",
};

/// Pixels per inch a page may be drawn at: below 10 nothing is legible,
/// above 600 an A4 page is over 35 million pixels and no print needs more.
pub const DPI: std::ops::RangeInclusive<f32> = 10.0..=600.0;

pub struct Args {
    pub file: PathBuf,
    /// 1-based, over the whole exported document (plan, then appendices).
    pub page: usize,
    pub dpi: f32,
    pub output: PathBuf,
    /// A folder with another font family's four TTF files.
    pub font_dir: Option<PathBuf>,
}

pub fn run(a: &Args, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    super::report(render(a), out, err)
}

fn render(a: &Args) -> Result<String, String> {
    if !DPI.contains(&a.dpi) {
        return Err(format!(
            "Độ phân giải {} dpi nằm ngoài khoảng cho phép ({} đến {} dpi). Hãy chọn một số trong khoảng đó, ví dụ 96 để xem trên màn hình hoặc 300 để in.",
            a.dpi,
            DPI.start(),
            DPI.end()
        ));
    }
    let plan = io::load_path(&a.file).map_err(|e| e.to_string())?;
    PNG.check(&a.file, &a.output)?;
    let fonts = output::fonts(a.font_dir.as_ref())?;
    // The document `kehoach export` writes without appendix options, so
    // page N here is page N of that PDF. A plan with errors is drawn as it
    // would print with --force: a preview shows what is there.
    let doc = layout::document(&plan, &fonts, &Options::default());
    let count = doc.pages.len();
    let page = a
        .page
        .checked_sub(1)
        .and_then(|i| doc.pages.get(i))
        .ok_or_else(|| {
            format!(
                "Không có trang {}: tài liệu của kế hoạch (kể cả phụ lục) có {count} trang. Hãy chọn một trang từ 1 đến {count}.",
                a.page
            )
        })?;
    let (width, height) = crate::render::size(page, a.dpi).map_err(|e| e.to_string())?;
    let bytes = crate::render::png(page, &fonts, a.dpi).map_err(|e| e.to_string())?;
    PNG.write(&a.output, &bytes)?;
    Ok(format!(
        "Đã vẽ trang {}/{count} ({width} x {height} điểm ảnh, {} dpi) vào {}\n",
        a.page,
        a.dpi,
        a.output.display()
    ))
}

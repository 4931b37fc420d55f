//! Pages -> pixels: one layout page drawn where the PDF puts things, on the
//! CPU, in pure Rust.
//!
//! The PDF writer and this renderer read the same [`Page`]: glyph outlines
//! come from the same font bytes the PDF embeds (skrifa), each glyph sits at
//! the advance layout measured, justification adds its extra space after
//! each space as the writer's kerns do, and rules are their strokes'
//! rectangles. The editor's preview and `kehoach render` both use it, so a
//! page on screen is the page that prints. vello_cpu rasterises; egui
//! already builds it, so the renderer costs the workspace no new crate.

mod draw;
mod encode;
mod glyphs;

use crate::fonts::FontSet;
use crate::layout::page::Page;
use crate::units::Face;
use glyphs::{Faces, Outlines};
use vello_cpu::{CompositeMode, PixmapMut, RasterizerSettings, RenderContext, Resources};

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error(
        "Không vẽ được trang: độ phân giải {dpi} dpi không hợp lệ. Hãy dùng một số dương, ví dụ 96."
    )]
    Dpi { dpi: f32 },
    #[error(
        "Không vẽ được trang: khổ giấy không hợp lệ ({width} x {height} mm). Hãy báo lỗi này cho người phát triển kehoach kèm tệp kế hoạch."
    )]
    PageSize { width: f32, height: f32 },
    #[error(
        "Không vẽ được trang: ảnh {width} x {height} điểm ảnh quá lớn (tối đa {max} điểm ảnh mỗi cạnh, {max_total} triệu điểm ảnh). Hãy chọn độ phân giải (dpi) nhỏ hơn."
    )]
    TooLarge {
        width: u64,
        height: u64,
        max: u16,
        max_total: usize,
    },
    #[error(
        "Không vẽ được trang: không đọc được hình chữ của phông {name}. Hãy dùng phông chữ khác (--font-dir) hoặc phông có sẵn của kehoach."
    )]
    Font { name: String },
    #[error("Không tạo được ảnh PNG: {reason}. Hãy thử lại với độ phân giải (dpi) nhỏ hơn.")]
    Png { reason: String },
}

/// A rendered page: RGBA, 8 bits a channel, rows top to bottom. Every pixel
/// is opaque (the page is white), so the values are the same premultiplied
/// or not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Image {
    pub width: u32,
    pub height: u32,
    pub rgba: Vec<u8>,
}

impl Image {
    /// The pixel at column `x`, row `y` (both from the top-left), or `None`
    /// outside the image.
    pub fn pixel(&self, x: u32, y: u32) -> Option<[u8; 4]> {
        if x >= self.width || y >= self.height {
            return None;
        }
        let i = (y as usize * self.width as usize + x as usize) * 4;
        self.rgba.get(i..i + 4).map(|p| [p[0], p[1], p[2], p[3]])
    }
}

/// Most pixels an image may have, so a huge dpi is an error, not an
/// allocation that takes the machine down: A4 at 600 dpi is 35 million.
const MAX_PIXELS: usize = 100_000_000;

/// The image's size in pixels of a page at `dpi`: the paper's size rounded
/// to whole pixels, so the page's edges are the image's.
pub fn size(page: &Page, dpi: f32) -> Result<(u16, u16), RenderError> {
    if !(dpi.is_finite() && dpi > 0.0) {
        return Err(RenderError::Dpi { dpi });
    }
    let ok = |v: f32| v.is_finite() && v > 0.0;
    if !ok(page.width) || !ok(page.height) {
        return Err(RenderError::PageSize {
            width: page.width,
            height: page.height,
        });
    }
    let px = |mm: f32| (f64::from(mm) / 25.4 * f64::from(dpi)).round().max(1.0) as u64;
    let (w, h) = (px(page.width), px(page.height));
    let too_large = RenderError::TooLarge {
        width: w,
        height: h,
        max: u16::MAX,
        max_total: MAX_PIXELS / 1_000_000,
    };
    match (u16::try_from(w), u16::try_from(h)) {
        (Ok(w16), Ok(h16)) if (w * h) as usize <= MAX_PIXELS => Ok((w16, h16)),
        _ => Err(too_large),
    }
}

/// Draws pages with one font set, keeping what the next page can use again:
/// the glyph outlines read so far and the rasteriser's buffers. The preview
/// keeps one per document; a single page can use [`page()`].
pub struct Renderer {
    fonts: FontSet,
    outlines: Outlines,
    ctx: Option<RenderContext>,
    resources: Resources,
}

impl Renderer {
    pub fn new(fonts: &FontSet) -> Renderer {
        Renderer {
            fonts: fonts.clone(),
            outlines: Outlines::default(),
            ctx: None,
            resources: Resources::new(),
        }
    }

    /// The page at `dpi` pixels per inch: the image is the paper, white,
    /// with the page's text and rules in black.
    pub fn page(&mut self, page: &Page, dpi: f32) -> Result<Image, RenderError> {
        let (width, height) = size(page, dpi)?;
        let faces = Faces::new(&self.fonts);
        if let Some(face) = unreadable_face(page, &faces) {
            return Err(RenderError::Font {
                name: self.fonts.face(face).name.clone(),
            });
        }
        let ctx = match &mut self.ctx {
            Some(ctx) if ctx.width() == width && ctx.height() == height => {
                ctx.reset();
                ctx
            }
            slot => slot.insert(RenderContext::new(width, height)),
        };
        let mut setup = draw::Setup {
            fonts: &self.fonts,
            faces: &faces,
            outlines: &mut self.outlines,
            scale: f64::from(dpi) / 25.4,
        };
        draw::page(ctx, page, &mut setup);
        ctx.flush();
        // The paper: white pixels the drawing is composited over, so the
        // rasteriser touches only tiles with ink and renders straight into
        // the image's own buffer (no full-page fill, no copy).
        let mut rgba = vec![255u8; usize::from(width) * usize::from(height) * 4];
        let target = PixmapMut::new(width, height, &mut rgba)
            .expect("the buffer holds width x height RGBA pixels");
        ctx.render_with(
            target,
            &mut self.resources,
            RasterizerSettings {
                composite_mode: CompositeMode::SrcOver,
                ..RasterizerSettings::default()
            },
        );
        Ok(Image {
            width: u32::from(width),
            height: u32::from(height),
            rgba,
        })
    }
}

/// A face some drawn run uses that skrifa cannot read: an error, since
/// the page would otherwise come out with its text silently missing.
fn unreadable_face(page: &Page, faces: &Faces<'_>) -> Option<Face> {
    page.texts()
        .filter(|r| !r.text.is_empty())
        .map(|r| r.face)
        .find(|&f| !faces.readable(f))
}

/// One page at `dpi` (see [`Renderer::page`]).
pub fn page(page: &Page, fonts: &FontSet, dpi: f32) -> Result<Image, RenderError> {
    Renderer::new(fonts).page(page, dpi)
}

/// One page at `dpi` as PNG bytes, with the dpi recorded in the file.
pub fn png(page: &Page, fonts: &FontSet, dpi: f32) -> Result<Vec<u8>, RenderError> {
    let image = self::page(page, fonts, dpi)?;
    encode::png(&image, dpi)
}

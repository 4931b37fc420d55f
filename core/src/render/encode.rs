//! A rendered page as PNG bytes.

use super::{Image, RenderError};

/// Grey when every pixel is grey (a page drawn in black on white always
/// is): a quarter of the RGBA data to compress and store. The dpi goes into
/// the file (pHYs), so an image viewer or a word processor shows the page
/// at its paper size.
pub(super) fn png(image: &Image, dpi: f32) -> Result<Vec<u8>, RenderError> {
    let failed = |e: png::EncodingError| RenderError::Png {
        reason: e.to_string(),
    };
    let grey = image
        .rgba
        .chunks_exact(4)
        .all(|p| p[0] == p[1] && p[1] == p[2] && p[3] == 255);
    let data: Vec<u8> = if grey {
        image.rgba.chunks_exact(4).map(|p| p[0]).collect()
    } else {
        image.rgba.clone()
    };
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, image.width, image.height);
    encoder.set_color(if grey {
        png::ColorType::Grayscale
    } else {
        png::ColorType::Rgba
    });
    encoder.set_depth(png::BitDepth::Eight);
    let per_metre = (f64::from(dpi) / 0.0254).round() as u32;
    encoder.set_pixel_dims(Some(png::PixelDimensions {
        xppu: per_metre,
        yppu: per_metre,
        unit: png::Unit::Meter,
    }));
    let mut writer = encoder.write_header().map_err(failed)?;
    writer.write_image_data(&data).map_err(failed)?;
    writer.finish().map_err(failed)?;
    Ok(out)
}

//! The document font family: the four faces' bytes and their metrics.
//!
//! Liberation Serif (metrically compatible with Times New Roman, full
//! Vietnamese coverage, SIL OFL) is compiled into the binary, so kehoach needs
//! no system font. A user may point to another family (e.g. the real Times
//! New Roman) as a folder holding its four TTF files.

use crate::units::Face;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

const REGULAR: &[u8] = include_bytes!("../../../fonts/LiberationSerif-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../../../fonts/LiberationSerif-Bold.ttf");
const ITALIC: &[u8] = include_bytes!("../../../fonts/LiberationSerif-Italic.ttf");
const BOLD_ITALIC: &[u8] = include_bytes!("../../../fonts/LiberationSerif-BoldItalic.ttf");

#[derive(Debug, thiserror::Error)]
pub enum FontError {
    #[error("Không đọc được phông chữ {path}: {reason}")]
    Read { path: PathBuf, reason: String },
    #[error("Tệp {path} không phải phông chữ TrueType/OpenType dùng được")]
    Invalid { path: PathBuf },
    #[error(
        "Thư mục {dir} thiếu phông chữ {face} (cần 4 kiểu: thường, đậm, nghiêng, đậm nghiêng; tên tệp chứa Regular, Bold, Italic, BoldItalic)"
    )]
    MissingFace { dir: PathBuf, face: &'static str },
}

/// Advance widths and vertical metrics of one face, in font units.
#[derive(Debug)]
pub struct Metrics {
    glyphs: HashMap<char, u16>,
    advances: Vec<u16>,
    units_per_em: f32,
    /// Ascender and descender as fractions of the em (descender negative).
    pub ascent: f32,
    pub descent: f32,
}

impl Metrics {
    pub fn glyph(&self, c: char) -> Option<u16> {
        self.glyphs.get(&c).copied()
    }

    pub fn has_glyph(&self, c: char) -> bool {
        self.glyphs.contains_key(&c)
    }

    /// Advance of a character in ems; a character the font lacks measures
    /// like the .notdef glyph the PDF would show.
    pub fn advance_em(&self, c: char) -> f32 {
        let gid = self.glyph(c).unwrap_or(0) as usize;
        self.advances.get(gid).copied().unwrap_or(0) as f32 / self.units_per_em
    }

    /// Width of a string in mm at `size` points.
    pub fn width_mm(&self, s: &str, size: f32) -> f32 {
        let em: f32 = s.chars().map(|c| self.advance_em(c)).sum();
        crate::units::pt_to_mm(em * size)
    }
}

/// One face: its file bytes (for embedding) and metrics (for layout).
#[derive(Debug)]
pub struct FaceData {
    pub bytes: Arc<Vec<u8>>,
    pub metrics: Metrics,
    /// PostScript-ish name for the PDF: "LiberationSerif-Bold".
    pub name: String,
}

impl FaceData {
    pub fn parse(bytes: Vec<u8>, name: &str, path: &Path) -> Result<FaceData, FontError> {
        let mut warnings = Vec::new();
        let parsed =
            printpdf::ParsedFont::from_bytes(&bytes, 0, &mut warnings).ok_or_else(|| {
                FontError::Invalid {
                    path: path.to_path_buf(),
                }
            })?;
        if parsed.codepoint_to_glyph.is_empty() || parsed.units_per_em == 0 {
            return Err(FontError::Invalid {
                path: path.to_path_buf(),
            });
        }
        let glyphs = parsed
            .codepoint_to_glyph
            .iter()
            .filter_map(|(&cp, &gid)| char::from_u32(cp).map(|c| (c, gid)))
            .collect();
        let max_gid = parsed.glyph_widths.keys().copied().max().unwrap_or(0) as usize;
        let mut advances = vec![0u16; max_gid + 1];
        for (&gid, &w) in &parsed.glyph_widths {
            advances[gid as usize] = w;
        }
        let upem = parsed.units_per_em as f32;
        Ok(FaceData {
            metrics: Metrics {
                glyphs,
                advances,
                units_per_em: upem,
                ascent: parsed.font_metrics.ascent as f32 / upem,
                descent: parsed.font_metrics.descent as f32 / upem,
            },
            bytes: Arc::new(bytes),
            name: name.to_string(),
        })
    }
}

/// The four faces of the document font.
#[derive(Debug, Clone)]
pub struct FontSet {
    faces: Arc<[FaceData; 4]>,
    pub family: String,
}

impl FontSet {
    /// The bundled Liberation Serif. Parsing the compiled-in bytes cannot
    /// fail unless the build is broken; the error is still returned, not unwrapped.
    pub fn bundled() -> Result<FontSet, FontError> {
        let p = Path::new("fonts");
        let faces = [
            FaceData::parse(
                REGULAR.to_vec(),
                "LiberationSerif",
                &p.join("LiberationSerif-Regular.ttf"),
            )?,
            FaceData::parse(
                BOLD.to_vec(),
                "LiberationSerif-Bold",
                &p.join("LiberationSerif-Bold.ttf"),
            )?,
            FaceData::parse(
                ITALIC.to_vec(),
                "LiberationSerif-Italic",
                &p.join("LiberationSerif-Italic.ttf"),
            )?,
            FaceData::parse(
                BOLD_ITALIC.to_vec(),
                "LiberationSerif-BoldItalic",
                &p.join("LiberationSerif-BoldItalic.ttf"),
            )?,
        ];
        Ok(FontSet {
            faces: Arc::new(faces),
            family: "Liberation Serif".into(),
        })
    }

    /// A family from a folder with four TTF/OTF files whose names tell the
    /// face: "...Regular...", "...Bold...", "...Italic...", "...BoldItalic..."
    /// (Times New Roman's "times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf" too).
    pub fn from_dir(dir: &Path) -> Result<FontSet, FontError> {
        let entries = std::fs::read_dir(dir).map_err(|e| FontError::Read {
            path: dir.to_path_buf(),
            reason: crate::io::error::io_reason(&e),
        })?;
        let mut found: [Option<PathBuf>; 4] = Default::default();
        for e in entries.flatten() {
            let path = e.path();
            let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
                continue;
            };
            let ext = path
                .extension()
                .and_then(|s| s.to_str())
                .unwrap_or("")
                .to_ascii_lowercase();
            if ext != "ttf" && ext != "otf" {
                continue;
            }
            let s = stem.to_ascii_lowercase().replace(['-', '_', ' '], "");
            let face =
                if s.ends_with("bolditalic") || s.ends_with("bi") || s.ends_with("boldoblique") {
                    Face::BoldItalic
                } else if s.ends_with("bold") || s.ends_with("bd") {
                    Face::Bold
                } else if s.ends_with("italic")
                    || s.ends_with("oblique")
                    || (s.ends_with('i') && s.len() > 1 && !s.ends_with("mini"))
                {
                    Face::Italic
                } else {
                    Face::Regular
                };
            let slot = &mut found[face.index()];
            // Prefer a file explicitly named Regular over any other plain name.
            if slot.is_none() || s.ends_with("regular") {
                *slot = Some(path);
            }
        }
        let names = [
            "thường (Regular)",
            "đậm (Bold)",
            "nghiêng (Italic)",
            "đậm nghiêng (BoldItalic)",
        ];
        let mut faces = Vec::with_capacity(4);
        for (i, slot) in found.iter().enumerate() {
            let path = slot.as_ref().ok_or(FontError::MissingFace {
                dir: dir.to_path_buf(),
                face: names[i],
            })?;
            let bytes = std::fs::read(path).map_err(|e| FontError::Read {
                path: path.clone(),
                reason: crate::io::error::io_reason(&e),
            })?;
            let name = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("Font")
                .replace(' ', "");
            faces.push(FaceData::parse(bytes, &name, path)?);
        }
        let family = dir
            .file_name()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_string();
        let faces: [FaceData; 4] = faces.try_into().map_err(|_| FontError::Invalid {
            path: dir.to_path_buf(),
        })?;
        Ok(FontSet {
            faces: Arc::new(faces),
            family,
        })
    }

    pub fn face(&self, face: Face) -> &FaceData {
        &self.faces[face.index()]
    }

    pub fn metrics(&self, face: Face) -> &Metrics {
        &self.face(face).metrics
    }

    /// Characters of `text` that `face` cannot print (each listed once).
    pub fn missing(&self, face: Face, text: &str) -> Vec<char> {
        let m = self.metrics(face);
        let mut out: Vec<char> = Vec::new();
        for c in text.chars() {
            if !c.is_control() && !m.has_glyph(c) && !out.contains(&c) {
                out.push(c);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_font_covers_vietnamese() {
        let f = FontSet::bundled().unwrap();
        let all = "ẠẢÃÀÁÂẬẦẤẨẪĂẮẰẲẴẶẸẺẼÈÉÊỀẾỂỄỆĐÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ";
        let lower = all.to_lowercase();
        for face in Face::ALL {
            assert!(f.missing(face, all).is_empty(), "{face:?}");
            assert!(f.missing(face, &lower).is_empty(), "{face:?}");
        }
        assert_eq!(f.missing(Face::Regular, "a😀b"), vec!['😀']);
    }

    #[test]
    fn widths_match_times_new_roman() {
        // Liberation Serif shares Times New Roman's advances: "m" is 0.778 em.
        let f = FontSet::bundled().unwrap();
        let m = f.metrics(Face::Regular);
        assert!((m.advance_em('m') - 0.778).abs() < 0.001);
        assert!((m.width_mm("m", 72.0) - 0.778 * 25.4).abs() < 0.01);
    }
}

//! Pages -> PDF bytes with printpdf. Nothing else.
//!
//! [`write()`] draws exactly what layout placed: each text run at its own
//! absolute position, each rule as a stroked line, on pages of the size
//! layout chose. Fonts are embedded as subsets of the faces the document
//! uses, with /ToUnicode, so Vietnamese text copies and searches correctly.

mod content;
mod date;
mod id;
mod sfnt;
mod subset;

use crate::fonts::FontSet;
use crate::layout::page::{Document, Face, mm_to_pt};
use content::Embedded;
use printpdf::{FontId, PdfDocument, PdfFont, PdfPage, PdfSaveOptions, PdfWarnMsg, Pt, Rect};
use std::collections::BTreeMap;

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("Không tạo được PDF: tài liệu không có trang nào")]
    NoPages,
    #[error("Không tạo được PDF: trang {page} có khổ giấy không hợp lệ ({width} x {height} mm)")]
    PageSize {
        page: usize,
        width: f32,
        height: f32,
    },
    #[error("Không tạo được PDF: không nhúng được phông chữ {face} ({reason})")]
    Font { face: String, reason: String },
    #[error("Không tạo được PDF: lỗi khi ghi nội dung PDF ({reason})")]
    Serialize { reason: String },
    #[error(
        "Không tạo được PDF: biến môi trường SOURCE_DATE_EPOCH = \"{value}\" không phải một số giây hợp lệ kể từ 01/01/1970. Hãy đặt một số nguyên (ví dụ 1767225600) hoặc bỏ biến này."
    )]
    SourceDateEpoch { value: String },
}

/// Largest page side PDF readers accept: 14 400 units of 1/72 inch.
const MAX_PAGE_MM: f32 = 5080.0;

/// The document as PDF bytes.
pub fn write(doc: &Document, fonts: &FontSet) -> Result<Vec<u8>, PdfError> {
    render(doc, fonts).map(|(bytes, _)| bytes)
}

/// [`write()`], with what printpdf reported along the way (nothing, when the
/// writer drives it correctly; the tests hold it to that).
fn render(doc: &Document, fonts: &FontSet) -> Result<(Vec<u8>, Vec<PdfWarnMsg>), PdfError> {
    if doc.pages.is_empty() {
        return Err(PdfError::NoPages);
    }
    for (i, page) in doc.pages.iter().enumerate() {
        let ok = |v: f32| v.is_finite() && v > 0.0 && v <= MAX_PAGE_MM;
        if !ok(page.width) || !ok(page.height) {
            return Err(PdfError::PageSize {
                page: i + 1,
                width: page.width,
                height: page.height,
            });
        }
    }

    let mut pdf = PdfDocument::default();
    set_metadata(&mut pdf, doc)?;

    let faces = embed_faces(doc, fonts)?;
    for e in faces.iter().flatten() {
        pdf.resources
            .fonts
            .map
            .insert(e.id.clone(), PdfFont::new(e.font.clone()));
    }

    pdf.pages = doc
        .pages
        .iter()
        .map(|page| {
            let size = Rect::from_wh(Pt(mm_to_pt(page.width)), Pt(mm_to_pt(page.height)));
            PdfPage {
                media_box: size.clone(),
                trim_box: size.clone(),
                crop_box: size,
                ops: content::page_ops(page, &faces),
            }
        })
        .collect();

    let opts = PdfSaveOptions {
        // Streams are compressed below; printpdf's own save would do the
        // same but swallow the writer's error.
        optimize: false,
        // Fonts arrive already subset (see subset.rs); without text_layout
        // printpdf ignores this flag anyway.
        subset_fonts: false,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut lopdf_doc = pdf.to_lopdf_document(&opts, &mut warnings);
    // printpdf always writes /GTS_PDFXVersion, even empty, and readers take
    // its presence as a claim of PDF/X conformance (pdfinfo reports "PDF
    // subtype: PDF/X"), which a prepress preflight would then hold the file to.
    if let Ok(info) = lopdf_doc
        .trailer
        .get(b"Info")
        .and_then(|o| o.as_reference())
        && let Ok(dict) = lopdf_doc.get_object_mut(info).and_then(|o| o.as_dict_mut())
    {
        dict.remove(b"GTS_PDFXVersion");
    }
    lopdf_doc.compress();
    id::set_from_content(&mut lopdf_doc);
    let mut bytes = Vec::new();
    lopdf_doc
        .save_to(&mut bytes)
        .map_err(|e| PdfError::Serialize {
            reason: e.to_string(),
        })?;
    Ok((bytes, warnings))
}

fn set_metadata(pdf: &mut PdfDocument, doc: &Document) -> Result<(), PdfError> {
    let when = date::document_time()?;
    let info = &mut pdf.metadata.info;
    info.document_title = doc.title.clone();
    info.author = doc.author.clone();
    info.subject = doc.subject.clone();
    info.creator = "kehoach".into();
    info.producer = format!("kehoach {}", env!("CARGO_PKG_VERSION"));
    // printpdf's default dates are the Unix epoch.
    info.creation_date = when;
    info.modification_date = when;
    info.metadata_date = when;
    Ok(())
}

/// Subsets of the faces the document uses, by [`Face::index`]. A face no
/// run uses (or whose glyphs cover none of its runs' characters) is `None`
/// and not embedded.
fn embed_faces(doc: &Document, fonts: &FontSet) -> Result<[Option<Embedded>; 4], PdfError> {
    let mut uses: [BTreeMap<char, usize>; 4] = Default::default();
    for run in doc.pages.iter().flat_map(|p| p.texts()) {
        let counts = &mut uses[run.face.index()];
        for c in run.text.chars() {
            *counts.entry(c).or_default() += 1;
        }
    }
    let mut out: [Option<Embedded>; 4] = Default::default();
    for face in Face::ALL {
        let used = &uses[face.index()];
        if used.is_empty() {
            continue;
        }
        if let Some(subset) = subset::subset_face(fonts.face(face), used)? {
            out[face.index()] = Some(Embedded {
                id: resource_name(face),
                font: subset.font,
                substitute: subset.substitute,
            });
        }
    }
    Ok(out)
}

/// Short fixed resource names instead of printpdf's random 32-letter ids:
/// they appear in every Tf, and fixed names make the output reproducible.
/// Not "F1".."F14", which printpdf reserves for the standard 14 fonts.
fn resource_name(face: Face) -> FontId {
    FontId(
        match face {
            Face::Regular => "R",
            Face::Bold => "B",
            Face::Italic => "I",
            Face::BoldItalic => "BI",
        }
        .into(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::page::{Item, Page, Rule, TextRun};

    fn run(face: Face, baseline: f32, text: &str, word_spacing: f32) -> Item {
        Item::Text(TextRun {
            x: 30.0,
            baseline,
            face,
            size: 13.0,
            text: text.into(),
            word_spacing,
            width: 100.0,
        })
    }

    #[test]
    fn printpdf_reports_nothing() {
        let fonts = FontSet::bundled().unwrap();
        let mut items: Vec<Item> = Face::ALL
            .iter()
            .enumerate()
            .map(|(i, &f)| run(f, 30.0 + 10.0 * i as f32, "Chuyển đổi số – Đồng Tháp", 0.0))
            .collect();
        items.push(run(Face::Regular, 80.0, "căn đều hai bên", 1.5));
        items.push(Item::Rule(Rule {
            x1: 30.0,
            y1: 90.0,
            x2: 180.0,
            y2: 90.0,
            thickness: 0.5,
        }));
        let doc = Document {
            pages: vec![Page {
                width: 210.0,
                height: 297.0,
                items,
                marks: Vec::new(),
            }],
            title: "t".into(),
            ..Default::default()
        };
        let (bytes, warnings) = render(&doc, &fonts).unwrap();
        assert!(warnings.is_empty(), "{warnings:?}");
        assert!(bytes.starts_with(b"%PDF-"));
    }

    #[test]
    fn bad_input_is_an_error_not_a_panic() {
        let fonts = FontSet::bundled().unwrap();
        let empty = Document::default();
        assert!(matches!(write(&empty, &fonts), Err(PdfError::NoPages)));
        let doc = Document {
            pages: vec![Page {
                width: f32::NAN,
                height: 297.0,
                items: vec![],
                marks: Vec::new(),
            }],
            ..Default::default()
        };
        let err = write(&doc, &fonts).unwrap_err();
        assert!(err.to_string().starts_with("Không tạo được PDF"), "{err}");
    }

    #[test]
    fn unprintable_characters_do_not_crash() {
        let fonts = FontSet::bundled().unwrap();
        let doc = Document {
            pages: vec![Page {
                width: 210.0,
                height: 297.0,
                items: vec![
                    // Only characters the face lacks: the face is not embedded.
                    run(Face::Italic, 30.0, "😀😀", 0.0),
                    // Mixed: the missing one prints as .notdef.
                    run(Face::Regular, 40.0, "a😀 b\u{0}c", 2.0),
                    run(Face::Bold, f32::NAN, "bỏ qua", 0.0),
                ],
                marks: Vec::new(),
            }],
            ..Default::default()
        };
        let (bytes, warnings) = render(&doc, &fonts).unwrap();
        assert!(warnings.is_empty(), "{warnings:?}");
        assert!(!bytes.is_empty());
    }
}

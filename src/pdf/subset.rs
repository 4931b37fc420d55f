//! Cutting a face down to the glyphs a document uses.
//!
//! printpdf subsets fonts only with its `text_layout` feature (which pulls in
//! azul's whole layout engine); without it every face is embedded whole, some
//! 370-390 KB each for Liberation Serif. So the writer subsets here, with the
//! same allsorts printpdf links, and hands printpdf a font that already is
//! the subset: printpdf then embeds it as given, maps characters through the
//! subset's own cmap and writes /W and /ToUnicode from it.

use super::PdfError;
use crate::fonts::FaceData;
use allsorts::binary::read::ReadScope;
use allsorts::font_data::FontData;
use allsorts::subset::{CmapTarget, SubsetProfile};
use printpdf::ParsedFont;
use std::collections::BTreeSet;

/// The subset of `face` holding the glyphs of `chars`, named
/// `TAG+PostScriptName` as PDF asks of subsets (ISO 32000-1, 9.6.4).
///
/// `None` when the face has no glyph for any of the characters: there is
/// nothing to embed, and printpdf would drop a font no text maps into anyway.
pub(super) fn subset_face(
    data: &FaceData,
    chars: &BTreeSet<char>,
) -> Result<Option<ParsedFont>, PdfError> {
    // Characters the face lacks are left out: they print as .notdef (glyph 0,
    // always kept), and the caller reports coverage before export.
    let used: BTreeSet<u16> = chars
        .iter()
        .filter_map(|&c| data.metrics.glyph(c))
        .filter(|&gid| gid != 0)
        .collect();
    if used.is_empty() {
        return Ok(None);
    }
    // allsorts wants .notdef first and no duplicates; the BTreeSet gives sorted, unique ids.
    let ids: Vec<u16> = std::iter::once(0).chain(used).collect();

    let font_error = |reason: String| PdfError::Font {
        face: data.name.clone(),
        reason,
    };
    let file = ReadScope::new(&data.bytes)
        .read::<FontData<'_>>()
        .map_err(|e| font_error(e.to_string()))?;
    let provider = file
        .table_provider(0)
        .map_err(|e| font_error(e.to_string()))?;
    let bytes = allsorts::subset::subset(&provider, &ids, &SubsetProfile::Pdf, CmapTarget::Unicode)
        .map_err(|e| font_error(e.to_string()))?;

    let mut warnings = Vec::new();
    let mut font = ParsedFont::from_bytes(&bytes, 0, &mut warnings)
        .ok_or_else(|| font_error("phông chữ sau khi rút gọn không đọc lại được".into()))?;
    font.font_name = Some(format!(
        "{}+{}",
        subset_tag(&data.name, &ids),
        postscript_name(&data.name)
    ));
    Ok(Some(font))
}

/// Six capital letters that differ between subsets of a face: a viewer or a
/// PDF merger treats fonts with the same BaseFont as the same program, so two
/// documents' subsets must not share a name. Derived from the content (FNV-1a)
/// rather than random, so the same document gives the same bytes.
fn subset_tag(name: &str, ids: &[u16]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let bytes = name
        .bytes()
        .chain(ids.iter().flat_map(|id| id.to_be_bytes()));
    for b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    (0..6)
        .map(|i| char::from(b'A' + ((h >> (i * 8)) % 26) as u8))
        .collect()
}

/// A PostScript name (printable ASCII, no delimiters) from the face name, which
/// for a user's font folder is a file name and may hold anything.
fn postscript_name(name: &str) -> String {
    let clean: String = name
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .take(63 - 7)
        .collect();
    if clean.is_empty() {
        "Font".into()
    } else {
        clean
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_is_six_capitals_and_tracks_content() {
        let a = subset_tag("LiberationSerif", &[0, 3, 4]);
        let b = subset_tag("LiberationSerif", &[0, 3, 5]);
        assert_eq!(a.len(), 6);
        assert!(a.chars().all(|c| c.is_ascii_uppercase()));
        assert_ne!(a, b);
        assert_eq!(a, subset_tag("LiberationSerif", &[0, 3, 4]));
    }

    #[test]
    fn postscript_name_drops_what_pdf_names_cannot_hold() {
        assert_eq!(postscript_name("Times New(Roman)"), "TimesNewRoman");
        assert_eq!(postscript_name("Phông chữ"), "Phngch");
        assert_eq!(postscript_name("ạ"), "Font");
    }
}

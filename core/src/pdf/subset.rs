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
use std::collections::BTreeMap;

/// A face cut down for one document.
pub(super) struct Subset {
    pub font: ParsedFont,
    /// Characters to write as another that shares their glyph (see [`subset_face`]).
    pub substitute: BTreeMap<char, char>,
}

/// The subset of a face holding the glyphs of the characters counted in
/// `uses` (character -> occurrences), named `TAG+PostScriptName` as PDF asks
/// of subsets (ISO 32000-1, 9.6.4).
///
/// Where several characters share a glyph (space and no-break space, Đ and
/// the look-alike Ð), /ToUnicode can give that glyph only one of them, and
/// printpdf gives it whichever it met last: one stray Ð would make every Đ of
/// the document extract and search as Ð. So the most used character stands
/// for the glyph and the others are written as it (`substitute`); they print
/// the same.
///
/// `None` when the face has no glyph for any of the characters: there is
/// nothing to embed, and printpdf would drop a font no text maps into anyway.
pub(super) fn subset_face(
    data: &FaceData,
    uses: &BTreeMap<char, usize>,
) -> Result<Option<Subset>, PdfError> {
    // Characters the face lacks are left out: they print as .notdef (glyph 0,
    // always kept), and the caller reports coverage before export.
    let (glyphs, substitute) = share_glyphs(uses, |c| data.metrics.glyph(c).filter(|&g| g != 0));
    if glyphs.is_empty() {
        return Ok(None);
    }
    // allsorts wants .notdef first and no duplicates; the map's keys are sorted and unique.
    let ids: Vec<u16> = std::iter::once(0).chain(glyphs).collect();

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
    // Hinting and long name records are half the subset; a font this code
    // cannot slim (CFF outlines) is embedded as allsorts cut it.
    let bytes = super::sfnt::slim(&bytes).unwrap_or(bytes);

    let mut warnings = Vec::new();
    let mut font = ParsedFont::from_bytes(&bytes, 0, &mut warnings)
        .ok_or_else(|| font_error("phông chữ sau khi rút gọn không đọc lại được".into()))?;
    font.font_name = Some(format!(
        "{}+{}",
        subset_tag(&data.name, &ids),
        postscript_name(&data.name)
    ));
    Ok(Some(Subset { font, substitute }))
}

/// The glyphs `uses` needs, and the characters to write as the most used
/// character of their glyph.
fn share_glyphs(
    uses: &BTreeMap<char, usize>,
    glyph: impl Fn(char) -> Option<u16>,
) -> (Vec<u16>, BTreeMap<char, char>) {
    let mut owner: BTreeMap<u16, (char, usize)> = BTreeMap::new();
    for (&c, &n) in uses {
        let Some(gid) = glyph(c) else { continue };
        // Ties go to the lower code point (`uses` is in code point order).
        owner
            .entry(gid)
            .and_modify(|o| {
                if n > o.1 {
                    *o = (c, n);
                }
            })
            .or_insert((c, n));
    }
    let substitute = uses
        .keys()
        .filter_map(|&c| {
            let (rep, _) = owner.get(&glyph(c)?)?;
            (*rep != c).then_some((c, *rep))
        })
        .collect();
    (owner.into_keys().collect(), substitute)
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
    fn a_shared_glyph_is_written_as_its_most_used_character() {
        // As in Times New Roman: no-break space drawn as the space, Ð as Đ.
        let glyph = |c: char| match c {
            ' ' | '\u{a0}' => Some(3),
            'Đ' | 'Ð' => Some(40),
            'a' => Some(7),
            _ => None,
        };
        let uses = BTreeMap::from([
            (' ', 9),
            ('\u{a0}', 1),
            ('Đ', 2),
            ('Ð', 5),
            ('a', 1),
            ('😀', 4),
        ]);
        let (glyphs, substitute) = share_glyphs(&uses, glyph);
        assert_eq!(glyphs, [3, 7, 40]);
        assert_eq!(substitute, BTreeMap::from([('\u{a0}', ' '), ('Đ', 'Ð')]));
        // A tie goes to the lower code point.
        let uses = BTreeMap::from([('Ð', 1), ('Đ', 1)]);
        assert_eq!(share_glyphs(&uses, glyph).1, BTreeMap::from([('Đ', 'Ð')]));
    }

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

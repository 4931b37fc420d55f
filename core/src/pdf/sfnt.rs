//! Slimming a TrueType subset for embedding.
//!
//! Of a Liberation Serif subset, about half the glyph data and a quarter of
//! the rest is hinting: bytecode that snaps outlines to the pixel grid of a
//! low-resolution screen (the `fpgm`, `prep` and `cvt ` tables and the
//! instructions inside each glyph). Print ignores it, and PDF viewers draw
//! anti-aliased text that barely differs without it, so PDF producers that
//! subset commonly drop it. The `name` table is mostly descriptions and URLs
//! in two encodings; only the names, copyright and licence are kept.
//!
//! Everything here works on bytes and gives up (returns `None`, and the
//! caller embeds the subset as it came) on anything it does not expect:
//! CFF outlines, truncated tables, unknown formats.

use std::collections::BTreeMap;

/// Tables that only hinting uses.
const HINTING: [&[u8; 4]; 6] = [b"fpgm", b"prep", b"cvt ", b"hdmx", b"LTSH", b"VDMX"];

/// name ids kept: copyright, family, subfamily, unique id, full name,
/// version, PostScript name, licence, licence URL.
const NAME_IDS: [u16; 9] = [0, 1, 2, 3, 4, 5, 6, 13, 14];

/// `font` without hinting and with a short `name` table, or `None` if it
/// is not a TrueType-outline font this code understands.
pub(super) fn slim(font: &[u8]) -> Option<Vec<u8>> {
    let tables = read_tables(font)?;
    let head = tables.get(b"head")?;
    let maxp = tables.get(b"maxp")?;
    let long_loca = match read_u16(head, 50)? {
        0 => false,
        1 => true,
        _ => return None,
    };
    let glyph_count = usize::from(read_u16(maxp, 4)?);
    let (glyf, loca) = strip_glyphs(
        tables.get(b"glyf")?,
        tables.get(b"loca")?,
        glyph_count,
        long_loca,
    )?;

    let mut out: BTreeMap<[u8; 4], Vec<u8>> = BTreeMap::new();
    for (tag, data) in &tables {
        if HINTING.contains(tag) {
            continue;
        }
        let table = match *tag {
            b"glyf" => glyf.clone(),
            b"loca" => loca.clone(),
            b"head" => {
                let mut h = data.to_vec();
                // Long offsets; the checksum adjustment is set once the file is built.
                h.get_mut(50..52)?.copy_from_slice(&1u16.to_be_bytes());
                h.get_mut(8..12)?.copy_from_slice(&[0; 4]);
                h
            }
            b"maxp" => {
                let mut m = data.to_vec();
                // Version 1.0 maxp sizes the interpreter; with no bytecode
                // left, no function or instruction definitions and no
                // instructions are needed.
                if read_u32(data, 0)? == 0x0001_0000 {
                    for field in [20, 22, 26] {
                        m.get_mut(field..field + 2)?.copy_from_slice(&[0, 0]);
                    }
                }
                m
            }
            b"name" => short_name(data).unwrap_or_else(|| data.to_vec()),
            _ => data.to_vec(),
        };
        out.insert(**tag, table);
    }
    build(read_u32(font, 0)?, &out)
}

fn read_u16(data: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(data.get(at..at + 2)?.try_into().ok()?))
}

fn read_u32(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(data.get(at..at + 4)?.try_into().ok()?))
}

fn read_tables(font: &[u8]) -> Option<BTreeMap<&[u8; 4], &[u8]>> {
    // 0x00010000 and "true" are TrueType outlines; "OTTO" (CFF) has no glyf.
    let version = read_u32(font, 0)?;
    if version != 0x0001_0000 && version != u32::from_be_bytes(*b"true") {
        return None;
    }
    let count = usize::from(read_u16(font, 4)?);
    let mut tables = BTreeMap::new();
    for i in 0..count {
        let record = font.get(12 + 16 * i..28 + 16 * i)?;
        let tag: &[u8; 4] = record.get(0..4)?.try_into().ok()?;
        let offset = read_u32(record, 8)? as usize;
        let length = read_u32(record, 12)? as usize;
        tables.insert(tag, font.get(offset..offset.checked_add(length)?)?);
    }
    Some(tables)
}

/// glyf without instructions and its new (long) loca.
fn strip_glyphs(glyf: &[u8], loca: &[u8], count: usize, long: bool) -> Option<(Vec<u8>, Vec<u8>)> {
    let offset = |i: usize| -> Option<usize> {
        if long {
            read_u32(loca, 4 * i).map(|v| v as usize)
        } else {
            read_u16(loca, 2 * i).map(|v| usize::from(v) * 2)
        }
    };
    let mut new_glyf = Vec::with_capacity(glyf.len());
    let mut new_loca = Vec::with_capacity(4 * (count + 1));
    for i in 0..count {
        new_loca.extend_from_slice(&u32::try_from(new_glyf.len()).ok()?.to_be_bytes());
        let (start, end) = (offset(i)?, offset(i + 1)?);
        if start == end {
            continue; // No outline (the space).
        }
        let glyph = glyf.get(start..end)?;
        let contours = i16::from_be_bytes(glyph.get(0..2)?.try_into().ok()?);
        if contours >= 0 {
            strip_simple(glyph, contours as usize, &mut new_glyf)?;
        } else {
            strip_composite(glyph, &mut new_glyf)?;
        }
        // Glyphs start on 4-byte boundaries, as the spec recommends.
        while new_glyf.len() % 4 != 0 {
            new_glyf.push(0);
        }
    }
    new_loca.extend_from_slice(&u32::try_from(new_glyf.len()).ok()?.to_be_bytes());
    Some((new_glyf, new_loca))
}

/// Header, end points, then instructionLength + instructions, then the
/// flags and coordinates: the instructions are cut out of the middle.
fn strip_simple(glyph: &[u8], contours: usize, out: &mut Vec<u8>) -> Option<()> {
    let len_at = 10 + 2 * contours;
    let instructions = usize::from(read_u16(glyph, len_at)?);
    let rest = glyph.get(len_at + 2 + instructions..)?;
    out.extend_from_slice(glyph.get(..len_at)?);
    out.extend_from_slice(&[0, 0]);
    out.extend_from_slice(rest);
    Some(())
}

/// Components, then (if WE_HAVE_INSTRUCTIONS) instructions at the end: the
/// flag is cleared and the tail dropped.
fn strip_composite(glyph: &[u8], out: &mut Vec<u8>) -> Option<()> {
    const ARGS_ARE_WORDS: u16 = 0x0001;
    const HAVE_SCALE: u16 = 0x0008;
    const MORE_COMPONENTS: u16 = 0x0020;
    const HAVE_X_AND_Y_SCALE: u16 = 0x0040;
    const HAVE_TWO_BY_TWO: u16 = 0x0080;
    const HAVE_INSTRUCTIONS: u16 = 0x0100;
    let start = out.len();
    let mut at = 10;
    loop {
        let flags = read_u16(glyph, at)?;
        let flags_at = start + at;
        at += 4 + if flags & ARGS_ARE_WORDS != 0 { 4 } else { 2 };
        at += if flags & HAVE_SCALE != 0 {
            2
        } else if flags & HAVE_X_AND_Y_SCALE != 0 {
            4
        } else if flags & HAVE_TWO_BY_TWO != 0 {
            8
        } else {
            0
        };
        out.extend_from_slice(glyph.get(out.len() - start..at)?);
        let cleared = flags & !HAVE_INSTRUCTIONS;
        out.get_mut(flags_at..flags_at + 2)?
            .copy_from_slice(&cleared.to_be_bytes());
        if flags & MORE_COMPONENTS == 0 {
            return Some(());
        }
    }
}

/// A format 0 name table with the Windows Unicode records of [`NAME_IDS`];
/// `None` (keep the table as it is) if the font has no such records.
fn short_name(name: &[u8]) -> Option<Vec<u8>> {
    let count = usize::from(read_u16(name, 2)?);
    let storage = usize::from(read_u16(name, 4)?);
    let mut kept = Vec::new();
    for i in 0..count {
        let r = name.get(6 + 12 * i..18 + 12 * i)?;
        let (platform, encoding, id) = (read_u16(r, 0)?, read_u16(r, 2)?, read_u16(r, 6)?);
        if platform != 3 || !matches!(encoding, 0 | 1 | 10) || !NAME_IDS.contains(&id) {
            continue;
        }
        let (len, offset) = (usize::from(read_u16(r, 8)?), usize::from(read_u16(r, 10)?));
        let text = name.get(storage + offset..storage + offset + len)?;
        kept.push((r.get(0..8)?, text));
    }
    if !kept.iter().any(|(r, _)| read_u16(r, 6) == Some(6)) {
        return None;
    }
    let header = 6 + 12 * kept.len();
    let mut out = Vec::new();
    out.extend_from_slice(&0u16.to_be_bytes());
    out.extend_from_slice(&u16::try_from(kept.len()).ok()?.to_be_bytes());
    out.extend_from_slice(&u16::try_from(header).ok()?.to_be_bytes());
    let mut strings = Vec::new();
    for (record, text) in &kept {
        out.extend_from_slice(record);
        out.extend_from_slice(&u16::try_from(text.len()).ok()?.to_be_bytes());
        out.extend_from_slice(&u16::try_from(strings.len()).ok()?.to_be_bytes());
        strings.extend_from_slice(text);
    }
    out.extend_from_slice(&strings);
    Some(out)
}

fn checksum(data: &[u8]) -> u32 {
    data.chunks(4).fold(0u32, |sum, c| {
        let mut word = [0u8; 4];
        word[..c.len()].copy_from_slice(c);
        sum.wrapping_add(u32::from_be_bytes(word))
    })
}

/// An sfnt file from its tables (sorted by tag, as the BTreeMap gives them).
fn build(version: u32, tables: &BTreeMap<[u8; 4], Vec<u8>>) -> Option<Vec<u8>> {
    let count = u16::try_from(tables.len()).ok()?;
    let entry_selector = 15 - count.max(1).leading_zeros();
    let search_range = (1u32 << entry_selector) * 16;
    let range_shift = u32::from(count) * 16 - search_range;
    let mut out = Vec::new();
    out.extend_from_slice(&version.to_be_bytes());
    out.extend_from_slice(&count.to_be_bytes());
    for field in [search_range, entry_selector, range_shift] {
        out.extend_from_slice(&u16::try_from(field).ok()?.to_be_bytes());
    }
    let mut offset = 12 + 16 * tables.len();
    let mut head_at = None;
    for (tag, data) in tables {
        out.extend_from_slice(tag);
        out.extend_from_slice(&checksum(data).to_be_bytes());
        out.extend_from_slice(&u32::try_from(offset).ok()?.to_be_bytes());
        out.extend_from_slice(&u32::try_from(data.len()).ok()?.to_be_bytes());
        if tag == b"head" {
            head_at = Some(offset);
        }
        offset += data.len().div_ceil(4) * 4;
    }
    for data in tables.values() {
        out.extend_from_slice(data);
        out.resize(out.len().div_ceil(4) * 4, 0);
    }
    let adjustment = 0xB1B0_AFBAu32.wrapping_sub(checksum(&out));
    out.get_mut(head_at? + 8..head_at? + 12)?
        .copy_from_slice(&adjustment.to_be_bytes());
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::FontSet;
    use crate::layout::page::Face;

    #[test]
    fn slim_font_keeps_outlines_and_metrics() {
        let fonts = FontSet::bundled().unwrap();
        for face in Face::ALL {
            let full = &fonts.face(face).bytes;
            let slim = slim(full).expect("Liberation Serif is TrueType");
            assert!(
                slim.len() * 10 < full.len() * 7,
                "{} -> {}",
                full.len(),
                slim.len()
            );
            let tables = read_tables(&slim).unwrap();
            for tag in HINTING {
                assert!(!tables.contains_key(&tag));
            }
            // Whole-file checksum as the spec defines it.
            assert_eq!(checksum(&slim), 0xB1B0_AFBA);
            let mut w = Vec::new();
            let parsed = printpdf::ParsedFont::from_bytes(&slim, 0, &mut w).unwrap();
            let original = printpdf::ParsedFont::from_bytes(full, 0, &mut w).unwrap();
            assert_eq!(parsed.codepoint_to_glyph, original.codepoint_to_glyph);
            assert_eq!(parsed.glyph_widths, original.glyph_widths);
            // allsorts reads every glyph of the rewritten glyf/loca.
            let n = original.glyph_widths.len() as u16;
            let ids: Vec<u16> = (0..n).collect();
            let file = allsorts::binary::read::ReadScope::new(&slim)
                .read::<allsorts::font_data::FontData<'_>>()
                .unwrap();
            let provider = file.table_provider(0).unwrap();
            allsorts::subset::subset(
                &provider,
                &ids,
                &allsorts::subset::SubsetProfile::Pdf,
                allsorts::subset::CmapTarget::Unicode,
            )
            .unwrap();
        }
    }

    #[test]
    fn name_keeps_the_names_and_licence() {
        let fonts = FontSet::bundled().unwrap();
        let full = &fonts.face(Face::Bold).bytes;
        let name = read_tables(full).unwrap()[b"name"];
        let short = short_name(name).unwrap();
        assert!(short.len() * 3 < name.len());
        let storage = usize::from(read_u16(&short, 4).unwrap());
        let strings: Vec<u16> = short[storage..]
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        let strings = String::from_utf16_lossy(&strings);
        assert!(strings.contains("LiberationSerif-Bold"));
        assert!(strings.contains("SIL Open Font License"));
        assert!(strings.contains("Copyright"));
    }

    #[test]
    fn garbage_is_refused_not_a_panic() {
        assert!(slim(b"").is_none());
        assert!(slim(b"OTTO\0\0\0\0\0\0\0\0").is_none());
        let mut truncated = FontSet::bundled()
            .unwrap()
            .face(Face::Regular)
            .bytes
            .to_vec();
        truncated.truncate(5000);
        assert!(slim(&truncated).is_none());
        let mut bad = vec![0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0];
        bad.extend_from_slice(b"glyf\0\0\0\0\xff\xff\xff\xff\0\0\0\x10");
        assert!(slim(&bad).is_none());
    }
}

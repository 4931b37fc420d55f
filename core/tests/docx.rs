//! The Word export read back as its XML parts: what Word and LibreOffice
//! show an officer (the page set up per section, repeating header rows,
//! real footnotes, page numbers from the second page, named styles).

mod common;

use common::*;
use kehoach_core::compose::Options;
use kehoach_core::fonts::FontSet;
use std::io::{Cursor, Read};

fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut out = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut out).unwrap();
    out
}

fn export(name: &str, opts: &Options) -> Vec<u8> {
    let plan = kehoach_core::io::load_path(&sample(name)).unwrap();
    kehoach_core::docx::write(&plan, &FontSet::bundled().unwrap(), opts).unwrap()
}

/// The text of document.xml's runs, in order.
fn text(xml: &str) -> String {
    let mut out = String::new();
    let mut rest = xml;
    while let Some(i) = rest.find("<w:t xml:space=\"preserve\">") {
        rest = &rest[i + 26..];
        let end = rest.find("</w:t>").unwrap_or(rest.len());
        out.push_str(&rest[..end]);
        rest = &rest[end..];
    }
    out
}

#[test]
fn the_plan_as_a_word_document_an_officer_can_edit() {
    let bytes = export("ke-hoach-cds-2024.ron", &Options::default());
    let doc = part(&bytes, "word/document.xml");
    let words = text(&doc);
    // The header block, the title, computed numbers written as text.
    assert!(words.contains("ỦY BAN NHÂN DÂN"), "{}", &words[..300]);
    assert!(words.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    assert!(words.contains("KẾ HOẠCH"));
    assert!(words.contains("I. TÌNH HÌNH THỰC HIỆN MỤC TIÊU NĂM 2023"));
    assert!(words.contains("Phụ lục VII"));
    assert!(words.contains("TỔNG CỘNG"));
    // The header block and the closing are borderless tables; tables repeat
    // their header rows on every page.
    assert!(doc.contains("<w:tblBorders><w:top w:val=\"nil\"/>"));
    assert!(doc.contains("<w:tblHeader/>"));
    // A section per part: portrait for the plan, landscape for Phụ lục II.
    let sections = doc.matches("<w:sectPr>").count();
    assert_eq!(sections, 8, "the plan and its seven appendices");
    assert!(doc.contains("w:orient=\"landscape\""));
    // Page numbers at the top from each section's second page.
    assert_eq!(doc.matches("<w:titlePg/>").count(), sections);
    assert_eq!(
        doc.matches("<w:pgNumType w:start=\"1\"/>").count(),
        sections
    );
    assert!(part(&bytes, "word/header1.xml").contains("PAGE"));
    // Real footnotes: the marks in the text, their words in footnotes.xml.
    let notes = part(&bytes, "word/footnotes.xml");
    assert!(doc.contains("<w:footnoteReference w:id=\"1\"/>"));
    assert!(
        notes.contains("<w:footnoteRef/>"),
        "Word numbers the marks itself"
    );
    assert!(
        notes.contains("Công văn số 1332/STTTT-TTBCXB"),
        "{}",
        &notes[..400]
    );
    // Times New Roman, and styles named for restyling in Word.
    let styles = part(&bytes, "word/styles.xml");
    assert!(styles.contains("Times New Roman"));
    assert!(styles.contains("KH Đề mục") && styles.contains("KH Ô bảng"));
}

#[test]
fn a_dossier_exports_each_document_as_its_own_section() {
    let bytes = export("ke-hoach-kts-xhs-2026.ron", &Options::default());
    let plan_only = text(&part(&bytes, "word/document.xml"));
    assert!(plan_only.contains("KẾ HOẠCH"));
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/templates");
    let plan = kehoach_core::io::load_path(&dir.join("ho-so-trinh.ron")).unwrap();
    let bytes = kehoach_core::docx::write(&plan, &FontSet::bundled().unwrap(), &Options::default())
        .unwrap();
    let words = text(&part(&bytes, "word/document.xml"));
    let (a, b, c) = (
        words.find("TỜ TRÌNH").unwrap(),
        words.find("QUYẾT ĐỊNH").unwrap(),
        words.rfind("KẾ HOẠCH").unwrap(),
    );
    assert!(a < b && b < c, "submission, decision, plan");
    assert!(words.contains("DỰ THẢO"), "the boxed draft mark");
}

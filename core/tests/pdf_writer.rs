//! The PDF writer end to end: documents built by hand, written, and read
//! back with lopdf (the reader printpdf itself is built on).

use kehoach_core::fonts::FontSet;
use kehoach_core::layout::page::{Document, Face, Item, Page, Rule, TextRun, mm_to_pt};
use lopdf::content::Content;
use lopdf::{Dictionary, Object, ObjectId};
use std::collections::BTreeMap;

const HEADLINE: &str = "Chuyển đổi số tỉnh Đồng Tháp năm 2025 – ỦY BAN NHÂN DÂN";
const JUSTIFIED: &str = "Ủy ban nhân dân tỉnh ban hành Kế hoạch chuyển đổi số với nội dung sau:";

fn fonts() -> FontSet {
    FontSet::bundled().expect("bundled fonts parse")
}

fn run(fonts: &FontSet, face: Face, size: f32, x: f32, baseline: f32, text: &str) -> TextRun {
    TextRun {
        x,
        baseline,
        face,
        size,
        text: text.into(),
        word_spacing: 0.0,
        width: fonts.metrics(face).width_mm(text, size),
    }
}

/// `text` stretched to `width` mm by spacing its words.
fn justified(fonts: &FontSet, x: f32, baseline: f32, text: &str, width: f32) -> TextRun {
    let mut r = run(fonts, Face::Regular, 14.0, x, baseline, text);
    let spaces = text.matches(' ').count() as f32;
    r.word_spacing = (width - r.width) / spaces;
    r.width = width;
    r
}

fn rule(x1: f32, y1: f32, x2: f32, y2: f32, thickness: f32) -> Item {
    Item::Rule(Rule {
        x1,
        y1,
        x2,
        y2,
        thickness,
    })
}

/// Portrait: a header in all four faces, rules, a justified line, a line
/// made of two runs. Landscape: a small ruled table.
fn two_pages(fonts: &FontSet) -> Document {
    let portrait = Page {
        marks: Vec::new(),
        width: 210.0,
        height: 297.0,
        items: vec![
            Item::Text(run(
                fonts,
                Face::Regular,
                13.0,
                30.0,
                25.0,
                "ỦY BAN NHÂN DÂN",
            )),
            Item::Text(run(fonts, Face::Bold, 13.0, 30.0, 31.0, "TỈNH ĐỒNG THÁP")),
            rule(40.0, 33.0, 60.0, 33.0, 0.5),
            Item::Text(run(fonts, Face::Bold, 14.0, 30.0, 45.0, HEADLINE)),
            Item::Text(run(
                fonts,
                Face::Italic,
                14.0,
                30.0,
                52.0,
                "Đồng Tháp, ngày 20 tháng 01 năm 2025",
            )),
            Item::Text(run(
                fonts,
                Face::BoldItalic,
                14.0,
                30.0,
                59.0,
                "a) Mục tiêu tổng quát:",
            )),
            Item::Text(justified(fonts, 30.0, 66.0, JUSTIFIED, 160.0)),
            // One line in two runs: a bold lead-in, then regular text.
            Item::Text(run(fonts, Face::Bold, 14.0, 30.0, 73.0, "Điều 1. ")),
            Item::Text({
                let lead = fonts.metrics(Face::Bold).width_mm("Điều 1. ", 14.0);
                run(
                    fonts,
                    Face::Regular,
                    14.0,
                    30.0 + lead,
                    73.0,
                    "Ban hành kèm theo Kế hoạch này.",
                )
            }),
        ],
    };
    let mut table = vec![
        rule(20.0, 40.0, 277.0, 40.0, 0.75),
        rule(20.0, 49.0, 277.0, 49.0, 0.5),
        rule(20.0, 58.0, 277.0, 58.0, 0.75),
    ];
    for x in [20.0, 35.0, 215.0, 277.0] {
        table.push(rule(x, 40.0, x, 58.0, 0.5));
    }
    table.extend([
        Item::Text(run(fonts, Face::Bold, 13.0, 24.0, 46.0, "STT")),
        Item::Text(run(fonts, Face::Bold, 13.0, 40.0, 46.0, "Chỉ tiêu")),
        Item::Text(run(
            fonts,
            Face::Bold,
            13.0,
            220.0,
            46.0,
            "Phấn đấu năm 2025",
        )),
        Item::Text(run(fonts, Face::Regular, 13.0, 26.0, 55.0, "1")),
        Item::Text(run(
            fonts,
            Face::Regular,
            13.0,
            40.0,
            55.0,
            "Tỷ lệ hồ sơ được xử lý trực tuyến",
        )),
        Item::Text(run(fonts, Face::Regular, 13.0, 240.0, 55.0, "≥ 80%")),
    ]);
    let landscape = Page {
        marks: Vec::new(),
        width: 297.0,
        height: 210.0,
        items: table,
    };
    Document {
        pages: vec![portrait, landscape],
        title: "Kế hoạch Chuyển đổi số tỉnh Đồng Tháp năm 2025".into(),
        author: "Ủy ban nhân dân tỉnh Đồng Tháp".into(),
        subject: "Chuyển đổi số".into(),
    }
}

fn write(doc: &Document, fonts: &FontSet) -> (Vec<u8>, lopdf::Document) {
    let bytes = kehoach_core::pdf::write(doc, fonts).expect("the document writes");
    let pdf = lopdf::Document::load_mem(&bytes).expect("lopdf reads what was written");
    (bytes, pdf)
}

fn page_ids(pdf: &lopdf::Document) -> Vec<ObjectId> {
    pdf.get_pages().into_values().collect()
}

fn dict<'a>(pdf: &'a lopdf::Document, obj: &'a Object) -> &'a Dictionary {
    match obj {
        Object::Reference(id) => pdf.get_dictionary(*id).expect("reference to a dictionary"),
        Object::Dictionary(d) => d,
        other => panic!("expected a dictionary, found {other:?}"),
    }
}

fn floats(obj: &Object) -> Vec<f32> {
    obj.as_array()
        .expect("an array")
        .iter()
        .map(|o| o.as_float().expect("a number"))
        .collect()
}

fn operations(pdf: &lopdf::Document, page: ObjectId) -> Vec<lopdf::content::Operation> {
    Content::decode(&pdf.get_page_content(page))
        .expect("content stream parses")
        .operations
}

/// A text string of the Info dictionary: UTF-16BE with BOM, or PDFDocEncoding.
fn info_text(obj: &Object) -> String {
    let bytes = obj.as_str().expect("a string");
    if let Some(utf16) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> = utf16
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        String::from_utf16(&units).expect("valid UTF-16")
    } else {
        String::from_utf8_lossy(bytes).into_owned()
    }
}

fn words(s: &str) -> Vec<&str> {
    s.split_whitespace().collect()
}

#[test]
fn page_count_and_sizes() {
    let fonts = fonts();
    let (_, pdf) = write(&two_pages(&fonts), &fonts);
    let pages = page_ids(&pdf);
    assert_eq!(pages.len(), 2);
    let expected = [[595.28, 841.89], [841.89, 595.28]];
    for (id, [w, h]) in pages.iter().zip(expected) {
        let page = pdf.get_dictionary(*id).unwrap();
        let media = floats(page.get(b"MediaBox").unwrap());
        assert_eq!(media.len(), 4);
        assert!(media[0].abs() < 0.01 && media[1].abs() < 0.01, "{media:?}");
        assert!((media[2] - w).abs() < 0.5, "{media:?}");
        assert!((media[3] - h).abs() < 0.5, "{media:?}");
    }
}

#[test]
fn text_extracts_exactly_in_order() {
    let fonts = fonts();
    let doc = two_pages(&fonts);
    let (_, pdf) = write(&doc, &fonts);
    for (n, page) in doc.pages.iter().enumerate() {
        let extracted = pdf.extract_text(&[n as u32 + 1]).unwrap();
        let written: String = page.texts().map(|t| format!("{} ", t.text)).collect();
        assert_eq!(words(&extracted), words(&written), "page {}", n + 1);
    }
    // A run that stands alone comes back as its own line, character for character.
    let first = pdf.extract_text(&[1]).unwrap();
    let lines: Vec<&str> = first.lines().map(str::trim).collect();
    assert!(lines.contains(&HEADLINE), "{lines:#?}");
    assert!(lines.contains(&JUSTIFIED), "{lines:#?}");
    // The two runs of one line extract as one line.
    assert!(
        lines.contains(&"Điều 1. Ban hành kèm theo Kế hoạch này."),
        "{lines:#?}"
    );
}

#[test]
fn fonts_are_small_subsets_of_the_faces_used() {
    let fonts = fonts();
    let (bytes, pdf) = write(&two_pages(&fonts), &fonts);
    assert!(bytes.len() < 40 * 1024, "{} bytes", bytes.len());

    let mut names = Vec::new();
    for obj in pdf.objects.values() {
        let Ok(d) = obj.as_dict() else { continue };
        if d.get(b"Type").and_then(Object::as_name).ok() != Some(b"FontDescriptor") {
            continue;
        }
        let name =
            String::from_utf8(d.get(b"FontName").unwrap().as_name().unwrap().to_vec()).unwrap();
        let file = pdf
            .get_object(d.get(b"FontFile2").unwrap().as_reference().unwrap())
            .unwrap()
            .as_stream()
            .unwrap();
        let program = file.decompressed_content().unwrap_or(file.content.clone());
        let (prefix, face) = name.split_once('+').expect("subset tag");
        assert!(prefix.len() == 6 && prefix.chars().all(|c| c.is_ascii_uppercase()));
        let full = Face::ALL
            .into_iter()
            .map(|f| fonts.face(f))
            .find(|f| f.name == face)
            .unwrap_or_else(|| panic!("unknown face {face}"));
        assert!(
            program.len() * 8 < full.bytes.len(),
            "{name}: {} of {} bytes",
            program.len(),
            full.bytes.len()
        );
        assert!(
            file.content.len() < 16 * 1024,
            "{name}: {} bytes stored",
            file.content.len()
        );
        names.push(face.to_string());
    }
    names.sort();
    assert_eq!(
        names,
        [
            "LiberationSerif",
            "LiberationSerif-Bold",
            "LiberationSerif-BoldItalic",
            "LiberationSerif-Italic"
        ]
    );
}

#[test]
fn only_used_faces_are_embedded() {
    let fonts = fonts();
    let doc = Document {
        pages: vec![Page {
            marks: Vec::new(),
            width: 210.0,
            height: 297.0,
            items: vec![
                Item::Text(run(&fonts, Face::Regular, 14.0, 30.0, 30.0, "Kế hoạch")),
                Item::Text(run(&fonts, Face::Bold, 14.0, 30.0, 40.0, "KẾ HOẠCH")),
            ],
        }],
        ..Default::default()
    };
    let (_, pdf) = write(&doc, &fonts);
    let fonts_on_page = pdf.get_page_fonts(page_ids(&pdf)[0]).unwrap();
    let mut base: Vec<String> = fonts_on_page
        .values()
        .map(|f| {
            let n = f.get(b"BaseFont").unwrap().as_name().unwrap();
            String::from_utf8_lossy(n)
                .split('+')
                .nth(1)
                .unwrap()
                .to_string()
        })
        .collect();
    base.sort();
    assert_eq!(base, ["LiberationSerif", "LiberationSerif-Bold"]);
}

#[test]
fn info_has_title_author_and_real_dates() {
    let fonts = fonts();
    let doc = two_pages(&fonts);
    let (_, pdf) = write(&doc, &fonts);
    let info = dict(&pdf, pdf.trailer.get(b"Info").unwrap());
    assert_eq!(info_text(info.get(b"Title").unwrap()), doc.title);
    assert_eq!(info_text(info.get(b"Author").unwrap()), doc.author);
    assert_eq!(info_text(info.get(b"Subject").unwrap()), doc.subject);
    assert_eq!(info_text(info.get(b"Creator").unwrap()), "kehoach");
    for key in [&b"CreationDate"[..], b"ModDate"] {
        let date = info_text(info.get(key).unwrap());
        assert!(date.starts_with("D:20"), "{date}");
        assert!(!date.starts_with("D:1970"), "{date}");
    }
    // No claim of PDF/X conformance the file does not meet.
    assert!(info.get(b"GTS_PDFXVersion").is_err());
}

#[test]
fn runs_are_placed_absolutely_in_points() {
    let fonts = fonts();
    let doc = two_pages(&fonts);
    let (_, pdf) = write(&doc, &fonts);
    for (page, id) in doc.pages.iter().zip(page_ids(&pdf)) {
        let ops = operations(&pdf, id);
        assert!(
            ops.iter().all(|o| o.operator != "Td" && o.operator != "TD"),
            "no relative moves"
        );
        let tms: Vec<Vec<f32>> = ops
            .iter()
            .filter(|o| o.operator == "Tm")
            .map(|o| o.operands.iter().map(|v| v.as_float().unwrap()).collect())
            .collect();
        let runs: Vec<&TextRun> = page.texts().collect();
        assert_eq!(tms.len(), runs.len());
        for (tm, run) in tms.iter().zip(runs) {
            assert_eq!(&tm[..4], &[1.0, 0.0, 0.0, 1.0]);
            assert!((tm[4] - mm_to_pt(run.x)).abs() < 0.01, "{tm:?} for {run:?}");
            let y = mm_to_pt(page.height - run.baseline);
            assert!((tm[5] - y).abs() < 0.01, "{tm:?} for {run:?}");
        }
        // Rules: stroked lines at the right place and width.
        let rules: Vec<&Rule> = page.rules().collect();
        let moves: Vec<Vec<f32>> = ops
            .iter()
            .filter(|o| o.operator == "m")
            .map(|o| o.operands.iter().map(|v| v.as_float().unwrap()).collect())
            .collect();
        assert_eq!(moves.len(), rules.len());
        for (m, r) in moves.iter().zip(rules) {
            assert!((m[0] - mm_to_pt(r.x1)).abs() < 0.01);
            assert!((m[1] - mm_to_pt(page.height - r.y1)).abs() < 0.01);
        }
        assert_eq!(
            ops.iter().filter(|o| o.operator == "S").count(),
            page.rules().count()
        );
        assert!(ops.iter().any(|o| o.operator == "w"));
    }
}

/// Glyph widths (1/1000 em) of a font's /W array, by code.
fn widths(pdf: &lopdf::Document, font: &Dictionary) -> BTreeMap<u16, f32> {
    let descendant = &font.get(b"DescendantFonts").unwrap().as_array().unwrap()[0];
    let w = dict(pdf, descendant).get(b"W").unwrap().as_array().unwrap();
    let mut out = BTreeMap::new();
    for pair in w.chunks(2) {
        let first = pair[0].as_i64().unwrap() as u16;
        for (i, width) in pair[1].as_array().unwrap().iter().enumerate() {
            out.insert(first + i as u16, width.as_float().unwrap());
        }
    }
    out
}

/// How far a TJ or Tj moves the pen, in pt, and the kerns in its array.
fn advance(ops: &[Object], widths: &BTreeMap<u16, f32>, size: f32) -> (f32, Vec<f32>) {
    let mut thousandths = 0.0;
    let mut kerns = Vec::new();
    let items: Vec<&Object> = match &ops[0] {
        Object::Array(a) => a.iter().collect(),
        other => vec![other],
    };
    for item in items {
        match item {
            Object::String(bytes, _) => {
                for code in bytes.chunks(2) {
                    // Codes missing from /W advance by /DW, which printpdf sets to 1000.
                    let code = u16::from_be_bytes([code[0], code[1]]);
                    thousandths += widths.get(&code).copied().unwrap_or(1000.0);
                }
            }
            other => {
                let k = other.as_float().unwrap();
                thousandths -= k;
                kerns.push(k);
            }
        }
    }
    (thousandths / 1000.0 * size, kerns)
}

#[test]
fn word_spacing_widens_the_line_to_its_width() {
    let fonts = fonts();
    let text = "Kế hoạch chuyển đổi số tỉnh Đồng Tháp năm 2025";
    let plain = run(&fonts, Face::Regular, 14.0, 30.0, 30.0, text);
    let wide = justified(&fonts, 30.0, 40.0, text, plain.width + 20.0);
    assert!(wide.word_spacing > 1.0);
    let doc = Document {
        pages: vec![Page {
            marks: Vec::new(),
            width: 210.0,
            height: 297.0,
            items: vec![Item::Text(plain.clone()), Item::Text(wide.clone())],
        }],
        ..Default::default()
    };
    let (_, pdf) = write(&doc, &fonts);
    let page = page_ids(&pdf)[0];
    let font = *pdf.get_page_fonts(page).unwrap().values().next().unwrap();
    let widths = widths(&pdf, font);
    let shows: Vec<Vec<Object>> = operations(&pdf, page)
        .into_iter()
        .filter(|o| o.operator == "Tj" || o.operator == "TJ")
        .map(|o| o.operands)
        .collect();
    assert_eq!(shows.len(), 2);

    let (plain_pt, plain_kerns) = advance(&shows[0], &widths, 14.0);
    assert!(plain_kerns.is_empty());
    // printpdf's /W widths are truncated, so a plain run is a little short.
    assert!((plain_pt - mm_to_pt(plain.width)).abs() < 0.5, "{plain_pt}");

    let (wide_pt, _) = advance(&shows[1], &widths, 14.0);
    let Object::Array(items) = &shows[1][0] else {
        panic!("justified text is shown with TJ")
    };
    // Codes are the subset's renumbered glyph ids; the space is known by its
    // width (Liberation Serif's is 250/1000 em, and no other glyph here is).
    let is_space = |code: &[u8]| widths[&u16::from_be_bytes([code[0], code[1]])] == 250.0;
    // Each gap between words: the numbers that follow a string.
    let mut gaps: Vec<f32> = Vec::new();
    let mut after_string = false;
    for (i, item) in items.iter().enumerate() {
        match item {
            Object::String(s, _) => {
                // Every string but the last ends in a space: that is where the kerns go.
                assert!(s.len() >= 2);
                after_string = true;
                if i + 1 < items.len() {
                    assert!(is_space(&s[s.len() - 2..]), "kern after a non-space");
                }
            }
            number => {
                let k = number.as_float().unwrap();
                // No single number reads as a word gap to lopdf (below -100).
                assert!((-100.0..0.0).contains(&k), "{k}");
                if after_string {
                    gaps.push(0.0);
                    after_string = false;
                }
                *gaps.last_mut().unwrap() += k;
            }
        }
    }
    assert_eq!(gaps.len(), text.matches(' ').count());
    let per_space = mm_to_pt(wide.word_spacing) / 14.0 * 1000.0;
    assert!(per_space > 100.0, "the test covers kerns split in pieces");
    for g in &gaps {
        // Plus up to a few thousandths for the truncated /W widths of the word.
        assert!((-g - per_space).abs() < 10.0, "{g} vs {per_space}");
    }
    // And the line ends where layout said, to a hundredth of a point.
    assert!(wide_pt > plain_pt + mm_to_pt(19.0));
    assert!(
        (wide_pt - mm_to_pt(wide.width)).abs() < 0.01,
        "{wide_pt} vs {}",
        mm_to_pt(wide.width)
    );
}

#[test]
fn a_hundred_pages_stay_small() {
    let fonts = fonts();
    let two = two_pages(&fonts);
    let doc = Document {
        pages: (0..100).map(|i| two.pages[i % 2].clone()).collect(),
        ..two
    };
    let (bytes, pdf) = write(&doc, &fonts);
    assert_eq!(pdf.get_pages().len(), 100);
    let (small, _) = write(&two_pages(&fonts), &fonts);
    let per_page = (bytes.len() - small.len()) / 98;
    assert!(per_page < 15 * 1024, "{per_page} bytes per extra page");
}

#[test]
fn a_missing_character_takes_the_width_layout_gave_it() {
    let fonts = fonts();
    // U+1F600 is not in Liberation Serif: it prints as .notdef.
    let text = "Kế hoạch 😀 chuyển đổi số năm 2025";
    assert!(!fonts.metrics(Face::Regular).has_glyph('😀'));
    let plain = run(&fonts, Face::Regular, 14.0, 30.0, 30.0, text);
    let wide = justified(&fonts, 30.0, 40.0, text, plain.width + 15.0);
    let doc = Document {
        pages: vec![Page {
            marks: Vec::new(),
            width: 210.0,
            height: 297.0,
            items: vec![Item::Text(plain.clone()), Item::Text(wide.clone())],
        }],
        ..Default::default()
    };
    let (_, pdf) = write(&doc, &fonts);
    let page = page_ids(&pdf)[0];
    let font = *pdf.get_page_fonts(page).unwrap().values().next().unwrap();
    let widths = widths(&pdf, font);
    let shows: Vec<Vec<Object>> = operations(&pdf, page)
        .into_iter()
        .filter(|o| o.operator == "TJ" || o.operator == "Tj")
        .map(|o| o.operands)
        .collect();
    for (show, line) in shows.iter().zip([&plain, &wide]) {
        let (pt, _) = advance(show, &widths, 14.0);
        // The plain run keeps /W's truncation (well under a point); the
        // justified one is exact.
        let tolerance = if line.word_spacing > 0.0 { 0.01 } else { 0.3 };
        assert!(
            (pt - mm_to_pt(line.width)).abs() < tolerance,
            "{pt} vs {}",
            mm_to_pt(line.width)
        );
    }
}

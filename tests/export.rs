//! `kehoach export` as a user runs it, checked from the PDF itself (lopdf):
//! paper, margins, sizes, header, page numbers, every word, footnotes,
//! appendices, totals, and clear failures.

mod common;

use common::*;
use lopdf::content::Content;
use lopdf::{Document, Object};
use std::path::{Path, PathBuf};

struct Pdf {
    doc: Document,
    _dir: tempfile::TempDir,
    path: PathBuf,
}

fn export(name: &str, extra: &[&str]) -> Pdf {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.pdf");
    let src = sample(name);
    let mut args = vec!["export", path_str(&src), "-o", path_str(&path)];
    args.extend_from_slice(extra);
    let run = kehoach(&args);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("Đã xuất"), "{}", run.stdout);
    let doc = Document::load(&path).expect("a PDF lopdf can read");
    Pdf {
        doc,
        _dir: dir,
        path,
    }
}

impl Pdf {
    fn pages(&self) -> Vec<lopdf::ObjectId> {
        self.doc.get_pages().into_values().collect()
    }

    fn text(&self, page: usize) -> String {
        self.doc.extract_text(&[page as u32]).unwrap_or_default()
    }

    fn all_text(&self) -> String {
        (1..=self.pages().len())
            .map(|p| self.text(p))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The running text of all pages: page numbers and footnote areas left
    /// out, so a sentence that crosses a page break reads whole.
    fn body_text(&self) -> String {
        let mut out = Vec::new();
        for p in 1..=self.pages().len() {
            let text = self.text(p);
            let mut lines: Vec<&str> = text.lines().collect();
            if p > 1
                && lines.first().is_some_and(|l| {
                    !l.trim().is_empty() && l.trim().chars().all(|c| c.is_ascii_digit())
                })
            {
                lines.remove(0);
            }
            let is_note = |l: &&str| {
                let t = l.trim_start();
                t.starts_with('(')
                    && t.find(") ")
                        .is_some_and(|e| e > 1 && t[1..e].chars().all(|c| c.is_ascii_digit()))
            };
            if let Some(cut) = lines.iter().position(is_note) {
                lines.truncate(cut);
            }
            out.push(lines.join("\n"));
        }
        out.join("\n")
    }

    fn media_box(&self, page: usize) -> (f32, f32) {
        let id = self.pages()[page - 1];
        let dict = self.doc.get_dictionary(id).unwrap();
        let mb = dict.get(b"MediaBox").unwrap().as_array().unwrap();
        let n = |o: &Object| {
            o.as_float()
                .or_else(|_| o.as_i64().map(|i| i as f32))
                .unwrap()
        };
        (n(&mb[2]) - n(&mb[0]), n(&mb[3]) - n(&mb[1]))
    }

    /// (x in pt, font size) of every text position and the Tf sizes, per page.
    fn positions(&self, page: usize) -> (Vec<f32>, Vec<f32>) {
        let id = self.pages()[page - 1];
        let content = Content::decode(&self.doc.get_page_content(id)).unwrap();
        let (mut xs, mut sizes) = (Vec::new(), Vec::new());
        for op in content.operations {
            match op.operator.as_str() {
                "Tm" => xs.push(
                    op.operands[4]
                        .as_float()
                        .or_else(|_| op.operands[4].as_i64().map(|i| i as f32))
                        .unwrap(),
                ),
                "Tf" => sizes.push(
                    op.operands[1]
                        .as_float()
                        .or_else(|_| op.operands[1].as_i64().map(|i| i as f32))
                        .unwrap(),
                ),
                _ => {}
            }
        }
        (xs, sizes)
    }
}

const PT_PER_MM: f32 = 72.0 / 25.4;

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn samples_export_as_a4_with_margins() {
    for name in SAMPLES {
        let pdf = export(name, &[]);
        let n = pdf.pages().len();
        assert!(n >= 10, "{name}: {n} pages");
        for p in 1..=n {
            let (w, h) = pdf.media_box(p);
            let portrait = (w - 595.28).abs() < 0.5 && (h - 841.89).abs() < 0.5;
            let landscape = (h - 595.28).abs() < 0.5 && (w - 841.89).abs() < 0.5;
            assert!(portrait || landscape, "{name} p{p}: {w} x {h}");
            if portrait {
                let (xs, _) = pdf.positions(p);
                for x in xs {
                    assert!(
                        x >= 30.0 * PT_PER_MM - 0.1,
                        "{name} p{p}: text at {:.1} mm",
                        x / PT_PER_MM
                    );
                }
            }
        }
        let size = std::fs::metadata(&pdf.path).unwrap().len();
        assert!(
            size / (n as u64) < 15 * 1024,
            "{name}: {} bytes per page",
            size / n as u64
        );
    }
}

#[test]
fn body_is_14_point_and_header_reads_in_order() {
    let pdf = export("ke-hoach-cds-2024.ron", &[]);
    let mut count = std::collections::HashMap::<i32, usize>::new();
    for p in 1..=10 {
        for s in pdf.positions(p).1 {
            *count.entry((s * 10.0).round() as i32).or_default() += 1;
        }
    }
    let top = count
        .iter()
        .max_by_key(|(_, n)| **n)
        .map(|(s, _)| *s)
        .unwrap();
    assert_eq!(top, 140, "{count:?}");
    let first = squeeze(&pdf.text(1));
    let order = [
        "ỦY BAN NHÂN DÂN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: /KH-UBND",
        "Đồng Tháp, ngày tháng năm 2024",
        "KẾ HOẠCH",
        "Chuyển đổi số tỉnh Đồng Tháp năm 2024",
        "Phần I",
        "ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2023",
    ];
    let mut at = 0;
    for s in order {
        let found = first[at..]
            .find(s)
            .unwrap_or_else(|| panic!("'{s}' after position {at} in: {first}"));
        at += found + s.len();
    }
    // The counts in the evaluation sentence are computed.
    assert!(first.contains("đạt và vượt 43/51 chỉ tiêu"), "{first}");
}

#[test]
fn pages_are_numbered_from_two() {
    let pdf = export("ke-hoach-kts-xhs-2026.ron", &[]);
    assert!(!squeeze(&pdf.text(1)).starts_with('1'));
    for p in 2..=5 {
        assert!(
            squeeze(&pdf.text(p)).starts_with(&format!("{p} ")),
            "p{p}: {}",
            pdf.text(p)
        );
    }
}

#[test]
fn every_footnote_is_on_the_page_of_its_mark() {
    let pdf = export("ke-hoach-cds-2024.ron", &[]);
    for n in 1..=15 {
        let mark = format!("({n})");
        let page = (1..=pdf.pages().len())
            .find(|&p| pdf.text(p).contains(&mark))
            .unwrap_or_else(|| panic!("mark {mark} printed"));
        let text = pdf.text(page);
        assert!(
            text.matches(&mark).count() >= 2,
            "mark and footnote {mark} on page {page}: {text}"
        );
    }
}

#[test]
fn pdf_metadata_names_the_plan_and_the_issuer() {
    let pdf = export("ke-hoach-kts-xhs-2026.ron", &[]);
    let info_ref = pdf
        .doc
        .trailer
        .get(b"Info")
        .unwrap()
        .as_reference()
        .unwrap();
    let info = pdf.doc.get_dictionary(info_ref).unwrap();
    let text = |k: &[u8]| match info.get(k) {
        Ok(Object::String(b, _)) => decode_pdf_string(b),
        other => panic!("{other:?}"),
    };
    assert!(
        text(b"Title").contains("Phát triển kinh tế số và xã hội số tỉnh Đồng Tháp năm 2026"),
        "{}",
        text(b"Title")
    );
    assert_eq!(text(b"Author"), "Ủy ban nhân dân tỉnh Đồng Tháp");
    assert!(!text(b"CreationDate").contains("1970"));
}

fn decode_pdf_string(b: &[u8]) -> String {
    if b.starts_with(&[0xFE, 0xFF]) {
        let u: Vec<u16> = b[2..]
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
            .collect();
        String::from_utf16_lossy(&u)
    } else {
        String::from_utf8_lossy(b).into_owned()
    }
}

#[test]
fn every_word_of_the_body_is_in_the_pdf_text() {
    for name in SAMPLES {
        let p = kehoach::io::load_path(&sample(name)).unwrap();
        let pdf = export(name, &[]);
        let text = pdf.body_text();
        let words: Vec<&str> = text.split_whitespace().collect();
        let mut plain = Vec::new();
        for (_, t) in kehoach::model::text_walk::texts(&p)
            .iter()
            .filter(|(place, _)| {
                matches!(
                    place,
                    kehoach::model::Place::Body(..) | kehoach::model::Place::Preamble(_)
                )
            })
        {
            plain.push(kehoach::model::fields::plain(
                &p,
                &kehoach::model::Rich::new(t.clone()),
            ));
        }
        // Each body text's words appear in the PDF text (footnote marks may
        // stick to the word before them, so compare with marks removed).
        let cleaned: String = words.join(" ");
        // Text extraction breaks lines between runs (a word in italic, a
        // footnote mark), so compare without any whitespace: every character
        // of the sentence, in order, adjacent.
        let cleaned: String = strip_marks(&cleaned).split_whitespace().collect();
        for t in plain {
            for sentence in t.split(". ").filter(|s| s.split_whitespace().count() >= 3) {
                let s: String = strip_marks(sentence).split_whitespace().collect();
                assert!(
                    cleaned.contains(&s),
                    "{name}: sentence not in the PDF: {sentence}"
                );
            }
        }
    }
}

/// Removes "(12)" footnote marks (and any number in parentheses, on both
/// sides of the comparison), so sentences compare whole.
fn strip_marks(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let b: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < b.len() {
        if b[i] == '(' {
            let mut j = i + 1;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            if j > i + 1 && j < b.len() && b[j] == ')' {
                while out.ends_with(' ') {
                    out.pop();
                }
                i = j + 1;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    out
}

#[test]
fn appendices_are_printed_after_the_plan_landscape_when_wide() {
    let pdf = export("ke-hoach-cds-2024.ron", &[]);
    let n = pdf.pages().len();
    let first_appendix = (1..=n)
        .find(|&p| squeeze(&pdf.text(p)).starts_with("Phụ lục I "))
        .expect("Phụ lục I");
    assert!(first_appendix > 20);
    let text = squeeze(&pdf.text(first_appendix));
    assert!(
        text.contains("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU, NHIỆM VỤ NĂM 2023"),
        "{text}"
    );
    assert!(
        text.contains(
            "(Kèm theo Kế hoạch số /KH-UBND ngày tháng năm 2024 của Ủy ban nhân dân tỉnh Đồng Tháp)"
        ),
        "{text}"
    );
    let landscape = (1..=n)
        .filter(|&p| pdf.media_box(p).0 > pdf.media_box(p).1)
        .count();
    assert!(landscape >= 5, "wide tables print landscape: {landscape}");
}

#[test]
fn money_tables_total_the_rows() {
    let pdf = export("ke-hoach-cds-2024.ron", &["--appendices"]);
    let all = squeeze(&pdf.all_text());
    assert!(
        !all.contains("KẾ HOẠCH Chuyển đổi số"),
        "only the appendices"
    );
    assert!(all.starts_with("Phụ lục I "), "{}", &all[..200]);
    assert!(all.contains("TỔNG CỘNG 328.549 138.459"), "investment 2024");
    assert!(all.contains("TỔNG CỘNG 64.204"), "recurrent 2024");
    assert!(
        all.contains("TỔNG CỘNG 319.925 84.008"),
        "2023 investment, the real sum"
    );
    assert!(
        !all.contains("319.944") && !all.contains("84.027"),
        "not the seed's typed total"
    );
    assert!(
        all.contains("TỔNG CỘNG 88.563"),
        "2023 recurrent, the real sum"
    );
    assert!(all.contains("ĐVT: Triệu đồng"));
}

#[test]
fn the_header_row_repeats_on_every_page_of_a_table() {
    let pdf = export("ke-hoach-dti-2023.ron", &["--appendix", "II"]);
    let n = pdf.pages().len();
    assert!(n >= 5, "{n}");
    for p in 1..=n {
        let t = squeeze(&pdf.text(p));
        for h in [
            "STT",
            "Tên chỉ tiêu",
            "Kết quả thực hiện năm 2022",
            "Phấn đấu năm 2023",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Ghi chú",
        ] {
            assert!(t.contains(h), "p{p} lacks '{h}': {t}");
        }
        assert!(pdf.media_box(p).0 > pdf.media_box(p).1, "landscape");
    }
    let all = squeeze(&pdf.all_text());
    assert!(
        all.contains("I NHÓM CHỈ TIÊU VỀ NHẬN THỨC SỐ"),
        "group rows"
    );
    assert!(
        all.contains("VIII NHÓM CHỈ TIÊU VỀ HOẠT ĐỘNG XÃ HỘI SỐ") || all.contains("VIII NHÓM"),
        "eight groups"
    );
    // Numbered 1..96 without the seed's gap at 62.
    assert!(all.contains("62 "), "row 62 exists");
    assert!(
        !all.contains(" 97 "),
        "no row 97: {}",
        &all[all.len() - 400..]
    );
}

#[test]
fn unknown_appendix_fails_and_names_the_existing_ones() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.pdf");
    let run = kehoach(&[
        "export",
        path_str(&sample("ke-hoach-cds-2024.ron")),
        "-o",
        path_str(&out),
        "--appendix",
        "IX",
    ]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("Không có phụ lục \"IX\""),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("VII (phan-cong)"), "{}", run.stderr);
    assert!(!out.exists(), "nothing written");
    // By key and by number work too.
    let pdf = export(
        "ke-hoach-cds-2024.ron",
        &["--appendix", "dau-tu", "--appendix", "6"],
    );
    let all = squeeze(&pdf.all_text());
    assert!(all.starts_with("Phụ lục V "), "{}", &all[..100]);
    assert!(all.contains("Phụ lục VI "));
    assert!(!all.contains("Phụ lục VII "));
}

#[test]
fn another_font_family_can_be_used() {
    let dir = tempfile::tempdir().unwrap();
    let fonts = dir.path().join("Times");
    std::fs::create_dir(&fonts).unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("fonts");
    for (from, to) in [
        ("Regular", "times"),
        ("Bold", "timesbd"),
        ("Italic", "timesi"),
        ("BoldItalic", "timesbi"),
    ] {
        std::fs::copy(
            src.join(format!("LiberationSerif-{from}.ttf")),
            fonts.join(format!("{to}.ttf")),
        )
        .unwrap();
    }
    let pdf = export(
        "ke-hoach-kts-xhs-2026.ron",
        &["--font-dir", path_str(&fonts)],
    );
    assert!(squeeze(&pdf.text(1)).contains("KẾ HOẠCH"));
}

/// The plan of the report: `check` found an unknown agency and a missing
/// appendix, yet `export` printed "{pl:khong-co}" into a PDF with exit 0.
#[test]
fn with_source_date_epoch_two_exports_are_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let export_at = |name: &str| {
        let out = dir.path().join(name);
        let o = std::process::Command::new(env!("CARGO_BIN_EXE_kehoach"))
            .args([
                "export",
                path_str(&sample("ke-hoach-cds-2024.ron")),
                "-o",
                path_str(&out),
            ])
            .env("SOURCE_DATE_EPOCH", "1767225600")
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        out
    };
    let first = export_at("mot.pdf");
    // A second apart, so a clock in the file would show.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let second = export_at("hai.pdf");
    assert!(std::fs::read(&first).unwrap() == std::fs::read(&second).unwrap());
    let doc = Document::load(&first).unwrap();
    let info = doc
        .get_dictionary(doc.trailer.get(b"Info").unwrap().as_reference().unwrap())
        .unwrap();
    for key in [&b"CreationDate"[..], b"ModDate"] {
        let date = decode_pdf_string(info.get(key).unwrap().as_str().unwrap());
        assert!(date.starts_with("D:20260101000000"), "{date}");
    }
}

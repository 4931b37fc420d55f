//! Import from Word: a plan written in Word read back into the model. The
//! fixtures are Word files of the seed plans made without kehoach's own
//! export (tests/fixtures/word/README.md); the round trip through kehoach's
//! export is checked too, but the fixtures are the real test.

mod common;

use common::*;
use kehoach_core::compose::Options;
use kehoach_core::fonts::FontSet;
use kehoach_core::io::word;
use kehoach_core::model::{Money, Plan};

/// What an officer checks after an import: the counts and totals `check`
/// prints, and the header and closing.
#[derive(Debug, PartialEq)]
struct Counts {
    year: i32,
    title: String,
    targets: (usize, usize),
    review_targets: (usize, usize),
    tasks: (usize, usize),
    projects: (usize, Money, Money),
    review_projects: (usize, Money, Money),
    recurrent: (usize, Money),
    review_recurrent: (usize, Money),
    appendices: Vec<String>,
    preamble: usize,
    recipients: usize,
    signer: String,
}

fn sum(values: impl Iterator<Item = Money>) -> Money {
    values.fold(Money::ZERO, |a, b| a.checked_add(b).unwrap())
}

fn counts(p: &Plan) -> Counts {
    let targets =
        |g: &[kehoach_core::model::TargetGroup]| (g.iter().map(|g| g.targets.len()).sum(), g.len());
    let projects = |b: &kehoach_core::model::Budget| {
        (
            b.investment.len(),
            sum(b.investment.iter().map(|p| p.total)),
            sum(b.investment.iter().map(|p| p.capital)),
        )
    };
    let recurrent = |b: &kehoach_core::model::Budget| {
        (b.recurrent.len(), sum(b.recurrent.iter().map(|r| r.amount)))
    };
    Counts {
        year: p.year,
        title: p.meta.title.as_str().to_string(),
        targets: targets(&p.targets),
        review_targets: targets(&p.review.targets),
        tasks: (
            p.tasks
                .iter()
                .flat_map(|g| &g.tasks)
                .map(|t| t.count())
                .sum(),
            p.tasks.len(),
        ),
        projects: projects(&p.budget),
        review_projects: projects(&p.review.budget),
        recurrent: recurrent(&p.budget),
        review_recurrent: recurrent(&p.review.budget),
        appendices: p
            .appendices
            .iter()
            .map(|a| a.title.as_str().to_string())
            .collect(),
        preamble: p.preamble.len(),
        recipients: p.recipients.len(),
        signer: p.signature.name.clone(),
    }
}

fn round_trip(name: &str) -> (Plan, word::Imported) {
    let plan = kehoach_core::io::load_path(&sample(name)).unwrap();
    let bytes = kehoach_core::docx::write(&plan, &FontSet::bundled().unwrap(), &Options::default())
        .unwrap();
    (plan, word::import(&bytes).unwrap())
}

#[test]
fn the_2024_plan_comes_back_from_its_own_word_export() {
    let (plan, imported) = round_trip("ke-hoach-cds-2024.ron");
    let got = counts(&imported.plan);
    assert_eq!(got, counts(&plan));
    assert_eq!(got.targets, (44, 5));
    assert_eq!(
        (got.projects.1, got.projects.2),
        (Money::from_millions(328_549), Money::from_millions(138_459))
    );
    // The file it makes loads and checks like any plan.
    let text = kehoach_core::io::to_ron_string(&imported.plan).unwrap();
    let again = kehoach_core::io::load_str(&text, std::path::Path::new("nhap.ron")).unwrap();
    assert_eq!(counts(&again), got);
}

#[test]
fn every_sample_comes_back_from_its_own_word_export() {
    for name in ["ke-hoach-dti-2023.ron", "ke-hoach-kts-xhs-2026.ron"] {
        let (plan, imported) = round_trip(name);
        assert_eq!(counts(&imported.plan), counts(&plan), "{name}");
    }
}

#[test]
fn a_file_that_is_not_word_is_refused_in_words() {
    let err = word::import(b"not a zip").unwrap_err();
    assert!(
        err.to_string().contains("không phải tài liệu Word"),
        "{err}"
    );
    // An old .doc and a PDF are named, with what to do.
    let doc = word::import(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]).unwrap_err();
    assert!(doc.to_string().contains("Word cũ (.doc)"), "{doc}");
    assert!(doc.to_string().contains("Lưu thành"), "{doc}");
    let pdf = word::import(b"%PDF-1.4 ...").unwrap_err();
    assert!(pdf.to_string().contains("tệp PDF"), "{pdf}");
}

/// Every section's label and title in reading order, as the plan prints
/// them ("II.", "1.1.", "a)").
fn outline(p: &Plan) -> Vec<String> {
    use kehoach_core::model::body::Block;
    let labels = kehoach_core::model::outline::labels(&p.body);
    let mut out = Vec::new();
    fn walk(
        blocks: &[Block],
        labels: &std::collections::HashMap<kehoach_core::model::Id, String>,
        out: &mut Vec<String>,
    ) {
        for b in blocks {
            match b {
                Block::Part(x) => {
                    out.push(format!("Phần: {}", x.title.as_str()));
                    walk(&x.blocks, labels, out);
                }
                Block::Section(s) => {
                    let label = labels.get(&s.id).cloned().unwrap_or_default();
                    out.push(format!("{label} {}", s.title.as_str().trim()));
                    walk(&s.blocks, labels, out);
                }
                _ => {}
            }
        }
    }
    walk(&p.body, &labels, &mut out);
    out
}

fn fixture(name: &str) -> word::Imported {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/word")
        .join(name);
    word::import(&std::fs::read(&path).unwrap()).unwrap()
}

#[test]
fn the_2024_plan_typed_in_word_with_automatic_numbering() {
    let sample = kehoach_core::io::load_path(&sample("ke-hoach-cds-2024.ron")).unwrap();
    let imported = fixture("ke-hoach-cds-2024-tu-dong.docx");
    let got = counts(&imported.plan);
    assert_eq!(got, counts(&sample));
    assert_eq!(got.targets, (44, 5));
    assert_eq!(got.projects.0, 15);
    assert_eq!(
        (got.projects.1, got.projects.2),
        (Money::from_millions(328_549), Money::from_millions(138_459))
    );
    // Word's numbering read as the sections kehoach numbers itself.
    assert_eq!(outline(&imported.plan), outline(&sample));
    // The typed total of Phụ lục II is not the sum of its rows.
    let notes: Vec<&str> = imported
        .report
        .notes
        .iter()
        .map(|n| n.message.as_str())
        .collect();
    assert!(
        notes
            .iter()
            .any(|n| n.contains("319.944") && n.contains("319.925")),
        "{notes:?}"
    );
    // Footnotes come back as footnotes.
    let text = kehoach_core::io::to_ron_string(&imported.plan).unwrap();
    assert!(
        text.contains("^[Công văn số 1332/STTTT-TTBCXB"),
        "footnote kept"
    );
}

#[test]
fn the_dti_plan_typed_in_word_with_numbers_typed() {
    let sample = kehoach_core::io::load_path(&sample("ke-hoach-dti-2023.ron")).unwrap();
    let imported = fixture("ke-hoach-dti-2023-go-tay.docx");
    let got = counts(&imported.plan);
    assert_eq!(got, counts(&sample));
    assert_eq!(got.targets, (96, 8));
    assert_eq!(outline(&imported.plan), outline(&sample));
    assert!(imported.plan.agencies.len() >= 20);
    // "Sở TT&TT" in a table and "Sở Thông tin và Truyền thông" in the text
    // are one agency.
    let tttt: Vec<_> = imported
        .plan
        .agencies
        .iter()
        .filter(|a| a.name.contains("Thông tin và Truyền thông") && a.name.starts_with("Sở"))
        .collect();
    assert_eq!(tttt.len(), 1, "{:?}", imported.plan.agencies);
}

#[test]
fn a_decision_with_its_attached_plan_becomes_a_dossier() {
    let sample = kehoach_core::io::load_path(&sample("ke-hoach-kts-xhs-2026.ron")).unwrap();
    let imported = fixture("quyet-dinh-kts-xhs-2026.docx");
    let p = &imported.plan;
    let d = p.decision.as_ref().expect("the decision");
    assert_eq!(d.meta.doc_type, "QUYẾT ĐỊNH");
    assert_eq!(d.articles.len(), 3);
    assert!(
        d.articles[0]
            .text
            .as_str()
            .starts_with("Ban hành kèm theo Quyết định này")
    );
    assert!(!d.bases.is_empty() && d.bases[0].as_str().starts_with("Căn cứ"));
    assert_eq!(d.signature.name, sample.signature.name);
    assert_eq!(p.meta.title, sample.meta.title);
    let (got, want) = (counts(p), counts(&sample));
    assert_eq!((got.targets, got.tasks), (want.targets, want.tasks));
    assert_eq!(got.appendices, want.appendices);
    assert_eq!(outline(p), outline(&sample));
}

/// The seed's own text made a Word file (`seed_to_html.py`, then
/// LibreOffice): tables cut by pages joined again, "STT" over two number
/// columns, group rows typed "I NHÓM …" in one cell, headings in Word's
/// heading styles, the title broken by Shift+Enter, Word bullets.
fn from_seed(fixture_name: &str, sample_name: &str) -> (word::Imported, Plan) {
    let sample = kehoach_core::io::load_path(&sample(sample_name)).unwrap();
    (fixture(fixture_name), sample)
}

/// The outline as read: an agency written as a field reads as its name, since
/// a sample's directory holds agencies its tables never name, which the
/// importer cannot know.
fn outline_read(p: &Plan) -> Vec<String> {
    outline(p)
        .into_iter()
        .map(|line| {
            p.agencies.iter().fold(line, |line, a| {
                line.replace(&format!("{{cq:{}}}", a.key), &a.name)
            })
        })
        .collect()
}

#[test]
fn the_dti_plan_rebuilt_from_its_seed_text() {
    let (imported, sample) = from_seed("van-ban-goc-dti-2023.docx", "ke-hoach-dti-2023.ron");
    let (got, want) = (counts(&imported.plan), counts(&sample));
    assert_eq!(got.targets, (96, 8));
    // "Kết quả thực hiện năm 2022" beside "Phấn đấu năm 2023": where the
    // plan starts from.
    let first = &imported.plan.targets[0].targets[0];
    assert_eq!(
        (first.baseline.as_str(), first.target.as_str()),
        ("1/3 cuộc", "100%")
    );
    // Phụ lục II is pasted page by page in this file, each piece with the
    // header: one table again, as in the sample.
    let tables = |p: &Plan| {
        kehoach_core::io::to_ron_string(p)
            .unwrap()
            .matches("Table(")
            .count()
    };
    assert_eq!(tables(&imported.plan), tables(&sample));
    assert_eq!(got, want);
    assert_eq!(outline(&imported.plan), outline(&sample));
}

#[test]
fn the_2026_plan_rebuilt_from_its_seed_text() {
    let (imported, sample) =
        from_seed("van-ban-goc-kts-xhs-2026.docx", "ke-hoach-kts-xhs-2026.ron");
    let (got, want) = (counts(&imported.plan), counts(&sample));
    assert_eq!(got, want);
    assert_eq!(outline_read(&imported.plan), outline_read(&sample));
    // Word's bullet list, "+ " lines one level down.
    let text = kehoach_core::io::to_ron_string(&imported.plan).unwrap();
    assert_eq!(text.matches("SubBullet(").count(), 3);
    // "khoản 1 mục IV" typed in the text is the section's field, as in the
    // sample.
    let sample_text = kehoach_core::io::to_ron_string(&sample).unwrap();
    assert_eq!(text.matches("{mục:").count(), 7);
    assert_eq!(sample_text.matches("{mục:").count(), 7);
    assert_eq!(text.matches("Bullet(").count(), 124);
}

/// Text with its agency fields dropped: a sample's directory spells some
/// agencies its own way (keys, short forms) where the Word file has words.
fn without_agencies(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(at) = rest.find("{cq:") {
        out.push_str(&rest[..at]);
        rest = rest[at..].find('}').map_or("", |end| &rest[at + end + 1..]);
    }
    out.push_str(rest);
    out
}

/// Every target's and task's words as the officer reads them in the tables:
/// name, unit, baseline, target, result, note, deadline, and how many
/// agencies lead and coordinate.
fn rows(p: &Plan) -> Vec<String> {
    let mut out = Vec::new();
    for t in p.targets.iter().flat_map(|g| &g.targets) {
        out.push(without_agencies(&format!(
            "{} | {} | {} | {} | {} | {} | {}/{}",
            t.name.as_str(),
            t.unit,
            t.baseline,
            t.target,
            t.result,
            t.note.as_str(),
            t.lead.len(),
            t.coordinating.len()
        )));
    }
    fn tasks(list: &[kehoach_core::model::Task], out: &mut Vec<String>) {
        for t in list {
            out.push(without_agencies(&format!(
                "{} | {} | {} | {} | {}/{}",
                t.name.as_str(),
                t.deadline,
                t.result.as_str(),
                t.note.as_str(),
                t.lead.len(),
                t.coordinating.len()
            )));
            tasks(&t.subtasks, out);
        }
    }
    for g in &p.tasks {
        tasks(&g.tasks, &mut out);
    }
    out
}

#[test]
fn every_row_of_the_tables_reads_as_the_samples() {
    for (fixture_name, sample_name) in [
        ("ke-hoach-dti-2023-go-tay.docx", "ke-hoach-dti-2023.ron"),
        ("ke-hoach-cds-2024-tu-dong.docx", "ke-hoach-cds-2024.ron"),
        ("quyet-dinh-kts-xhs-2026.docx", "ke-hoach-kts-xhs-2026.ron"),
    ] {
        let sample = kehoach_core::io::load_path(&sample(sample_name)).unwrap();
        let got = rows(&fixture(fixture_name).plan);
        let want = rows(&sample);
        assert_eq!(got.len(), want.len(), "{fixture_name}");
        for (g, w) in got.iter().zip(&want) {
            assert_eq!(g, w, "{fixture_name}");
        }
    }
}

/// The fixture's parts, `word/document.xml` given by `edit`, as a .docx.
fn with_document(name: &str, edit: impl Fn(&str) -> String) -> Vec<u8> {
    use std::io::{Read, Write};
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/word")
        .join(name);
    let bytes = std::fs::read(&path).unwrap();
    let mut src = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..src.len() {
        let mut f = src.by_index(i).unwrap();
        let name = f.name().unwrap().to_string();
        let mut data = Vec::new();
        f.read_to_end(&mut data).unwrap();
        if name == "word/document.xml" {
            data = edit(&String::from_utf8(data).unwrap()).into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&data).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// `xml` without its `n`-th element named `tag` (with what it holds).
fn without_element(xml: &str, tag: &str, n: usize) -> Option<String> {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    let starts: Vec<usize> = xml
        .match_indices(&open)
        .map(|(i, _)| i)
        .filter(|&i| matches!(xml.as_bytes().get(i + open.len()), Some(b'>' | b' ' | b'/')))
        .collect();
    let start = *starts.get(n % starts.len().max(1))?;
    // Self-closing, or up to its matching end tag.
    let head_end = start + xml[start..].find('>')?;
    if xml.as_bytes().get(head_end - 1) == Some(&b'/') {
        return Some(format!("{}{}", &xml[..start], &xml[head_end + 1..]));
    }
    let mut depth = 0usize;
    let mut at = start;
    loop {
        let next_open = xml[at + 1..].find(&open).map(|i| i + at + 1);
        let next_close = xml[at + 1..].find(&close).map(|i| i + at + 1)?;
        match next_open {
            Some(o) if o < next_close => {
                depth += 1;
                at = o;
            }
            _ => {
                if depth == 0 {
                    let end = next_close + close.len();
                    return Some(format!("{}{}", &xml[..start], &xml[end..]));
                }
                depth -= 1;
                at = next_close;
            }
        }
    }
}

/// Word files cut about the way a careless edit or a converter leaves them
/// (a cell, a row, a paragraph, a merge or a header mark missing, so that
/// rows are short, spans overrun the grid, headers have no rows under them):
/// every one is imported or refused in words, never a crash.
#[test]
fn damaged_word_files_are_imported_or_refused_never_a_crash() {
    let tags = [
        "w:tc",
        "w:tr",
        "w:p",
        "w:gridSpan",
        "w:vMerge",
        "w:tblHeader",
        "w:numPr",
    ];
    let mut seed: u64 = 17;
    let mut next = || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize
    };
    for name in [
        "ke-hoach-cds-2024-tu-dong.docx",
        "van-ban-goc-dti-2023.docx",
        "quyet-dinh-kts-xhs-2026.docx",
    ] {
        for _ in 0..8 {
            let cuts: Vec<(&str, usize)> = (0..1 + next() % 6)
                .map(|_| (tags[next() % tags.len()], next()))
                .collect();
            let bytes = with_document(name, |xml| {
                cuts.iter().fold(xml.to_string(), |xml, (tag, n)| {
                    without_element(&xml, tag, *n).unwrap_or(xml)
                })
            });
            match word::import(&bytes) {
                Ok(imported) => {
                    kehoach_core::io::to_ron_string(&imported.plan).unwrap();
                }
                Err(e) => assert!(!e.to_string().is_empty()),
            }
        }
    }
}

/// "Sở TT&TT" in some rows and "Sở Thông tin và Truyền thông" in others
/// are taken for one agency: a guess the review list names, linked to the
/// agency in Danh mục cơ quan.
#[test]
fn an_agency_taken_for_another_by_its_initials_is_listed_for_review() {
    use kehoach_core::model::place::{Leaf, Place};
    let bytes = with_document("ke-hoach-dti-2023-go-tay.docx", |xml| {
        // The last table's cells abbreviated, as another officer typed them.
        let at = xml.rfind("<w:tbl>").unwrap_or(0);
        let (head, tail) = xml.split_at(at);
        format!(
            "{head}{}",
            tail.replace(">Sở Thông tin và Truyền thông</w:t>", ">Sở TT&amp;TT</w:t>")
        )
    });
    let imported = word::import(&bytes).unwrap();
    let p = &imported.plan;
    let tttt: Vec<_> = p
        .agencies
        .iter()
        .filter(|a| a.name == "Sở Thông tin và Truyền thông")
        .collect();
    assert_eq!(tttt.len(), 1);
    assert_eq!(tttt[0].short, "Sở TT&TT");
    let item = p
        .to_review
        .iter()
        .find(|i| {
            i.message.contains(
                "\"Sở TT&TT\" được coi là tên viết tắt của \"Sở Thông tin và Truyền thông\"",
            )
        })
        .expect("the guess is listed");
    let at = p
        .agencies
        .iter()
        .position(|a| a.key == tttt[0].key)
        .unwrap();
    assert_eq!(item.at.place(p), Some(Place::Agency(at, Leaf::Whole)));
}

//! Writes a two-page test PDF (an ND30 header and justified text in portrait,
//! a ruled table in landscape) to look at:
//! `cargo run --example pdf_smoke -- out.pdf && pdftoppm -png -r 60 out.pdf page`
//!
//! With `--pages N` it repeats the pages to N and prints how long writing took.

use kehoach::fonts::FontSet;
use kehoach::layout::page::{Document, Face, Item, Page, Rule, TextRun};
use std::process::ExitCode;
use std::time::Instant;

const BODY: &str = "Thực hiện Nghị quyết số 05-NQ/TU ngày 15 tháng 01 năm 2025 của Tỉnh ủy về chuyển \
đổi số tỉnh Đồng Tháp đến năm 2025, định hướng đến năm 2030; Ủy ban nhân dân tỉnh ban hành Kế hoạch \
chuyển đổi số tỉnh Đồng Tháp năm 2025 với các nội dung cụ thể như sau: phát triển chính quyền số, \
kinh tế số và xã hội số; bảo đảm an toàn, an ninh mạng; nâng cao nhận thức, kỹ năng số cho người \
dân và doanh nghiệp trên địa bàn tỉnh.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("Cách dùng: pdf_smoke TỆP.pdf [--pages N]");
        return ExitCode::from(2);
    };
    let pages = match args.iter().position(|a| a == "--pages") {
        Some(i) => match args.get(i + 1).and_then(|n| n.parse::<usize>().ok()) {
            Some(n) if n > 0 => n,
            _ => {
                eprintln!("--pages cần một số dương");
                return ExitCode::from(2);
            }
        },
        None => 2,
    };
    let fonts = match FontSet::bundled() {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let two = [portrait(&fonts), landscape(&fonts)];
    let doc = Document {
        pages: (0..pages).map(|i| two[i % 2].clone()).collect(),
        title: "Kế hoạch Chuyển đổi số tỉnh Đồng Tháp năm 2025".into(),
        author: "Ủy ban nhân dân tỉnh Đồng Tháp".into(),
        subject: "Chuyển đổi số".into(),
    };
    let start = Instant::now();
    let bytes = match kehoach::pdf::write(&doc, &fonts) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let took = start.elapsed();
    if let Err(e) = std::fs::write(path, &bytes) {
        eprintln!("Không ghi được {path}: {e}");
        return ExitCode::FAILURE;
    }
    println!(
        "{path}: {pages} trang, {} byte ({:.1} KB/trang), ghi trong {:.1} ms",
        bytes.len(),
        bytes.len() as f64 / 1024.0 / pages as f64,
        took.as_secs_f64() * 1000.0
    );
    ExitCode::SUCCESS
}

fn text(fonts: &FontSet, face: Face, size: f32, x: f32, baseline: f32, s: &str) -> TextRun {
    TextRun {
        x,
        baseline,
        face,
        size,
        text: s.into(),
        word_spacing: 0.0,
        width: fonts.metrics(face).width_mm(s, size),
    }
}

fn centered(fonts: &FontSet, face: Face, size: f32, center: f32, baseline: f32, s: &str) -> Item {
    let mut t = text(fonts, face, size, center, baseline, s);
    t.x = center - t.width / 2.0;
    Item::Text(t)
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

/// Greedy lines filling `width`, all but the last justified, the first indented.
fn paragraph(
    fonts: &FontSet,
    left: f32,
    width: f32,
    mut baseline: f32,
    indent: f32,
    s: &str,
    out: &mut Vec<Item>,
) -> f32 {
    let m = fonts.metrics(Face::Regular);
    let size = 14.0;
    let words: Vec<&str> = s.split(' ').collect();
    let mut i = 0;
    let mut first = true;
    while i < words.len() {
        let x = if first { left + indent } else { left };
        let avail = left + width - x;
        let mut j = i + 1;
        while j < words.len() && m.width_mm(&words[i..=j].join(" "), size) <= avail {
            j += 1;
        }
        let line = words[i..j].join(" ");
        let mut run = text(fonts, Face::Regular, size, x, baseline, &line);
        let spaces = j - i - 1;
        if j < words.len() && spaces > 0 {
            run.word_spacing = (avail - run.width) / spaces as f32;
            run.width = avail;
        }
        out.push(Item::Text(run));
        baseline += 7.0;
        i = j;
        first = false;
    }
    baseline
}

fn shuffled(s: &str, seed: &mut u64) -> String {
    let mut words: Vec<&str> = s.split(' ').collect();
    for i in (1..words.len()).rev() {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        words.swap(i, (*seed >> 33) as usize % (i + 1));
    }
    words.join(" ")
}

fn portrait(fonts: &FontSet) -> Page {
    let mut items = Vec::new();
    let (left, right) = (30.0, 190.0);
    items.push(centered(
        fonts,
        Face::Regular,
        13.0,
        62.0,
        25.0,
        "ỦY BAN NHÂN DÂN",
    ));
    items.push(centered(
        fonts,
        Face::Bold,
        13.0,
        62.0,
        31.0,
        "TỈNH ĐỒNG THÁP",
    ));
    items.push(rule(52.0, 33.0, 72.0, 33.0, 0.5));
    items.push(centered(
        fonts,
        Face::Bold,
        13.0,
        140.0,
        25.0,
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    ));
    items.push(centered(
        fonts,
        Face::Bold,
        14.0,
        140.0,
        31.0,
        "Độc lập - Tự do - Hạnh phúc",
    ));
    items.push(rule(111.0, 33.0, 169.0, 33.0, 0.5));
    items.push(centered(
        fonts,
        Face::Regular,
        13.0,
        62.0,
        40.0,
        "Số: 125/KH-UBND",
    ));
    items.push(centered(
        fonts,
        Face::Italic,
        14.0,
        140.0,
        40.0,
        "Đồng Tháp, ngày 20 tháng 01 năm 2025",
    ));
    items.push(centered(fonts, Face::Bold, 14.0, 110.0, 55.0, "KẾ HOẠCH"));
    items.push(centered(
        fonts,
        Face::Bold,
        14.0,
        110.0,
        61.0,
        "Chuyển đổi số tỉnh Đồng Tháp năm 2025",
    ));
    items.push(rule(85.0, 63.5, 135.0, 63.5, 0.5));
    let mut y = paragraph(fonts, left, right - left, 75.0, 12.7, BODY, &mut items);
    // A bold lead-in followed by regular text on the same line.
    let lead = text(
        fonts,
        Face::Bold,
        14.0,
        left + 12.7,
        y,
        "I. MỤC ĐÍCH, YÊU CẦU ",
    );
    let rest_x = lead.x + lead.width;
    items.push(Item::Text(lead));
    items.push(Item::Text(text(
        fonts,
        Face::Regular,
        14.0,
        rest_x,
        y,
        "(đúng – đủ – kịp thời)",
    )));
    y += 7.0;
    items.push(Item::Text(text(
        fonts,
        Face::BoldItalic,
        14.0,
        left + 12.7,
        y,
        "a) Mục tiêu tổng quát: ",
    )));
    y += 7.0;
    // Fill the page with the same words in other orders, so sizes and times
    // are those of a full page of text that does not simply repeat.
    let mut seed = 1u64;
    while y < 250.0 {
        let text = shuffled(BODY, &mut seed);
        y = paragraph(fonts, left, right - left, y, 12.7, &text, &mut items);
    }
    Page {
        marks: Vec::new(),
        width: 210.0,
        height: 297.0,
        items,
    }
}

fn landscape(fonts: &FontSet) -> Page {
    let mut items = Vec::new();
    items.push(centered(fonts, Face::Bold, 14.0, 148.5, 25.0, "Phụ lục I"));
    items.push(centered(
        fonts,
        Face::Bold,
        14.0,
        148.5,
        31.0,
        "CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2025",
    ));
    items.push(centered(
        fonts,
        Face::Italic,
        13.0,
        148.5,
        37.0,
        "(Kèm theo Kế hoạch số 125/KH-UBND ngày 20/01/2025 của UBND tỉnh)",
    ));
    let cols = [20.0, 35.0, 175.0, 215.0, 277.0];
    let heads = ["STT", "Chỉ tiêu", "Đơn vị tính", "Phấn đấu năm 2025"];
    let rows = [
        [
            "1",
            "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến",
            "%",
            "≥ 80",
        ],
        [
            "2",
            "Tỷ lệ dân số trưởng thành có chữ ký số cá nhân",
            "%",
            "≥ 50",
        ],
        ["3", "Tỷ trọng kinh tế số trong GRDP của tỉnh", "%", "20"],
        [
            "4",
            "Số doanh nghiệp công nghệ số đang hoạt động",
            "doanh nghiệp",
            "1.250",
        ],
    ];
    let top = 45.0;
    let row_h = 9.0;
    let bottom = top + row_h * (rows.len() + 1) as f32;
    for (k, y) in (0..=rows.len() + 1).map(|k| (k, top + row_h * k as f32)) {
        let t = if k == 0 || k == rows.len() + 1 {
            0.75
        } else {
            0.5
        };
        items.push(rule(cols[0], y, cols[4], y, t));
    }
    for x in cols {
        items.push(rule(x, top, x, bottom, 0.5));
    }
    for (c, h) in heads.iter().enumerate() {
        let center = (cols[c] + cols[c + 1]) / 2.0;
        items.push(centered(fonts, Face::Bold, 13.0, center, top + 6.0, h));
    }
    for (r, row) in rows.iter().enumerate() {
        let baseline = top + row_h * (r as f32 + 1.0) + 6.0;
        for (c, cell) in row.iter().enumerate() {
            if c == 1 {
                items.push(Item::Text(text(
                    fonts,
                    Face::Regular,
                    13.0,
                    cols[1] + 2.0,
                    baseline,
                    cell,
                )));
            } else {
                let center = (cols[c] + cols[c + 1]) / 2.0;
                items.push(centered(fonts, Face::Regular, 13.0, center, baseline, cell));
            }
        }
    }
    items.push(Item::Text(text(
        fonts,
        Face::BoldItalic,
        13.0,
        cols[0],
        bottom + 8.0,
        "Ghi chú: số liệu ước thực hiện đến ngày 31/12/2024.",
    )));
    Page {
        marks: Vec::new(),
        width: 297.0,
        height: 210.0,
        items,
    }
}

//! `kehoach export FILE.ron -o OUT.pdf`: the dossier (submission, decision,
//! plan and appendices) as PDF, or one document of it, or appendices;
//! `-o OUT.xlsx`: the appendix tables as a workbook.

use super::exit;
use super::output::{self, Output};
use crate::io;
use crate::layout::{self, Options};
use crate::model::numbering::roman;
use crate::model::{DocKind, Plan};
use std::io::Write;
use std::path::PathBuf;

const PDF: Output = Output {
    kind: "PDF",
    verb: "xuất",
    ext: "pdf",
};

const DOCX: Output = Output {
    kind: "Word",
    verb: "xuất",
    ext: "docx",
};

const XLSX: Output = Output {
    kind: "Excel",
    verb: "xuất",
    ext: "xlsx",
};

/// What `-o` asks for, by its extension.
#[derive(Clone, Copy, PartialEq)]
enum Format {
    Pdf,
    Docx,
    Xlsx,
}

impl Format {
    fn of(path: &std::path::Path) -> Format {
        match path.extension().and_then(|e| e.to_str()) {
            Some(e) if e.eq_ignore_ascii_case("xlsx") => Format::Xlsx,
            Some(e) if e.eq_ignore_ascii_case("docx") => Format::Docx,
            _ => Format::Pdf,
        }
    }

    fn output(self) -> &'static Output {
        match self {
            Format::Pdf => &PDF,
            Format::Docx => &DOCX,
            Format::Xlsx => &XLSX,
        }
    }

    fn name(self) -> &'static str {
        self.output().kind
    }
}

pub struct Args {
    pub file: PathBuf,
    pub output: PathBuf,
    /// Only the appendices.
    pub appendices_only: bool,
    /// Only one document of the dossier ("quyet-dinh", "to-trinh", "ke-hoach").
    pub document: Option<String>,
    /// Only these appendices ("II", "2" or a key such as "dau-tu").
    pub appendix: Vec<String>,
    /// A folder with another font family's four TTF files.
    pub font_dir: Option<PathBuf>,
    /// Export even when the plan has errors.
    pub force: bool,
    /// The task list for tracking software (an .xlsx).
    pub tasks: bool,
}

pub fn run(a: &Args, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match export(a) {
        Ok(report) => {
            let _ = out.write_all(report.as_bytes());
            exit::OK
        }
        Err(Refused::Problems(text)) => {
            let _ = err.write_all(text.as_bytes());
            exit::PROBLEMS
        }
        Err(Refused::Failure(msg)) => {
            let _ = writeln!(err, "{msg}");
            exit::FAILURE
        }
    }
}

/// Why nothing was written: the plan has errors (exit 1, as `check`), or the
/// export itself failed (exit 2).
enum Refused {
    Problems(String),
    Failure(String),
}

impl From<String> for Refused {
    fn from(msg: String) -> Refused {
        Refused::Failure(msg)
    }
}

fn export(a: &Args) -> Result<String, Refused> {
    let plan = io::load_path(&a.file).map_err(|e| e.to_string())?;
    let format = Format::of(&a.output);
    format.output().check(&a.file, &a.output)?;
    let errors = crate::validate::errors(&plan);
    if !errors.is_empty() && !a.force {
        return Err(Refused::Problems(format!(
            "Kế hoạch có {} lỗi nên chưa xuất {} (không ghi tệp nào):\n{}Hãy sửa các lỗi trên (kehoach check {} liệt kê cả các cảnh báo), hoặc thêm --force để vẫn xuất.\n",
            errors.len(),
            format.name(),
            super::problem_lines(&errors),
            a.file.display()
        )));
    }
    let fonts = output::fonts(a.font_dir.as_ref())?;
    let selected = select(&plan, &a.appendix)?;
    let mut report = String::new();
    if !errors.is_empty() {
        report.push_str(&format!(
            "Cảnh báo: kế hoạch có {} lỗi, vẫn xuất vì có --force:\n{}",
            errors.len(),
            super::problem_lines(&errors)
        ));
    }
    if a.tasks {
        if format != Format::Xlsx {
            return Err(Refused::Failure(format!(
                "Danh sách nhiệm vụ được xuất ra tệp Excel: hãy đặt tên tệp kết quả có đuôi .xlsx, ví dụ {}.",
                a.output.with_extension("xlsx").display()
            )));
        }
        let book = crate::xlsx::task_list(&plan, &fonts).map_err(|e| e.to_string())?;
        XLSX.write(&a.output, &book.bytes)?;
        report.push_str(&format!(
            "Đã xuất danh sách {} nhiệm vụ vào {}\n",
            crate::model::summary::task_count(&plan),
            a.output.display()
        ));
        return Ok(report);
    }
    if format == Format::Xlsx {
        if a.document.is_some() {
            return Err(Refused::Failure(
                "Tệp Excel chỉ chứa các bảng phụ lục; --document dùng cho PDF.".into(),
            ));
        }
        let opts = Options::appendices((!a.appendix.is_empty()).then_some(selected));
        let book = crate::xlsx::appendix_tables(&plan, &fonts, &opts).map_err(|e| e.to_string())?;
        XLSX.write(&a.output, &book.bytes)?;
        report.push_str(&format!(
            "Đã xuất {} bảng vào {}: {}\n",
            book.sheets.len(),
            a.output.display(),
            book.sheets.join(", ")
        ));
        return Ok(report);
    }
    let opts = match &a.document {
        Some(name) => Options::document(document(&plan, name)?),
        None if a.appendices_only || !a.appendix.is_empty() => {
            Options::appendices((!a.appendix.is_empty()).then_some(selected))
        }
        None => Options::default(),
    };
    let nothing_else = !opts.plan && !opts.decision && !opts.submission;
    if nothing_else && plan.appendices.is_empty() {
        return Err(Refused::Failure(
            "Kế hoạch không có phụ lục nào để xuất.".into(),
        ));
    }
    if format == Format::Docx {
        let bytes = crate::docx::write(&plan, &fonts, &opts).map_err(|e| e.to_string())?;
        DOCX.write(&a.output, &bytes)?;
        report.push_str(&format!("Đã xuất tệp Word {}\n", a.output.display()));
        return Ok(report);
    }
    let doc = layout::document(&plan, &fonts, &opts);
    let bytes = crate::pdf::write(&doc, &fonts).map_err(|e| e.to_string())?;
    PDF.write(&a.output, &bytes)?;
    report.push_str(&format!(
        "Đã xuất {} trang vào {}\n",
        doc.pages.len(),
        a.output.display()
    ));
    let missing = crate::validate::font_coverage(&plan, &fonts);
    if !missing.is_empty() {
        report.push_str("Cảnh báo: phông chữ không có các ký tự sau, chúng sẽ in sai:\n");
        for m in missing {
            report.push_str(&format!("  {m}\n"));
        }
    }
    Ok(report)
}

/// The document `--document` names, if the dossier has it.
fn document(plan: &Plan, name: &str) -> Result<DocKind, String> {
    let names = || {
        plan.documents()
            .iter()
            .map(|k| format!("  {} ({})", k.cli_name(), k.name()))
            .collect::<Vec<_>>()
            .join("\n")
    };
    match DocKind::parse(name) {
        Some(kind) if plan.documents().contains(&kind) => Ok(kind),
        Some(kind) => Err(format!(
            "Hồ sơ này không có {}. Các văn bản của hồ sơ:\n{}",
            kind.name().to_lowercase(),
            names()
        )),
        None => Err(format!(
            "Không có văn bản \"{}\". Các văn bản của hồ sơ:\n{}",
            name.trim(),
            names()
        )),
    }
}

/// Appendix indexes named on the command line, or a message naming those that exist.
fn select(plan: &Plan, names: &[String]) -> Result<Vec<usize>, String> {
    let mut out = Vec::new();
    for name in names {
        let n = name.trim();
        let found = plan.appendices.iter().enumerate().find_map(|(i, a)| {
            let r = roman(i + 1);
            (n.eq_ignore_ascii_case(&r) || n == (i + 1).to_string() || n == a.key).then_some(i)
        });
        match found {
            Some(i) if !out.contains(&i) => out.push(i),
            Some(_) => {}
            None => return Err(unknown(plan, n)),
        }
    }
    Ok(out)
}

fn unknown(plan: &Plan, name: &str) -> String {
    if plan.appendices.is_empty() {
        return format!("Không có phụ lục \"{name}\": kế hoạch này không có phụ lục nào.");
    }
    let list: Vec<String> = plan
        .appendices
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let title = crate::model::fields::plain(plan, &a.title);
            format!("  {} ({}): {}", roman(i + 1), a.key, title)
        })
        .collect();
    format!(
        "Không có phụ lục \"{name}\". Các phụ lục của kế hoạch:\n{}",
        list.join("\n")
    )
}

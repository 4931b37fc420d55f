//! Collecting figures from departments: `kehoach form FILE.ron --agency KEY
//! -o FORM.xlsx` writes the workbook one department fills in; `kehoach merge
//! FILE.ron FORM.xlsx… -o OUT.ron` reads the returned ones and reports every
//! change, conflict and refusal. With a conflict or a refusal nothing is
//! written (exit 1) unless `--force` writes the clean changes anyway.

use super::exit;
use super::output::Output;
use crate::io;
use crate::xlsx::merge::{self, Form};
use std::io::Write;
use std::path::PathBuf;

const FORM: Output = Output {
    kind: "Excel",
    verb: "lấy số liệu",
    ext: "xlsx",
};

const PLAN: Output = Output {
    kind: "kế hoạch",
    verb: "gộp số liệu",
    ext: "moi.ron",
};

pub struct FormArgs {
    pub file: PathBuf,
    pub agency: String,
    pub output: PathBuf,
}

pub fn form(a: &FormArgs, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let run = || -> Result<String, String> {
        let plan = io::load_path(&a.file).map_err(|e| e.to_string())?;
        FORM.check(&a.file, &a.output)?;
        let book = crate::xlsx::agency_form(&plan, a.agency.trim()).map_err(|e| e.to_string())?;
        FORM.write(&a.output, &book.bytes)?;
        Ok(format!(
            "Đã tạo biểu mẫu {}: {}\n",
            a.output.display(),
            book.sheets.join(", ")
        ))
    };
    match run() {
        Ok(report) => {
            let _ = out.write_all(report.as_bytes());
            exit::OK
        }
        Err(e) => {
            let _ = writeln!(err, "{e}");
            exit::FAILURE
        }
    }
}

pub struct MergeArgs {
    pub file: PathBuf,
    pub forms: Vec<PathBuf>,
    pub output: PathBuf,
    pub force: bool,
}

pub fn merge(a: &MergeArgs, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let plan = match io::load_path(&a.file) {
        Ok(p) => p,
        Err(e) => {
            let _ = writeln!(err, "{e}");
            return exit::FAILURE;
        }
    };
    if let Err(e) = PLAN.check(&a.file, &a.output) {
        let _ = writeln!(err, "{e}");
        return exit::FAILURE;
    }
    let mut forms = Vec::new();
    for path in &a.forms {
        match std::fs::read(path) {
            Ok(bytes) => forms.push(Form {
                name: path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| path.display().to_string()),
                bytes,
            }),
            Err(e) => {
                let _ = writeln!(
                    err,
                    "Không đọc được biểu mẫu {}: {}",
                    path.display(),
                    crate::io::error::io_reason(&e)
                );
                return exit::FAILURE;
            }
        }
    }
    let m = merge::read(&plan, &forms);
    let _ = out.write_all(m.report(&plan).as_bytes());
    if !m.is_clean() && !a.force {
        let _ = writeln!(
            err,
            "Có xung đột hoặc chỗ không nhận nên chưa ghi {} (không tệp nào bị thay đổi). Hãy sửa các biểu mẫu rồi gộp lại, hoặc thêm --force để ghi các thay đổi hợp lệ.",
            a.output.display()
        );
        return exit::PROBLEMS;
    }
    let mut merged = plan.clone();
    merge::apply(&mut merged, &m.changes);
    if let Err(e) = io::save_atomic(&a.output, &merged) {
        let _ = writeln!(err, "{e}");
        return exit::FAILURE;
    }
    let _ = writeln!(
        out,
        "Đã ghi kế hoạch đã gộp số liệu vào {}",
        a.output.display()
    );
    if m.is_clean() {
        exit::OK
    } else {
        exit::PROBLEMS
    }
}

//! `kehoach import OLD.docx -o PLAN.ron`: a plan written in Word read into a
//! plan file, with what was recognised and what was not.

use crate::io;
use std::io::Write;
use std::path::PathBuf;

pub struct Args {
    pub file: PathBuf,
    pub output: PathBuf,
    pub force: bool,
}

pub fn run(a: &Args, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    super::report(import(a), out, err)
}

fn import(a: &Args) -> Result<String, String> {
    if a.output.exists() && !a.force {
        return Err(format!(
            "Tệp {} đã tồn tại; chọn tên khác hoặc thêm --force để ghi đè",
            a.output.display()
        ));
    }
    let bytes = std::fs::read(&a.file)
        .map_err(|e| format!("Không đọc được tệp {}: {e}", a.file.display()))?;
    let imported = io::word::import(&bytes).map_err(|e| format!("{}: {e}", a.file.display()))?;
    let mut lines = vec![format!("Đã nhập {}:", a.file.display())];
    lines.extend(imported.summary().into_iter().map(|l| format!("  {l}")));
    if imported.report.notes.is_empty() {
        lines.push("Không có chỗ nào phải đoán.".into());
    } else {
        lines.push(format!(
            "Cần xem lại {} chỗ (cũng có trong danh sách Cần xem lại khi mở tệp):",
            imported.report.notes.len()
        ));
        lines.extend(
            imported
                .report
                .notes
                .iter()
                .map(|n| format!("  - {}", n.message)),
        );
    }
    io::save_atomic(&a.output, &imported.plan).map_err(|e| e.to_string())?;
    lines.push(format!("Đã ghi {}", a.output.display()));
    Ok(lines.join("\n") + "\n")
}

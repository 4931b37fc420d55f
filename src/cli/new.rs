//! `kehoach new`: next year's plan from last year's (`--from`), or a plan
//! from a template (`--template`); `kehoach templates` lists the templates.

use super::exit;
use crate::io;
use crate::rollover::{self, agencies, template};
use std::io::Write;
use std::path::PathBuf;

pub struct Args {
    pub from: Option<PathBuf>,
    pub template: Option<String>,
    pub year: i32,
    pub output: PathBuf,
    pub rename_agency: Vec<String>,
    pub force: bool,
}

pub fn run(a: &Args, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    super::report(new(a), out, err)
}

fn new(a: &Args) -> Result<String, String> {
    if !(1945..=2200).contains(&a.year) {
        return Err(format!("Năm {} không hợp lệ", a.year));
    }
    if let Some(from) = &a.from
        && io::target::same_file(from, &a.output)
    {
        return Err(format!(
            "Tệp kết quả {} chính là kế hoạch năm trước; ghi vào đó sẽ mất kế hoạch cũ. Hãy chọn tên khác cho kế hoạch năm {}.",
            a.output.display(),
            a.year
        ));
    }
    if a.output.exists() && !a.force {
        return Err(format!(
            "Tệp {} đã tồn tại; chọn tên khác hoặc thêm --force để ghi đè",
            a.output.display()
        ));
    }
    let (mut plan, mut lines) = match (&a.from, &a.template) {
        (Some(prev), None) => {
            let prev = io::load_path(prev).map_err(|e| e.to_string())?;
            let (plan, report) = rollover::roll_forward(&prev, a.year);
            let mut lines = vec![format!(
                "Kế hoạch năm {} tạo từ kế hoạch năm {}.",
                a.year, prev.year
            )];
            if !report.flags.is_empty() {
                lines.push(format!("Cần xem lại {} mục:", report.flags.len()));
                lines.extend(
                    report
                        .flags
                        .iter()
                        .map(|f| format!("  - {} [{}]", f.message, f.place)),
                );
            }
            (plan, lines)
        }
        (None, Some(name)) => {
            let t = template::find(name).ok_or_else(|| {
                let names: Vec<&str> = template::TEMPLATES.iter().map(|t| t.name).collect();
                format!("Không có mẫu \"{name}\". Các mẫu: {}", names.join(", "))
            })?;
            let plan = template::instantiate(t, a.year).map_err(|e| e.to_string())?;
            (
                plan,
                vec![format!("Kế hoạch năm {} tạo từ mẫu {}.", a.year, t.name)],
            )
        }
        _ => {
            return Err(
                "Cần đúng một trong hai: --from KẾ_HOẠCH_NĂM_TRƯỚC.ron hoặc --template TÊN_MẪU"
                    .into(),
            );
        }
    };
    for arg in &a.rename_agency {
        let (from, to) = agencies::parse_rename(arg).map_err(|e| e.to_string())?;
        let old = match agencies::rename_agency(&mut plan, &from, &to).map_err(|e| e.to_string())? {
            agencies::Renamed::Renamed { old, new, .. } => {
                lines.push(format!("Đổi tên cơ quan: {old} => {new}"));
                old
            }
            agencies::Renamed::Merged { from, into, rows } => {
                lines.push(format!("Gộp cơ quan: {from} vào {into} ({rows} dòng)"));
                from
            }
        };
        let left = agencies::list_old_name(&mut plan, &old);
        if left > 0 {
            lines.push(format!(
                "  Còn {left} chỗ ghi tên cũ \"{old}\" (đã đưa vào danh sách Cần xem lại)"
            ));
        }
    }
    io::save_atomic(&a.output, &plan).map_err(|e| e.to_string())?;
    lines.push(format!("Đã ghi {}", a.output.display()));
    Ok(lines.join("\n") + "\n")
}

pub fn list(out: &mut dyn Write) -> i32 {
    for t in &template::TEMPLATES {
        let _ = writeln!(out, "{:<22} {}", t.name, t.description);
    }
    exit::OK
}

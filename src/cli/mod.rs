//! The command line: subcommands that work without a display.

pub mod check;
pub mod collect;
pub mod export;
pub mod import;
pub mod new;
pub mod output;
pub mod render;

use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "kehoach",
    version,
    about = "Soạn thảo Kế hoạch của Ủy ban nhân dân tỉnh và xuất PDF theo Nghị định 30/2020/NĐ-CP"
)]
pub struct Cli {
    /// Tệp kế hoạch (.ron) để mở trong trình soạn thảo
    pub file: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Kiểm tra một kế hoạch: in tóm tắt và các vấn đề (mã thoát 0: không lỗi, 1: có lỗi, 2: không đọc được tệp)
    Check {
        /// Tệp kế hoạch (.ron)
        file: PathBuf,
    },
    /// Xuất kế hoạch và các phụ lục ra PDF theo Nghị định 30/2020/NĐ-CP, hoặc các bảng phụ lục ra Excel (-o TỆP.xlsx)
    Export {
        /// Tệp kế hoạch (.ron)
        file: PathBuf,
        /// Tệp kết quả: .pdf, .docx (Word, sửa được), hoặc .xlsx cho các bảng phụ lục (mỗi bảng một trang tính)
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// Chỉ xuất các phụ lục
        #[arg(long)]
        appendices: bool,
        /// Chỉ xuất một văn bản của hồ sơ: to-trinh, quyet-dinh hoặc ke-hoach (kế hoạch và các phụ lục)
        #[arg(long)]
        document: Option<String>,
        /// Chỉ xuất phụ lục này (số La Mã như II, số thứ tự hoặc khóa); dùng nhiều lần được
        #[arg(long = "appendix", value_name = "PHỤ LỤC")]
        appendix: Vec<String>,
        /// Thư mục chứa 4 tệp phông chữ TTF khác (ví dụ Times New Roman)
        #[arg(long = "font-dir", value_name = "THƯ MỤC")]
        font_dir: Option<PathBuf>,
        /// Vẫn xuất khi kế hoạch còn lỗi (mặc định: không xuất, liệt kê các lỗi, mã thoát 1)
        #[arg(long)]
        force: bool,
        /// Xuất danh sách nhiệm vụ (số thứ tự, cơ quan chủ trì, phối hợp, thời hạn, kết quả) ra tệp .xlsx cho phần mềm theo dõi nhiệm vụ
        #[arg(long)]
        tasks: bool,
    },
    /// Tạo biểu mẫu Excel để một cơ quan điền số liệu: các chỉ tiêu, nhiệm vụ, dự án, nhiệm vụ chi do cơ quan chủ trì
    Form {
        /// Tệp kế hoạch (.ron)
        file: PathBuf,
        /// Khóa của cơ quan trong danh mục (ví dụ so-thong-tin-va-truyen-thong)
        #[arg(long, value_name = "KHÓA")]
        agency: String,
        /// Tệp biểu mẫu kết quả (.xlsx)
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
    },
    /// Gộp số liệu từ các biểu mẫu đã điền vào kế hoạch, báo từng thay đổi, xung đột và chỗ không nhận (mã thoát 1 khi có xung đột hoặc chỗ không nhận)
    Merge {
        /// Tệp kế hoạch (.ron)
        file: PathBuf,
        /// Các biểu mẫu đã điền (.xlsx)
        #[arg(required = true, value_name = "BIỂU MẪU")]
        forms: Vec<PathBuf>,
        /// Tệp kế hoạch kết quả (.ron)
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// Vẫn ghi các thay đổi hợp lệ khi có xung đột hoặc chỗ không nhận
        #[arg(long)]
        force: bool,
    },
    /// Vẽ một trang của tài liệu (kế hoạch rồi các phụ lục, như tệp PDF xuất ra) thành ảnh PNG
    Render {
        /// Tệp kế hoạch (.ron)
        file: PathBuf,
        /// Số trang, từ 1, đếm như trong tệp PDF xuất ra (kể cả phụ lục)
        #[arg(long, value_name = "SỐ")]
        page: usize,
        /// Độ phân giải, điểm ảnh mỗi inch (10 đến 600)
        #[arg(long, default_value_t = 96.0, value_name = "DPI")]
        dpi: f32,
        /// Tệp ảnh PNG kết quả
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// Thư mục chứa 4 tệp phông chữ TTF khác (ví dụ Times New Roman)
        #[arg(long = "font-dir", value_name = "THƯ MỤC")]
        font_dir: Option<PathBuf>,
    },
    /// Tạo kế hoạch mới: từ kế hoạch năm trước (--from) hoặc từ một mẫu (--template)
    New {
        /// Kế hoạch năm trước (.ron)
        #[arg(long, value_name = "TỆP", conflicts_with = "template")]
        from: Option<PathBuf>,
        /// Tên mẫu (xem: kehoach templates)
        #[arg(long, value_name = "MẪU")]
        template: Option<String>,
        /// Năm của kế hoạch mới
        #[arg(long)]
        year: i32,
        /// Tệp kế hoạch mới
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// Đổi tên hoặc gộp cơ quan: "Tên cũ=>Tên mới"; dùng nhiều lần được
        #[arg(long = "rename-agency", value_name = "CŨ=>MỚI")]
        rename_agency: Vec<String>,
        /// Ghi đè nếu tệp kết quả đã có
        #[arg(long)]
        force: bool,
    },
    /// Nhập kế hoạch viết bằng Word (.docx) thành tệp kế hoạch (.ron), in những gì chưa nhận ra hoặc phải đoán
    Import {
        /// Tệp Word (.docx)
        file: PathBuf,
        /// Tệp kế hoạch kết quả (.ron)
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// Ghi đè nếu tệp kết quả đã có
        #[arg(long)]
        force: bool,
    },
    /// Liệt kê các mẫu kế hoạch có sẵn
    Templates,
}

/// Exit codes shared by every subcommand.
pub mod exit {
    pub const OK: i32 = 0;
    pub const PROBLEMS: i32 = 1;
    pub const FAILURE: i32 = 2;
}

/// Problems one per line, as `check` lists them: "  lỗi: ... [path]".
pub fn problem_lines(problems: &[crate::validate::Problem]) -> String {
    problems.iter().map(|p| format!("  {p}\n")).collect()
}

/// Prints a command's report (exit 0) or its error message (exit 2).
pub fn report(
    result: Result<String, String>,
    out: &mut dyn std::io::Write,
    err: &mut dyn std::io::Write,
) -> i32 {
    match result {
        Ok(text) => {
            let _ = out.write_all(text.as_bytes());
            exit::OK
        }
        Err(msg) => {
            let _ = writeln!(err, "{msg}");
            exit::FAILURE
        }
    }
}

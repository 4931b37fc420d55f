//! Writes a large, realistic, valid plan for benchmarks and tests:
//! `cargo run --release --example gen_plan -- --targets 5000 --tasks 2000 --projects 250 --recurrent 250 -o big.ron`

use clap::Parser;
use kehoach::generate::{Size, plan};
use std::path::PathBuf;

#[derive(Parser)]
#[command(about = "Tạo một kế hoạch lớn, hợp lệ để đo hiệu năng và kiểm thử")]
struct Args {
    /// Số chỉ tiêu
    #[arg(long, default_value_t = 1000)]
    targets: usize,
    /// Số nhiệm vụ
    #[arg(long, default_value_t = 500)]
    tasks: usize,
    /// Số dự án đầu tư công
    #[arg(long, default_value_t = 50)]
    projects: usize,
    /// Số nhiệm vụ chi thường xuyên (mặc định bằng số dự án)
    #[arg(long)]
    recurrent: Option<usize>,
    /// Năm kế hoạch
    #[arg(long, default_value_t = 2026)]
    year: i32,
    /// Hạt giống ngẫu nhiên (cùng hạt giống cho cùng kế hoạch)
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Tệp kết quả
    #[arg(short = 'o', long)]
    output: PathBuf,
}

fn main() {
    let a = Args::parse();
    let size = Size {
        targets: a.targets,
        tasks: a.tasks,
        projects: a.projects,
        recurrent: a.recurrent.unwrap_or(a.projects),
    };
    let p = plan(size, a.year, a.seed);
    if let Err(e) = kehoach::io::save_atomic(&a.output, &p) {
        eprintln!("{e}");
        std::process::exit(2);
    }
    println!("Đã ghi {}", a.output.display());
}

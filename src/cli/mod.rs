//! The command line: subcommands that work without a display.

pub mod check;

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
}

/// Exit codes shared by every subcommand.
pub mod exit {
    pub const OK: i32 = 0;
    pub const PROBLEMS: i32 = 1;
    pub const FAILURE: i32 = 2;
}

//! Rebuilds `assets/templates/` from the samples (structure kept, figures
//! emptied): `cargo run --example make_templates`.

use kehoach::io;
use kehoach::rollover::template::from_plan;
use std::path::Path;

fn main() {
    let pairs = [
        ("ke-hoach-cds-2024.ron", "chuyen-doi-so.ron"),
        ("ke-hoach-dti-2023.ron", "cai-thien-dti.ron"),
        ("ke-hoach-kts-xhs-2026.ron", "kinh-te-so-xa-hoi-so.ron"),
    ];
    for (sample, template) in pairs {
        let src = Path::new("assets/samples").join(sample);
        let plan = match io::load_path(&src) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(2);
            }
        };
        let out = Path::new("assets/templates").join(template);
        if let Err(e) = io::save::write_atomic(
            &out,
            io::to_ron_string(&from_plan(&plan))
                .unwrap_or_default()
                .as_bytes(),
        ) {
            eprintln!("{e}");
            std::process::exit(2);
        }
        println!("{}", out.display());
    }
}

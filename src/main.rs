use clap::Parser;
use kehoach::cli::{self, Cli, Command};

fn main() {
    let args = Cli::parse();
    let code = match args.command {
        Some(Command::Check { file }) => {
            cli::check::run(&file, &mut std::io::stdout(), &mut std::io::stderr())
        }
        Some(Command::Export {
            file,
            output,
            appendices,
            document,
            appendix,
            font_dir,
            force,
            tasks,
        }) => {
            let a = cli::export::Args {
                file,
                output,
                appendices_only: appendices,
                document,
                appendix,
                font_dir,
                force,
                tasks,
            };
            cli::export::run(&a, &mut std::io::stdout(), &mut std::io::stderr())
        }
        Some(Command::Form {
            file,
            agency,
            output,
        }) => cli::collect::form(
            &cli::collect::FormArgs {
                file,
                agency,
                output,
            },
            &mut std::io::stdout(),
            &mut std::io::stderr(),
        ),
        Some(Command::Import {
            file,
            output,
            force,
        }) => cli::import::run(
            &cli::import::Args {
                file,
                output,
                force,
            },
            &mut std::io::stdout(),
            &mut std::io::stderr(),
        ),
        Some(Command::Merge {
            file,
            forms,
            output,
            force,
        }) => cli::collect::merge(
            &cli::collect::MergeArgs {
                file,
                forms,
                output,
                force,
            },
            &mut std::io::stdout(),
            &mut std::io::stderr(),
        ),
        Some(Command::Render {
            file,
            page,
            dpi,
            output,
            font_dir,
        }) => {
            let a = cli::render::Args {
                file,
                page,
                dpi,
                output,
                font_dir,
            };
            cli::render::run(&a, &mut std::io::stdout(), &mut std::io::stderr())
        }
        Some(Command::New {
            from,
            template,
            year,
            output,
            rename_agency,
            force,
        }) => {
            let a = cli::new::Args {
                from,
                template,
                year,
                output,
                rename_agency,
                force,
            };
            cli::new::run(&a, &mut std::io::stdout(), &mut std::io::stderr())
        }
        Some(Command::Templates) => cli::new::list(&mut std::io::stdout()),
        None => kehoach::ui::run(args.file),
    };
    std::process::exit(code);
}

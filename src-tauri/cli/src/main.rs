//! `avenir-cli`: exit 0 on success, 1 on a user error (with a translated message on stderr),
//! 2 on bad usage (clap's own convention).

use std::process::ExitCode;

use avenir_cli::CliError;
use avenir_cli::bench::startup::{self, StartupOptions};
use avenir_core::UserFacing;
use avenir_i18n::{Catalogues, Localizer};
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "avenir-cli",
    version,
    about = "Avenir's headless tool: administration, training data, benchmarks"
)]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Measure Avenir against fixed yardsticks; prints ratios.
    Bench {
        #[command(subcommand)]
        which: Bench,
    },
}

#[derive(Subcommand)]
enum Bench {
    /// Start-up time to the first screen and idle memory, against a minimal Tauri window.
    Startup {
        /// Print one JSON object instead of a sentence.
        #[arg(long)]
        json: bool,
        /// Measured launches of each program (medians are reported).
        #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u16).range(1..=50))]
        runs: u16,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let l10n = Localizer::new(&Catalogues::embedded(), &avenir_i18n::os_locales());
    match run(cli, &l10n) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", l10n.message(&e.user_message()));
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli, l10n: &Localizer) -> Result<(), CliError> {
    match cli.command {
        Cmd::Bench {
            which: Bench::Startup { json, runs },
        } => {
            let report = startup::run(&StartupOptions::beside_current_exe(usize::from(runs))?)?;
            if json {
                println!(
                    "{}",
                    serde_json::to_string(&report).map_err(std::io::Error::other)?
                );
            } else {
                println!(
                    "{}",
                    l10n.format(
                        "cli-bench-startup-result",
                        &[
                            ("startup_ms", report.startup_ms.into()),
                            ("baseline_startup_ms", report.baseline_startup_ms.into()),
                            ("startup_ratio", report.startup_ratio.into()),
                            ("rss_mb", report.rss_mb.into()),
                            ("baseline_rss_mb", report.baseline_rss_mb.into()),
                            ("rss_ratio", report.rss_ratio.into()),
                        ],
                    )
                );
            }
            Ok(())
        }
    }
}

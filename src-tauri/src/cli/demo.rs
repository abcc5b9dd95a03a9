//! `demo [--size small|large] [--seed N]`: fills an empty database with a demo organisation,
//! the same one for the same seed and day (dates are relative to today).

use std::process::ExitCode;

use sponsor_desk_core::demo::{self, DemoSize};
use sponsor_desk_core::Store;

use super::error::CliError;
use super::output;

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Size {
    /// Two organisations, a few dozen sponsors: what a KMO starts with
    Small,
    /// 5,000 sponsors, 50,000 touchpoints, 40 committees and their records: the app at scale
    Large,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, value_enum, default_value = "small")]
    size: Size,

    /// Different seeds give different (but each time the same) people and dates
    #[arg(long, default_value_t = 1, value_name = "N")]
    seed: u64,
}

pub fn run(store: &mut Store, args: &Args) -> Result<ExitCode, CliError> {
    let size = match args.size {
        Size::Small => DemoSize::Small,
        Size::Large => DemoSize::Large,
    };
    // Dates in the demo are relative to today, so its warnings and follow-ups look current.
    let today = chrono::Local::now().date_naive();
    let summary = demo::fill(store, size, args.seed, today)?;
    output::print(&format!("demo data added: {summary}"))?;
    Ok(ExitCode::SUCCESS)
}

//! `what-if --depart ID[,ID...] [--on DATE] [--json]`: what the chosen sponsors' departure on a
//! day would uncover (new warnings, initiatives losing coverage, ranked successor candidates).
//! Reads only: nothing is written, whatever the outcome.

use std::process::ExitCode;

use chrono::NaiveDate;
use serde::Serialize;
use sponsor_desk_core::warnings::{self, LosingCoverage, SuccessorCandidates, WhatIf};
use sponsor_desk_core::{Id, Store};

use super::error::CliError;
use super::output;
use super::warnings::{date_arg, json, text_blocks, today, WarningLine};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The sponsors who leave, by id, comma-separated (exit 4 when one does not exist)
    #[arg(
        long,
        value_name = "ID[,ID...]",
        value_delimiter = ',',
        required = true
    )]
    depart: Vec<Id>,

    /// Their first day gone, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    on: Option<NaiveDate>,

    /// Print JSON: {"new_warnings", "initiatives_losing_coverage", "successor_candidates"}
    #[arg(long)]
    pub json: bool,
}

/// The contract's object; warnings in the same shape as `warnings --json`.
#[derive(Debug, Serialize)]
struct WhatIfLine<'a> {
    new_warnings: Vec<WarningLine<'a>>,
    initiatives_losing_coverage: &'a [LosingCoverage],
    successor_candidates: &'a [SuccessorCandidates],
}

pub fn run(store: &Store, args: &Args) -> Result<ExitCode, CliError> {
    let on = args.on.unwrap_or_else(today);
    let result = warnings::what_if(store.conn(), &args.depart, on)?;
    let text = if args.json {
        json(&WhatIfLine {
            new_warnings: result.new_warnings.iter().map(WarningLine::from).collect(),
            initiatives_losing_coverage: &result.initiatives_losing_coverage,
            successor_candidates: &result.successor_candidates,
        })?
    } else {
        text(&result, on)
    };
    output::print(&text)?;
    Ok(ExitCode::SUCCESS)
}

fn text(result: &WhatIf, on: NaiveDate) -> String {
    let mut out = vec![format!("If they leave on {on}:")];
    out.push(format!(
        "\nInitiatives losing coverage ({}):",
        result.initiatives_losing_coverage.len()
    ));
    for lost in &result.initiatives_losing_coverage {
        let who: Vec<&str> = lost.lost_sponsors.iter().map(|s| s.name.as_str()).collect();
        out.push(format!(
            "  {} {} (loses {})",
            lost.id,
            lost.name,
            who.join(", ")
        ));
        for line in &lost.lines {
            out.push(format!(
                "    {}: {} -> {} of {} required",
                line.label, line.before, line.after, line.required
            ));
        }
    }
    out.push(format!("\nNew warnings ({}):", result.new_warnings.len()));
    out.extend(text_blocks(&result.new_warnings).iter().map(|b| indent(b)));
    out.push("\nSuccessor candidates:".to_string());
    if result.successor_candidates.is_empty() {
        out.push("  none needed".to_string());
    }
    for group in &result.successor_candidates {
        out.push(format!(
            "  for {} {}:",
            group.initiative.id, group.initiative.name
        ));
        if group.candidates.is_empty() {
            out.push("    nobody suitable yet".to_string());
        }
        for (rank, c) in group.candidates.iter().enumerate() {
            out.push(format!(
                "    {}. {} {} (tier {}, score {}): {}",
                rank + 1,
                c.sponsor.id,
                c.sponsor.name,
                c.sponsor.tier,
                c.score,
                c.why
            ));
        }
    }
    out.join("\n")
}

fn indent(block: &str) -> String {
    block
        .lines()
        .map(|l| format!("  {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

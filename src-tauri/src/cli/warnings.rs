//! `warnings [--as-of DATE] [--json]`: the warnings the window shows (acknowledged and snoozed
//! ones left out) as of a day, as readable text or the JSON array of CLI.md.

use std::process::ExitCode;

use chrono::NaiveDate;
use serde::Serialize;
use sponsor_desk_core::warnings::{self, Warning};
use sponsor_desk_core::{Id, Store};

use super::error::CliError;
use super::output;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The day to compute the warnings for, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    as_of: Option<NaiveDate>,

    /// Print a JSON array instead of text
    #[arg(long)]
    pub json: bool,
}

/// A `DATE` flag's value: the one format the contract allows, with a sentence that says it.
pub(super) fn date_arg(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
        format!("use a calendar date as YYYY-MM-DD, e.g. 2026-12-01 ({text:?} is not one)")
    })
}

/// The user's calendar day, for flags left out.
pub(super) fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// The subject of a warning in the JSON contract.
#[derive(Debug, Serialize)]
pub(super) struct SubjectLine<'a> {
    kind: &'a str,
    id: Id,
    name: &'a str,
}

/// One warning in the JSON contract: exactly CLI.md's keys, whatever else the core carries
/// (fingerprints and hidden marks are the window's business).
#[derive(Debug, Serialize)]
pub(super) struct WarningLine<'a> {
    code: &'a str,
    severity: &'a str,
    subject: SubjectLine<'a>,
    message: &'a str,
    reason: &'a str,
    suggestion: &'a str,
}

impl<'a> From<&'a Warning> for WarningLine<'a> {
    fn from(w: &'a Warning) -> Self {
        WarningLine {
            code: w.code.as_str(),
            severity: w.severity.as_str(),
            subject: SubjectLine {
                kind: w.subject.kind.as_str(),
                id: w.subject.id,
                name: &w.subject.name,
            },
            message: &w.message,
            reason: &w.reason,
            suggestion: &w.suggestion,
        }
    }
}

pub(super) fn json<T: Serialize>(value: &T) -> Result<String, CliError> {
    serde_json::to_string_pretty(value).map_err(|e| CliError::Stdout(e.into()))
}

/// Each warning as a block: `CRITICAL  orphaned  initiative 3 Expertise finder`, then its
/// message, reason and next step indented beneath.
pub(super) fn text_blocks(list: &[Warning]) -> Vec<String> {
    list.iter()
        .map(|w| {
            format!(
                "{:<8}  {}  {} {} {}\n  {}\n  why: {}\n  next: {}",
                w.severity.as_str().to_uppercase(),
                w.code,
                w.subject.kind.as_str().replace('_', " "),
                w.subject.id,
                w.subject.name,
                w.message,
                w.reason,
                w.suggestion
            )
        })
        .collect()
}

pub fn run(store: &Store, args: &Args) -> Result<ExitCode, CliError> {
    let as_of = args.as_of.unwrap_or_else(today);
    let list = warnings::list(store.conn(), as_of)?;
    let text = if args.json {
        json(&list.iter().map(WarningLine::from).collect::<Vec<_>>())?
    } else {
        let mut blocks = text_blocks(&list);
        blocks.push(summary(&list, as_of));
        blocks.join("\n\n")
    };
    output::print(&text)?;
    Ok(ExitCode::SUCCESS)
}

/// `12 warning(s) as of 2026-12-01: 3 critical, 8 warning, 1 info`.
fn summary(list: &[Warning], as_of: NaiveDate) -> String {
    let count = |s: &str| list.iter().filter(|w| w.severity.as_str() == s).count();
    format!(
        "{} warning(s) as of {as_of}: {} critical, {} warning, {} info",
        list.len(),
        count("critical"),
        count("warning"),
        count("info")
    )
}

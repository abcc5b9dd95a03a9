//! The command line: the same binary without a subcommand opens the window, with one it is a
//! headless tool over the core. Parsing and printing only: no SQL and no business rules here.

mod backup;
mod brief;
mod briefs;
mod calendar;
mod check;
mod committee_pack;
mod demo;
pub mod error;
mod export;
mod import;
mod import_csv;
mod output;
mod register;
mod restore;
mod sponsors;
mod warnings;
mod what_if;
mod write_loop;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use sponsor_desk_core::{store, Store};

use crate::paths;
use error::CliError;

#[derive(Debug, Parser)]
#[command(
    name = "sponsor-desk",
    version,
    about = "Sponsor Desk: keep the sponsor map of a knowledge-management programme true.",
    long_about = "Without a subcommand, opens the window. With one, works headless on the same \
                  database.\nExit codes: 0 success, 2 usage error, 3 invalid input, 4 not found, \
                  5 database problem."
)]
pub struct Cli {
    /// The database file [default: sponsor-desk.sqlite in the XDG data dir]
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,

    /// For the benchmark runner only: a window on a static blank page (the start-up floor)
    #[arg(long, hide = true)]
    bench_blank: bool,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Fill an empty database with demo data (the same data for the same seed)
    Demo(demo::Args),
    /// Write the whole database as JSON (to stdout by default)
    Export(export::Args),
    /// Import a JSON export, or a CSV of sponsors or org units: all or nothing
    Import(import::Args),
    /// List sponsors as a table, or as JSON with --json
    Sponsors(sponsors::Args),
    /// Check the database's integrity and references; exit 5 when it is not healthy
    Check(check::Args),
    /// The decision register as a table, or as CSV with --csv
    Register(register::Args),
    /// Write planned meetings and open actions' due dates as an ICS calendar file
    Calendar(calendar::Args),
    /// List the warnings as of a day (acknowledged and snoozed ones left out)
    Warnings(warnings::Args),
    /// Show what the departure of some sponsors would uncover; writes nothing
    WhatIf(what_if::Args),
    /// Write a consistent, verified copy of the database to FILE
    Backup(backup::Args),
    /// Replace the database with a backup FILE once it verifies (the current one is saved first)
    Restore(restore::Args),
    /// For the crash test: write sponsors one commit at a time, printing each id once committed
    #[command(name = "__write-loop", hide = true)]
    WriteLoop(write_loop::Args),
    /// Write a sponsor's brief as a PDF (1-3 pages; private notes never print)
    Brief(brief::Args),
    /// Write the committee pack for one meeting as a PDF
    CommitteePack(committee_pack::Args),
    /// Write a brief for every attendee of a meeting into a folder
    Briefs(briefs::Args),
}

impl Command {
    /// Whether errors should also be printed as JSON on stdout.
    fn json(&self) -> bool {
        match self {
            Command::Sponsors(args) => args.json,
            Command::Check(args) => args.json,
            Command::Warnings(args) => args.json,
            Command::WhatIf(args) => args.json,
            Command::Demo(_) | Command::Export(_) | Command::Import(_) => false,
            Command::Register(_) | Command::Calendar(_) => false,
            Command::Backup(_) | Command::Restore(_) | Command::WriteLoop(_) => false,
            Command::Brief(_) | Command::CommitteePack(_) | Command::Briefs(_) => false,
        }
    }
}

/// Parses the arguments and runs the window or one subcommand; returns the process exit code.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => return usage_error(&error),
    };
    let json = cli.command.as_ref().is_some_and(Command::json);
    match run(cli) {
        Ok(code) => code,
        Err(error) => error.report(json),
    }
}

fn run(cli: Cli) -> Result<ExitCode, CliError> {
    if cli.bench_blank {
        crate::bench_hook::run_blank()?;
        return Ok(ExitCode::SUCCESS);
    }
    let db_path = paths::database_path(cli.db)?;
    let Some(command) = cli.command else {
        crate::window::run(db_path)?;
        return Ok(ExitCode::SUCCESS);
    };
    if let Command::Restore(args) = &command {
        return restore::run(&db_path, args);
    }
    dispatch(&db_path, command).map_err(|error| match error {
        // A SQLite fault is said with the file's name and what to do about it.
        CliError::Core(core) => CliError::Core(store::faults::explain(core, &db_path)),
        other => other,
    })
}

fn dispatch(db_path: &std::path::Path, command: Command) -> Result<ExitCode, CliError> {
    let mut store = Store::open(db_path)?;
    match command {
        Command::Demo(args) => demo::run(&mut store, &args),
        Command::Export(args) => export::run(&store, &args),
        Command::Import(args) => import::run(&mut store, &args),
        Command::Sponsors(args) => sponsors::run(&store, &args),
        Command::Check(args) => check::run(&store, &args),
        Command::Register(args) => register::run(&store, &args),
        Command::Calendar(args) => calendar::run(&store, &args),
        Command::Warnings(args) => warnings::run(&store, &args),
        Command::WhatIf(args) => what_if::run(&store, &args),
        Command::Backup(args) => backup::run(&store, &args),
        Command::Restore(args) => restore::run(db_path, &args),
        Command::WriteLoop(args) => write_loop::run(&mut store, &args),
        Command::Brief(args) => brief::run(&mut store, &args),
        Command::CommitteePack(args) => committee_pack::run(&mut store, &args),
        Command::Briefs(args) => briefs::run(&mut store, &args),
    }
}

/// Help and version go to stdout with 0; anything else clap rejects is a usage error (2).
fn usage_error(error: &clap::Error) -> ExitCode {
    // Printing can only fail when the terminal is gone; the exit code still tells the caller.
    let _ = error.print();
    if !error.use_stderr() {
        return ExitCode::SUCCESS;
    }
    if std::env::args().any(|arg| arg == "--json") {
        let rendered = error.render().to_string();
        let first_line = rendered.lines().next().unwrap_or("invalid arguments");
        let message = first_line.trim_start_matches("error: ");
        error::print_json_error("usage", message, None);
    }
    ExitCode::from(error::USAGE)
}

//! The app binary without a window: the command-line contract, bad input, crashes and disk
//! faults, two writers, privacy of shared exports and the security configuration, each on real
//! database files in temp dirs.
//!
//! One test binary, not one per file, so CI links the app's tests once (see tests/e2e.rs).

mod support;

mod bad_inputs;
mod cli;
mod cli_backup;
mod cli_committees;
mod cli_csv;
mod cli_packs;
mod cli_warnings;
mod crash;
mod disk_faults;
mod privacy;
mod security_config;
mod two_writers;

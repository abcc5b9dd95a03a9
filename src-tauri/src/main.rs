//! The one binary: with no subcommand it opens the window, with one it is the headless CLI.

fn main() -> std::process::ExitCode {
    sponsor_desk::cli::main()
}

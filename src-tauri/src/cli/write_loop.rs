//! `__write-loop --count N` (hidden, for the crash test): creates sponsors one transaction at a
//! time and prints each id only after its commit returned, so every printed id must survive a kill.

use std::io::Write;
use std::process::ExitCode;

use sponsor_desk_core::org_units::{self, OrgUnitInput, OrgUnitKind};
use sponsor_desk_core::sponsors::{self, SponsorInput, SponsorStatus, Stance};
use sponsor_desk_core::Store;

use super::error::CliError;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// How many sponsors to write
    #[arg(long, default_value_t = 100)]
    count: u32,
    /// A tag in every name, so two writers on one file can tell their records apart
    #[arg(long, default_value = "w")]
    tag: String,
}

pub fn run(store: &mut Store, args: &Args) -> Result<ExitCode, CliError> {
    let unit = store.write(|tx| {
        org_units::create(
            tx,
            &OrgUnitInput {
                name: format!("Crash test {}", args.tag),
                kind: OrgUnitKind::Team,
                parent_id: None,
                notes: String::new(),
            },
        )
    })?;
    let mut stdout = std::io::stdout().lock();
    for n in 0..args.count {
        let input = SponsorInput {
            name: format!("Sponsor {} {n}", args.tag),
            title: "Director".into(),
            email: None,
            org_unit_id: Some(unit.id),
            reports_to_id: None,
            tier: i64::from(n % 4) + 1,
            stance: Stance::Supporter,
            influence: 3,
            interest: 3,
            status: SponsorStatus::Active,
            status_date: None,
            priorities: String::new(),
            talking_points: String::new(),
            preferred_channel: String::new(),
            // Long enough that a commit spans several pages, so a kill can land mid-write.
            notes: "n".repeat(2000),
        };
        let sponsor = store.write(|tx| sponsors::create(tx, &input))?;
        // The acknowledgement: printed and flushed only after the commit returned.
        writeln!(stdout, "{}", sponsor.id)
            .and_then(|()| stdout.flush())
            .map_err(CliError::Stdout)?;
    }
    Ok(ExitCode::SUCCESS)
}

//! The command line, timed as whole processes as a person would run it: process start
//! (`--version`, the floor), the large demo, a 5,000-sponsor CSV import and the JSON export.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::error::BenchError;
use crate::figure::{Figure, Goal, Unit};
use crate::procs::timed;

pub struct Cli {
    pub binary: PathBuf,
    pub work: PathBuf,
    pub runs: usize,
}

impl Cli {
    fn command(&self, db: &Path) -> Command {
        let mut command = Command::new(&self.binary);
        command.arg("--db").arg(db);
        command
    }

    fn repeat(
        &self,
        runs: usize,
        mut prepare: impl FnMut(usize) -> Result<Command, BenchError>,
    ) -> Result<Vec<f64>, BenchError> {
        (0..runs)
            .map(|i| Ok(timed(&mut prepare(i)?)?.as_secs_f64()))
            .collect()
    }

    /// `sponsor-desk --version`: what starting the process costs at all.
    pub fn version(&self) -> Result<Figure, BenchError> {
        let samples = self.repeat(self.runs * 2, |_| {
            let mut c = Command::new(&self.binary);
            c.arg("--version");
            Ok(c)
        })?;
        let ms: Vec<f64> = samples.iter().map(|s| s * 1000.0).collect();
        figure("process start (`--version`)", Unit::Ms, &ms)
    }

    /// Generates the large demo into `db` once (it is the input of everything else).
    pub fn demo(&self, db: &Path) -> Result<Figure, BenchError> {
        remove_db(db);
        let mut c = self.command(db);
        c.args(["demo", "--size", "large", "--seed", "1"]);
        let took = timed(&mut c)?.as_secs_f64();
        Ok(Figure::single(
            "generate the large demo (`demo --size large --seed 1`)",
            Unit::Seconds,
            took,
        )
        .goal(Goal::Below(60.0)))
    }

    /// A consistent copy of `db` through the CLI's own verified backup.
    pub fn copy(&self, db: &Path, to: &Path) -> Result<(), BenchError> {
        remove_db(to);
        let mut c = self.command(db);
        c.arg("backup").arg("--out").arg(to);
        timed(&mut c).map(|_| ())
    }

    /// `import people.csv` of 5,000 new sponsors into an empty database, then again into that
    /// database (every row matched, nothing changed).
    pub fn csv_import(&self, version: f64) -> Result<Vec<Figure>, BenchError> {
        let csv = self.work.join("sponsors-5000.csv");
        std::fs::write(&csv, crate::csv_file::sponsors(5_000)).map_err(BenchError::file(&csv))?;
        let db = self.work.join("csv-import.sqlite");
        let fresh = self.repeat(self.runs, |_| {
            remove_db(&db);
            let mut c = self.command(&db);
            c.arg("import").arg(&csv);
            Ok(c)
        })?;
        let again = self.repeat(self.runs, |_| {
            let mut c = self.command(&db);
            c.arg("import").arg(&csv);
            Ok(c)
        })?;
        remove_db(&db);
        Ok(vec![
            figure("import 5,000 sponsors from CSV (new database)", Unit::Seconds, &fresh)?
                .goal(Goal::Below(1.0))
                .against("process start", version)
                .note("the whole command: process start, opening the database, parsing, checking and writing every row in one transaction (synchronous=FULL)"),
            figure("re-import the same CSV (5,000 unchanged)", Unit::Seconds, &again)?
                .against("process start", version),
        ])
    }

    /// `export --out FILE` of the whole large database.
    pub fn export(&self, db: &Path, version: f64) -> Result<Figure, BenchError> {
        let out = self.work.join("export.json");
        let samples = self.repeat(self.runs, |_| {
            let mut c = self.command(db);
            c.arg("export").arg("--out").arg(&out);
            Ok(c)
        })?;
        let size = std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0);
        let _ = std::fs::remove_file(&out);
        Ok(
            figure("export the large database as JSON", Unit::Seconds, &samples)?
                .goal(Goal::Below(2.0))
                .against("process start", version)
                .note(format!("the file is {:.1} MB", size as f64 / 1e6)),
        )
    }
}

fn figure(name: &str, unit: Unit, samples: &[f64]) -> Result<Figure, BenchError> {
    Figure::from_samples(name, unit, samples)
        .ok_or_else(|| BenchError::Other(format!("{name}: no runs")))
}

/// A database file and its WAL and shared-memory files.
pub fn remove_db(db: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut path = db.as_os_str().to_owned();
        path.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(path));
    }
}

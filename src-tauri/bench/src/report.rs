//! BENCHMARKS.md: the machine, then one table per section (median, minimum, runs, baseline
//! and ratio from the same run, goal, met or not), then the notes on method and gaps.

use std::fmt::Write;

use crate::figure::{Figure, Goal, Section};
use crate::machine::Machine;

pub const REPRODUCE: &str = "bash .ci/bench";

pub fn markdown(machine: &Machine, sections: &[Section]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Benchmarks\n");
    let _ = writeln!(
        out,
        "Written by `{REPRODUCE}` (one command: it builds the release binary, generates the large \
         demo organisation, runs every benchmark below and rewrites this file). Figures are \
         medians; a ratio is against the baseline measured in the same run. Timings come from \
         one shared machine and move by a few percent between runs.\n"
    );
    let _ = writeln!(out, "## Machine\n");
    let _ = writeln!(out, "| | |\n|---|---|");
    for (key, value) in machine.rows() {
        let _ = writeln!(out, "| {key} | {} |", cell(&value));
    }
    let (met, missed) = tally(sections);
    let _ = writeln!(
        out,
        "\n**Goals: {met} met, {missed} not met** (of the figures with a goal).\n"
    );
    for section in sections {
        write_section(&mut out, section);
    }
    out
}

fn tally(sections: &[Section]) -> (usize, usize) {
    let verdicts = sections
        .iter()
        .flat_map(|s| &s.figures)
        .filter_map(Figure::met);
    verdicts.fold((0, 0), |(met, missed), ok| {
        if ok {
            (met + 1, missed)
        } else {
            (met, missed + 1)
        }
    })
}

fn write_section(out: &mut String, section: &Section) {
    let _ = writeln!(out, "## {}\n", section.title);
    if !section.figures.is_empty() {
        let _ = writeln!(
            out,
            "| measure | median | min | runs | baseline | ratio | goal | met |\n\
             |---|---:|---:|---:|---|---:|---|---|"
        );
        for fig in &section.figures {
            let _ = writeln!(out, "{}", row(fig));
        }
        let notes: Vec<&Figure> = section
            .figures
            .iter()
            .filter(|f| f.note.is_some())
            .collect();
        if !notes.is_empty() {
            let _ = writeln!(out);
        }
        for fig in notes {
            if let Some(note) = &fig.note {
                let _ = writeln!(out, "- *{}*: {}", fig.name, note);
            }
        }
    }
    if !section.notes.is_empty() {
        let _ = writeln!(out);
    }
    for note in &section.notes {
        let _ = writeln!(out, "- {note}");
    }
    let _ = writeln!(out);
}

fn row(fig: &Figure) -> String {
    let baseline = fig
        .baseline
        .as_ref()
        .map(|b| format!("{}: {}", b.name, fig.unit.format(b.value)))
        .unwrap_or_default();
    let ratio = fig.ratio().map(|r| format!("{r:.2}x")).unwrap_or_default();
    let goal = match fig.goal {
        Some(Goal::Below(limit)) => format!("< {}", fig.unit.format(limit)),
        Some(Goal::RatioAtMost(limit)) => format!("≤ {limit}x baseline"),
        None => String::new(),
    };
    let met = match fig.met() {
        Some(true) => "met",
        Some(false) => "**not met**",
        None => "",
    };
    format!(
        "| {} | {} | {} | {} | {} | {} | {} | {} |",
        cell(&fig.name),
        fig.unit.format(fig.median),
        fig.min.map(|m| fig.unit.format(m)).unwrap_or_default(),
        fig.runs,
        cell(&baseline),
        ratio,
        goal,
        met
    )
}

/// Text that cannot break the table (a `|` or a line break would).
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace(['\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figure::Unit;

    fn machine() -> Machine {
        Machine {
            cpu: "Test CPU | 2 GHz".into(),
            cores: 2,
            ram: "4.0 GB".into(),
            kernel: "6.1.0".into(),
            rustc: "rustc 1.92.0".into(),
            date: "2026-11-23 19:00 UTC".into(),
            commit: "abc1234".into(),
        }
    }

    #[test]
    fn tables_show_ratio_goal_and_verdict() {
        let mut startup = Section::new("Start-up");
        startup.figures.push(
            Figure::from_samples("first data (Home)", Unit::Ms, &[520.0, 500.0, 510.0])
                .unwrap_or_else(|| panic!("samples"))
                .against("blank page", 400.0)
                .goal(Goal::RatioAtMost(1.3)),
        );
        startup.figures.push(
            Figure::single("binary size", Unit::Mb, 30.0)
                .goal(Goal::Below(25.0))
                .note("strip on"),
        );
        startup.notes.push("five runs each".into());
        let text = markdown(&machine(), &[startup]);
        assert!(text.contains(
            "| first data (Home) | 510.0 ms | 500.0 ms | 3 | blank page: 400.0 ms | 1.27x | ≤ 1.3x baseline | met |"
        ), "{text}");
        assert!(
            text.contains("| binary size | 30.0 MB |  | 1 |  |  | < 25.0 MB | **not met** |"),
            "{text}"
        );
        assert!(text.contains("**Goals: 1 met, 1 not met**"), "{text}");
        assert!(text.contains("- *binary size*: strip on"), "{text}");
        assert!(text.contains("- five runs each"), "{text}");
        assert!(text.contains("| CPU | Test CPU \\| 2 GHz |"), "{text}");
        assert!(text.contains("`bash .ci/bench`"));
    }

    #[test]
    fn a_failed_measurement_is_a_note_not_a_row() {
        let mut section = Section::new("IPC");
        section.record(
            "IPC round trips",
            Err(crate::error::BenchError::Other("no tauri-driver".into())),
        );
        let text = markdown(&machine(), &[section]);
        assert!(
            text.contains("- **IPC round trips: not measured**: no tauri-driver"),
            "{text}"
        );
        assert!(!text.contains("| measure |"), "{text}");
    }
}

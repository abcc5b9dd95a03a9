//! The `BENCH {...}` lines the core and packs benchmarks print (one JSON object per figure,
//! in milliseconds), read back into figures.

use serde::Deserialize;

use crate::figure::{Figure, Goal, Unit};

const PREFIX: &str = "BENCH ";

#[derive(Debug, Deserialize)]
struct BenchLine {
    name: String,
    median_ms: f64,
    #[serde(default)]
    min_ms: Option<f64>,
    #[serde(default)]
    runs: Option<usize>,
    #[serde(default)]
    goal_ms: Option<f64>,
    #[serde(default)]
    note: Option<String>,
}

/// Every figure in `output`, and a sentence for each `BENCH` line that does not parse (so a
/// changed format shows in the report instead of silently dropping a figure).
pub fn parse(output: &str) -> (Vec<Figure>, Vec<String>) {
    let mut figures = Vec::new();
    let mut problems = Vec::new();
    for line in output.lines() {
        let Some(json) = line.trim().strip_prefix(PREFIX) else {
            continue;
        };
        match serde_json::from_str::<BenchLine>(json) {
            Ok(b) => figures.push(Figure {
                min: b.min_ms,
                runs: b.runs.unwrap_or(1),
                goal: b.goal_ms.map(Goal::Below),
                note: b.note,
                ..Figure::single(b.name, Unit::Ms, b.median_ms)
            }),
            Err(error) => problems.push(format!("unreadable line `{}`: {error}", line.trim())),
        }
    }
    (figures, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_bench_lines_among_other_output() {
        let out = "running 1 test\n\
                   BENCH {\"name\":\"warnings\",\"median_ms\":12.5,\"min_ms\":11.0,\"runs\":20,\"goal_ms\":20}\n\
                   warm-up: 3ms\n  BENCH {\"name\":\"brief\",\"median_ms\":40,\"min_ms\":38,\"runs\":10,\"goal_ms\":null}\n";
        let (figures, problems) = parse(out);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(figures.len(), 2);
        assert_eq!(figures[0].name, "warnings");
        assert_eq!(figures[0].median, 12.5);
        assert_eq!(figures[0].min, Some(11.0));
        assert_eq!(figures[0].runs, 20);
        assert_eq!(figures[0].goal, Some(Goal::Below(20.0)));
        assert_eq!(figures[0].met(), Some(true));
        assert_eq!(figures[1].goal, None);
    }

    #[test]
    fn a_malformed_line_is_reported_not_dropped() {
        let (figures, problems) = parse("BENCH {\"name\":\"x\"}\nBENCHMARK done\n");
        assert!(figures.is_empty());
        assert_eq!(problems.len(), 1);
        assert!(problems[0].contains("median_ms"), "{}", problems[0]);
    }
}

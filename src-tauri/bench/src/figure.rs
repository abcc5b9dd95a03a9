//! One measured figure (median of its runs, with the baseline measured in the same run and the
//! issue's goal), and the sections of the report that hold them.

/// What a figure counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Ms,
    Seconds,
    /// Megabytes of 1,000,000 bytes (the goals' MB, read strictly).
    Mb,
    Count,
}

impl Unit {
    pub fn format(self, value: f64) -> String {
        match self {
            Unit::Ms if value < 10.0 => format!("{value:.2} ms"),
            Unit::Ms => format!("{value:.1} ms"),
            Unit::Seconds => format!("{value:.2} s"),
            Unit::Mb => format!("{value:.1} MB"),
            Unit::Count => format!("{value:.0}"),
        }
    }
}

/// The goal for a figure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Goal {
    /// The median must be below this (in the figure's unit).
    Below(f64),
    /// The median must be at most this many times the baseline.
    RatioAtMost(f64),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Baseline {
    pub name: String,
    pub value: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub name: String,
    pub unit: Unit,
    pub median: f64,
    pub min: Option<f64>,
    pub runs: usize,
    pub baseline: Option<Baseline>,
    pub goal: Option<Goal>,
    pub note: Option<String>,
}

impl Figure {
    /// One value measured once (a size, a single long run).
    pub fn single(name: impl Into<String>, unit: Unit, value: f64) -> Figure {
        Figure {
            name: name.into(),
            unit,
            median: value,
            min: None,
            runs: 1,
            baseline: None,
            goal: None,
            note: None,
        }
    }

    /// The median and minimum of `samples`; none when there are no samples.
    pub fn from_samples(name: impl Into<String>, unit: Unit, samples: &[f64]) -> Option<Figure> {
        Some(Figure {
            min: samples.iter().copied().reduce(f64::min),
            runs: samples.len(),
            ..Figure::single(name, unit, median(samples)?)
        })
    }

    pub fn goal(mut self, goal: Goal) -> Figure {
        self.goal = Some(goal);
        self
    }

    pub fn against(mut self, name: impl Into<String>, value: f64) -> Figure {
        self.baseline = Some(Baseline {
            name: name.into(),
            value,
        });
        self
    }

    pub fn note(mut self, note: impl Into<String>) -> Figure {
        self.note = Some(note.into());
        self
    }

    /// The median over the baseline, when there is a baseline above zero.
    pub fn ratio(&self) -> Option<f64> {
        let base = self.baseline.as_ref()?.value;
        (base > 0.0).then(|| self.median / base)
    }

    /// Whether the goal is met; none when there is no goal (or a ratio goal without baseline).
    pub fn met(&self) -> Option<bool> {
        match self.goal? {
            Goal::Below(limit) => Some(self.median < limit),
            Goal::RatioAtMost(limit) => Some(self.ratio()? <= limit),
        }
    }
}

/// The middle value (the mean of the two middle ones for an even count).
pub fn median(samples: &[f64]) -> Option<f64> {
    let mut sorted: Vec<f64> = samples.iter().copied().filter(|v| v.is_finite()).collect();
    if sorted.is_empty() {
        return None;
    }
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    Some(if sorted.len().is_multiple_of(2) {
        (sorted[mid - 1] + sorted[mid]) / 2.0
    } else {
        sorted[mid]
    })
}

/// A part of the report: a heading, its figures, and sentences on how they were taken or
/// why one is missing.
#[derive(Debug, Clone, Default)]
pub struct Section {
    pub title: String,
    pub figures: Vec<Figure>,
    pub notes: Vec<String>,
}

impl Section {
    pub fn new(title: impl Into<String>) -> Section {
        Section {
            title: title.into(),
            ..Section::default()
        }
    }

    /// Adds what a measurement gave, or says why it gave nothing.
    pub fn record(&mut self, what: &str, outcome: Result<Vec<Figure>, crate::error::BenchError>) {
        match outcome {
            Ok(figures) => self.figures.extend(figures),
            Err(error) => self
                .notes
                .push(format!("**{what}: not measured**: {error}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_and_even_counts_ignores_order_and_nan() {
        assert_eq!(median(&[5.0, 1.0, 3.0]), Some(3.0));
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), Some(2.5));
        assert_eq!(median(&[f64::NAN, 7.0]), Some(7.0));
        assert_eq!(median(&[]), None);
    }

    #[test]
    fn a_ratio_goal_compares_with_the_baseline() {
        let fig = Figure::single("start", Unit::Ms, 130.0)
            .against("blank", 100.0)
            .goal(Goal::RatioAtMost(1.3));
        assert_eq!(fig.ratio(), Some(1.3));
        assert_eq!(fig.met(), Some(true));
        let slow = Figure::single("start", Unit::Ms, 131.0)
            .against("blank", 100.0)
            .goal(Goal::RatioAtMost(1.3));
        assert_eq!(slow.met(), Some(false));
        let no_base = Figure::single("start", Unit::Ms, 1.0).goal(Goal::RatioAtMost(1.3));
        assert_eq!(no_base.met(), None);
    }

    #[test]
    fn a_below_goal_is_strict() {
        let at = Figure::single("export", Unit::Seconds, 2.0).goal(Goal::Below(2.0));
        assert_eq!(at.met(), Some(false));
        let under = Figure::single("export", Unit::Seconds, 1.99).goal(Goal::Below(2.0));
        assert_eq!(under.met(), Some(true));
        assert_eq!(Figure::single("x", Unit::Ms, 1.0).met(), None);
    }

    #[test]
    fn samples_give_median_min_and_runs() {
        let fig = Figure::from_samples("x", Unit::Ms, &[3.0, 9.0, 4.0])
            .unwrap_or_else(|| panic!("samples"));
        assert_eq!((fig.median, fig.min, fig.runs), (4.0, Some(3.0), 3));
        assert!(Figure::from_samples("x", Unit::Ms, &[]).is_none());
    }
}

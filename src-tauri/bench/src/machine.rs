//! The machine a run was measured on: CPU, cores, memory, kernel, compiler, date and commit.

use std::process::Command;

#[derive(Debug, Clone)]
pub struct Machine {
    pub cpu: String,
    pub cores: usize,
    pub ram: String,
    pub kernel: String,
    pub rustc: String,
    pub date: String,
    pub commit: String,
}

impl Machine {
    pub fn detect() -> Machine {
        let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
        Machine {
            cpu: field(&cpuinfo, "model name").unwrap_or_else(|| "unknown".into()),
            cores: std::thread::available_parallelism().map_or(1, |n| n.get()),
            ram: field(&meminfo, "MemTotal")
                .and_then(|kb| kb.trim_end_matches(" kB").trim().parse::<f64>().ok())
                .map_or_else(
                    || "unknown".into(),
                    |kb| format!("{:.1} GB", kb * 1024.0 / 1e9),
                ),
            kernel: output("uname", &["-sr"]),
            rustc: output("rustc", &["--version"]),
            date: chrono::Utc::now().format("%Y-%m-%d %H:%M UTC").to_string(),
            commit: commit(),
        }
    }

    pub fn rows(&self) -> Vec<(&'static str, String)> {
        vec![
            ("CPU", self.cpu.clone()),
            ("Cores", self.cores.to_string()),
            ("RAM", self.ram.clone()),
            ("Kernel", self.kernel.clone()),
            ("Compiler", self.rustc.clone()),
            ("Date", self.date.clone()),
            ("Commit", self.commit.clone()),
        ]
    }
}

/// The value of the first `key: value` line (as in /proc/cpuinfo and /proc/meminfo).
fn field(text: &str, key: &str) -> Option<String> {
    text.lines().find_map(|line| {
        let (k, v) = line.split_once(':')?;
        (k.trim() == key).then(|| v.trim().to_string())
    })
}

fn output(program: &str, args: &[&str]) -> String {
    Command::new(program)
        .args(args)
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_else(|| "unknown".into())
}

/// The short commit, marked when the tree had uncommitted changes (other work in progress).
fn commit() -> String {
    let head = output("git", &["rev-parse", "--short", "HEAD"]);
    let dirty = Command::new("git")
        .args(["status", "--porcelain", "--untracked-files=no"])
        .output()
        .is_ok_and(|o| !o.stdout.is_empty());
    if dirty {
        format!("{head} (with uncommitted changes in the tree)")
    } else {
        head
    }
}

#[cfg(test)]
mod tests {
    use super::field;

    #[test]
    fn reads_the_first_matching_field() {
        let text = "processor\t: 0\nmodel name\t: Some CPU @ 2.0GHz\nmodel name\t: other\n";
        assert_eq!(
            field(text, "model name").as_deref(),
            Some("Some CPU @ 2.0GHz")
        );
        assert_eq!(
            field("MemTotal:  4000 kB\n", "MemTotal").as_deref(),
            Some("4000 kB")
        );
        assert_eq!(field(text, "flags"), None);
    }
}

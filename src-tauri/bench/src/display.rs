//! The runner's own X server: Xvfb on a display number it picks itself (`-displayfd`, as the
//! e2e harness does), stopped with SIGTERM when dropped so it removes its lock file.

use std::io::BufRead;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::error::BenchError;

pub struct Xvfb {
    child: Child,
    pub display: String,
}

impl Xvfb {
    pub fn start() -> Result<Xvfb, BenchError> {
        let mut child = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1280x800x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|source| BenchError::Spawn {
                program: "Xvfb (install Debian's xvfb: bash .ci/install-system-deps)".into(),
                source,
            })?;
        let mut number = String::new();
        if let Some(stdout) = child.stdout.take() {
            let _ = std::io::BufReader::new(stdout).read_line(&mut number);
        }
        let number = number.trim().to_string();
        let mut xvfb = Xvfb {
            child,
            display: format!(":{number}"),
        };
        if number.parse::<u32>().is_err() {
            xvfb.stop();
            return Err(BenchError::Other("Xvfb did not say its display".into()));
        }
        Ok(xvfb)
    }

    fn stop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// The environment every window of the runner gets: this display, and WebKit's renderers
    /// that work under Xvfb (the DMA-BUF one draws nothing, compositing hangs screenshots).
    pub fn env(&self) -> Vec<(&'static str, String)> {
        vec![
            ("DISPLAY", self.display.clone()),
            ("WEBKIT_DISABLE_DMABUF_RENDERER", "1".into()),
            ("WEBKIT_DISABLE_COMPOSITING_MODE", "1".into()),
        ]
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        self.stop();
    }
}

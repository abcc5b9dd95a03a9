//! The end-to-end harness every e2e test binary shares: Xvfb and tauri-driver for one test, and
//! `App`, the running window with the helpers a test needs to click and type as a person does.
//! Each test gets its own database; the app, the driver and Xvfb are killed by pid at the end,
//! also when a test fails. A missing tool fails the test with the step that installs it.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::rc::Rc;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

use super::TempDb;

pub type Step<T = ()> = Result<T, Box<dyn std::error::Error>>;

/// Long enough for a cold WebKit start on a busy 2-core machine.
pub const PATIENCE: Duration = Duration::from_secs(30);
/// A whole test's session: a WebDriver call that never answers must fail the test, not hang CI.
const TEST_LIMIT: Duration = Duration::from_secs(300);
const WEBKIT_DRIVER: &str = "/usr/bin/WebKitWebDriver";

/// One window at a time: the tests share the machine's two cores and would only slow each other.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

pub fn one_at_a_time() -> MutexGuard<'static, ()> {
    // A failed test poisons the lock; the next test still deserves its turn.
    ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Xvfb (when there is no display) and tauri-driver, for one test.
pub struct Desktop {
    display: String,
    xvfb: Option<Child>,
    driver: Child,
    port: u16,
}

impl Desktop {
    pub fn start() -> Desktop {
        let tauri_driver = find_tauri_driver();
        assert!(
            Path::new(WEBKIT_DRIVER).exists(),
            "{WEBKIT_DRIVER} is missing: install Debian's webkit2gtk-driver (bash .ci/install-system-deps)"
        );
        let (display, xvfb) = match std::env::var("DISPLAY") {
            Ok(display) if !display.is_empty() => (display, None),
            _ => {
                let (display, child) = start_xvfb();
                (display, Some(child))
            }
        };
        let port = free_port();
        let native_port = free_port();
        let driver = Command::new(&tauri_driver)
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native_port.to_string(),
            ])
            .args(["--native-driver", WEBKIT_DRIVER])
            .env("DISPLAY", &display)
            // WebKit's DMA-BUF renderer draws nothing under Xvfb, and in compositing mode a
            // WebDriver screenshot never returns (tried: it hangs until the client gives up).
            .env("WEBKIT_DISABLE_DMABUF_RENDERER", "1")
            .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
            .stdout(Stdio::null())
            // Its own process group, so WebKitWebDriver and the app it starts go down with it.
            .process_group(0)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", tauri_driver.display()));
        let desktop = Desktop {
            display,
            xvfb,
            driver,
            port,
        };
        wait_for_port(port);
        desktop
    }

    /// Opens the app on `db`, runs `steps`, saves a screenshot of the final screen (also on
    /// failure) and quits the app; panics with the failing step's error.
    pub fn drive<F, Fut>(&self, name: &str, db: &TempDb, steps: F)
    where
        F: FnOnce(App) -> Fut,
        Fut: Future<Output = Step>,
    {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap_or_else(|e| panic!("tokio runtime: {e}"));
        let session = async {
            let app = App::open(self.port, db.path.clone()).await?;
            let result = steps(app.clone()).await;
            // Said at once: should the cleanup below stall, the cause is not lost in a timeout.
            if let Err(error) = &result {
                eprintln!("{name}: step failed: {error}");
            }
            // A test that stopped the app itself has no screen left to save or app to quit.
            if app.closed.get() {
                return result;
            }
            let shot = tokio::time::timeout(PATIENCE, app.screenshot(name)).await;
            let quit = tokio::time::timeout(PATIENCE * 2, app.quit())
                .await
                .unwrap_or_else(|_| Err("the app did not quit".into()));
            // The step's own error first: it says what went wrong, the rest follows from it.
            result?;
            quit?;
            let path = shot.map_err(|_| "the screenshot did not come back")??;
            eprintln!("final screen: {}", path.display());
            Ok(())
        };
        let outcome: Step = runtime.block_on(async {
            tokio::time::timeout(TEST_LIMIT, session)
                .await
                .unwrap_or_else(|_| Err(format!("no result within {TEST_LIMIT:?}").into()))
        });
        if let Err(error) = outcome {
            panic!("{name} on display {}: {error}", self.display);
        }
    }
}

impl Drop for Desktop {
    fn drop(&mut self) {
        // The whole driver group (tauri-driver, WebKitWebDriver, the app), then Xvfb, by pid.
        kill_group(self.driver.id());
        let _ = self.driver.wait();
        if let Some(xvfb) = &mut self.xvfb {
            stop_xvfb(xvfb);
        }
    }
}

fn kill_group(pgid: u32) {
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{pgid}")])
        .status();
}

/// The app in its current WebDriver session, with the helpers a test needs to act like a
/// person. Clones share the session, so a restart is seen by the test and by its cleanup.
#[derive(Clone)]
pub struct App {
    session: Rc<RefCell<Client>>,
    port: u16,
    db: PathBuf,
    closed: Rc<Cell<bool>>,
}

impl App {
    async fn open(port: u16, db: PathBuf) -> Step<App> {
        let client = new_session(port, &db).await?;
        Ok(App {
            session: Rc::new(RefCell::new(client)),
            port,
            db,
            closed: Rc::new(Cell::new(false)),
        })
    }

    /// The current session's client (a cheap handle; never hold the RefCell across an await).
    pub fn client(&self) -> Client {
        self.session.borrow().clone()
    }

    /// Ends the session (WebKitWebDriver closes the app) and waits until the process is gone.
    pub async fn quit(&self) -> Step {
        self.client().close().await?;
        let deadline = Instant::now() + PATIENCE;
        while !app_pids(&self.db).is_empty() {
            if Instant::now() > deadline {
                return Err(format!("the app on {} did not quit", self.db.display()).into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Ok(())
    }

    /// Asks the app to stop with SIGTERM, as logging out or shutting down does (the app runs its
    /// normal exit, unlike `quit`: WebKitWebDriver ends a session by killing the app outright),
    /// and waits until the process is gone. The session ends with it.
    pub async fn terminate(&self) -> Step {
        self.closed.set(true);
        let pids = app_pids(&self.db);
        if pids.is_empty() {
            return Err(format!("no app is running on {}", self.db.display()).into());
        }
        for pid in pids {
            Command::new("kill")
                .args(["-TERM", &pid.to_string()])
                .status()?;
        }
        let deadline = Instant::now() + PATIENCE;
        while !app_pids(&self.db).is_empty() {
            if Instant::now() > deadline {
                return Err(format!("the app on {} did not exit", self.db.display()).into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Ok(())
    }

    /// Quits the app and starts it again on the same database, as a person would.
    pub async fn restart(&self) -> Step {
        self.quit().await?;
        let client = new_session(self.port, &self.db).await?;
        *self.session.borrow_mut() = client;
        Ok(())
    }

    pub async fn find(&self, css: &str) -> Step<Element> {
        let found = self
            .client()
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::Css(css))
            .await;
        found.map_err(|e| format!("no element {css} within {PATIENCE:?}: {e}").into())
    }

    pub async fn click(&self, css: &str) -> Step {
        Ok(self.find(css).await?.click().await?)
    }

    pub async fn type_into(&self, css: &str, text: &str) -> Step {
        let field = self.find(css).await?;
        field.click().await?;
        Ok(field.send_keys(text).await?)
    }

    pub async fn text(&self, css: &str) -> Step<String> {
        match self.client().find_all(Locator::Css(css)).await?.first() {
            Some(element) => Ok(element.text().await?),
            None => Ok(String::new()),
        }
    }

    pub async fn count(&self, css: &str) -> Step<usize> {
        Ok(self.client().find_all(Locator::Css(css)).await?.len())
    }

    /// Polls `ready` until it says yes, failing after `PATIENCE` with what was awaited.
    pub async fn wait_until<F, Fut>(&self, what: &str, mut ready: F) -> Step
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Step<bool>>,
    {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if ready().await? {
                return Ok(());
            }
            if Instant::now() > deadline {
                return Err(format!("gave up waiting for {what}").into());
            }
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
    }

    /// Opens the sponsors list from the nav (Home is the landing page) and waits for its rows.
    pub async fn wait_for_rows(&self) -> Step {
        self.click("a[href='#/sponsors']").await?;
        self.wait_until("the sponsors list", || async {
            Ok(self.count("[data-testid=sponsor-row]").await? > 0)
        })
        .await
    }

    /// Goes to the sponsors list, types `text` in its search and waits for exactly one row that
    /// shows it.
    pub async fn search_for(&self, text: &str) -> Step {
        self.click("a[href='#/sponsors']").await?;
        let search = self.find("#sponsor-search").await?;
        search.clear().await?;
        search.click().await?;
        search.send_keys(text).await?;
        self.wait_until(&format!("one row showing {text:?}"), || async {
            let rows = self
                .client()
                .find_all(Locator::Css("[data-testid=sponsor-row]"))
                .await?;
            Ok(match rows.as_slice() {
                [row] => row.text().await?.contains(text),
                _ => false,
            })
        })
        .await
    }

    pub async fn screenshot(&self, name: &str) -> Step<PathBuf> {
        let png = self.client().screenshot().await?;
        let dir = shots_dir();
        std::fs::create_dir_all(&dir)?;
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png)?;
        Ok(path)
    }
}

/// A WebDriver session that starts the app binary on `db` (capabilities per tauri-driver).
async fn new_session(port: u16, db: &Path) -> Step<Client> {
    let mut caps = serde_json::Map::new();
    caps.insert("browserName".into(), json!("wry"));
    caps.insert(
        "tauri:options".into(),
        json!({
            "application": super::binary(),
            "args": ["--db", super::path_str(db)],
        }),
    );
    let url = format!("http://127.0.0.1:{port}");
    Ok(ClientBuilder::native()
        .capabilities(caps)
        .connect(&url)
        .await?)
}

/// target/e2e-shots, beside the binary's profile folder.
fn shots_dir() -> PathBuf {
    let binary = super::binary();
    let target = binary
        .parent()
        .and_then(Path::parent)
        .unwrap_or(Path::new("target"));
    target.join("e2e-shots")
}

/// Processes whose command line names `db`: the app instances a test started.
fn app_pids(db: &Path) -> Vec<u32> {
    let needle = db.as_os_str().as_encoded_bytes();
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(|entry| entry.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            std::fs::read(format!("/proc/{pid}/cmdline"))
                .is_ok_and(|cmdline| cmdline.windows(needle.len()).any(|w| w == needle))
        })
        .collect()
}

fn find_tauri_driver() -> PathBuf {
    let in_path: Vec<PathBuf> = std::env::var_os("PATH")
        .map(|paths| {
            std::env::split_paths(&paths)
                .map(|p| p.join("tauri-driver"))
                .collect()
        })
        .unwrap_or_default();
    let in_cargo =
        std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo/bin/tauri-driver"));
    in_path.into_iter().chain(in_cargo).find(|p| p.is_file()).unwrap_or_else(|| {
        panic!("tauri-driver is not installed: run `cargo install tauri-driver --locked` (bash .ci/install does it)")
    })
}

/// Starts Xvfb on a display number it picks itself (`-displayfd`): Xvfb reclaims the lock files
/// a killed server left behind and skips displays in use, which a scan of /tmp cannot tell
/// apart. It writes the number once it accepts connections. Its stderr goes to a file whose
/// text is in the panic when it does not come up.
fn start_xvfb() -> (String, Child) {
    let log = std::env::temp_dir().join(format!("sponsor-desk-xvfb-{}.log", std::process::id()));
    let stderr = std::fs::File::create(&log)
        .map(Stdio::from)
        .unwrap_or_else(|_| Stdio::null());
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
        .stderr(stderr)
        .spawn()
        .unwrap_or_else(|e| {
            panic!("cannot start Xvfb ({e}): install Debian's xvfb (bash .ci/install-system-deps)")
        });
    let mut number = String::new();
    if let Some(stdout) = child.stdout.take() {
        let _ = std::io::BufRead::read_line(&mut std::io::BufReader::new(stdout), &mut number);
    }
    let number = number.trim();
    if number.is_empty() || number.parse::<u32>().is_err() {
        stop_xvfb(&mut child);
        let said = std::fs::read_to_string(&log).unwrap_or_default();
        panic!("Xvfb did not start: it said:\n{said}");
    }
    let _ = std::fs::remove_file(&log);
    (format!(":{number}"), child)
}

/// SIGTERM first, so Xvfb removes its /tmp/.X<n>-lock and socket; SIGKILL if it lingers.
fn stop_xvfb(xvfb: &mut Child) {
    let _ = Command::new("kill")
        .args(["-TERM", &xvfb.id().to_string()])
        .status();
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline {
        if let Ok(Some(_)) = xvfb.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = xvfb.kill();
    let _ = xvfb.wait();
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|addr| addr.port())
        .unwrap_or_else(|e| panic!("no free local port: {e}"))
}

fn wait_for_port(port: u16) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "tauri-driver did not listen on port {port}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

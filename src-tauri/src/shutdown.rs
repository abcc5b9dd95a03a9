//! A polite stop: SIGTERM, SIGINT and SIGHUP (logging out, `kill`, the terminal the app was
//! started from closing, a WebDriver session ending) end the app through its normal exit, so
//! the backup at exit still runs.

use std::time::Duration;

use tauri::AppHandle;
use tokio::signal::unix::{signal, SignalKind};

/// How long the normal exit may take once a signal asked for it; then the process ends anyway,
/// since the handler has replaced the signal's default of ending it at once.
const EXIT_GRACE: Duration = Duration::from_secs(15);

/// Starts listening for the signals; the first one exits the app as closing its window would.
pub fn exit_on_signals(app: AppHandle) {
    tauri::async_runtime::spawn(async move {
        let streams = (
            signal(SignalKind::terminate()),
            signal(SignalKind::interrupt()),
            signal(SignalKind::hangup()),
        );
        let (Ok(mut terminate), Ok(mut interrupt), Ok(mut hangup)) = streams else {
            eprintln!("signals will stop the app without its backup at exit: their handler could not be installed");
            return;
        };
        tokio::select! {
            _ = terminate.recv() => {}
            _ = interrupt.recv() => {}
            _ = hangup.recv() => {}
        }
        std::thread::spawn(|| {
            std::thread::sleep(EXIT_GRACE);
            std::process::exit(1);
        });
        app.exit(0);
    });
}

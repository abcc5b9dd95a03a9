//! End-to-end tests of the real app binary: its window under Xvfb, driven over WebDriver
//! (tauri-driver in front of WebKitWebDriver) with fantoccini, clicking and typing as a person
//! does. The harness (Xvfb, driver, `App` helpers) is in tests/support/desktop.rs.
//!
//! One test binary for every screen, not one per file: a binary per file (each linked on its
//! own) cost CI gigabytes of disk and minutes of linking. The harness's lock still runs the
//! windows one at a time.

mod support;

mod e2e_backups;
mod e2e_committees;
mod e2e_csv_import;
mod e2e_evidence;
mod e2e_hostile;
mod e2e_packs;
mod e2e_sponsors;
mod e2e_touchpoints;
mod e2e_tour;
mod e2e_warnings;

//! A headless Chromium to print and measure the HTML report with, where one is installed.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Debian's Chromium, which `.ci/run` installs, or Google Chrome, on `PATH`.
pub fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find_map(|name| {
            std::env::var_os("PATH")?
                .to_str()?
                .split(':')
                .map(|dir| Path::new(dir).join(name))
                .find(|path| path.is_file())
        })
}

/// `html` as a phone 390 px wide shows it. Headless Chromium keeps its window at least
/// 500 px wide whatever `--window-size` says, so the page takes the phone's width itself
/// (with the phone style's margins).
pub fn on_a_phone(html: &str) -> String {
    html.replace(
        "</style>",
        "html { width: 390px; } body { padding: 0.5rem; }</style>",
    )
}

/// `browser` run headless on the page at `page`, with a profile of its own in `profile` and
/// `args` saying what to do with the page.
pub fn headless(browser: &Path, profile: &Path, args: &[&str], page: &Path) -> Output {
    Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap()
}

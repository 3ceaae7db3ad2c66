// On Windows, Tandem is a windowed program: opened from the Explorer, the Start menu or a
// workshop file, it shows no console window. From a terminal, `tandem.exe classify …` still
// prints there: see `console`.
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;

fn main() -> ExitCode {
    #[cfg(windows)]
    console::attach_to_parent_when_given_arguments();
    match tandem::cli::run(std::env::args_os(), tandem::clock::Clock::system()) {
        Ok(code) => code,
        Err(error) => {
            // Errors travel up as `anyhow` and are said once, here.
            #[allow(
                clippy::print_stderr,
                reason = "the one place a failed command is reported"
            )]
            {
                // An error may quote a file's text: no control character reaches the terminal.
                let said = format!("tandem: {}", tandem::cli::error_text(&error));
                let said = tandem::export::safe_output::safe(&said);
                eprintln!("{said}");
                #[cfg(windows)]
                if console::nowhere_to_say_it() {
                    console::show_error(&said);
                }
            }
            ExitCode::FAILURE
        }
    }
}

/// A windowed ("windows" subsystem) program starts with no console. Given arguments (a
/// command, `--version`, `--help`), it joins the console of the terminal that started it, so
/// what the command prints is seen there; output redirected to a file or a pipe keeps its
/// handles. Started from the Explorer there is no parent console and nothing changes. Without
/// arguments the window opens, and the program stays apart from any terminal (closing the
/// terminal must not close the workshop).
#[cfg(windows)]
mod console {
    #[expect(
        unsafe_code,
        reason = "the one call into the Windows API Tandem makes itself: no safe wrapper exists"
    )]
    pub fn attach_to_parent_when_given_arguments() {
        use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
        if std::env::args_os().len() > 1 {
            // SAFETY: AttachConsole takes a process id by value and no pointer. When the
            // parent has no console it fails, and the process stays as it was.
            let _attached = unsafe { AttachConsole(ATTACH_PARENT_PROCESS) };
        }
    }

    /// Whether standard error leads nowhere: no terminal, file or pipe (started from the
    /// Explorer, the Start menu or a double-clicked workshop).
    pub fn nowhere_to_say_it() -> bool {
        use std::os::windows::io::AsRawHandle as _;
        std::io::stderr().as_raw_handle().is_null()
    }

    /// Says an error that nothing else would show (a double-clicked workshop that cannot be
    /// read, a window that cannot open) in a message box; a script's redirected output never
    /// gets one.
    pub fn show_error(said: &str) {
        rfd::MessageDialog::new()
            .set_level(rfd::MessageLevel::Error)
            .set_title("Tandem")
            .set_description(said)
            .show();
    }
}

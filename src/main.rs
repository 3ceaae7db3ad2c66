use std::process::ExitCode;

fn main() -> ExitCode {
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
                let said = format!("tandem: {error:#}");
                eprintln!("{}", tandem::export::safe_output::safe(&said));
            }
            ExitCode::FAILURE
        }
    }
}

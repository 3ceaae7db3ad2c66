use std::process::ExitCode;

fn main() -> ExitCode {
    match tandem::cli::run(std::env::args_os()) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("tandem: {error:#}");
            ExitCode::FAILURE
        }
    }
}

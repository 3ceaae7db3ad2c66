//! Windows only: gives `tandem.exe` its icon, version information and manifest (per-monitor
//! DPI awareness, the UTF-8 code page, no administrator rights), as a resource script
//! compiled by MinGW's `windres` and linked into the binary. No crate is needed for it.
//! On every other target this does nothing.

use std::env;
use std::error::Error;
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() -> Result<(), Box<dyn Error>> {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR")?);
    let icon = root.join("assets/icons/tandem.ico");
    let manifest = root.join("packaging/windows/tandem.exe.manifest");
    for input in [&icon, &manifest] {
        println!("cargo:rerun-if-changed={}", input.display());
    }
    println!("cargo:rerun-if-env-changed=WINDRES");
    if env::var("CARGO_CFG_TARGET_OS")? != "windows" {
        return Ok(());
    }
    if env::var("CARGO_CFG_TARGET_ENV")? != "gnu" {
        println!(
            "cargo:warning=tandem.exe is built without its icon, version and manifest: \
             build.rs compiles them with MinGW's windres (the x86_64-pc-windows-gnu target)"
        );
        return Ok(());
    }
    let Some(windres) = windres() else {
        println!(
            "cargo:warning=windres not found (Debian: gcc-mingw-w64-x86-64): tandem.exe is \
             built without its icon, version and manifest"
        );
        return Ok(());
    };
    let out = PathBuf::from(env::var("OUT_DIR")?);
    let script = out.join("tandem.rc");
    std::fs::write(&script, resource_script(&icon, &manifest)?)?;
    let object = out.join("tandem-resources.o");
    let status = Command::new(&windres)
        .args(["--input-format=rc", "--output-format=coff", "--input"])
        .arg(&script)
        .arg("--output")
        .arg(&object)
        .status()?;
    if !status.success() {
        return Err(format!("{windres} could not compile {}: {status}", script.display()).into());
    }
    // An object file on the link line is kept whole (a library's members could be dropped).
    println!("cargo:rustc-link-arg-bin=tandem={}", object.display());
    Ok(())
}

/// `WINDRES` when set, else the MinGW cross tool for the target, else a plain `windres`.
fn windres() -> Option<String> {
    let arch = env::var("CARGO_CFG_TARGET_ARCH").ok()?;
    let candidates = [
        env::var("WINDRES").ok(),
        Some(format!("{arch}-w64-mingw32-windres")),
        Some("windres".to_owned()),
    ];
    candidates.into_iter().flatten().find(|tool| {
        Command::new(tool)
            .arg("--version")
            .output()
            .is_ok_and(|output| output.status.success())
    })
}

fn resource_script(icon: &Path, manifest: &Path) -> Result<String, Box<dyn Error>> {
    let version = env::var("CARGO_PKG_VERSION")?;
    let numbers = ["MAJOR", "MINOR", "PATCH"]
        .map(|part| env::var(format!("CARGO_PKG_VERSION_{part}")).unwrap_or_default());
    let [major, minor, patch] = numbers;
    let description = env::var("CARGO_PKG_DESCRIPTION")?.replace('"', "\"\"");
    let licence = env::var("CARGO_PKG_LICENSE")?;
    // windres reads forward slashes on every host; a quote in a path is doubled.
    let quoted = |path: &Path| {
        path.display()
            .to_string()
            .replace('\\', "/")
            .replace('"', "\"\"")
    };
    Ok(format!(
        r#"#pragma code_page(65001)
1 ICON "{icon}"
1 24 "{manifest}"
1 VERSIONINFO
FILEVERSION {major},{minor},{patch},0
PRODUCTVERSION {major},{minor},{patch},0
FILEFLAGSMASK 0x3F
FILEFLAGS 0x0
FILEOS 0x40004
FILETYPE 0x1
FILESUBTYPE 0x0
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040904B0"
    BEGIN
      VALUE "CompanyName", "Tandem"
      VALUE "FileDescription", "Tandem"
      VALUE "FileVersion", "{version}"
      VALUE "InternalName", "tandem"
      VALUE "LegalCopyright", "Licensed under {licence}"
      VALUE "OriginalFilename", "tandem.exe"
      VALUE "ProductName", "Tandem"
      VALUE "ProductVersion", "{version}"
      VALUE "Comments", "{description}"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x409, 1200
  END
END
"#,
        icon = quoted(icon),
        manifest = quoted(manifest),
    ))
}

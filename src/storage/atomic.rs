use std::fs;
use std::io::Write as _;
use std::path::Path;

use super::error::SaveError;

/// Writes `bytes` to `path` so that a crash or power cut at any moment leaves either the old
/// file or the new one, never a mix: a temporary file in the same folder, `sync_all`, rename
/// over the target, then fsync of the folder so the rename itself is durable.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let fail = |step: String| {
        let path = path.to_path_buf();
        move |source: std::io::Error| SaveError { path, step, source }
    };
    let mut temporary = tempfile::Builder::new()
        .prefix(".tandem-")
        .suffix(".tmp")
        .tempfile_in(folder)
        .map_err(fail(format!(
            "creating a temporary file in {}",
            folder.display()
        )))?;
    // Keep the permissions the user gave the existing file.
    if let Ok(existing) = fs::metadata(path) {
        temporary
            .as_file()
            .set_permissions(existing.permissions())
            .map_err(fail(String::from("copying the file's permissions")))?;
    }
    temporary
        .write_all(bytes)
        .map_err(fail(String::from("writing the temporary file")))?;
    temporary
        .as_file()
        .sync_all()
        .map_err(fail(String::from("flushing the temporary file to disk")))?;
    temporary
        .persist(path)
        .map_err(|error| error.error)
        .map_err(fail(String::from("replacing the file")))?;
    sync_folder(folder).map_err(fail(format!("flushing the folder {}", folder.display())))
}

#[cfg(unix)]
fn sync_folder(folder: &Path) -> std::io::Result<()> {
    fs::File::open(folder)?.sync_all()
}

#[cfg(not(unix))]
fn sync_folder(_folder: &Path) -> std::io::Result<()> {
    // Windows cannot open a folder as a file; its rename is already durable enough (MoveFileEx).
    Ok(())
}

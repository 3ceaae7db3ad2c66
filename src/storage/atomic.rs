use std::fs;
use std::io::Write as _;
use std::path::Path;
use std::time::{Duration, SystemTime};

use super::error::{SaveError, SaveStep};

/// Writes `bytes` to `path` so that a crash or power cut at any moment leaves either the old
/// file or the new one, never a mix: a temporary file in the same folder, `sync_all`, rename
/// over the target, then fsync of the folder so the rename itself is durable.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let fail = |step: SaveStep| {
        let path = path.to_path_buf();
        move |source: std::io::Error| SaveError { path, step, source }
    };
    let mut temporary = tempfile::Builder::new()
        .prefix(TEMPORARY_PREFIX)
        .suffix(TEMPORARY_SUFFIX)
        .tempfile_in(folder)
        .map_err(fail(SaveStep::TemporaryFile(folder.to_path_buf())))?;
    // Keep the permissions the user gave the existing file.
    if let Ok(existing) = fs::metadata(path) {
        temporary
            .as_file()
            .set_permissions(existing.permissions())
            .map_err(fail(SaveStep::Permissions))?;
    }
    temporary
        .write_all(bytes)
        .map_err(fail(SaveStep::Writing))?;
    temporary
        .as_file()
        .sync_all()
        .map_err(fail(SaveStep::Flushing))?;
    temporary
        .persist(path)
        .map_err(|error| error.error)
        .map_err(fail(SaveStep::Replacing))?;
    sync_folder(folder).map_err(fail(SaveStep::FlushingFolder(folder.to_path_buf())))?;
    remove_stale_temporaries(folder, crate::clock::file_system_now());
    Ok(())
}

const TEMPORARY_PREFIX: &str = ".tandem-";
const TEMPORARY_SUFFIX: &str = ".tmp";

/// A temporary file this old belongs to a save that was killed midway: no save takes a
/// minute, so nothing still writing it can be left.
pub const STALE_AFTER: Duration = Duration::from_secs(60);

/// Removes the temporary files that saves killed midway left in `folder` (`.tandem-*.tmp`,
/// older than [`STALE_AFTER`]) and returns how many went. Only regular files of exactly
/// that name pattern are touched; housekeeping never fails the save that runs it.
pub fn remove_stale_temporaries(folder: &Path, now: SystemTime) -> usize {
    let Ok(entries) = fs::read_dir(folder) else {
        return 0;
    };
    entries
        .filter_map(Result::ok)
        .filter(|entry| {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            name.starts_with(TEMPORARY_PREFIX) && name.ends_with(TEMPORARY_SUFFIX)
        })
        .filter(|entry| {
            // `DirEntry::metadata` does not follow links: a link is never a regular file.
            entry.metadata().is_ok_and(|metadata| {
                metadata.is_file()
                    && metadata.modified().is_ok_and(|modified| {
                        now.duration_since(modified)
                            .is_ok_and(|age| age > STALE_AFTER)
                    })
            })
        })
        .filter(|entry| fs::remove_file(entry.path()).is_ok())
        .count()
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

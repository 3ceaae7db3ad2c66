//! A workshop opened for writing from the command line: under its lock, so a window that
//! has it open is told of, not overwritten; and through its [`DiskCopy`], so a file changed
//! meanwhile is merged, not overwritten.

use std::path::Path;

use anyhow::{Context as _, bail};

use crate::clock::Clock;
use crate::domain::Workshop;
use crate::i18n::Language;
use crate::storage::{self, DiskCopy, Holder, Locking, Program, WorkshopLock};

pub struct Locked {
    pub workshop: Workshop,
    pub disk: DiskCopy,
    /// Held until the command ends; dropping it lets the workshop go.
    pub lock: WorkshopLock,
}

/// Locks the workshop at `path` for `program` and reads it; refused, with who holds it,
/// when another program has it open.
pub fn open(
    path: &Path,
    program: Program,
    clock: &Clock,
    language: Language,
) -> anyhow::Result<Locked> {
    let holder = Holder::this_process(program, clock.wall());
    let locking = WorkshopLock::acquire(path, holder).with_context(|| {
        language.text_with(
            "cli-lock-failed",
            &[(
                "path",
                storage::lock_path(path).display().to_string().into(),
            )],
        )
    })?;
    let lock = match locking {
        Locking::Acquired(lock, crashed) => {
            if let Some(crashed) = crashed {
                super::say(&language.text_with(
                    "cli-lock-taken-over",
                    &[("holder", crashed.describe(language).into())],
                ));
            }
            lock
        }
        Locking::HeldBy(holder) => {
            let holder = holder.map_or_else(
                || language.text("lock-someone"),
                |holder| holder.describe(language),
            );
            bail!(language.text_with(
                "cli-lock-held",
                &[
                    ("path", path.display().to_string().into()),
                    ("holder", holder.into()),
                ],
            ))
        }
    };
    let (workshop, disk) = DiskCopy::read(path)?;
    let disk = disk.leaving_recovery_alone();
    Ok(Locked {
        workshop,
        disk,
        lock,
    })
}

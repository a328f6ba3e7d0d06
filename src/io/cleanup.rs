//! The run's temporary files and staging directories, removed when the run is
//! interrupted (SIGINT, SIGTERM) before the process exits, so Ctrl-C never leaves
//! a `.nengji-*.part` file or half a batch behind.
//!
//! Everything that puts a temporary entry on disk registers it here while it
//! holds a [`shared`] guard; a commit (the renames that publish outputs) holds
//! the [`exclusive`] guard. The signal thread takes the exclusive guard too, so
//! it waits for an in-flight write or commit to finish, then removes what is
//! registered and exits: an output is either published whole or not at all.

use std::collections::BTreeSet;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, Once, RwLock, RwLockReadGuard, RwLockWriteGuard};

use signal_hook::consts::{SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

/// Whether a signal arrived (then nothing new may be created), behind the lock
/// that orders writes, commits and the clean-up.
static DYING: RwLock<bool> = RwLock::new(false);

/// What would be left behind if the run stopped now. Changed under its own short
/// lock, so registering needs only the shared guard.
static LEFTOVERS: Mutex<Leftovers> = Mutex::new(Leftovers {
    files: BTreeSet::new(),
    dirs: BTreeSet::new(),
});

static HANDLER: Once = Once::new();

#[derive(Debug)]
struct Leftovers {
    files: BTreeSet<PathBuf>,
    dirs: BTreeSet<PathBuf>,
}

/// Held while writing: many writers at once, none while a commit or the clean-up runs.
pub type Shared = RwLockReadGuard<'static, bool>;
/// Held while committing: one at a time, and no clean-up in between.
pub type Exclusive = RwLockWriteGuard<'static, bool>;

/// The guard for creating or writing temporary entries; an error once the run
/// is being stopped by a signal.
pub fn shared() -> io::Result<Shared> {
    install();
    let guard = DYING.read().unwrap_or_else(|e| e.into_inner());
    if *guard {
        return Err(io::Error::new(
            io::ErrorKind::Interrupted,
            crate::t!("output-interrupted"),
        ));
    }
    Ok(guard)
}

/// The guard for a commit.
pub fn exclusive() -> Exclusive {
    install();
    DYING.write().unwrap_or_else(|e| e.into_inner())
}

fn leftovers() -> std::sync::MutexGuard<'static, Leftovers> {
    LEFTOVERS.lock().unwrap_or_else(|e| e.into_inner())
}

/// Registers a temporary file. Call it holding a guard, so a signal cannot come
/// between the file's creation and its registration.
pub fn add_file(path: &Path) {
    leftovers().files.insert(path.to_path_buf());
}

/// Unregisters a temporary file once it was renamed into place or removed.
pub fn remove_file(path: &Path) {
    leftovers().files.remove(path);
}

/// Registers a directory to remove whole (a batch's staging directory).
pub fn add_dir(path: &Path) {
    leftovers().dirs.insert(path.to_path_buf());
}

/// Unregisters a directory once it was committed or removed.
pub fn remove_dir(path: &Path) {
    leftovers().dirs.remove(path);
}

/// Starts the signal thread once: on SIGINT or SIGTERM it waits for the writes
/// and commits under way, removes every registered file and directory, and exits
/// with 128 + the signal (130, 143), as a shell expects.
fn install() {
    HANDLER.call_once(|| {
        let Ok(mut signals) = Signals::new([SIGINT, SIGTERM]) else {
            return;
        };
        std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                let mut dying = DYING.write().unwrap_or_else(|e| e.into_inner());
                *dying = true;
                remove_all();
                std::process::exit(128 + signal);
            }
        });
    });
}

/// Removes everything registered (the signal thread, holding the exclusive guard).
fn remove_all() {
    remove(&leftovers());
}

fn remove(sets: &Leftovers) {
    for file in &sets.files {
        let _ = std::fs::remove_file(file);
    }
    for dir in &sets.dirs {
        let _ = std::fs::remove_dir_all(dir);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registered_entries_are_what_the_clean_up_removes() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let file = dir.path().join(".nengji-x.part");
        let staging = dir.path().join(".nengji-staging");
        std::fs::write(&file, b"half")?;
        std::fs::create_dir_all(staging.join("documents/E1"))?;
        {
            let _writing = shared()?;
            add_file(&file);
            add_dir(&staging);
        }
        let mine = {
            let all = leftovers();
            assert!(all.files.contains(&file) && all.dirs.contains(&staging));
            Leftovers {
                files: BTreeSet::from([file.clone()]),
                dirs: BTreeSet::from([staging.clone()]),
            }
        };
        remove(&mine);
        remove_file(&file);
        remove_dir(&staging);
        assert!(!file.exists() && !staging.exists());
        assert!(!leftovers().files.contains(&file));
        Ok(())
    }
}

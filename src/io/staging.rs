//! `Staging`: a run's whole output set, written into a staging directory inside
//! the output directory and moved into place only when the run has finished, so
//! `--out` holds either the last run's set or this one's, never a mix. A failed,
//! interrupted or `--fail-fast` run leaves `--out` exactly as it was (a directory
//! the run created is removed again). A lock file keeps a second run out while
//! one is writing.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use crate::io::cleanup;

/// The lock file in the output directory, while a run writes into it.
pub const LOCK: &str = ".nengji.lock";
/// The prefix of the staging directory inside the output directory.
const PREFIX: &str = ".nengji-staging-";

/// Why the output directory cannot take this run's outputs.
#[derive(Debug, thiserror::Error)]
pub enum StagingError {
    #[error("{}", crate::t!("staging-busy", pid = pid, dir = dir, lock = lock))]
    /// Another run holds the directory's lock.
    Busy {
        /// The output directory.
        dir: String,
        /// The lock file.
        lock: String,
        /// The other run's process id, as ` (pid N)`, or empty when unknown.
        pid: String,
    },
    /// The staging directory beside the output could not be made.
    #[error("{}", crate::t!("staging-prepare", dir = dir))]
    Prepare {
        /// The output directory.
        dir: String,
        /// What the system said.
        #[source]
        error: io::Error,
    },
    #[error("{}", crate::t!("staging-commit", dir = dir, name = name))]
    /// The outputs could not be moved into the directory; it was left as before.
    Commit {
        /// The output directory.
        dir: String,
        /// The output that could not be moved.
        name: String,
        /// What the system said.
        #[source]
        error: io::Error,
    },
    /// The output path names something that is not a directory (a file, a
    /// device such as /dev/null): a run's outputs are a set of files.
    #[error("{}", crate::t!("staging-not-a-directory", dir = dir))]
    NotADirectory {
        /// The output path as given.
        dir: String,
    },
}

/// An output directory being written: locked, with a private staging directory.
#[derive(Debug)]
pub struct Staging {
    out: PathBuf,
    dir: PathBuf,
    lock: Option<File>,
    /// Whether this run created the output directory (then a failure removes it).
    created: bool,
    committed: bool,
}

impl Staging {
    /// Locks `out` (creating it if missing) and makes the staging directory.
    pub fn begin(out: &Path) -> Result<Staging, StagingError> {
        let prepare = |error| StagingError::Prepare {
            dir: out.display().to_string(),
            error,
        };
        let _writing = cleanup::shared().map_err(prepare)?;
        if out.exists() && !out.is_dir() {
            return Err(StagingError::NotADirectory {
                dir: out.display().to_string(),
            });
        }
        let created = !out.exists();
        std::fs::create_dir_all(out).map_err(prepare)?;
        if created {
            cleanup::add_dir(out);
        }
        let lock = match lock(out) {
            Ok(lock) => lock,
            Err(e) => {
                if created {
                    cleanup::remove_dir(out);
                    let _ = std::fs::remove_dir(out);
                }
                return Err(e);
            }
        };
        let dir = tempfile::Builder::new()
            .prefix(PREFIX)
            .tempdir_in(out)
            .map_err(prepare)?
            .keep();
        cleanup::add_dir(&dir);
        Ok(Staging {
            out: out.to_path_buf(),
            dir,
            lock: Some(lock),
            created,
            committed: false,
        })
    }

    /// Where an output named `name` (relative, such as `documents/E1/notice.md`)
    /// is written during the run.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// Writes a small output (a document) straight into the staging directory,
    /// its directories made as needed: the staging directory is private to the
    /// run and published whole, so no temporary file is needed.
    pub fn write(&self, name: &Path, bytes: &[u8]) -> io::Result<()> {
        let _writing = cleanup::shared()?;
        let path = self.dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, bytes)
    }

    /// Moves each of `names` (top-level entries of the staging directory) into the
    /// output directory, replacing what is there. All or nothing: if one move
    /// fails, those already made are undone and the old entries put back. A
    /// signal waits until the set is in place or restored.
    pub fn commit(mut self, names: &[&str]) -> Result<(), StagingError> {
        let _commit = cleanup::exclusive();
        let old = self.dir.join(".old");
        let mut done: Vec<(&str, bool)> = Vec::new();
        let mut failure = None;
        if let Err(e) = std::fs::create_dir(&old) {
            failure = Some(("(staging)", e));
        }
        for name in names {
            if failure.is_some() {
                break;
            }
            let target = self.out.join(name);
            let had_old = target.symlink_metadata().is_ok();
            if had_old {
                if let Err(e) = std::fs::rename(&target, old.join(name)) {
                    failure = Some((*name, e));
                    break;
                }
            }
            match std::fs::rename(self.dir.join(name), &target) {
                Ok(()) => done.push((name, had_old)),
                Err(e) => {
                    if had_old {
                        let _ = std::fs::rename(old.join(name), &target);
                    }
                    failure = Some((*name, e));
                }
            }
        }
        if let Some((name, error)) = failure {
            for (name, had_old) in done.into_iter().rev() {
                let target = self.out.join(name);
                let _ = std::fs::rename(&target, self.dir.join(name));
                if had_old {
                    let _ = std::fs::rename(old.join(name), &target);
                }
            }
            return Err(StagingError::Commit {
                dir: self.out.display().to_string(),
                name: name.to_string(),
                error,
            });
        }
        if let Ok(dir) = File::open(&self.out) {
            let _ = dir.sync_all();
        }
        self.committed = true;
        Ok(())
    }
}

impl Drop for Staging {
    /// Removes the staging directory (with the replaced entries), the lock, and
    /// the output directory itself when the run created it and failed.
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
        cleanup::remove_dir(&self.dir);
        let lock = self.out.join(LOCK);
        let _ = std::fs::remove_file(&lock);
        cleanup::remove_file(&lock);
        drop(self.lock.take());
        if self.created {
            cleanup::remove_dir(&self.out);
            if !self.committed {
                let _ = std::fs::remove_dir(&self.out);
            }
        }
    }
}

/// Takes the output directory's lock: a file held with `flock`, so a lock left
/// by a killed run is free again. The pid inside is for the message only.
fn lock(out: &Path) -> Result<File, StagingError> {
    let path = out.join(LOCK);
    let prepare = |error| StagingError::Prepare {
        dir: out.display().to_string(),
        error,
    };
    loop {
        let mut file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(prepare)?;
        if rustix::fs::flock(&file, rustix::fs::FlockOperation::NonBlockingLockExclusive).is_err() {
            let mut pid = String::new();
            let _ = file.read_to_string(&mut pid);
            let pid = pid.trim();
            return Err(StagingError::Busy {
                dir: out.display().to_string(),
                lock: path.display().to_string(),
                pid: if pid.is_empty() {
                    String::new()
                } else {
                    crate::t!("staging-pid", pid = pid)
                },
            });
        }
        // The holder before us may have removed the file after we opened it:
        // then our lock is on a file no one else sees, so try again.
        if same_file(&file, &path) {
            cleanup::add_file(&path);
            file.set_len(0).map_err(prepare)?;
            write!(file, "{}", std::process::id()).map_err(prepare)?;
            return Ok(file);
        }
    }
}

#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_: &File, _: &Path) -> bool {
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listing(dir: &Path) -> Vec<(String, Vec<u8>)> {
        let mut all = Vec::new();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
                let p = e.path();
                let name = p.strip_prefix(dir).map(|p| p.display().to_string());
                if p.is_dir() {
                    stack.push(p.clone());
                    all.push((name.unwrap_or_default(), Vec::new()));
                } else {
                    all.push((
                        name.unwrap_or_default(),
                        std::fs::read(&p).unwrap_or_default(),
                    ));
                }
            }
        }
        all.sort();
        all
    }

    #[test]
    fn a_commit_replaces_the_set_and_leaves_no_staging() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let out = dir.path().join("out");
        std::fs::create_dir_all(out.join("documents/OLD"))?;
        std::fs::write(out.join("pay.csv"), b"old")?;
        std::fs::write(out.join("keep.txt"), b"mine")?;
        let staging = Staging::begin(&out)?;
        std::fs::write(staging.path("pay.csv"), b"new")?;
        std::fs::create_dir_all(staging.path("documents/E1"))?;
        std::fs::write(staging.path("documents/E1/notice.md"), b"n")?;
        staging.commit(&["pay.csv", "documents"])?;
        assert_eq!(
            listing(&out),
            vec![
                ("documents".into(), vec![]),
                ("documents/E1".into(), vec![]),
                ("documents/E1/notice.md".into(), b"n".to_vec()),
                ("keep.txt".into(), b"mine".to_vec()),
                ("pay.csv".into(), b"new".to_vec()),
            ]
        );
        Ok(())
    }

    #[test]
    fn a_failed_commit_puts_everything_back() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let out = dir.path().join("out");
        std::fs::create_dir_all(&out)?;
        std::fs::write(out.join("pay.csv"), b"old pay")?;
        std::fs::write(out.join("summary.json"), b"old summary")?;
        let before = listing(&out);
        let staging = Staging::begin(&out)?;
        std::fs::write(staging.path("pay.csv"), b"new")?;
        std::fs::write(staging.path("summary.json"), b"new")?;
        // "grades.csv" was never staged: its move fails after two have been made.
        let err = staging
            .commit(&["pay.csv", "summary.json", "grades.csv"])
            .err()
            .ok_or("the commit must fail")?;
        assert!(err.to_string().contains("left as it was"), "{err}");
        assert_eq!(listing(&out), before);
        Ok(())
    }

    #[test]
    fn a_dropped_run_leaves_the_directory_as_it_was_or_absent(
    ) -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let out = dir.path().join("new-out");
        let staging = Staging::begin(&out)?;
        std::fs::write(staging.path("pay.csv"), b"half")?;
        drop(staging);
        assert!(!out.exists(), "a directory the run made is gone again");
        std::fs::create_dir(&out)?;
        std::fs::write(out.join("pay.csv"), b"old")?;
        let before = listing(&out);
        drop(Staging::begin(&out)?);
        assert_eq!(listing(&out), before);
        Ok(())
    }

    #[test]
    fn a_second_run_is_refused_while_the_first_holds_the_lock(
    ) -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let first = Staging::begin(dir.path())?;
        let err = Staging::begin(dir.path()).err().ok_or("must be refused")?;
        let text = err.to_string();
        assert!(
            text.contains("another nengji run") && text.contains(".nengji.lock"),
            "{text}"
        );
        assert!(text.contains(&std::process::id().to_string()), "{text}");
        drop(first);
        drop(Staging::begin(dir.path())?);
        Ok(())
    }
}

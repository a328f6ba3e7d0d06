//! Refusing, before anything is read or written, an output that is one of the
//! run's inputs or another of its outputs: the same device and inode, whatever
//! the spelling (symlinks, `..`, hard links). `nengji compute --roster r.csv
//! --output r.csv` would otherwise replace the roster with its own pay sheet.

use std::ffi::OsString;
use std::io;
use std::path::{Path, PathBuf};

use crate::io::target::{resolve, special, Target};

/// Two paths that must not be one file.
#[derive(Debug, thiserror::Error)]
pub enum SameFile {
    #[error(
        "{}",
        crate::t!("output-is-input", output = output.as_str(), input = input.as_str())
    )]
    /// The output is one of the inputs (the same file by another name, a link).
    OutputIsInput {
        /// The output path.
        output: String,
        /// The input it is.
        input: String,
    },
    #[error(
        "{}",
        crate::t!("output-two-same", first = first.as_str(), second = second.as_str())
    )]
    /// Two outputs of one run are the same file.
    TwoOutputs {
        /// The first output.
        first: String,
        /// The second, the same file.
        second: String,
    },
    /// The output's place could not be examined.
    #[error("{}", crate::t!("output-cannot-write", path = path.as_str()))]
    Unusable {
        /// The output path.
        path: String,
        /// What the system said.
        #[source]
        error: io::Error,
    },
}

/// A file's identity: its device and inode, or for a file not yet written, its
/// real directory's and its name.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Identity {
    Existing(u64, u64),
    New(u64, u64, OsString),
}

/// The identity of an existing regular file or directory (`None` for stdin,
/// a missing file, or a device, FIFO or socket, which writing cannot destroy).
fn existing(path: &Path) -> Option<Identity> {
    let meta = std::fs::metadata(path).ok()?;
    if special(&meta).is_some() {
        return None;
    }
    id_of(&meta).map(|(dev, ino)| Identity::Existing(dev, ino))
}

#[cfg(unix)]
fn id_of(meta: &std::fs::Metadata) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    Some((meta.dev(), meta.ino()))
}

#[cfg(not(unix))]
fn id_of(_: &std::fs::Metadata) -> Option<(u64, u64)> {
    None
}

/// An output's identity, `None` for stdout and what is written through.
fn output(path: &str) -> Result<Option<Identity>, SameFile> {
    let unusable = |error| SameFile::Unusable {
        path: path.to_string(),
        error,
    };
    let target = match Target::of(path) {
        Ok(target) => target,
        // In a directory not yet made (batch's --out): nothing there to destroy.
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(unusable(e)),
    };
    match target {
        Target::Stdout | Target::Through(..) => Ok(None),
        Target::File(real) => {
            if let Some(id) = existing(&real) {
                return Ok(Some(id));
            }
            let dir = real.parent().map(PathBuf::from).unwrap_or_default();
            let name = real.file_name().map(OsString::from).unwrap_or_default();
            let dir = std::fs::metadata(&dir).map_err(unusable)?;
            Ok(id_of(&dir).map(|(dev, ino)| Identity::New(dev, ino, name)))
        }
    }
}

/// Refuses an output that is an input or another output. Inputs are paths as
/// given (`-` is stdin and is skipped); outputs likewise (`-` is stdout).
pub fn refuse_overlaps<I, O>(inputs: I, outputs: O) -> Result<(), SameFile>
where
    I: IntoIterator,
    I::Item: AsRef<Path>,
    O: IntoIterator,
    O::Item: AsRef<str>,
{
    let inputs: Vec<(String, Identity)> = inputs
        .into_iter()
        .filter_map(|p| {
            let p = p.as_ref();
            let id = existing(p)?;
            Some((p.display().to_string(), id))
        })
        .collect();
    let mut seen: Vec<(String, Identity)> = Vec::new();
    for path in outputs {
        let path = path.as_ref();
        let Some(id) = output(path)? else { continue };
        if let Some((input, _)) = inputs.iter().find(|(_, i)| *i == id) {
            return Err(SameFile::OutputIsInput {
                output: path.to_string(),
                input: input.clone(),
            });
        }
        if let Some((first, _)) = seen.iter().find(|(_, i)| *i == id) {
            return Err(SameFile::TwoOutputs {
                first: first.clone(),
                second: path.to_string(),
            });
        }
        seen.push((path.to_string(), id));
    }
    Ok(())
}

/// The inputs this process has opened ([`note_input`]), for the last guard in
/// [`Output::create`](crate::io::Output::create): a command that forgot to
/// name an input to [`refuse_overlaps`] still cannot write over it.
static OPENED: std::sync::Mutex<Vec<(String, Identity)>> = std::sync::Mutex::new(Vec::new());

/// Records an input as it is opened (`-`, devices and FIFOs are not files that
/// writing could destroy, and are not recorded).
pub fn note_input(path: &Path) {
    if let Some(id) = existing(path) {
        let mut opened = OPENED.lock().unwrap_or_else(|e| e.into_inner());
        if !opened.iter().any(|(_, i)| *i == id) {
            opened.push((path.display().to_string(), id));
        }
    }
}

/// Refuses an output that is an input this process has opened.
pub fn refuse_opened(output_path: &str) -> Result<(), SameFile> {
    let Some(id) = output(output_path)? else {
        return Ok(());
    };
    let opened = OPENED.lock().unwrap_or_else(|e| e.into_inner());
    match opened.iter().find(|(_, i)| *i == id) {
        Some((input, _)) => Err(SameFile::OutputIsInput {
            output: output_path.to_string(),
            input: input.clone(),
        }),
        None => Ok(()),
    }
}

/// Whether `dir` is one of `dirs` (same device and inode).
pub fn same_dir(dir: &Path, dirs: &[&Path]) -> bool {
    let Some(id) = existing(dir) else {
        return false;
    };
    dirs.iter().any(|d| existing(d).as_ref() == Some(&id))
}

/// Whether a path resolves to a place inside (or at) `dir`.
pub fn is_within(path: &Path, dir: &Path) -> bool {
    match (resolve(path), std::fs::canonicalize(dir)) {
        (Ok(p), Ok(d)) => p.path.starts_with(d),
        _ => false,
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn s(p: &Path) -> String {
        p.display().to_string()
    }

    #[test]
    fn an_input_under_any_spelling_is_refused_as_an_output() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let d = dir.path();
        std::fs::create_dir(d.join("sub"))?;
        std::fs::write(d.join("roster.csv"), b"x")?;
        std::os::unix::fs::symlink(d.join("roster.csv"), d.join("link.csv"))?;
        std::fs::hard_link(d.join("roster.csv"), d.join("hard.csv"))?;
        let input = [d.join("roster.csv")];
        for spelling in ["roster.csv", "sub/../roster.csv", "link.csv", "hard.csv"] {
            let out = s(&d.join(spelling));
            assert!(
                matches!(
                    refuse_overlaps(&input, [&out]),
                    Err(SameFile::OutputIsInput { .. })
                ),
                "{spelling}"
            );
        }
        assert!(refuse_overlaps(&input, [s(&d.join("pay.csv"))]).is_ok());
        assert!(refuse_overlaps(&input, ["-", "/dev/null"]).is_ok());
        Ok(())
    }

    #[test]
    fn an_opened_input_is_refused_as_an_output_even_when_not_named() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let d = dir.path();
        std::fs::write(d.join("opened.csv"), b"x")?;
        std::os::unix::fs::symlink(d.join("opened.csv"), d.join("link.csv"))?;
        assert!(refuse_opened(&s(&d.join("link.csv"))).is_ok());
        note_input(&d.join("opened.csv"));
        assert!(matches!(
            refuse_opened(&s(&d.join("link.csv"))),
            Err(SameFile::OutputIsInput { .. })
        ));
        assert!(refuse_opened(&s(&d.join("new.csv"))).is_ok());
        assert!(refuse_opened("-").is_ok());
        Ok(())
    }

    #[test]
    fn two_outputs_that_are_one_file_are_refused_even_before_they_exist() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let d = dir.path();
        std::fs::create_dir(d.join("sub"))?;
        std::os::unix::fs::symlink(d.join("sub"), d.join("alias"))?;
        let none: [&Path; 0] = [];
        let a = s(&d.join("sub/out.csv"));
        let b = s(&d.join("alias/out.csv"));
        assert!(matches!(
            refuse_overlaps(none, [&a, &b]),
            Err(SameFile::TwoOutputs { .. })
        ));
        assert!(refuse_overlaps(none, [&a, &s(&d.join("sub/other.csv"))]).is_ok());
        assert!(refuse_overlaps(none, ["/dev/null", "/dev/null"]).is_ok());
        Ok(())
    }
}

//! What an output path names, decided before anything is written: stdout, a file
//! to replace atomically (a symlink followed to its target), or something to
//! write through (a character device, FIFO or socket such as `/dev/null`, or a
//! descriptor such as `/dev/stdout`), which is never renamed over.

use std::fs::Metadata;
use std::io;
use std::path::{Component, Path, PathBuf};

/// How many symlinks are followed before the path is called a loop (Linux's limit).
const MAX_LINKS: usize = 40;

/// Where an output goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// `-`, or a path that is our own standard output (`/dev/stdout`).
    Stdout,
    /// A regular file, existing or new, at its real path (symlinks followed).
    File(PathBuf),
    /// A device, FIFO, socket or another process's descriptor: opened and written.
    Through(PathBuf, Special),
}

/// The kinds of output that are written through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Special {
    /// A character or block device (`/dev/null`, a terminal).
    Device,
    /// A named pipe.
    Fifo,
    /// A Unix socket.
    Socket,
    /// A `/proc/.../fd/N` or `/dev/fd/N` link to a descriptor.
    Descriptor,
}

impl Target {
    /// Decides what `path` is. `-` is stdout. Errors: a directory, a symlink loop,
    /// or a missing parent directory.
    pub fn of(path: &str) -> io::Result<Target> {
        if path == "-" {
            return Ok(Target::Stdout);
        }
        let resolved = resolve(Path::new(path))?;
        if let Some(target) = descriptor(&resolved.through_proc) {
            return Ok(target);
        }
        match std::fs::metadata(&resolved.path) {
            Ok(meta) => match special(&meta) {
                Some(kind) => Ok(Target::Through(resolved.path, kind)),
                None if meta.is_dir() => Err(io::Error::new(
                    io::ErrorKind::IsADirectory,
                    crate::t!("output-is-directory"),
                )),
                None => Ok(Target::File(resolved.path)),
            },
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Target::File(resolved.path)),
            Err(e) => Err(e),
        }
    }
}

/// Whether a file is a device, FIFO or socket.
pub fn special(meta: &Metadata) -> Option<Special> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_char_device() || t.is_block_device() {
            return Some(Special::Device);
        }
        if t.is_fifo() {
            return Some(Special::Fifo);
        }
        if t.is_socket() {
            return Some(Special::Socket);
        }
    }
    let _ = meta;
    None
}

/// A path with its symlinks followed.
#[derive(Debug)]
pub struct Resolved {
    /// The real path (for a new file: the real directory and the name).
    pub path: PathBuf,
    /// The first link met under `/proc` or `/dev/fd`, if any: a descriptor, not
    /// a file to rename over.
    through_proc: Option<PathBuf>,
}

/// Follows `path`'s symlinks, including a dangling last one (a link to a file
/// not yet written is written at the link's target), and makes it absolute.
pub fn resolve(path: &Path) -> io::Result<Resolved> {
    let mut current = absolute(path)?;
    let mut through_proc = None;
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                if through_proc.is_none() && is_descriptor_link(&current) {
                    through_proc = Some(current.clone());
                }
                let link = std::fs::read_link(&current)?;
                let base = current.parent().unwrap_or(Path::new("/")).to_path_buf();
                current = base.join(link);
            }
            Ok(_) => {
                return Ok(Resolved {
                    path: std::fs::canonicalize(&current)?,
                    through_proc,
                })
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                let name = current.file_name().ok_or_else(|| {
                    io::Error::new(
                        io::ErrorKind::InvalidInput,
                        crate::t!("output-names-no-file"),
                    )
                })?;
                let dir = current.parent().unwrap_or(Path::new("/"));
                let dir = std::fs::canonicalize(dir).map_err(|e| {
                    if e.kind() == io::ErrorKind::NotFound {
                        io::Error::new(e.kind(), crate::t!("output-no-directory", dir = dir))
                    } else {
                        e
                    }
                })?;
                return Ok(Resolved {
                    path: dir.join(name),
                    through_proc,
                });
            }
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::other(crate::t!("output-link-loop")))
}

/// `path` made absolute against the working directory, `.` and `..` left to
/// the file system (a `..` after a symlink means the link's parent there).
fn absolute(path: &Path) -> io::Result<PathBuf> {
    if path.is_absolute() {
        Ok(path.to_path_buf())
    } else {
        Ok(std::env::current_dir()?.join(path))
    }
}

/// `/proc/<pid>/fd/N`, `/proc/self/fd/N` or `/dev/fd/N`.
fn is_descriptor_link(path: &Path) -> bool {
    let parts: Vec<Component> = path.components().collect();
    let names: Vec<&str> = parts
        .iter()
        .filter_map(|c| match c {
            Component::Normal(n) => n.to_str(),
            _ => None,
        })
        .collect();
    matches!(names.as_slice(), ["proc", _, "fd", _] | ["dev", "fd", _])
}

/// A descriptor link as a target: our stdout is [`Target::Stdout`] (written
/// through our own handle, so `>>` appends), anything else is opened.
fn descriptor(link: &Option<PathBuf>) -> Option<Target> {
    let link = link.as_ref()?;
    let number = link.file_name()?.to_str()?;
    let pid = link
        .parent()
        .and_then(Path::parent)
        .and_then(Path::file_name)
        .and_then(|n| n.to_str());
    let ours = match pid {
        Some("self" | "thread-self") | Some("dev") => true,
        Some(p) => p == std::process::id().to_string(),
        None => false,
    };
    if ours && number == "1" {
        Some(Target::Stdout)
    } else {
        Some(Target::Through(link.clone(), Special::Descriptor))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dash_and_dev_stdout_are_stdout() -> io::Result<()> {
        assert_eq!(Target::of("-")?, Target::Stdout);
        assert_eq!(Target::of("/dev/stdout")?, Target::Stdout);
        assert_eq!(Target::of("/proc/self/fd/1")?, Target::Stdout);
        Ok(())
    }

    #[test]
    fn dev_null_is_written_through() -> io::Result<()> {
        assert_eq!(
            Target::of("/dev/null")?,
            Target::Through(PathBuf::from("/dev/null"), Special::Device)
        );
        Ok(())
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_is_followed_even_when_dangling_and_dot_dot_is_resolved() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let real = std::fs::canonicalize(dir.path())?;
        std::fs::create_dir(real.join("sub"))?;
        std::os::unix::fs::symlink(real.join("sub/real.csv"), real.join("link.csv"))?;
        let link = real.join("link.csv").display().to_string();
        assert_eq!(Target::of(&link)?, Target::File(real.join("sub/real.csv")));
        std::fs::write(real.join("sub/real.csv"), b"x")?;
        assert_eq!(Target::of(&link)?, Target::File(real.join("sub/real.csv")));
        let dotted = real.join("sub/../sub/real.csv").display().to_string();
        assert_eq!(
            Target::of(&dotted)?,
            Target::File(real.join("sub/real.csv"))
        );
        Ok(())
    }

    #[cfg(unix)]
    #[test]
    fn a_directory_a_loop_and_a_missing_directory_are_refused() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let d = dir.path();
        assert!(Target::of(&d.display().to_string()).is_err());
        std::os::unix::fs::symlink(d.join("b"), d.join("a"))?;
        std::os::unix::fs::symlink(d.join("a"), d.join("b"))?;
        assert!(Target::of(&d.join("a").display().to_string()).is_err());
        assert!(Target::of(&d.join("no/such.csv").display().to_string()).is_err());
        Ok(())
    }
}

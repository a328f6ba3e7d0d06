//! `Output`: a file that appears under its name only when complete. A regular
//! file is written to a temporary file beside it and renamed into place (a
//! symlink's target is the one replaced); stdout, a device, FIFO or socket is
//! written to an unnamed temporary file first and copied through only once
//! complete, so a failed run never sends half an output anywhere. A new file's
//! mode follows the umask; an existing file keeps its mode (and its owner, when
//! the run may keep it). Every write error, a full disk included, is an error,
//! and no temporary file outlives the run, even one stopped by SIGINT or SIGTERM.

use std::fs::File;
use std::io::{self, BufWriter, Seek, Write};
use std::path::Path;

use tempfile::NamedTempFile;

use crate::io::cleanup;
use crate::io::target::{Special, Target};

/// Why an output could not be written; names the file.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::t!("output-cannot-write", path = path.as_str()))]
pub struct OutputError {
    /// The output's path as the user gave it.
    pub path: String,
    /// The cause, shown after the message (`{:#}`) and found by
    /// `is_broken_pipe` (a closed pipe is success).
    #[source]
    pub error: io::Error,
}

/// An output file that appears under its name only when complete.
#[derive(Debug)]
pub struct Output {
    /// The name as given, for messages.
    name: String,
    target: Target,
    writer: BufWriter<Staged>,
    /// Bytes written so far, and the mark at which the next early sync starts.
    written: u64,
    next_sync: u64,
    early_sync: Option<EarlySync>,
    hasher: Option<blake3::Hasher>,
}

/// Where the bytes wait: beside the file, or unnamed for stdout and the like.
#[derive(Debug)]
enum Staged {
    Beside(Tracked),
    Unnamed(File),
}

/// A temporary file beside its target, known to the signal clean-up while it exists.
#[derive(Debug)]
struct Tracked(Option<NamedTempFile>);

impl Tracked {
    fn file(&self) -> io::Result<&NamedTempFile> {
        self.0
            .as_ref()
            .ok_or_else(|| io::Error::other(crate::t!("output-committed")))
    }

    fn file_mut(&mut self) -> io::Result<&mut NamedTempFile> {
        self.0
            .as_mut()
            .ok_or_else(|| io::Error::other(crate::t!("output-committed")))
    }
}

impl Drop for Tracked {
    fn drop(&mut self) {
        if let Some(temp) = self.0.take() {
            let path = temp.path().to_path_buf();
            drop(temp);
            cleanup::remove_file(&path);
        }
    }
}

impl Write for Staged {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Staged::Beside(t) => t.file_mut()?.write(buf),
            Staged::Unnamed(f) => f.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Staged::Beside(t) => t.file_mut()?.flush(),
            Staged::Unnamed(f) => f.flush(),
        }
    }
}

/// How much a file grows between background syncs.
const EARLY_SYNC_BYTES: u64 = 64 << 20;

/// A thread that syncs a large output while it is still being written, so the
/// sync before the rename waits only for the last part of it (pay.csv of a
/// provincial batch is half a gigabyte: syncing it whole at the end took a tenth
/// of the run). The file is the same one, through a second handle.
#[derive(Debug)]
struct EarlySync {
    requests: std::sync::mpsc::SyncSender<()>,
    thread: std::thread::JoinHandle<io::Result<()>>,
}

impl EarlySync {
    fn start(file: File) -> EarlySync {
        let (requests, asked) = std::sync::mpsc::sync_channel::<()>(1);
        let thread = std::thread::spawn(move || {
            for () in asked {
                file.sync_data()?;
            }
            Ok(())
        });
        EarlySync { requests, thread }
    }

    /// Asks for a sync; one already waiting covers this one too.
    fn request(&self) {
        let _ = self.requests.try_send(());
    }

    /// Waits for the syncs asked for, and reports the first failure.
    fn finish(self) -> io::Result<()> {
        drop(self.requests);
        self.thread
            .join()
            .unwrap_or_else(|_| Err(io::Error::other(crate::t!("output-sync-failed"))))
    }
}

/// A temporary file in `dir`, created with mode 0666 less the umask (so the
/// published file follows the umask) and registered for the signal clean-up.
fn temp_in(dir: &Path) -> io::Result<Tracked> {
    let _writing = cleanup::shared()?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(".nengji-").suffix(".part");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let temp = builder.tempfile_in(dir)?;
    cleanup::add_file(temp.path());
    Ok(Tracked(Some(temp)))
}

impl Output {
    /// `-` (or nothing) is stdout; anything else a path, decided by [`Target::of`].
    pub fn create(path: Option<&str>) -> Result<Output, OutputError> {
        let name = path.unwrap_or("-").to_string();
        let fail = |error| OutputError {
            path: name.clone(),
            error,
        };
        let target = Target::of(&name).map_err(fail)?;
        let staged = match &target {
            Target::File(real) => {
                // The last guard: an input this run opened is never replaced,
                // even by a command that did not name it to `refuse_overlaps`.
                crate::io::same_file::refuse_opened(&name)
                    .map_err(|e| fail(io::Error::new(io::ErrorKind::AlreadyExists, e)))?;
                let dir = real.parent().unwrap_or(Path::new("."));
                Staged::Beside(temp_in(dir).map_err(fail)?)
            }
            Target::Stdout | Target::Through(..) => {
                Staged::Unnamed(tempfile::tempfile().map_err(fail)?)
            }
        };
        Ok(Output {
            name,
            target,
            // 64 KiB: small writes are gathered; a batch chunk (about a
            // megabyte) is larger, so BufWriter hands it to the file uncopied.
            writer: BufWriter::with_capacity(1 << 16, staged),
            written: 0,
            next_sync: EARLY_SYNC_BYTES,
            early_sync: None,
            hasher: None,
        })
    }

    /// Hashes what is written (BLAKE3), for a manifest.
    pub fn hashed(mut self) -> Output {
        self.hasher = Some(blake3::Hasher::new());
        self
    }

    /// The name as given.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Moves the finished output into place (or copies it through); returns the
    /// hash of its bytes when [`Output::hashed`].
    pub fn commit(self) -> Result<Option<blake3::Hash>, OutputError> {
        let name = self.name;
        let fail = |error| OutputError {
            path: name.clone(),
            error,
        };
        let staged = self.writer.into_inner().map_err(|e| fail(e.into_error()))?;
        if let Some(sync) = self.early_sync {
            sync.finish().map_err(fail)?;
        }
        match (staged, &self.target) {
            (Staged::Beside(tracked), Target::File(path)) => {
                publish(tracked, path, true).map_err(fail)?
            }
            (Staged::Unnamed(mut file), target) => copy_through(&mut file, target).map_err(fail)?,
            (Staged::Beside(_), _) => {
                return Err(fail(io::Error::other(crate::t!("output-staged-wrongly"))))
            }
        }
        Ok(self.hasher.map(|h| h.finalize()))
    }
}

/// Gives a finished temporary file the mode (and owner) of the file it replaces,
/// syncs it when asked, and renames it over its target, out of the way of a signal.
fn publish(mut tracked: Tracked, path: &Path, sync: bool) -> io::Result<()> {
    let temp = tracked.file()?;
    if sync {
        temp.as_file().sync_all()?;
    }
    keep_mode_and_owner(temp.path(), path)?;
    let _commit = cleanup::exclusive();
    let temp = tracked
        .0
        .take()
        .ok_or_else(|| io::Error::other(crate::t!("output-committed")))?;
    let temp_path = temp.path().to_path_buf();
    // On failure the temporary file is removed with the error.
    let result = temp.persist(path).map(|_| ()).map_err(|e| e.error);
    cleanup::remove_file(&temp_path);
    result
}

/// An existing file keeps its permission bits, and its owner and group when the
/// run is allowed to set them (as root, or a group the user is in).
fn keep_mode_and_owner(temp: &Path, existing: &Path) -> io::Result<()> {
    let meta = match std::fs::metadata(existing) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    std::fs::set_permissions(temp, meta.permissions())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // Not an error when refused: the file is still the user's own output.
        let _ = std::os::unix::fs::chown(temp, Some(meta.uid()), Some(meta.gid()));
        let _ = std::os::unix::fs::chown(temp, None, Some(meta.gid()));
    }
    Ok(())
}

/// Copies a finished unnamed file to stdout or through a special file.
fn copy_through(file: &mut File, target: &Target) -> io::Result<()> {
    file.rewind()?;
    match target {
        Target::Stdout => {
            let stdout = io::stdout();
            let mut out = stdout.lock();
            io::copy(file, &mut out)?;
            out.flush()
        }
        Target::Through(path, Special::Socket) => {
            #[cfg(unix)]
            {
                let mut out = std::os::unix::net::UnixStream::connect(path)?;
                io::copy(file, &mut out)?;
                out.flush()
            }
            #[cfg(not(unix))]
            {
                let _ = path;
                Err(io::Error::other(crate::t!("output-socket")))
            }
        }
        Target::Through(path, _) => {
            // Never created, never truncated, never renamed: the device stays.
            let mut out = std::fs::OpenOptions::new().write(true).open(path)?;
            io::copy(file, &mut out)?;
            out.flush()?;
            // A device such as /dev/full may report the failure only here.
            match out.sync_all() {
                Err(e) if e.kind() == io::ErrorKind::StorageFull => Err(e),
                _ => Ok(()),
            }
        }
        Target::File(_) => Err(io::Error::other(crate::t!("output-renamed"))),
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.writer.write(buf)?;
        if let Some(h) = &mut self.hasher {
            h.update(&buf[..n]);
        }
        self.written += n as u64;
        // Only a file is synced: an unnamed file is copied, not kept.
        if self.written >= self.next_sync {
            if let Target::File(_) = self.target {
                self.next_sync = self.written + EARLY_SYNC_BYTES;
                if self.early_sync.is_none() {
                    let file = match self.writer.get_ref() {
                        Staged::Beside(t) => t.file()?.as_file().try_clone()?,
                        Staged::Unnamed(f) => f.try_clone()?,
                    };
                    self.early_sync = Some(EarlySync::start(file));
                }
                if let Some(sync) = &self.early_sync {
                    sync.request();
                }
            }
        }
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

/// Writes a small file whole: through a temporary file in its directory, then a
/// rename, without a sync (a batch writes tens of thousands of documents).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tracked = temp_in(dir)?;
    tracked.file_mut()?.write_all(bytes)?;
    publish(tracked, path, false)
}

#[cfg(test)]
#[path = "output_tests.rs"]
mod tests;

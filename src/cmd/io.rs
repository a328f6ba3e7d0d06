//! Files for the commands: loading inputs with located errors, and writing outputs
//! atomically (a temporary file renamed into place, or copied to stdout only once
//! complete), so a failed run never leaves a half-written file.

use std::fs::File;
use std::io::{self, BufWriter, Read, Seek, Write};
use std::path::{Path, PathBuf};

use anyhow::{anyhow, Context, Result};
use tempfile::NamedTempFile;

use crate::roster::{Encoding, Roster, RosterErrors, RosterReader};
use crate::{Rate, Schedule};

/// Reads a whole text file, `-` for stdin.
pub fn read_text(path: &str, what: &str) -> Result<String> {
    let mut text = String::new();
    open(path)
        .and_then(|mut r| r.read_to_string(&mut text))
        .with_context(|| format!("cannot read the {what} '{path}'"))?;
    Ok(text)
}

/// Opens a file for reading, `-` for stdin.
pub fn open(path: &str) -> io::Result<Box<dyn Read>> {
    if path == "-" {
        Ok(Box::new(io::stdin().lock()))
    } else {
        Ok(Box::new(File::open(path)?))
    }
}

/// Reads and validates a schedule.
pub fn load_schedule(path: &Path) -> Result<Schedule> {
    let name = path.display().to_string();
    let text = read_text(&name, "schedule")?;
    Schedule::parse(&name, &text).map_err(|e| anyhow!("invalid schedule: {e}"))
}

/// Opens a roster for streaming.
pub fn roster_reader<'a>(
    path: &str,
    encoding: Encoding,
    schedule: &Schedule,
) -> Result<RosterReader<'a>> {
    let input = open(path).with_context(|| format!("cannot read the roster '{path}'"))?;
    RosterReader::new(path, input, encoding, schedule).map_err(roster_errors)
}

/// The worker threads a roster command runs: `--jobs`, or one per core.
pub fn jobs(asked: Option<usize>) -> usize {
    asked
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1)
}

/// Reads a whole roster into memory.
pub fn load_roster(path: &str, encoding: Encoding, schedule: &Schedule) -> Result<Roster> {
    let input = open(path).with_context(|| format!("cannot read the roster '{path}'"))?;
    Roster::read(path, input, encoding, schedule).map_err(roster_errors)
}

/// All of a roster's problems as one error.
pub fn roster_errors(errors: RosterErrors) -> anyhow::Error {
    anyhow!(
        "invalid roster ({} problem{}):\n{errors}",
        errors.total,
        if errors.total == 1 { "" } else { "s" }
    )
}

/// Whether an error is a closed pipe (`nengji compute | head`), which is success.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// An output file that appears under its name only when complete.
#[derive(Debug)]
pub struct Output {
    target: Option<PathBuf>,
    writer: BufWriter<NamedTempFile>,
    /// Bytes written so far, and the mark at which the next early sync starts.
    written: u64,
    next_sync: u64,
    early_sync: Option<EarlySync>,
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
            .unwrap_or_else(|_| Err(io::Error::other("the sync thread failed")))
    }
}

impl Output {
    /// `-` (or nothing) is stdout; anything else a file path.
    pub fn create(path: Option<&str>) -> Result<Output> {
        let target = path.filter(|p| *p != "-").map(PathBuf::from);
        let dir = match &target {
            Some(p) => match p.parent() {
                Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
                _ => PathBuf::from("."),
            },
            None => std::env::temp_dir(),
        };
        let temp = tempfile::Builder::new()
            .prefix(".nengji-")
            .suffix(".part")
            .tempfile_in(&dir)
            .with_context(|| format!("cannot create a file in '{}'", dir.display()))?;
        Ok(Output {
            target,
            // 64 KiB: small writes are gathered; a batch chunk (about a
            // megabyte) is larger, so BufWriter hands it to the file uncopied.
            writer: BufWriter::with_capacity(1 << 16, temp),
            written: 0,
            next_sync: EARLY_SYNC_BYTES,
            early_sync: None,
        })
    }

    /// Moves the finished output into place (or copies it to stdout).
    pub fn commit(self) -> Result<()> {
        let mut temp = self.writer.into_inner().map_err(|e| e.into_error())?;
        if let Some(sync) = self.early_sync {
            sync.finish()?;
        }
        match self.target {
            Some(path) => {
                temp.as_file().sync_all()?;
                publish(temp, &path)
                    .with_context(|| format!("cannot write '{}'", path.display()))?;
            }
            None => {
                temp.rewind()?;
                let stdout = io::stdout();
                let mut out = stdout.lock();
                io::copy(&mut temp, &mut out)?;
                out.flush()?;
            }
        }
        Ok(())
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.writer.write(buf)?;
        self.written += n as u64;
        // Only a file is synced: stdout's temporary file is copied, not kept.
        if self.written >= self.next_sync && self.target.is_some() {
            self.next_sync = self.written + EARLY_SYNC_BYTES;
            if self.early_sync.is_none() {
                let file = self.writer.get_ref().as_file().try_clone()?;
                self.early_sync = Some(EarlySync::start(file));
            }
            if let Some(sync) = &self.early_sync {
                sync.request();
            }
        }
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

/// Writes a small file whole: through a temporary file in its directory, then a
/// rename (batch writes tens of thousands of documents this way, without a sync
/// each).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut temp = tempfile::Builder::new()
        .prefix(".nengji-")
        .suffix(".part")
        .tempfile_in(dir)?;
    temp.write_all(bytes)?;
    publish(temp, path)
}

/// Gives a finished temporary file the usual permissions and renames it into place.
fn publish(temp: NamedTempFile, path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(temp.path(), std::fs::Permissions::from_mode(0o644))?;
    }
    temp.persist(path).map(|_| ()).map_err(|e| e.error)
}

/// A percentage flag's value (`--target-growth 8%`, `--on-cost 30%`).
pub fn parse_rate(s: &str) -> Result<Rate, String> {
    Rate::parse(s)
        .ok_or_else(|| format!("'{s}' is not a percentage; write it with its sign, such as 8%"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_output_syncs_early_and_lands_whole() -> Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("pay.csv");
        let mut out = Output::create(Some(&path.to_string_lossy()))?;
        let block = vec![b'x'; 1 << 20];
        let blocks = (EARLY_SYNC_BYTES >> 20) + 3;
        for _ in 0..blocks {
            out.write_all(&block)?;
        }
        assert!(
            out.early_sync.is_some(),
            "past the mark, a sync thread runs"
        );
        assert!(!path.exists(), "nothing under the final name before commit");
        out.commit()?;
        assert_eq!(std::fs::metadata(&path)?.len(), blocks << 20);
        Ok(())
    }

    #[test]
    fn a_small_output_starts_no_sync_thread() -> Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("summary.json");
        let mut out = Output::create(Some(&path.to_string_lossy()))?;
        out.write_all(b"{}\n")?;
        assert!(out.early_sync.is_none());
        out.commit()?;
        assert_eq!(std::fs::read(&path)?, b"{}\n");
        Ok(())
    }
}

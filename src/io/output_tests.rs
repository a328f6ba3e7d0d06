//! The unit tests of `output.rs`, moved beside it to keep that file about one concept.

use super::*;

fn create(path: &Path) -> Result<Output, OutputError> {
    Output::create(Some(&path.to_string_lossy()))
}

#[test]
fn a_large_output_syncs_early_and_lands_whole() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("pay.csv");
    let mut out = create(&path)?;
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
fn a_small_output_starts_no_sync_thread_and_hashes_its_bytes(
) -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("summary.json");
    let mut out = create(&path)?.hashed();
    out.write_all(b"{}\n")?;
    assert!(out.early_sync.is_none());
    let hash = out.commit()?;
    assert_eq!(std::fs::read(&path)?, b"{}\n");
    assert_eq!(hash, Some(blake3::hash(b"{}\n")));
    Ok(())
}

#[test]
fn an_output_dropped_unfinished_leaves_nothing() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let mut out = create(&dir.path().join("pay.csv"))?;
    out.write_all(b"half")?;
    drop(out);
    assert_eq!(std::fs::read_dir(dir.path())?.count(), 0);
    Ok(())
}

#[cfg(unix)]
#[test]
fn an_existing_file_keeps_its_mode() -> Result<(), Box<dyn std::error::Error>> {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("pay.csv");
    std::fs::write(&path, b"old")?;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
    let mut out = create(&path)?;
    out.write_all(b"new")?;
    out.commit()?;
    assert_eq!(
        std::fs::metadata(&path)?.permissions().mode() & 0o777,
        0o600
    );
    assert_eq!(std::fs::read(&path)?, b"new");
    Ok(())
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_device_is_an_error_and_dev_null_stays_a_device() -> Result<(), Box<dyn std::error::Error>>
{
    let mut out = Output::create(Some("/dev/full"))?;
    out.write_all(b"pay")?;
    let err = out.commit().err().ok_or("writing /dev/full must fail")?;
    assert!(
        err.to_string().starts_with("cannot write '/dev/full'"),
        "{err}"
    );
    let mut out = Output::create(Some("/dev/null"))?;
    out.write_all(b"pay")?;
    out.commit()?;
    assert!(special(&std::fs::metadata("/dev/null")?).is_some());
    Ok(())
}

#[cfg(target_os = "linux")]
use crate::io::target::special;

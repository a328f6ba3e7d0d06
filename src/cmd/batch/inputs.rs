//! batch's inputs: the roster files (directories listed, stdin once), the
//! schedules the registry names, the hashing reader the manifest's input hashes
//! come from, and the refusal of an output that would overwrite an input.

use std::collections::HashMap;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use anyhow::{anyhow, bail, Context, Result};

use super::{Args, OUTPUTS};
use crate::batch::Registry;
use crate::cmd::io::{load_schedule, read_text};
use crate::io::TableOptions;
use crate::t;
use crate::Schedule;

/// A reader that hashes what passes through it and counts the bytes.
pub(super) struct Hashing<R> {
    pub(super) inner: R,
    pub(super) hasher: Arc<Mutex<blake3::Hasher>>,
    pub(super) bytes: Arc<AtomicU64>,
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Ok(mut h) = self.hasher.lock() {
            h.update(&buf[..n]);
        }
        self.bytes.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Refuses, before anything is written, an output of the run that is one of its
/// inputs, and an output directory that is a roster directory (the next run
/// would read the outputs as rosters).
pub(super) fn refuse_overlaps(args: &Args, files: &[PathBuf], schedules: &[String]) -> Result<()> {
    // A file or a device (/dev/null) cannot hold the output set.
    if args.out.exists() && !args.out.is_dir() {
        return Err(crate::io::StagingError::NotADirectory {
            dir: args.out.display().to_string(),
        }
        .into());
    }
    let dirs: Vec<&Path> = args
        .roster
        .iter()
        .filter(|p| p.is_dir())
        .map(PathBuf::as_path)
        .collect();
    if crate::io::same_file::same_dir(&args.out, &dirs) {
        bail!(t!(
            "staging-out-is-rosters",
            dir = args.out.display().to_string()
        ));
    }
    let mut inputs: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    inputs.extend(schedules.iter().map(Path::new));
    inputs.extend(args.registry.as_deref());
    inputs.extend(args.standards.iter().map(Path::new));
    let outputs: Vec<String> = OUTPUTS
        .iter()
        .map(|name| args.out.join(name).display().to_string())
        .collect();
    crate::io::refuse_overlaps(&inputs, &outputs)?;
    // A roster inside the documents directory would be replaced with it.
    let documents = args.out.join("documents");
    if let Some(file) = inputs
        .iter()
        .find(|p| crate::io::same_file::is_within(p, &documents))
    {
        bail!(t!(
            "staging-input-in-documents",
            file = file.display().to_string(),
            documents = documents.display().to_string()
        ));
    }
    Ok(())
}

/// The roster files: each file given, and the `.csv` files of each directory, sorted.
pub(super) fn roster_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            if files.iter().any(|f: &PathBuf| f.as_os_str() == "-") {
                bail!(t!("batch-stdin-twice"));
            }
            files.push(path.clone());
        } else if path.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(path)
                .with_context(|| t!("batch-cannot-list", path = path))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.extension().is_some_and(|x| {
                        ["csv", "xlsx", "xls", "ods"]
                            .iter()
                            .any(|k| x.eq_ignore_ascii_case(k))
                    })
                })
                .collect();
            found.sort();
            if found.is_empty() {
                bail!(t!("batch-no-rosters", path = path));
            }
            files.extend(found);
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}

pub(super) type Schedules = (
    Vec<Schedule>,
    Vec<String>,
    Option<usize>,
    Registry,
    HashMap<String, usize>,
);

/// The default schedule, the registry, and every schedule the registry names.
pub(super) fn load_schedules(args: &Args) -> Result<Schedules> {
    let mut schedules = Vec::new();
    let mut names = Vec::new();
    let default = match &args.schedule {
        Some(path) => {
            schedules.push(load_schedule(path)?);
            names.push(path.display().to_string());
            Some(0)
        }
        None => None,
    };
    let registry = match &args.registry {
        Some(path) => {
            let name = path.display().to_string();
            let parsed = if path
                .extension()
                .is_some_and(|x| x.eq_ignore_ascii_case("toml"))
            {
                Registry::from_toml(&name, &read_text(&name, "registry")?)
            } else {
                // A CSV in any encoding, or a workbook's sheet.
                let bytes = std::fs::read(path).with_context(|| {
                    t!(
                        "assess-cannot-read",
                        what = t!("batch-run-what-registry"),
                        path = name.as_str()
                    )
                })?;
                let table = TableOptions::new(args.encoding, None)
                    .other("--registry-sheet", args.registry_sheet.clone());
                Registry::from_table(&name, &bytes, &table)
            };
            parsed.map_err(|e| anyhow!(t!("table-invalid-registry", error = e.to_string())))?
        }
        None => Registry::default(),
    };
    let base = args
        .registry
        .as_deref()
        .and_then(Path::parent)
        .unwrap_or(Path::new("."));
    let mut index_of: HashMap<String, usize> = HashMap::new();
    for file in registry.schedule_files() {
        let path = base.join(file);
        index_of.insert(file.to_string(), schedules.len());
        let schedule =
            load_schedule(&path).with_context(|| match registry.schedule_place(file) {
                Some((place, enterprise)) => t!(
                    "input-registry-schedule",
                    schedule = file,
                    place = place.to_string(),
                    enterprise = enterprise
                ),
                None => t!("input-registry-schedule-unplaced", schedule = file),
            })?;
        schedules.push(schedule);
        names.push(path.display().to_string());
    }
    let mut schedule_of = HashMap::new();
    for e in &registry.enterprises {
        if let Some(&i) = index_of.get(&e.schedule) {
            schedule_of.insert(e.id.clone(), i);
        }
    }
    if schedules.is_empty() {
        bail!(t!("batch-no-schedule"));
    }
    Ok((schedules, names, default, registry, schedule_of))
}

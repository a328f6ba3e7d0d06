//! Embeds the message catalogues: every `locales/<lang>/<area>.ftl` becomes an
//! entry of `$OUT_DIR/locales.rs`, so adding a catalogue file needs no code.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=locales");
    // The manifest's directory when the script runs (not when it was built:
    // a target directory shared by two checkouts would read the other's).
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let root = Path::new(&manifest).join("locales");
    let mut files = Vec::new();
    for lang in read_dir(&root) {
        if !lang.is_dir() {
            continue;
        }
        for file in read_dir(&lang) {
            if file.extension().is_some_and(|e| e == "ftl") {
                files.push(file);
            }
        }
    }
    files.sort();
    let mut out = String::from(
        "/// Every catalogue file: (language, area, text), sorted by path.\n\
         pub(crate) static FILES: &[(&str, &str, &str)] = &[\n",
    );
    for file in &files {
        let lang = name(file.parent().unwrap_or(&root));
        let area = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "    ({lang:?}, {area:?}, include_str!({:?})),",
            file.display().to_string()
        );
    }
    out.push_str("];\n");
    let dest =
        Path::new(&std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join("locales.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        panic!("cannot write {}: {e}", dest.display());
    }
}

fn read_dir(dir: &Path) -> Vec<std::path::PathBuf> {
    match std::fs::read_dir(dir) {
        Ok(entries) => entries.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => panic!("cannot read {}: {e}", dir.display()),
    }
}

fn name(path: &Path) -> String {
    path.file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

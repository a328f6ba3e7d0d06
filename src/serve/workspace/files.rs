//! The workspace's directory: the schedule files an offer can be opened from
//! or saved as, never an input and never a file this session did not write or open.

use std::path::Path;

use anyhow::{bail, Context as _, Result};

use super::{Keep, Workspace};
use crate::serve::names::FileName;
use crate::t;

impl Workspace {
    /// Opens a schedule file of the workspace as an offer; saving replaces it.
    pub fn open_file(&mut self, name: &FileName) -> Result<usize> {
        let path = self.dir.join(name.as_str());
        if self.is_input(&path) {
            bail!(t!(in self.lang; "serve-open-input", name = name.as_str()));
        }
        let text = std::fs::read_to_string(&path).with_context(
            || t!(in self.lang; "serve-cannot-read-schedule", name = name.as_str()),
        )?;
        let index = self.add(name.stem().to_string(), name.clone(), Some(name), text)?;
        self.owned.insert(name.clone());
        Ok(index)
    }

    /// The schedule files in the workspace that could be opened.
    pub fn files(&self) -> Vec<FileName> {
        let mut names: Vec<FileName> = std::fs::read_dir(&self.dir)
            .into_iter()
            .flatten()
            .flatten()
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .filter_map(|e| FileName::parse(&e.file_name().to_string_lossy(), "toml").ok())
            .filter(|n| !self.is_input(&self.dir.join(n.as_str())))
            .collect();
        names.sort_by(|a, b| a.as_str().cmp(b.as_str()));
        names
    }

    /// Saves an offer as `name` in the workspace, atomically. Refuses an input
    /// and a file this session neither wrote nor opened.
    pub fn save(&mut self, index: usize, name: &FileName) -> Result<()> {
        self.offer_mut(index)?;
        let path = self.dir.join(name.as_str());
        if self.is_input(&path) {
            bail!(t!(in self.lang; "serve-save-input", name = name.as_str()));
        }
        let taken = self
            .offers
            .iter()
            .enumerate()
            .any(|(i, o)| i != index && o.saved.as_ref() == Some(name));
        if taken {
            bail!(t!(in self.lang; "serve-save-taken", name = name.as_str()));
        }
        if path.exists() && !self.owned.contains(name) {
            bail!(t!(in self.lang; "serve-save-foreign", name = name.as_str()));
        }
        // Loaded under its new name, so that its report names the file as
        // `nengji check` of the saved file does.
        if self.offers[index].file != name.as_str() {
            self.offers[index].file = name.to_string();
            let text = self.offers[index].text.clone();
            self.replace_text(index, text, Keep::Workers)?;
        }
        let offer = &self.offers[index];
        crate::cmd::io::write_atomically(&path, offer.text.as_bytes())
            .with_context(|| t!(in self.lang; "serve-cannot-write", path = &path))?;
        self.owned.insert(name.clone());
        let offer = &mut self.offers[index];
        offer.saved = Some(name.clone());
        offer.dirty = false;
        Ok(())
    }

    pub(super) fn is_input(&self, path: &Path) -> bool {
        path.canonicalize().is_ok_and(|p| self.inputs.contains(&p))
    }

    /// A file name for a new offer, from its label, not yet used.
    pub(super) fn unused_name(&self, label: &str) -> FileName {
        let stem: String = label
            .chars()
            .filter(|c| c.is_alphanumeric() || *c == '-' || *c == '_')
            .take(40)
            .collect();
        let stem = if stem.is_empty() || stem.starts_with('-') {
            "offer".to_string()
        } else {
            stem
        };
        (1..)
            .map(|n| {
                if n == 1 {
                    stem.clone()
                } else {
                    format!("{stem}-{n}")
                }
            })
            .filter_map(|s| FileName::parse(&s, "toml").ok())
            .find(|n| {
                !self.dir.join(n.as_str()).exists()
                    && !self.offers.iter().any(|o| o.file == n.as_str())
            })
            .unwrap_or_else(|| FileName::parse("offer", "toml").unwrap_or_else(|_| unreachable!()))
    }
}

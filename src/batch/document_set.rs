//! `DocumentSet`: where each enterprise's documents go in a batch's output, and
//! the hash of each for the manifest. An enterprise id becomes a directory name
//! that cannot leave the output directory, and two ids never share one.

use std::collections::BTreeMap;
use std::io;
use std::path::PathBuf;
use std::sync::Mutex;

/// The documents written so far: which id holds each directory, and each file's hash.
#[derive(Debug, Default)]
pub struct DocumentSet {
    owners: Mutex<BTreeMap<String, String>>,
    hashes: Mutex<BTreeMap<String, String>>,
}

impl DocumentSet {
    /// The path, under `documents/`, of an enterprise's document; an error if
    /// another id already holds its directory (which [`file_stem`] makes all but
    /// impossible, and this makes impossible).
    pub fn claim(&self, enterprise: &str, name: &str, bytes: &[u8]) -> io::Result<PathBuf> {
        let stem = file_stem(enterprise);
        {
            let mut owners = self.owners.lock().unwrap_or_else(|e| e.into_inner());
            let owner = owners
                .entry(stem.clone())
                .or_insert_with(|| enterprise.to_string());
            if owner != enterprise {
                return Err(io::Error::other(format!(
                    "the enterprise ids '{owner}' and '{enterprise}' would share the documents directory '{stem}'; make the ids differ in a letter or digit"
                )));
            }
        }
        let path = format!("documents/{stem}/{name}");
        let hash = blake3::hash(bytes).to_hex().to_string();
        self.hashes
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(path.clone(), hash);
        Ok(PathBuf::from(path))
    }

    /// Each document with its hash, in path order (whatever the threads' order).
    pub fn manifest(&self) -> Vec<serde_json::Value> {
        self.hashes
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .map(|(file, hash)| serde_json::json!({"file": file, "blake3": hash}))
            .collect()
    }
}

/// Hex digits of the id's hash put after a name that had to be changed.
const HASH_DIGITS: usize = 16;

/// A file or directory name made from an enterprise id that cannot leave the
/// output directory: letters (any script), digits, `-` and `_` are kept, anything
/// else (`/`, `.`, `\\`, spaces) becomes `_`. When anything was replaced or cut,
/// or the id itself ends like a hashed name, a hash of the id is added
/// (`../../x` -> `______x-1a2b3c4d5e6f7a8b`): a kept name never ends like a
/// hashed one, so no id's name can be another's.
pub fn file_stem(id: &str) -> String {
    let mut stem: String = id
        .chars()
        .take(80)
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if stem != id || stem.is_empty() || looks_hashed(id) {
        let hash = blake3::hash(id.as_bytes()).to_hex();
        stem.push('-');
        stem.push_str(&hash[..HASH_DIGITS]);
    }
    stem
}

/// Whether a name ends as [`file_stem`]'s hashed names do: `-` and 16 hex digits.
fn looks_hashed(name: &str) -> bool {
    let bytes = name.as_bytes();
    bytes.len() > HASH_DIGITS
        && bytes[bytes.len() - HASH_DIGITS - 1] == b'-'
        && bytes[bytes.len() - HASH_DIGITS..]
            .iter()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_stems_keep_safe_ids_and_defuse_the_rest() {
        assert_eq!(file_stem("E00001"), "E00001");
        assert_eq!(file_stem("杭州_泵业-01"), "杭州_泵业-01");
        for hostile in ["../../x", "..", ".", "/etc/passwd", "a\\b", "", "a b"] {
            let stem = file_stem(hostile);
            assert!(!stem.is_empty());
            assert!(
                stem.chars()
                    .all(|c| c.is_alphanumeric() || c == '-' || c == '_'),
                "{hostile:?} -> {stem:?}"
            );
        }
        // Ids that sanitise alike still get different names.
        assert_ne!(file_stem("a/b"), file_stem("a.b"));
        assert_ne!(file_stem("a/b"), file_stem("a_b"));
        // Very long ids are cut, with the hash keeping them apart.
        let long = "长".repeat(200);
        assert!(file_stem(&long).chars().count() <= 80 + 1 + HASH_DIGITS);
        assert_ne!(file_stem(&long), file_stem(&"长".repeat(201)));
    }

    #[test]
    fn an_id_spelled_like_another_ids_hashed_name_gets_its_own() {
        let hashed = file_stem("a/b");
        assert_ne!(file_stem(&hashed), hashed, "{hashed}");
    }

    #[test]
    fn two_ids_never_share_a_directory() -> io::Result<()> {
        let set = DocumentSet::default();
        let a = set.claim("a/b", "notice.md", b"1")?;
        let b = set.claim("a_b", "notice.md", b"2")?;
        assert_ne!(a.parent(), b.parent());
        set.claim("a/b", "offer.md", b"3")?;
        // The guard itself: a directory held by one id is refused to another.
        set.owners
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert("X".into(), "x".into());
        assert!(set.claim("X", "notice.md", b"4").is_err());
        assert_eq!(set.manifest().len(), 3);
        Ok(())
    }
}

//! Choosing an output's format: `--format` when given, else what the extension of
//! `-o`'s file says, else the command's default. A flag that contradicts the file
//! name is refused, as is a file name of a format the command does not write, and
//! a binary format (docx, xlsx) is never written to a terminal.

use std::io::IsTerminal;
use std::path::Path;

use clap::ValueEnum;

use crate::t;

/// An output format a command writes, as its `--format` names it.
pub trait FileFormat: ValueEnum + Copy + Eq {
    /// The file extensions that name this format, lowercase, the usual one first;
    /// none for a format no file name implies.
    fn extensions(self) -> &'static [&'static str];

    /// Whether the format is not text (a zip container), so never for a terminal.
    fn is_binary(self) -> bool {
        false
    }

    /// The name `--format` takes.
    fn flag_name(self) -> String {
        self.to_possible_value()
            .map_or_else(String::new, |v| v.get_name().to_string())
    }
}

/// Extensions that name some format nengji writes: a file named with one of
/// these and a command that cannot write it is refused rather than given another
/// format under that name.
const KNOWN_EXTENSIONS: &[&str] = &[
    "csv", "tsv", "json", "md", "markdown", "html", "htm", "docx", "doc", "xlsx", "xls", "ods",
    "pdf", "txt", "toml",
];

/// Why a format could not be chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// `--format` says one format and the output file's extension another.
    Contradiction {
        /// The format the flag named.
        flag: String,
        /// The output file.
        file: String,
        /// The format its extension names.
        named: String,
        /// The extension of the flag's format, for the fix.
        usual: String,
    },
    /// The output file's extension names a format this command does not write.
    NotWritten {
        /// The output file.
        file: String,
        /// Its extension.
        extension: String,
        /// The formats the command writes, listed for the message.
        choices: String,
    },
    /// A binary format (.xlsx, .docx) asked for on a terminal.
    BinaryToTerminal {
        /// The format asked for.
        format: String,
        /// Its usual extension, for the `-o FILE.ext` fix.
        usual: String,
    },
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            FormatError::Contradiction {
                flag,
                file,
                named,
                usual,
            } => t!(
                "excel-format-contradiction",
                flag = flag,
                file = file,
                named = named,
                usual = usual
            ),
            FormatError::NotWritten {
                file,
                extension,
                choices,
            } => t!(
                "excel-format-not-written",
                file = file,
                extension = extension,
                choices = choices
            ),
            FormatError::BinaryToTerminal { format, usual } => t!(
                "excel-format-binary-to-terminal",
                format = format,
                usual = usual
            ),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for FormatError {}

/// The extension of a file name, lowercase, if it has one.
fn extension_of(path: &str) -> Option<String> {
    Path::new(path)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
}

/// The format of an output: `flag` if given (and not contradicted by `output`'s
/// extension), else the format `output`'s extension names, else `default`.
/// `-` or no `output` is standard output, where the extension says nothing.
pub fn choose<F: FileFormat>(
    flag: Option<F>,
    output: Option<&str>,
    default: F,
) -> Result<F, FormatError> {
    let file = output.filter(|p| *p != "-");
    let named = match file.and_then(extension_of) {
        Some(extension) => {
            let found = F::value_variants()
                .iter()
                .copied()
                .find(|f| f.extensions().contains(&extension.as_str()));
            match found {
                Some(f) => Some(f),
                None if KNOWN_EXTENSIONS.contains(&extension.as_str()) => {
                    return Err(FormatError::NotWritten {
                        file: file.unwrap_or_default().to_string(),
                        extension,
                        choices: choices::<F>(),
                    })
                }
                // An extension nengji does not know (pay.out) names nothing.
                None => None,
            }
        }
        None => None,
    };
    let chosen = match (flag, named) {
        (Some(flag), Some(named)) if flag != named => {
            return Err(FormatError::Contradiction {
                flag: flag.flag_name(),
                file: file.unwrap_or_default().to_string(),
                named: named.flag_name(),
                usual: usual_extension(flag),
            })
        }
        (Some(flag), _) => flag,
        (None, Some(named)) => named,
        (None, None) => default,
    };
    if file.is_none() && chosen.is_binary() && std::io::stdout().is_terminal() {
        return Err(FormatError::BinaryToTerminal {
            format: chosen.flag_name(),
            usual: usual_extension(chosen),
        });
    }
    Ok(chosen)
}

fn usual_extension<F: FileFormat>(f: F) -> String {
    f.extensions()
        .first()
        .map_or_else(|| f.flag_name(), |e| (*e).to_string())
}

/// `table (.txt), csv (.csv), xlsx (.xlsx)`: what a command writes.
fn choices<F: FileFormat>() -> String {
    F::value_variants()
        .iter()
        .map(|f| match f.extensions().first() {
            Some(e) => format!("{} (.{e})", f.flag_name()),
            None => f.flag_name(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
    enum Demo {
        Table,
        Csv,
        Md,
        Docx,
    }

    impl FileFormat for Demo {
        fn extensions(self) -> &'static [&'static str] {
            match self {
                Demo::Table => &["txt"],
                Demo::Csv => &["csv"],
                Demo::Md => &["md", "markdown"],
                Demo::Docx => &["docx"],
            }
        }
        fn is_binary(self) -> bool {
            self == Demo::Docx
        }
    }

    #[test]
    fn the_file_name_chooses_and_the_flag_overrides() {
        assert_eq!(choose(None, Some("pay.csv"), Demo::Table), Ok(Demo::Csv));
        assert_eq!(
            choose(None, Some("dir.v1/X.DOCX"), Demo::Md),
            Ok(Demo::Docx)
        );
        assert_eq!(
            choose(None, Some("notes.markdown"), Demo::Table),
            Ok(Demo::Md)
        );
        assert_eq!(
            choose(Some(Demo::Csv), Some("pay.csv"), Demo::Table),
            Ok(Demo::Csv)
        );
        // No extension, or one nengji does not know: the flag or the default.
        assert_eq!(choose(None, Some("pay"), Demo::Table), Ok(Demo::Table));
        assert_eq!(
            choose(Some(Demo::Csv), Some("pay.out"), Demo::Table),
            Ok(Demo::Csv)
        );
        // Standard output has no name to go by.
        assert_eq!(choose(Some(Demo::Md), Some("-"), Demo::Table), Ok(Demo::Md));
    }

    #[test]
    fn a_contradiction_is_refused_with_the_fix() {
        let e = choose(Some(Demo::Md), Some("x.docx"), Demo::Table).unwrap_err();
        assert_eq!(
            e.to_string(),
            "--format md contradicts the output file 'x.docx', whose extension says docx; \
             drop --format, or name the file *.md"
        );
    }

    #[test]
    fn a_format_the_command_does_not_write_is_refused() {
        let e = choose(None, Some("pay.xlsx"), Demo::Table).unwrap_err();
        assert_eq!(
            e.to_string(),
            "cannot write a .xlsx file ('pay.xlsx'): this command writes table (.txt), \
             csv (.csv), md (.md), docx (.docx); name the file for one of them"
        );
    }
}

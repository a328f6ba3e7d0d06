//! `Renderer`: tera with the built-in templates (and a user's), rendering a
//! document context to Markdown with its clauses numbered.
//!
//! Every value printed from the context is escaped for Markdown (tera's
//! autoescape with [`escape::markdown`]), so input text cannot become markup in
//! any output format. Build a renderer once and render many documents with it
//! (batch renders a notice per enterprise).
//!
//! Every parse and render is contained ([`sandbox`]): it runs on a thread of its
//! own with bounds on steps, nesting, text and time, and no access to the
//! environment or to files; crossing a bound is [`RenderError::Bound`], naming
//! the template.

use tera::{Context, Tera};

use super::context::DocumentContext;
use super::engine_words::{self, between};
use super::escape;
use super::instrument::{expression_depth, instrument};
use super::numbering::{self, Numbering, NumberingError};
use super::sandbox::{self, contained, Breach};
use super::templates::BUILTINS;

/// Why a document could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// A template that does not parse or does not render: tera's own message,
    /// with the template, the line and the variable when they can be found.
    #[error("{0}")]
    Template(String),
    /// A template's clause numbering or references do not add up.
    #[error(
        "{}",
        crate::t!("template-numbering", template = template.as_str(), error = source.to_string())
    )]
    Numbering {
        /// The template's name: `builtin/contract.md` or the user's file.
        template: String,
        /// What is wrong with its numbering.
        source: NumberingError,
    },
    /// The context could not be turned into the template engine's values (an internal error).
    #[error("{}", crate::t!("template-context", error = .0.as_str()))]
    Context(String),
    /// The template crossed one of the bounds every template renders within.
    #[error("{}", breach.describe(template))]
    Bound {
        /// The template's name.
        template: String,
        /// Which bound it crossed.
        breach: Breach,
    },
}

/// A rendered document: its Markdown and the clause numbers it printed.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The document in Markdown.
    pub markdown: String,
    /// The clause numbers it printed, by key.
    pub(crate) numbering: Numbering,
}

/// Tera with the built-in templates and, optionally, user templates.
#[derive(Debug)]
pub struct Renderer {
    tera: Tera,
    /// Sources of the templates added by the user, to locate errors.
    sources: Vec<(String, String)>,
}

impl Renderer {
    /// A renderer with the built-in templates.
    pub fn new() -> Result<Renderer, RenderError> {
        let mut tera = Tera::default();
        tera.autoescape_on(vec![""]);
        tera.set_escape_fn(escape::markdown);
        numbering::register(&mut tera);
        sandbox::register(&mut tera);
        let sources: Vec<(String, String)> = BUILTINS
            .iter()
            .map(|b| (b.name.to_string(), b.source.to_string()))
            .collect();
        let mut renderer = Renderer { tera, sources };
        let tera = &mut renderer.tera;
        let (added, _) =
            contained(|| tera.add_raw_templates(BUILTINS.iter().map(|b| (b.name, b.source))))
                .map_err(|breach| RenderError::Bound {
                    template: "builtin/".to_string(),
                    breach,
                })?;
        added.map_err(|e| template_error(&e, &renderer.sources))?;
        renderer.instrument();
        Ok(renderer)
    }

    /// Adds a user template under `name` (the file it came from). It may extend
    /// or import the built-ins. A template that is too large, nests too deep or
    /// uses nengji's reserved names is refused before it is parsed.
    pub fn add_template(&mut self, name: &str, source: &str) -> Result<(), RenderError> {
        let bound = |breach| RenderError::Bound {
            template: name.to_string(),
            breach,
        };
        sandbox::check_source(source).map_err(bound)?;
        self.sources.push((name.to_string(), source.to_string()));
        let tera = &mut self.tera;
        let (added, _) = contained(|| {
            tera.add_raw_template(name, source)?;
            let deep = tera
                .templates
                .get(name)
                .is_some_and(|t| expression_depth(t) > sandbox::NESTING);
            if deep {
                // Dropped here, on the large stack: a deep expression drops recursively.
                tera.templates.remove(name);
            }
            Ok::<bool, tera::Error>(deep)
        })
        .map_err(bound)?;
        match added {
            Ok(true) => Err(bound(Breach::Nesting)),
            Ok(false) => {
                self.instrument();
                Ok(())
            }
            Err(e) => Err(template_error(&e, &self.sources)),
        }
    }

    /// Puts the sandbox's charges into every template (again: tera rebuilds
    /// block definitions whenever a template is added).
    fn instrument(&mut self) {
        for template in self.tera.templates.values_mut() {
            instrument(template);
        }
    }

    /// Renders `template` with `context` to Markdown with numbered clauses.
    pub fn render(
        &self,
        template: &str,
        context: &DocumentContext,
    ) -> Result<Rendered, RenderError> {
        let context =
            Context::from_serialize(context).map_err(|e| RenderError::Context(e.to_string()))?;
        self.render_context(template, &context)
    }

    /// Renders any context (for documents of other commands, such as assess).
    pub fn render_context(
        &self,
        template: &str,
        context: &Context,
    ) -> Result<Rendered, RenderError> {
        let bound = |breach| RenderError::Bound {
            template: template.to_string(),
            breach,
        };
        let (text, breach) = contained(|| self.tera.render(template, context)).map_err(bound)?;
        if let Some(breach) = breach {
            return Err(bound(breach));
        }
        let text = text.map_err(|e| template_error(&e, &self.sources))?;
        let (markdown, numbering) =
            Numbering::apply(&text).map_err(|source| RenderError::Numbering {
                template: template.to_string(),
                source,
            })?;
        Ok(Rendered {
            markdown: tidy(&markdown),
            numbering,
        })
    }
}

/// Collapses runs of blank lines that template logic leaves, and ends the text
/// with one newline.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank += 1;
            if blank > 1 || out.is_empty() {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// Tera's message with its causes, plus the line of a missing variable.
fn template_error(e: &tera::Error, sources: &[(String, String)]) -> RenderError {
    let mut parts = vec![e.to_string()];
    let mut cause = std::error::Error::source(e);
    while let Some(c) = cause {
        parts.push(c.to_string());
        cause = c.source();
    }
    let raw = parts.join(": ");
    let mut message = if crate::i18n::lang() == crate::i18n::Lang::En {
        raw.clone()
    } else {
        parts
            .iter()
            .map(|p| engine_words::told(p))
            .collect::<Vec<_>>()
            .join(&crate::i18n::t("error-cause-separator"))
    };
    if let Some(at) = locate(&raw, sources) {
        message.push_str(&crate::t!("template-at", place = at));
    }
    RenderError::Template(message)
}

/// Where a variable that was not found is used: `'my.md' line 3`.
fn locate(message: &str, sources: &[(String, String)]) -> Option<String> {
    let variable = between(message, "Variable `", "`")?;
    let template = between(message, "error happened in '", "'")
        .or_else(|| between(message, "Failed to render '", "'"))?;
    let (_, source) = sources.iter().find(|(name, _)| name == template)?;
    let lines: Vec<String> = source
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains(variable))
        .map(|(i, _)| (i + 1).to_string())
        .collect();
    match lines.len() {
        0 => None,
        1 => Some(crate::t!(
            "template-line",
            template = template,
            line = lines[0].as_str()
        )),
        _ => Some(crate::t!(
            "template-lines",
            template = template,
            lines = lines.join(", ")
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn context() -> Context {
        let mut c = Context::new();
        c.insert("name", "<script>| x |");
        c
    }

    #[test]
    fn values_are_escaped_for_markdown() {
        let mut r = Renderer::new().unwrap();
        r.add_template("t.md", "| {{ name }} |").unwrap();
        let out = r.render_context("t.md", &context()).unwrap();
        assert_eq!(out.markdown, "| \\<script\\>\\| x \\| |\n");
    }

    #[test]
    fn missing_variable_names_template_line_and_variable() {
        let mut r = Renderer::new().unwrap();
        r.add_template("mine.md", "a\nb {{ nme }}\n").unwrap();
        let err = r
            .render_context("mine.md", &context())
            .unwrap_err()
            .to_string();
        assert!(err.contains("mine.md"), "{err}");
        assert!(err.contains("nme"), "{err}");
        assert!(err.contains("line 2"), "{err}");
    }

    #[test]
    fn syntax_error_names_template_and_line() {
        let mut r = Renderer::new().unwrap();
        let err = r
            .add_template("bad.md", "one\n{% if %}\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("bad.md"), "{err}");
        assert!(err.contains("2:"), "{err}");
    }

    #[test]
    fn tidy_collapses_blank_lines() {
        assert_eq!(tidy("\n\na\n\n\n\nb  \n\n"), "a\n\nb\n");
    }
}

//! The bounds a template renders within, so that no template, the built-ins or
//! a user's, can read the environment, run for ever, fill memory or overflow
//! the stack (issue 11, Deliver 4).
//!
//! Tera has no fuel or depth limits of its own, so nengji adds them:
//! `instrument` puts a call to [`STEP`] at the top of
//! every loop body, macro body and template (and [`LEAVE`] at the end of the
//! last two), and a call to [`SIZE`] after every `{{ value }}` and `{% set %}`.
//! Those functions charge the `Budget` of the render in progress, which lives
//! in a thread-local on the render's own thread. Every render and every parse
//! runs on a thread of its own with a stack of [`STACK`] bytes, far more than
//! the bounds below can use, so a refused template ends in an error, never in a
//! stack overflow. Tera reads no files: `include`, `import` and `extends` only
//! name templates nengji itself added; `get_env` is replaced by a refusal.

use std::cell::RefCell;
use std::collections::HashMap;
use std::time::{Duration, Instant};

use tera::{Tera, Value};

use crate::i18n::Arg;
use crate::t;

/// Loop iterations, macro calls and includes one render may make.
pub const STEPS: u64 = 2_000_000;
/// Macro calls and includes nested in each other.
pub const DEPTH: u32 = 64;
/// Text one render may make, counting the text of loops and macros each time
/// it is made, every printed value and every value `set`.
pub const TEXT: u64 = 128 << 20;
/// Wall-clock time of one render.
pub const TIME: Duration = Duration::from_secs(20);
/// The size of a user's template.
pub const SOURCE: usize = 256 << 10;
/// Brackets or blocks (`if`, `for`, `macro`...) nested in a template's source,
/// and operators chained in one expression.
pub const NESTING: usize = 64;
/// The stack of the thread a template is parsed and rendered on.
pub const STACK: usize = 256 << 20;

/// Names nengji's instrumentation calls; a template may not use the prefix.
pub const RESERVED: &str = "__nengji";
/// The function called at the top of every loop body, macro body and template: one step.
pub const STEP: &str = "__nengji_step";
/// The function called at the end of a macro body or template: leaves one level of depth.
pub const LEAVE: &str = "__nengji_leave";
/// The function called after every printed value and `set`: charges its text.
pub const SIZE: &str = "__nengji_size";

/// The bound a template crossed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Breach {
    /// More than [`STEPS`] loop iterations, macro calls and includes.
    Steps,
    /// Macro calls and includes nested more than [`DEPTH`] deep.
    Depth,
    /// More than [`TEXT`] bytes of text made.
    Text,
    /// Longer than [`TIME`] to render.
    Time,
    /// A call of `get_env`: templates may not read the environment.
    Environment,
    /// `range()` with `step_by=0`, which never ends.
    RangeStep,
    /// A template source larger than [`SOURCE`] bytes; holds its size.
    Source(usize),
    /// Brackets, blocks or operators nested more than [`NESTING`] deep.
    Nesting,
    /// A name with nengji's reserved prefix [`RESERVED`].
    Reserved,
    /// The template engine itself failed (a panic inside tera, caught).
    Engine,
}

impl Breach {
    /// The message, in the language in use, naming `template`.
    pub fn describe(self, template: &str) -> String {
        let template = template.to_string();
        match self {
            Breach::Steps => t!("template-steps", template = template, bound = STEPS),
            Breach::Depth => t!(
                "template-depth",
                template = template,
                bound = u64::from(DEPTH)
            ),
            Breach::Text => t!("template-text", template = template, mib = TEXT >> 20),
            Breach::Time => t!(
                "template-time",
                template = template,
                seconds = TIME.as_secs()
            ),
            Breach::Environment => t!("template-environment", template = template),
            Breach::RangeStep => t!("template-range-step", template = template),
            Breach::Source(size) => t!(
                "template-source",
                template = template,
                size = Arg::display(size),
                kib = Arg::display(SOURCE >> 10)
            ),
            Breach::Nesting => t!(
                "template-nesting",
                template = template,
                bound = Arg::display(NESTING)
            ),
            Breach::Reserved => t!("template-reserved", template = template, prefix = RESERVED),
            Breach::Engine => t!("template-engine", template = template),
        }
    }
}

/// What a render in progress has spent.
#[derive(Debug)]
struct Budget {
    steps: u64,
    depth: u32,
    text: u64,
    started: Instant,
    breach: Option<Breach>,
}

thread_local! {
    static BUDGET: RefCell<Option<Budget>> = const { RefCell::new(None) };
}

/// Charges the render on this thread; the error stops tera, and the breach is
/// kept so the renderer can say which bound it was.
fn charge(f: impl FnOnce(&mut Budget) -> Option<Breach>) -> tera::Result<()> {
    BUDGET.with(|b| {
        let mut b = b.borrow_mut();
        let Some(budget) = b.as_mut() else {
            return Ok(());
        };
        if budget.breach.is_none() {
            budget.breach = f(budget);
        }
        match budget.breach {
            Some(_) => Err(tera::Error::msg("a bound of the template was crossed")),
            None => Ok(()),
        }
    })
}

fn breach(what: Breach) -> tera::Error {
    let _ = charge(|_| Some(what));
    tera::Error::msg("a bound of the template was crossed")
}

fn int(args: &HashMap<String, Value>, name: &str) -> u64 {
    args.get(name).and_then(Value::as_u64).unwrap_or(0)
}

/// An estimate of the text a value makes when printed.
fn size(value: &Value) -> u64 {
    let mut total = 0u64;
    let mut stack = vec![value];
    while let Some(v) = stack.pop() {
        total = total.saturating_add(match v {
            Value::String(s) => s.len() as u64,
            Value::Array(a) => {
                stack.extend(a);
                a.len() as u64
            }
            Value::Object(o) => {
                stack.extend(o.values());
                o.keys().map(|k| k.len() as u64 + 1).sum()
            }
            _ => 8,
        });
    }
    total
}

/// A loop iteration, a macro call or an include (`enter`), with the bytes of
/// text its body writes.
fn step(args: &HashMap<String, Value>) -> tera::Result<Value> {
    let enter = args.get("enter").and_then(Value::as_bool).unwrap_or(false);
    let text = int(args, "text");
    charge(|b| {
        b.steps += 1;
        b.text = b.text.saturating_add(text);
        if enter {
            b.depth += 1;
        }
        if b.steps > STEPS {
            Some(Breach::Steps)
        } else if b.depth > DEPTH {
            Some(Breach::Depth)
        } else if b.text > TEXT {
            Some(Breach::Text)
        } else if b.steps % 256 == 0 && b.started.elapsed() > TIME {
            Some(Breach::Time)
        } else {
            None
        }
    })?;
    Ok(Value::String(String::new()))
}

fn leave(_: &HashMap<String, Value>) -> tera::Result<Value> {
    charge(|b| {
        b.depth = b.depth.saturating_sub(1);
        None
    })?;
    Ok(Value::String(String::new()))
}

/// The values a `{{ }}` printed or a `{% set %}` kept.
fn sized(args: &HashMap<String, Value>) -> tera::Result<Value> {
    let total = args.values().map(size).fold(0u64, u64::saturating_add);
    charge(|b| {
        b.text = b.text.saturating_add(total);
        (b.text > TEXT).then_some(Breach::Text)
    })?;
    Ok(Value::String(String::new()))
}

/// Charges `bytes` of text about to be made (a filter's result, before it is
/// built: `replace`, `indent` and `join` can square their input's size).
pub(super) fn charge_text(bytes: u64) -> tera::Result<()> {
    charge(|b| {
        b.text = b.text.saturating_add(bytes);
        (b.text > TEXT).then_some(Breach::Text)
    })
}

/// Tera's `range`, charging its length as steps before it is made (tera's own
/// loops for ever on `step_by=0` and makes any length it is asked for).
fn range(args: &HashMap<String, Value>) -> tera::Result<Value> {
    let number = |name: &str, default: Option<u64>| match args.get(name) {
        Some(v) => v.as_u64().ok_or_else(|| {
            tera::Error::msg(crate::t!(
                "template-range-not-number",
                name = name,
                value = v.to_string()
            ))
        }),
        None => default.ok_or_else(|| tera::Error::msg(crate::t!("template-range-no-end"))),
    };
    let start = number("start", Some(0))?;
    let end = number("end", None)?;
    let step_by = number("step_by", Some(1))?;
    if step_by == 0 {
        return Err(breach(Breach::RangeStep));
    }
    if start > end {
        return Err(tera::Error::msg(
            "Function `range` was called with a `start` argument greater than the `end` one",
        ));
    }
    let len = (end - start).div_ceil(step_by);
    charge(|b| {
        b.steps = b.steps.saturating_add(len);
        (b.steps > STEPS).then_some(Breach::Steps)
    })?;
    let values: Vec<Value> = (0..len).map(|i| Value::from(start + i * step_by)).collect();
    Ok(Value::Array(values))
}

fn no_environment(_: &HashMap<String, Value>) -> tera::Result<Value> {
    Err(breach(Breach::Environment))
}

/// Registers the instrumentation's functions and replaces tera's `range`,
/// `get_env` (the only built-in that reads anything outside the context; this
/// build of tera has no `now` or `get_random`) and the filters whose result can
/// be the square of their input.
pub fn register(tera: &mut Tera) {
    tera.register_function(STEP, step);
    tera.register_function(LEAVE, leave);
    tera.register_function(SIZE, sized);
    tera.register_function("range", range);
    tera.register_function("get_env", no_environment);
    super::bounded_filters::register(tera);
}

/// Refuses a user's template that is too large, nests too deep for the parser
/// or uses the instrumentation's names, before tera parses it.
pub fn check_source(source: &str) -> Result<(), Breach> {
    if source.len() > SOURCE {
        return Err(Breach::Source(source.len()));
    }
    if source.contains(RESERVED) {
        return Err(Breach::Reserved);
    }
    if nesting(source) > NESTING {
        return Err(Breach::Nesting);
    }
    Ok(())
}

/// The deepest nesting of brackets inside `{{ }}` and `{% %}`, and of blocks.
fn nesting(source: &str) -> usize {
    const OPEN: [&str; 6] = ["if", "for", "macro", "block", "filter", "raw"];
    let bytes = source.as_bytes();
    let (mut deepest, mut blocks, mut i) = (0usize, 0usize, 0usize);
    while i + 1 < bytes.len() {
        let tag = bytes[i] == b'{' && matches!(bytes[i + 1], b'{' | b'%');
        if !tag {
            i += 1;
            continue;
        }
        let close = if bytes[i + 1] == b'{' { "}}" } else { "%}" };
        let inner_start = i + 2;
        let inner_end = source[inner_start..]
            .find(close)
            .map_or(bytes.len(), |n| inner_start + n);
        let inner = &source[inner_start..inner_end];
        let word = inner
            .trim_start_matches(['-', ' ', '\t', '\r', '\n'])
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        if close == "%}" {
            if OPEN.contains(&word) {
                blocks += 1;
            } else if word.starts_with("end") {
                blocks = blocks.saturating_sub(1);
            }
        }
        let mut depth = 0usize;
        for b in inner.bytes() {
            match b {
                b'(' | b'[' | b'{' => {
                    depth += 1;
                    deepest = deepest.max(depth);
                }
                b')' | b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        deepest = deepest.max(blocks);
        i = inner_end + 2;
    }
    deepest
}

/// Runs `work` (a parse or a render) on a thread of its own with a large stack
/// and a fresh budget, and says which bound it crossed, if one was. A panic in
/// tera is caught and becomes [`Breach::Engine`].
pub fn contained<T: Send>(work: impl FnOnce() -> T + Send) -> Result<(T, Option<Breach>), Breach> {
    std::thread::scope(|scope| {
        let handle = std::thread::Builder::new()
            .name("nengji-template".into())
            .stack_size(STACK)
            .spawn_scoped(scope, || {
                BUDGET.with(|b| {
                    *b.borrow_mut() = Some(Budget {
                        steps: 0,
                        depth: 0,
                        text: 0,
                        started: Instant::now(),
                        breach: None,
                    });
                });
                let out = work();
                let breach = BUDGET.with(|b| b.borrow_mut().take().and_then(|b| b.breach));
                (out, breach)
            });
        match handle {
            Ok(handle) => handle.join().map_err(|_| Breach::Engine),
            // No thread could be made (resources exhausted).
            Err(_) => Err(Breach::Engine),
        }
    })
}

#[cfg(test)]
#[path = "sandbox_tests.rs"]
mod tests;

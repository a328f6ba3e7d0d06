# The bounds every template renders within (src/render/sandbox.rs).
template-steps = template '{ $template }': stopped after { $bound } steps (loop iterations, macro calls and includes); a document needs far fewer, so the template probably loops without end: check its loops, range() calls and recursive macros
template-depth = template '{ $template }': macro calls or includes nest more than { $bound } deep; a macro or an include probably calls itself without end: give the recursion a condition that stops it
template-text = template '{ $template }': made more than { $mib } MiB of text (counting loops, macros and variables as they are made); no document is that large: check for a loop or a variable that grows without end
template-time = template '{ $template }': rendering took longer than { $seconds } seconds and was stopped; simplify the template's loops
template-environment = template '{ $template }': templates have no access to the environment (get_env is not available); put the value in the schedule or pass it on the command line
template-range-step = template '{ $template }': range() with step_by=0 never ends; use a step of 1 or more
template-source = template '{ $template }': { $size } bytes is larger than a template may be ({ $kib } KiB); split it into files that extend or import each other
template-nesting = template '{ $template }': brackets, blocks or operators nest more than { $bound } deep; nest less (use set to name part of an expression)
template-reserved = template '{ $template }': names beginning with { $prefix } are nengji's own; rename the variable, macro or function
template-engine = template '{ $template }': the template engine failed on this template (an internal error, not a fault of the template); report it with the template attached

## a template that does not parse or render (src/render/renderer.rs, numbering.rs,
## capital.rs, docx.rs); English keeps tera's own words
template-numbering = template '{ $template }': { $error }
template-context = the document context cannot be serialised: { $error }
template-at = { " " }(at { $place })
template-line = '{ $template }' line { $line }
template-lines = '{ $template }' lines { $lines }
template-no-variable = Variable `{ $variable }` not found in context while rendering '{ $template }'
template-failed-render = Failed to render '{ $template }'
template-failed-parse = Failed to parse '{ $template }'
template-engine-said = the template engine said: { $message }
template-clause-twice = two clauses have the key '{ $key }'; each clause(key=...) must be unique
template-unknown-ref = ref(key="{ $key }") cites a clause the document does not print
template-capital-negative = { $amount } is negative; capital numerals write amounts paid, not owed
template-capital-fen = { $amount } has parts of a fen; capital numerals stop at the fen (分)
template-capital-large = { $amount } is too large to write in capital numerals (at most 16 digits of yuan)
template-docx = cannot write the DOCX archive: { $error }

## nengji's own filters and range() (src/render/bounded_filters.rs, sandbox.rs),
## in tera's words in English
template-filter-not-text = Filter `{ $filter }` was called on an incorrect value: got `{ $value }` but expected a String for `{ $what }`
template-filter-not-bool = Filter `{ $filter }` received an incorrect type for arg `{ $what }`: got `{ $value }` but expected a bool
template-join-not-array = Filter `join` was called on an incorrect value: got `{ $value }` but expected a Vec<Value>
template-replace-needs = Filter `replace` expected an arg called `{ $arg }`
template-range-not-number = Function `range` received { $name }={ $value } but `{ $name }` can only be a number
template-range-no-end = Function `range` was called without a `end` argument

# What each built-in template writes (`nengji templates list`).
templates-about-contract = 能级工资专项集体合同: an enterprise's skill-grade wage contract
templates-about-industry-agreement = 行业性能级工资集体协议: an industry's skill-grade wage agreement
templates-about-offer = 集体协商要约书: the written request to negotiate, with the reply deadline
templates-about-notice = 能级工资标准公示: the one-page pay-table notice
templates-about-agreement-base = the clauses a contract and an industry agreement share (blocks to override)
templates-about-macros = macros: pay table, figures table, findings, signature block

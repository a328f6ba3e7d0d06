# The command layer: main's error reporting, help texts, summaries, progress.

error-line = error: { $message }
# Used by the i18n module's own tests: a count with an English plural.
i18n-test-count = { $count ->
    [one] { $count } row
   *[other] { $count } rows
}

# Issue 11: a table that cannot be read, or a row that cannot be read whole
# (src/io/table_error.rs), and what a file is when it is not CSV (src/io/sniff.rs).

## what is wrong
table-not-text = the file is { $kind }
table-no-header = the file has no header row (it holds only blank lines)
table-io = cannot read the file: { $error }
table-not-utf8 = the row is not valid UTF-8
table-unterminated-quote = a quoted value opens here and is never closed (an odd number of ")
table-field-count = the row has { $found ->
    [one] 1 field
   *[other] { $found } fields
} but the header has { $expected }

## the fix
table-no-header-hint = the first line names the columns
table-not-utf8-hint = if Excel saved it, try --encoding gb18030
table-unterminated-quote-hint = close the quote, or write a quote inside a quoted value as ""
table-too-many-fields-hint = a value holding a comma must be quoted ("2,490.00"), or remove the extra fields
table-too-few-fields-hint = the row looks cut short: give every column a value (an empty one is two commas)

## what a file is
table-kind-empty = an empty file
table-kind-xlsx = an Excel workbook (.xlsx), not CSV
table-kind-ods = an OpenDocument spreadsheet (.ods), not CSV
table-kind-docx = a Word document (.docx), not CSV
table-kind-zip = a zip archive, not CSV
table-kind-xls = an Excel 97-2003 workbook (.xls), not CSV
table-kind-pdf = a PDF document, not CSV
table-kind-utf16le = UTF-16 (little-endian) text without a byte-order mark
table-kind-utf16be = UTF-16 (big-endian) text without a byte-order mark
table-kind-binary = a binary file (it holds NUL bytes), not CSV
table-fix-empty = export the table again; the file has no bytes
table-fix-spreadsheet = open it and save it as CSV (File > Save As > CSV UTF-8)
table-fix-utf16 = save it as CSV UTF-8 (Excel's "Unicode text" is UTF-16), or add a byte-order mark
table-fix-other = give the CSV file itself (text, with a header row)

## one line of text (src/io/line_text.rs)
table-control-character = { $field } "{ $value }" holds a control character (a line break or NUL)
table-control-character-hint = write it on one line, without control characters

## a problem and its place (`hint` starts with its own separator, or is empty)
table-placed = { $message } at { $place }{ $hint }
table-more-problems = { $count ->
    [one] ... and 1 more problem
   *[other] ... and { $count } more problems
}

## what could not be loaded (the problems follow, one a line)
table-invalid-roster = invalid roster ({ $count ->
        [one] 1 problem
       *[other] { $count } problems
    }):
    { $errors }
table-invalid-schedule = invalid schedule: { $error }
table-invalid-registry = invalid registry: { $error }

# Issue 14: spreadsheets. Choosing the output format, CSV encodings, .xlsx
# writing and reading.

## The format an output's name chooses
excel-format-contradiction = --format { $flag } contradicts the output file '{ $file }', whose extension says { $named }; drop --format, or name the file *.{ $usual }
excel-format-not-written = cannot write a .{ $extension } file ('{ $file }'): this command writes { $choices }; name the file for one of them
excel-format-binary-to-terminal = { $format } is a binary format and standard output is a terminal; write it to a file with -o FILE.{ $usual }, or pipe it

## CSV encodings
excel-not-utf8 = the output is not UTF-8 text, so it cannot be re-encoded

## Writing .xlsx
excel-xlsx-failed = cannot write the spreadsheet: { $error }
excel-not-exact = the amount { $amount } has more digits than a spreadsheet number holds exactly; write this table as CSV (--format csv), which keeps every digit
excel-temp-dir = cannot write the spreadsheet: its rows wait in temporary files in '{ $dir }', where no file can be made ({ $error }); set TMPDIR to a writable directory with room for them
excel-continuation = the table has { $rows } rows, more than one sheet holds ({ $per_sheet } below its header): it continues on { $sheets } sheets, each with its header

## Reading spreadsheet cells
excel-cell-too-many-digits = the cell holds the number { $shown }, which has more digits than a spreadsheet keeps (15)
excel-cell-too-many-places = the cell holds the number { $shown }, with more than { $places } decimal places
excel-cell-number-hint = a formula left a binary remainder: wrap it in ROUND(..., 2) or type the value; an ID number must be a text cell (format the column as text, or start it with ')
excel-cell-error-value = the cell holds the spreadsheet error { $value }
excel-cell-error-hint = fix the formula, or type the value
excel-cell-bad-date = the cell is formatted as a date but holds { $serial }, which is no date
excel-cell-date-hint = type the date as YYYY-MM-DD

## Reading a workbook
excel-sheet-choice-empty = --sheet needs a sheet's name or number
excel-sheet-choice-zero = sheets are numbered from 1
excel-sheet-not-found = the workbook has no sheet '{ $asked }'; its sheets are: { $sheets }
excel-sheet-not-found-hint = give { $flag } one of those names, or its number counting from 1
excel-sheet-empty = the sheet has no cells
excel-sheet-empty-hint = choose the sheet that holds the table with { $flag } NAME or { $flag } N
excel-too-large-unzipped = the workbook's part { $entry } declares { $size } bytes from { $compressed } compressed, far more than a sheet's XML compresses
excel-too-large-cells = the sheet { $what } declares or lays out { $cells } cells, more than nengji reads from one sheet
excel-too-large-workbook = the workbook has more than { $bytes } bytes
excel-too-large-hint = this is not a table a person made; save the table alone as a new workbook, or as CSV
excel-unreadable = the workbook cannot be read: { $error }
excel-unreadable-hint = open it in Excel, WPS or LibreOffice and save it again, or save the sheet as CSV
excel-row-wider-hint = the row has values to the right of the header's last column: give those columns a header, or clear the cells

//! Size checks made before a workbook is handed to calamine, which allocates
//! from what a file declares: a file of a few kilobytes can claim a sheet of a
//! million rows by sixteen thousand columns, or unzip to gigabytes.
//!
//! - a zip container (.xlsx, .ods): every entry's declared size and ratio;
//! - .xlsx: the sheet's `<dimension>` (checked by the reader before any cell);
//! - .ods: `content.xml` scanned for its repeated rows and columns, counting
//!   the cells calamine would lay out (trailing empty rows, which LibreOffice
//!   writes a million of, are not laid out and not counted);
//! - .xls: the workbook stream's cell records scanned for each sheet's extent,
//!   which calamine lays out whole (two cells at A1 and IV65536 would be 16
//!   million cells, half a gigabyte, from a file of a few kilobytes).

use std::io::{Cursor, Read};

use quick_xml::events::Event;

/// The most cells a sheet may hold or declare: a full sheet of 1,048,575 rows
/// by 28 columns, about the widest roster nengji reads.
pub const MAX_CELLS: u64 = 30_000_000;

/// The most cells an .xls or .ods sheet may lay out: calamine holds those
/// whole, at about 32 bytes a cell (8,000,000 is 256 MB), where an .xlsx is
/// streamed. A full .xls (65,536 rows by 40 columns) is 2.6 million.
pub const MAX_LAID_OUT: u64 = 8_000_000;

/// The most a workbook may unzip to, and the highest ratio of an entry's size
/// to its compressed size (sheet XML compresses 10-50 fold; a zip bomb 1,000
/// fold and more).
const MAX_UNZIPPED: u64 = 2 << 30;
const MAX_RATIO: u64 = 500;

/// What a check found too large.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TooLarge {
    /// An entry of the zip unzips to `size` bytes from `compressed`.
    Unzipped {
        /// The entry's name in the zip.
        entry: String,
        /// The bytes it unzips to.
        size: u64,
        /// The bytes it takes in the zip.
        compressed: u64,
    },
    /// A sheet declares or lays out `cells` cells.
    Cells {
        /// What declares the cells (a sheet's dimension, its rows).
        what: String,
        /// How many cells.
        cells: u64,
    },
    /// The workbook itself has more than `bytes` bytes.
    Workbook {
        /// The limit, in bytes.
        bytes: u64,
    },
    /// The container cannot be read at all.
    Unreadable(String),
}

/// Checks the entries of a zip container.
pub fn check_zip(bytes: &[u8]) -> Result<(), TooLarge> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| TooLarge::Unreadable(e.to_string()))?;
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let entry = zip
            .by_index_raw(i)
            .map_err(|e| TooLarge::Unreadable(e.to_string()))?;
        let (size, compressed) = (entry.size(), entry.compressed_size());
        total = total.saturating_add(size);
        let bomb = size > (1 << 20) && size / compressed.max(1) > MAX_RATIO;
        if bomb || total > MAX_UNZIPPED {
            return Err(TooLarge::Unzipped {
                entry: entry.name().to_string(),
                size,
                compressed,
            });
        }
    }
    Ok(())
}

/// Checks that no table of an .ods `content.xml` lays out more than [`MAX_LAID_OUT`].
pub fn check_ods(bytes: &[u8]) -> Result<(), TooLarge> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| TooLarge::Unreadable(e.to_string()))?;
    let content = zip
        .by_name("content.xml")
        .map_err(|e| TooLarge::Unreadable(e.to_string()))?;
    let mut reader =
        quick_xml::Reader::from_reader(std::io::BufReader::new(content.take(MAX_UNZIPPED)));
    let mut buf = Vec::new();
    let mut table = String::new();
    // Cells laid out so far in the table; rows of only empty cells wait in
    // `pending` until a row with a value follows them.
    let (mut cells, mut pending): (u64, u64) = (0, 0);
    let mut row_repeat: u64 = 1;
    // Within a row: the width so far, and the width up to its last value.
    let (mut width, mut used): (u64, u64) = (0, 0);
    let mut in_cell_repeat: Option<u64> = None;
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| TooLarge::Unreadable(e.to_string()))?;
        let opens = matches!(event, Event::Start(_));
        match event {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                b"table" => {
                    table = attribute(&e, b"table:name").unwrap_or_default();
                    (cells, pending) = (0, 0);
                }
                b"table-row" => {
                    row_repeat = attribute(&e, b"table:number-rows-repeated")
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(1);
                    (width, used) = (0, 0);
                }
                b"table-cell" | b"covered-table-cell" => {
                    let repeat: u64 = attribute(&e, b"table:number-columns-repeated")
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(1);
                    width = width.saturating_add(repeat);
                    if attribute(&e, b"office:value-type").is_some() {
                        used = width;
                    }
                    in_cell_repeat = opens.then_some(repeat);
                }
                // A cell with text but no value type (rare) still holds a value.
                b"p" if in_cell_repeat.is_some() => used = width,
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                b"table-cell" | b"covered-table-cell" => in_cell_repeat = None,
                b"table-row" => {
                    let laid = row_repeat.saturating_mul(used.max(1));
                    if used == 0 {
                        pending = pending.saturating_add(laid);
                    } else {
                        cells = cells.saturating_add(pending).saturating_add(laid);
                        pending = 0;
                    }
                    if cells > MAX_LAID_OUT {
                        return Err(TooLarge::Cells {
                            what: table.clone(),
                            cells,
                        });
                    }
                }
                _ => {}
            },
            Event::Eof => return Ok(()),
            _ => {}
        }
        buf.clear();
    }
}

/// The BIFF records that place a cell (row and column first): FORMULA,
/// LABELSST, NUMBER, RK, BLANK, BOOLERR, LABEL, RSTRING; MULRK and MULBLANK
/// hold a run of columns ending at the last two bytes.
const CELL_RECORDS: [u16; 8] = [
    0x0006, 0x00FD, 0x0203, 0x027E, 0x0201, 0x0205, 0x0204, 0x00D6,
];
const RUN_RECORDS: [u16; 2] = [0x00BD, 0x00BE];
const BOF: u16 = 0x0809;

/// Checks that no sheet of an .xls lays out more than [`MAX_LAID_OUT`]: the
/// extent of each sheet's cells, as calamine would lay it out.
pub fn check_xls(bytes: &[u8]) -> Result<(), TooLarge> {
    let unreadable = |e: std::io::Error| TooLarge::Unreadable(e.to_string());
    let mut book = cfb::CompoundFile::open(Cursor::new(bytes)).map_err(unreadable)?;
    let name = ["/Workbook", "/Book"]
        .into_iter()
        .find(|n| book.is_stream(n))
        .ok_or_else(|| TooLarge::Unreadable("no Workbook stream".into()))?;
    let mut stream = Vec::new();
    book.open_stream(name)
        .and_then(|mut s| s.read_to_end(&mut stream))
        .map_err(unreadable)?;
    // Per sheet (a BOF starts each substream): rows and columns spanned.
    let mut sheet = 0usize;
    let mut extent: Option<(u16, u16, u16, u16)> = None;
    let check = |sheet: usize, extent: Option<(u16, u16, u16, u16)>| {
        let Some((r0, r1, c0, c1)) = extent else {
            return Ok(());
        };
        let cells = (u64::from(r1 - r0) + 1) * (u64::from(c1 - c0) + 1);
        if cells > MAX_LAID_OUT {
            return Err(TooLarge::Cells {
                // Substream 1 is the workbook globals; sheet k is substream k + 1.
                what: format!("#{}", sheet.saturating_sub(1)),
                cells,
            });
        }
        Ok(())
    };
    let mut at = 0;
    while at + 4 <= stream.len() {
        let kind = u16::from_le_bytes([stream[at], stream[at + 1]]);
        let len = usize::from(u16::from_le_bytes([stream[at + 2], stream[at + 3]]));
        let body = stream.get(at + 4..at + 4 + len).unwrap_or(&[]);
        at += 4 + len;
        let u16_at = |i: usize| body.get(i..i + 2).map(|b| u16::from_le_bytes([b[0], b[1]]));
        let place = if CELL_RECORDS.contains(&kind) {
            u16_at(0).zip(u16_at(2)).map(|(r, c)| (r, c, c))
        } else if RUN_RECORDS.contains(&kind) && len >= 6 {
            u16_at(0)
                .zip(u16_at(2))
                .zip(u16_at(len - 2))
                .map(|((r, c), last)| (r, c.min(last), c.max(last)))
        } else {
            if kind == BOF {
                check(sheet, extent)?;
                sheet += 1;
                extent = None;
            }
            None
        };
        if let Some((r, first, last)) = place {
            extent = Some(match extent {
                None => (r, r, first, last),
                Some((r0, r1, c0, c1)) => (r0.min(r), r1.max(r), c0.min(first), c1.max(last)),
            });
        }
    }
    check(sheet, extent)
}

fn attribute(e: &quick_xml::events::BytesStart<'_>, name: &[u8]) -> Option<String> {
    e.try_get_attribute(name)
        .ok()
        .flatten()
        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default();
        for (name, bytes) in entries {
            out.start_file(*name, options).unwrap();
            out.write_all(bytes).unwrap();
        }
        out.finish().unwrap().into_inner()
    }

    fn content(rows: &str) -> Vec<u8> {
        let xml = format!(
            "<office:document-content xmlns:office=\"o\" xmlns:table=\"t\" xmlns:text=\"x\"><office:body><office:spreadsheet><table:table table:name=\"花名册\">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"
        );
        zip_of(&[("content.xml", xml.as_bytes())])
    }

    #[test]
    fn trailing_empty_rows_are_not_counted_but_repeated_values_are() {
        let value = "<table:table-cell office:value-type=\"float\" office:value=\"1\"><text:p>1</text:p></table:table-cell>";
        // LibreOffice's usual tail: a million empty rows of a thousand cells.
        let normal = format!(
            "<table:table-row>{value}{value}</table:table-row><table:table-row table:number-rows-repeated=\"1048575\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"
        );
        assert_eq!(check_ods(&content(&normal)), Ok(()));
        // One value repeated over every column of a million rows.
        let bomb = "<table:table-row table:number-rows-repeated=\"1048576\"><table:table-cell table:number-columns-repeated=\"16384\" office:value-type=\"float\" office:value=\"1\"/></table:table-row>";
        assert!(matches!(
            check_ods(&content(bomb)),
            Err(TooLarge::Cells { cells, .. }) if cells > MAX_CELLS
        ));
    }

    #[test]
    fn a_zip_bomb_is_refused_by_its_declared_sizes() {
        let zeros = vec![0u8; 64 << 20];
        let bomb = zip_of(&[("xl/worksheets/sheet1.xml", &zeros)]);
        assert!(bomb.len() < 1 << 20, "{}", bomb.len());
        assert!(matches!(check_zip(&bomb), Err(TooLarge::Unzipped { .. })));
        assert_eq!(check_zip(&zip_of(&[("a.xml", b"<a/>")])), Ok(()));
    }

    /// The .xls LibreOffice made of the starter roster, with its last text
    /// cell moved to row 65536, column IV: a sparse sheet calamine would lay
    /// out as 16 million cells.
    #[test]
    fn a_sparse_xls_is_refused_by_its_cells_extent() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/excel/starter.xls"
        );
        let bytes = std::fs::read(path).unwrap();
        assert_eq!(check_xls(&bytes), Ok(()));
        let mut book = cfb::CompoundFile::open(Cursor::new(bytes.clone())).unwrap();
        let mut stream = Vec::new();
        book.open_stream("/Workbook")
            .unwrap()
            .read_to_end(&mut stream)
            .unwrap();
        let (mut at, mut last) = (0, None);
        while at + 4 <= stream.len() {
            let kind = u16::from_le_bytes([stream[at], stream[at + 1]]);
            let len = usize::from(u16::from_le_bytes([stream[at + 2], stream[at + 3]]));
            if kind == 0x00FD {
                last = Some(at + 4);
            }
            at += 4 + len;
        }
        let cell = last.expect("a LABELSST record");
        stream[cell..cell + 4].copy_from_slice(&[0xFF, 0xFF, 0xFF, 0x00]);
        let mut out = cfb::CompoundFile::open(Cursor::new(bytes)).unwrap();
        out.open_stream("/Workbook")
            .unwrap()
            .write_all(&stream)
            .unwrap();
        out.flush().unwrap();
        let bomb = out.into_inner().into_inner();
        assert!(matches!(
            check_xls(&bomb),
            Err(TooLarge::Cells { cells, .. }) if cells > MAX_LAID_OUT
        ));
    }
}

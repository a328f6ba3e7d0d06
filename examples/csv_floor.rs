//! The benchmark floor for `nengji batch`: the time the csv crate alone takes to
//! read a roster and write a CSV of the same size (record by record, one reused
//! buffer), with nothing computed.
//!
//!     cargo run --release --example csv_floor -- ROSTER.csv OUT.csv

use std::error::Error;
use std::fs::File;
use std::io::BufWriter;

fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(input), Some(output)) = (args.next(), args.next()) else {
        return Err("usage: csv_floor ROSTER.csv OUT.csv".into());
    };
    let mut reader = csv::Reader::from_path(&input)?;
    let mut writer =
        csv::Writer::from_writer(BufWriter::with_capacity(1 << 20, File::create(&output)?));
    writer.write_byte_record(reader.byte_headers()?)?;
    let mut record = csv::ByteRecord::new();
    let mut rows = 0u64;
    while reader.read_byte_record(&mut record)? {
        writer.write_byte_record(&record)?;
        rows += 1;
    }
    writer.flush()?;
    eprintln!("{rows} rows");
    Ok(())
}

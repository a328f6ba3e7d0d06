//! Bytes and files, nothing about pay: text cells safe for a spreadsheet, and
//! (as this layer grows) table reading and the outputs of a run.

pub mod cell;

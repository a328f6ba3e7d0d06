//! Batch runs over regional rosters: every enterprise of a county, an industry
//! chain or a province in one streaming, parallel pass whose output does not
//! depend on the number of threads.

mod document_set;
mod enterprise;
mod enterprise_documents;
mod registry;
mod run;
mod stats;
mod workbook;

pub use document_set::{file_stem, DocumentSet};
pub use registry::{RegisteredEnterprise, Registry};
pub use run::{
    Batch, BatchError, BatchInput, BatchOutputs, BatchReport, Documents, PAY_HEADER_FIXED,
};
pub use stats::PayStats;
pub use workbook::table_xlsx;

//! Integration tests: one binary, one module per area.

mod actors;
mod analyze;
mod count;
mod props;
mod quotes;
mod readers;
mod suite;

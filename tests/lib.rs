//! Integration tests: one binary, one module per area.

mod actors;
mod count;
mod props;
mod readers;
mod suite;

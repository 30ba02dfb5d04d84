//! # presslens
//!
//! Fast, multilingual analysis of news corpora: term statistics (counts,
//! document frequencies, tf-idf, n-grams, keyness, keyword in context, the
//! document-term matrix), actors and their co-occurrence network, and
//! quotations attributed to speakers — grouped by date period, source,
//! language or any metadata field, in parallel, deterministic whatever the
//! thread count, streaming over corpora larger than memory.
//!
//! # Overview
//!
//! - [`corpus`]: [`Corpus`](corpus::Corpus) and [`Document`](corpus::Document);
//!   readers for JSON Lines (plain, gzip, zstd), CSV/TSV, Parquet (`polars`
//!   feature) and plain text files; the skip [`Report`](corpus::Report).
//! - [`tokenize`]: the [`Analyzer`](tokenize::Analyzer) (words in every
//!   script, with dictionary segmentation for Chinese, Japanese and Thai),
//!   paragraphs, sentences and language identification.
//! - [`count`]: [`terms`](count::terms), [`keyness`](count::keyness),
//!   [`kwic`](count::kwic), [`dtm`](count::dtm).
//! - [`actors`]: people, organisations and places
//!   ([`ActorDetector`](actors::ActorDetector)) and their co-occurrence
//!   ([`actors::cooc::analyze`]).
//! - [`quotes`]: quotations and their speakers
//!   ([`QuoteExtractor`](quotes::QuoteExtractor), [`quotes::analyze`]).
//! - [`run`]: threads, progress counters and cancellation.
//!
//! # Example
//!
//! ```
//! use presslens::corpus::{Corpus, Date, Document};
//! use presslens::count::{terms, TermsConfig};
//! use presslens::run::RunOptions;
//! use presslens::tokenize::{Analyzer, StopWords};
//!
//! let corpus = Corpus::from_documents(vec![
//!     Document::new("1", "Kim Jong-un ha incontrato Vladimir Putin.").with_lang("it").with_date(Date::parse("2023-09-13")?),
//!     Document::new("2", "Putin ha detto che la visita è stata utile.").with_lang("it").with_date(Date::parse("2023-10-02")?),
//! ]);
//! let analyzer = Analyzer::builder().stop_words(StopWords::Auto).build()?;
//! let table = terms(&corpus, &analyzer, &TermsConfig::default().by(["month"]), &RunOptions::default())?;
//! assert_eq!(table.by, ["month"]);
//! assert!(table.rows.iter().any(|r| r.term == "putin" && r.group[0].as_deref() == Some("2023-10")));
//! # Ok::<(), presslens::Error>(())
//! ```
//!
//! # Crate features
//!
//! - default: pure Rust, no Python, no polars.
//! - `polars`: result tables as polars `DataFrame`s ([`frame`]), Parquet input and output.
//! - `cli`: the `presslens` command-line tool.
//! - `python`: the `presslens._core` extension module (built by maturin).
//!
//! # Offsets
//!
//! Every span reports byte offsets (`byte_start`, `byte_end`) and character
//! offsets (`char_start`, `char_end`, counting Unicode scalar values, like
//! Python's `str`) into the original document text. Normalization never moves
//! them.

#![warn(missing_docs)]

pub mod actors;
pub mod analyze;
pub mod corpus;
pub mod count;
mod error;
pub mod group;
pub mod lang;
pub mod quotes;
pub mod run;
pub mod tokenize;

#[cfg(feature = "polars")]
pub mod frame;

#[cfg(feature = "cli")]
pub mod cli;

#[cfg(feature = "python")]
mod python;

pub use error::{Error, ErrorKind, Result};

/// The crate version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

#[cfg(test)]
mod send_sync {
    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn public_types_are_send_sync() {
        assert_send_sync::<crate::tokenize::Analyzer>();
        assert_send_sync::<crate::corpus::Corpus>();
        assert_send_sync::<crate::count::TermCounts>();
        assert_send_sync::<crate::count::TermTable>();
        assert_send_sync::<crate::Error>();
    }
}

/// The README's Rust examples, compiled and run as doctests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

//! Documents, corpora and the readers that stream them.
//!
//! A [`Corpus`] is a description of where documents come from (files, globs,
//! in-memory documents) plus [`ReadOptions`]. Nothing is read until an
//! analysis runs; then the documents stream through in batches, so memory is
//! bounded by the batch size and the aggregates, not by the corpus.

mod date;
pub(crate) mod read;

pub use date::{Date, Period};
pub(crate) use read::Batch;
pub use read::{Format, OnError, ReadOptions, Report, Skip};

use std::path::PathBuf;
use std::sync::Arc;

use crate::error::{Error, ErrorKind, Result};

/// One news article (or any text) with its metadata.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    /// Identifier; readers default it to `<file>:<line>` when the record has none.
    pub id: String,
    /// The text. Offsets reported by presslens index into this string.
    pub text: String,
    /// ISO 639-1 language code, if the record gives one (else detected).
    pub lang: Option<String>,
    /// Publication date, if known.
    pub date: Option<Date>,
    /// Outlet or publisher.
    pub source: Option<String>,
    /// Other scalar fields of the record, as strings, in record order.
    pub meta: Vec<(String, String)>,
}

impl Document {
    /// A document with an id and a text, no metadata.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document {
            id: id.into(),
            text: text.into(),
            ..Document::default()
        }
    }

    /// Sets the language.
    pub fn with_lang(mut self, lang: impl Into<String>) -> Document {
        self.lang = Some(lang.into());
        self
    }

    /// Sets the date.
    pub fn with_date(mut self, date: Date) -> Document {
        self.date = Some(date);
        self
    }

    /// Sets the source.
    pub fn with_source(mut self, source: impl Into<String>) -> Document {
        self.source = Some(source.into());
        self
    }

    /// Adds a metadata field.
    pub fn with_meta(mut self, key: impl Into<String>, value: impl Into<String>) -> Document {
        self.meta.push((key.into(), value.into()));
        self
    }

    /// The value of a metadata field by name. `id`, `source` and `date` are
    /// answered from the typed fields; anything else from `meta`.
    pub fn field(&self, name: &str) -> Option<String> {
        match name {
            "id" => Some(self.id.clone()),
            "source" => self.source.clone(),
            "date" => self.date.map(|d| d.to_string()),
            _ => self
                .meta
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone()),
        }
    }
}

/// Where a corpus's documents come from.
#[derive(Debug, Clone)]
pub enum Source {
    /// A file, read according to its [`Format`].
    File(PathBuf, Format),
    /// Documents already in memory, and the records that could not be
    /// turned into documents (reported as skips when the corpus is read).
    Documents(Arc<Vec<Document>>, Arc<Vec<Error>>),
}

/// A corpus: sources plus the options to read them. Cheap to clone.
///
/// ```no_run
/// use presslens::corpus::{Corpus, ReadOptions, OnError};
/// let corpus = Corpus::from_paths(["news/*.jsonl.gz"])?
///     .with_options(ReadOptions { on_error: OnError::Skip, ..ReadOptions::default() });
/// # Ok::<(), presslens::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub(crate) sources: Vec<Source>,
    pub(crate) options: ReadOptions,
}

impl Corpus {
    /// A corpus over files given as paths, directories or glob patterns; the
    /// format of each file comes from its extension (`.jsonl`, `.ndjson`,
    /// `.json` with `.gz`/`.zst`; `.csv`, `.tsv`; `.parquet`; `.txt`).
    /// Directories contribute their `.txt` files, recursively. Each pattern
    /// must match at least one file.
    pub fn from_paths<P: AsRef<str>>(paths: impl IntoIterator<Item = P>) -> Result<Corpus> {
        Corpus::from_paths_as(paths, None)
    }

    /// Like [`Corpus::from_paths`], with every file read as `format`.
    pub fn from_paths_as<P: AsRef<str>>(
        paths: impl IntoIterator<Item = P>,
        format: Option<Format>,
    ) -> Result<Corpus> {
        let mut sources = Vec::new();
        for pattern in paths {
            for path in read::expand(pattern.as_ref(), format)? {
                let fmt = match format {
                    Some(f) => f,
                    None => Format::from_path(&path).ok_or_else(|| {
                        Error::invalid_config(format!(
                            "cannot tell the format of {} from its extension; use read_jsonl, read_csv, read_parquet or read_text",
                            path.display()
                        ))
                    })?,
                };
                sources.push(Source::File(path, fmt));
            }
        }
        if sources.is_empty() {
            return Err(Error::new(ErrorKind::Io, "no input files given"));
        }
        Ok(Corpus {
            sources,
            options: ReadOptions::default(),
        })
    }

    /// A corpus over documents in memory.
    pub fn from_documents(docs: Vec<Document>) -> Corpus {
        Corpus::from_documents_with_errors(docs, Vec::new())
    }

    /// A corpus over documents in memory plus records that failed to convert
    /// (each counted as a skip, or raised, when the corpus is read).
    pub fn from_documents_with_errors(docs: Vec<Document>, errors: Vec<Error>) -> Corpus {
        Corpus {
            sources: vec![Source::Documents(Arc::new(docs), Arc::new(errors))],
            options: ReadOptions::default(),
        }
    }

    /// Appends the sources of another corpus (its options are ignored).
    pub fn extend(mut self, other: Corpus) -> Corpus {
        self.sources.extend(other.sources);
        self
    }

    /// Sets the read options.
    pub fn with_options(mut self, options: ReadOptions) -> Corpus {
        self.options = options;
        self
    }

    /// The read options.
    pub fn options(&self) -> &ReadOptions {
        &self.options
    }

    /// The sources, in reading order.
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    /// The input files, in reading order.
    pub fn files(&self) -> Vec<PathBuf> {
        self.sources
            .iter()
            .filter_map(|s| match s {
                Source::File(p, _) => Some(p.clone()),
                Source::Documents(..) => None,
            })
            .collect()
    }

    /// Total size in bytes of the input files (for progress bars).
    pub fn total_bytes(&self) -> u64 {
        self.files()
            .iter()
            .filter_map(|p| std::fs::metadata(p).ok())
            .map(|m| m.len())
            .sum()
    }
}

#[cfg(feature = "polars")]
pub(crate) mod frame_input;
#[cfg(feature = "polars")]
pub use frame_input::documents_from_frame;

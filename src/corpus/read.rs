//! Readers: JSON Lines (plain, gzip, zstd), CSV/TSV, Parquet, plain text
//! files, and in-memory documents, streamed in batches.
//!
//! Reading is split in two steps so that the expensive part runs in
//! parallel: a single reader thread cuts the input into raw records (a JSON
//! line's bytes, a text file's bytes, a CSV row) and groups them in batches;
//! the worker threads then parse and analyse each record. Every record gets a
//! sequence number in input order, which keeps results deterministic.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use serde::de::{DeserializeSeed, MapAccess, Visitor};

use super::{Corpus, Date, Document, Source};
use crate::error::{Error, ErrorKind, Result};

/// File formats presslens reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// One JSON object per line (`.jsonl`, `.ndjson`, `.json`), optionally
    /// compressed (`.gz`, `.zst`).
    Jsonl,
    /// Comma-separated values with a header row (`.csv`, optionally compressed).
    Csv,
    /// Tab-separated values with a header row (`.tsv`).
    Tsv,
    /// Apache Parquet (needs the `polars` feature).
    Parquet,
    /// One document per file (`.txt`); an optional first line or prefix
    /// `date YYYY-MM[-DD]` gives the date.
    Text,
}

impl Format {
    /// The format implied by a file name, looking through `.gz` / `.zst`.
    pub fn from_path(path: &Path) -> Option<Format> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        let name = name
            .strip_suffix(".gz")
            .or_else(|| name.strip_suffix(".zst"))
            .unwrap_or(&name);
        let ext = name.rsplit_once('.')?.1;
        Some(match ext {
            "jsonl" | "ndjson" | "json" => Format::Jsonl,
            "csv" => Format::Csv,
            "tsv" | "tab" => Format::Tsv,
            "parquet" | "pq" => Format::Parquet,
            "txt" | "text" => Format::Text,
            _ => return None,
        })
    }

    /// Parses `"jsonl"`, `"csv"`, `"tsv"`, `"parquet"` or `"text"`.
    pub fn from_name(name: &str) -> Option<Format> {
        Some(match name {
            "jsonl" | "ndjson" | "json" => Format::Jsonl,
            "csv" => Format::Csv,
            "tsv" => Format::Tsv,
            "parquet" => Format::Parquet,
            "text" | "txt" => Format::Text,
            _ => return None,
        })
    }
}

/// What to do with a bad record (malformed JSON, missing text, invalid UTF-8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OnError {
    /// Stop with an error naming the file and line (the default).
    #[default]
    Raise,
    /// Skip the record, count it and list it in the [`Report`].
    Skip,
}

/// How records are read and mapped to [`Document`] fields.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadOptions {
    /// Field holding the text (default `"text"`).
    pub text_field: String,
    /// Field holding the document id (default `"id"`; absent → `<file>:<line>`).
    pub id_field: String,
    /// Field holding the language code (default `"lang"`; absent → detected).
    pub lang_field: String,
    /// Field holding the date (default `"date"`).
    pub date_field: String,
    /// Field holding the outlet / source (default `"source"`).
    pub source_field: String,
    /// What to do with bad records.
    pub on_error: OnError,
    /// Maximum documents per batch (default 2048).
    pub batch_size: usize,
    /// Maximum raw bytes per batch (default 8 MiB); whichever limit comes first.
    pub batch_bytes: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            text_field: "text".into(),
            id_field: "id".into(),
            lang_field: "lang".into(),
            date_field: "date".into(),
            source_field: "source".into(),
            on_error: OnError::Raise,
            batch_size: 2048,
            batch_bytes: 8 << 20,
        }
    }
}

/// One skipped record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skip {
    /// The file, when the record came from one.
    pub file: Option<String>,
    /// 1-based line (JSONL, CSV record line, text: 1) or row (Parquet), if known.
    pub line: Option<u64>,
    /// Why it was skipped.
    pub reason: ErrorKind,
    /// The full message.
    pub message: String,
}

/// Accounting of a run: every record read is either analysed or skipped.
///
/// `read == analysed + skipped` always holds. The first 1000 skips are kept
/// in `skips` (sorted by input order); `skipped` counts them all.
#[derive(Debug, Clone, Eq, Default)]
pub struct Report {
    /// Input files, in reading order.
    pub files: Vec<String>,
    /// Records read.
    pub read: u64,
    /// Records analysed.
    pub analysed: u64,
    /// Records skipped (`on_error="skip"`).
    pub skipped: u64,
    /// Analysed documents whose text was empty or only whitespace.
    pub empty: u64,
    /// Analysed documents whose date could not be parsed (date set to null).
    pub bad_dates: u64,
    /// Analysed documents whose language was detected (not given).
    pub detected_lang: u64,
    /// Details of the first skips, in input order.
    pub skips: Vec<Skip>,
    pub(crate) skip_seqs: Vec<u64>,
    /// Skips per reason (all of them, not only the first 1000).
    pub(crate) reasons: std::collections::BTreeMap<&'static str, u64>,
}

const MAX_SKIP_DETAILS: usize = 1000;

/// Equal accounting: the positions behind the skip details (which depend on
/// how a corpus was split into parts) do not count.
impl PartialEq for Report {
    fn eq(&self, o: &Report) -> bool {
        self.files == o.files
            && self.read == o.read
            && self.analysed == o.analysed
            && self.skipped == o.skipped
            && self.empty == o.empty
            && self.bad_dates == o.bad_dates
            && self.detected_lang == o.detected_lang
            && self.skips == o.skips
            && self.reasons == o.reasons
    }
}

impl Report {
    pub(crate) fn skip(&mut self, seq: u64, err: &Error) {
        self.read += 1;
        self.skipped += 1;
        *self.reasons.entry(err.kind().as_str()).or_default() += 1;
        self.skips.push(Skip {
            file: err.path().map(|p| p.display().to_string()),
            line: err.line(),
            reason: err.kind(),
            message: err.to_string(),
        });
        self.skip_seqs.push(seq);
        self.trim();
    }

    fn trim(&mut self) {
        if self.skips.len() > 2 * MAX_SKIP_DETAILS {
            self.sort_skips();
        }
    }

    fn sort_skips(&mut self) {
        let mut pairs: Vec<_> = self.skip_seqs.drain(..).zip(self.skips.drain(..)).collect();
        pairs.sort_by_key(|(s, _)| *s);
        pairs.truncate(MAX_SKIP_DETAILS);
        (self.skip_seqs, self.skips) = pairs.into_iter().unzip();
    }

    /// Merges another partial report into this one.
    pub(crate) fn merge(&mut self, other: Report) {
        self.read += other.read;
        self.analysed += other.analysed;
        self.skipped += other.skipped;
        self.empty += other.empty;
        self.bad_dates += other.bad_dates;
        self.detected_lang += other.detected_lang;
        self.skips.extend(other.skips);
        self.skip_seqs.extend(other.skip_seqs);
        for (k, n) in other.reasons {
            *self.reasons.entry(k).or_default() += n;
        }
        self.trim();
    }

    pub(crate) fn finish(&mut self) {
        self.sort_skips();
    }

    /// Skip counts per reason, sorted by reason name.
    pub fn skip_counts(&self) -> Vec<(&'static str, u64)> {
        self.reasons.iter().map(|(k, n)| (*k, *n)).collect()
    }
}

/// A record cut from the input, not yet parsed.
#[derive(Debug)]
pub(crate) enum RawRecord {
    Json {
        file: Arc<Path>,
        line: u64,
        bytes: Vec<u8>,
    },
    Text {
        file: Arc<Path>,
        bytes: Vec<u8>,
    },
    Doc(Document),
    Shared {
        docs: Arc<Vec<Document>>,
        index: usize,
    },
    Bad(Error),
}

/// A batch of raw records, each with its sequence number.
#[derive(Debug, Default)]
pub(crate) struct Batch {
    pub records: Vec<(u64, RawRecord)>,
}

/// Expands a path, directory or glob pattern into files, sorted.
pub(crate) fn expand(pattern: &str, format: Option<Format>) -> Result<Vec<PathBuf>> {
    let path = Path::new(pattern);
    if path.is_file() {
        return Ok(vec![path.to_path_buf()]);
    }
    if path.is_dir() {
        let mut out = Vec::new();
        walk(path, format, &mut out).map_err(|e| Error::io(path, &e))?;
        out.sort();
        if out.is_empty() {
            return Err(Error::new(ErrorKind::Io, "directory holds no readable files (looked for .txt, or the chosen format's extensions)").at(path, None));
        }
        return Ok(out);
    }
    let has_glob = pattern.contains(['*', '?', '[']);
    if !has_glob {
        return Err(Error::new(ErrorKind::Io, "no such file or directory").at(path, None));
    }
    let entries = glob::glob(pattern)
        .map_err(|e| Error::invalid_config(format!("bad glob pattern {pattern:?}: {e}")))?;
    let mut out = Vec::new();
    for entry in entries {
        let p = entry.map_err(|e| Error::io(e.path(), e.error()))?;
        if p.is_file() {
            out.push(p);
        }
    }
    out.sort();
    if out.is_empty() {
        return Err(Error::new(
            ErrorKind::Io,
            format!("glob pattern {pattern:?} matches no file"),
        ));
    }
    Ok(out)
}

fn walk(dir: &Path, format: Option<Format>, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let p = entry?.path();
        if p.is_dir() {
            walk(&p, format, out)?;
        } else if Format::from_path(&p) == Some(format.unwrap_or(Format::Text)) {
            out.push(p);
        }
    }
    Ok(())
}

/// A reader that counts the (compressed) bytes it consumes, for progress bars.
struct Counting<R> {
    inner: R,
    counter: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.counter.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

fn open_decoded(path: &Path, counter: &Arc<AtomicU64>) -> Result<Box<dyn Read + Send>> {
    let file = File::open(path).map_err(|e| Error::io(path, &e))?;
    let counted = Counting {
        inner: BufReader::with_capacity(1 << 16, file),
        counter: counter.clone(),
    };
    let name = path.to_string_lossy().to_ascii_lowercase();
    Ok(if name.ends_with(".gz") {
        Box::new(flate2::read::MultiGzDecoder::new(counted))
    } else if name.ends_with(".zst") {
        Box::new(zstd::Decoder::new(counted).map_err(|e| Error::io(path, &e))?)
    } else {
        Box::new(counted)
    })
}

/// Streams a corpus as batches on a reader thread. `send` receives each batch
/// in order and returns `false` to stop reading early.
pub(crate) fn stream(
    corpus: &Corpus,
    bytes_read: Arc<AtomicU64>,
    mut send: impl FnMut(Batch) -> bool,
) -> Result<()> {
    let opts = &corpus.options;
    let mut seq = 0u64;
    let mut batch = Batch::default();
    let mut batch_bytes = 0usize;
    macro_rules! push {
        ($rec:expr, $len:expr) => {{
            batch.records.push((seq, $rec));
            seq += 1;
            batch_bytes += $len;
            if batch.records.len() >= opts.batch_size || batch_bytes >= opts.batch_bytes {
                if !send(std::mem::take(&mut batch)) {
                    return Ok(());
                }
                batch_bytes = 0;
            }
        }};
    }
    for source in &corpus.sources {
        match source {
            Source::Documents(docs, errors) => {
                for index in 0..docs.len() {
                    let len = docs[index].text.len();
                    push!(
                        RawRecord::Shared {
                            docs: docs.clone(),
                            index
                        },
                        len
                    );
                }
                for e in errors.iter() {
                    push!(RawRecord::Bad(e.clone()), 0);
                }
            }
            Source::File(path, format) => {
                let file: Arc<Path> = Arc::from(path.as_path());
                match format {
                    Format::Jsonl => {
                        let reader = match open_decoded(path, &bytes_read) {
                            Ok(r) => r,
                            Err(e) => {
                                push!(RawRecord::Bad(e), 0);
                                continue;
                            }
                        };
                        let mut reader = BufReader::with_capacity(1 << 16, reader);
                        let mut line = 0u64;
                        loop {
                            let mut buf = Vec::new();
                            line += 1;
                            match reader.read_until(b'\n', &mut buf) {
                                Ok(0) => break,
                                Ok(n) => {
                                    if buf.iter().all(u8::is_ascii_whitespace) {
                                        continue; // blank lines are not records
                                    }
                                    push!(
                                        RawRecord::Json {
                                            file: file.clone(),
                                            line,
                                            bytes: buf
                                        },
                                        n
                                    );
                                }
                                Err(e) => {
                                    let err = Error::new(ErrorKind::Parse, format!("cannot read on (truncated or corrupt compressed stream?): {e}"))
                                        .at(path, Some(line));
                                    push!(RawRecord::Bad(err), 0);
                                    break;
                                }
                            }
                        }
                    }
                    Format::Csv | Format::Tsv => {
                        let reader = match open_decoded(path, &bytes_read) {
                            Ok(r) => r,
                            Err(e) => {
                                push!(RawRecord::Bad(e), 0);
                                continue;
                            }
                        };
                        let delim = if *format == Format::Tsv { b'\t' } else { b',' };
                        let mut rdr = csv::ReaderBuilder::new()
                            .delimiter(delim)
                            .flexible(true)
                            .from_reader(reader);
                        let headers = match rdr.byte_headers() {
                            Ok(h) => h.clone(),
                            Err(e) => {
                                push!(RawRecord::Bad(csv_error(path, e)), 0);
                                continue;
                            }
                        };
                        let names: Vec<String> = headers
                            .iter()
                            .map(|h| String::from_utf8_lossy(h).trim().to_string())
                            .collect();
                        if !names.iter().any(|n| n == &opts.text_field) {
                            let err = Error::new(ErrorKind::MissingField, format!(
                                "no column {:?} in the header ({}); set text_field to the text column",
                                opts.text_field, names.join(", ")
                            )).at(path, Some(1));
                            push!(RawRecord::Bad(err), 0);
                            continue;
                        }
                        let mut record = csv::ByteRecord::new();
                        loop {
                            match rdr.read_byte_record(&mut record) {
                                Ok(false) => break,
                                Ok(true) => {
                                    let line = record.position().map_or(0, |p| p.line());
                                    let len = record.as_slice().len();
                                    let rec = match csv_document(&names, &record, opts, path, line)
                                    {
                                        Ok(doc) => RawRecord::Doc(doc),
                                        Err(e) => RawRecord::Bad(e),
                                    };
                                    push!(rec, len);
                                }
                                Err(e) => {
                                    let fatal = matches!(e.kind(), csv::ErrorKind::Io(_));
                                    push!(RawRecord::Bad(csv_error(path, e)), 0);
                                    if fatal {
                                        break;
                                    }
                                }
                            }
                        }
                    }
                    Format::Text => {
                        let mut bytes = Vec::new();
                        let rec = match open_decoded(path, &bytes_read).and_then(|mut r| {
                            r.read_to_end(&mut bytes).map_err(|e| Error::io(path, &e))
                        }) {
                            Ok(_) => RawRecord::Text {
                                file: file.clone(),
                                bytes,
                            },
                            Err(e) => RawRecord::Bad(e),
                        };
                        let len = match &rec {
                            RawRecord::Text { bytes, .. } => bytes.len(),
                            _ => 0,
                        };
                        push!(rec, len);
                    }
                    Format::Parquet => {
                        #[cfg(feature = "polars")]
                        {
                            let mut offset = 0usize;
                            loop {
                                match super::frame_input::read_parquet_slice(
                                    path,
                                    offset,
                                    opts.batch_size,
                                    opts,
                                ) {
                                    Ok(docs) => {
                                        if docs.is_empty() {
                                            break;
                                        }
                                        let n = docs.len();
                                        for doc in docs {
                                            let len = match &doc {
                                                Ok(d) => d.text.len(),
                                                Err(_) => 0,
                                            };
                                            push!(
                                                doc.map_or_else(RawRecord::Bad, RawRecord::Doc),
                                                len
                                            );
                                        }
                                        offset += n;
                                    }
                                    Err(e) => {
                                        push!(
                                            RawRecord::Bad(e.at(path, Some(offset as u64 + 1))),
                                            0
                                        );
                                        break;
                                    }
                                }
                            }
                            if let Ok(m) = std::fs::metadata(path) {
                                bytes_read.fetch_add(m.len(), Ordering::Relaxed);
                            }
                        }
                        #[cfg(not(feature = "polars"))]
                        {
                            let err = Error::invalid_config(
                                "reading Parquet needs presslens built with the `polars` feature",
                            )
                            .at(path, None);
                            push!(RawRecord::Bad(err), 0);
                        }
                    }
                }
            }
        }
    }
    if !batch.records.is_empty() {
        send(batch);
    }
    Ok(())
}

fn csv_error(path: &Path, e: csv::Error) -> Error {
    let line = e.position().map(|p| p.line());
    let kind = match e.kind() {
        csv::ErrorKind::Utf8 { .. } => ErrorKind::Encoding,
        csv::ErrorKind::Io(_) => ErrorKind::Parse,
        _ => ErrorKind::Parse,
    };
    Error::new(kind, format!("bad CSV record: {e}")).at(path, line)
}

fn csv_document(
    names: &[String],
    rec: &csv::ByteRecord,
    opts: &ReadOptions,
    path: &Path,
    line: u64,
) -> Result<Document> {
    let mut doc = Document::default();
    let mut has_text = false;
    let mut date = None;
    for (name, field) in names.iter().zip(rec.iter()) {
        let value = std::str::from_utf8(field).map_err(|e| {
            Error::new(
                ErrorKind::Encoding,
                format!("column {name:?} is not valid UTF-8 ({e})"),
            )
            .at(path, Some(line))
        })?;
        if name == &opts.text_field {
            doc.text = value.to_string();
            has_text = true;
        } else if name == &opts.id_field {
            doc.id = value.to_string();
        } else if name == &opts.lang_field {
            doc.lang = (!value.trim().is_empty()).then(|| value.to_string());
        } else if name == &opts.date_field {
            date = (!value.trim().is_empty()).then(|| value.to_string());
        } else if name == &opts.source_field {
            doc.source = (!value.is_empty()).then(|| value.to_string());
        } else {
            doc.meta.push((name.clone(), value.to_string()));
        }
    }
    if !has_text {
        return Err(Error::new(
            ErrorKind::MissingField,
            format!("record has no {:?} column", opts.text_field),
        )
        .at(path, Some(line)));
    }
    if doc.id.is_empty() {
        doc.id = format!("{}:{line}", path.display());
    }
    if let Some(d) = date {
        doc.meta.push((DATE_RAW.into(), d));
    }
    Ok(doc)
}

/// Marker meta key carrying an unparsed date string until the parse step.
pub(crate) const DATE_RAW: &str = "\u{0}date";

/// Parsed view of a record: either owned or borrowed from shared documents.
pub(crate) enum DocHolder {
    Owned(Document),
    Shared(Arc<Vec<Document>>, usize),
}

impl DocHolder {
    pub fn doc(&self) -> &Document {
        match self {
            DocHolder::Owned(d) => d,
            DocHolder::Shared(v, i) => &v[*i],
        }
    }
}

/// Parses a raw record. Sets `bad_date` when the date field was present but
/// unparseable (the date is then null and the document still analysed).
pub(crate) fn parse(raw: RawRecord, opts: &ReadOptions, bad_date: &mut bool) -> Result<DocHolder> {
    let mut doc = match raw {
        RawRecord::Bad(e) => return Err(e),
        RawRecord::Shared { docs, index } => return Ok(DocHolder::Shared(docs, index)),
        RawRecord::Doc(d) => d,
        RawRecord::Json { file, line, bytes } => parse_json(&bytes, opts)
            .map_err(|e| e.at(&file, Some(line)))
            .map(|mut d| {
                if d.id.is_empty() {
                    d.id = format!("{}:{line}", file.display());
                }
                d
            })?,
        RawRecord::Text { file, bytes } => parse_text(bytes, &file)?,
    };
    if let Some(pos) = doc.meta.iter().position(|(k, _)| k == DATE_RAW) {
        let (_, raw_date) = doc.meta.remove(pos);
        match Date::parse(&raw_date) {
            Ok(d) => doc.date = Some(d),
            Err(_) => *bad_date = true,
        }
    }
    Ok(DocHolder::Owned(doc))
}

fn parse_text(bytes: Vec<u8>, file: &Path) -> Result<Document> {
    let text = String::from_utf8(bytes).map_err(|e| {
        Error::new(
            ErrorKind::Encoding,
            format!(
                "file is not valid UTF-8 (first bad byte at offset {})",
                e.utf8_error().valid_up_to()
            ),
        )
        .at(file, Some(1))
    })?;
    let mut doc = Document {
        id: file.display().to_string(),
        ..Document::default()
    };
    // An optional `date YYYY-MM[-DD]` first line or prefix.
    let body = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let trimmed = body.trim_start();
    if let Some(rest) = trimmed
        .strip_prefix("date ")
        .or_else(|| trimmed.strip_prefix("date:"))
    {
        let rest_t = rest.trim_start_matches([' ', '\t']);
        let token_end = rest_t.find(char::is_whitespace).unwrap_or(rest_t.len());
        if let Ok(d) = Date::parse(&rest_t[..token_end]) {
            doc.date = Some(d);
            // Offsets must index the text we report: keep only the body after the date.
            let after = &rest_t[token_end..];
            let after = after.trim_start_matches([' ', '\t']);
            let after = after
                .strip_prefix("\r\n")
                .or_else(|| after.strip_prefix('\n'))
                .unwrap_or(after);
            doc.text = after.to_string();
            return Ok(doc);
        }
    }
    doc.text = text;
    Ok(doc)
}

struct RecordSeed<'a> {
    opts: &'a ReadOptions,
}

impl<'de> DeserializeSeed<'de> for RecordSeed<'_> {
    type Value = (Document, bool);
    fn deserialize<D: serde::Deserializer<'de>>(
        self,
        d: D,
    ) -> std::result::Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for RecordSeed<'_> {
    type Value = (Document, bool);

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(
        self,
        mut map: A,
    ) -> std::result::Result<Self::Value, A::Error> {
        let o = self.opts;
        let mut doc = Document::default();
        let mut has_text = false;
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            let key: &str = &key;
            if key == o.text_field {
                if let Some(t) = map.next_value::<Option<String>>()? {
                    doc.text = t;
                    has_text = true;
                }
            } else {
                let v: serde_json::Value = map.next_value()?;
                let s = match v {
                    serde_json::Value::String(s) => Some(s),
                    serde_json::Value::Number(n) => Some(n.to_string()),
                    serde_json::Value::Bool(b) => Some(b.to_string()),
                    _ => None, // null, arrays and objects are not metadata
                };
                let Some(s) = s else { continue };
                if key == o.id_field {
                    doc.id = s;
                } else if key == o.lang_field {
                    doc.lang = (!s.trim().is_empty()).then_some(s);
                } else if key == o.date_field {
                    if !s.trim().is_empty() {
                        doc.meta.push((DATE_RAW.into(), s));
                    }
                } else if key == o.source_field {
                    doc.source = Some(s);
                } else {
                    doc.meta.push((key.to_string(), s));
                }
            }
        }
        Ok((doc, has_text))
    }
}

fn parse_json(bytes: &[u8], opts: &ReadOptions) -> Result<Document> {
    if let Err(e) = std::str::from_utf8(bytes) {
        return Err(Error::new(
            ErrorKind::Encoding,
            format!(
                "line is not valid UTF-8 (first bad byte at column {})",
                e.valid_up_to() + 1
            ),
        ));
    }
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let (doc, has_text) = RecordSeed { opts }
        .deserialize(&mut de)
        .and_then(|v| de.end().map(|()| v))
        .map_err(|e| Error::new(ErrorKind::Parse, format!("invalid JSON: {e}")))?;
    if !has_text {
        return Err(Error::new(
            ErrorKind::MissingField,
            format!(
                "record has no string field {:?}; set text_field to the field holding the text",
                opts.text_field
            ),
        ));
    }
    Ok(doc)
}

//! Result tables as polars `DataFrame`s (feature `polars`).
//!
//! Column names and dtypes are defined here once and used by the Python
//! bindings and the CLI alike.
//!
//! | table | columns |
//! |---|---|
//! | terms | `<by>...` (String), `term` (String), `count` (UInt64), `doc_count` (UInt64), `freq` (Float64), `tfidf` (Float64) |
//! | keyness | `term` (String), `count_target`, `count_reference` (UInt64), `g2`, `chi2`, `effect`, `p_value` (Float64) |
//! | kwic | `doc_id`, `left`, `keyword`, `right` (String), `char_start`, `char_end` (UInt64) |
//! | skips | `file` (String), `line` (UInt64), `reason` (String), `message` (String) |
//! | tokens | `term` (String), `kind` (String), `char_start`, `char_end`, `byte_start`, `byte_end` (UInt64) |

use std::path::Path;

use polars::prelude::*;

use crate::corpus::Report;
use crate::count::{KeynessTable, KwicRow, TermTable};
use crate::error::{Error, ErrorKind, Result};
use crate::tokenize::Token;

mod partial;
pub use partial::{partial_frames, partial_from_frames};

fn col<T, P>(name: &str, values: T) -> Column
where
    Series: NamedFrom<T, P>,
    P: ?Sized,
{
    Column::new(name.into(), values)
}

/// One String column per `by` column, from the group key of each row.
fn group_cols<R>(
    by: &[String],
    rows: &[R],
    group: impl Fn(&R) -> &crate::group::GroupKey,
) -> Vec<Column> {
    by.iter()
        .enumerate()
        .map(|(i, name)| {
            let values: Vec<Option<&str>> = rows.iter().map(|r| group(r)[i].as_deref()).collect();
            col(name, values)
        })
        .collect()
}

/// The terms table as a DataFrame.
pub fn terms_frame(table: &TermTable) -> Result<DataFrame> {
    let n = table.rows.len();
    let mut columns = group_cols(&table.by, &table.rows, |r| &r.group);
    columns.push(col(
        "term",
        table
            .rows
            .iter()
            .map(|r| r.term.as_str())
            .collect::<Vec<_>>(),
    ));
    columns.push(col(
        "count",
        table.rows.iter().map(|r| r.count).collect::<Vec<_>>(),
    ));
    columns.push(col(
        "doc_count",
        table.rows.iter().map(|r| r.doc_count).collect::<Vec<_>>(),
    ));
    columns.push(col(
        "freq",
        table.rows.iter().map(|r| r.freq).collect::<Vec<_>>(),
    ));
    columns.push(col(
        "tfidf",
        table.rows.iter().map(|r| r.tfidf).collect::<Vec<_>>(),
    ));
    Ok(DataFrame::new(n, columns)?)
}

/// The keyness table as a DataFrame.
pub fn keyness_frame(table: &KeynessTable) -> Result<DataFrame> {
    let r = &table.rows;
    let columns = vec![
        col(
            "term",
            r.iter().map(|x| x.term.as_str()).collect::<Vec<_>>(),
        ),
        col(
            "count_target",
            r.iter().map(|x| x.count_target).collect::<Vec<_>>(),
        ),
        col(
            "count_reference",
            r.iter().map(|x| x.count_reference).collect::<Vec<_>>(),
        ),
        col("g2", r.iter().map(|x| x.g2).collect::<Vec<_>>()),
        col("chi2", r.iter().map(|x| x.chi2).collect::<Vec<_>>()),
        col("effect", r.iter().map(|x| x.effect).collect::<Vec<_>>()),
        col("p_value", r.iter().map(|x| x.p_value).collect::<Vec<_>>()),
    ];
    Ok(DataFrame::new(r.len(), columns)?)
}

/// Keyword-in-context hits as a DataFrame.
pub fn kwic_frame(rows: &[KwicRow]) -> Result<DataFrame> {
    let columns = vec![
        col(
            "doc_id",
            rows.iter().map(|x| x.doc_id.as_str()).collect::<Vec<_>>(),
        ),
        col(
            "left",
            rows.iter().map(|x| x.left.as_str()).collect::<Vec<_>>(),
        ),
        col(
            "keyword",
            rows.iter().map(|x| x.keyword.as_str()).collect::<Vec<_>>(),
        ),
        col(
            "right",
            rows.iter().map(|x| x.right.as_str()).collect::<Vec<_>>(),
        ),
        col(
            "char_start",
            rows.iter().map(|x| x.char_start as u64).collect::<Vec<_>>(),
        ),
        col(
            "char_end",
            rows.iter().map(|x| x.char_end as u64).collect::<Vec<_>>(),
        ),
    ];
    Ok(DataFrame::new(rows.len(), columns)?)
}

/// Tokens as a DataFrame.
pub fn tokens_frame(tokens: &[Token]) -> Result<DataFrame> {
    let columns = vec![
        col(
            "term",
            tokens.iter().map(|t| t.term.as_str()).collect::<Vec<_>>(),
        ),
        col(
            "kind",
            tokens.iter().map(|t| t.kind.as_str()).collect::<Vec<_>>(),
        ),
        col(
            "char_start",
            tokens
                .iter()
                .map(|t| t.span.char_start as u64)
                .collect::<Vec<_>>(),
        ),
        col(
            "char_end",
            tokens
                .iter()
                .map(|t| t.span.char_end as u64)
                .collect::<Vec<_>>(),
        ),
        col(
            "byte_start",
            tokens
                .iter()
                .map(|t| t.span.byte_start as u64)
                .collect::<Vec<_>>(),
        ),
        col(
            "byte_end",
            tokens
                .iter()
                .map(|t| t.span.byte_end as u64)
                .collect::<Vec<_>>(),
        ),
    ];
    Ok(DataFrame::new(tokens.len(), columns)?)
}

/// The skipped records of a report as a DataFrame.
pub fn skips_frame(report: &Report) -> Result<DataFrame> {
    let s = &report.skips;
    let columns = vec![
        col(
            "file",
            s.iter().map(|x| x.file.as_deref()).collect::<Vec<_>>(),
        ),
        col("line", s.iter().map(|x| x.line).collect::<Vec<_>>()),
        col(
            "reason",
            s.iter().map(|x| x.reason.as_str()).collect::<Vec<_>>(),
        ),
        col(
            "message",
            s.iter().map(|x| x.message.as_str()).collect::<Vec<_>>(),
        ),
    ];
    Ok(DataFrame::new(s.len(), columns)?)
}

/// Writes a DataFrame as Parquet (zstd), atomically: to a temporary name in
/// the same directory, renamed on success, so an interrupted write never
/// leaves a half-written file under the final name.
pub fn write_parquet(df: &mut DataFrame, path: &Path) -> Result<()> {
    let io = |e: std::io::Error| {
        Error::new(
            ErrorKind::Output,
            format!("cannot write {}: {e}", path.display()),
        )
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    let tmp = tmp_name(path);
    let file = std::fs::File::create(&tmp).map_err(io)?;
    let result = ParquetWriter::new(file)
        .with_compression(ParquetCompression::Zstd(None))
        .finish(df);
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(e.into());
    }
    std::fs::rename(&tmp, path).map_err(io)
}

/// Where a Parquet file is written until it is complete and renamed to
/// `path` (a reader never sees a truncated table under its final name).
fn tmp_name(path: &Path) -> std::path::PathBuf {
    path.with_extension(format!("parquet.tmp-{}", std::process::id()))
}

/// The tables of a one-pass [`analyze`](crate::analyze::analyze), named as
/// their Parquet files: `terms`, `mentions`, `actors`, `cooccurrence`,
/// `quotes`, `voice` (those computed), then `skipped`.
pub fn analysis_frames(a: &crate::analyze::Analysis) -> Result<Vec<(&'static str, DataFrame)>> {
    // The tables are independent: build them side by side.
    type Frames = Result<Vec<(&'static str, DataFrame)>>;
    let (terms, (actors, quotes)) = rayon::join(
        || -> Frames {
            match &a.terms {
                Some(t) => Ok(vec![("terms", terms_frame(t)?)]),
                None => Ok(Vec::new()),
            }
        },
        || {
            rayon::join(
                || -> Frames {
                    match &a.actors {
                        Some(t) => {
                            let (m, ac, c) = actor_frames(t)?;
                            Ok(vec![("mentions", m), ("actors", ac), ("cooccurrence", c)])
                        }
                        None => Ok(Vec::new()),
                    }
                },
                || -> Frames {
                    match &a.quotes {
                        Some(t) => {
                            let (q, v) = quote_frames(t)?;
                            Ok(vec![("quotes", q), ("voice", v)])
                        }
                        None => Ok(Vec::new()),
                    }
                },
            )
        },
    );
    let mut out = terms?;
    out.extend(actors?);
    out.extend(quotes?);
    out.push(("skipped", skips_frame(&a.report)?));
    Ok(out)
}

/// Frees `value` on a thread of its own. Result tables hold millions of
/// small allocations once their frames are built; freeing them took seconds
/// on the caller's thread (with the GIL held, in Python) before the frames
/// were handed over or written.
#[cfg(feature = "python")]
pub(crate) fn drop_later<T: Send + 'static>(value: T) {
    // When no thread can be started, the closure, and the value with it, is
    // dropped here.
    let _ = std::thread::Builder::new()
        .name("presslens-free".into())
        .spawn(move || drop(value));
}

/// The frames of a one-pass analysis and its report. The quotation rows are
/// framed a chunk at a time and freed as they go ([`quote_frames_owned`]);
/// the other tables are freed in the background (while the caller writes or
/// hands over the frames).
#[cfg(feature = "python")]
pub(crate) fn analysis_frames_of(
    mut result: crate::analyze::Analysis,
) -> crate::Result<(Vec<(&'static str, DataFrame)>, Report)> {
    let quotes = result.quotes.take();
    let (frames, quotes) = rayon::join(
        || analysis_frames(&result),
        || quotes.map(quote_frames_owned).transpose(),
    );
    let mut frames = frames?;
    if let Some((q, v)) = quotes? {
        // Before `skipped`, the last table.
        let at = frames.len().saturating_sub(1);
        frames.splice(at..at, [("quotes", q), ("voice", v)]);
    }
    let report = std::mem::take(&mut result.report);
    drop_later(result);
    Ok((frames, report))
}

/// What [`analyze_to_dir`] wrote.
#[cfg(feature = "cli")]
pub(crate) struct Written {
    /// Rows per table.
    pub(crate) rows: Vec<(&'static str, usize)>,
    /// The run's report.
    pub(crate) report: Report,
    /// The text of `manifest.json`.
    pub(crate) manifest: String,
    /// The first rows of the first table written.
    pub(crate) preview: Option<DataFrame>,
}

/// Runs [`analyze_streaming`](crate::analyze::analyze_streaming) and writes
/// every table into `dir` as `<name>.parquet`, with `manifest.json` (see
/// [`manifest`](crate::analyze::manifest)) last: the quotation rows go to `quotes.parquet` a chunk at a time, on a
/// writer thread, while the other tables are finished, so they are never all
/// in memory; the other tables are written one after the other, a chunk of
/// rows at a time.
#[cfg(feature = "cli")]
pub(crate) fn analyze_to_dir(
    corpus: &crate::corpus::Corpus,
    analyzer: &crate::tokenize::Analyzer,
    extractor: &crate::quotes::QuoteExtractor,
    config: &crate::analyze::AnalyzeConfig,
    opts: &crate::run::RunOptions,
    settings: &serde_json::Value,
    dir: &Path,
) -> Result<Written> {
    use crate::quotes::QuoteRow;
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, &e))?;
    let path = |name: &str| dir.join(format!("{name}.parquet"));
    // PERF: merging the spilled rows back and encoding them as Parquet were
    // one serial tail; the writer thread takes the encoding.
    let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<QuoteRow>>(1);
    let quote_path = path("quotes");
    let with_quotes = config.quotes.is_some();
    let (result, quote_rows) = std::thread::scope(|scope| {
        let writer = scope.spawn(move || -> Result<usize> {
            if !with_quotes {
                return Ok(0);
            }
            let mut w = ChunkedParquet::new(&quote_path);
            for rows in rx {
                for part in rows.chunks(CHUNK_ROWS) {
                    w.write(&quote_rows_frame(part)?)?;
                }
            }
            w.finish(|| quote_rows_frame(&[]))
        });
        let result = crate::analyze::analyze_streaming(
            corpus,
            analyzer,
            extractor,
            config,
            opts,
            dir,
            &mut |rows| {
                tx.send(rows)
                    .map_err(|_| Error::new(ErrorKind::Output, "the quotation writer stopped"))
            },
        );
        drop(tx);
        let written = writer
            .join()
            .unwrap_or_else(|_| Err(Error::new(ErrorKind::Internal, "quotation writer panicked")));
        (result, written)
    });
    // A failed run first: its error explains a stopped writer.
    let crate::analyze::Analysis {
        terms,
        actors,
        quotes: quote_tables,
        report,
    } = result?;
    let quote_rows = quote_rows?;
    // MEMORY: one table at a time, a chunk of rows framed and written at a
    // time and freed (building every frame before writing any made the peak).
    let mut rows = Vec::new();
    let mut preview = None;
    if let Some(t) = terms {
        let crate::count::TermTable { by, rows: r, .. } = t;
        let n = write_chunks(r, &path("terms"), &mut preview, |rows| {
            terms_frame(&TermTable {
                by: by.clone(),
                rows,
                group_docs: Vec::new(),
                report: Report::default(),
            })
        })?;
        rows.push(("terms", n));
    }
    if let Some(mut t) = actors {
        // The pairs are written a chunk at a time below, not framed here.
        let pairs = std::mem::take(&mut t.pairs);
        let (mut m, mut a, _) = actor_frames(&t)?;
        write_parquet(&mut m, &path("mentions"))?;
        write_parquet(&mut a, &path("actors"))?;
        rows.extend([("mentions", m.height()), ("actors", a.height())]);
        preview.get_or_insert_with(|| m.head(Some(10)));
        drop((m, a));
        let names = actor_names(&t.actors);
        let n = write_chunks(pairs, &path("cooccurrence"), &mut preview, |p| {
            pairs_frame(&t.by, &p, &names)
        })?;
        rows.push(("cooccurrence", n));
    }
    if let Some(t) = quote_tables {
        let mut voice = voice_frame(&t)?;
        write_parquet(&mut voice, &path("voice"))?;
        rows.extend([("quotes", quote_rows), ("voice", voice.height())]);
    }
    let mut skipped = skips_frame(&report)?;
    write_parquet(&mut skipped, &path("skipped"))?;
    rows.push(("skipped", skipped.height()));
    let manifest = crate::analyze::manifest(&report, settings, &rows);
    let m = dir.join("manifest.json");
    std::fs::write(&m, &manifest).map_err(|e| Error::io(&m, &e))?;
    Ok(Written {
        rows,
        report,
        manifest,
        preview,
    })
}

/// Rows per chunk (and Parquet row group) of the tables written a chunk at a
/// time.
#[cfg(feature = "cli")]
const CHUNK_ROWS: usize = 1 << 16;

/// Writes `rows` to `path` a chunk at a time: each chunk is moved out of
/// `rows` (whose allocation shrinks), framed with `frame`, written and freed.
/// Keeps the first rows as `preview` if it is empty; returns the rows written.
#[cfg(feature = "cli")]
fn write_chunks<R>(
    mut rows: Vec<R>,
    path: &Path,
    preview: &mut Option<DataFrame>,
    frame: impl Fn(Vec<R>) -> Result<DataFrame>,
) -> Result<usize> {
    let mut w = ChunkedParquet::new(path);
    // Reversed, so that chunks come off the end in input order.
    rows.reverse();
    while !rows.is_empty() {
        let mut chunk = rows.split_off(rows.len().saturating_sub(CHUNK_ROWS));
        rows.shrink_to_fit();
        chunk.reverse();
        let df = frame(chunk)?;
        preview.get_or_insert_with(|| df.head(Some(10)));
        w.write(&df)?;
    }
    w.finish(|| frame(Vec::new()))
}

/// A Parquet file written a frame at a time (one row group each), under a
/// temporary name until [`finish`](Self::finish) (removed if never finished).
#[cfg(feature = "cli")]
struct ChunkedParquet {
    path: std::path::PathBuf,
    tmp: std::path::PathBuf,
    writer: Option<polars::io::parquet::write::BatchedWriter<std::fs::File>>,
    rows: usize,
}

#[cfg(feature = "cli")]
impl ChunkedParquet {
    fn new(path: &Path) -> ChunkedParquet {
        ChunkedParquet {
            path: path.to_path_buf(),
            tmp: tmp_name(path),
            writer: None,
            rows: 0,
        }
    }

    fn write(&mut self, df: &DataFrame) -> Result<()> {
        let w = match &mut self.writer {
            Some(w) => w,
            None => {
                let file =
                    std::fs::File::create(&self.tmp).map_err(|e| Error::io(&self.tmp, &e))?;
                self.writer.insert(
                    ParquetWriter::new(file)
                        .with_compression(ParquetCompression::Zstd(None))
                        .batched(df.schema())?,
                )
            }
        };
        w.write_batch(df)?;
        self.rows += df.height();
        Ok(())
    }

    /// Closes the file (the frame of `empty` when nothing was written) and
    /// gives it its name; returns the rows written.
    fn finish(mut self, empty: impl FnOnce() -> Result<DataFrame>) -> Result<usize> {
        match self.writer.take() {
            Some(w) => {
                w.finish()?;
                drop(w);
                std::fs::rename(&self.tmp, &self.path).map_err(|e| Error::io(&self.path, &e))?;
            }
            None => write_parquet(&mut empty()?, &self.path)?,
        }
        Ok(self.rows)
    }
}

#[cfg(feature = "cli")]
impl Drop for ChunkedParquet {
    fn drop(&mut self) {
        if self.writer.take().is_some() {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

/// Writes a DataFrame as CSV (header row, nulls as empty fields).
pub fn write_csv(df: &DataFrame, path: &Path) -> Result<()> {
    let io = |e: String| {
        Error::new(
            ErrorKind::Output,
            format!("cannot write {}: {e}", path.display()),
        )
    };
    let mut w = csv::Writer::from_path(path).map_err(|e| io(e.to_string()))?;
    w.write_record(df.get_column_names().iter().map(|c| c.as_str()))
        .map_err(|e| io(e.to_string()))?;
    let cols: Vec<Series> = df
        .columns()
        .iter()
        .map(|c| c.as_materialized_series().cast(&DataType::String))
        .collect::<PolarsResult<_>>()?;
    let cols: Vec<&StringChunked> = cols.iter().map(|s| s.str()).collect::<PolarsResult<_>>()?;
    for i in 0..df.height() {
        w.write_record(cols.iter().map(|c| c.get(i).unwrap_or("")))
            .map_err(|e| io(e.to_string()))?;
    }
    w.flush().map_err(|e| io(e.to_string()))
}

/// The actor tables as DataFrames: `(mentions, actors, cooccurrence)`.
///
/// | table | columns |
/// |---|---|
/// | mentions | `doc_id`, `actor_id`, `actor`, `kind`, `surface` (String), `char_start`, `char_end` (UInt64), `sentence`, `paragraph` (UInt32), `origin` (String) |
/// | actors | `actor_id`, `actor`, `kind` (String), `aliases`, `merged` (List[String]), `mentions`, `doc_count` (UInt64), `origin` (String) |
/// | cooccurrence | `<by>...` (String), `actor_a`, `actor_b`, `name_a`, `name_b` (String), `count`, `doc_count` (UInt64), `pmi`, `npmi`, `dice`, `g2` (Float64) |
pub fn actor_frames(
    t: &crate::actors::cooc::ActorTables,
) -> Result<(DataFrame, DataFrame, DataFrame)> {
    // PERF: the three tables are independent: built side by side.
    let mentions = || -> Result<DataFrame> {
        let m = &t.mentions;
        Ok(DataFrame::new(
            m.len(),
            vec![
                col(
                    "doc_id",
                    m.iter().map(|x| x.doc_id.as_str()).collect::<Vec<_>>(),
                ),
                col(
                    "actor_id",
                    m.iter().map(|x| x.actor_id.as_str()).collect::<Vec<_>>(),
                ),
                col(
                    "actor",
                    m.iter().map(|x| x.actor.as_str()).collect::<Vec<_>>(),
                ),
                col(
                    "kind",
                    m.iter()
                        .map(|x| x.mention.kind.as_str())
                        .collect::<Vec<_>>(),
                ),
                col(
                    "surface",
                    m.iter().map(|x| x.surface.as_str()).collect::<Vec<_>>(),
                ),
                col(
                    "char_start",
                    m.iter()
                        .map(|x| x.mention.surface.char_start as u64)
                        .collect::<Vec<_>>(),
                ),
                col(
                    "char_end",
                    m.iter()
                        .map(|x| x.mention.surface.char_end as u64)
                        .collect::<Vec<_>>(),
                ),
                col(
                    "sentence",
                    m.iter()
                        .map(|x| x.mention.sentence as u32)
                        .collect::<Vec<_>>(),
                ),
                col(
                    "paragraph",
                    m.iter()
                        .map(|x| x.mention.paragraph as u32)
                        .collect::<Vec<_>>(),
                ),
                col(
                    "origin",
                    m.iter()
                        .map(|x| x.mention.origin.as_str())
                        .collect::<Vec<_>>(),
                ),
            ],
        )?)
    };
    let actors = || -> Result<DataFrame> {
        let a = &t.actors;
        Ok(DataFrame::new(
            a.len(),
            vec![
                col(
                    "actor_id",
                    a.iter().map(|x| x.actor_id.as_str()).collect::<Vec<_>>(),
                ),
                col(
                    "actor",
                    a.iter().map(|x| x.actor.as_str()).collect::<Vec<_>>(),
                ),
                col(
                    "kind",
                    a.iter().map(|x| x.kind.as_str()).collect::<Vec<_>>(),
                ),
                list_col("aliases", a, |x| &x.aliases),
                list_col("merged", a, |x| &x.merged),
                col("mentions", a.iter().map(|x| x.mentions).collect::<Vec<_>>()),
                col(
                    "doc_count",
                    a.iter().map(|x| x.doc_count).collect::<Vec<_>>(),
                ),
                col(
                    "origin",
                    a.iter().map(|x| x.origin.as_str()).collect::<Vec<_>>(),
                ),
            ],
        )?)
    };
    let pairs = || pairs_frame(&t.by, &t.pairs, &actor_names(&t.actors));
    let (mentions, (actors, pairs)) = rayon::join(mentions, || rayon::join(actors, pairs));
    Ok((mentions?, actors?, pairs?))
}

/// Actor names by id, for the `name_a` / `name_b` columns of co-occurrence.
fn actor_names(actors: &[crate::actors::cooc::ActorRow]) -> foldhash::HashMap<&str, &str> {
    actors
        .iter()
        .map(|x| (x.actor_id.as_str(), x.actor.as_str()))
        .collect()
}

/// The `cooccurrence` table of [`actor_frames`] for `p`.
fn pairs_frame(
    by: &[String],
    p: &[crate::actors::cooc::PairRow],
    names: &foldhash::HashMap<&str, &str>,
) -> Result<DataFrame> {
    let mut columns = group_cols(by, p, |r| &r.group);
    let name = |id: &str| names.get(id).copied().unwrap_or("");
    columns.extend([
        col(
            "actor_a",
            p.iter().map(|x| x.actor_a.as_str()).collect::<Vec<_>>(),
        ),
        col(
            "actor_b",
            p.iter().map(|x| x.actor_b.as_str()).collect::<Vec<_>>(),
        ),
        col(
            "name_a",
            p.iter().map(|x| name(&x.actor_a)).collect::<Vec<_>>(),
        ),
        col(
            "name_b",
            p.iter().map(|x| name(&x.actor_b)).collect::<Vec<_>>(),
        ),
        col("count", p.iter().map(|x| x.count).collect::<Vec<_>>()),
        col(
            "doc_count",
            p.iter().map(|x| x.doc_count).collect::<Vec<_>>(),
        ),
        col("pmi", p.iter().map(|x| x.pmi).collect::<Vec<_>>()),
        col("npmi", p.iter().map(|x| x.npmi).collect::<Vec<_>>()),
        col("dice", p.iter().map(|x| x.dice).collect::<Vec<_>>()),
        col("g2", p.iter().map(|x| x.g2).collect::<Vec<_>>()),
    ]);
    Ok(DataFrame::new(p.len(), columns)?)
}

/// A `List[String]` column: the strings of each row.
fn list_col<'a, R>(name: &str, rows: &'a [R], f: impl Fn(&'a R) -> &'a Vec<String>) -> Column {
    let values = rows.iter().map(|r| f(r).len()).sum();
    let mut b = ListStringChunkedBuilder::new(name.into(), rows.len(), values);
    for r in rows {
        b.append_values_iter(f(r).iter().map(String::as_str));
    }
    b.finish().into_series().into()
}

/// Co-occurrence evidence as a DataFrame: `doc_id` (String), `unit` (UInt32),
/// `char_start`, `char_end` (UInt64), `text` (String), `surfaces_a`,
/// `surfaces_b` (List[String]).
pub fn evidence_frame(rows: &[crate::actors::cooc::EvidenceRow]) -> Result<DataFrame> {
    Ok(DataFrame::new(
        rows.len(),
        vec![
            col(
                "doc_id",
                rows.iter().map(|x| x.doc_id.as_str()).collect::<Vec<_>>(),
            ),
            col(
                "unit",
                rows.iter().map(|x| x.unit as u32).collect::<Vec<_>>(),
            ),
            col(
                "char_start",
                rows.iter()
                    .map(|x| x.span.char_start as u64)
                    .collect::<Vec<_>>(),
            ),
            col(
                "char_end",
                rows.iter()
                    .map(|x| x.span.char_end as u64)
                    .collect::<Vec<_>>(),
            ),
            col(
                "text",
                rows.iter().map(|x| x.text.as_str()).collect::<Vec<_>>(),
            ),
            list_col("surfaces_a", rows, |x| &x.surfaces_a),
            list_col("surfaces_b", rows, |x| &x.surfaces_b),
        ],
    )?)
}

/// The quotations of a corpus as DataFrames: `(quotes, voice)`.
///
/// | table | columns |
/// |---|---|
/// | quotes | `doc_id`, `lang`, `quote`, `kind`, `speaker`, `actor_id`, `actor`, `actor_kind`, `cue`, `how` (String; `speaker`, `cue` and `actor*` null when absent), `quote_start`, `quote_end`, `speaker_start`, `speaker_end`, `cue_start`, `cue_end` (UInt64, character offsets; null when absent), `sentence`, `paragraph` (UInt32), `confidence` (Float64), `part` (UInt32: 0 for a quotation's first part, 1, 2 … for its continuations) |
/// | voice | `<by>...` (String), `actor_id`, `actor`, `kind` (String), `quotes`, `doc_count` (UInt64), `share` (Float64) |
pub fn quote_frames(t: &crate::quotes::QuoteTables) -> Result<(DataFrame, DataFrame)> {
    Ok((quote_rows_frame(&t.quotes)?, voice_frame(t)?))
}

/// [`quote_frames`] of tables the caller hands over. MEMORY: the rows are
/// framed a chunk at a time, from the end, and each chunk is freed before
/// the next is framed; with every row alive until the whole frame was built,
/// the rows (about 0.7 KB each beside their ~0.25 KB in the frame) and the
/// frame made the peak of a large run. The frame comes in chunks.
#[cfg(feature = "python")]
pub(crate) fn quote_frames_owned(
    mut t: crate::quotes::QuoteTables,
) -> Result<(DataFrame, DataFrame)> {
    const CHUNK: usize = 1 << 16;
    let voice = voice_frame(&t)?;
    let mut rows = std::mem::take(&mut t.quotes);
    drop(t);
    let mut parts = Vec::with_capacity(rows.len().div_ceil(CHUNK));
    while !rows.is_empty() {
        let tail = rows.split_off(rows.len().saturating_sub(CHUNK));
        // Returns the tail's slots (the allocation shrinks in place).
        rows.shrink_to_fit();
        parts.push(quote_rows_frame(&tail)?);
    }
    let mut quotes = match parts.pop() {
        Some(df) => df,
        None => quote_rows_frame(&[])?,
    };
    while let Some(df) = parts.pop() {
        quotes.vstack_mut_owned(df)?;
    }
    Ok((quotes, voice))
}

/// The `quotes` table of [`quote_frames`] for `rows`.
fn quote_rows_frame(rows: &[crate::quotes::QuoteRow]) -> Result<DataFrame> {
    let rows: Vec<QuoteCols<'_>> = rows
        .iter()
        .map(|r| QuoteCols {
            doc_id: &r.doc_id,
            lang: r.lang.as_deref(),
            q: &r.quote,
            text: &r.text,
            speaker: &r.speaker,
            cue: &r.cue,
            actor_id: r.actor_id.as_deref(),
        })
        .collect();
    quote_columns(&rows)
}

/// The `voice` table of [`quote_frames`].
fn voice_frame(t: &crate::quotes::QuoteTables) -> Result<DataFrame> {
    let v = &t.voice;
    let mut columns = group_cols(&t.by, v, |r| &r.group);
    columns.extend([
        col(
            "actor_id",
            v.iter().map(|x| x.actor_id.as_str()).collect::<Vec<_>>(),
        ),
        col(
            "actor",
            v.iter().map(|x| x.actor.as_str()).collect::<Vec<_>>(),
        ),
        col(
            "kind",
            v.iter().map(|x| x.kind.as_str()).collect::<Vec<_>>(),
        ),
        col("quotes", v.iter().map(|x| x.quotes).collect::<Vec<_>>()),
        col(
            "doc_count",
            v.iter().map(|x| x.doc_count).collect::<Vec<_>>(),
        ),
        col("share", v.iter().map(|x| x.share).collect::<Vec<_>>()),
    ]);
    Ok(DataFrame::new(v.len(), columns)?)
}

/// The quotations of one text, as the `quotes` table of [`quote_frames`]
/// (`doc_id` empty).
pub fn text_quotes_frame(
    text: &str,
    lang: Option<&str>,
    quotes: &[crate::quotes::Quote],
) -> Result<DataFrame> {
    let owned: Vec<(String, String, String, Option<String>)> = quotes
        .iter()
        .map(|q| {
            (
                q.quote.text(text).to_string(),
                q.speaker
                    .map_or_else(String::new, |s| s.text(text).to_string()),
                q.cue.map_or_else(String::new, |s| s.text(text).to_string()),
                q.actor.as_ref().map(|a| a.key.clone()),
            )
        })
        .collect();
    let rows: Vec<QuoteCols<'_>> = quotes
        .iter()
        .zip(&owned)
        .map(|(q, o)| QuoteCols {
            doc_id: "",
            lang,
            q,
            text: &o.0,
            speaker: &o.1,
            cue: &o.2,
            actor_id: o.3.as_deref(),
        })
        .collect();
    quote_columns(&rows)
}

struct QuoteCols<'a> {
    doc_id: &'a str,
    lang: Option<&'a str>,
    q: &'a crate::quotes::Quote,
    text: &'a str,
    speaker: &'a str,
    cue: &'a str,
    actor_id: Option<&'a str>,
}

fn quote_columns(r: &[QuoteCols<'_>]) -> Result<DataFrame> {
    let opt_span = |f: &dyn Fn(&QuoteCols<'_>) -> Option<crate::tokenize::Span>,
                    end: bool|
     -> Vec<Option<u64>> {
        r.iter()
            .map(|x| f(x).map(|s| if end { s.char_end } else { s.char_start } as u64))
            .collect()
    };
    let df = DataFrame::new(
        r.len(),
        vec![
            col("doc_id", r.iter().map(|x| x.doc_id).collect::<Vec<_>>()),
            col("lang", r.iter().map(|x| x.lang).collect::<Vec<_>>()),
            col("quote", r.iter().map(|x| x.text).collect::<Vec<_>>()),
            col(
                "kind",
                r.iter().map(|x| x.q.kind.as_str()).collect::<Vec<_>>(),
            ),
            col(
                "speaker",
                r.iter()
                    .map(|x| (!x.speaker.is_empty()).then_some(x.speaker))
                    .collect::<Vec<_>>(),
            ),
            col("actor_id", r.iter().map(|x| x.actor_id).collect::<Vec<_>>()),
            col(
                "actor",
                r.iter()
                    .map(|x| x.q.actor.as_ref().map(|a| a.name.as_str()))
                    .collect::<Vec<_>>(),
            ),
            col(
                "actor_kind",
                r.iter()
                    .map(|x| x.q.actor.as_ref().map(|a| a.kind.as_str()))
                    .collect::<Vec<_>>(),
            ),
            col(
                "cue",
                r.iter()
                    .map(|x| (!x.cue.is_empty()).then_some(x.cue))
                    .collect::<Vec<_>>(),
            ),
            col(
                "how",
                r.iter().map(|x| x.q.how.as_str()).collect::<Vec<_>>(),
            ),
            col(
                "quote_start",
                r.iter()
                    .map(|x| x.q.quote.char_start as u64)
                    .collect::<Vec<_>>(),
            ),
            col(
                "quote_end",
                r.iter()
                    .map(|x| x.q.quote.char_end as u64)
                    .collect::<Vec<_>>(),
            ),
            col("speaker_start", opt_span(&|x| x.q.speaker, false)),
            col("speaker_end", opt_span(&|x| x.q.speaker, true)),
            col("cue_start", opt_span(&|x| x.q.cue, false)),
            col("cue_end", opt_span(&|x| x.q.cue, true)),
            col(
                "sentence",
                r.iter().map(|x| x.q.sentence as u32).collect::<Vec<_>>(),
            ),
            col(
                "paragraph",
                r.iter().map(|x| x.q.paragraph as u32).collect::<Vec<_>>(),
            ),
            col(
                "confidence",
                r.iter()
                    .map(|x| f64::from(x.q.confidence))
                    .collect::<Vec<_>>(),
            ),
            col("part", r.iter().map(|x| x.q.part).collect::<Vec<_>>()),
        ],
    )?;
    Ok(df)
}

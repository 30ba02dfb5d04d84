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

fn col<T, P>(name: &str, values: T) -> Column
where
    Series: NamedFrom<T, P>,
    P: ?Sized,
{
    Column::new(name.into(), values)
}

/// The terms table as a DataFrame.
pub fn terms_frame(table: &TermTable) -> Result<DataFrame> {
    let n = table.rows.len();
    let mut columns = Vec::with_capacity(table.by.len() + 5);
    for (i, name) in table.by.iter().enumerate() {
        let values: Vec<Option<&str>> = table.rows.iter().map(|r| r.group[i].as_deref()).collect();
        columns.push(col(name, values));
    }
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
    let tmp = path.with_extension(format!("parquet.tmp-{}", std::process::id()));
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

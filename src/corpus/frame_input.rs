//! Documents from polars DataFrames and Parquet files (feature `polars`).

use std::path::Path;

use polars::prelude::*;

use super::{Date, Document, ReadOptions};
use crate::error::{Error, ErrorKind, Result};

/// Converts a DataFrame into documents, mapping columns by the names in
/// `opts` (`text_field`, `id_field`, ...). The text column is required; other
/// columns are optional, and every remaining column becomes metadata (cast to
/// strings). Row `i` without an id gets `row-<i>`; a null text is an error for
/// that row.
///
/// Returns one result per row, so that callers can apply their skip policy.
pub fn documents_from_frame(
    df: &DataFrame,
    opts: &ReadOptions,
    row_offset: usize,
) -> Result<Vec<Result<Document>>> {
    let text_col = df.column(&opts.text_field).map_err(|_| {
        Error::new(
            ErrorKind::MissingField,
            format!(
                "no column {:?} (columns: {}); set text_field to the text column",
                opts.text_field,
                df.get_column_names()
                    .iter()
                    .map(|c| c.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
    })?;
    let as_str =
        |c: &Column| -> Result<Series> { Ok(c.as_materialized_series().cast(&DataType::String)?) };
    let text = as_str(text_col)?;
    let text = text.str()?;
    let get = |name: &str| -> Result<Option<Series>> {
        match df.column(name) {
            Ok(c) => Ok(Some(as_str(c)?)),
            Err(_) => Ok(None),
        }
    };
    let id = get(&opts.id_field)?;
    let lang = get(&opts.lang_field)?;
    let date = get(&opts.date_field)?;
    let source = get(&opts.source_field)?;
    let reserved = [
        &opts.text_field,
        &opts.id_field,
        &opts.lang_field,
        &opts.date_field,
        &opts.source_field,
    ];
    let mut meta = Vec::new();
    for c in df.columns() {
        if !reserved.iter().any(|r| r.as_str() == c.name().as_str()) {
            if let Ok(s) = as_str(c) {
                meta.push((c.name().to_string(), s));
            }
        }
    }
    let str_at = |s: &Option<Series>, i: usize| -> Option<String> {
        s.as_ref()
            .and_then(|s| s.str().ok()?.get(i).map(str::to_string))
    };
    let mut out = Vec::with_capacity(df.height());
    for i in 0..df.height() {
        let row = row_offset + i;
        let Some(t) = text.get(i) else {
            out.push(Err(Error::new(
                ErrorKind::MissingField,
                format!("row {row} has a null {:?}", opts.text_field),
            )
            .at(Path::new("<frame>"), Some(row as u64 + 1))));
            continue;
        };
        let mut doc = Document {
            id: str_at(&id, i).unwrap_or_else(|| format!("row-{row}")),
            text: t.to_string(),
            lang: str_at(&lang, i).filter(|l| !l.trim().is_empty()),
            source: str_at(&source, i),
            ..Document::default()
        };
        if let Some(d) = str_at(&date, i) {
            match Date::parse(&d) {
                Ok(d) => doc.date = Some(d),
                Err(_) => doc.meta.push((super::read::DATE_RAW.into(), d)),
            }
        }
        for (name, s) in &meta {
            if let Some(v) = s.str().ok().and_then(|s| s.get(i)) {
                doc.meta.push((name.clone(), v.to_string()));
            }
        }
        out.push(Ok(doc));
    }
    Ok(out)
}

/// Reads rows `offset..offset + len` of a Parquet file as documents.
pub(crate) fn read_parquet_slice(
    path: &Path,
    offset: usize,
    len: usize,
    opts: &ReadOptions,
) -> Result<Vec<Result<Document>>> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, &e))?;
    let mut reader = ParquetReader::new(file);
    let total = reader.num_rows().map_err(|e| {
        Error::new(
            ErrorKind::Parse,
            format!("not a readable Parquet file: {e}"),
        )
        .at(path, None)
    })?;
    if offset >= total {
        return Ok(Vec::new());
    }
    let df = reader
        .with_slice(Some((offset, len.min(total - offset))))
        .finish()
        .map_err(|e| {
            Error::new(ErrorKind::Parse, format!("cannot read Parquet rows: {e}"))
                .at(path, Some(offset as u64 + 1))
        })?;
    let docs = documents_from_frame(&df, opts, offset).map_err(|e| e.at(path, None))?;
    Ok(docs
        .into_iter()
        .enumerate()
        .map(|(i, d)| {
            d.map(|mut d| {
                if d.id == format!("row-{}", offset + i) {
                    d.id = format!("{}:{}", path.display(), offset + i + 1);
                }
                d
            })
            .map_err(|e| e.at(path, Some((offset + i) as u64 + 1)))
        })
        .collect())
}

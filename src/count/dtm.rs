//! The document-term matrix, in compressed sparse row form.

use super::{DfLimit, Map};
use crate::corpus::{Corpus, Report};
use crate::error::{Error, Result};
use crate::run::{run, RunOptions};
use crate::tokenize::{Analyzer, Scratch};

/// Options of [`dtm`].
#[derive(Debug, Clone, PartialEq)]
pub struct DtmConfig {
    /// Keep terms in at least this many (or this fraction of) documents.
    pub min_df: DfLimit,
    /// Keep terms in at most this many (or this fraction of) documents.
    pub max_df: DfLimit,
    /// Keep only the most frequent terms (scikit-learn's `max_features`).
    pub max_features: Option<usize>,
}

impl Default for DtmConfig {
    fn default() -> Self {
        DtmConfig {
            min_df: DfLimit::Count(1),
            max_df: DfLimit::Fraction(1.0),
            max_features: None,
        }
    }
}

/// A document-term matrix in CSR form, rows in input order, columns in
/// vocabulary (alphabetical) order — the layout of `scipy.sparse.csr_matrix`
/// and of scikit-learn's `CountVectorizer`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Dtm {
    /// Row `i` is document `doc_ids[i]`.
    pub doc_ids: Vec<String>,
    /// Column `j` is term `vocabulary[j]`, sorted.
    pub vocabulary: Vec<String>,
    /// Row pointers (`len = rows + 1`).
    pub indptr: Vec<i64>,
    /// Column index of each stored count.
    pub indices: Vec<i32>,
    /// The counts.
    pub data: Vec<i64>,
    /// Accounting of the run.
    pub report: Report,
}

/// Builds the document-term matrix of a corpus (unigrams of the analyzer).
pub fn dtm(
    corpus: &Corpus,
    analyzer: &Analyzer,
    config: &DtmConfig,
    opts: &RunOptions,
) -> Result<Dtm> {
    type Row = (u64, String, Vec<(Box<str>, u32)>);
    let (mut rows, report) = run(
        corpus,
        opts,
        Vec::<Row>::new,
        |acc, view| {
            let mut counts: Map<Box<str>, u32> = Map::default();
            let mut scratch = Scratch::default();
            analyzer.for_each_term(&view.doc.text, view.lang, &mut scratch, |t, _| {
                if let Some(t) = t {
                    if let Some(c) = counts.get_mut(t) {
                        *c += 1;
                    } else {
                        counts.insert(t.into(), 1);
                    }
                }
            });
            acc.push((view.seq, view.doc.id.clone(), counts.into_iter().collect()));
        },
        |mut a, b| {
            a.extend(b);
            a
        },
    )?;
    rows.sort_by_key(|r| r.0);
    let n_docs = rows.len() as u64;
    let mut df: Map<&str, (u64, u64)> = Map::default();
    for (_, _, terms) in &rows {
        for (t, c) in terms {
            let e = df.entry(t).or_default();
            e.0 += 1;
            e.1 += u64::from(*c);
        }
    }
    let lo = config.min_df.resolve(n_docs);
    let hi = config.max_df.resolve(n_docs);
    let mut vocab: Vec<(&str, u64)> = df
        .iter()
        .filter(|(_, (d, _))| (*d as f64) >= lo && (*d as f64) <= hi)
        .map(|(t, (_, c))| (*t, *c))
        .collect();
    if let Some(k) = config.max_features {
        vocab.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        vocab.truncate(k);
    }
    vocab.sort_unstable_by(|a, b| a.0.cmp(b.0));
    if vocab.len() > i32::MAX as usize {
        return Err(Error::invalid_config(
            "vocabulary too large for int32 column indices; set max_features",
        ));
    }
    let index: Map<&str, i32> = vocab
        .iter()
        .enumerate()
        .map(|(i, (t, _))| (*t, i as i32))
        .collect();
    let mut indptr = Vec::with_capacity(rows.len() + 1);
    let mut indices = Vec::new();
    let mut data = Vec::new();
    indptr.push(0i64);
    for (_, _, terms) in &rows {
        let mut row: Vec<(i32, i64)> = terms
            .iter()
            .filter_map(|(t, c)| index.get(&**t).map(|&j| (j, i64::from(*c))))
            .collect();
        row.sort_unstable();
        for (j, c) in row {
            indices.push(j);
            data.push(c);
        }
        indptr.push(indices.len() as i64);
    }
    let vocabulary = vocab.into_iter().map(|(t, _)| t.to_string()).collect();
    drop(index);
    drop(df);
    let doc_ids = rows.into_iter().map(|r| r.1).collect();
    Ok(Dtm {
        doc_ids,
        vocabulary,
        indptr,
        indices,
        data,
        report,
    })
}

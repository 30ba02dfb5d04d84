//! Term statistics: counts, document frequencies, relative frequencies and
//! tf-idf per group; keyness between groups; keyword in context; and the
//! document-term matrix.
//!
//! ```
//! use presslens::corpus::{Corpus, Document};
//! use presslens::count::TermsConfig;
//! use presslens::tokenize::Analyzer;
//! use presslens::run::RunOptions;
//!
//! let corpus = Corpus::from_documents(vec![
//!     Document::new("a", "Putin met Kim. Kim smiled.").with_lang("en"),
//!     Document::new("b", "Kim left.").with_lang("en"),
//! ]);
//! let table = presslens::count::terms(&corpus, &Analyzer::default(), &TermsConfig::default(), &RunOptions::default())?;
//! let kim = table.rows.iter().find(|r| r.term == "kim").unwrap();
//! assert_eq!((kim.count, kim.doc_count), (3, 2));
//! # Ok::<(), presslens::Error>(())
//! ```

mod dtm;
mod keyness;
mod kwic;
mod stats;

use std::collections::HashMap;

use compact_str::CompactString;
use rayon::prelude::*;

pub use dtm::{dtm, Dtm, DtmConfig};
pub use keyness::{keyness, KeynessConfig, KeynessRow, KeynessTable};
pub use kwic::{kwic, KwicConfig, KwicRow};

use crate::corpus::{Corpus, Report};
use crate::error::{Error, Result};
use crate::group::{key_of, parse_by, GroupBy, GroupKey};
use crate::run::{run, DocView, RunOptions};
use crate::tokenize::{sentences, Analyzer, Scratch};

type Map<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

/// A term as stored in the count tables: up to 24 bytes inline, so that the
/// common case needs no allocation and no pointer chase when probing.
pub(crate) type TermKey = CompactString;

/// A document-frequency limit: an absolute number of documents or a
/// proportion of the group's documents (scikit-learn's `int` / `float`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DfLimit {
    /// At least / at most this many documents.
    Count(u64),
    /// At least / at most this fraction (0.0–1.0) of the documents.
    Fraction(f64),
}

impl DfLimit {
    fn resolve(self, n_docs: u64) -> f64 {
        match self {
            DfLimit::Count(c) => c as f64,
            DfLimit::Fraction(f) => f * n_docs as f64,
        }
    }

    fn validate(self, name: &str) -> Result<()> {
        match self {
            DfLimit::Fraction(f) if !(0.0..=1.0).contains(&f) => Err(Error::invalid_config(
                format!("{name} as a fraction must be between 0.0 and 1.0, got {f}"),
            )),
            _ => Ok(()),
        }
    }
}

/// Options of [`terms`]. Names follow scikit-learn where it has the option.
#[derive(Debug, Clone, PartialEq)]
pub struct TermsConfig {
    /// Grouping columns (`"month"`, `"lang"`, `"source"`, any field).
    pub by: Vec<String>,
    /// Smallest and largest n-gram order (default `(1, 1)`). N-grams never
    /// span a sentence boundary or a removed token (stop word, number when
    /// numbers are dropped, ...).
    pub ngram_range: (usize, usize),
    /// Drop terms counted fewer times than this in their group (default 1).
    pub min_count: u64,
    /// Drop terms found in fewer documents of their group (default 1).
    pub min_df: DfLimit,
    /// Drop terms found in more documents of their group (default 100 %).
    pub max_df: DfLimit,
    /// Keep only the `top_k` most frequent terms of each group.
    pub top_k: Option<usize>,
}

impl Default for TermsConfig {
    fn default() -> Self {
        TermsConfig {
            by: Vec::new(),
            ngram_range: (1, 1),
            min_count: 1,
            min_df: DfLimit::Count(1),
            max_df: DfLimit::Fraction(1.0),
            top_k: None,
        }
    }
}

impl TermsConfig {
    /// Sets the grouping columns.
    pub fn by<S: Into<String>>(mut self, by: impl IntoIterator<Item = S>) -> Self {
        self.by = by.into_iter().map(Into::into).collect();
        self
    }

    /// Sets the n-gram range.
    pub fn ngram_range(mut self, min_n: usize, max_n: usize) -> Self {
        self.ngram_range = (min_n, max_n);
        self
    }

    /// Checks the options; the error names the option to change.
    pub fn validate(&self) -> Result<()> {
        let (lo, hi) = self.ngram_range;
        if lo == 0 || lo > hi || hi > 8 {
            return Err(Error::invalid_config(format!(
                "ngram_range must satisfy 1 <= min_n <= max_n <= 8, got ({lo}, {hi})"
            )));
        }
        self.min_df.validate("min_df")?;
        self.max_df.validate("max_df")?;
        if let (DfLimit::Count(a), DfLimit::Count(b)) = (self.min_df, self.max_df) {
            if a > b {
                return Err(Error::invalid_config(format!(
                    "min_df ({a}) is above max_df ({b}); try a lower min_df or a higher max_df"
                )));
            }
        }
        if self.top_k == Some(0) {
            return Err(Error::invalid_config(
                "top_k must be at least 1 (or None for all terms)",
            ));
        }
        parse_by(&self.by).map(|_| ())
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Entry {
    pub(crate) count: u64,
    pub(crate) df: u64,
    /// `seq + 1` of the last document that counted this term (0 = none);
    /// only meaningful inside one partial, where a document is never split.
    pub(crate) last: u64,
}

/// Counts of one group.
#[derive(Debug, Clone, Default)]
pub(crate) struct GroupCounts {
    pub docs: u64,
    /// Number of n-grams counted per order (index n - 1).
    pub totals: [u64; 8],
    pub terms: Map<TermKey, Entry>,
}

impl GroupCounts {
    fn add(&mut self, term: &str, n: usize, seq: u64) {
        self.totals[n - 1] += 1;
        if let Some(e) = self.terms.get_mut(term) {
            e.count += 1;
            if e.last != seq + 1 {
                e.df += 1;
                e.last = seq + 1;
            }
        } else {
            self.terms.insert(
                TermKey::new(term),
                Entry {
                    count: 1,
                    df: 1,
                    last: seq + 1,
                },
            );
        }
    }

    fn merge(&mut self, other: GroupCounts) {
        self.docs += other.docs;
        for (t, o) in self.totals.iter_mut().zip(other.totals) {
            *t += o;
        }
        if self.terms.len() < other.terms.len() {
            let mine = std::mem::replace(&mut self.terms, other.terms);
            self.merge_terms(mine);
        } else {
            self.merge_terms(other.terms);
        }
    }

    fn merge_terms(&mut self, other: Map<TermKey, Entry>) {
        self.terms.reserve(other.len() / 4);
        for (term, o) in other {
            let e = self.terms.entry(term).or_default();
            e.count += o.count;
            e.df += o.df;
            e.last = 0;
        }
    }
}

/// Mergeable partial term counts: what each worker accumulates. Merging is
/// associative and commutative, so partials from threads, batches or
/// machines combine into the same result in any order.
#[derive(Debug, Clone, Default)]
pub struct TermCounts {
    pub(crate) groups: Map<GroupKey, GroupCounts>,
}

impl TermCounts {
    /// Merges `other` into `self`.
    pub fn merge(mut self, other: TermCounts) -> TermCounts {
        if self.groups.len() < other.groups.len() {
            return other.merge(self);
        }
        for (k, g) in other.groups {
            self.groups.entry(k).or_default().merge(g);
        }
        self
    }

    /// Number of groups.
    pub fn num_groups(&self) -> usize {
        self.groups.len()
    }
}

/// The per-document counting step shared by [`terms`] and [`keyness`].
pub(crate) struct DocCounter<'a> {
    pub analyzer: &'a Analyzer,
    pub by: Vec<GroupBy>,
    pub ngram_range: (usize, usize),
}

/// Per-thread buffers: analyzer scratch, the joined n-gram, the n-gram window.
type CountScratch = (Scratch, String, Vec<(usize, usize)>);

thread_local! {
    static SCRATCH: std::cell::RefCell<CountScratch> = Default::default();
}

impl DocCounter<'_> {
    pub fn count(&self, acc: &mut TermCounts, view: DocView<'_>) {
        let key = key_of(&self.by, &view);
        let group = acc.groups.entry(key).or_default();
        group.docs += 1;
        let (lo, hi) = self.ngram_range;
        let text = &view.doc.text;
        SCRATCH.with(|cell| {
            let mut guard = cell.borrow_mut();
            let (scratch, joined, window) = &mut *guard;
            if hi == 1 {
                self.analyzer
                    .for_each_term(text, view.lang, scratch, |term, _| {
                        if let Some(t) = term {
                            group.add(t, 1, view.seq);
                        }
                    });
                return;
            }
            // N-grams: a window of the last `hi` kept terms, stored as ranges
            // in `arena`, reset at gaps and sentence boundaries.
            let res = self.analyzer.lang_resource(view.lang);
            let sentence_ends: Vec<usize> = sentences(text, res)
                .iter()
                .map(|(s, _)| s.byte_end)
                .collect();
            let mut sent = 0usize;
            let mut arena = String::new();
            window.clear();
            self.analyzer
                .for_each_term(text, view.lang, scratch, |term, raw| {
                    while sent < sentence_ends.len() && raw.byte_start >= sentence_ends[sent] {
                        sent += 1;
                        window.clear();
                        arena.clear();
                    }
                    let Some(t) = term else {
                        window.clear();
                        arena.clear();
                        return;
                    };
                    if window.len() == hi {
                        window.remove(0);
                    }
                    let start = arena.len();
                    arena.push_str(t);
                    window.push((start, arena.len()));
                    if lo == 1 {
                        group.add(t, 1, view.seq);
                    }
                    for n in lo.max(2)..=hi.min(window.len()) {
                        joined.clear();
                        for (i, &(s, e)) in window[window.len() - n..].iter().enumerate() {
                            if i > 0 {
                                joined.push(' ');
                            }
                            joined.push_str(&arena[s..e]);
                        }
                        group.add(joined, n, view.seq);
                    }
                    // Keep the arena small: compact when the window no longer
                    // references its beginning.
                    if arena.len() > 4096 {
                        let base = window[0].0;
                        arena.drain(..base);
                        for w in window.iter_mut() {
                            w.0 -= base;
                            w.1 -= base;
                        }
                    }
                });
        });
    }
}

/// Counts terms of a corpus into mergeable partials (no filtering): the
/// building block for distributed runs. Finish with [`finalize_terms`].
pub fn count_terms(
    corpus: &Corpus,
    analyzer: &Analyzer,
    config: &TermsConfig,
    opts: &RunOptions,
) -> Result<(TermCounts, Report)> {
    config.validate()?;
    let counter = DocCounter {
        analyzer,
        by: parse_by(&config.by)?,
        ngram_range: config.ngram_range,
    };
    run(
        corpus,
        opts,
        TermCounts::default,
        |acc, view| counter.count(acc, view),
        TermCounts::merge,
    )
}

/// One row of a [`TermTable`].
#[derive(Debug, Clone, PartialEq)]
pub struct TermRow {
    /// Group values, one per `by` column.
    pub group: GroupKey,
    /// The term (n-grams joined with a space).
    pub term: String,
    /// Occurrences in the group.
    pub count: u64,
    /// Documents of the group containing the term.
    pub doc_count: u64,
    /// `count` divided by the number of n-grams of the same order in the group.
    pub freq: f64,
    /// `freq × idf`, with scikit-learn's smoothed
    /// `idf = ln((1 + n_docs) / (1 + doc_count)) + 1` over the group's documents.
    pub tfidf: f64,
}

/// Term statistics, one row per (group, term), sorted by group, then count
/// (descending), then term.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TermTable {
    /// Names of the grouping columns.
    pub by: Vec<String>,
    /// The rows.
    pub rows: Vec<TermRow>,
    /// Documents per group, sorted by group.
    pub group_docs: Vec<(GroupKey, u64)>,
    /// Accounting of the run.
    pub report: Report,
}

/// Applies the filters of `config` and computes `freq` and `tfidf`.
pub fn finalize_terms(
    counts: TermCounts,
    config: &TermsConfig,
    report: Report,
) -> Result<TermTable> {
    config.validate()?;
    let by: Vec<String> = parse_by(&config.by)?
        .iter()
        .map(|g| g.name().to_string())
        .collect();
    let mut groups: Vec<(GroupKey, GroupCounts)> = counts.groups.into_iter().collect();
    groups.sort_by(|a, b| a.0.cmp(&b.0));
    let group_docs: Vec<(GroupKey, u64)> =
        groups.iter().map(|(k, g)| (k.clone(), g.docs)).collect();
    // Groups are independent: filter, rank and compute them in parallel; the
    // order of the output does not depend on the scheduling.
    let per_group: Vec<Vec<TermRow>> = groups
        .into_par_iter()
        .map(|(key, g)| finalize_group(key, g, config))
        .collect();
    let mut rows = Vec::with_capacity(per_group.iter().map(Vec::len).sum());
    for r in per_group {
        rows.extend(r);
    }
    Ok(TermTable {
        by,
        rows,
        group_docs,
        report,
    })
}

/// Ranks by count (descending), then term; the ordering of the table.
fn rank(a: &(TermKey, Entry), b: &(TermKey, Entry)) -> std::cmp::Ordering {
    b.1.count
        .cmp(&a.1.count)
        .then_with(|| a.0.as_bytes().cmp(b.0.as_bytes()))
}

/// Filters, ranks and computes the statistics of one group.
fn finalize_group(key: GroupKey, g: GroupCounts, config: &TermsConfig) -> Vec<TermRow> {
    let n_docs = g.docs;
    let min_df = config.min_df.resolve(n_docs);
    let max_df = config.max_df.resolve(n_docs);
    let mut kept: Vec<(TermKey, Entry)> = g
        .terms
        .into_iter()
        .filter(|(_, e)| {
            e.count >= config.min_count && (e.df as f64) >= min_df && (e.df as f64) <= max_df
        })
        .collect();
    if let Some(k) = config.top_k {
        if k < kept.len() {
            // Only the first k need ordering.
            kept.select_nth_unstable_by(k, rank);
            kept.truncate(k);
        }
    }
    if kept.len() > 1 << 14 {
        kept.par_sort_unstable_by(rank);
    } else {
        kept.sort_unstable_by(rank);
    }
    let idf_base = 1.0 + n_docs as f64;
    let mut rows = Vec::with_capacity(kept.len());
    for (term, e) in kept {
        let n = term.split(' ').count().min(8);
        let total = g.totals[n - 1].max(1);
        let freq = e.count as f64 / total as f64;
        let idf = (idf_base / (1.0 + e.df as f64)).ln() + 1.0;
        rows.push(TermRow {
            group: key.clone(),
            term: term.into_string(),
            count: e.count,
            doc_count: e.df,
            freq,
            tfidf: freq * idf,
        });
    }
    rows
}

/// Term statistics of a corpus: counts per group, filtered and finalized.
pub fn terms(
    corpus: &Corpus,
    analyzer: &Analyzer,
    config: &TermsConfig,
    opts: &RunOptions,
) -> Result<TermTable> {
    let (counts, report) = count_terms(corpus, analyzer, config, opts)?;
    finalize_terms(counts, config, report)
}

pub(crate) use stats::{chi2_2x2, chi2_sf_1df, g2_2x2, log_ratio};

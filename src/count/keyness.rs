//! Keyness: which terms are characteristic of a target group compared with a
//! reference group.

use super::{chi2_2x2, chi2_sf_1df, count_terms, g2_2x2, log_ratio, Map, TermsConfig};
use crate::corpus::{Corpus, Report};
use crate::error::{Error, Result};
use crate::run::RunOptions;
use crate::tokenize::Analyzer;

/// Options of [`keyness`].
#[derive(Debug, Clone, PartialEq)]
pub struct KeynessConfig {
    /// The column that defines the groups (`"source"`, `"month"`, `"lang"`, any field).
    pub by: String,
    /// Values of `by` that form the target.
    pub target: Vec<String>,
    /// Values that form the reference; empty → every document not in the target.
    pub reference: Vec<String>,
    /// N-gram orders, as in [`TermsConfig::ngram_range`].
    pub ngram_range: (usize, usize),
    /// Drop terms with fewer occurrences in target and reference together (default 5).
    pub min_count: u64,
    /// Keep only this many terms, ranked by G² (default all).
    pub top_k: Option<usize>,
}

impl Default for KeynessConfig {
    fn default() -> Self {
        KeynessConfig {
            by: "source".into(),
            target: vec![],
            reference: vec![],
            ngram_range: (1, 1),
            min_count: 5,
            top_k: None,
        }
    }
}

/// One row of a [`KeynessTable`].
#[derive(Debug, Clone, PartialEq)]
pub struct KeynessRow {
    /// The term.
    pub term: String,
    /// Occurrences in the target.
    pub count_target: u64,
    /// Occurrences in the reference.
    pub count_reference: u64,
    /// Signed log-likelihood G² (positive: characteristic of the target).
    pub g2: f64,
    /// Signed Pearson chi² of the same 2×2 table.
    pub chi2: f64,
    /// Effect size: Log Ratio, log2 of the ratio of relative frequencies.
    pub effect: f64,
    /// p-value of G² against chi-square with 1 degree of freedom.
    pub p_value: f64,
}

/// Keyness of every term, sorted by G² descending, then term.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct KeynessTable {
    /// The rows.
    pub rows: Vec<KeynessRow>,
    /// Documents in the target and in the reference.
    pub docs: (u64, u64),
    /// Tokens (n-grams) in the target and in the reference.
    pub tokens: (u64, u64),
    /// Accounting of the run.
    pub report: Report,
}

/// Compares term frequencies of target and reference documents.
pub fn keyness(
    corpus: &Corpus,
    analyzer: &Analyzer,
    config: &KeynessConfig,
    opts: &RunOptions,
) -> Result<KeynessTable> {
    if config.target.is_empty() {
        return Err(Error::invalid_config(
            "keyness needs at least one target value",
        ));
    }
    if let Some(v) = config.target.iter().find(|t| config.reference.contains(t)) {
        return Err(Error::invalid_config(format!(
            "{v:?} is in both target and reference"
        )));
    }
    let tc = TermsConfig {
        by: vec![config.by.clone()],
        ngram_range: config.ngram_range,
        ..TermsConfig::default()
    };
    let (counts, report) = count_terms(corpus, analyzer, &tc, opts)?;
    let mut target: Map<super::TermKey, u64> = Map::default();
    let mut reference: Map<super::TermKey, u64> = Map::default();
    let (mut docs_t, mut docs_r, mut tok_t, mut tok_r) = (0u64, 0u64, 0u64, 0u64);
    let (lo, hi) = config.ngram_range;
    for (key, g) in counts.groups {
        let value = key[0].as_deref();
        let is_target = value.is_some_and(|v| config.target.iter().any(|t| t == v));
        let is_ref = !is_target
            && (config.reference.is_empty()
                || value.is_some_and(|v| config.reference.iter().any(|t| t == v)));
        let tokens: u64 = g.totals[lo - 1..hi].iter().sum();
        let (map, docs, tok) = if is_target {
            (&mut target, &mut docs_t, &mut tok_t)
        } else if is_ref {
            (&mut reference, &mut docs_r, &mut tok_r)
        } else {
            continue;
        };
        *docs += g.docs;
        *tok += tokens;
        for (term, e) in g.terms {
            *map.entry(term).or_default() += e.count;
        }
    }
    if docs_t == 0 {
        return Err(Error::invalid_config(format!(
            "no document has {} in {:?}; check the target values",
            config.by, config.target
        )));
    }
    if docs_r == 0 {
        return Err(Error::invalid_config(format!(
            "the reference of the keyness comparison on {:?} is empty",
            config.by
        )));
    }
    let mut terms: Vec<super::TermKey> = target.keys().chain(reference.keys()).cloned().collect();
    terms.sort_unstable();
    terms.dedup();
    let (c, d) = (tok_t as f64, tok_r as f64);
    let mut rows: Vec<KeynessRow> = terms
        .into_iter()
        .filter_map(|term| {
            let a = target.get(&term).copied().unwrap_or(0);
            let b = reference.get(&term).copied().unwrap_or(0);
            if a + b < config.min_count {
                return None;
            }
            let (af, bf) = (a as f64, b as f64);
            let g2 = g2_2x2(af, bf, c, d);
            Some(KeynessRow {
                term: term.into(),
                count_target: a,
                count_reference: b,
                g2,
                chi2: chi2_2x2(af, bf, c, d),
                effect: log_ratio(af, bf, c, d),
                p_value: chi2_sf_1df(g2.abs()),
            })
        })
        .collect();
    rows.sort_by(|x, y| y.g2.total_cmp(&x.g2).then_with(|| x.term.cmp(&y.term)));
    if let Some(k) = config.top_k {
        rows.truncate(k);
    }
    Ok(KeynessTable {
        rows,
        docs: (docs_t, docs_r),
        tokens: (tok_t, tok_r),
        report,
    })
}

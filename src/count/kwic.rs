//! Keyword in context.

use crate::corpus::{Corpus, Report};
use crate::error::{Error, Result};
use crate::run::{run, RunOptions};
use crate::tokenize::{Analyzer, AnalyzerConfig, Scratch, StopWords};

/// Options of [`kwic`].
#[derive(Debug, Clone, PartialEq)]
pub struct KwicConfig {
    /// The keyword or phrase, matched on normalized terms (so with the
    /// default analyzer, case-insensitively). A final `*` on a word matches
    /// any term that starts with it (`migra*`).
    pub pattern: String,
    /// Context size in tokens on each side (default 5).
    pub window: usize,
    /// Stop after this many hits (default all).
    pub max_hits: Option<usize>,
}

impl Default for KwicConfig {
    fn default() -> Self {
        KwicConfig {
            pattern: String::new(),
            window: 5,
            max_hits: None,
        }
    }
}

/// One hit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KwicRow {
    /// Document id.
    pub doc_id: String,
    /// Text before the keyword (up to `window` tokens, original characters).
    pub left: String,
    /// The keyword as written in the text.
    pub keyword: String,
    /// Text after the keyword.
    pub right: String,
    /// Character offset of the keyword in the document text.
    pub char_start: usize,
    /// Character offset one past the keyword.
    pub char_end: usize,
    pub(crate) seq: u64,
}

enum Part {
    Exact(String),
    Prefix(String),
}

/// Finds every occurrence of a keyword or phrase, with its context.
///
/// Matching uses the analyzer's normalization (case, accents, NFKC) but not
/// its stop words or length filter, so any word can be looked up.
pub fn kwic(
    corpus: &Corpus,
    analyzer: &Analyzer,
    config: &KwicConfig,
    opts: &RunOptions,
) -> Result<(Vec<KwicRow>, Report)> {
    let cfg = AnalyzerConfig {
        stop_words: StopWords::None,
        extra_stop_words: vec![],
        min_len: 0,
        numbers: true,
        urls: true,
        emails: true,
        hashtags: true,
        mentions: true,
        ..analyzer.config().clone()
    };
    let matcher = Analyzer::builder().configure(cfg).build()?;
    let mut parts = Vec::new();
    for word in config.pattern.split_whitespace() {
        let (stem, prefix) = match word.strip_suffix('*') {
            Some(s) => (s, true),
            None => (word, false),
        };
        let toks = matcher.tokenize(stem, None);
        let n = toks.len();
        for (i, t) in toks.into_iter().enumerate() {
            parts.push(if prefix && i + 1 == n {
                Part::Prefix(t.term)
            } else {
                Part::Exact(t.term)
            });
        }
    }
    if parts.is_empty() {
        return Err(Error::invalid_config(format!(
            "kwic pattern {:?} has no word in it",
            config.pattern
        )));
    }
    let window = config.window;
    let (mut rows, report) = run(
        corpus,
        opts,
        Vec::new,
        |acc: &mut Vec<KwicRow>, view| {
            let text = &view.doc.text;
            let mut toks = Vec::new();
            let mut scratch = Scratch::default();
            matcher.for_each_term(text, view.lang, &mut scratch, |term, raw| {
                if let Some(t) = term {
                    toks.push((t.to_string(), raw));
                }
            });
            let n = parts.len();
            if toks.len() < n {
                return;
            }
            for i in 0..=toks.len() - n {
                let hit = parts
                    .iter()
                    .zip(&toks[i..i + n])
                    .all(|(p, (t, _))| match p {
                        Part::Exact(w) => t == w,
                        Part::Prefix(w) => t.starts_with(w.as_str()),
                    });
                if !hit {
                    continue;
                }
                let first = toks[i].1;
                let last = toks[i + n - 1].1;
                let left_start = toks[i.saturating_sub(window)].1.byte_start;
                let right_end = toks[(i + n - 1 + window).min(toks.len() - 1)].1.byte_end;
                let clean = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
                acc.push(KwicRow {
                    doc_id: view.doc.id.clone(),
                    left: clean(&text[left_start..first.byte_start]),
                    keyword: text[first.byte_start..last.byte_end].to_string(),
                    right: clean(&text[last.byte_end..right_end.max(last.byte_end)]),
                    char_start: first.char_start,
                    char_end: last.char_end,
                    seq: view.seq,
                });
            }
        },
        |mut a, b| {
            a.extend(b);
            a
        },
    )?;
    rows.sort_by_key(|r| (r.seq, r.char_start));
    if let Some(m) = config.max_hits {
        rows.truncate(m);
    }
    Ok((rows, report))
}

//! Every table in one pass: term statistics, actor mentions and
//! co-occurrence, quotations and share of voice.
//!
//! Each document is read, parsed and language-resolved once; its actors are
//! found once and serve both the co-occurrence counts and the speakers of its
//! quotations (the actor detector's sentences are reused by the quotation
//! rules). The tables are the same as those of [`count::terms`],
//! [`cooc::analyze`] and [`quotes::analyze`] run one after the other with the
//! same settings (a test checks it), in less time than their sum.
//!
//! [`count::terms`]: crate::count::terms
//! [`cooc::analyze`]: crate::actors::cooc::analyze
//! [`quotes::analyze`]: crate::quotes::analyze

use crate::actors::cooc::{self, ActorCounts, ActorTables, CoocConfig};
use crate::actors::ActorDetector;
use crate::corpus::{Corpus, Report};
use crate::count::{finalize_terms, DocCounter, TermCounts, TermTable, TermsConfig};
use crate::error::Result;
use crate::group::parse_by;
use crate::quotes::spill::{SpillDir, SPILL_ROWS};
use crate::quotes::{QuoteAcc, QuoteExtractor, QuoteRow, QuoteTables, QuotesConfig};
use crate::run::{run, RunOptions};
use crate::tokenize::Analyzer;
use std::path::Path;
use std::sync::Arc;

/// Which tables [`analyze`] computes, and their settings. A `None` table is
/// not computed (and costs nothing).
#[derive(Debug, Clone)]
pub struct AnalyzeConfig {
    /// Term statistics.
    pub terms: Option<TermsConfig>,
    /// Actors: mentions, actors and co-occurrence.
    pub actors: Option<CoocConfig>,
    /// Quotations and share of voice.
    pub quotes: Option<QuotesConfig>,
}

impl Default for AnalyzeConfig {
    /// Every table, with the default settings of each analysis.
    fn default() -> Self {
        AnalyzeConfig {
            terms: Some(TermsConfig::default()),
            actors: Some(CoocConfig::default()),
            quotes: Some(QuotesConfig::default()),
        }
    }
}

/// The tables of one [`analyze`] run; `None` for tables not asked for.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// Term statistics.
    pub terms: Option<TermTable>,
    /// Mentions, actors and co-occurrence.
    pub actors: Option<ActorTables>,
    /// Quotations and share of voice.
    pub quotes: Option<QuoteTables>,
    /// Accounting of the run (the same for every table).
    pub report: Report,
}

/// Mergeable partial results of [`analyze`]: the building block of
/// distributed runs (each worker counts its part of the corpus with
/// [`count`], the partials are merged with [`Partial::merge`] in any grouping,
/// and [`Partial::finish`] computes the tables). With the `polars` feature,
/// [`frame::partial_frames`](crate::frame::partial_frames) and
/// [`frame::partial_from_frames`](crate::frame::partial_from_frames) move a
/// partial between processes as plain tables.
#[derive(Debug, Default)]
pub struct Partial {
    pub(crate) terms: TermCounts,
    pub(crate) actors: ActorCounts,
    pub(crate) quotes: QuoteAcc,
    pub(crate) report: Report,
}

impl Partial {
    /// Merges a partial of the documents that follow `self`'s in input
    /// order (the order matters for the input files and skip details; the
    /// counts do not depend on it).
    pub fn merge(self, mut o: Partial) -> Partial {
        let Partial {
            terms,
            actors,
            quotes,
            mut report,
        } = self;
        let files = std::mem::take(&mut o.report.files);
        report.merge(o.report);
        report.files.extend(files);
        // PERF: the three merges are independent (with two threads, the final
        // merge of the per-thread partials was a serial step of seconds).
        let (terms, (actors, quotes)) = rayon::join(
            || terms.merge(o.terms),
            || rayon::join(|| actors.merge(o.actors), || quotes.merge(o.quotes)),
        );
        Partial {
            terms,
            actors,
            quotes,
            report,
        }
    }

    /// Adds `base` to every document position (skips, mentions,
    /// quotations). A part of a corpus counted on its own numbers its
    /// documents from 0; shifting each part past the positions of the parts
    /// before it (by their number of records, or by any larger, increasing
    /// offset such as `part_index << 40`) makes merged partials order their
    /// rows as one run over the whole corpus would.
    pub fn shift(mut self, base: u64) -> Partial {
        for s in &mut self.report.skip_seqs {
            *s += base;
        }
        for m in &mut self.actors.mentions {
            m.0 += base;
        }
        for q in &mut self.quotes.rows {
            q.0 += base;
        }
        self
    }

    /// The accounting of the documents counted so far.
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// Computes the tables: filters and tf-idf of the terms, corpus-level
    /// actor merging and association measures, speaker merging and share of
    /// voice. `config` and `detector` must be those of the counting.
    pub fn finish(self, config: &AnalyzeConfig, detector: &ActorDetector) -> Result<Analysis> {
        self.finish_with(config, detector, None)
    }

    /// [`finish`](Self::finish); with a `sink`, the quotation rows go to it
    /// in input order (see [`analyze_streaming`]) instead of into the tables.
    fn finish_with(
        self,
        config: &AnalyzeConfig,
        detector: &ActorDetector,
        sink: Option<QuoteSink<'_>>,
    ) -> Result<Analysis> {
        let Partial {
            terms,
            actors,
            quotes,
            mut report,
        } = self;
        report.finish();
        // The three tables are independent: finish them side by side.
        let rep = &report;
        let (quotes, (actors, terms)) = rayon::join(
            || -> Result<Option<QuoteTables>> {
                match &config.quotes {
                    Some(qc) => {
                        let by = parse_by(&qc.by)?;
                        Ok(Some(match sink {
                            Some(sink) => quotes.finish_into(&by, rep.clone(), sink)?,
                            None => quotes.finish(&by, rep.clone())?,
                        }))
                    }
                    None => Ok(None),
                }
            },
            || {
                rayon::join(
                    || -> Result<Option<ActorTables>> {
                        match &config.actors {
                            Some(cc) => Ok(Some(cooc::finalize(
                                actors.checked(detector)?,
                                cc,
                                rep.clone(),
                            )?)),
                            None => Ok(None),
                        }
                    },
                    || -> Result<Option<TermTable>> {
                        match &config.terms {
                            Some(tc) => Ok(Some(finalize_terms(terms, tc, rep.clone())?)),
                            None => Ok(None),
                        }
                    },
                )
            },
        );
        // Quotation errors first: they are the per-document errors when both
        // actors and quotes run.
        let (quotes, actors, terms) = (quotes?, actors?, terms?);
        Ok(Analysis {
            terms,
            actors,
            quotes,
            report,
        })
    }
}

/// Computes the tables of `config` over `corpus` in one pass.
///
/// `analyzer` tokenizes for the term statistics; `extractor` finds the
/// actors (its detector) and the quotations.
///
/// ```
/// use presslens::analyze::{analyze, AnalyzeConfig};
/// use presslens::corpus::{Corpus, Document};
/// use presslens::quotes::QuoteExtractor;
/// use presslens::run::RunOptions;
/// use presslens::tokenize::Analyzer;
/// let corpus = Corpus::from_documents(vec![Document::new(
///     "a",
///     "\"Talks will resume,\" Maria Lopez said after meeting Olaf Scholz.",
/// )
/// .with_lang("en")]);
/// let x = QuoteExtractor::new(&Default::default(), None)?;
/// let a = analyze(&corpus, &Analyzer::default(), &x, &AnalyzeConfig::default(), &RunOptions::default())?;
/// assert!(a.terms.unwrap().rows.iter().any(|r| r.term == "talks"));
/// assert_eq!(a.actors.unwrap().pairs.len(), 1);
/// assert_eq!(a.quotes.unwrap().quotes[0].speaker, "Maria Lopez");
/// assert_eq!(a.report.analysed, 1);
/// # Ok::<(), presslens::Error>(())
/// ```
pub fn analyze(
    corpus: &Corpus,
    analyzer: &Analyzer,
    extractor: &QuoteExtractor,
    config: &AnalyzeConfig,
    opts: &RunOptions,
) -> Result<Analysis> {
    count(corpus, analyzer, extractor, config, opts)?.finish(config, extractor.detector())
}

/// Where [`analyze_streaming`] hands the quotation rows.
pub type QuoteSink<'a> = &'a mut (dyn FnMut(Vec<QuoteRow>) -> Result<()> + Send);

/// [`analyze`] for corpora whose quotation rows need not (or cannot) be held
/// in memory at once: while the corpus is counted, the rows are written to
/// temporary files in a directory made inside `spill_dir` (removed at the
/// end, also on failure); when it is counted, they are merged back and
/// handed to `quotes` in input order, in chunks (while the other tables are
/// finished). The returned tables' `quotes` is empty; everything else is as
/// [`analyze`] returns it. The CLI's `presslens analyze` writes the chunks
/// to Parquet as they come.
///
/// ```
/// use presslens::analyze::{analyze_streaming, AnalyzeConfig};
/// use presslens::corpus::{Corpus, Document};
/// use presslens::quotes::QuoteExtractor;
/// use presslens::run::RunOptions;
/// use presslens::tokenize::Analyzer;
/// let corpus = Corpus::from_documents(vec![Document::new(
///     "a",
///     "\"Talks will resume,\" Maria Lopez said after meeting Olaf Scholz.",
/// )
/// .with_lang("en")]);
/// let x = QuoteExtractor::new(&Default::default(), None)?;
/// let mut rows = Vec::new();
/// let a = analyze_streaming(
///     &corpus,
///     &Analyzer::default(),
///     &x,
///     &AnalyzeConfig::default(),
///     &RunOptions::default(),
///     &std::env::temp_dir(),
///     &mut |chunk| Ok(rows.extend(chunk)),
/// )?;
/// assert_eq!(rows[0].speaker, "Maria Lopez");
/// assert_eq!(a.quotes.unwrap().voice[0].quotes, 1);
/// # Ok::<(), presslens::Error>(())
/// ```
pub fn analyze_streaming(
    corpus: &Corpus,
    analyzer: &Analyzer,
    extractor: &QuoteExtractor,
    config: &AnalyzeConfig,
    opts: &RunOptions,
    spill_dir: &Path,
    quotes: QuoteSink<'_>,
) -> Result<Analysis> {
    let dir = match config.quotes {
        Some(_) => Some((SpillDir::new(spill_dir)?, SPILL_ROWS)),
        None => None,
    };
    count_with(corpus, analyzer, extractor, config, opts, dir)?.finish_with(
        config,
        extractor.detector(),
        Some(quotes),
    )
}

/// The counting pass of [`analyze`]: a mergeable [`Partial`].
pub fn count(
    corpus: &Corpus,
    analyzer: &Analyzer,
    extractor: &QuoteExtractor,
    config: &AnalyzeConfig,
    opts: &RunOptions,
) -> Result<Partial> {
    count_with(corpus, analyzer, extractor, config, opts, None)
}

/// [`count`], its quotation rows written to `spill.0` every `spill.1` rows
/// as they accumulate.
fn count_with(
    corpus: &Corpus,
    analyzer: &Analyzer,
    extractor: &QuoteExtractor,
    config: &AnalyzeConfig,
    opts: &RunOptions,
    spill: Option<(Arc<SpillDir>, usize)>,
) -> Result<Partial> {
    let counter = match &config.terms {
        Some(tc) => {
            tc.validate()?;
            Some(DocCounter {
                analyzer,
                by: parse_by(&tc.by)?,
                ngram_range: tc.ngram_range,
            })
        }
        None => None,
    };
    let actors_by = match &config.actors {
        Some(cc) => parse_by(&cc.by)?,
        None => Vec::new(),
    };
    let quotes_by = match &config.quotes {
        Some(qc) => parse_by(&qc.by)?,
        None => Vec::new(),
    };
    let detector = extractor.detector();
    let (mut acc, report) = run(
        corpus,
        opts,
        || Partial {
            quotes: match &spill {
                Some((dir, rows)) => QuoteAcc::spilling(dir.clone(), *rows),
                None => QuoteAcc::default(),
            },
            ..Partial::default()
        },
        |acc: &mut Partial, view| {
            if let Some(c) = &counter {
                c.count(&mut acc.terms, view);
            }
            let (text, id) = (&view.doc.text, &view.doc.id);
            match (&config.actors, &config.quotes) {
                (None, None) => {}
                (Some(cc), None) => match detector.detect_doc(id, text, view.lang) {
                    Ok(doc) => {
                        cooc::count_doc(&mut acc.actors, view, &actors_by, doc, detector, cc)
                    }
                    Err(e) => acc.actors.fail(view.seq, e),
                },
                (cc, Some(_)) => match extractor.extract_doc_full(id, text, view.lang) {
                    Ok((quotes, doc)) => {
                        acc.quotes.add(view, &quotes_by, quotes, &doc.mentions);
                        if let Some(cc) = cc {
                            cooc::count_doc(&mut acc.actors, view, &actors_by, doc, detector, cc);
                        }
                    }
                    Err(e) => acc.quotes.fail(view.seq, e),
                },
            }
        },
        // The per-thread partials carry empty reports; `run` returns the
        // run's own.
        Partial::merge,
    )?;
    acc.report = report;
    Ok(acc)
}

/// The JSON manifest written beside the tables of a run: the presslens
/// version, the input files, the document counts (read, analysed, skipped,
/// skipped by reason), the `settings` the caller gives (a JSON object) and
/// the rows of each table written.
pub fn manifest(report: &Report, settings: &serde_json::Value, tables: &[(&str, usize)]) -> String {
    use serde_json::{json, Map, Value};
    let skipped_by_reason: Map<String, Value> = report
        .skip_counts()
        .into_iter()
        .map(|(k, n)| (k.to_string(), json!(n)))
        .collect();
    let tables: Map<String, Value> = tables
        .iter()
        .map(|(k, n)| (k.to_string(), json!(n)))
        .collect();
    let m = json!({
        "presslens_version": crate::VERSION,
        "input_files": report.files,
        "documents": {
            "read": report.read,
            "analysed": report.analysed,
            "skipped": report.skipped,
            "skipped_by_reason": skipped_by_reason,
            "empty": report.empty,
            "bad_dates": report.bad_dates,
            "detected_lang": report.detected_lang,
        },
        "settings": settings,
        "tables": tables,
    });
    // A `Value` always serialises.
    serde_json::to_string_pretty(&m).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{OnError, ReadOptions};

    #[test]
    fn spilled_quotations_come_back_as_in_memory_ones() {
        let root = env!("CARGO_MANIFEST_DIR");
        let corpus = Corpus::from_paths([
            format!("{root}/data/example/news.jsonl"),
            format!("{root}/tests/data/corpus/bad.jsonl"),
        ])
        .unwrap()
        .with_options(ReadOptions {
            on_error: OnError::Skip,
            ..ReadOptions::default()
        });
        let x = QuoteExtractor::new(&Default::default(), None).unwrap();
        let config = AnalyzeConfig {
            terms: None,
            actors: None,
            quotes: Some(QuotesConfig {
                by: vec!["source".into()],
            }),
        };
        let an = Analyzer::default();
        let one = RunOptions::default().threads(1);
        let want = analyze(&corpus, &an, &x, &config, &one).unwrap();
        let want = want.quotes.unwrap();
        assert!(want.quotes.len() > 100, "{}", want.quotes.len());
        let parent = std::env::temp_dir().join(format!("presslens-analyze-{}", std::process::id()));
        for (threads, rows) in [(1, 5), (2, 7), (3, 64), (2, 100_000)] {
            let dir = SpillDir::new(&parent).unwrap();
            let spill_path = dir.path().to_path_buf();
            let p = count_with(
                &corpus,
                &an,
                &x,
                &config,
                &RunOptions::default().threads(threads),
                Some((dir, rows)),
            )
            .unwrap();
            let spilled = p.quotes.runs.len();
            assert_eq!(spilled > 0, rows < want.quotes.len(), "{rows}: {spilled}");
            let mut chunks = Vec::new();
            let got = p
                .finish_with(
                    &config,
                    x.detector(),
                    Some(&mut |c: Vec<QuoteRow>| {
                        chunks.push(c);
                        Ok(())
                    }),
                )
                .unwrap()
                .quotes
                .unwrap();
            assert!(got.quotes.is_empty());
            assert_eq!(
                got.voice, want.voice,
                "{threads} threads, {rows} rows a run"
            );
            assert!(chunks.iter().all(|c| !c.is_empty()));
            let rows_back: Vec<QuoteRow> = chunks.into_iter().flatten().collect();
            assert_eq!(
                rows_back, want.quotes,
                "{threads} threads, {rows} rows a run"
            );
            // The run files and their directory are gone.
            assert!(!spill_path.exists());
        }
        let _ = std::fs::remove_dir_all(&parent);
    }
}

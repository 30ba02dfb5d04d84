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
use crate::corpus::{Corpus, Report};
use crate::count::{finalize_terms, DocCounter, TermCounts, TermTable, TermsConfig};
use crate::error::Result;
use crate::group::parse_by;
use crate::quotes::{QuoteAcc, QuoteExtractor, QuoteTables, QuotesConfig};
use crate::run::{run, RunOptions};
use crate::tokenize::Analyzer;

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

#[derive(Default)]
struct Acc {
    terms: TermCounts,
    actors: ActorCounts,
    quotes: QuoteAcc,
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
    let (acc, report) = run(
        corpus,
        opts,
        Acc::default,
        |acc: &mut Acc, view| {
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
        |a, b| Acc {
            terms: a.terms.merge(b.terms),
            actors: a.actors.merge(b.actors),
            quotes: a.quotes.merge(b.quotes),
        },
    )?;
    let Acc {
        terms,
        actors,
        quotes,
    } = acc;
    // Quotation errors first: they are the per-document errors when both
    // actors and quotes run.
    let quotes = match &config.quotes {
        Some(_) => Some(quotes.finish(&quotes_by, report.clone())?),
        None => None,
    };
    let actors = match &config.actors {
        Some(cc) => Some(cooc::finalize(
            actors.checked(detector)?,
            cc,
            report.clone(),
        )?),
        None => None,
    };
    let terms = match &config.terms {
        Some(tc) => Some(finalize_terms(terms, tc, report.clone())?),
        None => None,
    };
    Ok(Analysis {
        terms,
        actors,
        quotes,
        report,
    })
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

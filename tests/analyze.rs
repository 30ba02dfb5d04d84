//! The one-pass analysis gives the tables of the separate analyses.

use presslens::actors::cooc::{self, CoocConfig};
use presslens::analyze::{analyze, count, manifest, AnalyzeConfig};
use presslens::corpus::{Corpus, OnError, ReadOptions};
use presslens::count::{terms, TermsConfig};
use presslens::quotes::{self, QuoteExtractor, QuotesConfig};
use presslens::run::RunOptions;
use presslens::tokenize::{Analyzer, StopWords};

fn example() -> Corpus {
    let root = env!("CARGO_MANIFEST_DIR");
    Corpus::from_paths([
        format!("{root}/data/example/news.jsonl"),
        format!("{root}/tests/data/corpus/bad.jsonl"),
    ])
    .unwrap()
    .with_options(ReadOptions {
        on_error: OnError::Skip,
        ..ReadOptions::default()
    })
}

#[test]
fn one_pass_equals_separate_analyses() {
    let corpus = example();
    let analyzer = Analyzer::builder()
        .stop_words(StopWords::Auto)
        .build()
        .unwrap();
    let x = QuoteExtractor::new(&Default::default(), None).unwrap();
    let config = AnalyzeConfig {
        terms: Some(TermsConfig::default().by(["lang"]).ngram_range(1, 2)),
        actors: Some(CoocConfig {
            by: vec!["month".into()],
            ..CoocConfig::default()
        }),
        quotes: Some(QuotesConfig {
            by: vec!["source".into()],
        }),
    };
    let one = RunOptions::default().threads(1);
    let a = analyze(&corpus, &analyzer, &x, &config, &one).unwrap();
    let t = terms(&corpus, &analyzer, config.terms.as_ref().unwrap(), &one).unwrap();
    let c = cooc::analyze(&corpus, x.detector(), config.actors.as_ref().unwrap(), &one).unwrap();
    let q = quotes::analyze(&corpus, &x, config.quotes.as_ref().unwrap(), &one).unwrap();
    assert_eq!(a.terms.as_ref(), Some(&t));
    assert_eq!(a.actors.as_ref(), Some(&c));
    assert_eq!(a.quotes.as_ref(), Some(&q));
    assert!(a.report.analysed > 100 && a.report.skipped == 2);
    assert!(!c.pairs.is_empty() && !q.quotes.is_empty());

    // Thread count does not matter.
    let two = analyze(
        &corpus,
        &analyzer,
        &x,
        &config,
        &RunOptions::default().threads(2),
    )
    .unwrap();
    assert_eq!(two.terms, a.terms);
    assert_eq!(two.actors, a.actors);
    assert_eq!(two.quotes, a.quotes);

    // Tables not asked for are not computed.
    let only = AnalyzeConfig {
        terms: None,
        actors: None,
        ..config.clone()
    };
    let b = analyze(&corpus, &analyzer, &x, &only, &one).unwrap();
    assert!(b.terms.is_none() && b.actors.is_none());
    assert_eq!(b.quotes.as_ref(), Some(&q));
    let only = AnalyzeConfig {
        terms: None,
        quotes: None,
        ..config
    };
    let b = analyze(&corpus, &analyzer, &x, &only, &one).unwrap();
    assert_eq!(b.actors.as_ref(), Some(&c));
}

#[test]
fn manifest_counts_documents_and_tables() {
    let corpus = example();
    let x = QuoteExtractor::new(&Default::default(), None).unwrap();
    let config = AnalyzeConfig {
        actors: None,
        ..AnalyzeConfig::default()
    };
    let a = analyze(
        &corpus,
        &Analyzer::default(),
        &x,
        &config,
        &RunOptions::default(),
    )
    .unwrap();
    let settings = serde_json::json!({"by": ["lang"]});
    let n = a.terms.as_ref().unwrap().rows.len();
    let m: serde_json::Value =
        serde_json::from_str(&manifest(&a.report, &settings, &[("terms", n)])).unwrap();
    let d = &m["documents"];
    assert_eq!(d["read"], a.report.read);
    assert_eq!(d["skipped"], 2);
    assert_eq!(d["skipped_by_reason"]["parse"], 1);
    assert_eq!(d["skipped_by_reason"]["missing_field"], 1);
    assert_eq!(m["tables"]["terms"], n);
    assert_eq!(m["settings"], settings);
    assert_eq!(m["presslens_version"], presslens::VERSION);
    assert_eq!(m["input_files"].as_array().unwrap().len(), 2);
}

#[test]
fn partials_of_parts_merge_into_the_whole() {
    let root = env!("CARGO_MANIFEST_DIR");
    let skip = ReadOptions {
        on_error: OnError::Skip,
        ..ReadOptions::default()
    };
    let parts = [
        format!("{root}/tests/data/corpus/mini-news.jsonl"),
        format!("{root}/tests/data/corpus/bad.jsonl"),
        format!("{root}/data/example/news.jsonl"),
    ];
    let analyzer = Analyzer::default();
    let x = QuoteExtractor::new(&Default::default(), None).unwrap();
    let config = AnalyzeConfig {
        terms: Some(TermsConfig::default().by(["lang"]).ngram_range(1, 2)),
        actors: Some(CoocConfig {
            by: vec!["lang".into()],
            ..CoocConfig::default()
        }),
        quotes: Some(QuotesConfig {
            by: vec!["lang".into()],
        }),
    };
    let opts = RunOptions::default().threads(2);
    let whole = Corpus::from_paths(&parts)
        .unwrap()
        .with_options(skip.clone());
    let expected = analyze(&whole, &analyzer, &x, &config, &opts).unwrap();
    // Each file on its own, shifted by part index, merged as a tree
    // ((0, 1), 2) and as ((2, 1), 0): the same tables.
    let partial = |i: usize| {
        let c = Corpus::from_paths([&parts[i]])
            .unwrap()
            .with_options(skip.clone());
        count(&c, &analyzer, &x, &config, &opts)
            .unwrap()
            .shift((i as u64) << 40)
    };
    for merged in [
        partial(0).merge(partial(1)).merge(partial(2)),
        partial(0).merge(partial(1).merge(partial(2))),
    ] {
        let got = merged.finish(&config, x.detector()).unwrap();
        assert_eq!(got.terms, expected.terms);
        assert_eq!(got.actors, expected.actors);
        assert_eq!(got.quotes, expected.quotes);
        assert_eq!(got.report, expected.report);
    }
}

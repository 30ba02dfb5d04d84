//! Term statistics, keyness, KWIC and the document-term matrix on small,
//! hand-checked corpora.

use presslens::corpus::{Corpus, Date, Document};
use presslens::count::{
    dtm, keyness, kwic, terms, DfLimit, DtmConfig, KeynessConfig, KwicConfig, TermsConfig,
};
use presslens::run::RunOptions;
use presslens::tokenize::{Analyzer, StopWords};

fn corpus() -> Corpus {
    let d = |id: &str, text: &str, date: &str, src: &str| {
        Document::new(id, text)
            .with_lang("en")
            .with_date(Date::parse(date).unwrap())
            .with_source(src)
    };
    Corpus::from_documents(vec![
        d(
            "1",
            "Putin met Kim in Moscow. Kim smiled.",
            "2023-09-13",
            "tass",
        ),
        d(
            "2",
            "The White House said Kim and Putin met.",
            "2023-09-20",
            "ap",
        ),
        d(
            "3",
            "Kim returned to Pyongyang on Monday.",
            "2023-10-02",
            "tass",
        ),
        d(
            "4",
            "Sanctions on Moscow were extended.",
            "2023-10-05",
            "ap",
        ),
    ])
}

fn opts() -> RunOptions {
    RunOptions::default().threads(2)
}

#[test]
fn counts_document_frequency_freq_and_tfidf() {
    let t = terms(
        &corpus(),
        &Analyzer::default(),
        &TermsConfig::default(),
        &opts(),
    )
    .unwrap();
    let kim = t.rows.iter().find(|r| r.term == "kim").unwrap();
    assert_eq!((kim.count, kim.doc_count), (4, 3));
    let total: u64 = t.rows.iter().map(|r| r.count).sum();
    assert!((kim.freq - 4.0 / total as f64).abs() < 1e-12);
    let idf = (5.0f64 / 4.0).ln() + 1.0;
    assert!((kim.tfidf - kim.freq * idf).abs() < 1e-12);
    // Sorted by count descending, then term.
    assert_eq!(t.rows[0].term, "kim");
    assert!(t
        .rows
        .windows(2)
        .all(|w| w[0].count > w[1].count || (w[0].count == w[1].count && w[0].term < w[1].term)));
}

#[test]
fn grouping_by_month_and_source() {
    let cfg = TermsConfig::default().by(["month", "source"]);
    let t = terms(&corpus(), &Analyzer::default(), &cfg, &opts()).unwrap();
    let groups: Vec<_> = t
        .group_docs
        .iter()
        .map(|(k, n)| {
            (
                k[0].as_deref().unwrap().to_string(),
                k[1].as_deref().unwrap().to_string(),
                *n,
            )
        })
        .collect();
    assert_eq!(
        groups,
        [
            ("2023-09".into(), "ap".into(), 1),
            ("2023-09".into(), "tass".into(), 1),
            ("2023-10".into(), "ap".into(), 1),
            ("2023-10".into(), "tass".into(), 1)
        ]
    );
}

#[test]
fn ngrams_do_not_cross_sentences_or_stop_words() {
    let a = Analyzer::builder()
        .stop_words(StopWords::Auto)
        .build()
        .unwrap();
    let t = terms(
        &corpus(),
        &a,
        &TermsConfig::default().ngram_range(2, 2),
        &opts(),
    )
    .unwrap();
    let bigrams: Vec<_> = t.rows.iter().map(|r| r.term.as_str()).collect();
    assert!(bigrams.contains(&"putin met"));
    assert!(bigrams.contains(&"white house"));
    assert!(
        !bigrams.contains(&"moscow kim"),
        "crossed a sentence boundary: {bigrams:?}"
    );
    assert!(
        !bigrams.contains(&"kim moscow"),
        "crossed a stop word: {bigrams:?}"
    );
    assert!(t.rows.iter().all(|r| r.term.split(' ').count() == 2));
}

#[test]
fn filters() {
    let cfg = TermsConfig {
        min_df: DfLimit::Count(2),
        ..TermsConfig::default()
    };
    let t = terms(&corpus(), &Analyzer::default(), &cfg, &opts()).unwrap();
    let got: Vec<_> = t.rows.iter().map(|r| r.term.as_str()).collect();
    assert_eq!(got, ["kim", "met", "moscow", "on", "putin"]);
    let cfg = TermsConfig {
        max_df: DfLimit::Fraction(0.5),
        top_k: Some(2),
        by: vec!["source".into()],
        ..TermsConfig::default()
    };
    let t = terms(&corpus(), &Analyzer::default(), &cfg, &opts()).unwrap();
    assert_eq!(t.rows.len(), 4);
    assert!(t
        .rows
        .iter()
        .all(|r| r.term != "kim" || r.group[0].as_deref() == Some("ap")));
    let bad = TermsConfig {
        min_df: DfLimit::Count(5),
        max_df: DfLimit::Count(2),
        ..TermsConfig::default()
    };
    let err = terms(&corpus(), &Analyzer::default(), &bad, &opts()).unwrap_err();
    assert!(err.to_string().contains("try a lower min_df"), "{err}");
}

#[test]
fn keyness_sign_and_values() {
    let cfg = KeynessConfig {
        by: "source".into(),
        target: vec!["tass".into()],
        min_count: 1,
        ..KeynessConfig::default()
    };
    let t = keyness(&corpus(), &Analyzer::default(), &cfg, &opts()).unwrap();
    assert_eq!(t.docs, (2, 2));
    let kim = t.rows.iter().find(|r| r.term == "kim").unwrap();
    assert_eq!((kim.count_target, kim.count_reference), (3, 1));
    assert!(kim.g2 > 0.0 && kim.effect > 0.0);
    let sanctions = t.rows.iter().find(|r| r.term == "sanctions").unwrap();
    assert!(sanctions.g2 < 0.0 && sanctions.effect < 0.0);
    assert!(t.rows.windows(2).all(|w| w[0].g2 >= w[1].g2));
    assert!(t.rows.iter().all(|r| (0.0..=1.0).contains(&r.p_value)));
}

#[test]
fn kwic_offsets_round_trip() {
    let c = corpus();
    let (rows, _) = kwic(
        &c,
        &Analyzer::default(),
        &KwicConfig {
            pattern: "kim".into(),
            window: 2,
            max_hits: None,
        },
        &opts(),
    )
    .unwrap();
    assert_eq!(rows.len(), 4);
    assert_eq!(
        (
            rows[0].doc_id.as_str(),
            rows[0].left.as_str(),
            rows[0].keyword.as_str(),
            rows[0].right.as_str()
        ),
        ("1", "Putin met", "Kim", "in Moscow")
    );
    let (phrase, _) = kwic(
        &c,
        &Analyzer::default(),
        &KwicConfig {
            pattern: "white hou*".into(),
            window: 1,
            max_hits: None,
        },
        &opts(),
    )
    .unwrap();
    assert_eq!(phrase.len(), 1);
    let text = "The White House said Kim and Putin met.";
    let s: String = text
        .chars()
        .skip(phrase[0].char_start)
        .take(phrase[0].char_end - phrase[0].char_start)
        .collect();
    assert_eq!(s, "White House");
    assert_eq!(phrase[0].keyword, s);
}

#[test]
fn dtm_matches_term_counts() {
    let c = corpus();
    let m = dtm(&c, &Analyzer::default(), &DtmConfig::default(), &opts()).unwrap();
    assert_eq!(m.doc_ids, ["1", "2", "3", "4"]);
    assert_eq!(m.indptr.len(), 5);
    assert!(m.vocabulary.windows(2).all(|w| w[0] < w[1]));
    let t = terms(&c, &Analyzer::default(), &TermsConfig::default(), &opts()).unwrap();
    for row in &t.rows {
        let j = m.vocabulary.iter().position(|v| v == &row.term).unwrap() as i32;
        let total: i64 = m
            .indices
            .iter()
            .zip(&m.data)
            .filter(|(i, _)| **i == j)
            .map(|(_, d)| *d)
            .sum();
        assert_eq!(total as u64, row.count, "{}", row.term);
    }
}

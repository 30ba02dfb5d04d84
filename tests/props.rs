//! Property tests against simple oracles: parallel == sequential, batches
//! == all at once, merge is associative, offsets round-trip.

use presslens::corpus::{Corpus, Document, ReadOptions};
use presslens::count::{count_terms, finalize_terms, terms, TermsConfig};
use presslens::lang::LangResource;
use presslens::run::RunOptions;
use presslens::tokenize::{sentences, Analyzer, StopWords};
use proptest::prelude::*;

const WORDS: &[&str] = &[
    "Putin",
    "Kim",
    "ministro",
    "ha",
    "detto",
    "«Sì»",
    "l'agenzia",
    "U.S.",
    "3,5",
    "Москва",
    "заявил",
    "金正恩",
    "表示",
    "東京都",
    "と述べた",
    "the",
    "and",
    "#news",
    "Jong-un",
    "é",
    "",
    ".",
    "!",
    "?",
    "\n\n",
    ",",
    "“",
    "”",
    "ข่าว",
];

fn doc_strategy() -> impl Strategy<Value = (String, u8)> {
    (
        prop::collection::vec(prop::sample::select(WORDS), 0..40),
        0u8..4,
    )
        .prop_map(|(w, m)| (w.join(" "), m))
}

fn build(docs: &[(String, u8)]) -> Corpus {
    let langs = ["en", "it", "ru", "ja"];
    Corpus::from_documents(
        docs.iter()
            .enumerate()
            .map(|(i, (t, m))| {
                Document::new(i.to_string(), t.clone())
                    .with_lang(langs[*m as usize])
                    .with_meta("m", m.to_string())
            })
            .collect(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn parallel_equals_sequential_and_batches_do_not_matter(docs in prop::collection::vec(doc_strategy(), 0..60)) {
        let a = Analyzer::builder().stop_words(StopWords::Auto).build().unwrap();
        let cfg = TermsConfig::default().by(["m"]).ngram_range(1, 3);
        let one = terms(&build(&docs), &a, &cfg, &RunOptions::default().threads(1)).unwrap();
        let two = terms(&build(&docs), &a, &cfg, &RunOptions::default().threads(2)).unwrap();
        let small = build(&docs).with_options(ReadOptions { batch_size: 3, ..ReadOptions::default() });
        let batched = terms(&small, &a, &cfg, &RunOptions::default().threads(8)).unwrap();
        prop_assert_eq!(&one.rows, &two.rows);
        prop_assert_eq!(&one.rows, &batched.rows);
        prop_assert_eq!(one.report.analysed, docs.len() as u64);
    }

    #[test]
    fn merge_is_associative_and_commutative(docs in prop::collection::vec(doc_strategy(), 0..40), cut1 in 0usize..40, cut2 in 0usize..40) {
        let a = Analyzer::default();
        let cfg = TermsConfig::default().by(["lang"]).ngram_range(1, 2);
        let n = docs.len();
        let (i, j) = (cut1.min(n).min(cut2.min(n)), cut1.min(n).max(cut2.min(n)));
        let part = |s: &[(String, u8)]| count_terms(&build(s), &a, &cfg, &RunOptions::default().threads(1)).unwrap().0;
        let (x, y, z) = (part(&docs[..i]), part(&docs[i..j]), part(&docs[j..]));
        let left = x.clone().merge(y.clone()).merge(z.clone());
        let right = z.merge(x.merge(y));
        let whole = terms(&build(&docs), &a, &cfg, &RunOptions::default()).unwrap();
        let fl = finalize_terms(left, &cfg, Default::default()).unwrap();
        let fr = finalize_terms(right, &cfg, Default::default()).unwrap();
        // Per-document `doc_count` needs each document in one partial: it is.
        prop_assert_eq!(&fl.rows, &whole.rows);
        prop_assert_eq!(&fr.rows, &whole.rows);
    }

    #[test]
    fn token_offsets_round_trip(text in "\\PC{0,200}", lang in prop::sample::select(vec!["en", "it", "fr", "ru", "zh", "ja", "de"])) {
        let a = Analyzer::builder().min_len(0).urls(true).emails(true).build().unwrap();
        let chars: Vec<char> = text.chars().collect();
        let mut last_end = 0;
        for raw in [false, true] {
            let toks = if raw { a.words(&text, Some(lang)) } else { a.tokenize(&text, Some(lang)) };
            last_end = 0;
            for t in toks {
                let s = t.span;
                prop_assert!(s.byte_start < s.byte_end && s.byte_end <= text.len());
                prop_assert!(s.byte_start >= last_end, "tokens overlap or go backwards");
                let surface: String = chars[s.char_start..s.char_end].iter().collect();
                prop_assert_eq!(&text[s.byte_start..s.byte_end], surface.as_str());
                last_end = s.byte_end;
            }
        }
        let _ = last_end;
        let mut prev = 0;
        for (s, _) in sentences(&text, LangResource::builtin(lang)) {
            prop_assert!(s.byte_start >= prev && s.byte_end <= text.len() && s.byte_start < s.byte_end);
            let by_chars: String = chars[s.char_start..s.char_end].iter().collect();
            prop_assert_eq!(&text[s.byte_start..s.byte_end], by_chars.as_str());
            prev = s.byte_end;
        }
    }
}

//! Golden quotation cases (`tests/data/quotes/*.toml`) and properties of
//! the quotation scanner.

use std::path::Path;

use presslens::corpus::{Corpus, Document};
use presslens::quotes::{analyze, QuoteExtractor, QuotesConfig};
use presslens::run::RunOptions;
use serde::Deserialize;

#[derive(Deserialize)]
struct File {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    text: String,
    #[serde(default)]
    quotes: Vec<Expect>,
    /// A known failure: the case must fail until it is fixed.
    #[serde(default)]
    xfail: Option<String>,
}

#[derive(Deserialize, Debug)]
struct Expect {
    quote: String,
    kind: String,
    speaker: String,
    how: String,
    #[serde(default)]
    actor: Option<String>,
    #[serde(default)]
    cue: Option<String>,
}

fn by_chars(text: &str, s: usize, e: usize) -> String {
    text.chars().skip(s).take(e - s).collect()
}

#[test]
fn golden_quote_cases() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/quotes");
    let x = QuoteExtractor::new(&Default::default(), None).unwrap();
    let mut failures = Vec::new();
    let mut n = 0;
    let mut langs = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        langs += 1;
        let lang = path.file_stem().unwrap().to_str().unwrap().to_string();
        let file: File = toml::from_str(&std::fs::read_to_string(&path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for case in file.case {
            n += 1;
            let text = &case.text;
            let found = x.extract(text, Some(&lang));
            let got: Vec<String> = found
                .iter()
                .map(|q| {
                    format!(
                        "{:?} {} speaker={:?} {} actor={:?} cue={:?}",
                        q.quote.text(text),
                        q.kind.as_str(),
                        q.speaker.map_or("", |s| s.text(text)),
                        q.how.as_str(),
                        q.actor.as_ref().map(|a| a.name.as_str()),
                        q.cue.map(|c| c.text(text)),
                    )
                })
                .collect();
            // Offsets: character offsets give the same text as bytes.
            for q in &found {
                for s in [Some(q.quote), q.speaker, q.cue].into_iter().flatten() {
                    assert_eq!(by_chars(text, s.char_start, s.char_end), s.text(text));
                }
            }
            let mut ok = found.len() == case.quotes.len();
            for (q, e) in found.iter().zip(&case.quotes) {
                ok &= q.quote.text(text) == e.quote
                    && q.kind.as_str() == e.kind
                    && q.speaker.map_or("", |s| s.text(text)) == e.speaker
                    && q.how.as_str() == e.how
                    && e.actor
                        .as_ref()
                        .is_none_or(|a| q.actor.as_ref().is_some_and(|x| &x.name == a))
                    && e.cue
                        .as_ref()
                        .is_none_or(|c| q.cue.is_some_and(|x| x.text(text) == c));
            }
            let msg = format!(
                "{lang} / {}:\n  expected {:#?}\n  found {got:#?}",
                case.name, case.quotes
            );
            match (&case.xfail, ok) {
                (None, false) => failures.push(msg),
                (Some(why), true) => failures.push(format!(
                    "{lang} / {}: passes now; remove its xfail ({why})",
                    case.name
                )),
                (Some(why), false) => eprintln!("xfail {lang} / {}: {why}", case.name),
                (None, true) => {}
            }
        }
    }
    assert!(langs >= 1 && n > 0, "no golden quote case found");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn corpus_analysis_is_thread_independent() {
    let docs: Vec<Document> = (0..60)
        .map(|i| {
            Document::new(
                format!("d{i}"),
                format!(
                    "Governor Ellen Marsh spoke on day {i}. \"We will build {i} schools,\" she said. \
                     Marsh added that taxes would not rise. According to the treasury, the plan costs {i} million."
                ),
            )
            .with_lang("en")
        })
        .collect();
    let corpus = Corpus::from_documents(docs);
    let x = QuoteExtractor::new(&Default::default(), None).unwrap();
    let one = analyze(
        &corpus,
        &x,
        &QuotesConfig::default(),
        &RunOptions::default().threads(1),
    )
    .unwrap();
    let two = analyze(
        &corpus,
        &x,
        &QuotesConfig::default(),
        &RunOptions::default().threads(2),
    )
    .unwrap();
    assert_eq!(one.quotes, two.quotes);
    assert_eq!(one.voice, two.voice);
    assert_eq!(one.quotes.len(), 180);
    assert_eq!(one.voice[0].actor_id, "ellen marsh");
    assert_eq!(one.voice[0].quotes, 120);
}

#[test]
fn adversarial_marks_stay_linear_and_bounded() {
    // Unbalanced marks in one paragraph, mixed conventions (the Python suite
    // runs the 10 MB and 20 MB versions on the release build).
    let unit = "«„\"“ word ‘ »“ ";
    let text = unit.repeat(2_000_000 / unit.len());
    let x = QuoteExtractor::new(&Default::default(), None).unwrap();
    let q = x.extract(&text, Some("en"));
    for r in &q {
        assert!(r.quote.byte_end <= text.len());
    }
    // One long paragraph with one unclosed quote: one quotation, not more.
    let mut big = String::from("He said: \"");
    while big.len() < 4_000_000 {
        big.push_str("and the talks go on and on ");
    }
    let q = x.extract(&big, Some("en"));
    assert!(q.len() <= 2, "{}", q.len());
    // Cues every few words in one "sentence" with no final punctuation:
    // each rule looks at most a bounded piece of it (this took minutes
    // when clauses ran to the end of the sentence).
    for (unit, lang) in [
        (
            "the plan, he said, and Maria Lopez said that it, saying ",
            "en",
        ),
        (
            "Die Lage, so der Minister, und er sagte, dass es, so ",
            "de",
        ),
    ] {
        let text = unit.repeat(300_000 / unit.len());
        let q = x.extract(&text, Some(lang));
        assert!(!q.is_empty());
        for r in &q {
            assert!(r.quote.byte_end - r.quote.byte_start <= 8192, "{lang}");
            assert!(text.is_char_boundary(r.quote.byte_start));
        }
    }
}

mod never_panics {
    use presslens::quotes::QuoteExtractor;
    use proptest::prelude::*;

    /// Pieces that exercise the rules: cues of several languages, names,
    /// every kind of quotation mark, Latin and CJK punctuation, paragraph
    /// breaks.
    const PIECES: &[&str] = &[
        "said",
        "says",
        "saying",
        "told",
        "that",
        "according to",
        "sagte",
        "dass",
        "so",
        "Das",
        "erklärte",
        "laut",
        "nach Angaben der",
        "ha detto",
        "che",
        "secondo",
        "表示",
        "说",
        "据",
        "と述べた",
        "は",
        "によると",
        "заявил",
        "что",
        "Maria Lopez",
        "Heinrich Brandt",
        "李建华",
        "the",
        "der",
        "he",
        "er",
        "Polizei",
        "plan",
        "failed",
        "sei",
        ",",
        "，",
        "、",
        ".",
        "。",
        ":",
        "：",
        ";",
        "“",
        "”",
        "„",
        "«",
        "»",
        "‹",
        "›",
        "「",
        "」",
        "『",
        "』",
        "\"",
        "'",
        "’",
        "‘",
        "‚",
        "—",
        "–",
        "(",
        ")",
        "\n\n",
        " ",
        " ",
        " ",
        "\u{a0}",
        "1",
    ];

    /// One extractor for every case (building one loads the geography).
    fn extractor() -> &'static QuoteExtractor {
        static X: std::sync::OnceLock<QuoteExtractor> = std::sync::OnceLock::new();
        X.get_or_init(|| QuoteExtractor::new(&Default::default(), None).unwrap())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        /// Any mix of cues, marks and punctuation gives quotations whose
        /// offsets lie on character boundaries inside the text, in every
        /// language with a cue file.
        #[test]
        fn any_mix_extracts_without_panicking(
            idx in proptest::collection::vec(0..PIECES.len(), 0..60),
            lang in prop::sample::select(vec!["en", "de", "it", "zh", "ja", "ru", "fr", "sv"]),
        ) {
            let text: String = idx.iter().map(|&i| PIECES[i]).collect::<Vec<_>>().join(" ");
            for q in extractor().extract(&text, Some(lang)) {
                for span in [Some(q.quote), q.speaker, q.cue].into_iter().flatten() {
                    prop_assert!(span.byte_start <= span.byte_end && span.byte_end <= text.len());
                    prop_assert!(text.is_char_boundary(span.byte_start));
                    prop_assert!(text.is_char_boundary(span.byte_end));
                }
            }
        }
    }
}

//! Replays the golden tokenization tables in `tests/data/tokenize/*.toml`
//! through the Rust API. `tests/python/test_suite.py` replays the same files
//! through the Python API, so the two cannot disagree.

use std::path::Path;

use presslens::lang::LangResource;
use presslens::tokenize::{sentences, Analyzer, StopWords};
use serde::Deserialize;

#[derive(Deserialize)]
struct File {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    lang: Option<String>,
    text: String,
    stop_words: Option<String>,
    lowercase: Option<bool>,
    strip_accents: Option<bool>,
    numbers: Option<bool>,
    urls: Option<bool>,
    emails: Option<bool>,
    hashtags: Option<bool>,
    mentions: Option<bool>,
    elision: Option<bool>,
    min_len: Option<usize>,
    raw: Option<bool>,
    tokens: Option<Vec<(String, usize, usize)>>,
    sentences: Option<Vec<String>>,
    xfail: Option<String>,
}

fn analyzer(c: &Case) -> Analyzer {
    let mut b = Analyzer::builder();
    if let Some(s) = &c.stop_words {
        b = b.stop_words(match s.as_str() {
            "auto" => StopWords::Auto,
            "none" => StopWords::None,
            other => panic!("{}: unknown stop_words {other:?}", c.name),
        });
    }
    macro_rules! opt {
        ($($f:ident),*) => {$( if let Some(v) = c.$f { b = b.$f(v); } )*};
    }
    opt!(
        lowercase,
        strip_accents,
        numbers,
        urls,
        emails,
        hashtags,
        mentions,
        elision,
        min_len
    );
    b.build().unwrap()
}

/// Runs one case; returns a description of the mismatch, if any.
fn check(c: &Case) -> Option<String> {
    let a = analyzer(c);
    let lang = c.lang.as_deref();
    if let Some(expected) = &c.tokens {
        let toks = if c.raw == Some(true) {
            a.words(&c.text, lang)
        } else {
            a.tokenize(&c.text, lang)
        };
        let chars: Vec<char> = c.text.chars().collect();
        for t in &toks {
            // Offsets round-trip: bytes and chars agree and slice the surface.
            let by_bytes = &c.text[t.span.byte_start..t.span.byte_end];
            let by_chars: String = chars[t.span.char_start..t.span.char_end].iter().collect();
            assert_eq!(
                by_bytes, by_chars,
                "{}: byte and char spans disagree",
                c.name
            );
        }
        let got: Vec<(String, usize, usize)> = toks
            .into_iter()
            .map(|t| (t.term, t.span.char_start, t.span.char_end))
            .collect();
        if &got != expected {
            return Some(format!(
                "tokens\n  expected {expected:?}\n  got      {got:?}"
            ));
        }
    }
    if let Some(expected) = &c.sentences {
        let res = lang.and_then(LangResource::builtin);
        let got: Vec<&str> = sentences(&c.text, res)
            .iter()
            .map(|(s, _)| s.text(&c.text))
            .collect();
        if &got != expected {
            return Some(format!(
                "sentences\n  expected {expected:?}\n  got      {got:?}"
            ));
        }
    }
    None
}

#[test]
fn golden_tokenization_tables() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/tokenize");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    assert!(
        paths.len() >= 9,
        "expected golden tables for at least nine languages in {}",
        dir.display()
    );
    let mut failures = Vec::new();
    let mut cases = 0;
    for path in &paths {
        let file: File = toml::from_str(&std::fs::read_to_string(path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for c in &file.case {
            cases += 1;
            let stem = path.file_stem().unwrap().to_string_lossy();
            match (check(c), &c.xfail) {
                (Some(diff), None) => failures.push(format!("{stem}/{}: {diff}", c.name)),
                (None, Some(reason)) => failures.push(format!(
                    "{stem}/{}: passes but is marked xfail ({reason}); remove the mark",
                    c.name
                )),
                _ => {}
            }
        }
    }
    assert!(cases > 0);
    assert!(
        failures.is_empty(),
        "{} golden case(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

//! Golden actor cases (`tests/data/actors/*.toml`) and properties of the
//! actor analysis.

use std::path::Path;

use presslens::actors::cooc::{analyze, CoocConfig, Unit};
use presslens::actors::{ActorDetector, ActorKind, ActorsConfig, PlaceMode};
use presslens::corpus::{Corpus, Document};
use presslens::run::RunOptions;
use serde::Deserialize;

#[derive(Deserialize)]
struct File {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    lang: String,
    #[serde(default)]
    places: Option<String>,
    text: String,
    expect: Vec<Expect>,
    #[serde(default)]
    absent: Vec<String>,
    /// A known failure: why the detector does not yet pass the case. The
    /// case must fail; when it passes, the test asks to remove the mark.
    #[serde(default)]
    xfail: Option<String>,
}

#[derive(Deserialize)]
struct Expect {
    surface: String,
    kind: String,
    #[serde(default)]
    id: Option<String>,
}

#[test]
fn golden_actor_cases() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/actors");
    let mut failures = Vec::new();
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let file: File = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for case in file.case {
            n += 1;
            let before = failures.len();
            let config = ActorsConfig {
                places: PlaceMode::parse(case.places.as_deref().unwrap_or("place")).unwrap(),
                ..ActorsConfig::default()
            };
            let det = ActorDetector::new(&config, None).unwrap();
            let found = det.detect(&case.text, Some(&case.lang));
            let seen: Vec<(String, ActorKind, String)> = found
                .iter()
                .map(|m| {
                    (
                        m.surface.text(&case.text).to_string(),
                        m.kind,
                        m.key.clone(),
                    )
                })
                .collect();
            for e in &case.expect {
                let kind = ActorKind::parse(&e.kind).unwrap();
                let ok = seen.iter().any(|(s, k, id)| {
                    *s == e.surface && *k == kind && e.id.as_ref().is_none_or(|x| x == id)
                });
                if !ok {
                    failures.push(format!(
                        "{} / {}: expected {:?} {} {:?}; found {seen:?}",
                        path.display(),
                        case.name,
                        e.surface,
                        e.kind,
                        e.id
                    ));
                }
            }
            for a in &case.absent {
                if seen.iter().any(|(s, _, _)| s == a) {
                    failures.push(format!("{}: {a:?} must not be a mention", case.name));
                }
            }
            // Offsets: slicing by char offsets gives the surface.
            for m in &found {
                let by_chars: String = case
                    .text
                    .chars()
                    .skip(m.surface.char_start)
                    .take(m.surface.char_end - m.surface.char_start)
                    .collect();
                assert_eq!(by_chars, m.surface.text(&case.text));
            }
            if let Some(why) = &case.xfail {
                if failures.len() == before {
                    failures.push(format!(
                        "{} / {}: passes now; remove its xfail ({why})",
                        path.display(),
                        case.name
                    ));
                } else {
                    eprintln!("xfail {} / {}: {why}", path.display(), case.name);
                    failures.truncate(before);
                }
            }
        }
    }
    assert!(n > 0, "no golden actor case found");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn corpus() -> Corpus {
    let docs = (0..60)
        .map(|i| {
            let text = match i % 3 {
                0 => "Vladimir Putin met Kim Jong-un in Moscow. Putin spoke with Sergei Shoigu.",
                1 => "Olaf Scholz called Emmanuel Macron. Macron and Scholz agreed.\n\nKim Jong-un stayed in Pyongyang.",
                _ => "Sergei Shoigu and Vladimir Putin flew to Pyongyang to see Kim Jong-un.",
            };
            Document::new(format!("d{i}"), text).with_lang("en")
        })
        .collect();
    Corpus::from_documents(docs)
}

#[test]
fn parallel_equals_sequential_and_pairs_are_ordered() {
    let det = ActorDetector::new(&ActorsConfig::default(), None).unwrap();
    for unit in [
        Unit::Sentence,
        Unit::Paragraph,
        Unit::Document,
        Unit::Window(5),
    ] {
        let config = CoocConfig {
            unit,
            ..CoocConfig::default()
        };
        let one = analyze(&corpus(), &det, &config, &RunOptions::default().threads(1)).unwrap();
        let many = analyze(&corpus(), &det, &config, &RunOptions::default().threads(4)).unwrap();
        assert_eq!(one.mentions, many.mentions);
        assert_eq!(one.actors, many.actors);
        assert_eq!(one.pairs, many.pairs);
        assert!(!one.pairs.is_empty());
        for p in &one.pairs {
            assert!(p.actor_a < p.actor_b);
            assert!(p.count >= 1 && p.doc_count >= 1 && p.doc_count <= 60);
            assert!(p.dice > 0.0 && p.dice <= 1.0);
            assert!(p.npmi <= 1.0 + 1e-9);
        }
    }
}

#[test]
fn short_forms_merge_across_documents() {
    let docs = vec![
        Document::new("a", "Emmanuel Macron spoke.").with_lang("en"),
        Document::new("b", "Yesterday Macron left early.").with_lang("en"),
    ];
    let det = ActorDetector::new(&ActorsConfig::default(), None).unwrap();
    let t = analyze(
        &Corpus::from_documents(docs),
        &det,
        &CoocConfig::default(),
        &RunOptions::default(),
    )
    .unwrap();
    let macron = t
        .actors
        .iter()
        .find(|a| a.actor_id == "emmanuel macron")
        .unwrap();
    assert_eq!(macron.mentions, 2);
    assert_eq!(macron.doc_count, 2);
    assert!(macron.merged.contains(&"macron".to_string()));
    assert!(t.mentions.iter().all(|m| m.actor_id == "emmanuel macron"));
}

mod automaton {
    use presslens::actors::{ActorDetector, ActorKind, ActorsConfig, Alias, Lexicon, LexiconEntry};
    use proptest::prelude::*;

    const WORDS: &[&str] = &[
        "Kim", "Jong", "Un", "Putin", "Vladimir", "met", "the", "White", "House", "in", "and",
    ];
    const ALIASES: &[(&str, &[&str])] = &[
        ("kim", &["Kim Jong Un", "Kim"]),
        ("putin", &["Vladimir Putin", "Putin"]),
        ("wh", &["White House"]),
        ("house", &["House"]),
    ];

    fn lexicon() -> Lexicon {
        let mut lex = Lexicon::new();
        for (id, names) in ALIASES {
            lex.add(LexiconEntry {
                id: (*id).into(),
                name: names[0].into(),
                kind: ActorKind::Other,
                aliases: names.iter().map(|n| Alias::new(*n)).collect(),
            })
            .unwrap();
        }
        lex
    }

    /// Leftmost-longest matches by a naive scan over the words.
    fn naive(words: &[&str]) -> Vec<(usize, usize, String)> {
        let mut all = Vec::new();
        for i in 0..words.len() {
            for (id, names) in ALIASES {
                for n in names.iter() {
                    let parts: Vec<&str> = n.split(' ').collect();
                    if i + parts.len() <= words.len()
                        && parts
                            .iter()
                            .zip(&words[i..])
                            .all(|(p, w)| p.eq_ignore_ascii_case(w))
                    {
                        all.push((i, i + parts.len() - 1, id.to_string()));
                    }
                }
            }
        }
        all.sort_by(|a, b| {
            a.0.cmp(&b.0)
                .then((b.1 - b.0).cmp(&(a.1 - a.0)))
                .then(a.2.cmp(&b.2))
        });
        all.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
        let mut out: Vec<(usize, usize, String)> = Vec::new();
        let mut next = 0;
        for m in all {
            if m.0 >= next {
                next = m.1 + 1;
                out.push(m);
            }
        }
        out
    }

    proptest! {
        #[test]
        fn automaton_equals_naive_scan(idx in proptest::collection::vec(0..WORDS.len(), 0..40)) {
            let words: Vec<&str> = idx.iter().map(|&i| WORDS[i]).collect();
            let text = words.join(" ");
            let config = ActorsConfig { detect: false, geography: false, ..ActorsConfig::default() };
            let det = ActorDetector::new(&config, Some(&lexicon())).unwrap();
            let found: Vec<(usize, usize, String)> = det
                .detect(&text, Some("en"))
                .iter()
                .map(|m| {
                    let first = text[..m.surface.byte_start].split(' ').count() - 1;
                    let last = first + m.surface.text(&text).split(' ').count() - 1;
                    (first, last, m.key.clone())
                })
                .collect();
            let expected = naive(&words);
            prop_assert_eq!(found, expected);
        }
    }
}

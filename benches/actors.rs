//! Criterion benchmarks of actor detection and sentence co-occurrence.
//!
//! Run with `cargo bench --bench actors`. Each language sample is checked for
//! a known set of actors first, so a broken detector fails the bench instead
//! of measuring the wrong thing. `lexicon_100k` adds a user lexicon of
//! 100,000 generated aliases (the limit: at most 2× slower).
//!
//! The texts were written for this benchmark; they are not from any corpus.
//! Real-corpus throughput (MB/s on `../shared/data/bench-news`) is measured
//! by `benches/actors.py`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use presslens::actors::cooc::{analyze, CoocConfig};
use presslens::actors::{ActorDetector, ActorKind, ActorsConfig, Alias, Lexicon, LexiconEntry};
use presslens::corpus::{Corpus, Document};
use presslens::run::RunOptions;

struct Sample {
    name: &'static str,
    lang: &'static str,
    text: &'static str,
    /// Actor keys the detector must find in `text`.
    expect: &'static [&'static str],
}

const SAMPLES: &[Sample] = &[
    Sample {
        name: "en",
        lang: "en",
        text: "Finance Minister Laura Bennett told reporters in Brussels on Monday that the \
               European Commission would review the plan. Bennett said the Treasury had spoken to \
               Deutsche Bank and to Moody's before the vote. In Washington, a spokesman for the \
               White House declined to comment, while Senator Tom Alvarez called the deal \
               \"a gift to the banks\".",
        expect: &[
            "laura bennett",
            "geo:BE:capital",
            "geo:US:capital",
            "tom alvarez",
        ],
    },
    Sample {
        name: "it",
        lang: "it",
        text: "Il ministro dell'Economia Giancarlo Ferri ha incontrato ieri a Bruxelles il \
               commissario europeo. Ferri ha spiegato che la Banca d'Italia seguirà il dossier, \
               mentre da Palazzo Chigi nessuno ha commentato. La senatrice Anna Colombo ha \
               chiesto un voto in Parlamento prima dell'estate.",
        expect: &["giancarlo ferri", "anna colombo", "geo:BE:capital"],
    },
    Sample {
        name: "de",
        lang: "de",
        text: "Bundeskanzler Markus Lehmann hat am Montag in Berlin mit der französischen \
               Außenministerin Claire Dubois gesprochen. Lehmann sagte, die Bundesregierung werde \
               den Vorschlag der Europäischen Kommission prüfen. Die Deutsche Bahn wollte sich \
               nicht äußern.",
        expect: &["markus lehmann", "claire dubois", "geo:DE:capital"],
    },
    Sample {
        name: "ru",
        lang: "ru",
        text: "Министр финансов Андрей Соколов заявил в понедельник в Москве, что правительство \
               рассмотрит план. По словам Соколова, Центральный банк уже получил документы. \
               Депутат Ирина Волкова назвала решение поспешным.",
        expect: &["андреи соколов", "ирина волкова", "geo:RU:capital"],
    },
];

const TARGET_BYTES: usize = 64 * 1024;

fn repeated(text: &str) -> String {
    let mut out = String::with_capacity(TARGET_BYTES + text.len() + 2);
    while out.len() < TARGET_BYTES {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(text);
    }
    out
}

/// A lexicon of `n` generated person names (two aliases each: full name and
/// "Initial. Surname"), built from syllables so that none occurs in the
/// samples.
fn big_lexicon(n: usize) -> Lexicon {
    const SYL: &[&str] = &[
        "ka", "lo", "mi", "ra", "te", "vu", "no", "shi", "dra", "gen", "pol", "zek", "mar", "tu",
        "bre", "vin", "sol", "dak", "fe", "qui",
    ];
    let word = |mut k: usize, len: usize| {
        let mut w = String::new();
        for _ in 0..len {
            w.push_str(SYL[k % SYL.len()]);
            k /= SYL.len();
        }
        let mut c = w.chars();
        c.next()
            .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
            .unwrap_or_default()
    };
    let mut lex = Lexicon::new();
    for i in 0..n / 2 {
        let given = word(i % 997 + 11, 2);
        let family = word(i * 7 + 3, 4);
        let initial = given.chars().next().unwrap_or('X');
        lex.add(LexiconEntry {
            id: format!("p{i}"),
            name: format!("{given} {family}"),
            kind: ActorKind::Person,
            aliases: vec![Alias::new(format!("{initial}. {family}"))],
        })
        .expect("unique ids");
    }
    lex
}

fn bench_detect(c: &mut Criterion) {
    let config = ActorsConfig::default();
    let plain = ActorDetector::new(&config, None).expect("detector");
    let lexicon = big_lexicon(100_000);
    let with_lex = ActorDetector::new(&config, Some(&lexicon)).expect("detector with lexicon");
    let mut group = c.benchmark_group("actors_detect");
    for s in SAMPLES {
        let found: Vec<String> = plain
            .detect(s.text, Some(s.lang))
            .into_iter()
            .map(|m| m.key)
            .collect();
        for key in s.expect {
            assert!(
                found.iter().any(|k| k == key),
                "{}: {key} not found in {found:?}",
                s.name
            );
        }
        let text = repeated(s.text);
        group.throughput(Throughput::Bytes(text.len() as u64));
        for (label, det) in [("builtin", &plain), ("lexicon_100k", &with_lex)] {
            group.bench_with_input(BenchmarkId::new(label, s.name), &text, |b, text| {
                b.iter(|| det.detect(black_box(text), Some(s.lang)).len())
            });
        }
    }
    group.finish();
}

fn bench_cooccurrence(c: &mut Criterion) {
    let docs: Vec<Document> = (0..400)
        .map(|i| {
            let s = &SAMPLES[i % SAMPLES.len()];
            let mut d = Document::new(format!("d{i}"), s.text);
            d.lang = Some(s.lang.to_string());
            d
        })
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let corpus = Corpus::from_documents(docs);
    let detector = ActorDetector::new(&ActorsConfig::default(), None).expect("detector");
    let config = CoocConfig::default();
    let mut group = c.benchmark_group("actors_analyze");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    for threads in [1, 2] {
        let opts = RunOptions {
            threads: Some(threads),
            ..RunOptions::default()
        };
        group.bench_function(BenchmarkId::new("sentence", threads), |b| {
            b.iter(|| {
                analyze(&corpus, &detector, &config, &opts)
                    .expect("analysis")
                    .pairs
                    .len()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench_detect, bench_cooccurrence);
criterion_main!(benches);

//! Criterion benchmarks of the tokenizer and of term counting.
//!
//! Run with `cargo bench --bench tokenize`; compile only with
//! `cargo bench --no-run`. Every bench first checks a known token count, so a
//! broken tokenizer fails the bench instead of measuring the wrong thing.
//!
//! The texts below were written for this benchmark (a made-up council
//! budget story in each script); they are not taken from any corpus.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use presslens::corpus::{Corpus, Document};
use presslens::count::{terms, TermsConfig};
use presslens::run::RunOptions;
use presslens::tokenize::{Analyzer, StopWords};

/// One benchmark text per script.
struct Sample {
    /// Bench id.
    name: &'static str,
    /// ISO 639-1 code passed to the analyzer.
    lang: &'static str,
    /// A paragraph of a few hundred characters.
    text: &'static str,
    /// Terms the analyzer (stop words `Auto`) keeps from `text`.
    tokens: usize,
}

const DATA_SET: &[Sample] = &[
    Sample {
        name: "latin_en",
        lang: "en",
        text: "The regional council approved a new budget on Tuesday after three hours of debate. \
               Opposition members said the plan cut funding for rural schools, while the mayor's office \
               argued that transport projects could not wait any longer. A final vote is expected in \
               March, when auditors publish their report on the 2023 accounts of the U.S.-based lender.",
        tokens: 31,
    },
    Sample {
        name: "latin_it",
        lang: "it",
        text: "Il consiglio regionale ha approvato martedì il nuovo bilancio dopo tre ore di dibattito. \
               L'opposizione sostiene che il piano riduca i fondi per le scuole di montagna, mentre \
               l'ufficio del sindaco afferma che i progetti sui trasporti non possono più aspettare. \
               Il voto finale è previsto a marzo, quando i revisori pubblicheranno la relazione sui conti.",
        tokens: 27,
    },
    Sample {
        name: "cyrillic_ru",
        lang: "ru",
        text: "Региональный совет во вторник утвердил новый бюджет после трёхчасовых дебатов. \
               Представители оппозиции заявили, что план сокращает финансирование сельских школ, \
               а в мэрии считают, что транспортные проекты больше не могут ждать. Окончательное \
               голосование ожидается в марте, когда аудиторы опубликуют отчёт о расходах за 2023 год.",
        tokens: 28,
    },
    Sample {
        name: "han_zh",
        lang: "zh",
        text: "地区议会星期二经过三个小时的辩论后批准了新的预算。反对派成员表示，该计划削减了农村学校的经费，\
               而市长办公室则认为交通项目不能再等待。最终投票预计将于三月举行，届时审计人员将公布去年账目的报告。\
               多名议员呼吁政府公开更多细节，以便市民了解资金的去向。",
        tokens: 48,
    },
    Sample {
        name: "kana_ja",
        lang: "ja",
        text: "地方議会は火曜日、三時間にわたる議論の末に新しい予算案を承認した。野党議員は、この計画によって\
               農村部の学校への予算が削られると批判したが、市長室は交通事業をこれ以上待つことはできないと\
               主張している。最終的な採決は三月に行われる見通しで、監査人はその際に昨年度の決算報告を公表する。",
        tokens: 47,
    },
    Sample {
        name: "thai_th",
        lang: "th",
        text: "สภาท้องถิ่นอนุมัติงบประมาณใหม่เมื่อวันอังคารหลังจากการอภิปรายนานสามชั่วโมง \
               สมาชิกฝ่ายค้านกล่าวว่าแผนนี้ลดงบประมาณของโรงเรียนในชนบท \
               ขณะที่สำนักงานนายกเทศมนตรียืนยันว่าโครงการคมนาคมไม่สามารถรอได้อีกต่อไป \
               การลงมติครั้งสุดท้ายคาดว่าจะมีขึ้นในเดือนมีนาคม",
        tokens: 36,
    },
];

/// Size each sample is repeated to.
const TARGET_BYTES: usize = 64 * 1024;

/// `text` repeated, paragraphs separated by a blank line, to at least
/// [`TARGET_BYTES`]; returns the text and the number of copies.
fn repeated(text: &str) -> (String, usize) {
    let mut out = String::with_capacity(TARGET_BYTES + text.len() + 2);
    let mut copies = 0;
    while out.len() < TARGET_BYTES {
        if copies > 0 {
            out.push_str("\n\n");
        }
        out.push_str(text);
        copies += 1;
    }
    (out, copies)
}

fn analyzer() -> Analyzer {
    Analyzer::builder()
        .stop_words(StopWords::Auto)
        .build()
        .expect("analyzer builds")
}

fn bench_tokenize(c: &mut Criterion) {
    let analyzer = analyzer();
    let mut group = c.benchmark_group("tokenize");
    for sample in DATA_SET {
        let (text, copies) = repeated(sample.text);
        // Check once, before measuring: the paragraph alone, then the whole text.
        let one = analyzer.tokenize(sample.text, Some(sample.lang)).len();
        assert_eq!(
            one, sample.tokens,
            "{}: token count of the paragraph changed",
            sample.name
        );
        let all = analyzer.tokenize(&text, Some(sample.lang)).len();
        assert_eq!(
            all,
            sample.tokens * copies,
            "{}: token count of the repeated text",
            sample.name
        );
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(
            BenchmarkId::from_parameter(sample.name),
            &text,
            |b, text| b.iter(|| analyzer.tokenize(black_box(text), Some(sample.lang)).len()),
        );
    }
    group.finish();
}

/// Content words of the generated corpus: lowercase, 2+ letters, in no
/// stop-word list of English or Italian.
const CONTENT: &[&str] = &[
    "council",
    "budget",
    "minister",
    "election",
    "parliament",
    "reform",
    "tariff",
    "inflation",
    "strike",
    "harbour",
    "railway",
    "drought",
    "vaccine",
    "summit",
    "treaty",
    "ceasefire",
    "refinery",
    "satellite",
    "bilancio",
    "governo",
    "sindaco",
    "elezioni",
    "riforma",
    "sciopero",
    "ferrovia",
    "vaccino",
    "trattato",
    "mercato",
    "banca",
    "tribunale",
    "ospedale",
    "energia",
    "porto",
    "siccità",
    "inflazione",
    "regione",
];
/// Stop words mixed in (in the English and Italian lists).
const STOP: &[&str] = &["the", "and", "of", "il", "della", "che", "with", "per"];

/// A small deterministic generator (no `rand` dependency).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn pick<'a>(&mut self, words: &[&'a str]) -> &'a str {
        words[(self.next() % words.len() as u64) as usize]
    }
}

/// 2,000 documents of 40–80 words, English and Italian; returns the
/// documents and the number of content words they hold.
fn generated_corpus() -> (Vec<Document>, u64, usize) {
    let mut rng = Lcg(0x5eed);
    let mut docs = Vec::with_capacity(2000);
    let mut content = 0u64;
    let mut bytes = 0usize;
    for i in 0..2000 {
        let n = 40 + (rng.next() % 41) as usize;
        let mut text = String::with_capacity(n * 9);
        for w in 0..n {
            let stop = rng.next() % 3 == 0;
            let word = if stop {
                rng.pick(STOP)
            } else {
                rng.pick(CONTENT)
            };
            content += u64::from(!stop);
            if w > 0 {
                text.push(' ');
            }
            if w == 0 || w % 12 == 0 {
                // Capitalized sentence start: exercises lowercasing.
                let mut cs = word.chars();
                let first = cs.next().expect("non-empty word");
                text.extend(first.to_uppercase());
                text.push_str(cs.as_str());
            } else {
                text.push_str(word);
            }
            if w % 12 == 11 {
                text.push('.');
            } else if w % 5 == 4 {
                text.push(',');
            }
        }
        text.push('.');
        bytes += text.len();
        let lang = if i % 2 == 0 { "en" } else { "it" };
        docs.push(Document::new(format!("doc-{i}"), text).with_lang(lang));
    }
    (docs, content, bytes)
}

fn bench_terms(c: &mut Criterion) {
    // Stop words as one list so that every STOP word is removed whatever the
    // document language.
    let analyzer = Analyzer::builder()
        .stop_words(StopWords::List(
            STOP.iter().map(|s| s.to_string()).collect(),
        ))
        .build()
        .expect("analyzer builds");
    let (docs, content, bytes) = generated_corpus();
    let corpus = Corpus::from_documents(docs);
    let config = TermsConfig::default();
    let opts = RunOptions::default().threads(1);
    let table = terms(&corpus, &analyzer, &config, &opts).expect("terms runs");
    let counted: u64 = table.rows.iter().map(|r| r.count).sum();
    assert_eq!(counted, content, "count::terms lost or invented tokens");
    assert_eq!(
        table.rows.len(),
        CONTENT.len(),
        "every content word, and only those, is a term"
    );
    assert_eq!(table.report.analysed, 2000);

    let mut group = c.benchmark_group("count");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("terms_2000_docs_1_thread", |b| {
        b.iter(|| {
            terms(black_box(&corpus), &analyzer, &config, &opts)
                .expect("terms runs")
                .rows
                .len()
        })
    });
    group.finish();
}

criterion_group!(benches, bench_tokenize, bench_terms);
criterion_main!(benches);

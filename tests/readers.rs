//! Readers: every format, malformed input, skip accounting.

use std::io::Write;
use std::path::{Path, PathBuf};

use presslens::corpus::{Corpus, OnError, ReadOptions};
use presslens::count::{terms, TermTable, TermsConfig};
use presslens::run::RunOptions;
use presslens::tokenize::Analyzer;
use presslens::ErrorKind;

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/corpus")
        .join(name)
        .display()
        .to_string()
}

fn run(corpus: &Corpus) -> presslens::Result<TermTable> {
    terms(
        corpus,
        &Analyzer::default(),
        &TermsConfig::default().by(["lang"]),
        &RunOptions::default().threads(2),
    )
}

fn skip() -> ReadOptions {
    ReadOptions {
        on_error: OnError::Skip,
        ..ReadOptions::default()
    }
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("presslens-tests-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn jsonl_plain_and_gzip_agree() {
    let plain = run(&Corpus::from_paths([fixture("mini-news.jsonl")]).unwrap()).unwrap();
    let gz = run(&Corpus::from_paths([fixture("mini-news.jsonl.gz")]).unwrap()).unwrap();
    assert_eq!(plain.report.read, 12);
    assert_eq!(plain.report.analysed, 12);
    assert_eq!(plain.rows, gz.rows);
    let langs: std::collections::BTreeSet<_> = plain
        .rows
        .iter()
        .map(|r| r.group[0].clone().unwrap())
        .collect();
    assert_eq!(langs.len(), 6, "{langs:?}");
}

#[test]
fn zstd_is_read() {
    let data = std::fs::read(fixture("mini-news.jsonl")).unwrap();
    let path = tmp("mini.jsonl.zst");
    std::fs::write(&path, zstd::encode_all(&data[..], 3).unwrap()).unwrap();
    let t = run(&Corpus::from_paths([path.display().to_string()]).unwrap()).unwrap();
    assert_eq!(t.report.analysed, 12);
}

#[test]
fn malformed_jsonl_raises_with_file_and_line() {
    let err = run(&Corpus::from_paths([fixture("bad.jsonl")]).unwrap()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Parse);
    assert_eq!(err.line(), Some(2));
    assert!(err.path().unwrap().ends_with("bad.jsonl"));
    assert!(err.to_string().contains("bad.jsonl:2:"), "{err}");
}

#[test]
fn raise_mode_reports_the_first_bad_record_whatever_the_threads() {
    // Bad lines at 150, 151 and 300 of 400: whichever worker meets which
    // first, and however the records are batched, the error is line 150.
    let path = tmp("first-bad.jsonl");
    let mut f = std::fs::File::create(&path).unwrap();
    for i in 1..=400 {
        if [150, 151, 300].contains(&i) {
            writeln!(f, "{{\"id\": \"d{i}\", \"text\": ").unwrap();
        } else {
            writeln!(
                f,
                r#"{{"id": "d{i}", "text": "Sentence {i} about the talks.", "lang": "en"}}"#
            )
            .unwrap();
        }
    }
    drop(f);
    for (threads, batch_size) in [(1, 2048), (2, 4), (2, 1), (8, 3)] {
        let corpus = Corpus::from_paths([path.display().to_string()])
            .unwrap()
            .with_options(ReadOptions {
                batch_size,
                ..ReadOptions::default()
            });
        for _ in 0..5 {
            let err = terms(
                &corpus,
                &Analyzer::default(),
                &TermsConfig::default(),
                &RunOptions::default().threads(threads),
            )
            .unwrap_err();
            assert_eq!(
                (err.kind(), err.line()),
                (ErrorKind::Parse, Some(150)),
                "{threads} threads, batches of {batch_size}: {err}"
            );
        }
    }
}

#[test]
fn malformed_jsonl_skips_are_counted() {
    let t = run(&Corpus::from_paths([fixture("bad.jsonl")])
        .unwrap()
        .with_options(skip()))
    .unwrap();
    let r = &t.report;
    assert_eq!((r.read, r.analysed, r.skipped, r.empty), (5, 3, 2, 1));
    assert_eq!(r.read, r.analysed + r.skipped);
    let lines: Vec<_> = r.skips.iter().map(|s| (s.line, s.reason)).collect();
    assert_eq!(
        lines,
        [
            (Some(2), ErrorKind::Parse),
            (Some(3), ErrorKind::MissingField)
        ]
    );
}

#[test]
fn invalid_utf8_is_an_encoding_error() {
    let c = Corpus::from_paths([fixture("invalid-utf8.jsonl")]).unwrap();
    let err = run(&c).unwrap_err();
    assert_eq!((err.kind(), err.line()), (ErrorKind::Encoding, Some(2)));
    let t = run(&c.with_options(skip())).unwrap();
    assert_eq!((t.report.analysed, t.report.skipped), (2, 1));
}

#[test]
fn truncated_gzip_is_reported_not_swallowed() {
    let data = std::fs::read(fixture("mini-news.jsonl.gz")).unwrap();
    let path = tmp("cut.jsonl.gz");
    std::fs::write(&path, &data[..data.len() / 2]).unwrap();
    let c = Corpus::from_paths([path.display().to_string()]).unwrap();
    let err = run(&c).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Parse, "{err}");
    let t = run(&c.with_options(skip())).unwrap();
    assert!(t.report.skipped >= 1);
    assert!(t.report.analysed < 12);
    assert_eq!(t.report.read, t.report.analysed + t.report.skipped);
}

#[test]
fn empty_and_whitespace_files() {
    let empty = tmp("empty.jsonl");
    std::fs::write(&empty, b"").unwrap();
    let blank = tmp("blank.jsonl");
    std::fs::write(&blank, b"\n  \n\t\n").unwrap();
    let t = run(
        &Corpus::from_paths([empty.display().to_string(), blank.display().to_string()]).unwrap(),
    )
    .unwrap();
    assert_eq!((t.report.read, t.report.analysed, t.rows.len()), (0, 0, 0));
}

#[test]
fn text_directory_with_date_lines() {
    let t = run(&Corpus::from_paths([fixture("plain")]).unwrap()).unwrap();
    assert_eq!(t.report.analysed, 3);
    // The date line is metadata, not text.
    assert!(!t.rows.iter().any(|r| r.term == "date"));
    let by_month = terms(
        &Corpus::from_paths([fixture("plain")]).unwrap(),
        &Analyzer::default(),
        &TermsConfig::default().by(["month"]),
        &RunOptions::default(),
    )
    .unwrap();
    let months: std::collections::BTreeSet<_> = by_month
        .group_docs
        .iter()
        .map(|(k, n)| (k[0].clone(), *n))
        .collect();
    assert!(months.contains(&(Some("2023-09".into()), 1)), "{months:?}");
    assert!(months.contains(&(Some("2024-02".into()), 1)), "{months:?}");
    assert!(months.contains(&(None, 1)), "{months:?}");
}

#[test]
fn csv_with_quotes_and_newlines() {
    let t = run(&Corpus::from_paths([fixture("mini.csv")]).unwrap()).unwrap();
    assert_eq!(t.report.analysed, 4);
    let langs: std::collections::BTreeSet<_> =
        t.rows.iter().filter_map(|r| r.group[0].clone()).collect();
    assert_eq!(langs.len(), 4, "{langs:?}");
}

#[test]
fn csv_without_text_column_names_the_option() {
    let path = tmp("notext.csv");
    let mut f = std::fs::File::create(&path).unwrap();
    writeln!(f, "id,body\n1,hello").unwrap();
    let err = run(&Corpus::from_paths([path.display().to_string()]).unwrap()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::MissingField);
    assert!(err.to_string().contains("text_field"), "{err}");
}

#[test]
fn missing_inputs_are_io_errors() {
    let err = Corpus::from_paths(["/nonexistent/presslens/*.jsonl"]).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Io);
    let err = Corpus::from_paths(["/nonexistent/file.jsonl"]).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Io);
}

#[test]
fn custom_field_names_and_missing_ids() {
    let path = tmp("fields.jsonl");
    std::fs::write(&path, "{\"body\": \"Kim met Putin.\", \"outlet\": \"A\", \"n\": 3}\n{\"body\": \"Kim left.\", \"outlet\": \"B\"}\n").unwrap();
    let opts = ReadOptions {
        text_field: "body".into(),
        source_field: "outlet".into(),
        ..ReadOptions::default()
    };
    let c = Corpus::from_paths([path.display().to_string()])
        .unwrap()
        .with_options(opts);
    let t = terms(
        &c,
        &Analyzer::default(),
        &TermsConfig::default().by(["source", "n"]),
        &RunOptions::default(),
    )
    .unwrap();
    assert_eq!(t.report.analysed, 2);
    let groups: Vec<_> = t.group_docs.iter().map(|(k, _)| k.to_vec()).collect();
    assert_eq!(
        groups,
        [
            vec![Some("A".into()), Some("3".into())],
            vec![Some("B".into()), None]
        ]
    );
}

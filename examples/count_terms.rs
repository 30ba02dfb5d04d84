//! Top terms per language of the bundled example corpus.
//!
//! `cargo run --example count_terms [FILES...]`

use presslens::corpus::Corpus;
use presslens::count::{terms, TermsConfig};
use presslens::run::RunOptions;
use presslens::tokenize::{Analyzer, StopWords};

fn main() -> presslens::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let inputs = if args.is_empty() {
        vec!["data/example/news.jsonl".to_string()]
    } else {
        args
    };
    let corpus = Corpus::from_paths(&inputs)?;
    let analyzer = Analyzer::builder().stop_words(StopWords::Auto).build()?;
    let config = TermsConfig {
        top_k: Some(5),
        ..TermsConfig::default().by(["lang"])
    };
    let table = terms(&corpus, &analyzer, &config, &RunOptions::default())?;
    let mut last = None;
    for row in &table.rows {
        let lang = row.group[0].as_deref().unwrap_or("?");
        if last != Some(lang) {
            println!("{lang}:");
            last = Some(lang);
        }
        println!("  {:<20} {:>6} {:>6}", row.term, row.count, row.doc_count);
    }
    let r = &table.report;
    println!(
        "{} read, {} analysed, {} skipped",
        r.read, r.analysed, r.skipped
    );
    Ok(())
}

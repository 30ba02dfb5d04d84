//! The `presslens` command-line tool (feature `cli`).
//!
//! One implementation, reached from the `presslens` binary
//! (`cargo install presslens --features cli`) and from the Python package's
//! console script (`pip install presslens`), both through [`main_with_args`].

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::{Args, Parser, Subcommand, ValueEnum};
use polars::prelude::*;

use crate::actors::cooc::{CoocConfig, Unit};
use crate::actors::{
    ActorDetector, ActorsConfig, ExternalMentions, ExternalMode, Lexicon, PlaceMode,
};
use crate::corpus::{Corpus, Format, OnError, ReadOptions, Report};
use crate::count::{self, DfLimit, KeynessConfig, KwicConfig, TermsConfig};
use crate::error::{Error, ErrorKind, Result};
use crate::frame;
use crate::run::{Progress, RunOptions};
use crate::tokenize::{Analyzer, Normalization, StopWords};

#[derive(Parser, Debug)]
#[command(
    name = "presslens",
    version,
    about = "Fast multilingual news-corpus analysis: terms, keyness, keyword in context."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Term statistics (count, doc_count, freq, tfidf) per group.
    Terms {
        #[command(flatten)]
        input: InputArgs,
        #[command(flatten)]
        analysis: AnalysisArgs,
        #[command(flatten)]
        terms: TermArgs,
        /// Output file (.parquet or .csv); prints the first rows when omitted.
        #[arg(long, short)]
        out: Option<PathBuf>,
    },
    /// Every table, written to a directory (terms.parquet, mentions.parquet,
    /// actors.parquet, cooccurrence.parquet, quotes.parquet, voice.parquet,
    /// skipped.parquet, manifest.json).
    Analyze {
        #[command(flatten)]
        input: InputArgs,
        #[command(flatten)]
        analysis: AnalysisArgs,
        #[command(flatten)]
        terms: TermArgs,
        #[command(flatten)]
        actors: ActorArgs,
        /// Output directory.
        #[arg(long, short)]
        out: PathBuf,
    },
    /// Actors (people, organisations, places) and their co-occurrence, written
    /// to a directory (mentions.parquet, actors.parquet, cooccurrence.parquet).
    Actors {
        #[command(flatten)]
        input: InputArgs,
        #[command(flatten)]
        actors: ActorArgs,
        /// Group the co-occurrence table by these columns (month, lang, source, any field), comma-separated.
        #[arg(long, value_delimiter = ',')]
        by: Vec<String>,
        /// Output directory; prints the top actors and pairs when omitted.
        #[arg(long, short)]
        out: Option<PathBuf>,
    },
    /// Quotations and their speakers, written to a directory (quotes.parquet,
    /// voice.parquet: quotations per actor and group).
    Quotes {
        #[command(flatten)]
        input: InputArgs,
        #[command(flatten)]
        actors: ActorArgs,
        /// Group the share-of-voice table by these columns (month, lang, source, any field), comma-separated.
        #[arg(long, value_delimiter = ',')]
        by: Vec<String>,
        /// Output directory; prints the first quotations and the top speakers when omitted.
        #[arg(long, short)]
        out: Option<PathBuf>,
    },
    /// Terms characteristic of target documents against a reference (G², chi², Log Ratio).
    Keyness {
        #[command(flatten)]
        input: InputArgs,
        #[command(flatten)]
        analysis: AnalysisArgs,
        /// Column that defines the groups (source, month, lang, any field).
        #[arg(long, default_value = "source")]
        by: String,
        /// Target value(s) of --by (repeat or separate with commas).
        #[arg(long, required = true, value_delimiter = ',')]
        target: Vec<String>,
        /// Reference value(s); default: every other document.
        #[arg(long, value_delimiter = ',')]
        reference: Vec<String>,
        /// Minimum count in target and reference together.
        #[arg(long, default_value_t = 5)]
        min_count: u64,
        /// Keep this many terms.
        #[arg(long)]
        top_k: Option<usize>,
        /// Output file (.parquet or .csv).
        #[arg(long, short)]
        out: Option<PathBuf>,
    },
    /// Keyword in context.
    Kwic {
        #[command(flatten)]
        input: InputArgs,
        #[command(flatten)]
        analysis: AnalysisArgs,
        /// Word or phrase to find; a final * matches prefixes (migra*).
        #[arg(long, short)]
        pattern: String,
        /// Context tokens on each side.
        #[arg(long, default_value_t = 5)]
        window: usize,
        /// Output file (.parquet or .csv).
        #[arg(long, short)]
        out: Option<PathBuf>,
    },
}

#[derive(Args, Debug)]
struct InputArgs {
    /// Input files, directories or glob patterns (JSONL[.gz|.zst], CSV, TSV, Parquet, .txt).
    #[arg(required = true)]
    inputs: Vec<String>,
    /// Read every input as this format instead of guessing from the extension.
    #[arg(long, value_enum)]
    format: Option<FormatArg>,
    /// What to do with bad records.
    #[arg(long, value_enum, default_value_t = OnErrorArg::Raise)]
    on_error: OnErrorArg,
    /// Field holding the text.
    #[arg(long, default_value = "text")]
    text_field: String,
    /// Worker threads (default: PRESSLENS_NUM_THREADS or all cores).
    #[arg(long)]
    threads: Option<usize>,
    /// No progress bar.
    #[arg(long, short)]
    quiet: bool,
}

#[derive(Args, Debug)]
struct ActorArgs {
    /// Lexicon of known actors (.csv, .tsv, .json, .jsonl: id, name, kind, alias/aliases, lang).
    #[arg(long)]
    lexicon: Option<PathBuf>,
    /// "place": capitals and government buildings stay places; "country": they resolve to their country.
    #[arg(long, default_value = "place")]
    places: String,
    /// Count demonyms ("Russian", "russo") as mentions of their country.
    #[arg(long)]
    demonyms: bool,
    /// Only lexicon and geography matches: no rule-based name detection.
    #[arg(long)]
    no_detect: bool,
    /// Without the built-in geography.
    #[arg(long)]
    no_geography: bool,
    /// Co-occurrence unit: sentence, paragraph, document or a number of tokens.
    #[arg(long, default_value = "sentence")]
    window: String,
    /// Keep pairs co-occurring at least this often per group.
    #[arg(long, default_value_t = 1)]
    pair_min_count: u64,
    /// Mentions found by another tool (.csv or .tsv: doc_id, char_start, char_end, kind or label, optional actor_id).
    #[arg(long)]
    external: Option<PathBuf>,
    /// "replace": only the external mentions count; "add": the built-in detection runs too.
    #[arg(long, default_value = "replace")]
    external_mode: String,
}

fn actor_setup(a: &ActorArgs, by: &[String]) -> Result<(ActorDetector, CoocConfig)> {
    let config = ActorsConfig {
        detect: !a.no_detect,
        geography: !a.no_geography,
        places: PlaceMode::parse(&a.places)?,
        demonyms: a.demonyms,
    };
    let lexicon = a.lexicon.as_ref().map(Lexicon::from_path).transpose()?;
    let mut det = ActorDetector::new(&config, lexicon.as_ref())?;
    if let Some(path) = &a.external {
        let mode = ExternalMode::parse(&a.external_mode)?;
        det = det.with_external(ExternalMentions::from_path(path, mode)?);
    }
    let cc = CoocConfig {
        unit: Unit::parse(&a.window)?,
        by: by.to_vec(),
        min_count: a.pair_min_count,
        ..CoocConfig::default()
    };
    crate::group::parse_by(&cc.by)?;
    Ok((det, cc))
}

/// "a.parquet (3 rows), b.parquet (5 rows)".
fn tables_written(rows: &[(&str, usize)]) -> String {
    rows.iter()
        .map(|(n, r)| format!("{n}.parquet ({r} rows)"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Writes the two quote tables into `out`; returns their row counts.
fn write_quote_tables(
    t: &crate::quotes::QuoteTables,
    out: &Path,
) -> Result<Vec<(&'static str, usize)>> {
    std::fs::create_dir_all(out).map_err(|e| Error::io(out, &e))?;
    let (mut q, mut v) = frame::quote_frames(t)?;
    frame::write_parquet(&mut q, &out.join("quotes.parquet"))?;
    frame::write_parquet(&mut v, &out.join("voice.parquet"))?;
    Ok(vec![("quotes", q.height()), ("voice", v.height())])
}

/// Writes the three actor tables into `out`; returns their row counts.
fn write_actor_tables(
    t: &crate::actors::cooc::ActorTables,
    out: &Path,
) -> Result<[(&'static str, usize); 3]> {
    std::fs::create_dir_all(out).map_err(|e| Error::io(out, &e))?;
    let (mut m, mut a, mut c) = frame::actor_frames(t)?;
    frame::write_parquet(&mut m, &out.join("mentions.parquet"))?;
    frame::write_parquet(&mut a, &out.join("actors.parquet"))?;
    frame::write_parquet(&mut c, &out.join("cooccurrence.parquet"))?;
    Ok([
        ("mentions", m.height()),
        ("actors", a.height()),
        ("cooccurrence", c.height()),
    ])
}

#[derive(Args, Debug)]
struct AnalysisArgs {
    /// Stop words: "auto" (per document language), "none", or a file with one word per line.
    #[arg(long, default_value = "auto")]
    stop_words: String,
    /// Keep the case of terms.
    #[arg(long)]
    no_lowercase: bool,
    /// Remove diacritics from terms.
    #[arg(long)]
    strip_accents: bool,
    /// Drop number tokens.
    #[arg(long)]
    no_numbers: bool,
    /// Minimum term length (characters) for space-delimited scripts.
    #[arg(long, default_value_t = 2)]
    min_len: usize,
    /// Unicode normalization of terms: nfkc, nfc or none.
    #[arg(long, default_value = "nfkc")]
    normalization: String,
}

#[derive(Args, Debug)]
struct TermArgs {
    /// Group by these columns (day, week, month, quarter, year, lang, source, any field), comma-separated.
    #[arg(long, value_delimiter = ',')]
    by: Vec<String>,
    /// N-gram range as MIN,MAX (e.g. 1,2).
    #[arg(long, value_delimiter = ',', num_args = 1..=2, default_values_t = [1, 1])]
    ngram_range: Vec<usize>,
    /// Minimum count of a term in its group.
    #[arg(long, default_value_t = 1)]
    min_count: u64,
    /// Minimum document frequency: an integer count or a fraction (0.01).
    #[arg(long, default_value = "1")]
    min_df: String,
    /// Maximum document frequency: an integer count or a fraction (0.95).
    #[arg(long, default_value = "1.0")]
    max_df: String,
    /// Keep the k most frequent terms per group.
    #[arg(long)]
    top_k: Option<usize>,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum FormatArg {
    Jsonl,
    Csv,
    Tsv,
    Parquet,
    Text,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum OnErrorArg {
    Raise,
    Skip,
}

/// Parses a document-frequency limit the way scikit-learn reads `min_df`:
/// an integer is a count, a number with a decimal point a fraction.
pub fn parse_df(s: &str, name: &str) -> Result<DfLimit> {
    let s = s.trim();
    if s.contains('.') || s.contains('e') {
        s.parse::<f64>()
            .map(DfLimit::Fraction)
            .map_err(|_| Error::invalid_config(format!("{name} {s:?} is not a number")))
    } else {
        s.parse::<u64>()
            .map(DfLimit::Count)
            .map_err(|_| Error::invalid_config(format!("{name} {s:?} is not a number")))
    }
}

fn corpus_of(input: &InputArgs) -> Result<Corpus> {
    let format = input.format.map(|f| match f {
        FormatArg::Jsonl => Format::Jsonl,
        FormatArg::Csv => Format::Csv,
        FormatArg::Tsv => Format::Tsv,
        FormatArg::Parquet => Format::Parquet,
        FormatArg::Text => Format::Text,
    });
    let opts = ReadOptions {
        on_error: match input.on_error {
            OnErrorArg::Raise => OnError::Raise,
            OnErrorArg::Skip => OnError::Skip,
        },
        text_field: input.text_field.clone(),
        ..ReadOptions::default()
    };
    Ok(Corpus::from_paths_as(&input.inputs, format)?.with_options(opts))
}

fn analyzer_of(a: &AnalysisArgs) -> Result<Analyzer> {
    let stop_words = match a.stop_words.as_str() {
        "auto" => StopWords::Auto,
        "none" => StopWords::None,
        path => {
            let text = std::fs::read_to_string(path).map_err(|e| Error::io(Path::new(path), &e))?;
            StopWords::List(
                text.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty() && !l.starts_with('#'))
                    .map(String::from)
                    .collect(),
            )
        }
    };
    let normalization = Normalization::from_name(&a.normalization).ok_or_else(|| {
        Error::invalid_config(format!(
            "unknown normalization {:?}; use nfkc, nfc or none",
            a.normalization
        ))
    })?;
    Analyzer::builder()
        .stop_words(stop_words)
        .lowercase(!a.no_lowercase)
        .strip_accents(a.strip_accents)
        .numbers(!a.no_numbers)
        .min_len(a.min_len)
        .normalization(normalization)
        .build()
}

fn terms_config(t: &TermArgs) -> Result<TermsConfig> {
    let (lo, hi) = match t.ngram_range.as_slice() {
        [n] => (*n, *n),
        [a, b] => (*a, *b),
        _ => return Err(Error::invalid_config("--ngram-range takes MIN,MAX")),
    };
    let cfg = TermsConfig {
        by: t.by.clone(),
        ngram_range: (lo, hi),
        min_count: t.min_count,
        min_df: parse_df(&t.min_df, "min_df")?,
        max_df: parse_df(&t.max_df, "max_df")?,
        top_k: t.top_k,
    };
    cfg.validate()?;
    Ok(cfg)
}

/// Runs `work` with a progress line on stderr (when it is a terminal).
fn with_progress<T>(
    input: &InputArgs,
    work: impl FnOnce(&RunOptions) -> Result<T> + Send,
) -> Result<T>
where
    T: Send,
{
    let progress = Arc::new(Progress::default());
    let opts = RunOptions {
        threads: input.threads,
        progress: Some(progress.clone()),
        cancel: None,
    };
    let show = !input.quiet && std::io::stderr().is_terminal();
    let done = AtomicBool::new(false);
    let start = Instant::now();
    std::thread::scope(|s| {
        if show {
            let (progress, done) = (&progress, &done);
            s.spawn(move || {
                while !done.load(Ordering::Relaxed) {
                    std::thread::sleep(Duration::from_millis(200));
                    eprint!("\r{}", progress_line(progress, start));
                }
                eprintln!("\r{}", progress_line(progress, start));
            });
        }
        let out = work(&opts);
        done.store(true, Ordering::Relaxed);
        out
    })
}

fn progress_line(p: &Progress, start: Instant) -> String {
    let docs = p.docs.load(Ordering::Relaxed);
    let mb = p.bytes.load(Ordering::Relaxed) as f64 / 1e6;
    let total = p.total_bytes.load(Ordering::Relaxed) as f64 / 1e6;
    let secs = start.elapsed().as_secs_f64().max(1e-3);
    let pct = if total > 0.0 {
        format!(" {:>3.0}%", (mb / total * 100.0).min(100.0))
    } else {
        String::new()
    };
    format!(
        "{pct} {docs} docs, {mb:.1}/{total:.1} MB, {:.1} MB/s, {secs:.1} s   ",
        mb / secs
    )
}

fn summary(report: &Report, secs: f64) -> String {
    let mut s = format!(
        "{} files, {} records read, {} analysed, {} skipped in {:.2} s",
        report.files.len(),
        report.read,
        report.analysed,
        report.skipped,
        secs
    );
    for (reason, n) in report.skip_counts() {
        s.push_str(&format!("\n  skipped ({reason}): {n}"));
    }
    for skip in report.skips.iter().take(5) {
        s.push_str(&format!("\n  {}", skip.message));
    }
    if report.bad_dates > 0 {
        s.push_str(&format!(
            "\n  {} documents with an unparseable date (date left empty)",
            report.bad_dates
        ));
    }
    s
}

fn write_or_print(mut df: DataFrame, out: Option<&Path>) -> Result<()> {
    match out {
        Some(path) if path.extension().is_some_and(|e| e == "csv") => {
            frame::write_csv(&df, path)?;
            eprintln!("wrote {} rows to {}", df.height(), path.display());
        }
        Some(path) => {
            frame::write_parquet(&mut df, path)?;
            eprintln!("wrote {} rows to {}", df.height(), path.display());
        }
        None => {
            println!("{}", df.head(Some(20)));
        }
    }
    Ok(())
}

fn execute(cli: Cli) -> Result<()> {
    let start = Instant::now();
    match cli.command {
        Command::Terms {
            input,
            analysis,
            terms,
            out,
        } => {
            let corpus = corpus_of(&input)?;
            let analyzer = analyzer_of(&analysis)?;
            let cfg = terms_config(&terms)?;
            let table = with_progress(&input, |o| count::terms(&corpus, &analyzer, &cfg, o))?;
            eprintln!("{}", summary(&table.report, start.elapsed().as_secs_f64()));
            write_or_print(frame::terms_frame(&table)?, out.as_deref())
        }
        Command::Analyze {
            input,
            analysis,
            terms,
            actors,
            out,
        } => {
            let corpus = corpus_of(&input)?;
            let analyzer = analyzer_of(&analysis)?;
            let cfg = terms_config(&terms)?;
            let (det, cc) = actor_setup(&actors, &terms.by)?;
            let extractor = crate::quotes::QuoteExtractor::with_detector(det);
            let config = crate::analyze::AnalyzeConfig {
                terms: Some(cfg.clone()),
                actors: Some(cc),
                quotes: Some(crate::quotes::QuotesConfig {
                    by: terms.by.clone(),
                }),
            };
            let settings = serde_json::json!({
                "by": terms.by,
                "ngram_range": [cfg.ngram_range.0, cfg.ngram_range.1],
                "min_count": terms.min_count,
                "min_df": terms.min_df,
                "max_df": terms.max_df,
                "top_k": terms.top_k,
                "stop_words": analysis.stop_words,
                "places": actors.places,
                "window": actors.window,
                "lexicon": actors.lexicon.as_ref().map(|p| p.display().to_string()),
            });
            // MEMORY: the quotation rows are spilled to disk while the corpus
            // is counted and written to Parquet a chunk at a time.
            let w = with_progress(&input, |o| {
                frame::analyze_to_dir(&corpus, &analyzer, &extractor, &config, o, &settings, &out)
            })?;
            eprintln!("{}", summary(&w.report, start.elapsed().as_secs_f64()));
            println!(
                "wrote {}, manifest.json to {}",
                tables_written(&w.rows),
                out.display()
            );
            if let Some(df) = w.preview {
                println!("{df}");
            }
            Ok(())
        }
        Command::Actors {
            input,
            actors,
            by,
            out,
        } => {
            let corpus = corpus_of(&input)?;
            let (det, cc) = actor_setup(&actors, &by)?;
            let at = with_progress(&input, |o| {
                crate::actors::cooc::analyze(&corpus, &det, &cc, o)
            })?;
            eprintln!("{}", summary(&at.report, start.elapsed().as_secs_f64()));
            match out {
                Some(dir) => {
                    let rows = write_actor_tables(&at, &dir)?;
                    println!("wrote {} to {}", tables_written(&rows), dir.display());
                }
                None => {
                    let (_, a, c) = frame::actor_frames(&at)?;
                    println!("{}", a.head(Some(15)));
                    println!("{}", c.head(Some(15)));
                }
            }
            Ok(())
        }
        Command::Quotes {
            input,
            actors,
            by,
            out,
        } => {
            let corpus = corpus_of(&input)?;
            let (det, _) = actor_setup(&actors, &by)?;
            let extractor = crate::quotes::QuoteExtractor::with_detector(det);
            let qc = crate::quotes::QuotesConfig { by };
            let qt = with_progress(&input, |o| {
                crate::quotes::analyze(&corpus, &extractor, &qc, o)
            })?;
            eprintln!("{}", summary(&qt.report, start.elapsed().as_secs_f64()));
            match out {
                Some(dir) => {
                    let rows = write_quote_tables(&qt, &dir)?;
                    println!("wrote {} to {}", tables_written(&rows), dir.display());
                }
                None => {
                    let (q, v) = frame::quote_frames(&qt)?;
                    println!(
                        "{}",
                        q.select(["doc_id", "quote", "kind", "speaker", "actor", "how"])?
                            .head(Some(15))
                    );
                    println!("{}", v.head(Some(15)));
                }
            }
            Ok(())
        }
        Command::Keyness {
            input,
            analysis,
            by,
            target,
            reference,
            min_count,
            top_k,
            out,
        } => {
            let corpus = corpus_of(&input)?;
            let analyzer = analyzer_of(&analysis)?;
            let cfg = KeynessConfig {
                by,
                target,
                reference,
                min_count,
                top_k,
                ..KeynessConfig::default()
            };
            let table = with_progress(&input, |o| count::keyness(&corpus, &analyzer, &cfg, o))?;
            eprintln!("{}", summary(&table.report, start.elapsed().as_secs_f64()));
            write_or_print(frame::keyness_frame(&table)?, out.as_deref())
        }
        Command::Kwic {
            input,
            analysis,
            pattern,
            window,
            out,
        } => {
            let corpus = corpus_of(&input)?;
            let analyzer = analyzer_of(&analysis)?;
            let cfg = KwicConfig {
                pattern,
                window,
                max_hits: None,
            };
            let (rows, report) =
                with_progress(&input, |o| count::kwic(&corpus, &analyzer, &cfg, o))?;
            eprintln!("{}", summary(&report, start.elapsed().as_secs_f64()));
            write_or_print(frame::kwic_frame(&rows)?, out.as_deref())
        }
    }
}

/// Runs the CLI with `args` (the first is the program name) and returns the
/// process exit code: 0 on success, 1 on an analysis error, 2 on a usage error.
pub fn main_with_args(args: Vec<String>) -> i32 {
    let cli = match Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    match execute(cli) {
        Ok(()) => {
            let _ = std::io::stdout().flush();
            0
        }
        Err(e) => {
            let prefix = if e.kind() == ErrorKind::InvalidConfig {
                "invalid option"
            } else {
                "error"
            };
            eprintln!("presslens: {prefix}: {e}");
            1
        }
    }
}

//! The one-pass engine: streams a corpus, analyses documents in parallel
//! into per-thread partial aggregates, and merges them.
//!
//! Every analysis (term counts, KWIC, document-term matrix, and later actors
//! and quotes) is a fold over documents plus an associative merge. The
//! engine owns the parts they share: reading in batches on a reader thread,
//! parsing on the workers, language resolution, the skip policy, progress
//! counters and cancellation.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::sync_channel;
use std::sync::{Arc, Mutex};

use rayon::prelude::*;

use crate::corpus::{read, Batch, Corpus, Document, OnError, Report};
use crate::error::{Error, ErrorKind, Result};
use crate::tokenize::{detect_language, normalize_lang_tag};

/// Environment variable that sets the default number of worker threads.
pub const THREADS_ENV: &str = "PRESSLENS_NUM_THREADS";

/// Live counters of a run, readable from another thread (progress bars).
#[derive(Debug, Default)]
pub struct Progress {
    /// Records processed so far.
    pub docs: AtomicU64,
    /// Input bytes consumed so far (compressed bytes for compressed files).
    pub bytes: Arc<AtomicU64>,
    /// Total input bytes, when known (0 for in-memory documents).
    pub total_bytes: AtomicU64,
}

/// How a run executes.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// Worker threads; `None` → `PRESSLENS_NUM_THREADS`, else all cores.
    pub threads: Option<usize>,
    /// Counters updated during the run.
    pub progress: Option<Arc<Progress>>,
    /// Set to `true` from another thread to stop the run; it then returns an
    /// [`ErrorKind::Cancelled`] error after the current documents.
    pub cancel: Option<Arc<AtomicBool>>,
}

impl RunOptions {
    /// Sets the number of threads.
    pub fn threads(mut self, n: usize) -> Self {
        self.threads = Some(n);
        self
    }
}

/// The number of threads a run uses for `requested`.
pub fn resolve_threads(requested: Option<usize>) -> usize {
    requested
        .or_else(|| {
            std::env::var(THREADS_ENV)
                .ok()
                .and_then(|v| v.trim().parse().ok())
        })
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// A document as the analyses see it.
#[derive(Debug, Clone, Copy)]
pub struct DocView<'a> {
    /// Position of the record in the input (0-based, counting skipped ones).
    pub seq: u64,
    /// The document.
    pub doc: &'a Document,
    /// Its language: given (normalized to ISO 639-1) or detected.
    pub lang: Option<&'a str>,
}

struct Partial<A> {
    acc: A,
    report: Report,
    error: Option<(u64, Error)>,
}

/// Runs `fold` over every document of `corpus` and merges the per-thread
/// accumulators with `merge`. The result does not depend on the number of
/// threads as long as `merge` is associative and commutative.
pub(crate) fn run<A, I, F, M>(
    corpus: &Corpus,
    opts: &RunOptions,
    init: I,
    fold: F,
    merge: M,
) -> Result<(A, Report)>
where
    A: Send,
    I: Fn() -> A + Sync + Send,
    F: Fn(&mut A, DocView<'_>) + Sync + Send,
    M: Fn(A, A) -> A + Sync + Send,
{
    let threads = resolve_threads(opts.threads);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("presslens-{i}"))
        .build()
        .map_err(|e| {
            Error::new(
                ErrorKind::Internal,
                format!("cannot start worker threads: {e}"),
            )
        })?;
    let progress = opts.progress.clone().unwrap_or_default();
    progress
        .total_bytes
        .store(corpus.total_bytes(), Ordering::Relaxed);
    let never = Arc::new(AtomicBool::new(false));
    let cancel = opts.cancel.clone().unwrap_or(never);
    let read_opts = corpus.options();
    let skip = read_opts.on_error == OnError::Skip;

    let files: Vec<String> = corpus
        .files()
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    // PERF: one accumulator per worker thread, kept across batches, merged
    // once at the end. Merging after every batch made the main thread a
    // serial bottleneck (every batch's vocabulary re-hashed into the total).
    // Each worker only ever locks its own slot, so the mutexes are
    // uncontended; the cost is memory: up to one vocabulary per thread.
    let slots: Vec<Mutex<Partial<A>>> = (0..threads)
        .map(|_| {
            Mutex::new(Partial {
                acc: init(),
                report: Report::default(),
                error: None,
            })
        })
        .collect();
    let lock = |i: usize| {
        slots[i]
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    };

    std::thread::scope(|scope| -> Result<()> {
        let (tx, rx) = sync_channel::<Batch>(2);
        let bytes = progress.bytes.clone();
        let reader =
            scope.spawn(move || read::stream(corpus, bytes, |batch| tx.send(batch).is_ok()));
        // PERF: the workers pull records one by one from the stream of
        // batches: no barrier at the end of each batch (with a barrier, one
        // worker idled while the other finished the batch's last documents).
        // On cancellation or (raise mode) a failure, the stream ends: no record
        // is taken after it, the receiver is dropped and the reader stops at
        // its next batch. Records are taken in input order, so every record
        // before a failed one was taken and completes (as do later ones
        // already in flight), and the earliest failure in input order is the
        // one reported.
        let first_error = AtomicU64::new(u64::MAX);
        let go_on = || {
            !cancel.load(Ordering::Relaxed)
                && (skip || first_error.load(Ordering::Relaxed) == u64::MAX)
        };
        pool.install(|| {
            rx.into_iter()
                .flat_map(|batch| batch.records)
                .take_while(|_| go_on())
                .par_bridge()
                .for_each(|(seq, raw)| {
                    if cancel.load(Ordering::Relaxed) {
                        return;
                    }
                    let mut guard = lock(rayon::current_thread_index().unwrap_or(0) % threads);
                    let p = &mut *guard;
                    let mut bad_date = false;
                    match read::parse(raw, read_opts, &mut bad_date) {
                        Ok(holder) => {
                            let doc = holder.doc();
                            let given = doc.lang.as_deref().and_then(normalize_lang_tag);
                            let lang: Option<std::borrow::Cow<'_, str>> = match given {
                                Some(l) => Some(l.into()),
                                None => {
                                    let d = detect_language(&doc.text);
                                    if d.is_some() {
                                        p.report.detected_lang += 1;
                                    }
                                    d.map(Into::into)
                                }
                            };
                            fold(
                                &mut p.acc,
                                DocView {
                                    seq,
                                    doc,
                                    lang: lang.as_deref(),
                                },
                            );
                            p.report.read += 1;
                            p.report.analysed += 1;
                            p.report.empty += u64::from(doc.text.trim().is_empty());
                            p.report.bad_dates += u64::from(bad_date);
                        }
                        Err(e) => {
                            if skip {
                                p.report.skip(seq, &e);
                            } else {
                                first_error.fetch_min(seq, Ordering::Relaxed);
                                if p.error.as_ref().is_none_or(|(s, _)| seq < *s) {
                                    p.error = Some((seq, e));
                                }
                            }
                        }
                    }
                    progress.docs.fetch_add(1, Ordering::Relaxed);
                });
        });
        // In raise mode, the first bad record in input order.
        let seq = first_error.load(Ordering::Relaxed);
        let mut outcome = Ok(());
        if seq != u64::MAX {
            let e = (0..threads)
                .find_map(|i| lock(i).error.take().filter(|(s, _)| *s == seq))
                .map(|(_, e)| e);
            outcome = Err(e.unwrap_or_else(|| Error::new(ErrorKind::Internal, "lost error")));
        } else if cancel.load(Ordering::Relaxed) {
            outcome = Err(Error::new(ErrorKind::Cancelled, "run cancelled"));
        }
        let read_result = reader
            .join()
            .map_err(|_| Error::new(ErrorKind::Internal, "reader thread panicked"))?;
        outcome.and(read_result)
    })?;
    // Merge the per-thread partials pairwise, in parallel.
    let partials: Vec<Partial<A>> = slots
        .into_iter()
        .map(|m| {
            m.into_inner()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
        })
        .collect();
    let merged = pool.install(|| {
        partials.into_par_iter().reduce_with(|mut a, b| {
            a.acc = merge(a.acc, b.acc);
            a.report.merge(b.report);
            a
        })
    });
    let (total, mut report) = match merged {
        Some(p) => (p.acc, p.report),
        None => (init(), Report::default()),
    };
    report.files = files;
    report.finish();
    Ok((total, report))
}

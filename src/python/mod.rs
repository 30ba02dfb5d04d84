//! The `presslens._core` extension module (feature `python`).
//!
//! Thin by construction: every function extracts Python inputs into owned
//! Rust values, runs the Rust API on a worker thread with the GIL released,
//! and wraps the result as polars frames. The public, documented Python API
//! is `python/presslens/*.py`.

use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use polars::prelude::*;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use pyo3_polars::{PyDataFrame, PySeries};

use crate::corpus::{documents_from_frame, Corpus, Format, OnError, ReadOptions, Report};
use crate::count::{self, DfLimit, DtmConfig, KeynessConfig, KwicConfig, TermsConfig};
use crate::error::{Error, ErrorKind};
use crate::frame;
use crate::run::{resolve_threads, Progress, RunOptions};
use crate::tokenize::{self as tk, Analyzer, Normalization, StopWords};

/// Frames by table name, in a fixed order.
type NamedFrames = Vec<(&'static str, PyDataFrame)>;

/// Converts a presslens error into the matching exception class of
/// `presslens.exceptions` (each a subclass of `PresslensError` and of the
/// builtin that fits: `ValueError`, `OSError`, `RuntimeError`).
fn to_pyerr(py: Python<'_>, e: Error) -> PyErr {
    let class = match e.kind() {
        ErrorKind::Io => "InputError",
        ErrorKind::Parse => "ParseError",
        ErrorKind::MissingField => "MissingFieldError",
        ErrorKind::Encoding => "EncodingError",
        ErrorKind::InvalidConfig => "InvalidConfigError",
        ErrorKind::Cancelled => "CancelledError",
        ErrorKind::Output => "OutputError",
        _ => "InternalError",
    };
    let build = || -> PyResult<PyErr> {
        let module = py.import("presslens.exceptions")?;
        let exc = module.getattr(class)?.call1((e.to_string(),))?;
        exc.setattr("kind", e.kind().as_str())?;
        exc.setattr("path", e.path().map(|p| p.display().to_string()))?;
        exc.setattr("line", e.line())?;
        Ok(PyErr::from_value(exc))
    };
    build().unwrap_or_else(|_| PyValueError::new_err(e.to_string()))
}

fn config_err(py: Python<'_>, msg: impl Into<String>) -> PyErr {
    to_pyerr(py, Error::invalid_config(msg))
}

/// Runs `work` on a worker thread with the GIL released. Every 100 ms the
/// calling thread takes the GIL back to check for Ctrl-C (which cancels the
/// run and re-raises `KeyboardInterrupt`) and to report progress to
/// `progress(docs, bytes, total_bytes)`. A panic in the work becomes an
/// `InternalError`; it never unwinds into Python.
fn run_job<T: Send>(
    py: Python<'_>,
    threads: Option<usize>,
    progress_cb: Option<Bound<'_, PyAny>>,
    work: impl FnOnce(&RunOptions) -> crate::Result<T> + Send,
) -> PyResult<T> {
    let progress = Arc::new(Progress::default());
    let cancel = Arc::new(AtomicBool::new(false));
    let opts = RunOptions {
        threads,
        progress: Some(progress.clone()),
        cancel: Some(cancel.clone()),
    };
    std::thread::scope(|s| {
        let handle = s.spawn(move || std::panic::catch_unwind(AssertUnwindSafe(|| work(&opts))));
        let report = |cb: &Bound<'_, PyAny>| {
            cb.call1((
                progress.docs.load(Ordering::Relaxed),
                progress.bytes.load(Ordering::Relaxed),
                progress.total_bytes.load(Ordering::Relaxed),
            ))
            .map(|_| ())
        };
        loop {
            let finished = py.detach(|| {
                for _ in 0..10 {
                    if handle.is_finished() {
                        return true;
                    }
                    std::thread::sleep(Duration::from_millis(10));
                }
                handle.is_finished()
            });
            if finished {
                break;
            }
            let interrupted = py
                .check_signals()
                .and_then(|()| progress_cb.as_ref().map_or(Ok(()), report));
            if let Err(err) = interrupted {
                cancel.store(true, Ordering::Relaxed);
                py.detach(|| {
                    let _ = handle.join();
                });
                return Err(err);
            }
        }
        if let Some(cb) = &progress_cb {
            report(cb)?;
        }
        match handle.join() {
            Ok(Ok(Ok(v))) => Ok(v),
            Ok(Ok(Err(e))) => Err(to_pyerr(py, e)),
            Ok(Err(panic)) | Err(panic) => {
                let msg = panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_else(|| "unknown panic".into());
                Err(to_pyerr(
                    py,
                    Error::new(
                        ErrorKind::Internal,
                        format!("internal error (please report it): {msg}"),
                    ),
                ))
            }
        }
    })
}

/// Reads `key` from an options dict, if present and not None.
fn opt<'py, T: for<'a> FromPyObjectOwned<'py>>(
    d: &Bound<'py, PyDict>,
    key: &str,
) -> PyResult<Option<T>> {
    match d.get_item(key)? {
        Some(v) if !v.is_none() => Ok(Some(v.extract::<T>().map_err(Into::into)?)),
        _ => Ok(None),
    }
}

const ANALYZER_KEYS: &[&str] = &[
    "lowercase",
    "strip_accents",
    "normalization",
    "numbers",
    "urls",
    "emails",
    "hashtags",
    "mentions",
    "elision",
    "min_len",
    "stop_words",
    "extra_stop_words",
];

fn check_keys(py: Python<'_>, d: &Bound<'_, PyDict>, allowed: &[&str], what: &str) -> PyResult<()> {
    for k in d.keys() {
        let k: String = k.extract()?;
        if !allowed.contains(&k.as_str()) {
            return Err(config_err(
                py,
                format!(
                    "unknown {what} option {k:?}; expected one of {}",
                    allowed.join(", ")
                ),
            ));
        }
    }
    Ok(())
}

/// The options of a Python `terms` call.
fn terms_config(py: Python<'_>, config: &Bound<'_, PyDict>) -> PyResult<TermsConfig> {
    check_keys(
        py,
        config,
        &[
            "by",
            "ngram_range",
            "min_count",
            "min_df",
            "max_df",
            "top_k",
        ],
        "terms",
    )?;
    let mut cfg = TermsConfig::default();
    if let Some(by) = opt::<Vec<String>>(config, "by")? {
        cfg.by = by;
    }
    if let Some(r) = opt::<(usize, usize)>(config, "ngram_range")? {
        cfg.ngram_range = r;
    }
    if let Some(v) = opt::<u64>(config, "min_count")? {
        cfg.min_count = v;
    }
    if let Some(v) = config.get_item("min_df")?.filter(|v| !v.is_none()) {
        cfg.min_df = df_limit(py, &v, "min_df")?;
    }
    if let Some(v) = config.get_item("max_df")?.filter(|v| !v.is_none()) {
        cfg.max_df = df_limit(py, &v, "max_df")?;
    }
    cfg.top_k = opt::<usize>(config, "top_k")?;
    cfg.validate().map_err(|e| to_pyerr(py, e))?;
    Ok(cfg)
}

/// Frames by name, for Python.
fn to_py(frames: Vec<(&'static str, DataFrame)>) -> NamedFrames {
    frames
        .into_iter()
        .map(|(n, f)| (n, PyDataFrame(f)))
        .collect()
}

/// Frames by name, from Python.
fn from_py(frames: Vec<(String, PyDataFrame)>) -> Vec<(String, DataFrame)> {
    frames.into_iter().map(|(n, f)| (n, f.0)).collect()
}

/// Frames of a one-pass analysis (and its manifest and report) for Python.
fn analysis_out(
    py: Python<'_>,
    (frames, report): (Vec<(&'static str, DataFrame)>, Report),
    settings: &str,
) -> PyResult<(NamedFrames, String, PyReport)> {
    let settings: serde_json::Value = serde_json::from_str(settings)
        .map_err(|e| config_err(py, format!("settings are not JSON: {e}")))?;
    let rows: Vec<(&str, usize)> = frames.iter().map(|(n, f)| (*n, f.height())).collect();
    let manifest = crate::analyze::manifest(&report, &settings, &rows);
    Ok((to_py(frames), manifest, PyReport { inner: report }))
}

/// What a one-pass analysis computes, and how: built from plain settings
/// (on the client, or on each worker of a cluster).
#[pyclass(name = "Plan", module = "presslens._core", frozen)]
struct PyPlan {
    analyzer: Analyzer,
    extractor: crate::quotes::QuoteExtractor,
    config: crate::analyze::AnalyzeConfig,
}

#[pymethods]
impl PyPlan {
    /// `terms` takes the options of `terms` (None: no term table); `actors`
    /// the options of `actors` (its `by` also groups `voice`);
    /// `actor_tables` / `quotes` say whether those tables are computed.
    #[new]
    #[pyo3(signature = (analyzer, terms, actors, actor_tables, quotes, lexicon_path=None, lexicon_csv=None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        analyzer: &Bound<'_, PyDict>,
        terms: Option<&Bound<'_, PyDict>>,
        actors: &Bound<'_, PyDict>,
        actor_tables: bool,
        quotes: bool,
        lexicon_path: Option<String>,
        lexicon_csv: Option<String>,
    ) -> PyResult<Self> {
        let analyzer = analyzer_from(py, analyzer)?;
        let terms = terms.map(|t| terms_config(py, t)).transpose()?;
        let (detector, cc) = actor_setup(py, actors, lexicon_path, lexicon_csv)?;
        Ok(PyPlan {
            analyzer,
            extractor: crate::quotes::QuoteExtractor::with_detector(detector),
            config: crate::analyze::AnalyzeConfig {
                terms,
                quotes: quotes.then(|| crate::quotes::QuotesConfig { by: cc.by.clone() }),
                actors: actor_tables.then_some(cc),
            },
        })
    }

    /// Merges two partials (`a`'s documents before `b`'s).
    fn merge(
        &self,
        py: Python<'_>,
        a: Vec<(String, PyDataFrame)>,
        b: Vec<(String, PyDataFrame)>,
    ) -> PyResult<NamedFrames> {
        let (a, b) = (from_py(a), from_py(b));
        let frames = run_job(py, None, None, |_| {
            let a = frame::partial_from_frames(&a)?;
            let b = frame::partial_from_frames(&b)?;
            frame::partial_frames(a.merge(b))
        })?;
        Ok(to_py(frames))
    }

    /// The tables of a (merged) partial: ([(name, frame)], manifest JSON,
    /// report).
    fn finish(
        &self,
        py: Python<'_>,
        partial: Vec<(String, PyDataFrame)>,
        settings: &str,
    ) -> PyResult<(NamedFrames, String, PyReport)> {
        let frames = from_py(partial);
        let result = run_job(py, None, None, |_| {
            let p = frame::partial_from_frames(&frames)?;
            frame::analysis_frames_of(p.finish(&self.config, self.extractor.detector())?)
        })?;
        analysis_out(py, result, settings)
    }
}

/// The detector and co-occurrence options of a Python `actors` call.
fn actor_setup(
    py: Python<'_>,
    config: &Bound<'_, PyDict>,
    lexicon_path: Option<String>,
    lexicon_csv: Option<String>,
) -> PyResult<(
    crate::actors::ActorDetector,
    crate::actors::cooc::CoocConfig,
)> {
    use crate::actors::cooc::{CoocConfig, Unit};
    use crate::actors::{ActorDetector, ActorKind, ActorsConfig, Lexicon, PlaceMode};
    check_keys(
        py,
        config,
        &[
            "detect",
            "geography",
            "places",
            "demonyms",
            "window",
            "by",
            "min_count",
            "kinds",
            "mentions",
            "external",
            "external_mode",
        ],
        "actors",
    )?;
    let err = |e: Error| to_pyerr(py, e);
    let mut ac = ActorsConfig::default();
    if let Some(v) = opt::<bool>(config, "detect")? {
        ac.detect = v;
    }
    if let Some(v) = opt::<bool>(config, "geography")? {
        ac.geography = v;
    }
    if let Some(v) = opt::<String>(config, "places")? {
        ac.places = PlaceMode::parse(&v).map_err(err)?;
    }
    if let Some(v) = opt::<bool>(config, "demonyms")? {
        ac.demonyms = v;
    }
    let mut cc = CoocConfig::default();
    if let Some(v) = opt::<String>(config, "window")? {
        cc.unit = Unit::parse(&v).map_err(err)?;
    }
    if let Some(v) = opt::<Vec<String>>(config, "by")? {
        cc.by = v;
    }
    if let Some(v) = opt::<u64>(config, "min_count")? {
        cc.min_count = v;
    }
    if let Some(v) = opt::<Vec<String>>(config, "kinds")? {
        cc.kinds = v
            .iter()
            .map(|k| ActorKind::parse(k))
            .collect::<crate::Result<_>>()
            .map_err(err)?;
    }
    if let Some(v) = opt::<bool>(config, "mentions")? {
        cc.keep_mentions = v;
    }
    crate::group::parse_by(&cc.by).map_err(err)?;
    let lexicon = match (lexicon_path, lexicon_csv) {
        (Some(p), _) => Some(Lexicon::from_path(&p).map_err(err)?),
        (None, Some(t)) => Some(Lexicon::from_csv(&t, b',').map_err(err)?),
        (None, None) => None,
    };
    let mut detector = ActorDetector::new(&ac, lexicon.as_ref()).map_err(err)?;
    if let Some(ext) = config.get_item("external")? {
        if !ext.is_none() {
            detector = detector.with_external(external_from(py, config, &ext)?);
        }
    }
    Ok((detector, cc))
}

/// External mentions from the column lists the Python wrapper passes:
/// `doc_id`, `char_start`, `char_end`, `kind`, optional `actor_id`.
fn external_from(
    py: Python<'_>,
    config: &Bound<'_, PyDict>,
    ext: &Bound<'_, PyAny>,
) -> PyResult<crate::actors::ExternalMentions> {
    use crate::actors::{ActorKind, ExternalMention, ExternalMentions, ExternalMode};
    let err = |e: Error| to_pyerr(py, e);
    let ext = ext.cast::<PyDict>()?;
    let col = |name: &str| -> PyResult<Bound<'_, PyAny>> {
        ext.get_item(name)?
            .ok_or_else(|| config_err(py, format!("external mentions need a {name:?} column")))
    };
    let doc_id: Vec<String> = col("doc_id")?.extract()?;
    let start: Vec<usize> = col("char_start")?.extract()?;
    let end: Vec<usize> = col("char_end")?.extract()?;
    let kind: Vec<String> = col("kind")?.extract()?;
    let actor_id: Option<Vec<Option<String>>> = match ext.get_item("actor_id")? {
        Some(v) if !v.is_none() => Some(v.extract()?),
        _ => None,
    };
    let n = doc_id.len();
    if start.len() != n
        || end.len() != n
        || kind.len() != n
        || actor_id.as_ref().is_some_and(|a| a.len() != n)
    {
        return Err(config_err(py, "external mention columns differ in length"));
    }
    let mentions = (0..n)
        .map(|i| ExternalMention {
            doc_id: doc_id[i].clone(),
            char_start: start[i],
            char_end: end[i],
            kind: ActorKind::from_label(&kind[i]),
            actor_id: actor_id.as_ref().and_then(|a| a[i].clone()),
        })
        .collect();
    let mode = match opt::<String>(config, "external_mode")? {
        Some(m) => ExternalMode::parse(&m).map_err(err)?,
        None => ExternalMode::Replace,
    };
    ExternalMentions::new(mentions, mode).map_err(err)
}

fn analyzer_from(py: Python<'_>, d: &Bound<'_, PyDict>) -> PyResult<Analyzer> {
    check_keys(py, d, ANALYZER_KEYS, "analyzer")?;
    let mut b = Analyzer::builder();
    macro_rules! set {
        ($($key:ident: $ty:ty),*) => {$(
            if let Some(v) = opt::<$ty>(d, stringify!($key))? { b = b.$key(v); }
        )*};
    }
    set!(lowercase: bool, strip_accents: bool, numbers: bool, urls: bool, emails: bool, hashtags: bool,
         mentions: bool, elision: bool, min_len: usize, extra_stop_words: Vec<String>);
    if let Some(n) = opt::<String>(d, "normalization")? {
        let form = Normalization::from_name(&n).ok_or_else(|| {
            config_err(
                py,
                format!("normalization must be 'nfkc', 'nfc' or 'none', got {n:?}"),
            )
        })?;
        b = b.normalization(form);
    }
    if let Some(sw) = d.get_item("stop_words")? {
        let stop = if sw.is_none() {
            StopWords::None
        } else if let Ok(s) = sw.extract::<String>() {
            match s.as_str() {
                "auto" => StopWords::Auto,
                other => {
                    return Err(config_err(py, format!(
                        "stop_words must be None, 'auto', a list of words or a dict of lists per language, got {other:?}"
                    )))
                }
            }
        } else if let Ok(list) = sw.extract::<Vec<String>>() {
            StopWords::List(list)
        } else if let Ok(map) = sw.extract::<std::collections::HashMap<String, Vec<String>>>() {
            StopWords::PerLanguage(map)
        } else {
            return Err(config_err(
                py,
                "stop_words must be None, 'auto', a list of words or a dict of lists per language",
            ));
        };
        b = b.stop_words(stop);
    }
    b.build().map_err(|e| to_pyerr(py, e))
}

fn df_limit(py: Python<'_>, v: &Bound<'_, PyAny>, name: &str) -> PyResult<DfLimit> {
    if v.is_instance_of::<pyo3::types::PyBool>() {
        return Err(config_err(
            py,
            format!("{name} must be an int or a float, not a bool"),
        ));
    }
    if let Ok(i) = v.extract::<i64>() {
        if i < 0 {
            return Err(config_err(py, format!("{name} must not be negative")));
        }
        return Ok(DfLimit::Count(i as u64));
    }
    if let Ok(f) = v.extract::<f64>() {
        return Ok(DfLimit::Fraction(f));
    }
    Err(config_err(
        py,
        format!("{name} must be an int (documents) or a float (fraction of documents)"),
    ))
}

fn read_options(py: Python<'_>, d: &Bound<'_, PyDict>) -> PyResult<ReadOptions> {
    check_keys(
        py,
        d,
        &[
            "text_field",
            "id_field",
            "lang_field",
            "date_field",
            "source_field",
            "on_error",
            "batch_size",
        ],
        "read",
    )?;
    let mut o = ReadOptions::default();
    if let Some(v) = opt::<String>(d, "text_field")? {
        o.text_field = v;
    }
    if let Some(v) = opt::<String>(d, "id_field")? {
        o.id_field = v;
    }
    if let Some(v) = opt::<String>(d, "lang_field")? {
        o.lang_field = v;
    }
    if let Some(v) = opt::<String>(d, "date_field")? {
        o.date_field = v;
    }
    if let Some(v) = opt::<String>(d, "source_field")? {
        o.source_field = v;
    }
    if let Some(v) = opt::<String>(d, "on_error")? {
        o.on_error = match v.as_str() {
            "raise" => OnError::Raise,
            "skip" => OnError::Skip,
            other => {
                return Err(config_err(
                    py,
                    format!("on_error must be 'raise' or 'skip', got {other:?}"),
                ))
            }
        };
    }
    if let Some(v) = opt::<usize>(d, "batch_size")? {
        if v == 0 {
            return Err(config_err(py, "batch_size must be at least 1"));
        }
        o.batch_size = v;
    }
    Ok(o)
}

/// Accounting of a run: records read, analysed, skipped (with reasons).
#[pyclass(name = "Report", module = "presslens._core", frozen)]
struct PyReport {
    inner: Report,
}

#[pymethods]
impl PyReport {
    /// Records read.
    #[getter]
    fn read(&self) -> u64 {
        self.inner.read
    }
    /// Records analysed.
    #[getter]
    fn analysed(&self) -> u64 {
        self.inner.analysed
    }
    /// Records skipped.
    #[getter]
    fn skipped(&self) -> u64 {
        self.inner.skipped
    }
    /// Analysed documents with an empty text.
    #[getter]
    fn empty(&self) -> u64 {
        self.inner.empty
    }
    /// Analysed documents whose date could not be parsed.
    #[getter]
    fn bad_dates(&self) -> u64 {
        self.inner.bad_dates
    }
    /// Analysed documents whose language was detected.
    #[getter]
    fn detected_lang(&self) -> u64 {
        self.inner.detected_lang
    }
    /// Input files.
    #[getter]
    fn files(&self) -> Vec<String> {
        self.inner.files.clone()
    }
    /// Skipped records: file, line, reason, message.
    #[getter]
    fn skips(&self, py: Python<'_>) -> PyResult<PyDataFrame> {
        frame::skips_frame(&self.inner)
            .map(PyDataFrame)
            .map_err(|e| to_pyerr(py, e))
    }
    /// Skip counts per reason, sorted by reason.
    #[getter]
    fn skip_counts(&self) -> Vec<(String, u64)> {
        self.inner
            .skip_counts()
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect()
    }
    /// Pickles as its JSON state.
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let r = &slf.get().inner;
        let skips: Vec<serde_json::Value> = r
            .skip_seqs
            .iter()
            .zip(&r.skips)
            .map(|(seq, s)| serde_json::json!([seq, s.file, s.line, s.reason.as_str(), s.message]))
            .collect();
        let state = serde_json::json!({
            "counts": [r.read, r.analysed, r.skipped, r.empty, r.bad_dates, r.detected_lang],
            "files": r.files,
            "skips": skips,
            "reasons": r.reasons,
        });
        let ctor = py.get_type::<PyReport>().getattr("_from_state")?;
        Ok((ctor, (state.to_string(),)))
    }

    /// The report pickled by `__reduce__`.
    #[staticmethod]
    fn _from_state(py: Python<'_>, state: &str) -> PyResult<PyReport> {
        let bad = |what: &str| config_err(py, format!("not a pickled presslens report: {what}"));
        let v: serde_json::Value = serde_json::from_str(state).map_err(|e| bad(&e.to_string()))?;
        let n = |i: usize| v["counts"][i].as_u64().ok_or_else(|| bad("counts"));
        let mut r = Report {
            read: n(0)?,
            analysed: n(1)?,
            skipped: n(2)?,
            empty: n(3)?,
            bad_dates: n(4)?,
            detected_lang: n(5)?,
            ..Report::default()
        };
        r.files = serde_json::from_value(v["files"].clone()).map_err(|_| bad("files"))?;
        for s in v["skips"].as_array().ok_or_else(|| bad("skips"))? {
            let kind = s[3]
                .as_str()
                .and_then(ErrorKind::from_name)
                .ok_or_else(|| bad("reason"))?;
            r.skip_seqs.push(s[0].as_u64().ok_or_else(|| bad("seq"))?);
            r.skips.push(crate::corpus::Skip {
                file: s[1].as_str().map(String::from),
                line: s[2].as_u64(),
                reason: kind,
                message: s[4].as_str().unwrap_or_default().to_string(),
            });
        }
        for (k, c) in v["reasons"].as_object().ok_or_else(|| bad("reasons"))? {
            let kind = ErrorKind::from_name(k).ok_or_else(|| bad("reason"))?;
            r.reasons
                .insert(kind.as_str(), c.as_u64().ok_or_else(|| bad("reasons"))?);
        }
        Ok(PyReport { inner: r })
    }

    fn __repr__(&self) -> String {
        format!(
            "Report(read={}, analysed={}, skipped={})",
            self.inner.read, self.inner.analysed, self.inner.skipped
        )
    }
}

/// A corpus: input sources and how to read them.
#[pyclass(name = "Corpus", module = "presslens._core", frozen)]
struct PyCorpus {
    inner: Corpus,
}

#[pymethods]
impl PyCorpus {
    /// A corpus over files, directories or glob patterns.
    #[staticmethod]
    #[pyo3(signature = (paths, format, options))]
    fn from_paths(
        py: Python<'_>,
        paths: Vec<String>,
        format: Option<String>,
        options: &Bound<'_, PyDict>,
    ) -> PyResult<Self> {
        let opts = read_options(py, options)?;
        let fmt = match format.as_deref() {
            None => None,
            Some(f) => Some(
                Format::from_name(f)
                    .ok_or_else(|| config_err(py, format!("unknown format {f:?}")))?,
            ),
        };
        let corpus = Corpus::from_paths_as(&paths, fmt).map_err(|e| to_pyerr(py, e))?;
        Ok(PyCorpus {
            inner: corpus.with_options(opts),
        })
    }

    /// A corpus over the rows of a polars DataFrame (copied).
    #[staticmethod]
    fn from_frame(py: Python<'_>, df: PyDataFrame, options: &Bound<'_, PyDict>) -> PyResult<Self> {
        let opts = read_options(py, options)?;
        let df = df.0;
        let rows = py
            .detach(|| documents_from_frame(&df, &opts, 0))
            .map_err(|e| to_pyerr(py, e))?;
        let mut docs = Vec::with_capacity(rows.len());
        let mut bad = Vec::new();
        for r in rows {
            match r {
                Ok(d) => docs.push(d),
                Err(e) if opts.on_error == OnError::Skip => bad.push(e),
                Err(e) => return Err(to_pyerr(py, e)),
            }
        }
        Ok(PyCorpus {
            inner: Corpus::from_documents_with_errors(docs, bad).with_options(opts),
        })
    }

    /// Concatenation of two corpora (the options of `self` apply).
    fn concat(&self, other: &PyCorpus) -> PyCorpus {
        PyCorpus {
            inner: self.inner.clone().extend(other.inner.clone()),
        }
    }

    /// Input files.
    fn files(&self) -> Vec<String> {
        self.inner
            .files()
            .iter()
            .map(|p| p.display().to_string())
            .collect()
    }

    /// Term statistics.
    #[pyo3(signature = (analyzer, config, threads=None, progress=None))]
    fn terms(
        &self,
        py: Python<'_>,
        analyzer: &Bound<'_, PyDict>,
        config: &Bound<'_, PyDict>,
        threads: Option<usize>,
        progress: Option<Bound<'_, PyAny>>,
    ) -> PyResult<(PyDataFrame, PyReport)> {
        let analyzer = analyzer_from(py, analyzer)?;
        let cfg = terms_config(py, config)?;
        let corpus = &self.inner;
        let (df, report) = run_job(py, threads, progress, |o| {
            let mut table = count::terms(corpus, &analyzer, &cfg, o)?;
            let df = frame::terms_frame(&table)?;
            let report = std::mem::take(&mut table.report);
            frame::drop_later(table);
            Ok((df, report))
        })?;
        Ok((PyDataFrame(df), PyReport { inner: report }))
    }

    /// Every table of `plan` in one pass: ([(name, frame)], manifest JSON,
    /// report). `settings` (JSON text) is recorded in the manifest.
    #[pyo3(signature = (plan, settings, threads=None, progress=None))]
    fn analyze(
        &self,
        py: Python<'_>,
        plan: &PyPlan,
        settings: &str,
        threads: Option<usize>,
        progress: Option<Bound<'_, PyAny>>,
    ) -> PyResult<(NamedFrames, String, PyReport)> {
        let corpus = &self.inner;
        let result = run_job(py, threads, progress, |o| {
            frame::analysis_frames_of(crate::analyze::analyze(
                corpus,
                &plan.analyzer,
                &plan.extractor,
                &plan.config,
                o,
            )?)
        })?;
        analysis_out(py, result, settings)
    }

    /// `analyze`, every table written into `directory` as it is finished
    /// (the quotation rows spilled to disk and written a chunk at a time):
    /// (manifest JSON, report).
    #[pyo3(signature = (plan, settings, directory, threads=None, progress=None))]
    fn analyze_to(
        &self,
        py: Python<'_>,
        plan: &PyPlan,
        settings: &str,
        directory: std::path::PathBuf,
        threads: Option<usize>,
        progress: Option<Bound<'_, PyAny>>,
    ) -> PyResult<(String, PyReport)> {
        let settings: serde_json::Value = serde_json::from_str(settings)
            .map_err(|e| config_err(py, format!("settings are not JSON: {e}")))?;
        let corpus = &self.inner;
        let written = run_job(py, threads, progress, |o| {
            frame::analyze_to_dir(
                corpus,
                &plan.analyzer,
                &plan.extractor,
                &plan.config,
                o,
                &settings,
                &directory,
            )
        })?;
        Ok((
            written.manifest,
            PyReport {
                inner: written.report,
            },
        ))
    }

    /// The counting pass of `analyze`, as the tables of a partial whose
    /// document positions start at `seq_base`.
    #[pyo3(signature = (plan, seq_base, threads=None))]
    fn analyze_partial(
        &self,
        py: Python<'_>,
        plan: &PyPlan,
        seq_base: u64,
        threads: Option<usize>,
    ) -> PyResult<NamedFrames> {
        let corpus = &self.inner;
        let frames = run_job(py, threads, None, |o| {
            let p =
                crate::analyze::count(corpus, &plan.analyzer, &plan.extractor, &plan.config, o)?;
            frame::partial_frames(p.shift(seq_base))
        })?;
        Ok(to_py(frames))
    }

    /// Actor mentions, actors and their co-occurrence:
    /// (mentions, actors, cooccurrence, report).
    #[pyo3(signature = (config, lexicon_path=None, lexicon_csv=None, threads=None, progress=None))]
    fn actors(
        &self,
        py: Python<'_>,
        config: &Bound<'_, PyDict>,
        lexicon_path: Option<String>,
        lexicon_csv: Option<String>,
        threads: Option<usize>,
        progress: Option<Bound<'_, PyAny>>,
    ) -> PyResult<(PyDataFrame, PyDataFrame, PyDataFrame, PyReport)> {
        let (detector, cc) = actor_setup(py, config, lexicon_path, lexicon_csv)?;
        let corpus = &self.inner;
        let ((m, a, c), report) = run_job(py, threads, progress, |o| {
            let mut tables = crate::actors::cooc::analyze(corpus, &detector, &cc, o)?;
            let frames = frame::actor_frames(&tables)?;
            let report = std::mem::take(&mut tables.report);
            frame::drop_later(tables);
            Ok((frames, report))
        })?;
        Ok((
            PyDataFrame(m),
            PyDataFrame(a),
            PyDataFrame(c),
            PyReport { inner: report },
        ))
    }

    /// Quotations and share of voice: (quotes, voice, report). `config`
    /// takes the actor options (`detect`, `geography`, `places`,
    /// `demonyms`, `external`, `external_mode`) and `by`.
    #[pyo3(signature = (config, lexicon_path=None, lexicon_csv=None, threads=None, progress=None))]
    fn quotes(
        &self,
        py: Python<'_>,
        config: &Bound<'_, PyDict>,
        lexicon_path: Option<String>,
        lexicon_csv: Option<String>,
        threads: Option<usize>,
        progress: Option<Bound<'_, PyAny>>,
    ) -> PyResult<(PyDataFrame, PyDataFrame, PyReport)> {
        let (detector, cc) = actor_setup(py, config, lexicon_path, lexicon_csv)?;
        let extractor = crate::quotes::QuoteExtractor::with_detector(detector);
        let qc = crate::quotes::QuotesConfig { by: cc.by };
        let corpus = &self.inner;
        let ((q, v), report) = run_job(py, threads, progress, |o| {
            let mut tables = crate::quotes::analyze(corpus, &extractor, &qc, o)?;
            let report = std::mem::take(&mut tables.report);
            Ok((frame::quote_frames_owned(tables)?, report))
        })?;
        Ok((PyDataFrame(q), PyDataFrame(v), PyReport { inner: report }))
    }

    /// Passages where two actors co-occur: (frame, report).
    #[pyo3(signature = (config, a_keys, b_keys, lexicon_path=None, lexicon_csv=None, max_hits=None, threads=None, progress=None))]
    #[allow(clippy::too_many_arguments)]
    fn evidence(
        &self,
        py: Python<'_>,
        config: &Bound<'_, PyDict>,
        a_keys: Vec<String>,
        b_keys: Vec<String>,
        lexicon_path: Option<String>,
        lexicon_csv: Option<String>,
        max_hits: Option<usize>,
        threads: Option<usize>,
        progress: Option<Bound<'_, PyAny>>,
    ) -> PyResult<(PyDataFrame, PyReport)> {
        let (detector, cc) = actor_setup(py, config, lexicon_path, lexicon_csv)?;
        let corpus = &self.inner;
        let (rows, report) = run_job(py, threads, progress, |o| {
            crate::actors::cooc::evidence(corpus, &detector, &a_keys, &b_keys, cc.unit, max_hits, o)
        })?;
        let df = frame::evidence_frame(&rows).map_err(|e| to_pyerr(py, e))?;
        Ok((PyDataFrame(df), PyReport { inner: report }))
    }

    /// Keyness of terms between target and reference documents.
    #[pyo3(signature = (analyzer, by, target, reference, ngram_range, min_count, top_k=None, threads=None, progress=None))]
    #[allow(clippy::too_many_arguments)]
    fn keyness(
        &self,
        py: Python<'_>,
        analyzer: &Bound<'_, PyDict>,
        by: String,
        target: Vec<String>,
        reference: Vec<String>,
        ngram_range: (usize, usize),
        min_count: u64,
        top_k: Option<usize>,
        threads: Option<usize>,
        progress: Option<Bound<'_, PyAny>>,
    ) -> PyResult<(PyDataFrame, PyReport)> {
        let analyzer = analyzer_from(py, analyzer)?;
        let cfg = KeynessConfig {
            by,
            target,
            reference,
            ngram_range,
            min_count,
            top_k,
        };
        let corpus = &self.inner;
        let table = run_job(py, threads, progress, |o| {
            count::keyness(corpus, &analyzer, &cfg, o)
        })?;
        let df = frame::keyness_frame(&table).map_err(|e| to_pyerr(py, e))?;
        Ok((
            PyDataFrame(df),
            PyReport {
                inner: table.report,
            },
        ))
    }

    /// Keyword in context.
    #[pyo3(signature = (analyzer, pattern, window, max_hits=None, threads=None, progress=None))]
    #[allow(clippy::too_many_arguments)]
    fn kwic(
        &self,
        py: Python<'_>,
        analyzer: &Bound<'_, PyDict>,
        pattern: String,
        window: usize,
        max_hits: Option<usize>,
        threads: Option<usize>,
        progress: Option<Bound<'_, PyAny>>,
    ) -> PyResult<(PyDataFrame, PyReport)> {
        let analyzer = analyzer_from(py, analyzer)?;
        let cfg = KwicConfig {
            pattern,
            window,
            max_hits,
        };
        let corpus = &self.inner;
        let (rows, report) = run_job(py, threads, progress, |o| {
            count::kwic(corpus, &analyzer, &cfg, o)
        })?;
        let df = frame::kwic_frame(&rows).map_err(|e| to_pyerr(py, e))?;
        Ok((PyDataFrame(df), PyReport { inner: report }))
    }

    /// Document-term matrix parts: (indptr, indices, data, vocabulary, doc_ids, report).
    #[pyo3(signature = (analyzer, min_df, max_df, max_features=None, threads=None, progress=None))]
    #[allow(clippy::too_many_arguments, clippy::type_complexity)]
    fn dtm(
        &self,
        py: Python<'_>,
        analyzer: &Bound<'_, PyDict>,
        min_df: &Bound<'_, PyAny>,
        max_df: &Bound<'_, PyAny>,
        max_features: Option<usize>,
        threads: Option<usize>,
        progress: Option<Bound<'_, PyAny>>,
    ) -> PyResult<(PySeries, PySeries, PySeries, PySeries, PySeries, PyReport)> {
        let analyzer = analyzer_from(py, analyzer)?;
        let cfg = DtmConfig {
            min_df: df_limit(py, min_df, "min_df")?,
            max_df: df_limit(py, max_df, "max_df")?,
            max_features,
        };
        let corpus = &self.inner;
        let m = run_job(py, threads, progress, |o| {
            count::dtm(corpus, &analyzer, &cfg, o)
        })?;
        Ok((
            PySeries(Series::new("indptr".into(), m.indptr)),
            PySeries(Series::new("indices".into(), m.indices)),
            PySeries(Series::new("data".into(), m.data)),
            PySeries(Series::new("vocabulary".into(), m.vocabulary)),
            PySeries(Series::new("doc_id".into(), m.doc_ids)),
            PyReport { inner: m.report },
        ))
    }
}

/// Tokens of one text with their offsets.
#[pyfunction(name = "tokenize")]
#[pyo3(signature = (text, lang, analyzer, raw=false))]
fn py_tokenize(
    py: Python<'_>,
    text: &str,
    lang: Option<String>,
    analyzer: &Bound<'_, PyDict>,
    raw: bool,
) -> PyResult<PyDataFrame> {
    let a = analyzer_from(py, analyzer)?;
    let lang = lang
        .as_deref()
        .and_then(tk::normalize_lang_tag)
        .or_else(|| tk::detect_language(text).map(String::from));
    let toks = if raw {
        a.words(text, lang.as_deref())
    } else {
        a.tokenize(text, lang.as_deref())
    };
    frame::tokens_frame(&toks)
        .map(PyDataFrame)
        .map_err(|e| to_pyerr(py, e))
}

/// Sentences of one text: (sentence, paragraph, char_start, char_end, text).
#[pyfunction]
#[pyo3(signature = (text, lang=None))]
fn sentences(py: Python<'_>, text: &str, lang: Option<String>) -> PyResult<PyDataFrame> {
    let lang = lang
        .as_deref()
        .and_then(tk::normalize_lang_tag)
        .or_else(|| tk::detect_language(text).map(String::from));
    let res = Analyzer::default().lang_resource(lang.as_deref()).cloned();
    let s = tk::sentences(text, res.as_ref());
    let n = s.len();
    let columns = vec![
        Column::new("sentence".into(), (0..n as u32).collect::<Vec<u32>>()),
        Column::new(
            "paragraph".into(),
            s.iter().map(|(_, p)| *p as u32).collect::<Vec<_>>(),
        ),
        Column::new(
            "char_start".into(),
            s.iter()
                .map(|(x, _)| x.char_start as u64)
                .collect::<Vec<_>>(),
        ),
        Column::new(
            "char_end".into(),
            s.iter().map(|(x, _)| x.char_end as u64).collect::<Vec<_>>(),
        ),
        Column::new(
            "text".into(),
            s.iter().map(|(x, _)| x.text(text)).collect::<Vec<_>>(),
        ),
    ];
    DataFrame::new(n, columns)
        .map(PyDataFrame)
        .map_err(|e| to_pyerr(py, e.into()))
}

/// The quotations of one text, as a DataFrame (the `quotes` table with an
/// empty `doc_id`). The language is detected when not given.
#[pyfunction]
#[pyo3(signature = (text, lang=None))]
fn extract_quotes(py: Python<'_>, text: String, lang: Option<String>) -> PyResult<PyDataFrame> {
    static EXTRACTOR: std::sync::OnceLock<crate::quotes::QuoteExtractor> =
        std::sync::OnceLock::new();
    let lang = lang
        .as_deref()
        .and_then(tk::normalize_lang_tag)
        .or_else(|| tk::detect_language(&text).map(String::from));
    let quotes = py
        .detach(|| {
            std::panic::catch_unwind(AssertUnwindSafe(|| {
                let x = match EXTRACTOR.get() {
                    Some(x) => x,
                    None => {
                        let x = crate::quotes::QuoteExtractor::new(&Default::default(), None)?;
                        EXTRACTOR.get_or_init(|| x)
                    }
                };
                Ok::<_, Error>(x.extract(&text, lang.as_deref()))
            }))
            .unwrap_or_else(|_| {
                Err(Error::new(
                    crate::ErrorKind::Internal,
                    "quotation extraction panicked: please report this text",
                ))
            })
        })
        .map_err(|e| to_pyerr(py, e))?;
    frame::text_quotes_frame(&text, lang.as_deref(), &quotes)
        .map(PyDataFrame)
        .map_err(|e| to_pyerr(py, e))
}

/// ISO 639-1 code of the language of `text`, or None.
#[pyfunction]
fn detect_language(py: Python<'_>, text: String) -> Option<&'static str> {
    py.detach(|| tk::detect_language(&text))
}

/// The stop-word list of a language, or None.
#[pyfunction(name = "stop_words")]
fn py_stop_words(lang: &str) -> Option<Vec<&'static str>> {
    tk::builtin_stop_words(lang).map(<[&str]>::to_vec)
}

/// Languages with a built-in stop-word list.
#[pyfunction]
fn stop_word_languages() -> Vec<&'static str> {
    ::stop_words::available_languages().to_vec()
}

/// The number of threads a run uses by default.
#[pyfunction]
#[pyo3(signature = (requested=None))]
fn num_threads(requested: Option<usize>) -> usize {
    resolve_threads(requested)
}

/// Runs the command-line tool; returns the exit code.
#[pyfunction]
fn cli_main(py: Python<'_>, argv: Vec<String>) -> i32 {
    py.detach(|| crate::cli::main_with_args(argv))
}

#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", crate::VERSION)?;
    m.add_class::<PyCorpus>()?;
    m.add_class::<PyReport>()?;
    m.add_class::<PyPlan>()?;
    m.add_function(wrap_pyfunction!(py_tokenize, m)?)?;
    m.add_function(wrap_pyfunction!(sentences, m)?)?;
    m.add_function(wrap_pyfunction!(extract_quotes, m)?)?;
    m.add_function(wrap_pyfunction!(detect_language, m)?)?;
    m.add_function(wrap_pyfunction!(py_stop_words, m)?)?;
    m.add_function(wrap_pyfunction!(stop_word_languages, m)?)?;
    m.add_function(wrap_pyfunction!(num_threads, m)?)?;
    m.add_function(wrap_pyfunction!(cli_main, m)?)?;
    let _ = PyList::empty(m.py());
    Ok(())
}

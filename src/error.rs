//! The crate's error type.
//!
//! Every fallible function returns [`Result<T>`]. An [`Error`] is opaque: ask it
//! for its [`ErrorKind`] and, where it applies, the file and line of the bad
//! record. Messages name what to change ("try a lower `min_df`").

use std::fmt;
use std::path::{Path, PathBuf};

/// Convenience alias for `Result<T, presslens::Error>`.
pub type Result<T> = std::result::Result<T, Error>;

/// What went wrong, at the level a caller can act on.
///
/// New kinds may be added in minor releases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// An input file could not be opened or read (I/O error, missing file,
    /// glob matching nothing).
    Io,
    /// A record could not be parsed: malformed JSON, a bad CSV row, a
    /// truncated compressed stream.
    Parse,
    /// A record is well formed but lacks a required field (usually `text`)
    /// or has a field of the wrong type.
    MissingField,
    /// A record's bytes are not valid UTF-8.
    Encoding,
    /// An option has a value that cannot work (e.g. `min_df` above `max_df`,
    /// an unknown period name, an empty `ngram_range`).
    InvalidConfig,
    /// The run was cancelled (Ctrl-C from Python, or a cancel flag).
    Cancelled,
    /// A result frame could not be built or written (Parquet, polars).
    Output,
    /// A bug: a panic inside the library, caught at the boundary.
    Internal,
}

impl ErrorKind {
    /// A short, stable, lowercase name for the kind (`"parse"`, `"io"`, ...),
    /// used in skip reports and in Python exception messages.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Io => "io",
            ErrorKind::Parse => "parse",
            ErrorKind::MissingField => "missing_field",
            ErrorKind::Encoding => "encoding",
            ErrorKind::InvalidConfig => "invalid_config",
            ErrorKind::Cancelled => "cancelled",
            ErrorKind::Output => "output",
            ErrorKind::Internal => "internal",
        }
    }

    /// The kind named `name` (the inverse of [`ErrorKind::as_str`]).
    pub fn from_name(name: &str) -> Option<ErrorKind> {
        [
            ErrorKind::Io,
            ErrorKind::Parse,
            ErrorKind::MissingField,
            ErrorKind::Encoding,
            ErrorKind::InvalidConfig,
            ErrorKind::Cancelled,
            ErrorKind::Output,
            ErrorKind::Internal,
        ]
        .into_iter()
        .find(|k| k.as_str() == name)
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error type of every presslens operation.
///
/// ```
/// use presslens::{Error, ErrorKind};
/// let err = Error::invalid_config("min_df (5) is above max_df (2); try a lower min_df or a higher max_df");
/// assert_eq!(err.kind(), ErrorKind::InvalidConfig);
/// assert!(err.to_string().contains("min_df"));
/// ```
#[derive(Debug, Clone)]
pub struct Error {
    kind: ErrorKind,
    message: String,
    path: Option<PathBuf>,
    line: Option<u64>,
}

impl Error {
    /// Creates an error of the given kind with a message.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            kind,
            message: message.into(),
            path: None,
            line: None,
        }
    }

    /// Shorthand for an [`ErrorKind::InvalidConfig`] error.
    pub fn invalid_config(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::InvalidConfig, message)
    }

    /// Shorthand for an [`ErrorKind::Io`] error about `path`.
    pub fn io(path: &Path, err: &std::io::Error) -> Error {
        Error::new(ErrorKind::Io, err.to_string()).at(path, None)
    }

    /// Attaches a file to the error, keeping its line.
    pub fn with_path(mut self, path: &Path) -> Error {
        self.path = Some(path.to_path_buf());
        self
    }

    /// Attaches a (1-based) line number to the error, keeping its file; a
    /// line already set is kept.
    pub fn with_line(mut self, line: u64) -> Error {
        self.line.get_or_insert(line);
        self
    }

    /// Attaches a file and (1-based) line number to the error.
    pub fn at(mut self, path: &Path, line: Option<u64>) -> Error {
        self.path = Some(path.to_path_buf());
        self.line = line;
        self
    }

    /// What kind of error this is.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The message, without the file/line prefix.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The input file the error is about, if any.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The 1-based line (JSONL, text) or record number (CSV, Parquet row + 1)
    /// the error is about, if any.
    pub fn line(&self) -> Option<u64> {
        self.line
    }

    /// True when the run was cancelled rather than failed.
    pub fn is_cancelled(&self) -> bool {
        self.kind == ErrorKind::Cancelled
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.path, self.line) {
            (Some(p), Some(l)) => write!(f, "{}:{}: {}", p.display(), l, self.message),
            (Some(p), None) => write!(f, "{}: {}", p.display(), self.message),
            (None, Some(l)) => write!(f, "line {}: {}", l, self.message),
            (None, None) => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for Error {}

#[cfg(feature = "polars")]
impl From<polars::error::PolarsError> for Error {
    fn from(e: polars::error::PolarsError) -> Error {
        Error::new(ErrorKind::Output, e.to_string())
    }
}

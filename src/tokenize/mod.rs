//! Tokenization: words with offsets, normalized terms, stop words,
//! paragraphs, sentences and language identification.
//!
//! An [`Analyzer`] turns a document's text into the terms that are counted.
//! It is built once from an [`AnalyzerConfig`] (through
//! [`Analyzer::builder`]), is `Send + Sync`, and is shared by all threads.
//!
//! ```
//! use presslens::tokenize::{Analyzer, StopWords};
//! let analyzer = Analyzer::builder().stop_words(StopWords::Auto).build().unwrap();
//! let text = "L'agenzia di stampa Interfax ha citato il ministro.";
//! let terms: Vec<_> = analyzer.tokenize(text, Some("it")).into_iter().map(|t| t.term).collect();
//! assert_eq!(terms, ["agenzia", "stampa", "interfax", "citato", "ministro"]);
//! ```
//!
//! Every [`Token`] carries the span of its surface in the original text;
//! normalization (lowercasing, NFKC, accent stripping) changes the term, never
//! the span.

mod detect;
mod lexer;
mod normalize;
mod sentence;

use std::collections::HashMap;

use foldhash::{HashSet, HashSetExt};

pub use detect::{detect_language, normalize_lang_tag};
pub(crate) use lexer::RawToken;
pub use lexer::TokenKind;
pub use normalize::Normalization;
pub(crate) use sentence::CharCursor;
pub use sentence::{paragraphs, sentences, Span};

use crate::error::Result;
use crate::lang::LangResource;
use normalize::Normalizer;

/// Which stop words are removed.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum StopWords {
    /// Keep every word (scikit-learn's default).
    #[default]
    None,
    /// The list of each document's language from the `stop-words` crate
    /// (ISO lists, 50+ languages); documents of other or unknown languages
    /// lose no words.
    Auto,
    /// One list for every document, whatever its language.
    List(Vec<String>),
    /// One list per language code; languages not in the map lose no words.
    PerLanguage(HashMap<String, Vec<String>>),
}

/// The stop-word list the `stop-words` crate has for `lang` (ISO 639-1), if any.
///
/// ```
/// assert!(presslens::tokenize::builtin_stop_words("en").unwrap().contains(&"the"));
/// assert!(presslens::tokenize::builtin_stop_words("xx").is_none());
/// ```
pub fn builtin_stop_words(lang: &str) -> Option<&'static [&'static str]> {
    stop_words::lookup(lang)
}

/// Options of an [`Analyzer`]. Names and defaults follow scikit-learn's
/// `CountVectorizer` where it has the option.
#[derive(Debug, Clone, PartialEq)]
pub struct AnalyzerConfig {
    /// Lowercase terms (default `true`).
    pub lowercase: bool,
    /// Remove diacritics from terms: `é` → `e` (default `false`).
    pub strip_accents: bool,
    /// Unicode normalization of terms (default NFKC).
    pub normalization: Normalization,
    /// Keep number tokens (`2023`, `3.5`) (default `true`).
    pub numbers: bool,
    /// Keep URLs (default `false`).
    pub urls: bool,
    /// Keep e-mail addresses (default `false`).
    pub emails: bool,
    /// Keep `#hashtags` (default `true`).
    pub hashtags: bool,
    /// Keep `@mentions` (default `true`).
    pub mentions: bool,
    /// Split elided articles (`l'agenzia` → `agenzia`) and possessive `'s`
    /// using the document language's resource file (default `true`).
    pub elision: bool,
    /// Minimum length of a term in characters, for scripts written with
    /// spaces (default 2, like scikit-learn's token pattern). Words found by
    /// dictionary segmentation (Chinese, Japanese, Thai) are exempt: one
    /// character is a word there.
    pub min_len: usize,
    /// Stop words to remove (default none).
    pub stop_words: StopWords,
    /// Words removed in addition to `stop_words`, in every language.
    pub extra_stop_words: Vec<String>,
}

impl Default for AnalyzerConfig {
    fn default() -> Self {
        AnalyzerConfig {
            lowercase: true,
            strip_accents: false,
            normalization: Normalization::Nfkc,
            numbers: true,
            urls: false,
            emails: false,
            hashtags: true,
            mentions: true,
            elision: true,
            min_len: 2,
            stop_words: StopWords::None,
            extra_stop_words: Vec::new(),
        }
    }
}

/// A token: the normalized term and the span of its surface.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The normalized term (what is counted).
    pub term: String,
    /// What the token looks like.
    pub kind: TokenKind,
    /// Where its surface is in the original text.
    pub span: Span,
}

/// Builds an [`Analyzer`].
#[derive(Debug, Clone, Default)]
pub struct AnalyzerBuilder {
    config: AnalyzerConfig,
    languages: Vec<LangResource>,
}

macro_rules! setter {
    ($(#[$doc:meta] $name:ident: $ty:ty),* $(,)?) => {
        $(#[$doc] pub fn $name(mut self, value: $ty) -> Self { self.config.$name = value; self })*
    };
}

impl AnalyzerBuilder {
    /// Replaces the whole configuration.
    pub fn configure(mut self, config: AnalyzerConfig) -> Self {
        self.config = config;
        self
    }

    setter! {
        /// See [`AnalyzerConfig::lowercase`].
        lowercase: bool,
        /// See [`AnalyzerConfig::strip_accents`].
        strip_accents: bool,
        /// See [`AnalyzerConfig::normalization`].
        normalization: Normalization,
        /// See [`AnalyzerConfig::numbers`].
        numbers: bool,
        /// See [`AnalyzerConfig::urls`].
        urls: bool,
        /// See [`AnalyzerConfig::emails`].
        emails: bool,
        /// See [`AnalyzerConfig::hashtags`].
        hashtags: bool,
        /// See [`AnalyzerConfig::mentions`].
        mentions: bool,
        /// See [`AnalyzerConfig::elision`].
        elision: bool,
        /// See [`AnalyzerConfig::min_len`].
        min_len: usize,
        /// See [`AnalyzerConfig::stop_words`].
        stop_words: StopWords,
        /// See [`AnalyzerConfig::extra_stop_words`].
        extra_stop_words: Vec<String>,
    }

    /// Adds or replaces a language's resources (abbreviations, elisions...).
    pub fn language(mut self, resource: LangResource) -> Self {
        self.languages.push(resource);
        self
    }

    /// Builds the analyzer: normalizes the stop-word lists once.
    pub fn build(self) -> Result<Analyzer> {
        let config = self.config;
        let normalizer = Normalizer {
            form: config.normalization,
            lowercase: config.lowercase,
            strip_accents: config.strip_accents,
        };
        // Stop words are matched on the lowercased normalized term.
        let stop_norm = Normalizer {
            lowercase: true,
            ..normalizer
        };
        let mut buf = String::new();
        let mut norm_set = |words: &mut dyn Iterator<Item = &str>| -> HashSet<String> {
            let mut set = HashSet::new();
            for w in words {
                stop_norm.normalize_into(w.trim(), &mut buf);
                if !buf.is_empty() {
                    set.insert(buf.clone());
                }
            }
            set
        };
        let mut by_lang: HashMap<String, HashSet<String>, foldhash::fast::RandomState> =
            HashMap::default();
        let mut all_langs: HashSet<String> = HashSet::new();
        match &config.stop_words {
            StopWords::None => {}
            StopWords::Auto => {
                for code in stop_words::available_languages() {
                    if let Some(list) = stop_words::lookup(code) {
                        by_lang.insert((*code).to_string(), norm_set(&mut list.iter().copied()));
                    }
                }
            }
            StopWords::List(list) => all_langs = norm_set(&mut list.iter().map(String::as_str)),
            StopWords::PerLanguage(map) => {
                for (code, list) in map {
                    by_lang.insert(code.clone(), norm_set(&mut list.iter().map(String::as_str)));
                }
            }
        }
        all_langs.extend(norm_set(
            &mut config.extra_stop_words.iter().map(String::as_str),
        ));
        let languages = self
            .languages
            .into_iter()
            .map(|r| (r.code.clone(), r))
            .collect();
        Ok(Analyzer {
            config,
            normalizer,
            stop_norm,
            by_lang,
            all_langs,
            languages,
        })
    }
}

/// Turns text into terms. Cheap to share: build once, use from every thread.
#[derive(Debug, Clone)]
pub struct Analyzer {
    config: AnalyzerConfig,
    normalizer: Normalizer,
    stop_norm: Normalizer,
    by_lang: HashMap<String, HashSet<String>, foldhash::fast::RandomState>,
    all_langs: HashSet<String>,
    languages: HashMap<String, LangResource>,
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer::builder()
            .build()
            .expect("default analyzer config is valid")
    }
}

/// Reusable per-thread buffers for [`Analyzer::for_each_term`].
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    pub term: String,
    pub lower: String,
}

impl Analyzer {
    /// A builder with the default configuration.
    pub fn builder() -> AnalyzerBuilder {
        AnalyzerBuilder::default()
    }

    /// The configuration the analyzer was built with.
    pub fn config(&self) -> &AnalyzerConfig {
        &self.config
    }

    /// The resources for `lang`: a user-supplied one, else the built-in one.
    pub fn lang_resource(&self, lang: Option<&str>) -> Option<&LangResource> {
        let code = lang?;
        self.languages
            .get(code)
            .or_else(|| LangResource::builtin(code))
    }

    /// Every word-like token of `text` with its span, before any filtering or
    /// normalization (the `term` is the surface as written). Useful to see
    /// what the segmenter does.
    pub fn words(&self, text: &str, lang: Option<&str>) -> Vec<Token> {
        let res = self.lang_resource(lang);
        let mut out = Vec::new();
        lexer::scan(text, res, self.config.elision, |t| {
            out.push(Token {
                term: text[t.byte_start..t.byte_end].to_string(),
                kind: t.kind,
                span: raw_span(&t),
            });
        });
        out
    }

    /// The terms of `text` that would be counted (after normalization and
    /// filtering), each with the span of its surface in `text`.
    pub fn tokenize(&self, text: &str, lang: Option<&str>) -> Vec<Token> {
        let mut out = Vec::new();
        let mut scratch = Scratch::default();
        self.for_each_term(text, lang, &mut scratch, |term, raw| {
            if let Some(term) = term {
                out.push(Token {
                    term: term.to_string(),
                    kind: raw.kind,
                    span: raw_span(&raw),
                });
            }
        });
        out
    }

    /// True when the (normalized) term is a stop word for `lang`.
    pub fn is_stop_word(&self, term: &str, lang: Option<&str>) -> bool {
        let mut lower = String::new();
        self.stop_norm.normalize_into(term, &mut lower);
        self.is_stop_lower(&lower, lang)
    }

    #[inline]
    fn is_stop_lower(&self, lower: &str, lang: Option<&str>) -> bool {
        (!self.all_langs.is_empty() && self.all_langs.contains(lower))
            || lang
                .and_then(|l| self.by_lang.get(l))
                .is_some_and(|s| s.contains(lower))
    }

    fn has_stop_words(&self) -> bool {
        !self.all_langs.is_empty() || !self.by_lang.is_empty()
    }

    /// Calls `f` for every token of `text` in order: `Some(term)` for a kept
    /// term, `None` for a token that was removed (a gap that n-grams must not
    /// span).
    pub(crate) fn for_each_term(
        &self,
        text: &str,
        lang: Option<&str>,
        scratch: &mut Scratch,
        mut f: impl FnMut(Option<&str>, RawToken),
    ) {
        let res = self.lang_resource(lang);
        let cfg = &self.config;
        let check_stop = self.has_stop_words();
        // Resolve the language's stop list once per document, not per token.
        let lang_stops = lang.and_then(|l| self.by_lang.get(l));
        let all_stops = (!self.all_langs.is_empty()).then_some(&self.all_langs);
        let Scratch { term, lower } = scratch;
        lexer::scan(text, res, cfg.elision, |raw| {
            let keep_kind = match raw.kind {
                TokenKind::Word | TokenKind::CjkWord => true,
                TokenKind::Number => cfg.numbers,
                TokenKind::Url => cfg.urls,
                TokenKind::Email => cfg.emails,
                TokenKind::Hashtag => cfg.hashtags,
                TokenKind::Mention => cfg.mentions,
            };
            if !keep_kind {
                f(None, raw);
                return;
            }
            if raw.kind != TokenKind::CjkWord && raw.char_end - raw.char_start < cfg.min_len {
                f(None, raw);
                return;
            }
            let surface = &text[raw.byte_start..raw.byte_end];
            self.normalizer.normalize_into(surface, term);
            if check_stop {
                let lower_ref: &str = if cfg.lowercase {
                    term
                } else {
                    self.stop_norm.normalize_into(surface, lower);
                    lower
                };
                if all_stops.is_some_and(|s| s.contains(lower_ref))
                    || lang_stops.is_some_and(|s| s.contains(lower_ref))
                {
                    f(None, raw);
                    return;
                }
            }
            f(Some(term), raw);
        });
    }
}

/// Calls `f` with the span and kind of every token of `text` (elisions and
/// possessives split off as in [`Analyzer::words`]).
pub(crate) fn scan_words(
    text: &str,
    res: Option<&crate::lang::LangResource>,
    mut f: impl FnMut(Span, TokenKind),
) {
    lexer::scan(text, res, true, |t| f(raw_span(&t), t.kind));
}

fn raw_span(t: &RawToken) -> Span {
    Span {
        byte_start: t.byte_start,
        byte_end: t.byte_end,
        char_start: t.char_start,
        char_end: t.char_end,
    }
}

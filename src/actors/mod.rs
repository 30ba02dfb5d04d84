//! Actors: who appears in the news, and with whom.
//!
//! Mentions of people, organisations and places are found in two ways, in
//! one pass over each document:
//!
//! 1. **Lexicons.** The aliases of a user lexicon ([`Lexicon`]) and of the
//!    built-in geography (countries, capitals, demonyms and government
//!    buildings in 14 languages, `resources/geo/`) are matched by one
//!    Aho-Corasick automaton over folded text (case, accents, hyphens and,
//!    for Slavic languages, inflectional endings tolerated).
//! 2. **Rules**, for scripts with letter case: runs of capitalised words with
//!    name particles (`von der`, `bin`, `da`), split at titles and roles,
//!    typed by organisation and place markers, titles and roles nearby,
//!    known given names and the rules of the document's language
//!    (`resources/actors/<lang>.toml`).
//!
//! Within a document a short form ("Putin", "Путина") links to the full
//! name mentioned in the same document ("Vladimir Putin"); across documents
//! actors are keyed by their folded canonical form, and a lone surname is
//! merged into the single full name it abbreviates. See [`cooc`] for the
//! co-occurrence network.
//!
//! Mentions found by another tool (spaCy, Stanza, a user's model) can be
//! given as character offsets ([`ExternalMentions`]) and used in place of,
//! or beside, this detection ([`ActorDetector::with_external`]).
//!
//! ```
//! use presslens::actors::{ActorDetector, ActorKind, ActorsConfig};
//! let det = ActorDetector::new(&ActorsConfig::default(), None)?;
//! let text = "Russian President Vladimir Putin met Kim Jong-un in Moscow. Putin smiled.";
//! let found = det.detect(text, Some("en"));
//! let names: Vec<_> = found.iter().map(|m| (m.surface.text(text), m.kind)).collect();
//! assert!(names.contains(&("Vladimir Putin", ActorKind::Person)));
//! assert!(names.contains(&("Moscow", ActorKind::Place)));
//! // The short form links to the full name.
//! let putin: Vec<_> = found.iter().filter(|m| m.key == "vladimir putin").collect();
//! assert_eq!(putin.len(), 2);
//! # Ok::<(), presslens::Error>(())
//! ```

pub mod cooc;
mod external;
mod geo;
mod lexicon;
mod names;
mod rules;

use std::sync::{Arc, OnceLock};

use foldhash::HashSet;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

pub use external::{ExternalMention, ExternalMentions, ExternalMode};
pub use lexicon::{Alias, Lexicon, LexiconEntry};
pub use rules::ActorRules;

use crate::error::{Error, Result};
use crate::lang::LangResource;
use crate::tokenize::{scan_words, sentences, Span, TokenKind};
use lexicon::{Folded, LexMatch, Matcher, MatcherBuilder};

/// What an actor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ActorKind {
    /// A person.
    Person,
    /// An organisation: company, party, ministry, agency, team.
    Organisation,
    /// A place: country, city, region, building used for a government.
    Place,
    /// A name whose kind the rules could not decide.
    Other,
}

impl ActorKind {
    /// `"person"`, `"organisation"`, `"place"` or `"other"`.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Organisation => "organisation",
            ActorKind::Place => "place",
            ActorKind::Other => "other",
        }
    }

    /// Parses a kind, accepting common spellings (`organization`, `org`,
    /// `location`, `country`, `per`, `loc`, `gpe`).
    pub fn parse(s: &str) -> Result<ActorKind> {
        Ok(match s.trim().to_ascii_lowercase().as_str() {
            "person" | "per" | "people" => ActorKind::Person,
            "organisation" | "organization" | "org" => ActorKind::Organisation,
            "place" | "location" | "loc" | "country" | "gpe" | "city" => ActorKind::Place,
            "other" | "misc" | "" => ActorKind::Other,
            other => {
                return Err(Error::invalid_config(format!(
                    "unknown actor kind {other:?}: use person, organisation, place or other"
                )))
            }
        })
    }
}

/// How the built-in geography names actors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PlaceMode {
    /// Countries are actors; capitals and government buildings stay places
    /// of their own ("Moscow", "Kremlin").
    #[default]
    Place,
    /// Capitals, government buildings (and demonyms, when enabled) resolve
    /// to their country: "Mosca", "Kremlin" and "Москва" are all Russia.
    Country,
}

impl PlaceMode {
    /// Parses `"place"` or `"country"`.
    pub fn parse(s: &str) -> Result<PlaceMode> {
        match s {
            "place" => Ok(PlaceMode::Place),
            "country" => Ok(PlaceMode::Country),
            _ => Err(Error::invalid_config(format!(
                "places must be \"place\" or \"country\", not {s:?}"
            ))),
        }
    }
}

/// Options of actor detection.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorsConfig {
    /// Find names by rules (capitalisation, titles, markers). Default `true`.
    pub detect: bool,
    /// Match the built-in geography. Default `true`.
    pub geography: bool,
    /// How places resolve (see [`PlaceMode`]). Default [`PlaceMode::Place`].
    pub places: PlaceMode,
    /// Count demonyms ("Russian", "russo") as mentions of their country.
    /// Default `false` (they still help to type nearby names).
    pub demonyms: bool,
}

impl Default for ActorsConfig {
    fn default() -> Self {
        ActorsConfig {
            detect: true,
            geography: true,
            places: PlaceMode::Place,
            demonyms: false,
        }
    }
}

/// How a mention was found (ordered by precedence: an actor found in
/// several ways reports the first of them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Origin {
    /// An alias of the user's lexicon.
    Lexicon,
    /// An alias of the built-in geography.
    Geography,
    /// The name rules.
    Rules,
    /// Supplied by the caller (another NER system).
    External,
}

impl Origin {
    /// `"lexicon"`, `"geography"`, `"rules"` or `"external"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Lexicon => "lexicon",
            Origin::Geography => "geography",
            Origin::Rules => "rules",
            Origin::External => "external",
        }
    }

    /// The origin named `name` (the inverse of [`Origin::as_str`]).
    pub fn from_name(name: &str) -> Option<Origin> {
        [
            Origin::Lexicon,
            Origin::Geography,
            Origin::Rules,
            Origin::External,
        ]
        .into_iter()
        .find(|o| o.as_str() == name)
    }
}

/// One mention of an actor in a document.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// The actor's key in this document: the lexicon id, `geo:<ISO code>`
    /// for the built-in geography, or the folded full name for names found
    /// by the rules (`vladimir putin`). Corpus-level merging may map it to
    /// another key later.
    pub key: String,
    /// The full name of the actor as best known in this document.
    pub name: String,
    /// What the actor is.
    pub kind: ActorKind,
    /// Offsets of the mention in the text.
    pub surface: Span,
    /// Index of the sentence (0-based, in the document).
    pub sentence: usize,
    /// Index of the paragraph (0-based).
    pub paragraph: usize,
    /// Index of the mention's first word token in the document.
    pub token: usize,
    /// How it was found.
    pub origin: Origin,
}

/// The mentions of one document, with its numbers of sentences and
/// paragraphs (the units of co-occurrence).
#[derive(Debug, Clone, PartialEq)]
pub struct DocMentions {
    /// The mentions, in text order.
    pub mentions: Vec<Mention>,
    /// Number of sentences.
    pub sentences: usize,
    /// Number of paragraphs.
    pub paragraphs: usize,
}

/// A word token of a document, as the detector sees it.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    pub span: Span,
    pub kind: TokenKind,
    pub sentence: usize,
    pub paragraph: usize,
    /// Folded form (lowercase, no accents, `-` → space).
    pub folded: compact_str::CompactString,
}

/// Folds a string for matching: NFKC, lowercase, combining marks removed,
/// typographic apostrophes to `'`, hyphens to spaces, whitespace collapsed.
pub(crate) fn fold(s: &str) -> String {
    // PERF: most tokens are ASCII words without hyphens.
    if is_plain_ascii(s) {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s
        .nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
    {
        let c = match c {
            '\u{2019}' | '\u{02BC}' | '\u{2018}' => '\'',
            '-' | '\u{2010}' | '\u{2011}' | '\u{2013}' => ' ',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' {
            if !out.is_empty() {
                space = true;
            }
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    }
    out.nfc().collect()
}

/// ASCII letters, digits and apostrophes only: folding is lowercasing.
fn is_plain_ascii(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'\'')
}

/// [`fold`] into an inline string: no allocation for the common short
/// ASCII word.
fn fold_compact(s: &str) -> compact_str::CompactString {
    if is_plain_ascii(s) {
        let mut c = compact_str::CompactString::new(s);
        c.make_ascii_lowercase();
        return c;
    }
    fold(s).into()
}

/// Folds a name token by token, as documents are folded (the words of the
/// name as the scanner finds them, joined by one space).
pub(crate) fn fold_tokens(s: &str, lang: Option<&str>) -> String {
    let res = lang.and_then(LangResource::builtin);
    let mut parts: Vec<String> = Vec::new();
    scan_words(s, res, |span, kind| {
        if matches!(
            kind,
            TokenKind::Word | TokenKind::CjkWord | TokenKind::Number
        ) {
            parts.push(fold(span.text(s)));
        }
    });
    parts.join(" ")
}

/// Given names, ambiguous given names and family-first surnames (folded).
pub(crate) struct NameLists {
    pub given: HashSet<String>,
    pub ambiguous: HashSet<String>,
    pub family_first: HashSet<String>,
}

pub(crate) fn name_lists() -> &'static NameLists {
    static LISTS: OnceLock<NameLists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let read = |t: &str| -> HashSet<String> {
            t.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(fold)
                .collect()
        };
        NameLists {
            given: read(include_str!("../../resources/names/given_names.txt")),
            ambiguous: read(include_str!(
                "../../resources/names/ambiguous_given_names.txt"
            )),
            family_first: read(include_str!(
                "../../resources/names/family_first_surnames.txt"
            )),
        }
    })
}

/// Finds actor mentions in documents. Cheap to share between threads.
pub struct ActorDetector {
    config: ActorsConfig,
    matcher: Matcher,
    external: Option<Arc<ExternalMentions>>,
}

impl std::fmt::Debug for ActorDetector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ActorDetector")
            .field("config", &self.config)
            .field("targets", &self.matcher.targets.len())
            .field("external", &self.external.is_some())
            .finish()
    }
}

impl ActorDetector {
    /// A detector with `config` and an optional user lexicon.
    pub fn new(config: &ActorsConfig, lexicon: Option<&Lexicon>) -> Result<ActorDetector> {
        let mut b = MatcherBuilder::default();
        if let Some(lex) = lexicon {
            for e in lex.entries() {
                let t = b.target(&e.id, &e.name, e.kind);
                b.alias(&e.name, t, None, false, false);
                for a in &e.aliases {
                    b.alias(&a.text, t, a.lang.as_deref(), false, false);
                }
            }
        }
        if config.geography {
            geo::add_to(&mut b, config);
        }
        Ok(ActorDetector {
            config: config.clone(),
            matcher: b.build()?,
            external: None,
        })
    }

    /// The detector with mentions found by another tool: with
    /// [`ExternalMode::Replace`] only they count; with [`ExternalMode::Add`]
    /// the built-in detection runs too and gives way where they overlap.
    /// Used by [`ActorDetector::detect_doc`] (and so by [`cooc::analyze`]).
    pub fn with_external(mut self, external: ExternalMentions) -> ActorDetector {
        self.external = Some(Arc::new(external));
        self
    }

    /// The external mentions, if any.
    pub fn external(&self) -> Option<&ExternalMentions> {
        self.external.as_deref()
    }

    /// The mentions of document `doc_id`: [`ActorDetector::detect`],
    /// combined with the document's external mentions when there are any,
    /// and the document's numbers of sentences and paragraphs.
    /// Fails when an external mention lies outside the text.
    pub fn detect_doc(&self, doc_id: &str, text: &str, lang: Option<&str>) -> Result<DocMentions> {
        let Some(ext) = &self.external else {
            return Ok(self.detect_counted(text, lang));
        };
        let (own, sentences, paragraphs) = external::mentions(doc_id, text, lang, ext.get(doc_id))?;
        Ok(match ext.mode() {
            ExternalMode::Replace => DocMentions {
                mentions: own,
                sentences,
                paragraphs,
            },
            ExternalMode::Add => {
                let builtin = self.detect_counted(text, lang);
                DocMentions {
                    mentions: external::combine(own, builtin.mentions),
                    ..builtin
                }
            }
        })
    }

    /// The options the detector was built with.
    pub fn config(&self) -> &ActorsConfig {
        &self.config
    }

    /// The mentions of `text`, in text order.
    pub fn detect(&self, text: &str, lang: Option<&str>) -> Vec<Mention> {
        self.detect_counted(text, lang).mentions
    }

    fn detect_counted(&self, text: &str, lang: Option<&str>) -> DocMentions {
        self.detect_full(text, lang).0
    }

    /// [`ActorDetector::detect`] with the counts of sentences and
    /// paragraphs, and the sentence spans (with their paragraphs).
    pub(crate) fn detect_full(
        &self,
        text: &str,
        lang: Option<&str>,
    ) -> (DocMentions, Vec<(Span, usize)>) {
        let res = lang.and_then(LangResource::builtin);
        let rules = lang
            .and_then(ActorRules::builtin)
            .unwrap_or_else(|| ActorRules::empty());
        let (toks, sents) = tokens_and_sentences(text, res);
        let sentences = sents.len();
        let paragraphs = sents.last().map_or(0, |s| s.1 + 1);
        let done = |mentions| {
            (
                DocMentions {
                    mentions,
                    sentences,
                    paragraphs,
                },
                sents,
            )
        };
        if toks.is_empty() {
            return done(Vec::new());
        }
        // Lexicon and geography.
        let mut folded = Folded {
            text: String::new(),
            starts: Vec::with_capacity(toks.len()),
            ends: Vec::with_capacity(toks.len()),
        };
        for t in &toks {
            if !folded.text.is_empty() {
                folded.text.push(' ');
            }
            folded.starts.push(folded.text.len());
            folded.text.push_str(&t.folded);
            folded.ends.push(folded.text.len());
        }
        let surfaces: Vec<&str> = toks.iter().map(|t| t.span.text(text)).collect();
        let mut found: Vec<LexMatch> = Vec::new();
        self.matcher
            .find(&folded, &surfaces, lang, rules, &mut found);
        let lex = select(found, &toks);
        done(names::resolve(
            text,
            &toks,
            lang,
            rules,
            &lex,
            &self.matcher,
            &self.config,
        ))
    }
}

/// Leftmost-longest non-overlapping matches, within one sentence; user
/// lexicon before geography on ties.
fn select(mut found: Vec<LexMatch>, toks: &[Tok]) -> Vec<LexMatch> {
    found.retain(|m| toks[m.first].sentence == toks[m.last].sentence);
    found.sort_by(|a, b| {
        a.first
            .cmp(&b.first)
            .then((b.last - b.first).cmp(&(a.last - a.first)))
            .then(a.geo.cmp(&b.geo))
            .then(a.target.cmp(&b.target))
    });
    let mut out: Vec<LexMatch> = Vec::new();
    let mut next = 0usize;
    for m in found {
        if m.first >= next {
            next = m.last + 1;
            out.push(m);
        }
    }
    out
}

/// The word tokens of `text` with their sentence and paragraph, and the
/// number of sentences and paragraphs of `text`.
pub(crate) fn tokens_counted(text: &str, res: Option<&LangResource>) -> (Vec<Tok>, usize, usize) {
    let (toks, sents) = tokens_and_sentences(text, res);
    let n_paragraphs = sents.last().map_or(0, |s| s.1 + 1);
    (toks, sents.len(), n_paragraphs)
}

/// The word tokens of `text` and its sentences (with their paragraphs).
pub(crate) fn tokens_and_sentences(
    text: &str,
    res: Option<&LangResource>,
) -> (Vec<Tok>, Vec<(Span, usize)>) {
    let sents = sentences(text, res);
    let mut out = Vec::new();
    let mut si = 0usize;
    scan_words(text, res, |span, kind| {
        if !matches!(
            kind,
            TokenKind::Word | TokenKind::CjkWord | TokenKind::Number
        ) {
            return;
        }
        while si + 1 < sents.len() && span.byte_start >= sents[si].0.byte_end {
            si += 1;
        }
        let (sentence, paragraph) = sents.get(si).map_or((0, 0), |s| (si, s.1));
        out.push(Tok {
            span,
            kind,
            sentence,
            paragraph,
            folded: fold_compact(span.text(text)),
        });
    });
    (out, sents)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding() {
        assert_eq!(fold("Kim Jong-un"), "kim jong un");
        assert_eq!(fold("Zełenski"), "zełenski");
        assert_eq!(fold("Élysée"), "elysee");
        assert_eq!(fold("Путин"), "путин");
        assert_eq!(fold_tokens("Kim Jong Un", Some("en")), "kim jong un");
    }
}

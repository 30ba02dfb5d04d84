//! Quotation cues per language (`resources/quotes/<lang>.toml`), compiled
//! into one Aho-Corasick automaton per language that finds every cue,
//! pronoun and complementizer in one pass over the original text.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, Input, MatchKind, StartKind};
use serde::Deserialize;

use crate::error::{Error, Result};

/// The cue lists of one language, as written in its resource file.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct QuoteRules {
    /// ISO 639-1 code.
    pub lang: String,
    /// Reporting verbs, every inflected form.
    #[serde(default)]
    pub verbs: Vec<String>,
    /// Verbs of thought, belief and finding ("believes", "glaubt",
    /// "found"): cues only when a complementizer follows ("believes that
    /// …"), never for quotation marks or a bare clause.
    #[serde(default)]
    pub belief_verbs: Vec<String>,
    /// Auxiliaries, modals and adverbs between a speaker and the verb.
    #[serde(default)]
    pub auxiliaries: Vec<String>,
    /// Words introducing a reported clause ("that", "che", "dass").
    #[serde(default)]
    pub complementizers: Vec<String>,
    /// Whether a reported clause may follow the verb without one.
    #[serde(default)]
    pub complementizer_optional: bool,
    /// Verb-second word order (German, Dutch, Swedish): when a phrase that
    /// is not a name stands before the verb ("Zum Messer sagte der
    /// Verteidiger"), the subject is the phrase right after the verb.
    #[serde(default)]
    pub verb_second: bool,
    /// "According to" cues placed before the source.
    #[serde(default)]
    pub according_to: Vec<String>,
    /// "According to" cues placed after the source ("zufolge").
    #[serde(default)]
    pub according_to_after: Vec<String>,
    /// Subject pronouns that can stand for a speaker.
    #[serde(default)]
    pub pronouns: Vec<String>,
    /// Words after a cue that introduce a secondary source.
    #[serde(default)]
    pub secondary: Vec<String>,
    /// Finite verb forms that by themselves mark a clause as reported
    /// speech (the German Konjunktiv I: "sei", "habe", "werde"): a sentence
    /// holding one is reported speech of the previous speaker even without
    /// a cue.
    #[serde(default)]
    pub reported_mood: Vec<String>,
    /// With `complementizer_optional`, the verbs that never take a reported
    /// clause without a complementizer: they take an object or an
    /// infinitive ("continues to trail", "pledged delegates"), or are nouns
    /// as often as verbs ("states").
    #[serde(default)]
    pub no_bare_clause: Vec<String>,
    /// Words that are cues only in a reporting frame closing a sentence
    /// after a comma, with the speaker after them and nothing else ("…,
    /// so der Minister."): German "so".
    #[serde(default)]
    pub post_cues: Vec<String>,
    /// Words opening a verb-final reporting clause before its subject
    /// ("wie die Polizei mitteilte", "as the minister said"): not part of
    /// the speaker. Lowercase.
    #[serde(default)]
    pub frame_openers: Vec<String>,
    /// Subordinating conjunctions: a clause after the verb that opens
    /// with one is an adverbial ("said as he launched the process",
    /// "sagte, als er ankam"), not the reported clause. Lowercase.
    #[serde(default)]
    pub subordinators: Vec<String>,
    /// Demonstratives that stand for the previous sentence as the object
    /// of a cue opening the next one ("Das erklärte ein Sprecher."): that
    /// sentence is the quotation. Compared in lowercase.
    #[serde(default)]
    pub anaphors: Vec<String>,
    /// Prepositions (with their contractions: "am", "nel", "du"): a phrase
    /// that starts with one is an adverbial ("Auf der Kundgebung erklärte
    /// …", "am Wahlabend"), never a speaker. Compared in lowercase.
    #[serde(default)]
    pub prepositions: Vec<String>,
    /// Articles and determiners: after the verb of a verb-second language, a
    /// phrase opening with one is the subject rather than the lone word
    /// before the verb ("Tatsächlich sagte der Minister"). Lowercase.
    #[serde(default)]
    pub determiners: Vec<String>,
}

/// What a cue match is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CueKind {
    Verb,
    Belief,
    Post,
    Aux,
    That,
    According,
    AccordingAfter,
    Pronoun,
    Secondary,
    Mood,
}

/// One cue found in a text (byte offsets).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CueHit {
    pub start: usize,
    pub end: usize,
    pub kind: CueKind,
}

/// A compiled cue set.
#[derive(Debug)]
pub(crate) struct Cues {
    pub rules: QuoteRules,
    ac: Option<AhoCorasick>,
    kinds: Vec<CueKind>,
    /// The pattern is written in a script without spaces (CJK): no word
    /// boundary is required around it.
    bare: Vec<bool>,
    /// The pattern is the capitalised form of a lowercase cue: it only
    /// counts at the start of a sentence or quotation ("States" is not
    /// "states").
    capital: Vec<bool>,
    /// The word lists of `rules` the attribution rules consult.
    preps: WordSet,
    dets: WordSet,
    anaphors: WordSet,
    no_bare: WordSet,
    subordinators: WordSet,
    frame_openers: WordSet,
}

/// A word list compared in lowercase.
#[derive(Debug, Default)]
struct WordSet(HashSet<String>);

impl WordSet {
    fn new(words: &[String]) -> WordSet {
        WordSet(words.iter().map(|w| w.trim().to_lowercase()).collect())
    }

    /// Whether `word`, in any case, is in the list (allocates only for a
    /// word that lowercasing changes).
    fn has(&self, word: &str) -> bool {
        if self.0.is_empty() {
            return false;
        }
        if word.chars().all(|c| c.to_lowercase().eq([c])) {
            self.0.contains(word)
        } else {
            self.0.contains(&word.to_lowercase())
        }
    }
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF66..=0xFF9F)
}

/// Whether a word after `before` starts a sentence, a paragraph or a
/// quotation.
fn sentence_initial(before: &str) -> bool {
    match before.trim_end_matches([' ', '\t']).chars().next_back() {
        None => true,
        Some(c) => {
            matches!(c, '.' | '!' | '?' | '\n' | ':' | '…' | '(' | '—' | '–')
                || super::marks::is_mark(c)
        }
    }
}

fn capitalised(s: &str) -> String {
    let mut cs = s.chars();
    match cs.next() {
        Some(f) => f.to_uppercase().chain(cs).collect(),
        None => String::new(),
    }
}

impl Cues {
    pub fn new(rules: QuoteRules) -> Result<Cues> {
        let mut patterns: Vec<String> = Vec::new();
        let mut kinds = Vec::new();
        let mut bare = Vec::new();
        let mut capital = Vec::new();
        let mut seen: HashMap<String, ()> = HashMap::new();
        let lists: [(&Vec<String>, CueKind); 10] = [
            (&rules.according_to, CueKind::According),
            (&rules.according_to_after, CueKind::AccordingAfter),
            (&rules.secondary, CueKind::Secondary),
            (&rules.verbs, CueKind::Verb),
            (&rules.belief_verbs, CueKind::Belief),
            (&rules.post_cues, CueKind::Post),
            (&rules.complementizers, CueKind::That),
            (&rules.pronouns, CueKind::Pronoun),
            (&rules.reported_mood, CueKind::Mood),
            (&rules.auxiliaries, CueKind::Aux),
        ];
        for (list, kind) in lists {
            for p in list {
                let p = p.split_whitespace().collect::<Vec<_>>().join(" ");
                if p.is_empty() {
                    continue;
                }
                let cjk = p.chars().any(is_cjk);
                let cap = capitalised(&p);
                let is_cap = cap != p;
                for (form, c) in [(p.clone(), false), (cap, is_cap)] {
                    if seen.insert(form.clone(), ()).is_none() {
                        patterns.push(form);
                        kinds.push(kind);
                        bare.push(cjk);
                        capital.push(c);
                    }
                }
            }
        }
        let ac = if patterns.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .start_kind(StartKind::Anchored)
                    .build(&patterns)
                    .map_err(|e| {
                        Error::invalid_config(format!(
                            "cannot build the quotation cues of {:?}: {e}",
                            rules.lang
                        ))
                    })?,
            )
        };
        Ok(Cues {
            preps: WordSet::new(&rules.prepositions),
            dets: WordSet::new(&rules.determiners),
            anaphors: WordSet::new(&rules.anaphors),
            no_bare: WordSet::new(&rules.no_bare_clause),
            subordinators: WordSet::new(&rules.subordinators),
            frame_openers: WordSet::new(&rules.frame_openers),
            rules,
            ac,
            kinds,
            bare,
            capital,
        })
    }

    /// Whether a cue as written is in a script without spaces.
    pub fn bare_text(&self, cue: &str) -> bool {
        cue.chars().any(is_cjk)
    }

    /// Whether `word` is a preposition of the language (any case).
    pub fn is_preposition(&self, word: &str) -> bool {
        self.preps.has(word)
    }

    /// Whether `word` is an article or determiner of the language (any case).
    pub fn is_determiner(&self, word: &str) -> bool {
        self.dets.has(word)
    }

    /// Whether `word` stands for the previous sentence (any case).
    pub fn is_anaphor(&self, word: &str) -> bool {
        self.anaphors.has(word)
    }

    /// Whether the verb `word` may take a clause without a complementizer
    /// (it is not in `no_bare_clause`).
    pub fn takes_bare_clause(&self, word: &str) -> bool {
        !self.no_bare.has(word)
    }

    /// Whether `word` is a subordinating conjunction or coordinator of the
    /// language (any case).
    pub fn is_subordinator(&self, word: &str) -> bool {
        self.subordinators.has(word)
    }

    /// Whether `word` opens a reporting clause before its subject ("wie",
    /// "as"; any case).
    pub fn is_frame_opener(&self, word: &str) -> bool {
        self.frame_openers.has(word)
    }

    /// Parses a resource file.
    pub fn from_toml(text: &str) -> Result<Cues> {
        let rules: QuoteRules = toml::from_str(text)
            .map_err(|e| Error::invalid_config(format!("invalid quotation rules: {e}")))?;
        Cues::new(rules)
    }

    /// Every cue in `text`: at each word start (each character in CJK
    /// script) the longest cue that ends at a word end (anywhere for CJK
    /// patterns); matches do not overlap.
    pub fn find(&self, text: &str, out: &mut Vec<CueHit>) {
        let Some(ac) = &self.ac else { return };
        let word = |c: char| c.is_alphanumeric() || c == '-' || c == '_';
        let mut prev: Option<char> = None;
        let mut skip_to = 0usize;
        for (i, c) in text.char_indices() {
            let at_start =
                i >= skip_to && (is_cjk(c) || (c.is_alphanumeric() && !prev.is_some_and(word)));
            prev = Some(c);
            if !at_start {
                continue;
            }
            let input = Input::new(text).range(i..).anchored(Anchored::Yes);
            let Some(m) = ac.find(input) else { continue };
            let id = m.pattern().as_usize();
            if !self.bare[id] && text[m.end()..].chars().next().is_some_and(word) {
                continue;
            }
            if self.capital[id] && !sentence_initial(&text[..i]) {
                continue;
            }
            out.push(CueHit {
                start: m.start(),
                end: m.end(),
                kind: self.kinds[id],
            });
            skip_to = m.end();
        }
    }

    /// The cues of a built-in language.
    pub fn builtin(lang: &str) -> Option<&'static Cues> {
        macro_rules! langs {
            ($($code:literal),*) => {{
                static CACHE: OnceLock<HashMap<&'static str, Cues>> = OnceLock::new();
                let all = CACHE.get_or_init(|| {
                    let mut m = HashMap::new();
                    $(
                        // Tested: every built-in file parses (see tests).
                        if let Ok(c) = Cues::from_toml(include_str!(concat!(
                            "../../resources/quotes/", $code, ".toml"
                        ))) {
                            m.insert($code, c);
                        }
                    )*
                    m
                });
                all.get(lang)
            }};
        }
        langs!("en", "it", "fr", "de", "es", "pt", "nl", "ru", "uk", "pl", "cs", "sv", "zh", "ja")
    }

    /// The language codes with built-in cues.
    #[cfg(test)]
    pub fn builtin_codes() -> &'static [&'static str] {
        &[
            "en", "it", "fr", "de", "es", "pt", "nl", "ru", "uk", "pl", "cs", "sv", "zh", "ja",
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_file_parses() {
        for code in Cues::builtin_codes() {
            let text = match *code {
                "en" => include_str!("../../resources/quotes/en.toml"),
                "it" => include_str!("../../resources/quotes/it.toml"),
                "fr" => include_str!("../../resources/quotes/fr.toml"),
                "de" => include_str!("../../resources/quotes/de.toml"),
                "es" => include_str!("../../resources/quotes/es.toml"),
                "pt" => include_str!("../../resources/quotes/pt.toml"),
                "nl" => include_str!("../../resources/quotes/nl.toml"),
                "ru" => include_str!("../../resources/quotes/ru.toml"),
                "uk" => include_str!("../../resources/quotes/uk.toml"),
                "pl" => include_str!("../../resources/quotes/pl.toml"),
                "cs" => include_str!("../../resources/quotes/cs.toml"),
                "sv" => include_str!("../../resources/quotes/sv.toml"),
                "zh" => include_str!("../../resources/quotes/zh.toml"),
                _ => include_str!("../../resources/quotes/ja.toml"),
            };
            let c = Cues::from_toml(text).unwrap_or_else(|e| panic!("{code}: {e}"));
            assert_eq!(c.rules.lang, *code);
            assert!(!c.rules.verbs.is_empty(), "{code}");
            assert!(Cues::builtin(code).is_some());
        }
    }

    #[test]
    fn whole_words() {
        let c = Cues::builtin("en").unwrap();
        let mut out = Vec::new();
        c.find("Unsaid, he said. According to her, resaid", &mut out);
        let got: Vec<_> = out.iter().map(|h| (h.start, h.kind)).collect();
        assert_eq!(
            got,
            vec![
                (8, CueKind::Pronoun),
                (11, CueKind::Verb),
                (17, CueKind::According)
            ]
        );
    }
}

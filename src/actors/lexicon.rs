//! User lexicons of actors and the automaton that finds their aliases.
//!
//! All aliases of all actors (and of the built-in geography) go into one
//! Aho-Corasick automaton over *folded* text: lowercase, accents removed,
//! hyphens and apostrophes unified, tokens joined by one space. A document is
//! folded the same way, token by token, so a match maps back to whole tokens
//! of the original text: word boundaries are checked on tokens, and offsets
//! are those of the original tokens.

use std::collections::HashMap;
use std::path::Path;

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind};
use serde::Deserialize;

use super::rules::ActorRules;
use super::{fold_tokens, ActorKind};
use crate::error::{Error, ErrorKind, Result};

/// One actor of a lexicon.
#[derive(Debug, Clone, PartialEq)]
pub struct LexiconEntry {
    /// Identifier, unique in the lexicon (`Q7747`, `putin`).
    pub id: String,
    /// Canonical name (`Vladimir Putin`); also an alias.
    pub name: String,
    /// What the actor is.
    pub kind: ActorKind,
    /// Other names, each optionally restricted to one language.
    pub aliases: Vec<Alias>,
}

/// A name of an actor, optionally for one language only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alias {
    /// The name as written (`Путин`, `Kim Jong-un`).
    pub text: String,
    /// ISO 639-1 code of the only language it is matched in, or `None` for all.
    pub lang: Option<String>,
}

impl Alias {
    /// An alias for every language.
    pub fn new(text: impl Into<String>) -> Alias {
        Alias {
            text: text.into(),
            lang: None,
        }
    }

    /// An alias matched only in documents of `lang`.
    pub fn for_lang(text: impl Into<String>, lang: impl Into<String>) -> Alias {
        Alias {
            text: text.into(),
            lang: Some(lang.into()),
        }
    }
}

/// A set of known actors and their names.
///
/// ```
/// use presslens::actors::{ActorKind, Alias, Lexicon, LexiconEntry};
/// let mut lex = Lexicon::new();
/// lex.add(LexiconEntry {
///     id: "putin".into(),
///     name: "Vladimir Putin".into(),
///     kind: ActorKind::Person,
///     aliases: vec![Alias::new("Putin"), Alias::for_lang("Путин", "ru")],
/// })?;
/// assert_eq!(lex.len(), 1);
/// # Ok::<(), presslens::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Lexicon {
    entries: Vec<LexiconEntry>,
    index: HashMap<String, usize>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum JsonAliases {
    List(Vec<String>),
    PerLang(HashMap<String, Vec<String>>),
}

#[derive(Debug, Deserialize)]
struct JsonEntry {
    id: String,
    name: String,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    aliases: Option<JsonAliases>,
}

impl Lexicon {
    /// An empty lexicon.
    pub fn new() -> Lexicon {
        Lexicon::default()
    }

    /// Number of actors.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the lexicon has no actor.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The actors, in the order they were added.
    pub fn entries(&self) -> &[LexiconEntry] {
        &self.entries
    }

    /// Adds an actor; an actor whose id is already present gets the new
    /// aliases added to it (name and kind must then agree).
    pub fn add(&mut self, entry: LexiconEntry) -> Result<()> {
        if entry.id.trim().is_empty() {
            return Err(Error::invalid_config("a lexicon entry has an empty id"));
        }
        if entry.name.trim().is_empty() {
            return Err(Error::invalid_config(format!(
                "lexicon entry {:?} has an empty name",
                entry.id
            )));
        }
        if let Some(&i) = self.index.get(&entry.id) {
            let e = &mut self.entries[i];
            if e.kind != entry.kind {
                return Err(Error::invalid_config(format!(
                    "lexicon entry {:?} is given two kinds: {} and {}",
                    entry.id,
                    e.kind.as_str(),
                    entry.kind.as_str()
                )));
            }
            for a in entry.aliases {
                if !e.aliases.contains(&a) {
                    e.aliases.push(a);
                }
            }
            return Ok(());
        }
        self.index.insert(entry.id.clone(), self.entries.len());
        self.entries.push(entry);
        Ok(())
    }

    /// Reads a lexicon from a CSV file (`.csv`, `.tsv`) or a JSON file
    /// (`.json`: an array of objects; `.jsonl`: one object per line), chosen
    /// by the file extension. See [`Lexicon::from_csv`] and
    /// [`Lexicon::from_json`] for the formats.
    pub fn from_path(path: impl AsRef<Path>) -> Result<Lexicon> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|e| {
            Error::new(ErrorKind::Io, format!("cannot read lexicon: {e}")).with_path(path)
        })?;
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        let res = match ext.as_str() {
            "csv" => Lexicon::from_csv(&text, b','),
            "tsv" | "tab" => Lexicon::from_csv(&text, b'\t'),
            "json" => Lexicon::from_json(&text),
            "jsonl" | "ndjson" => Lexicon::from_json_lines(&text),
            _ => Err(Error::invalid_config(format!(
                "unknown lexicon format {ext:?}: use .csv, .tsv, .json or .jsonl"
            ))),
        };
        res.map_err(|e| e.with_path(path))
    }

    /// Parses CSV with a header. Columns: `id` and `name` (required), `kind`
    /// (`person`, `organisation`/`organization`/`org`, `place`/`country`/
    /// `location`, `other`; default `other`), `alias` (one alias per row:
    /// rows with the same id are one actor), `aliases` (several, separated
    /// by `|`), `lang` (restricts the row's aliases to one language).
    pub fn from_csv(text: &str, delimiter: u8) -> Result<Lexicon> {
        let mut rdr = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(false)
            .from_reader(text.as_bytes());
        let headers = rdr
            .headers()
            .map_err(|e| Error::new(ErrorKind::Parse, format!("lexicon header: {e}")))?
            .clone();
        let col = |name: &str| headers.iter().position(|h| h.trim() == name);
        let (Some(id_c), Some(name_c)) = (col("id"), col("name")) else {
            return Err(Error::new(
                ErrorKind::MissingField,
                "a lexicon needs the columns `id` and `name`",
            ));
        };
        let (kind_c, alias_c, aliases_c, lang_c) =
            (col("kind"), col("alias"), col("aliases"), col("lang"));
        let mut lex = Lexicon::new();
        for (i, rec) in rdr.records().enumerate() {
            let line = i as u64 + 2;
            let rec = rec.map_err(|e| {
                Error::new(ErrorKind::Parse, format!("lexicon: {e}")).with_line(line)
            })?;
            let get = |c: Option<usize>| c.and_then(|c| rec.get(c)).map(str::trim);
            let kind = match get(kind_c).filter(|k| !k.is_empty()) {
                Some(k) => ActorKind::parse(k).map_err(|e| e.with_line(line))?,
                None => ActorKind::Other,
            };
            let lang = get(lang_c).filter(|l| !l.is_empty()).map(str::to_string);
            let mut aliases = Vec::new();
            let mut push = |a: &str| {
                if !a.trim().is_empty() {
                    aliases.push(Alias {
                        text: a.trim().to_string(),
                        lang: lang.clone(),
                    });
                }
            };
            if let Some(a) = get(alias_c) {
                push(a);
            }
            if let Some(list) = get(aliases_c) {
                list.split('|').for_each(&mut push);
            }
            lex.add(LexiconEntry {
                id: get(Some(id_c)).unwrap_or("").to_string(),
                name: get(Some(name_c)).unwrap_or("").to_string(),
                kind,
                aliases,
            })
            .map_err(|e| e.with_line(line))?;
        }
        Ok(lex)
    }

    fn from_json_entry(lex: &mut Lexicon, e: JsonEntry) -> Result<()> {
        let kind = match e.kind.as_deref() {
            Some(k) => ActorKind::parse(k)?,
            None => ActorKind::Other,
        };
        let aliases = match e.aliases {
            None => Vec::new(),
            Some(JsonAliases::List(v)) => v.into_iter().map(Alias::new).collect(),
            Some(JsonAliases::PerLang(m)) => {
                let mut langs: Vec<_> = m.into_iter().collect();
                langs.sort();
                langs
                    .into_iter()
                    .flat_map(|(l, v)| {
                        v.into_iter().map(move |a| {
                            if l == "*" {
                                Alias::new(a)
                            } else {
                                Alias::for_lang(a, l.clone())
                            }
                        })
                    })
                    .collect()
            }
        };
        lex.add(LexiconEntry {
            id: e.id,
            name: e.name,
            kind,
            aliases,
        })
    }

    /// Parses a JSON array of objects `{"id", "name", "kind", "aliases"}`,
    /// where `aliases` is a list of names or an object mapping a language
    /// code (or `"*"`) to a list of names.
    pub fn from_json(text: &str) -> Result<Lexicon> {
        let entries: Vec<JsonEntry> = serde_json::from_str(text).map_err(|e| {
            Error::new(ErrorKind::Parse, format!("lexicon JSON: {e}")).with_line(e.line() as u64)
        })?;
        let mut lex = Lexicon::new();
        for e in entries {
            Lexicon::from_json_entry(&mut lex, e)?;
        }
        Ok(lex)
    }

    /// Parses JSON Lines, one object per line as in [`Lexicon::from_json`].
    pub fn from_json_lines(text: &str) -> Result<Lexicon> {
        let mut lex = Lexicon::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let e: JsonEntry = serde_json::from_str(line).map_err(|e| {
                Error::new(ErrorKind::Parse, format!("lexicon JSON: {e}")).with_line(i as u64 + 1)
            })?;
            Lexicon::from_json_entry(&mut lex, e).map_err(|e| e.with_line(i as u64 + 1))?;
        }
        Ok(lex)
    }
}

/// Where a pattern came from and how to accept its matches.
#[derive(Debug, Clone)]
pub(crate) struct PatInfo {
    /// Index of the target in the matcher's target table.
    pub target: u32,
    /// Only in documents of this language.
    pub lang: Option<Box<str>>,
    /// The alias is written all lowercase: matches lowercase text too.
    pub lowercase_ok: bool,
    /// A stem made by dropping a replaceable final letter: the match must be
    /// completed by an inflectional ending.
    pub stem: bool,
    /// Needs a capitalised match not inside a longer name (built-in
    /// aliases that are also common words or person names).
    pub ambiguous: bool,
    /// Built-in geography rather than the user's lexicon.
    pub geo: bool,
}

/// What a pattern resolves to.
#[derive(Debug, Clone)]
pub(crate) struct Target {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
}

/// A found alias: tokens `[first, last]` of the document.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LexMatch {
    pub first: usize,
    pub last: usize,
    pub target: u32,
    pub ambiguous: bool,
    pub geo: bool,
}

/// One automaton over every alias.
pub(crate) struct Matcher {
    ac: Option<NFA>,
    pats: Vec<Vec<PatInfo>>,
    pub targets: Vec<Target>,
}

/// The folded form of a document: tokens joined by one space, and where
/// each token starts and ends in it.
pub(crate) struct Folded {
    pub text: String,
    pub starts: Vec<usize>,
    pub ends: Vec<usize>,
}

/// Builds the automaton.
#[derive(Default)]
pub(crate) struct MatcherBuilder {
    pats: HashMap<String, Vec<PatInfo>>,
    targets: Vec<Target>,
    target_index: HashMap<String, u32>,
}

impl MatcherBuilder {
    pub fn target(&mut self, id: &str, name: &str, kind: ActorKind) -> u32 {
        if let Some(&t) = self.target_index.get(id) {
            return t;
        }
        let t = self.targets.len() as u32;
        self.targets.push(Target {
            id: id.to_string(),
            name: name.to_string(),
            kind,
        });
        self.target_index.insert(id.to_string(), t);
        t
    }

    /// Adds `alias` of `target`. Inflecting languages also get the stem
    /// forms of the alias's last word.
    pub fn alias(
        &mut self,
        alias: &str,
        target: u32,
        lang: Option<&str>,
        ambiguous: bool,
        geo: bool,
    ) {
        let key = fold_tokens(alias, lang);
        if key.is_empty() {
            return;
        }
        let lowercase_ok = !alias.chars().any(char::is_uppercase);
        let info = PatInfo {
            target,
            lang: lang.map(Into::into),
            lowercase_ok,
            stem: false,
            ambiguous,
            geo,
        };
        // Stems for the languages (given, or all inflecting ones for an
        // alias without a language) whose names inflect.
        let langs: Vec<&str> = match lang {
            Some(l) => vec![l],
            None => vec!["ru", "uk", "pl", "cs"],
        };
        for l in langs {
            let Some(rules) = ActorRules::builtin(l) else {
                continue;
            };
            for e in &rules.sets.stem_endings {
                if let Some(stem) = key.strip_suffix(e.as_str()) {
                    let last = stem.rsplit(' ').next().unwrap_or("");
                    if last.chars().count() >= 3 {
                        self.pats
                            .entry(stem.to_string())
                            .or_default()
                            .push(PatInfo {
                                lang: Some(l.into()),
                                stem: true,
                                ..info.clone()
                            });
                    }
                }
            }
        }
        let v = self.pats.entry(key).or_default();
        if !v
            .iter()
            .any(|p| p.target == target && p.lang == info.lang && !p.stem)
        {
            v.push(info);
        }
    }

    pub fn build(self) -> Result<Matcher> {
        let mut keys: Vec<(String, Vec<PatInfo>)> = self.pats.into_iter().collect();
        keys.sort_by(|a, b| a.0.cmp(&b.0));
        let ac = if keys.is_empty() {
            None
        } else {
            Some(
                NFA::builder()
                    .match_kind(MatchKind::Standard)
                    .build(keys.iter().map(|(k, _)| k.as_str()))
                    .map_err(|e| {
                        Error::invalid_config(format!("cannot build the lexicon automaton: {e}"))
                    })?,
            )
        };
        Ok(Matcher {
            ac,
            pats: keys.into_iter().map(|(_, v)| v).collect(),
            targets: self.targets,
        })
    }
}

impl Matcher {
    /// Every acceptable match in `folded`, as overlapping token ranges (the
    /// caller picks among them). `surfaces` are the tokens as written.
    pub fn find(
        &self,
        folded: &Folded,
        surfaces: &[&str],
        lang: Option<&str>,
        rules: &ActorRules,
        out: &mut Vec<LexMatch>,
    ) {
        let Some(ac) = &self.ac else { return };
        let inflects = !rules.sets.name_suffixes.is_empty();
        // Matches start at token starts only: the automaton is walked from
        // each token start (an anchored search) until it dies, instead of
        // scanning every byte for matches that mostly start mid-word.
        let bytes = folded.text.as_bytes();
        let Ok(start_state) = ac.start_state(Anchored::Yes) else {
            return;
        };
        let mut hits: Vec<(usize, usize, usize)> = Vec::new();
        for (first, &start) in folded.starts.iter().enumerate() {
            let mut sid = start_state;
            for (i, &byte) in bytes[start..].iter().enumerate() {
                sid = ac.next_state(Anchored::Yes, sid, byte);
                if ac.is_dead(sid) {
                    break;
                }
                if ac.is_match(sid) {
                    let (len, at) = (i + 1, start + i);
                    for i in 0..ac.match_len(sid) {
                        let pid = ac.match_pattern(sid, i);
                        if ac.pattern_len(pid) == len {
                            hits.push((first, at + 1, pid.as_usize()));
                        }
                    }
                }
            }
        }
        for (first, e, pid) in hits {
            // The token the match ends in.
            let last = match folded.ends.binary_search(&e) {
                Ok(i) => i,
                Err(i) => i,
            };
            if last >= folded.ends.len() || last < first {
                continue;
            }
            let exact_end = folded.ends[last] == e;
            let rest = &folded.text[e..folded.ends[last]];
            for p in &self.pats[pid] {
                if p.lang.is_some() && p.lang.as_deref() != lang {
                    continue;
                }
                let ok_end = if p.stem {
                    !exact_end && rules.is_inflection_rest(rest)
                } else {
                    exact_end || (inflects && rules.is_inflection_rest(rest))
                };
                if !ok_end || rest.contains(' ') {
                    continue;
                }
                let all_lower = surfaces[first..=last]
                    .iter()
                    .all(|t| !t.chars().any(char::is_uppercase));
                if all_lower && !p.lowercase_ok {
                    continue;
                }
                out.push(LexMatch {
                    first,
                    last,
                    target: p.target,
                    ambiguous: p.ambiguous,
                    geo: p.geo,
                });
            }
        }
    }
}

impl ActorRules {
    /// True when `rest` (the folded remainder of a token after a match) is
    /// an inflectional ending of this language.
    pub(crate) fn is_inflection_rest(&self, rest: &str) -> bool {
        let s = &self.sets;
        s.name_suffixes.iter().any(|x| x == rest) || s.stem_endings.iter().any(|x| x == rest)
    }
}

//! Per-language rules of the name detector, kept as data in
//! `resources/actors/<lang>.toml` and compiled into the crate.

use std::collections::HashMap;
use std::sync::OnceLock;

use foldhash::HashSet;
use serde::Deserialize;

use super::fold;
use crate::error::{Error, Result};

/// The actor-detection rules of one language (see `resources/actors/en.toml`
/// for what each list means).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActorRules {
    /// ISO 639-1 code.
    pub lang: String,
    /// Honorifics written directly before a personal name (`Mr.`, `Frau`).
    pub person_titles: Vec<String>,
    /// Titles written directly after a name (`氏`, `首相`).
    pub title_suffixes: Vec<String>,
    /// Role nouns that mark a nearby name as a person (`minister`).
    pub roles: Vec<String>,
    /// Endings of compound role nouns (`minister` in `Außenminister`).
    pub role_suffixes: Vec<String>,
    /// Words that make a capitalised sequence an organisation (`Ministry`).
    pub org_markers: Vec<String>,
    /// Endings of compound organisation words (`ministerium`).
    pub org_suffixes: Vec<String>,
    /// Common nouns that before a name mark an organisation (`agenzia`).
    pub org_nouns: Vec<String>,
    /// Words that make a capitalised sequence a place (`River`).
    pub place_markers: Vec<String>,
    /// Endings of compound place words (`straße`).
    pub place_suffixes: Vec<String>,
    /// Common nouns that before a name mark a place (`città`).
    pub place_nouns: Vec<String>,
    /// Prepositions that before a single capitalised word mark a place.
    pub place_prepositions: Vec<String>,
    /// Lowercase words allowed inside names (`von`, `bin`, `da`).
    pub name_particles: Vec<String>,
    /// Capitalised words that are never names on their own.
    pub not_names: Vec<String>,
    /// Inflectional endings of names (`а` in `Путина`).
    pub name_suffixes: Vec<String>,
    /// Final letters that inflection replaces (`а` in `Москва` → `Москве`).
    pub stem_endings: Vec<String>,
    /// Verbs of saying and "according to" words: a name right before or
    /// after one is a person ("añadió Viana Baptista", "según Cabrera",
    /// "Cabrera dijo"). Optional.
    #[serde(default)]
    pub speech_verbs: Vec<String>,
    #[serde(skip)]
    pub(crate) sets: Sets,
}

/// Folded (lowercase, accent-free) lookup sets built from the lists.
#[derive(Debug, Clone, Default)]
pub(crate) struct Sets {
    pub titles: HashSet<String>,
    pub title_suffixes: Vec<String>,
    pub roles: HashSet<String>,
    pub role_suffixes: Vec<String>,
    pub org_markers: HashSet<String>,
    pub org_suffixes: Vec<String>,
    pub org_nouns: HashSet<String>,
    pub place_markers: HashSet<String>,
    pub place_suffixes: Vec<String>,
    pub place_nouns: HashSet<String>,
    pub place_prepositions: HashSet<String>,
    pub particles: HashSet<String>,
    pub not_names: HashSet<String>,
    pub name_suffixes: Vec<String>,
    pub stem_endings: Vec<String>,
    pub speech_verbs: HashSet<String>,
    /// The language's built-in stop words, folded.
    pub stops: HashSet<String>,
}

fn set(v: &[String]) -> HashSet<String> {
    v.iter()
        .flat_map(|s| {
            let f = fold(s);
            // Titles are listed with and without their period; accept both.
            let bare = f.trim_end_matches('.').to_string();
            [f, bare]
        })
        .filter(|s| !s.is_empty())
        .collect()
}

fn list(v: &[String]) -> Vec<String> {
    let mut out: Vec<String> = v
        .iter()
        .map(|s| fold(s))
        .filter(|s| !s.is_empty())
        .collect();
    // Longest first, so that the longest ending is tried first.
    out.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    out.dedup();
    out
}

impl ActorRules {
    /// Parses a rules file in the format of `resources/actors/en.toml`.
    pub fn from_toml(text: &str) -> Result<ActorRules> {
        let mut r: ActorRules = toml::from_str(text)
            .map_err(|e| Error::invalid_config(format!("invalid actor rules: {e}")))?;
        r.sets = Sets {
            titles: set(&r.person_titles),
            title_suffixes: list(&r.title_suffixes),
            roles: set(&r.roles),
            role_suffixes: list(&r.role_suffixes),
            org_markers: set(&r.org_markers),
            org_suffixes: list(&r.org_suffixes),
            org_nouns: set(&r.org_nouns),
            place_markers: set(&r.place_markers),
            place_suffixes: list(&r.place_suffixes),
            place_nouns: set(&r.place_nouns),
            place_prepositions: set(&r.place_prepositions),
            particles: set(&r.name_particles),
            not_names: set(&r.not_names),
            name_suffixes: list(&r.name_suffixes),
            stem_endings: list(&r.stem_endings),
            speech_verbs: set(&r.speech_verbs),
            stops: crate::tokenize::builtin_stop_words(&r.lang)
                .unwrap_or_default()
                .iter()
                .map(|w| fold(w))
                .collect(),
        };
        Ok(r)
    }

    /// The rules compiled into the crate for `code`, if there are any.
    pub fn builtin(code: &str) -> Option<&'static ActorRules> {
        static MAP: OnceLock<HashMap<&'static str, ActorRules>> = OnceLock::new();
        MAP.get_or_init(|| {
            let mut map: HashMap<&'static str, ActorRules> = BUILTIN
                .iter()
                .map(|(code, text)| {
                    let r = ActorRules::from_toml(text)
                        .unwrap_or_else(|e| panic!("built-in actor rules {code} are invalid: {e}"));
                    (*code, r)
                })
                .collect();
            // Company and institution names in English ("British Airways",
            // "KBC Securities", "Goldman Sachs Group") run through the news
            // of every language; German is left out, as there English
            // markers are also German nouns ("Front", "Service").
            let english: Vec<String> = map
                .get("en")
                .map(|en| en.sets.org_markers.iter().cloned().collect())
                .unwrap_or_default();
            for code in ENGLISH_ORG_MARKERS_TOO {
                if let Some(r) = map.get_mut(code) {
                    r.sets.org_markers.extend(english.iter().cloned());
                }
            }
            map
        })
        .get(code)
    }

    /// Rules with every list empty: capitalisation alone.
    pub(crate) fn empty() -> &'static ActorRules {
        static EMPTY: OnceLock<ActorRules> = OnceLock::new();
        EMPTY.get_or_init(ActorRules::default)
    }

    pub(crate) fn ends_with_any(word: &str, endings: &[String]) -> bool {
        endings
            .iter()
            .any(|e| word.len() > e.len() + 2 && word.ends_with(e.as_str()))
    }

    /// True when folded `a` and `b` are forms of one name: one is an
    /// inflection of the other, or both are one stem with two endings
    /// (`шольцем` and `шольц`, `macronem` and `macronowi`).
    pub(crate) fn same_name(&self, a: &str, b: &str) -> bool {
        if self.is_inflection_of(a, b) || self.is_inflection_of(b, a) {
            return true;
        }
        let s = &self.sets;
        if s.name_suffixes.is_empty() {
            return false;
        }
        let endings = || {
            s.name_suffixes
                .iter()
                .chain(&s.stem_endings)
                .map(String::as_str)
        };
        endings().any(|x| {
            a.strip_suffix(x)
                .filter(|stem| stem.chars().count() >= 3)
                .and_then(|stem| b.strip_prefix(stem))
                .is_some_and(|rest| endings().any(|y| y == rest))
        })
    }

    /// True when folded `word` is `stem` plus an inflectional ending (or a
    /// replaced final letter), e.g. `путина` of `путин`, `москве` of `москва`.
    pub(crate) fn is_inflection_of(&self, word: &str, base: &str) -> bool {
        if word == base {
            return true;
        }
        let s = &self.sets;
        if s.name_suffixes.is_empty() {
            return false;
        }
        let stems = std::iter::once(base).chain(
            s.stem_endings
                .iter()
                .filter_map(|e| base.strip_suffix(e.as_str())),
        );
        for stem in stems {
            if stem.chars().count() < 3 {
                continue;
            }
            if let Some(rest) = word.strip_prefix(stem) {
                if s.name_suffixes.iter().any(|x| x == rest)
                    || s.stem_endings.iter().any(|x| x == rest)
                {
                    return true;
                }
            }
        }
        false
    }
}

/// Languages whose rules also take the English organisation markers.
const ENGLISH_ORG_MARKERS_TOO: &[&str] = &["it", "fr", "es", "pt", "nl", "sv", "pl", "cs"];

macro_rules! builtin {
    ($($code:literal),* $(,)?) => {
        const BUILTIN: &[(&str, &str)] = &[
            $(($code, include_str!(concat!("../../resources/actors/", $code, ".toml")))),*
        ];
    };
}

builtin!("en", "it", "fr", "de", "es", "pt", "nl", "ru", "uk", "pl", "cs", "sv", "zh", "ja");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_parses() {
        for (code, _) in BUILTIN {
            let r = ActorRules::builtin(code).unwrap();
            assert_eq!(&r.lang, code);
        }
    }

    #[test]
    fn inflection() {
        let ru = ActorRules::builtin("ru").unwrap();
        assert!(ru.is_inflection_of("путина", "путин"));
        assert!(ru.is_inflection_of("москве", "москва"));
        assert!(!ru.is_inflection_of("путинизм", "путин"));
        let en = ActorRules::builtin("en").unwrap();
        assert!(!en.is_inflection_of("putina", "putin"));
        assert!(ru.same_name("шольц", "шольцем"));
        assert!(ru.same_name("пескова", "песков"));
        assert!(ru.same_name("путину", "путина"));
        assert!(!en.same_name("macron", "macronem"));
    }
}

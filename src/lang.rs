//! Per-language resources, kept as data.
//!
//! Everything language-specific that the tokenizer and sentence splitter need
//! (abbreviations that do not end a sentence, elided articles, possessive
//! suffixes, extra sentence terminators) lives in one TOML file per language
//! under `resources/lang/`, compiled into the crate. Users can replace or add a
//! language with [`LangResource::from_toml`] and
//! [`AnalyzerBuilder::language`](crate::tokenize::AnalyzerBuilder::language).

use std::collections::HashMap;
use std::sync::OnceLock;

use foldhash::HashSet;
use serde::Deserialize;

use crate::error::{Error, Result};

/// The resources of one language, as read from its TOML file.
///
/// ```
/// let en = presslens::lang::LangResource::builtin("en").unwrap();
/// assert!(en.is_abbreviation("Mr"));
/// assert!(!en.is_abbreviation("house"));
/// ```
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LangResource {
    /// ISO 639-1 code (`"en"`).
    pub code: String,
    /// English name of the language.
    pub name: String,
    /// Abbreviations (without their final period) after which a period does
    /// not end a sentence.
    pub abbreviations: Vec<String>,
    /// Elided function words (`l`, `dell`, `qu`) split off before an apostrophe.
    pub elisions: Vec<String>,
    /// Suffixes after a final apostrophe removed from terms (`s` in `Putin's`).
    pub possessive_suffixes: Vec<String>,
    /// True when `3.` before a lowercase word or month is an ordinal.
    pub ordinal_period: bool,
    /// Sentence terminators beyond `. ! ? …`.
    pub extra_terminators: Vec<String>,
    /// Pronouns attached to a verb with a hyphen that are split off
    /// (French `a-t-il` → `a` `il`, Portuguese `disse-lhe` → `disse` `lhe`);
    /// lowercase. A euphonic `t` between verb and pronoun is dropped.
    #[serde(default)]
    pub enclitics: Vec<String>,
    #[serde(skip)]
    abbrev_set: HashSet<String>,
    #[serde(skip)]
    elision_set: HashSet<String>,
    #[serde(skip)]
    enclitic_set: HashSet<String>,
}

impl LangResource {
    /// Parses a resource file in the format of `resources/lang/en.toml`.
    pub fn from_toml(text: &str) -> Result<LangResource> {
        let mut res: LangResource = toml::from_str(text)
            .map_err(|e| Error::invalid_config(format!("invalid language resource: {e}")))?;
        res.abbrev_set = res
            .abbreviations
            .iter()
            .flat_map(|a| [a.clone(), a.to_lowercase()])
            .collect();
        res.elision_set = res.elisions.iter().map(|e| e.to_lowercase()).collect();
        res.enclitic_set = res.enclitics.iter().map(|e| e.to_lowercase()).collect();
        Ok(res)
    }

    /// The resource compiled into the crate for `code`, if there is one.
    pub fn builtin(code: &str) -> Option<&'static LangResource> {
        static MAP: OnceLock<HashMap<&'static str, LangResource>> = OnceLock::new();
        MAP.get_or_init(|| {
            BUILTIN
                .iter()
                .map(|(code, text)| {
                    let res = LangResource::from_toml(text)
                        .unwrap_or_else(|e| panic!("built-in resource {code} is invalid: {e}"));
                    (*code, res)
                })
                .collect()
        })
        .get(code)
    }

    /// Codes of the languages that have a built-in resource file.
    pub fn builtin_codes() -> impl Iterator<Item = &'static str> {
        BUILTIN.iter().map(|(c, _)| *c)
    }

    /// True when `word` (without its final period) is a known abbreviation.
    pub fn is_abbreviation(&self, word: &str) -> bool {
        self.abbrev_set.contains(word) || self.abbrev_set.contains(&word.to_lowercase())
    }

    /// True when `prefix` (lowercase, without apostrophe) is an elided word.
    pub fn is_elision(&self, prefix: &str) -> bool {
        self.elision_set.contains(prefix)
    }

    /// True when `part` (lowercase) is a hyphen-attached pronoun.
    pub fn is_enclitic(&self, part: &str) -> bool {
        self.enclitic_set.contains(part)
    }

    /// True when `c` ends a sentence in this language beyond `. ! ? …`.
    pub fn is_extra_terminator(&self, c: char) -> bool {
        self.extra_terminators
            .iter()
            .any(|t| t.chars().eq(std::iter::once(c)))
    }
}

macro_rules! builtin {
    ($($code:literal),* $(,)?) => {
        const BUILTIN: &[(&str, &str)] = &[
            $(($code, include_str!(concat!("../resources/lang/", $code, ".toml")))),*
        ];
    };
}

builtin!("en", "it", "fr", "de", "es", "pt", "nl", "ru", "uk", "pl", "cs", "sv", "zh", "ja");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_parses() {
        for code in LangResource::builtin_codes() {
            let res = LangResource::builtin(code).unwrap();
            assert_eq!(res.code, code);
        }
    }
}

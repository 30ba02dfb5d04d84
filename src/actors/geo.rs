//! The built-in geography: countries, capitals, demonyms and government
//! buildings (`resources/geo/countries.tsv`), and about a thousand other
//! much-reported places — cities, regions, seas, mountains
//! (`resources/geo/places.tsv`), in 14 languages. Sources and licence in
//! `resources/geo/README.md` and `resources/geo/PLACES.md`.

use std::collections::HashMap;

use super::lexicon::MatcherBuilder;
use super::{ActorKind, ActorsConfig, PlaceMode};

const DATA: &str = include_str!("../../resources/geo/countries.tsv");
const PLACES: &str = include_str!("../../resources/geo/places.tsv");

/// Display names where the general rule (the shortest unambiguous English
/// name) picks a form the press uses less: `(code, type, name)`.
const DISPLAY: &[(&str, &str, &str)] = &[
    ("BA", "name", "Bosnia and Herzegovina"),
    ("CD", "name", "DR Congo"),
    ("CG", "name", "Republic of the Congo"),
    ("GB", "name", "United Kingdom"),
    ("JO", "name", "Jordan"),
    ("MM", "name", "Myanmar"),
    ("NL", "name", "Netherlands"),
    ("TR", "name", "Turkey"),
    ("UA", "capital", "Kyiv"),
    ("US", "capital", "Washington"),
];

/// The English display name among `candidates` (alias, ambiguous): an
/// unambiguous name that is not an acronym, fewest words, then shortest.
fn display<'a>(candidates: &[(&'a str, bool)]) -> Option<&'a str> {
    let key = |a: &&'a str| (a.split_whitespace().count(), a.chars().count(), *a);
    candidates
        .iter()
        .filter(|(a, amb)| !amb && a.chars().any(char::is_lowercase))
        .map(|(a, _)| *a)
        .min_by_key(key)
        .or_else(|| candidates.iter().map(|(a, _)| *a).min_by_key(key))
}

/// One row of the data.
struct Row<'a> {
    code: &'a str,
    lang: &'a str,
    kind: &'a str,
    alias: &'a str,
    ambiguous: bool,
}

fn rows() -> impl Iterator<Item = Row<'static>> {
    DATA.lines().skip(1).filter_map(|l| {
        let mut f = l.split('\t');
        let (code, lang, kind, alias) = (f.next()?, f.next()?, f.next()?, f.next()?);
        let flags = f.next().unwrap_or("");
        (!alias.trim().is_empty()).then_some(Row {
            code,
            lang,
            kind,
            alias: alias.trim(),
            ambiguous: is_ambiguous(flags),
        })
    })
}

/// True when a row's `flags` column holds `ambiguous`.
fn is_ambiguous(flags: &str) -> bool {
    flags.split(',').any(|x| x.trim() == "ambiguous")
}

/// Adds the geography to the automaton, as `config` asks.
pub(super) fn add_to(b: &mut MatcherBuilder, config: &ActorsConfig) {
    // English names name the actors.
    let mut english: HashMap<(&str, &str), Vec<(&str, bool)>> = HashMap::new();
    for r in rows().filter(|r| r.lang == "en") {
        english
            .entry((r.code, r.kind))
            .or_default()
            .push((r.alias, r.ambiguous));
    }
    let name_of = |code: &str, kind: &str| -> Option<&str> {
        DISPLAY
            .iter()
            .find(|(c, k, _)| *c == code && *k == kind)
            .map(|(_, _, n)| *n)
            .or_else(|| english.get(&(code, kind)).and_then(|c| display(c)))
    };
    for r in rows() {
        let cname = name_of(r.code, "name").unwrap_or(r.code);
        let country_target =
            |b: &mut MatcherBuilder| b.target(&format!("geo:{}", r.code), cname, ActorKind::Place);
        let target = match (r.kind, config.places) {
            ("name", _) => country_target(b),
            ("demonym", _) if !config.demonyms => continue,
            ("demonym", _) => country_target(b),
            (_, PlaceMode::Country) => country_target(b),
            ("capital", PlaceMode::Place) => {
                let name = name_of(r.code, "capital").unwrap_or(r.alias);
                b.target(&format!("geo:{}:capital", r.code), name, ActorKind::Place)
            }
            (_, PlaceMode::Place) => {
                // A government building: a place of its own, named as written.
                let key = super::fold(r.alias);
                b.target(
                    &format!("geo:{}:{}", r.code, key),
                    r.alias,
                    ActorKind::Place,
                )
            }
        };
        b.alias(r.alias, target, Some(r.lang), r.ambiguous, true);
    }
    add_places(b, config, &name_of);
}

/// One row of `places.tsv`.
struct PlaceRow<'a> {
    id: &'a str,
    country: &'a str,
    kind: &'a str,
    lang: &'a str,
    alias: &'a str,
    ambiguous: bool,
}

fn place_rows() -> impl Iterator<Item = PlaceRow<'static>> {
    PLACES.lines().skip(1).filter_map(|l| {
        let mut f = l.split('\t');
        let (id, country, kind, lang, alias) =
            (f.next()?, f.next()?, f.next()?, f.next()?, f.next()?);
        let flags = f.next().unwrap_or("");
        (!alias.trim().is_empty()).then_some(PlaceRow {
            id,
            country,
            kind,
            lang,
            alias: alias.trim(),
            ambiguous: is_ambiguous(flags),
        })
    })
}

/// Adds the other places. With [`PlaceMode::Country`], cities, regions and
/// areas that lie in one country resolve to it; continents, seas,
/// mountains and places across borders stay places of their own.
fn add_places<'a>(
    b: &mut MatcherBuilder,
    config: &ActorsConfig,
    country_name: &dyn Fn(&str, &str) -> Option<&'a str>,
) {
    let mut english: HashMap<&str, Vec<(&str, bool)>> = HashMap::new();
    for r in place_rows().filter(|r| r.lang == "en") {
        english
            .entry(r.id)
            .or_default()
            .push((r.alias, r.ambiguous));
    }
    for r in place_rows() {
        let in_country = !r.country.is_empty() && matches!(r.kind, "city" | "region" | "area");
        let target = if config.places == PlaceMode::Country && in_country {
            let name = country_name(r.country, "name").unwrap_or(r.country);
            b.target(&format!("geo:{}", r.country), name, ActorKind::Place)
        } else {
            let name = english
                .get(r.id)
                .and_then(|c| slug_name(r.id, c).or_else(|| display(c)))
                .unwrap_or(r.alias);
            b.target(&format!("geo:place:{}", r.id), name, ActorKind::Place)
        };
        b.alias(r.alias, target, Some(r.lang), r.ambiguous, true);
    }
}

/// The English alias the place's id was made from (`strait_of_hormuz` →
/// "Strait of Hormuz"), if there is one.
fn slug_name<'a>(id: &str, candidates: &[(&'a str, bool)]) -> Option<&'a str> {
    let words: Vec<&str> = id.split('_').collect();
    candidates.iter().map(|(a, _)| *a).find(|a| {
        let folded = super::fold(a);
        let alias: Vec<&str> = folded
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        alias == words
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_prefers_unambiguous_full_words() {
        assert_eq!(
            display(&[("DPRK", false), ("North Korea", false)]),
            Some("North Korea")
        );
        assert_eq!(
            display(&[("America", true), ("USA", false), ("United States", false)]),
            Some("United States")
        );
        assert_eq!(display(&[("US", true)]), Some("US"));
        assert_eq!(
            slug_name(
                "strait_of_hormuz",
                &[("Hormuz", false), ("Strait of Hormuz", false)]
            ),
            Some("Strait of Hormuz")
        );
    }

    #[test]
    fn every_place_row_is_well_formed() {
        let langs = [
            "en", "it", "fr", "de", "es", "pt", "nl", "ru", "uk", "pl", "cs", "sv", "zh", "ja",
        ];
        let kinds = ["city", "region", "continent", "water", "mountain", "area"];
        let mut n = 0;
        for r in place_rows() {
            assert!(langs.contains(&r.lang), "{}: lang {}", r.id, r.lang);
            assert!(kinds.contains(&r.kind), "{}: type {}", r.id, r.kind);
            assert!(r.country.is_empty() || r.country.len() == 2, "{}", r.id);
            n += 1;
        }
        assert!(n > 5_000, "{n} place rows");
    }
}

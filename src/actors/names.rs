//! Names found by rules, and the resolution of a document's mentions.
//!
//! For scripts with letter case, a candidate is a run of capitalised words
//! in one sentence, with only spaces between them (or the period of an
//! initial), and with name particles inside (`von der`, `bin`, `da`). The
//! run is split at titles and roles ("EU Commission President Ursula von der
//! Leyen" → "EU Commission" + "Ursula von der Leyen"), loses leading stop
//! words and sentence-initial words that the document also writes in
//! lowercase, and is typed, in this order, by organisation markers, place
//! markers, person evidence (a title or role before it, a role in
//! apposition after it, a known given name), the common noun before it, an
//! acronym, a place preposition. Runs of two or more words without other
//! evidence are persons; single words are linked to a person of the same
//! document whose last name they are, or else kept as `other`.

use super::lexicon::{LexMatch, Matcher};
use super::rules::ActorRules;
use super::{name_lists, ActorKind, ActorsConfig, Mention, Origin, Tok};
use crate::tokenize::{Span, TokenKind};

/// Time zone abbreviations, capitalised in every language and never actors.
const TIME_ZONES: &[&str] = &[
    "utc", "gmt", "cet", "cest", "eet", "eest", "wet", "west", "msk", "est", "edt", "cst", "cdt",
    "mst", "mdt", "pst", "pdt", "bst", "ist", "jst", "kst",
];

/// How sure the rules are of a candidate's kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Evidence {
    /// Nothing but capitals.
    Weak,
    /// A marker, title, role or given name.
    Strong,
}

#[derive(Debug, Clone)]
struct Cand {
    first: usize,
    last: usize,
    kind: ActorKind,
    evidence: Evidence,
}

fn is_cased(s: &str) -> bool {
    s.chars().any(|c| c.is_uppercase() || c.is_lowercase())
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// True when folded `word` is a known given name, or an inflected form of
/// one in languages that inflect names ("сергеем" of "сергеи").
fn is_given_name(rules: &ActorRules, word: &str) -> bool {
    let given = &name_lists().given;
    if given.contains(word) {
        return true;
    }
    let s = &rules.sets;
    s.name_suffixes.iter().chain(&s.stem_endings).any(|x| {
        word.strip_suffix(x.as_str()).is_some_and(|stem| {
            stem.chars().count() >= 2
                && (given.contains(stem)
                    || s.stem_endings
                        .iter()
                        .any(|e| given.contains(format!("{stem}{e}").as_str())))
        })
    })
}

/// `II`, `III`, `IV`, ... as in "Giovanni Paolo II".
fn is_roman_numeral(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

fn is_all_upper(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_uppercase() {
            letters += 1;
        }
    }
    letters >= 2
}

/// True when the text between two tokens allows them in one name.
fn joinable_gap(gap: &str, prev_surface: &str) -> bool {
    if gap.chars().all(|c| c == ' ' || c == '\u{00A0}') && !gap.is_empty() {
        return true;
    }
    // An initial: "J. Doe".
    let initial = prev_surface.chars().count() == 1 && starts_upper(prev_surface);
    initial && gap.starts_with('.') && gap[1..].chars().all(|c| c == ' ') && gap.len() > 1
}

struct Ctx<'a> {
    text: &'a str,
    toks: &'a [Tok],
    rules: &'a ActorRules,
    /// Folded words the document writes in lowercase somewhere.
    lower_seen: foldhash::HashSet<&'a str>,
    german: bool,
}

impl Ctx<'_> {
    fn surface(&self, i: usize) -> &str {
        self.toks[i].span.text(self.text)
    }

    fn gap(&self, i: usize) -> &str {
        // Text between token i and token i + 1.
        &self.text[self.toks[i].span.byte_end..self.toks[i + 1].span.byte_start]
    }

    fn same_sentence(&self, i: usize, j: usize) -> bool {
        self.toks[i].sentence == self.toks[j].sentence
    }

    fn is_stop(&self, f: &str) -> bool {
        self.rules.sets.stops.contains(f)
    }

    /// An organisation or place marker. The stop lists of some languages
    /// hold such nouns ("consiglio"); a marker is never stripped as a stop
    /// word.
    fn is_marker(&self, f: &str) -> bool {
        let s = &self.rules.sets;
        s.org_markers.contains(f) || s.place_markers.contains(f)
    }

    fn is_role(&self, i: usize) -> bool {
        let f = self.toks[i].folded.as_str();
        let s = &self.rules.sets;
        s.roles.contains(f)
            || s.titles.contains(f)
            || (starts_upper(self.surface(i)) && ActorRules::ends_with_any(f, &s.role_suffixes))
    }

    /// The first word of its sentence, or right after an opening quote,
    /// a colon or a dash.
    fn sentence_initial(&self, i: usize) -> bool {
        if i == 0 || !self.same_sentence(i - 1, i) {
            return true;
        }
        let gap = self.gap(i - 1);
        gap.chars().any(|c| {
            matches!(
                c,
                ':' | '"' | '«' | '“' | '„' | '—' | '–' | '(' | '\'' | '‘'
            )
        })
    }

    fn capish(&self, i: usize, headline: bool) -> bool {
        let t = &self.toks[i];
        if t.kind != TokenKind::Word {
            return false;
        }
        let s = self.surface(i);
        if !starts_upper(s) {
            return false;
        }
        !(headline && is_all_upper(s))
    }

    /// Articles that join a name only after another particle: "von der
    /// Leyen", "de la Vega", but not "Angaben der Polizei".
    fn is_secondary_particle(&self, i: usize) -> bool {
        matches!(
            self.toks[i].folded.as_str(),
            "der"
                | "den"
                | "des"
                | "das"
                | "dem"
                | "die"
                | "la"
                | "le"
                | "les"
                | "las"
                | "los"
                | "het"
        )
    }

    fn is_particle(&self, i: usize) -> bool {
        let s = self.surface(i);
        !starts_upper(s)
            && self
                .rules
                .sets
                .particles
                .contains(self.toks[i].folded.as_str())
    }
}

/// Resolves the lexicon matches and the rule candidates of a document into
/// its mentions.
pub(super) fn resolve(
    text: &str,
    toks: &[Tok],
    lang: Option<&str>,
    rules: &ActorRules,
    lex: &[LexMatch],
    matcher: &Matcher,
    config: &ActorsConfig,
) -> Vec<Mention> {
    let lower_seen = toks
        .iter()
        .filter(|t| t.kind == TokenKind::Word && is_cased(&t.folded))
        .filter(|t| {
            !t.span
                .text(text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        })
        .map(|t| t.folded.as_str())
        .collect();
    let ctx = Ctx {
        text,
        toks,
        rules,
        lower_seen,
        german: lang == Some("de"),
    };
    // Lexicon matches: an ambiguous built-in alias inside a longer run of
    // capitalised words is part of that name, not the place; so is a place
    // right after a known given name ("Whitney Houston", "Paris Hilton" has
    // the given name first too).
    let keep: Vec<bool> = lex
        .iter()
        .map(|m| {
            !(m.ambiguous && inside_longer_name(&ctx, m)
                || m.geo && config.detect && after_given_name(&ctx, m)
                || m.geo && config.detect && after_org_marker(&ctx, m))
        })
        .collect();
    let mut taken = vec![false; toks.len()];
    for (m, _) in lex.iter().zip(&keep).filter(|(_, k)| **k) {
        for t in &mut taken[m.first..=m.last] {
            *t = true;
        }
    }
    let cands = if config.detect {
        candidates(&ctx, &taken)
    } else {
        Vec::new()
    };

    let mut out: Vec<Mention> = Vec::new();
    for (m, _) in lex.iter().zip(&keep).filter(|(_, k)| **k) {
        let t = &matcher.targets[m.target as usize];
        out.push(Mention {
            key: t.id.clone(),
            name: t.name.clone(),
            kind: t.kind,
            surface: span_of(toks, m.first, m.last),
            sentence: toks[m.first].sentence,
            paragraph: toks[m.first].paragraph,
            token: m.first,
            origin: if m.geo {
                Origin::Geography
            } else {
                Origin::Lexicon
            },
        });
    }

    // Words the document capitalises inside a sentence.
    let cap_inside: foldhash::HashSet<&str> = (0..toks.len())
        .filter(|&i| ctx.capish(i, false) && !ctx.sentence_initial(i))
        .map(|i| toks[i].folded.as_str())
        .collect();
    // Full names of persons in the document, for linking short forms.
    let lists = name_lists();
    let key_of = |c: &Cand| -> String {
        (c.first..=c.last)
            .map(|i| toks[i].folded.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    // Each distinct full name once, at its first occurrence (so that the
    // linking below stays linear in long documents).
    let mut seen_full: foldhash::HashSet<String> = Default::default();
    let full: Vec<&Cand> = cands
        .iter()
        .filter(|c| c.kind == ActorKind::Person && c.last > c.first)
        .filter(|c| seen_full.insert(key_of(c)))
        .collect();
    let name_of = |c: &Cand| -> String { span_of(toks, c.first, c.last).text(text).to_string() };
    // An inflected full name ("Сергеем Лавровым") is the full name of the
    // document whose words are its base forms ("Сергей Лавров").
    let canon = |c: &'_ Cand| -> Option<&Cand> {
        let n = c.last - c.first;
        full.iter().copied().find(|q| {
            q.last - q.first == n
                && (0..=n).all(|i| {
                    let (a, b) = (
                        toks[c.first + i].folded.as_str(),
                        toks[q.first + i].folded.as_str(),
                    );
                    rules.is_inflection_of(a, b)
                })
                && (0..=n).any(|i| toks[c.first + i].folded != toks[q.first + i].folded)
        })
    };
    for c in &cands {
        // German capitalises every noun: runs without evidence are mostly
        // common nouns ("Angaben Polizei", "Milliarden Dollar").
        if ctx.german && c.evidence == Evidence::Weak && c.last > c.first {
            continue;
        }
        let mut kind = c.kind;
        let base = if kind == ActorKind::Person && c.last > c.first {
            canon(c).unwrap_or(c)
        } else {
            c
        };
        let (mut key, mut name) = (key_of(base), name_of(base));
        if c.first == c.last && kind != ActorKind::Organisation && kind != ActorKind::Place {
            let f = toks[c.first].folded.as_str();
            // A surname (or, for family-first names, the family name) of a
            // full name of the document: the base form first, then any form
            // of the same stem ("Лавров" after "Сергеем Лавровым").
            let last_of = |p: &&&Cand| toks[p.last].folded.as_str();
            let link = full
                .iter()
                .find(|p| {
                    let first = toks[p.first].folded.as_str();
                    rules.is_inflection_of(f, last_of(p))
                        || (lists.family_first.contains(first) && f == first)
                })
                .or_else(|| full.iter().find(|p| rules.same_name(f, last_of(p))));
            if let Some(p) = link {
                let p = canon(p).unwrap_or(p);
                kind = ActorKind::Person;
                key = key_of(p);
                name = name_of(p);
            } else if c.evidence == Evidence::Weak {
                // A word the document also writes in lowercase is a common
                // noun capitalised for emphasis or in a title ("il
                // Festival", "the Budget").
                // A lone sentence-initial word the document never writes
                // capitalised inside a sentence is as likely a common word
                // ("Experts", "Эксперты") as a name.
                if ctx.german
                    || ctx.lower_seen.contains(f)
                    || (ctx.sentence_initial(c.first) && !cap_inside.contains(f))
                {
                    continue;
                }
                kind = ActorKind::Other;
            }
        }
        out.push(Mention {
            key,
            name,
            kind,
            surface: span_of(toks, c.first, c.last),
            sentence: toks[c.first].sentence,
            paragraph: toks[c.first].paragraph,
            token: c.first,
            origin: Origin::Rules,
        });
    }
    out.sort_by_key(|m| (m.surface.byte_start, m.surface.byte_end));
    type_lists(text, &mut out);
    out
}

/// Lists: in "Jiménez ( 13 ) , Alfonso Reyes ( 9 ) , Vandiver ( 12 )" or
/// "Clinton and Yeltsin", untyped names listed with persons are persons;
/// likewise with places or organisations, when the list has one kind.
/// Consecutive mentions of one sentence form a list when only separators,
/// a conjunction and parenthesised asides stand between them.
fn type_lists(text: &str, out: &mut [Mention]) {
    let linked = |a: &Mention, b: &Mention| -> bool {
        if a.sentence != b.sentence || b.surface.byte_start < a.surface.byte_end {
            return false;
        }
        let gap = &text[a.surface.byte_end..b.surface.byte_start];
        if gap.len() > 60 {
            return false;
        }
        let mut depth = 0usize;
        let mut bare = String::new();
        for c in gap.chars() {
            match c {
                '(' | '[' => depth += 1,
                ')' | ']' => depth = depth.saturating_sub(1),
                _ if depth == 0 => bare.push(c),
                _ => {}
            }
        }
        let mut separated = false;
        for w in bare.split(|c: char| c.is_whitespace() || c == ',' || c == ';') {
            if w.is_empty() {
                continue;
            }
            if !LIST_CONJUNCTIONS.contains(&w.to_lowercase().as_str()) {
                return false;
            }
            separated = true;
        }
        separated || bare.contains(',') || bare.contains(';')
    };
    let mut start = 0;
    while start < out.len() {
        let mut end = start;
        while end + 1 < out.len() && linked(&out[end], &out[end + 1]) {
            end += 1;
        }
        let chain = &mut out[start..=end];
        let mut kinds = chain
            .iter()
            .map(|m| m.kind)
            .filter(|k| *k != ActorKind::Other);
        if let Some(first) = kinds.next() {
            if chain.len() >= 2 && kinds.all(|k| k == first) {
                for m in chain.iter_mut().filter(|m| m.kind == ActorKind::Other) {
                    m.kind = first;
                }
            }
        }
        start = end + 1;
    }
}

/// Conjunctions that join the items of a list, in the supported languages.
const LIST_CONJUNCTIONS: &[&str] = &[
    "and", "or", "y", "e", "o", "u", "i", "und", "oder", "en", "of", "et", "ou", "och", "eller",
    "a", "и", "або", "і", "й", "lub", "oraz", "nebo", "ani",
];

fn span_of(toks: &[Tok], first: usize, last: usize) -> Span {
    let (a, b) = (toks[first].span, toks[last].span);
    Span {
        byte_start: a.byte_start,
        byte_end: b.byte_end,
        char_start: a.char_start,
        char_end: b.char_end,
    }
}

/// True when the match directly follows a capitalised, unambiguous given
/// name in the same sentence.
fn after_given_name(ctx: &Ctx<'_>, m: &LexMatch) -> bool {
    if m.first == 0 || !ctx.same_sentence(m.first - 1, m.first) {
        return false;
    }
    let k = m.first - 1;
    let f = ctx.toks[k].folded.as_str();
    let lists = name_lists();
    ctx.capish(k, false)
        && joinable_gap(ctx.gap(k), ctx.surface(k))
        && lists.given.contains(f)
        && !lists.ambiguous.contains(f)
}

/// True when the match follows a capitalised organisation marker, directly
/// or over one particle: "Agência Brasil", "Banco do Brasil", "Bank of
/// England" are organisations, not the country.
fn after_org_marker(ctx: &Ctx<'_>, m: &LexMatch) -> bool {
    let Some(mut k) = m.first.checked_sub(1) else {
        return false;
    };
    if ctx.is_particle(k) && k > 0 && joinable_gap(ctx.gap(k), ctx.surface(k)) {
        k -= 1;
    }
    ctx.same_sentence(k, m.first)
        && ctx.capish(k, false)
        && joinable_gap(ctx.gap(k), ctx.surface(k))
        && ctx
            .rules
            .sets
            .org_markers
            .contains(ctx.toks[k].folded.as_str())
}

fn inside_longer_name(ctx: &Ctx<'_>, m: &LexMatch) -> bool {
    let n = ctx.toks.len();
    let before = m.first > 0
        && ctx.same_sentence(m.first - 1, m.first)
        && ctx.capish(m.first - 1, false)
        && !ctx.sentence_initial(m.first - 1)
        && joinable_gap(ctx.gap(m.first - 1), ctx.surface(m.first - 1))
        && !ctx.is_role(m.first - 1);
    let after = m.last + 1 < n
        && ctx.same_sentence(m.last, m.last + 1)
        && ctx.capish(m.last + 1, false)
        && joinable_gap(ctx.gap(m.last), ctx.surface(m.last));
    before || after
}

/// The rule candidates of the document, in order.
fn candidates(ctx: &Ctx<'_>, taken: &[bool]) -> Vec<Cand> {
    let toks = ctx.toks;
    let mut out = Vec::new();
    let mut i = 0usize;
    while i < toks.len() {
        // Sentence bounds and headline test.
        let s = toks[i].sentence;
        let mut end = i;
        while end + 1 < toks.len() && toks[end + 1].sentence == s {
            end += 1;
        }
        if !is_cased(&toks[i].folded) && toks[i].kind == TokenKind::CjkWord {
            i = end + 1;
            continue;
        }
        let words: Vec<usize> = (i..=end)
            .filter(|&k| toks[k].kind == TokenKind::Word && toks[k].folded.chars().count() >= 2)
            .collect();
        let upper = words
            .iter()
            .filter(|&&k| is_all_upper(ctx.surface(k)))
            .count();
        let headline = words.len() >= 3 && upper * 2 >= words.len();
        sentence_candidates(ctx, taken, i, end, headline, &mut out);
        i = end + 1;
    }
    out
}

fn sentence_candidates(
    ctx: &Ctx<'_>,
    taken: &[bool],
    start: usize,
    end: usize,
    headline: bool,
    out: &mut Vec<Cand>,
) {
    let mut i = start;
    while i <= end {
        if taken[i] || !ctx.capish(i, headline) {
            i += 1;
            continue;
        }
        // Extend the run.
        let mut j = i;
        loop {
            if j + 1 > end {
                break;
            }
            if !taken[j + 1]
                && ctx.capish(j + 1, headline)
                && joinable_gap(ctx.gap(j), ctx.surface(j))
            {
                j += 1;
                continue;
            }
            // Particles: "von der Leyen", "bin Salman".
            let mut k = j + 1;
            while k <= end
                && ctx.is_particle(k)
                && !(k == j + 1 && ctx.is_secondary_particle(k))
                && joinable_gap(ctx.gap(k - 1), ctx.surface(k - 1))
            {
                k += 1;
            }
            if k > j + 1
                && k <= end
                && !taken[k]
                && ctx.capish(k, headline)
                && joinable_gap(ctx.gap(k - 1), ctx.surface(k - 1))
            {
                j = k;
                continue;
            }
            break;
        }
        split_run(ctx, i, j, false, out);
        i = j + 1;
    }
}

/// Splits a run at titles and roles, trims it, and types the parts.
fn split_run(ctx: &Ctx<'_>, mut a: usize, b: usize, mut cue: bool, out: &mut Vec<Cand>) {
    // Leading titles, roles, stop words and sentence-initial common words.
    while a <= b {
        let f = ctx.toks[a].folded.as_str();
        if ctx.is_role(a) {
            cue = true;
            a += 1;
        } else if ctx.rules.sets.not_names.contains(f)
            || (ctx.is_stop(f) && !ctx.is_marker(f))
            || (ctx.sentence_initial(a) && ctx.lower_seen.contains(f))
        {
            a += 1;
        } else {
            break;
        }
    }
    if a > b {
        return;
    }
    // A role inside: "EU Commission President Ursula von der Leyen".
    if let Some(k) = (a + 1..b).rev().find(|&k| ctx.is_role(k)) {
        split_run(ctx, a, k - 1, false, out);
        split_run(ctx, k + 1, b, true, out);
        return;
    }
    // A name, a particle and an institution: "Hans Tietmeyer della Banca
    // Centrale Europea" is two names.
    if let Some(p) = (a + 1..b).find(|&p| {
        ctx.is_particle(p)
            && ctx.is_marker(&ctx.toks[p + 1].folded)
            && !(a..p).any(|k| ctx.is_marker(&ctx.toks[k].folded))
    }) {
        split_run(ctx, a, p - 1, cue, out);
        split_run(ctx, p + 1, b, false, out);
        return;
    }
    // A full name after another name: "Presidente del Consiglio Mario
    // Monti", "Ministro delle Riforme Vannino Chiti".
    let lists = name_lists();
    let given = |k: usize| {
        let f = ctx.toks[k].folded.as_str();
        lists.given.contains(f) && !lists.ambiguous.contains(f)
    };
    if let Some(k) = (a + 1..b).find(|&k| {
        given(k)
            && !given(k - 1)
            && !ctx.is_particle(k - 1)
            && ctx.capish(k + 1, false)
            && !ctx.toks[k - 1].folded.ends_with('.')
            && ctx.surface(k - 1).chars().count() > 1
    }) {
        split_run(ctx, a, k - 1, cue, out);
        split_run(ctx, k, b, true, out);
        return;
    }
    let mut b = b;
    while b > a && ctx.is_particle(b) {
        b -= 1;
    }
    // A lone capital letter is no name ("R & B"), nor is a time zone.
    if a == b
        && (ctx.surface(a).chars().count() == 1
            || TIME_ZONES.contains(&ctx.toks[a].folded.as_str()))
    {
        return;
    }
    // In German a marker alone is a common noun ("der Konzern", "die Armee").
    if a == b && ctx.german && ctx.is_marker(&ctx.toks[a].folded) && !is_all_upper(ctx.surface(a)) {
        return;
    }
    // The portfolio of a role: "ministro della Difesa", "minister van
    // Buitenlandse Zaken" (not a person's name: "il ministro di Mario Rossi"
    // does not occur, and a given name in front keeps a person).
    if portfolio(ctx, a) && !(a < b && name_lists().given.contains(ctx.toks[a].folded.as_str())) {
        out.push(Cand {
            first: a,
            last: b,
            kind: ActorKind::Organisation,
            evidence: Evidence::Strong,
        });
        return;
    }
    out.push(type_run(ctx, a, b, cue));
}

/// A capitalised word after a role and a lowercase connector is the
/// organisation the role belongs to: "ministro della Difesa", "CEO of Apple".
fn portfolio(ctx: &Ctx<'_>, a: usize) -> bool {
    if a < 2 || !ctx.same_sentence(a - 2, a) {
        return false;
    }
    let connector = |k: usize| {
        let s = ctx.surface(k);
        !starts_upper(s) && s.chars().count() <= 5 && ctx.toks[k].kind == TokenKind::Word
    };
    let k = a - 1;
    connector(k) && joinable_gap(ctx.gap(k), ctx.surface(k)) && ctx.is_role(k - 1)
        || (k >= 2 && connector(k) && connector(k - 1) && ctx.is_role(k - 2))
}

/// The tokens that may be the common noun of a name at `a`: the word just
/// before, and the word before a short connector and a lowercase word
/// ("agenzia di stampa", "news agency" has no connector and is covered by
/// the word just before).
fn noun_before(ctx: &Ctx<'_>, a: usize) -> [Option<usize>; 2] {
    let lower_word = move |k: usize| {
        ctx.toks[k].kind == TokenKind::Word
            && ctx.same_sentence(k, a)
            && !starts_upper(ctx.surface(k))
            && joinable_gap(ctx.gap(k), ctx.surface(k))
    };
    let near = (a > 0 && ctx.same_sentence(a - 1, a)).then(|| a - 1);
    let far = (a >= 3
        && lower_word(a - 1)
        && lower_word(a - 2)
        && ctx.surface(a - 2).chars().count() <= 3
        && lower_word(a - 3))
    .then(|| a - 3);
    [near, far]
}

fn type_run(ctx: &Ctx<'_>, a: usize, b: usize, cue: bool) -> Cand {
    let s = &ctx.rules.sets;
    let toks = ctx.toks;
    let lists = name_lists();
    let folded = |i: usize| toks[i].folded.as_str();
    let cand = |kind, evidence| Cand {
        first: a,
        last: b,
        kind,
        evidence,
    };
    let words = a..=b;
    // Markers inside the run.
    if words.clone().any(|i| {
        s.org_markers.contains(folded(i))
            || (ctx.capish(i, false) && ActorRules::ends_with_any(folded(i), &s.org_suffixes))
    }) {
        return cand(ActorKind::Organisation, Evidence::Strong);
    }
    if words.clone().any(|i| {
        s.place_markers.contains(folded(i))
            || (ctx.capish(i, false) && ActorRules::ends_with_any(folded(i), &s.place_suffixes))
    }) {
        return cand(ActorKind::Place, Evidence::Strong);
    }
    let first = folded(a);
    // Ambiguous given names ("Frans", "May", "Rose") count only at the head
    // of a longer name.
    let given = (is_given_name(ctx.rules, first) || (a < b && lists.ambiguous.contains(first)))
        && !ctx.lower_seen.contains(first);
    // The common noun before: "la società Eni", or with a lowercase
    // complement, "l'agenzia di stampa Interfax". A place noun does not
    // outweigh a known given name heading a longer name ("Prezydent miasta
    // Ewa Nowicka": the mayor of the city).
    for noun in noun_before(ctx, a).into_iter().flatten() {
        let p = folded(noun);
        if s.org_nouns.contains(p) {
            return cand(ActorKind::Organisation, Evidence::Strong);
        }
        if s.place_nouns.contains(p) && !(given && b > a) {
            return cand(ActorKind::Place, Evidence::Strong);
        }
    }
    // Person evidence: a title or role shortly before (within the sentence,
    // over modifiers: "il ministro della Difesa russo, Sergei Shoigu").
    // A role before the name: right before it ("Minister Laura Bennett"),
    // over lowercase modifiers ("il ministro russo Sergei Shoigu"), or with
    // a comma before the name ("il ministro della Difesa russo, Sergei
    // Shoigu"). Not over a connector ("el alcalde de Badajoz" names a
    // place), and honorifics only right before ("seine Frau und die Kinder").
    let connector = |k: usize| {
        let t = &toks[k];
        t.kind == TokenKind::Word && t.folded.chars().count() <= 3 && !starts_upper(ctx.surface(k))
    };
    let comma_before = a > 0 && ctx.gap(a - 1).contains(',');
    let before_role = (a.saturating_sub(6)..a)
        .rev()
        .take_while(|&k| ctx.same_sentence(k, a))
        .any(|k| {
            if !ctx.is_role(k) {
                return false;
            }
            if k + 1 == a {
                return true;
            }
            if s.titles.contains(folded(k)) && !s.roles.contains(folded(k)) {
                return false;
            }
            let lowercase_between = (k + 1..a)
                .all(|m| toks[m].kind == TokenKind::Word && !starts_upper(ctx.surface(m)));
            comma_before || (lowercase_between && !connector(a - 1))
        });
    // A role in apposition after: "Adrienne Watson, portavoce del ...".
    let after_role = b + 1 < toks.len()
        && ctx.same_sentence(b, b + 1)
        && ctx.gap(b).contains(',')
        && (b + 1..(b + 4).min(toks.len()))
            .take_while(|&k| ctx.same_sentence(b, k))
            .any(|k| ctx.is_role(k));
    let title_after =
        b + 1 < toks.len() && s.title_suffixes.iter().any(|t| toks[b + 1].folded == *t);
    // A verb of saying right before ("añadió Viana Baptista", "según
    // Cabrera"), or after a name of two words or more ("Díez Canseco
    // señaló"); organisations speak too ("Reuters said"), so one word
    // before the verb is not enough.
    let speech = (a > 0 && ctx.same_sentence(a - 1, a) && s.speech_verbs.contains(folded(a - 1)))
        || (b > a
            && b + 1 < toks.len()
            && ctx.same_sentence(b, b + 1)
            && s.speech_verbs.contains(folded(b + 1))
            && !ctx.gap(b).contains(['.', ';', ':']));
    let family = b > a && lists.family_first.contains(first);
    if cue || before_role || after_role || title_after || speech || ((given || family) && b > a) {
        return cand(ActorKind::Person, Evidence::Strong);
    }
    let surface = ctx.surface(a);
    if a == b && is_all_upper(surface) && surface.chars().count() <= 6 {
        return cand(ActorKind::Organisation, Evidence::Strong);
    }
    if a == b
        && a > 0
        && ctx.same_sentence(a - 1, a)
        && s.place_prepositions.contains(folded(a - 1))
        && !ctx.toks[a - 1]
            .span
            .text(ctx.text)
            .starts_with(char::is_uppercase)
    {
        return cand(ActorKind::Place, Evidence::Strong);
    }
    if b > a {
        // "Jurado Nacional de Elecciones", "Ordine dei Servi di Maria": a run
        // with a connector inside and no known given name in front names an
        // institution more often than a person.
        let connected = (a + 1..b).any(|k| ctx.is_particle(k));
        // "J. Smith", "Н. Н. Вертинской": initials before a name.
        let initial = ctx.surface(a).chars().count() == 1
            && ctx.text[ctx.toks[a].span.byte_end..].starts_with('.');
        let latin = ctx
            .surface(a)
            .chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(|c| (c as u32) < 0x0370);
        // An acronym inside ("BNP Paribas", "KBC Securities"): a company or
        // an institution; persons have initials, not acronyms.
        let acronym = (a..=b).any(|k| {
            let w = ctx.surface(k);
            is_all_upper(w) && !is_roman_numeral(w) && !w.contains('.')
        });
        let kind = if (connected || acronym) && !given && !family {
            ActorKind::Organisation
        } else if given || family || initial || ctx.rules.lang.is_empty() || !latin {
            ActorKind::Person
        } else {
            // No given name the lists know: as often a company, a club, a
            // title or a place as a person ("Norwich City", "Wall Street").
            // Languages without rules, and Cyrillic, keep the old default
            // (person): the lists hold few foreign given names in Cyrillic
            // ("Орсоном Уэллсом", "Хамида Карзая").
            ActorKind::Other
        };
        return cand(kind, Evidence::Weak);
    }
    if given {
        return cand(ActorKind::Person, Evidence::Weak);
    }
    cand(ActorKind::Other, Evidence::Weak)
}

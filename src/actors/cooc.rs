//! Mentions, actors and their co-occurrence over a corpus, in one pass.
//!
//! Each worker keeps mergeable partials: per actor key its mentions,
//! documents and surface forms; per group the number of units (sentences,
//! paragraphs, documents or mentions for token windows), the units each
//! actor occurs in, and the units each pair of distinct actors shares.
//! Finalizing merges keys across documents (a lone surname into the one
//! full name it abbreviates; an inflected form into its base form), then
//! computes the association measures.
//!
//! Measures, with `n` units in the group, `a` and `b` the units of each
//! actor and `ab` the shared ones: `pmi = ln(ab·n / (a·b))`,
//! `npmi = pmi / −ln(ab / n)`, `dice = 2ab / (a + b)`, and `g2` the
//! log-likelihood ratio of the 2×2 table. For token windows the unit is a
//! mention: `a` counts the mentions of an actor, `ab` the pairs of mentions
//! at most `window` tokens apart, and `n` all mentions.

use std::collections::BTreeSet;

use compact_str::CompactString;

use foldhash::{HashMap, HashMapExt};
use rayon::prelude::*;

use super::{ActorDetector, ActorKind, DocMentions, Mention, Origin};
use crate::corpus::{Corpus, Report};
use crate::count::g2_2x2;
use crate::error::{Error, Result};
use crate::group::{key_of, parse_by, GroupBy, GroupKey};
use crate::run::{run, DocView, RunOptions};

/// The unit within which two actors co-occur.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Unit {
    /// The same sentence (default).
    #[default]
    Sentence,
    /// The same paragraph.
    Paragraph,
    /// The same document.
    Document,
    /// At most this many word tokens apart.
    Window(usize),
}

impl Unit {
    /// Parses `"sentence"`, `"paragraph"`, `"document"` or a window size.
    pub fn parse(s: &str) -> Result<Unit> {
        Ok(match s {
            "sentence" => Unit::Sentence,
            "paragraph" => Unit::Paragraph,
            "document" => Unit::Document,
            n => match n.parse::<usize>() {
                Ok(n) if n > 0 => Unit::Window(n),
                _ => {
                    return Err(Error::invalid_config(format!(
                        "window must be \"sentence\", \"paragraph\", \"document\" or a \
                         positive number of tokens, not {s:?}"
                    )))
                }
            },
        })
    }

    /// The name used in frames.
    pub fn name(self) -> String {
        match self {
            Unit::Sentence => "sentence".into(),
            Unit::Paragraph => "paragraph".into(),
            Unit::Document => "document".into(),
            Unit::Window(n) => n.to_string(),
        }
    }
}

/// Options of [`analyze`].
#[derive(Debug, Clone, PartialEq)]
pub struct CoocConfig {
    /// Co-occurrence unit.
    pub unit: Unit,
    /// Grouping of the co-occurrence table (as for terms: `month`, `lang`,
    /// `source`, any metadata field).
    pub by: Vec<String>,
    /// Keep pairs that co-occur at least this often in their group.
    pub min_count: u64,
    /// Only actors of these kinds take part (all when empty).
    pub kinds: Vec<ActorKind>,
    /// Keep every mention for the `mentions` table.
    pub keep_mentions: bool,
}

impl Default for CoocConfig {
    fn default() -> Self {
        CoocConfig {
            unit: Unit::Sentence,
            by: Vec::new(),
            min_count: 1,
            kinds: Vec::new(),
            keep_mentions: true,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub(crate) struct ActorAcc {
    pub(crate) kinds: [u64; 4],
    pub(crate) mentions: u64,
    pub(crate) docs: u64,
    /// Surface forms and their counts.
    pub(crate) surfaces: Forms,
    /// Full names and their counts.
    pub(crate) names: Forms,
    pub(crate) origin: Option<Origin>,
}

impl ActorAcc {
    fn merge(&mut self, o: &ActorAcc) {
        for (x, y) in self.kinds.iter_mut().zip(o.kinds) {
            *x += y;
        }
        self.mentions += o.mentions;
        self.docs += o.docs;
        for (s, n) in o.surfaces.iter() {
            self.surfaces.add(s, n);
        }
        for (s, n) in o.names.iter() {
            self.names.add(s, n);
        }
        self.origin = first_origin(self.origin, o.origin);
    }
}

/// The origin an actor found in both ways reports: the first in [`Origin`]'s
/// order, so that it does not depend on the order partials are merged in.
pub(crate) fn first_origin(a: Option<Origin>, b: Option<Origin>) -> Option<Origin> {
    a.into_iter().chain(b).min()
}

/// Forms (surfaces or names) of one actor and their counts, sorted by form
/// (also the names of a speaker in share of voice).
///
/// MEMORY: most actors have one to three forms; a sorted vector of inline
/// strings costs a few dozen bytes where an ordered map cost a node of
/// eleven entries (~370 bytes) per actor and form kind.
#[derive(Debug, Clone, Default)]
pub(crate) struct Forms(Vec<(CompactString, u64)>);

impl Forms {
    /// Adds `n` to `form`.
    pub(crate) fn add(&mut self, form: &str, n: u64) {
        match self.0.binary_search_by(|(f, _)| f.as_str().cmp(form)) {
            Ok(i) => self.0[i].1 += n,
            Err(i) => self.0.insert(i, (form.into(), n)),
        }
    }

    /// The forms and their counts, by form.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&str, u64)> + '_ {
        self.0.iter().map(|(f, n)| (f.as_str(), *n))
    }

    /// The most frequent form (ties: the smaller form).
    pub(crate) fn top(&self) -> Option<&str> {
        self.iter()
            .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0)))
            .map(|(s, _)| s)
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Pair {
    pub(crate) units: u64,
    pub(crate) docs: u64,
}

/// Actor ids of one [`ActorCounts`]: indexes into its `actors`.
pub(crate) type ActorId = u32;

#[derive(Debug, Clone, Default)]
pub(crate) struct GroupAcc {
    pub(crate) units: u64,
    pub(crate) docs: u64,
    /// Units per actor.
    pub(crate) actors: HashMap<ActorId, u64>,
    /// Pairs by their ids, the smaller first.
    pub(crate) pairs: HashMap<(ActorId, ActorId), Pair>,
}

/// The two ids in order.
fn id_pair(a: ActorId, b: ActorId) -> (ActorId, ActorId) {
    (a.min(b), a.max(b))
}

/// Mergeable partial results of [`analyze`].
///
/// MEMORY: actor keys are interned: each key is stored once (with its
/// counts), and the per-group tables count small integer ids. With string
/// keys, counting actors by month over the benchmark corpus (215 k actors,
/// 1.1 M pairs) ended with ~950 MB resident against ~550 MB now.
#[derive(Debug, Clone, Default)]
pub struct ActorCounts {
    /// Per id: the actor key and its counts.
    pub(crate) actors: Vec<(CompactString, ActorAcc)>,
    /// The id of each key.
    pub(crate) ids: HashMap<CompactString, ActorId>,
    pub(crate) groups: HashMap<GroupKey, GroupAcc>,
    pub(crate) mentions: Vec<(u64, String, String, Mention)>,
    /// The first document (in input order) whose external mentions were
    /// invalid, and the error.
    pub(crate) error: Option<(u64, Error)>,
    /// Ids of the documents seen that have external mentions.
    pub(crate) external_seen: BTreeSet<String>,
}

impl ActorCounts {
    /// The id of `key`, added when new.
    pub(crate) fn id(&mut self, key: &str) -> ActorId {
        if let Some(&i) = self.ids.get(key) {
            return i;
        }
        // More than 4 billion distinct actors do not fit in memory anyway.
        let i = ActorId::try_from(self.actors.len()).expect("fewer than 2^32 actors");
        self.actors.push((key.into(), ActorAcc::default()));
        self.ids.insert(key.into(), i);
        i
    }

    /// Merges `other` into `self` (associative and commutative).
    pub fn merge(mut self, mut other: ActorCounts) -> ActorCounts {
        // PERF: re-key the smaller side.
        if other.actors.len() > self.actors.len() {
            std::mem::swap(&mut self, &mut other);
        }
        let remap: Vec<ActorId> = other
            .actors
            .iter()
            .map(|(k, a)| {
                let i = self.id(k);
                self.actors[i as usize].1.merge(a);
                i
            })
            .collect();
        let at = |i: ActorId| remap[i as usize];
        for (k, o) in other.groups {
            let g = self.groups.entry(k).or_default();
            g.units += o.units;
            g.docs += o.docs;
            for (a, n) in o.actors {
                *g.actors.entry(at(a)).or_default() += n;
            }
            for ((a, b), n) in o.pairs {
                let e = g.pairs.entry(id_pair(at(a), at(b))).or_default();
                e.units += n.units;
                e.docs += n.docs;
            }
        }
        // The rows are sorted by document when finished.
        self.mentions.extend(other.mentions);
        self.error = match (self.error, other.error) {
            (Some(a), Some(b)) => Some(if b.0 < a.0 { b } else { a }),
            (a, b) => a.or(b),
        };
        self.external_seen.extend(other.external_seen);
        self
    }

    /// The key of an actor id.
    #[cfg(feature = "polars")]
    pub(crate) fn key(&self, i: ActorId) -> &str {
        &self.actors[i as usize].0
    }
}

fn kind_index(k: ActorKind) -> usize {
    match k {
        ActorKind::Person => 0,
        ActorKind::Organisation => 1,
        ActorKind::Place => 2,
        ActorKind::Other => 3,
    }
}

const KINDS: [ActorKind; 4] = [
    ActorKind::Person,
    ActorKind::Organisation,
    ActorKind::Place,
    ActorKind::Other,
];

/// Adds one document's mentions to `acc`.
#[allow(clippy::too_many_arguments)]
fn add_doc(
    acc: &mut ActorCounts,
    text: &str,
    group: GroupKey,
    seq: u64,
    doc_id: &str,
    n_sentences: usize,
    n_paragraphs: usize,
    mentions: Vec<Mention>,
    config: &CoocConfig,
) {
    let ms: Vec<(&Mention, ActorId)> = mentions
        .iter()
        .filter(|m| config.kinds.is_empty() || config.kinds.contains(&m.kind))
        .map(|m| (m, acc.id(&m.key)))
        .collect();
    for &(m, id) in &ms {
        let a = &mut acc.actors[id as usize].1;
        a.kinds[kind_index(m.kind)] += 1;
        a.mentions += 1;
        a.surfaces.add(m.surface.text(text), 1);
        a.names.add(&m.name, 1);
        a.origin = first_origin(a.origin, Some(m.origin));
    }
    let mut in_doc: Vec<ActorId> = ms.iter().map(|&(_, id)| id).collect();
    in_doc.sort_unstable();
    in_doc.dedup();
    for id in in_doc {
        acc.actors[id as usize].1.docs += 1;
    }
    let g = acc.groups.entry(group).or_default();
    g.docs += 1;
    // Units: sets of distinct actors per unit.
    let mut doc_pairs: Vec<(ActorId, ActorId)> = Vec::new();
    fn add_unit(ids: &mut Vec<ActorId>, g: &mut GroupAcc, doc_pairs: &mut Vec<(ActorId, ActorId)>) {
        ids.sort_unstable();
        ids.dedup();
        for &i in ids.iter() {
            *g.actors.entry(i).or_default() += 1;
        }
        for x in 0..ids.len() {
            for y in x + 1..ids.len() {
                // Sorted: `ids[x] < ids[y]`.
                g.pairs.entry((ids[x], ids[y])).or_default().units += 1;
                doc_pairs.push((ids[x], ids[y]));
            }
        }
    }
    match config.unit {
        Unit::Sentence | Unit::Paragraph | Unit::Document => {
            let (n_units, unit_of): (usize, fn(&Mention) -> usize) = match config.unit {
                Unit::Sentence => (n_sentences, |m| m.sentence),
                Unit::Paragraph => (n_paragraphs, |m| m.paragraph),
                _ => (1, |_| 0),
            };
            g.units += n_units.max(1) as u64;
            let mut i = 0;
            let mut ids: Vec<ActorId> = Vec::new();
            while i < ms.len() {
                let u = unit_of(ms[i].0);
                ids.clear();
                while i < ms.len() && unit_of(ms[i].0) == u {
                    ids.push(ms[i].1);
                    i += 1;
                }
                add_unit(&mut ids, g, &mut doc_pairs);
            }
        }
        Unit::Window(n) => {
            g.units += ms.len() as u64;
            for &(_, id) in &ms {
                *g.actors.entry(id).or_default() += 1;
            }
            for x in 0..ms.len() {
                for y in x + 1..ms.len() {
                    if ms[y].0.token.saturating_sub(ms[x].0.token) > n {
                        break;
                    }
                    if ms[x].1 != ms[y].1 {
                        let p = id_pair(ms[x].1, ms[y].1);
                        g.pairs.entry(p).or_default().units += 1;
                        doc_pairs.push(p);
                    }
                }
            }
        }
    }
    doc_pairs.sort_unstable();
    doc_pairs.dedup();
    for p in doc_pairs {
        g.pairs.entry(p).or_default().docs += 1;
    }
    if config.keep_mentions {
        for m in mentions {
            let surface = m.surface.text(text).to_string();
            acc.mentions.push((seq, doc_id.to_string(), surface, m));
        }
    }
}

/// One row of the `mentions` table.
#[derive(Debug, Clone, PartialEq)]
pub struct MentionRow {
    /// Document id.
    pub doc_id: String,
    /// Final actor id.
    pub actor_id: String,
    /// Canonical name of the actor.
    pub actor: String,
    /// The mention itself.
    pub mention: Mention,
    /// The mention as written.
    pub surface: String,
}

/// One row of the `actors` table.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorRow {
    /// Actor id: lexicon id, `geo:<ISO code>`, or the folded full name.
    pub actor_id: String,
    /// Canonical name.
    pub actor: String,
    /// Kind (the most frequent kind of its mentions).
    pub kind: ActorKind,
    /// Surface forms seen, most frequent first.
    pub aliases: Vec<String>,
    /// Keys merged into this actor across documents (itself included).
    pub merged: Vec<String>,
    /// Number of mentions.
    pub mentions: u64,
    /// Number of documents mentioning it.
    pub doc_count: u64,
    /// How its mentions were found (of several ways, the first in
    /// [`Origin`]'s order: lexicon, geography, rules, external).
    pub origin: Origin,
}

/// One row of the `cooccurrence` table.
#[derive(Debug, Clone, PartialEq)]
pub struct PairRow {
    /// Group values, one per `by` column.
    pub group: GroupKey,
    /// Actor ids, `actor_a < actor_b`.
    pub actor_a: String,
    /// Second actor.
    pub actor_b: String,
    /// Units (sentences, paragraphs, documents, or mention pairs for token
    /// windows) in which both occur.
    pub count: u64,
    /// Documents in which they co-occur.
    pub doc_count: u64,
    /// Pointwise mutual information.
    pub pmi: f64,
    /// Normalised PMI, in [-1, 1].
    pub npmi: f64,
    /// Dice coefficient.
    pub dice: f64,
    /// Log-likelihood ratio G².
    pub g2: f64,
}

/// Every table of an actor analysis.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ActorTables {
    /// Grouping columns of `pairs`.
    pub by: Vec<String>,
    /// One row per mention, in input order (empty unless kept).
    pub mentions: Vec<MentionRow>,
    /// One row per actor, by mentions (descending), then id.
    pub actors: Vec<ActorRow>,
    /// One row per group and pair, by group, then count (descending).
    pub pairs: Vec<PairRow>,
    /// Accounting of the run.
    pub report: Report,
}

/// Detects actors in every document and counts their co-occurrence.
///
/// ```
/// use presslens::actors::{ActorDetector, ActorsConfig, cooc::{analyze, CoocConfig}};
/// use presslens::corpus::{Corpus, Document};
/// use presslens::run::RunOptions;
/// let corpus = Corpus::from_documents(vec![
///     Document::new("a", "Vladimir Putin met Kim Jong-un. Putin spoke.").with_lang("en"),
/// ]);
/// let det = ActorDetector::new(&ActorsConfig::default(), None)?;
/// let t = analyze(&corpus, &det, &CoocConfig::default(), &RunOptions::default())?;
/// assert_eq!(t.pairs.len(), 1);
/// assert_eq!((t.pairs[0].actor_a.as_str(), t.pairs[0].actor_b.as_str()), ("kim jong un", "vladimir putin"));
/// # Ok::<(), presslens::Error>(())
/// ```
pub fn analyze(
    corpus: &Corpus,
    detector: &ActorDetector,
    config: &CoocConfig,
    opts: &RunOptions,
) -> Result<ActorTables> {
    let (counts, report) = count_actors(corpus, detector, config, opts)?;
    finalize(counts, config, report)
}

/// The counting pass of [`analyze`]: mergeable partials.
pub fn count_actors(
    corpus: &Corpus,
    detector: &ActorDetector,
    config: &CoocConfig,
    opts: &RunOptions,
) -> Result<(ActorCounts, Report)> {
    let by = parse_by(&config.by)?;
    let (counts, report) = run(
        corpus,
        opts,
        ActorCounts::default,
        |acc, view| match detector.detect_doc(&view.doc.id, &view.doc.text, view.lang) {
            Ok(doc) => count_doc(acc, view, &by, doc, detector, config),
            Err(e) => acc.fail(view.seq, e),
        },
        ActorCounts::merge,
    )?;
    Ok((counts.checked(detector)?, report))
}

impl ActorCounts {
    /// Keeps the error of the earliest document.
    pub(crate) fn fail(&mut self, seq: u64, e: Error) {
        if self.error.as_ref().is_none_or(|(s, _)| seq < *s) {
            self.error = Some((seq, e));
        }
    }

    /// The counts, or the error of the earliest failed document, or an
    /// error naming external mentions of documents that were never seen.
    pub(crate) fn checked(mut self, detector: &ActorDetector) -> Result<ActorCounts> {
        if let Some((_, e)) = self.error.take() {
            return Err(e);
        }
        if let Some(ext) = detector.external() {
            let mut missing: Vec<&str> = ext
                .doc_ids()
                .filter(|id| !self.external_seen.contains(*id))
                .collect();
            if !missing.is_empty() {
                missing.sort_unstable();
                let n = missing.len();
                missing.truncate(3);
                return Err(Error::invalid_config(format!(
                    "external mentions name {n} document id(s) that are not in the corpus, e.g. {missing:?}"
                )));
            }
        }
        Ok(self)
    }
}

/// Adds the mentions of one document (found by `detector`) to `acc`.
pub(crate) fn count_doc(
    acc: &mut ActorCounts,
    view: DocView<'_>,
    by: &[GroupBy],
    doc: DocMentions,
    detector: &ActorDetector,
    config: &CoocConfig,
) {
    if let Some(ext) = detector.external() {
        if !ext.get(&view.doc.id).is_empty() {
            acc.external_seen.insert(view.doc.id.clone());
        }
    }
    let mentions = doc.mentions;
    let (n_sent, n_para) = mentions
        .iter()
        .map(|m| (m.sentence + 1, m.paragraph + 1))
        .fold((doc.sentences, doc.paragraphs), |a, b| {
            (a.0.max(b.0), a.1.max(b.1))
        });
    add_doc(
        acc,
        &view.doc.text,
        key_of(by, &view),
        view.seq,
        &view.doc.id,
        n_sent,
        n_para,
        mentions,
        config,
    );
}

/// Maps every actor id to its final id: a single-word person key merges
/// into the only multi-word person key ending in it (or in its base form,
/// for inflected languages: handled through the document-level linking).
fn key_map(actors: &[(CompactString, ActorAcc)]) -> Vec<ActorId> {
    let mut by_last: HashMap<&str, Vec<ActorId>> = HashMap::new();
    for (i, (k, a)) in actors.iter().enumerate() {
        if a.kinds[0] > 0 && k.contains(' ') && !k.starts_with("geo:") {
            if let Some(last) = k.rsplit(' ').next() {
                by_last.entry(last).or_default().push(i as ActorId);
            }
        }
    }
    actors
        .iter()
        .enumerate()
        .map(|(i, (k, a))| {
            if k.contains(' ') || k.contains(':') || a.origin != Some(Origin::Rules) {
                return i as ActorId;
            }
            match by_last.get(k.as_str()).map(Vec::as_slice) {
                Some(&[full]) => full,
                _ => i as ActorId,
            }
        })
        .collect()
}

/// Merges keys across documents and computes the tables.
pub fn finalize(counts: ActorCounts, config: &CoocConfig, report: Report) -> Result<ActorTables> {
    let by: Vec<String> = parse_by(&config.by)?
        .iter()
        .map(|g| g.name().to_string())
        .collect();
    let ActorCounts {
        actors: actors_acc,
        ids,
        groups,
        mentions: mentions_acc,
        ..
    } = counts;
    let fin = key_map(&actors_acc);
    let keys: Vec<&str> = actors_acc.iter().map(|(k, _)| k.as_str()).collect();
    // PERF: the pair tables and the actor and mention tables are independent.
    let (pairs, (actors, mentions)) = rayon::join(
        || {
            let mut groups: Vec<(GroupKey, GroupAcc)> = groups.into_iter().collect();
            groups.sort_by(|a, b| a.0.cmp(&b.0));
            // PERF: groups are independent; their tables are built in parallel and
            // concatenated in group order (the output does not depend on threads).
            groups
                .into_par_iter()
                .map(|(key, g)| group_pairs(key, g, &fin, &keys, config.min_count))
                .collect::<Vec<Vec<PairRow>>>()
                .into_iter()
                .flatten()
                .collect::<Vec<PairRow>>()
        },
        || {
            // Actors, merged by final id; their merged keys in key order.
            let mut order: Vec<ActorId> = (0..actors_acc.len() as ActorId).collect();
            order.sort_unstable_by_key(|&i| keys[i as usize]);
            let mut merged: HashMap<ActorId, (ActorAcc, Vec<String>)> = HashMap::new();
            for i in order {
                let (k, a) = &actors_acc[i as usize];
                let (t, ks) = merged.entry(fin[i as usize]).or_default();
                ks.push(k.to_string());
                t.merge(a);
            }
            let mut actors: Vec<ActorRow> = merged
                .into_iter()
                .map(|(i, (a, ks))| {
                    let id = keys[i as usize];
                    let kind = actor_kind(&a.kinds);
                    let mut aliases: Vec<(&str, u64)> = a.surfaces.iter().collect();
                    aliases.sort_by(|x, y| y.1.cmp(&x.1).then_with(|| x.0.cmp(y.0)));
                    // The most frequent full name, preferring multi-word names.
                    let name = a
                        .names
                        .iter()
                        .filter(|(n, _)| fold_key(n) == id || a.origin != Some(Origin::Rules))
                        .max_by(|x, y| x.1.cmp(&y.1).then_with(|| y.0.cmp(x.0)))
                        .map(|(s, _)| s)
                        .or_else(|| a.names.top())
                        .unwrap_or(id)
                        .to_string();
                    ActorRow {
                        actor_id: id.to_string(),
                        actor: name,
                        kind,
                        aliases: aliases.into_iter().map(|(s, _)| s.to_string()).collect(),
                        merged: ks,
                        mentions: a.mentions,
                        doc_count: a.docs,
                        origin: a.origin.unwrap_or(Origin::Rules),
                    }
                })
                .collect();
            actors.sort_by(|x, y| {
                y.mentions
                    .cmp(&x.mentions)
                    .then_with(|| x.actor_id.cmp(&y.actor_id))
            });
            let names: HashMap<&str, (&str, ActorKind)> = actors
                .iter()
                .map(|a| (a.actor_id.as_str(), (a.actor.as_str(), a.kind)))
                .collect();
            // Mentions, in input order.
            let mut ms = mentions_acc;
            ms.par_sort_by(|a, b| {
                a.0.cmp(&b.0)
                    .then(a.3.surface.byte_start.cmp(&b.3.surface.byte_start))
                    .then(a.3.surface.byte_end.cmp(&b.3.surface.byte_end))
            });
            let mentions = ms
                .into_par_iter()
                .map(|(_, doc_id, surface, mut m)| {
                    // A key of a kind left out of the counts stays as it is.
                    let id = ids
                        .get(m.key.as_str())
                        .map_or(m.key.as_str(), |&i| keys[fin[i as usize] as usize]);
                    let (actor, kind) = names
                        .get(id)
                        .map_or((m.name.clone(), m.kind), |(s, k)| (s.to_string(), *k));
                    // A mention its document could not type takes its actor's kind.
                    if m.kind == ActorKind::Other {
                        m.kind = kind;
                    }
                    MentionRow {
                        doc_id,
                        actor_id: id.to_string(),
                        actor,
                        surface,
                        mention: m,
                    }
                })
                .collect();
            (actors, mentions)
        },
    );
    Ok(ActorTables {
        by,
        mentions,
        actors,
        pairs,
        report,
    })
}

/// The pair rows of one group, sorted by count.
fn group_pairs(
    key: GroupKey,
    g: GroupAcc,
    fin: &[ActorId],
    keys: &[&str],
    min_count: u64,
) -> Vec<PairRow> {
    let at = |i: ActorId| fin[i as usize];
    let mut units: HashMap<ActorId, u64> = HashMap::with_capacity(g.actors.len());
    for (a, n) in g.actors {
        *units.entry(at(a)).or_default() += n;
    }
    let mut pm: HashMap<(ActorId, ActorId), Pair> = HashMap::with_capacity(g.pairs.len());
    for ((a, b), p) in g.pairs {
        let (a, b) = (at(a), at(b));
        if a == b {
            continue;
        }
        let e = pm.entry(id_pair(a, b)).or_default();
        e.units += p.units;
        e.docs += p.docs;
    }
    let n = g.units.max(1) as f64;
    let mut rows: Vec<PairRow> = pm
        .into_iter()
        .filter(|(_, p)| p.units >= min_count)
        .map(|((a, b), p)| {
            // The smaller key first (the measures are symmetric, but their
            // floating-point rounding is not).
            let (a, b) = if keys[a as usize] <= keys[b as usize] {
                (a, b)
            } else {
                (b, a)
            };
            let na = units.get(&a).copied().unwrap_or(0).max(p.units) as f64;
            let nb = units.get(&b).copied().unwrap_or(0).max(p.units) as f64;
            let ab = p.units as f64;
            let pmi = (ab * n / (na * nb)).ln();
            let pab = (ab / n).min(1.0);
            let npmi = if pab >= 1.0 { 1.0 } else { pmi / -pab.ln() };
            let dice = 2.0 * ab / (na + nb);
            let g2 = pair_g2(ab, na, nb, n);
            PairRow {
                group: key.clone(),
                actor_a: keys[a as usize].to_string(),
                actor_b: keys[b as usize].to_string(),
                count: p.units,
                doc_count: p.docs,
                pmi,
                npmi,
                dice,
                g2,
            }
        })
        .collect();
    rows.sort_by(|x, y| {
        y.count
            .cmp(&x.count)
            .then_with(|| x.actor_a.cmp(&y.actor_a))
            .then_with(|| x.actor_b.cmp(&y.actor_b))
    });
    rows
}

/// Signed G² of the 2×2 table of two actors over `n` units: `ab` units with
/// both, `na` with the first, `nb` with the second. Positive when they occur
/// together more often than independence predicts; symmetric in the actors.
fn pair_g2(ab: f64, na: f64, nb: f64, n: f64) -> f64 {
    // Columns: units with the second actor (nb) and without it (n − nb);
    // rows: with and without the first.
    g2_2x2(ab, na - ab, nb, (n - nb).max(0.0))
}

/// The kind of an actor from the kinds of its mentions: the most frequent
/// typed kind when at least a fifth of the mentions have it, else `other`
/// (ties go to the earlier kind: person, organisation, place).
fn actor_kind(kinds: &[u64; 4]) -> ActorKind {
    let typed = KINDS
        .iter()
        .zip(kinds)
        .filter(|(k, n)| **k != ActorKind::Other && **n > 0)
        .max_by(|x, y| {
            x.1.cmp(y.1)
                .then_with(|| kind_rank(*y.0).cmp(&kind_rank(*x.0)))
        });
    // One stray typing among many untyped mentions does not make the
    // actor ("COVID-19" typed once as a person among a dozen mentions).
    let total: u64 = kinds.iter().sum();
    typed
        .filter(|(_, n)| **n * 5 >= total)
        .map_or(ActorKind::Other, |(k, _)| *k)
}

fn kind_rank(k: ActorKind) -> usize {
    KINDS.iter().position(|x| *x == k).unwrap_or(usize::MAX)
}

fn fold_key(s: &str) -> String {
    super::fold_tokens(s, None)
}

/// Where two actors co-occur: one row per shared unit.
#[derive(Debug, Clone, PartialEq)]
pub struct EvidenceRow {
    /// Document id.
    pub doc_id: String,
    /// Index of the unit in the document (sentence, paragraph; 0 for
    /// documents; the first mention's token for windows).
    pub unit: usize,
    /// Offsets of the unit (for windows: from the first to the last of the
    /// two mentions).
    pub span: crate::tokenize::Span,
    /// The unit's text.
    pub text: String,
    /// Surfaces of the first actor's mentions in the unit.
    pub surfaces_a: Vec<String>,
    /// Surfaces of the second actor's mentions in the unit.
    pub surfaces_b: Vec<String>,
}

/// The passages where actors `a` and `b` co-occur. `a` and `b` are sets of
/// document-level keys (an actor's `merged` keys, so that the evidence
/// follows the corpus-level merging). Rows come in input order.
pub fn evidence(
    corpus: &Corpus,
    detector: &ActorDetector,
    a: &[String],
    b: &[String],
    unit: Unit,
    max_hits: Option<usize>,
    opts: &RunOptions,
) -> Result<(Vec<EvidenceRow>, Report)> {
    use crate::tokenize::{paragraphs, sentences, Span};
    let (mut rows, report) = run(
        corpus,
        opts,
        Vec::<(u64, Result<EvidenceRow>)>::new,
        |acc, view| {
            let text = &view.doc.text;
            let ms = match detector.detect_doc(&view.doc.id, text, view.lang) {
                Ok(d) => d.mentions,
                Err(e) => {
                    acc.push((view.seq, Err(e)));
                    return;
                }
            };
            let is_a = |m: &Mention| a.contains(&m.key);
            let is_b = |m: &Mention| b.contains(&m.key);
            if !ms.iter().any(is_a) || !ms.iter().any(is_b) {
                return;
            }
            let res = view.lang.and_then(crate::lang::LangResource::builtin);
            let spans: Vec<Span> = match unit {
                Unit::Sentence => sentences(text, res).into_iter().map(|s| s.0).collect(),
                Unit::Paragraph => paragraphs(text),
                Unit::Document | Unit::Window(_) => Vec::new(),
            };
            let unit_of = |m: &Mention| match unit {
                Unit::Sentence => m.sentence,
                Unit::Paragraph => m.paragraph,
                _ => 0,
            };
            let surf = |ms: &[&Mention]| -> Vec<String> {
                ms.iter()
                    .map(|m| m.surface.text(text).to_string())
                    .collect()
            };
            let mut push = |u: usize, span: Span, ma: Vec<&Mention>, mb: Vec<&Mention>| {
                acc.push((
                    view.seq,
                    Ok(EvidenceRow {
                        doc_id: view.doc.id.clone(),
                        unit: u,
                        span,
                        text: span.text(text).to_string(),
                        surfaces_a: surf(&ma),
                        surfaces_b: surf(&mb),
                    }),
                ));
            };
            match unit {
                Unit::Window(n) => {
                    for x in ms.iter().filter(|m| is_a(m)) {
                        for y in ms.iter().filter(|m| is_b(m)) {
                            if x.token.abs_diff(y.token) > n {
                                continue;
                            }
                            let (s, e) = if x.surface.byte_start <= y.surface.byte_start {
                                (x.surface, y.surface)
                            } else {
                                (y.surface, x.surface)
                            };
                            let span = Span {
                                byte_start: s.byte_start,
                                byte_end: e.byte_end.max(s.byte_end),
                                char_start: s.char_start,
                                char_end: e.char_end.max(s.char_end),
                            };
                            push(x.token.min(y.token), span, vec![x], vec![y]);
                        }
                    }
                }
                _ => {
                    let mut units: Vec<usize> =
                        ms.iter().filter(|m| is_a(m)).map(unit_of).collect();
                    units.sort_unstable();
                    units.dedup();
                    for u in units {
                        let ma: Vec<&Mention> =
                            ms.iter().filter(|m| is_a(m) && unit_of(m) == u).collect();
                        let mb: Vec<&Mention> =
                            ms.iter().filter(|m| is_b(m) && unit_of(m) == u).collect();
                        if mb.is_empty() {
                            continue;
                        }
                        let span = match unit {
                            Unit::Document => Span {
                                byte_start: 0,
                                byte_end: text.len(),
                                char_start: 0,
                                char_end: text.chars().count(),
                            },
                            _ => spans.get(u).copied().unwrap_or_default(),
                        };
                        push(u, span, ma, mb);
                    }
                }
            }
        },
        |mut x, y| {
            x.extend(y);
            x
        },
    )?;
    rows.sort_by_key(|(seq, r)| (*seq, r.as_ref().map_or(0, |r| r.span.byte_start)));
    let mut rows: Vec<EvidenceRow> = rows.into_iter().map(|(_, r)| r).collect::<Result<_>>()?;
    if let Some(k) = max_hits {
        rows.truncate(k);
    }
    Ok((rows, report))
}

#[cfg(test)]
mod tests {
    use super::pair_g2;

    #[test]
    fn pair_g2_is_the_g2_of_the_table_and_symmetric() {
        // Units: 10 with both, 30 with the first, 40 with the second, of 1000:
        // the table [[10, 20], [30, 940]], whose G² is 30.069075 (computed
        // from the definition, 2·Σ O·ln(O/E)).
        let g = pair_g2(10.0, 30.0, 40.0, 1000.0);
        assert!((g - 30.069075).abs() < 1e-5, "{g}");
        assert_eq!(g, pair_g2(10.0, 40.0, 30.0, 1000.0));
        // Fewer shared units than independence predicts (1.2): negative.
        assert!(pair_g2(0.0, 30.0, 40.0, 1000.0) < 0.0);
    }
}

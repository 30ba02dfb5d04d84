//! Quotes: who is quoted saying what.
//!
//! Rules only, one pass per document, in the 14 languages that have a cue
//! file (`resources/quotes/<lang>.toml`: reporting verbs in every inflected
//! form, verbs of belief, auxiliaries, complementizers, "according to"
//! phrases, subject pronouns, secondary-source phrases, and the word lists
//! the rules consult: prepositions, articles, subordinators):
//!
//! - **quotation marks** of every convention ("…" “…” „…“ „…” «…» »…« ‹…›
//!   ‚…‘ ‘…’ ”…” 「…」 『…』), nested and over several paragraphs, paired in
//!   one linear scan (see `marks`);
//! - **reported clauses** after a cue and a complementizer ("said that",
//!   "ha detto che", "sagte, dass", "заявил, что"), after the verb alone
//!   where the language allows it, or before a post-posed reporting clause
//!   ("The plan failed, he said.");
//! - **colon introductions** (`X said: …`) and **"according to X"** phrases;
//! - quoted words inside a reported clause make the clause a **mixed**
//!   quotation (`called the plan a "fantasy"`).
//!
//! The speaker is the subject of the cue (before it, or after it in
//! inversions), preferably a name found by the [actor detector](crate::actors),
//! else a pronoun (resolved to the last named speaker or person before), else
//! the noun phrase; a cue without a subject takes the last named speaker of
//! the preceding sentences. How the speaker was found is recorded
//! ([`SpeakerSource`]).
//!
//! ```
//! use presslens::quotes::{QuoteExtractor, QuoteKind, SpeakerSource};
//! let x = QuoteExtractor::new(&Default::default(), None)?;
//! let text = "\"We will not back down,\" said Maria Lopez. She added that talks would resume.";
//! let q = x.extract(text, Some("en"));
//! assert_eq!(q[0].quote.text(text), "We will not back down");
//! assert_eq!(q[0].speaker.map(|s| s.text(text)), Some("Maria Lopez"));
//! assert_eq!(q[1].kind, QuoteKind::Indirect);
//! assert_eq!(q[1].how, SpeakerSource::Pronoun);
//! assert_eq!(q[1].actor.as_ref().map(|a| a.name.as_str()), Some("Maria Lopez"));
//! # Ok::<(), presslens::Error>(())
//! ```

mod extract;
pub(crate) mod marks;
mod rules;
pub(crate) mod spill;

use foldhash::{HashMap, HashMapExt};
use rayon::slice::ParallelSliceMut;

pub use rules::QuoteRules;

use crate::actors::cooc::Forms;
use crate::actors::{ActorDetector, ActorKind, ActorsConfig, DocMentions, Lexicon, Mention};
use crate::corpus::{Corpus, Report};
use crate::error::{Error, Result};
use crate::group::{key_of, parse_by, GroupBy, GroupKey};
use crate::lang::LangResource;
use crate::run::{run, DocView, RunOptions};
use crate::tokenize::{paragraphs, sentences, CharCursor, Span};
use rules::Cues;
use spill::{AccRow, SpillDir};
use std::sync::Arc;

/// What kind of quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuoteKind {
    /// Between quotation marks, or introduced by a colon.
    Direct,
    /// A reported clause ("said that …").
    Indirect,
    /// A reported clause that holds quotation marks.
    Mixed,
    /// "According to X, …".
    AccordingTo,
}

impl QuoteKind {
    /// `"direct"`, `"indirect"`, `"mixed"` or `"according_to"`.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Mixed => "mixed",
            QuoteKind::AccordingTo => "according_to",
        }
    }

    /// The kind named `name` (the inverse of [`QuoteKind::as_str`]).
    pub fn from_name(name: &str) -> Option<QuoteKind> {
        [
            QuoteKind::Direct,
            QuoteKind::Indirect,
            QuoteKind::Mixed,
            QuoteKind::AccordingTo,
        ]
        .into_iter()
        .find(|k| k.as_str() == name)
    }
}

/// How the speaker of a quotation was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SpeakerSource {
    /// Named (or described) in the reporting clause.
    Explicit,
    /// A pronoun in the reporting clause, resolved to an earlier person.
    Pronoun,
    /// No subject: the speaker of an earlier sentence.
    PreviousSentence,
    /// Not found.
    None,
}

impl SpeakerSource {
    /// `"explicit"`, `"pronoun"`, `"previous_sentence"` or `"none"`.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerSource::Explicit => "explicit",
            SpeakerSource::Pronoun => "pronoun",
            SpeakerSource::PreviousSentence => "previous_sentence",
            SpeakerSource::None => "none",
        }
    }

    /// The source named `name` (the inverse of [`SpeakerSource::as_str`]).
    pub fn from_name(name: &str) -> Option<SpeakerSource> {
        [
            SpeakerSource::Explicit,
            SpeakerSource::Pronoun,
            SpeakerSource::PreviousSentence,
            SpeakerSource::None,
        ]
        .into_iter()
        .find(|k| k.as_str() == name)
    }
}

/// The actor a speaker links to.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorRef {
    /// The actor's key in the document (see [`Mention::key`]).
    pub key: String,
    /// Its full name as best known in the document.
    pub name: String,
    /// Its kind.
    pub kind: ActorKind,
}

/// One quotation.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// Offsets of the quoted text (without the quotation marks).
    pub quote: Span,
    /// Direct, indirect, mixed or "according to".
    pub kind: QuoteKind,
    /// Offsets of the speaker as written (a name, a noun phrase or a
    /// pronoun); `None` when the reporting clause has no subject.
    pub speaker: Option<Span>,
    /// How the speaker was found.
    pub how: SpeakerSource,
    /// The actor the speaker links to, when known.
    pub actor: Option<ActorRef>,
    /// Offsets of the cue (reporting verb or "according to" phrase).
    pub cue: Option<Span>,
    /// Index of the sentence where the quotation starts.
    pub sentence: usize,
    /// Index of its paragraph.
    pub paragraph: usize,
    /// A rough confidence in `[0, 1]`: a name and a cue next to quotation
    /// marks score highest, an unresolved speaker lowest.
    pub confidence: f32,
    /// 0 for a quotation's first part; 1, 2 … for the parts that continue
    /// it (after its reporting clause: `"A," he said, "B."`, or in the next
    /// sentence or paragraph with nothing between). A part has the speaker
    /// of the part before it.
    pub part: u32,
}

/// Finds quotations and their speakers. Cheap to share between threads.
#[derive(Debug)]
pub struct QuoteExtractor {
    detector: ActorDetector,
}

impl QuoteExtractor {
    /// An extractor whose speakers link to the actors found with `config`
    /// and the optional user `lexicon`.
    pub fn new(config: &ActorsConfig, lexicon: Option<&Lexicon>) -> Result<QuoteExtractor> {
        Ok(QuoteExtractor {
            detector: ActorDetector::new(config, lexicon)?,
        })
    }

    /// An extractor over an existing actor detector (with external mentions,
    /// for instance).
    pub fn with_detector(detector: ActorDetector) -> QuoteExtractor {
        QuoteExtractor { detector }
    }

    /// The actor detector used for speakers.
    pub fn detector(&self) -> &ActorDetector {
        &self.detector
    }

    /// The quotations of `text` in language `lang`, in text order. A
    /// language without a cue file gives only marked quotations, without
    /// cues.
    pub fn extract(&self, text: &str, lang: Option<&str>) -> Vec<Quote> {
        let (found, sents) = self.detector.detect_full(text, lang);
        extract_in(text, lang, &found.mentions, Some(sents))
    }

    /// The quotations of a corpus document, with its mentions (external
    /// mentions included). Fails when an external mention lies outside the
    /// text.
    pub fn extract_doc(
        &self,
        doc_id: &str,
        text: &str,
        lang: Option<&str>,
    ) -> Result<(Vec<Quote>, Vec<Mention>)> {
        self.extract_doc_full(doc_id, text, lang)
            .map(|(q, d)| (q, d.mentions))
    }

    /// [`QuoteExtractor::extract_doc`], with the numbers of sentences and
    /// paragraphs the co-occurrence counts need.
    pub(crate) fn extract_doc_full(
        &self,
        doc_id: &str,
        text: &str,
        lang: Option<&str>,
    ) -> Result<(Vec<Quote>, DocMentions)> {
        if self.detector.external().is_some() {
            let doc = self.detector.detect_doc(doc_id, text, lang)?;
            return Ok((extract_with(text, lang, &doc.mentions), doc));
        }
        // PERF: the sentences of the actor detection are reused.
        let (found, sents) = self.detector.detect_full(text, lang);
        let quotes = extract_in(text, lang, &found.mentions, Some(sents));
        Ok((quotes, found))
    }
}

fn no_cues() -> &'static Cues {
    static EMPTY: std::sync::OnceLock<Cues> = std::sync::OnceLock::new();
    EMPTY.get_or_init(|| {
        Cues::new(QuoteRules::default()).unwrap_or_else(|_| unreachable!("empty cue set"))
    })
}

/// The quotations of `text` given its actor `mentions` (in text order).
pub fn extract_with(text: &str, lang: Option<&str>, mentions: &[Mention]) -> Vec<Quote> {
    extract_in(text, lang, mentions, None)
}

/// [`extract_with`], with the text's sentences when they are known.
fn extract_in(
    text: &str,
    lang: Option<&str>,
    mentions: &[Mention],
    sents: Option<Vec<(Span, usize)>>,
) -> Vec<Quote> {
    if text.trim().is_empty() {
        return Vec::new();
    }
    let cues = lang.and_then(Cues::builtin).unwrap_or_else(no_cues);
    let sents = sents.unwrap_or_else(|| sentences(text, lang.and_then(LangResource::builtin)));
    let paras = paragraphs(text);
    let doc = extract::Doc {
        text,
        sents: &sents,
        paras: &paras,
        mentions,
        cues,
    };
    let found = extract::extract(&doc);
    // Offsets to characters in one pass over the sorted byte offsets.
    let mut bytes: Vec<usize> = Vec::with_capacity(found.len() * 6);
    for f in &found {
        bytes.extend([f.quote.0, f.quote.1]);
        if let Some(s) = f.speaker {
            bytes.extend([s.0, s.1]);
        }
        if let Some(c) = f.cue {
            bytes.extend([c.0, c.1]);
        }
    }
    bytes.sort_unstable();
    bytes.dedup();
    let mut cur = CharCursor::new(text);
    let chars: HashMap<usize, usize> = bytes.iter().map(|&b| (b, cur.char_at(b))).collect();
    let span = |(s, e): (usize, usize)| Span {
        byte_start: s,
        byte_end: e,
        char_start: chars[&s],
        char_end: chars[&e],
    };
    found
        .into_iter()
        .map(|f| Quote {
            quote: span(f.quote),
            kind: f.kind,
            speaker: f.speaker.map(span),
            how: f.how,
            actor: f.mention.map(|i| {
                let m = &mentions[i];
                ActorRef {
                    key: m.key.clone(),
                    name: m.name.clone(),
                    kind: m.kind,
                }
            }),
            cue: f.cue.map(span),
            sentence: f.sentence,
            paragraph: f.paragraph,
            confidence: f.confidence,
            part: f.part,
        })
        .collect()
}

/// Options of [`analyze`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QuotesConfig {
    /// Grouping of the share-of-voice table (`month`, `source`, `lang`, any
    /// metadata field).
    pub by: Vec<String>,
}

/// One quotation of a corpus.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteRow {
    /// Document id.
    pub doc_id: String,
    /// Document language (given or detected).
    pub lang: Option<String>,
    /// The quotation.
    pub quote: Quote,
    /// Its text.
    pub text: String,
    /// The speaker as written ("" when none).
    pub speaker: String,
    /// The cue as written ("" when none).
    pub cue: String,
    /// Corpus-level actor id of the speaker (see [`crate::actors::cooc`]:
    /// a lone surname merges into the one full name it abbreviates).
    pub actor_id: Option<String>,
}

/// Quotations per actor and group: share of voice.
#[derive(Debug, Clone, PartialEq)]
pub struct VoiceRow {
    /// The group's values, one per `by` column.
    pub group: GroupKey,
    /// Actor id.
    pub actor_id: String,
    /// Actor name (the most frequent full name).
    pub actor: String,
    /// Actor kind.
    pub kind: ActorKind,
    /// Quotations attributed to the actor in the group.
    pub quotes: u64,
    /// Documents with at least one of them.
    pub doc_count: u64,
    /// `quotes` over all attributed quotations of the group.
    pub share: f64,
}

/// The results of [`analyze`].
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteTables {
    /// Grouping columns of `voice`.
    pub by: Vec<String>,
    /// One row per quotation, in input order.
    pub quotes: Vec<QuoteRow>,
    /// Share of voice, by group, then quotations (descending), then id.
    pub voice: Vec<VoiceRow>,
    /// Accounting of the run.
    pub report: Report,
}

/// Per actor and group: quotations, documents, names seen, kind.
struct VoiceAcc {
    quotes: u64,
    docs: u64,
    /// The document of the last quotation counted.
    last_seq: Option<u64>,
    /// The actor's names as attributed, and their counts.
    names: Forms,
    kind: ActorKind,
}

#[derive(Debug, Default)]
pub(crate) struct QuoteAcc {
    pub(crate) rows: Vec<AccRow>,
    /// Multi-word person keys by their last word, for corpus-level merging.
    pub(crate) by_last: HashMap<String, std::collections::BTreeSet<String>>,
    pub(crate) error: Option<(u64, Error)>,
    /// Where rows go, and after how many (`None`: kept in memory).
    spill: Option<(Arc<SpillDir>, usize)>,
    /// The rows written so far, each run sorted.
    pub(crate) runs: Vec<spill::Run>,
    /// The first failure to write a run (reported by `finish`).
    spill_error: Option<Error>,
}

/// Extracts the quotations of every document of `corpus`.
///
/// ```
/// use presslens::corpus::{Corpus, Document};
/// use presslens::quotes::{analyze, QuoteExtractor, QuotesConfig};
/// use presslens::run::RunOptions;
/// let corpus = Corpus::from_documents(vec![Document::new(
///     "a",
///     "\"Talks will resume,\" Maria Lopez said on Monday.",
/// )
/// .with_lang("en")]);
/// let x = QuoteExtractor::new(&Default::default(), None)?;
/// let t = analyze(&corpus, &x, &QuotesConfig::default(), &RunOptions::default())?;
/// assert_eq!(t.quotes[0].text, "Talks will resume");
/// assert_eq!(t.quotes[0].speaker, "Maria Lopez");
/// assert_eq!(t.voice[0].actor_id, "maria lopez");
/// # Ok::<(), presslens::Error>(())
/// ```
pub fn analyze(
    corpus: &Corpus,
    extractor: &QuoteExtractor,
    config: &QuotesConfig,
    opts: &RunOptions,
) -> Result<QuoteTables> {
    let by = parse_by(&config.by)?;
    let (acc, report) = run(
        corpus,
        opts,
        QuoteAcc::default,
        |acc, view| match extractor.extract_doc_full(&view.doc.id, &view.doc.text, view.lang) {
            Ok((quotes, doc)) => acc.add(view, &by, quotes, &doc.mentions),
            Err(e) => acc.fail(view.seq, e),
        },
        QuoteAcc::merge,
    )?;
    acc.finish(&by, report)
}

impl QuoteAcc {
    /// An accumulator that writes its rows to `dir` every `rows` rows (see
    /// [`spill`]).
    pub(crate) fn spilling(dir: Arc<SpillDir>, rows: usize) -> QuoteAcc {
        QuoteAcc {
            spill: Some((dir, rows.max(1))),
            ..QuoteAcc::default()
        }
    }

    /// Keeps the error of the earliest document.
    pub(crate) fn fail(&mut self, seq: u64, e: Error) {
        if self.error.as_ref().is_none_or(|(s, _)| seq < *s) {
            self.error = Some((seq, e));
        }
    }

    /// Adds the quotations of one document, given its actor mentions.
    pub(crate) fn add(
        &mut self,
        view: DocView<'_>,
        by: &[GroupBy],
        quotes: Vec<Quote>,
        mentions: &[Mention],
    ) {
        let text = &view.doc.text;
        for m in mentions {
            if m.kind == ActorKind::Person && m.key.contains(' ') && !m.key.contains(':') {
                if let Some(last) = m.key.rsplit(' ').next() {
                    if !self.by_last.get(last).is_some_and(|s| s.contains(&m.key)) {
                        self.by_last
                            .entry(last.to_string())
                            .or_default()
                            .insert(m.key.clone());
                    }
                }
            }
        }
        if quotes.is_empty() {
            return;
        }
        let group = key_of(by, &view);
        for q in quotes {
            let kind = q.actor.as_ref().map(|a| a.kind);
            self.rows.push((
                view.seq,
                QuoteRow {
                    doc_id: view.doc.id.clone(),
                    lang: view.lang.map(str::to_string),
                    text: q.quote.text(text).to_string(),
                    speaker: q
                        .speaker
                        .map_or_else(String::new, |s| s.text(text).to_string()),
                    cue: q.cue.map_or_else(String::new, |s| s.text(text).to_string()),
                    actor_id: q.actor.as_ref().map(|a| a.key.clone()),
                    quote: q,
                },
                group.clone(),
                kind,
            ));
        }
        if self.spill.as_ref().is_some_and(|s| self.rows.len() >= s.1) {
            self.spill_rows();
        }
    }

    /// Writes the rows held as a run, when spilling.
    fn spill_rows(&mut self) {
        let Some((dir, _)) = &self.spill else { return };
        if self.spill_error.is_some() {
            return;
        }
        match spill::write_run(dir, &mut self.rows) {
            Ok(run) => self.runs.push(run),
            Err(e) => self.spill_error = Some(e),
        }
    }

    /// Merges two partials (associative and commutative).
    pub(crate) fn merge(mut self, b: QuoteAcc) -> QuoteAcc {
        self.rows.extend(b.rows);
        self.runs.extend(b.runs);
        self.spill = self.spill.or(b.spill);
        self.spill_error = self.spill_error.or(b.spill_error);
        for (k, v) in b.by_last {
            self.by_last.entry(k).or_default().extend(v);
        }
        self.error = match (self.error, b.error) {
            (Some(x), Some(y)) => Some(if y.0 < x.0 { y } else { x }),
            (x, y) => x.or(y),
        };
        self
    }

    /// Orders the quotations, merges speakers and computes share of voice.
    pub(crate) fn finish(self, by: &[GroupBy], report: Report) -> Result<QuoteTables> {
        let mut quotes = Vec::new();
        let mut t = self.finish_into(by, report, &mut |chunk| {
            if quotes.is_empty() {
                quotes = chunk;
            } else {
                quotes.extend(chunk);
            }
            Ok(())
        })?;
        t.quotes = quotes;
        Ok(t)
    }

    /// [`finish`](Self::finish), handing the rows to `sink` in input order
    /// (in chunks) instead of returning them: the tables' `quotes` is empty. Rows spilled to disk are merged back
    /// [`QUOTE_CHUNK`] at a time; rows held in memory come as one chunk.
    pub(crate) fn finish_into(
        self,
        by: &[GroupBy],
        report: Report,
        sink: &mut dyn FnMut(Vec<QuoteRow>) -> Result<()>,
    ) -> Result<QuoteTables> {
        let QuoteAcc {
            mut rows,
            by_last,
            error,
            spill,
            runs,
            spill_error,
        } = self;
        if let Some((_, e)) = error {
            return Err(e);
        }
        if let Some(e) = spill_error {
            return Err(e);
        }
        let mut voice = VoiceCounter::new(&by_last);
        // MEMORY: an unstable sort needs no buffer (a stable one takes half the
        // rows again); the key is total, so the order is still deterministic.
        rows.par_sort_unstable_by_key(spill::row_key);
        if runs.is_empty() {
            // MEMORY: collected in place, in the rows' own allocation.
            let quotes: Vec<QuoteRow> = rows
                .into_iter()
                .map(|(seq, mut row, group, kind)| {
                    voice.add(seq, &mut row, &group, kind);
                    row
                })
                .collect();
            if !quotes.is_empty() {
                sink(quotes)?;
            }
        } else {
            let runs = match &spill {
                Some((dir, _)) => spill::reduce_runs(dir, runs)?,
                None => runs,
            };
            let mut merged = spill::Merge::new(runs, rows)?;
            let mut chunk = Vec::with_capacity(QUOTE_CHUNK);
            while let Some((seq, mut row, group, kind)) = merged.next_row()? {
                voice.add(seq, &mut row, &group, kind);
                chunk.push(row);
                if chunk.len() == QUOTE_CHUNK {
                    sink(std::mem::replace(
                        &mut chunk,
                        Vec::with_capacity(QUOTE_CHUNK),
                    ))?;
                }
            }
            if !chunk.is_empty() {
                sink(chunk)?;
            }
        }
        Ok(QuoteTables {
            by: by.iter().map(|g| g.name().to_string()).collect(),
            quotes: Vec::new(),
            voice: voice.finish(),
            report,
        })
    }
}

/// Rows per chunk of [`QuoteAcc::finish_into`] when merging spilled rows.
pub(crate) const QUOTE_CHUNK: usize = 1 << 16;

/// Share of voice, counted over the rows in input order; also maps each
/// row's actor to its corpus-level id (a lone surname speaker merges into the
/// one full name ending in it).
struct VoiceCounter<'a> {
    by_last: &'a HashMap<String, std::collections::BTreeSet<String>>,
    groups: HashMap<GroupKey, (u64, HashMap<String, VoiceAcc>)>,
}

impl<'a> VoiceCounter<'a> {
    fn new(by_last: &'a HashMap<String, std::collections::BTreeSet<String>>) -> Self {
        VoiceCounter {
            by_last,
            groups: HashMap::new(),
        }
    }

    /// Counts one row (rows come in document order, so a document counts
    /// once per actor when its `seq` differs from the last one).
    // PERF: no allocation for groups and actors already seen.
    fn add(&mut self, seq: u64, row: &mut QuoteRow, group: &GroupKey, kind: Option<ActorKind>) {
        let Some(id) = row.actor_id.as_mut() else {
            return;
        };
        if !id.contains(' ') && !id.contains(':') {
            if let Some(full) = self
                .by_last
                .get(id.as_str())
                .filter(|s| s.len() == 1)
                .and_then(|s| s.iter().next())
            {
                *id = full.clone();
            }
        }
        if !self.groups.contains_key(group) {
            self.groups.insert(group.clone(), Default::default());
        }
        let (total, actors) = self.groups.get_mut(group).expect("inserted above");
        *total += 1;
        if !actors.contains_key(id.as_str()) {
            let acc = VoiceAcc {
                quotes: 0,
                docs: 0,
                last_seq: None,
                names: Forms::default(),
                kind: kind.unwrap_or(ActorKind::Other),
            };
            actors.insert(id.clone(), acc);
        }
        let e = actors.get_mut(id.as_str()).expect("inserted above");
        e.quotes += 1;
        if e.last_seq != Some(seq) {
            e.last_seq = Some(seq);
            e.docs += 1;
        }
        if let Some(a) = &row.quote.actor {
            e.names.add(&a.name, 1);
        }
    }

    /// The share-of-voice rows: by group, then quotations (descending), then id.
    fn finish(self) -> Vec<VoiceRow> {
        let mut voice: Vec<VoiceRow> = self
            .groups
            .into_iter()
            .flat_map(|(group, (total, actors))| {
                let total = total.max(1);
                actors.into_iter().map(move |(id, a)| {
                    let actor = a.names.top().map_or_else(|| id.clone(), str::to_string);
                    VoiceRow {
                        group: group.clone(),
                        actor_id: id,
                        actor,
                        kind: a.kind,
                        quotes: a.quotes,
                        doc_count: a.docs,
                        share: a.quotes as f64 / total as f64,
                    }
                })
            })
            .collect();
        voice.sort_by(|a, b| {
            a.group
                .cmp(&b.group)
                .then(b.quotes.cmp(&a.quotes))
                .then_with(|| a.actor_id.cmp(&b.actor_id))
        });
        voice
    }
}

//! Attribution: from quotation marks, cues and actor mentions to quotations
//! with their speakers. Works on byte offsets; the caller converts them.
//!
//! The order of the steps matters:
//!
//! 1. reported clauses opened by a cue (or a belief verb) and a
//!    complementizer ("said that", "ha detto che", "glaubt, dass") — they
//!    absorb the quotation marks opened inside them (mixed);
//! 2. quotation marks, with their cue after (`"…", said X`) or before
//!    (`X said: "…"`; quoted words inside the clause a verb opens make that
//!    clause a mixed quotation), a quote continued after its reporting
//!    clause, or no cue (long quotes: the previous speaker, or the person of
//!    a clause ending in a colon; short ones: scare quotes, dropped);
//! 3. the remaining cues: a demonstrative standing for the sentence before
//!    (`Das erklärte ein Sprecher.`), post-posed frames (`…, so der
//!    Minister.`), colon introductions, post-posed reporting clauses (`The
//!    plan failed, he said.`), clauses after the verb where the language may
//!    omit the complementizer;
//! 4. "according to X" phrases;
//! 5. sentences in a reported mood without a cue (German Konjunktiv I).
//!
//! Speakers: the subject before the cue (an apposition between commas is
//! skipped: "Adrienne Watson, portavoce del Consiglio, ha riconosciuto";
//! a prepositional phrase never speaks), else the words after it (inversion:
//! "said Putin", "ha detto ieri il ministro … Sergei Shoigu"; in verb-second
//! order the subject after the verb when an adverbial stands before it); a
//! clause opened by the verb after a comma takes the sentence's subject.
//! Within that region a name found by the actor detector wins (person, then
//! organisation, other, place), then a subject pronoun, then the noun phrase
//! itself. Pronouns and cues without a subject resolve to the last named
//! speaker of the three sentences before, else to the last person mentioned
//! before. Over-long sentences are cut into pieces so that every rule stays
//! within a bounded distance of its cue.

use super::marks::{self, Marked};
use super::rules::{CueHit, CueKind, Cues};
use super::{QuoteKind, SpeakerSource};
use crate::actors::{ActorKind, Mention};
use crate::tokenize::Span;

/// A quotation in byte offsets.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found {
    pub quote: (usize, usize),
    pub kind: QuoteKind,
    pub speaker: Option<(usize, usize)>,
    pub how: SpeakerSource,
    /// Index into the document's mentions of the linked actor.
    pub mention: Option<usize>,
    pub cue: Option<(usize, usize)>,
    pub sentence: usize,
    pub paragraph: usize,
    pub confidence: f32,
    /// 0 for a quotation's first part, 1, 2 … for its continuations.
    pub part: u32,
}

/// A byte range.
type Range = (usize, usize);

/// An earlier speaker: its span and its mention, if any.
type Antecedent = (Option<Range>, Option<usize>);

/// Most words a noun-phrase speaker may have.
const MAX_NP_WORDS: usize = 8;
/// A marked quotation with no cue needs this many words to be a quotation
/// (shorter ones are scare quotes or titles).
const MIN_UNCUED_WORDS: usize = 6;
/// Punctuation by which a verb introduces the quotation after it (`said:
/// "…"`, `said in his live stream, "…"`).
const INTRODUCERS: [char; 4] = [':', '：', ',', '，'];
/// Longest sentence the rules look through; longer ones (pages without a
/// final punctuation mark) are cut into pieces this long.
const MAX_SENTENCE_BYTES: usize = 4096;
/// Most words between a cue and quoted words inside the clause it reports.
const MAX_CLAUSE_WORDS: usize = 12;
/// How many sentences back a pronoun or a subjectless cue looks for the
/// last named speaker.
const SPEAKER_MEMORY: usize = 3;

#[derive(Debug, Clone, Copy)]
enum Subject {
    Mention(usize),
    Pronoun(usize, usize),
    /// A noun phrase, with the name inside it when there is one.
    Phrase(usize, usize, Option<usize>),
}

pub(crate) struct Doc<'a> {
    pub text: &'a str,
    /// Sentence spans with their paragraph index.
    pub sents: &'a [(Span, usize)],
    pub paras: &'a [Span],
    pub mentions: &'a [Mention],
    pub cues: &'a Cues,
}

struct State<'a> {
    d: &'a Doc<'a>,
    hits: Vec<CueHit>,
    used: Vec<bool>,
    marked: Vec<Marked>,
    out: Vec<Found>,
    /// The spans of `out` once the marked quotations are known.
    out_spans: Spans,
}

/// Quotation spans indexed for overlap tests in logarithmic time: sorted by
/// start, with the largest end so far (the spans may overlap each other).
#[derive(Default)]
struct Spans {
    starts: Vec<usize>,
    max_end: Vec<usize>,
}

impl Spans {
    fn new(list: &[Found]) -> Spans {
        let mut v: Vec<Range> = list.iter().map(|f| f.quote).collect();
        v.sort_unstable();
        let mut max = 0;
        let max_end = v
            .iter()
            .map(|r| {
                max = max.max(r.1);
                max
            })
            .collect();
        Spans {
            starts: v.iter().map(|r| r.0).collect(),
            max_end,
        }
    }

    /// Whether `[s, e)` overlaps one of the spans.
    fn overlaps(&self, (s, e): Range) -> bool {
        let k = self.starts.partition_point(|&x| x < e);
        k > 0 && self.max_end[k - 1] > s
    }
}

fn is_final(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？')
}

fn is_glue(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            ',' | ';' | ':' | '\u{2014}' | '\u{2013}' | '-' | '，' | '、' | '：' | '；' | '(' | ')'
        )
}

fn word_count(s: &str) -> usize {
    let mut n = 0;
    let mut in_word = false;
    for c in s.chars() {
        if c.is_alphanumeric() {
            if !in_word {
                n += 1;
            }
            in_word = true;
        } else {
            in_word = false;
        }
        // Every CJK character counts as half a word.
    }
    let cjk = s
        .chars()
        .filter(|c| (*c as u32) >= 0x3040 && (*c as u32) <= 0x9FFF)
        .count();
    n.max(cjk / 2)
}

impl<'a> State<'a> {
    fn text(&self) -> &'a str {
        self.d.text
    }

    fn sentence_of(&self, byte: usize) -> usize {
        let s = self.d.sents.partition_point(|(sp, _)| sp.byte_end <= byte);
        s.min(self.d.sents.len().saturating_sub(1))
    }

    fn sent(&self, i: usize) -> (usize, usize) {
        self.d
            .sents
            .get(i)
            .map_or((0, self.text().len()), |(s, _)| (s.byte_start, s.byte_end))
    }

    fn para_of_sentence(&self, i: usize) -> usize {
        self.d.sents.get(i).map_or(0, |s| s.1)
    }

    /// Indices of the cue hits within `[a, b)`.
    fn hits_in(&self, a: usize, b: usize) -> std::ops::Range<usize> {
        let lo = self.hits.partition_point(|h| h.start < a);
        let hi = self.hits.partition_point(|h| h.start < b);
        lo..hi.max(lo)
    }

    /// `[a, b)` holds only spaces, punctuation that does not end a sentence
    /// and auxiliaries.
    fn only_glue(&self, a: usize, b: usize) -> bool {
        if a >= b {
            return true;
        }
        let mut pos = a;
        for i in self.hits_in(a, b) {
            let h = self.hits[i];
            if !matches!(h.kind, CueKind::Aux | CueKind::Mood) || h.end > b {
                continue;
            }
            if !self.text()[pos..h.start].chars().all(is_glue) {
                return false;
            }
            pos = h.end;
        }
        self.text()[pos..b].chars().all(is_glue)
    }

    /// `b` moved back over spaces, punctuation and auxiliaries.
    fn strip_back(&self, a: usize, mut b: usize) -> usize {
        loop {
            let t = &self.text()[a..b];
            let mut trimmed = t.trim_end_matches(|c: char| c.is_whitespace());
            // A Japanese topic or subject particle after a CJK word.
            if let Some(rest) = trimmed.strip_suffix(['は', 'が', 'も']) {
                if rest
                    .chars()
                    .next_back()
                    .is_some_and(|c| (c as u32) >= 0x3040)
                {
                    trimmed = rest;
                }
            }
            b = a + trimmed.len();
            let r = self.hits_in(a, b);
            if let Some(i) = r.clone().next_back() {
                let h = self.hits[i];
                if matches!(h.kind, CueKind::Aux | CueKind::Mood) && h.end == b {
                    b = h.start;
                    continue;
                }
            }
            return b;
        }
    }

    fn mentions_in(&self, a: usize, b: usize) -> &'a [Mention] {
        let ms = self.d.mentions;
        let lo = ms.partition_point(|m| m.surface.byte_start < a);
        let hi = ms.partition_point(|m| m.surface.byte_start < b);
        let hi = hi.max(lo);
        let mut end = hi;
        while end > lo && ms[end - 1].surface.byte_end > b {
            end -= 1;
        }
        &ms[lo..end.max(lo)]
    }

    fn mention_index(&self, m: &Mention) -> usize {
        let base = self.d.mentions.as_ptr() as usize;
        (m as *const Mention as usize - base) / std::mem::size_of::<Mention>()
    }

    /// `[a, b)` without punctuation and quotation marks around it (nor a
    /// final period after it).
    fn trim_phrase(&self, a: usize, b: usize) -> Range {
        let t = &self.text()[a..b];
        let lead = t.len() - t.trim_start_matches(is_glue_or_quote).len();
        let body = t[lead..].trim_end_matches(|c: char| is_glue_or_quote(c) || is_final(c));
        (a + lead, a + lead + body.len())
    }

    /// The best speaker mention of `[a, b)`: persons first, then
    /// organisations, other names, places; the last or the first of a kind.
    fn pick(&self, a: usize, b: usize, last: bool) -> Option<usize> {
        let ms = self.mentions_in(a, b);
        // A place speaks for its government only as the whole subject
        // ("Moscow denied", "said Washington"), not as a word inside it
        // ("日本銀行の山田総裁は", "a Japanese official").
        let whole = self.trim_phrase(a, b);
        for kind in [
            ActorKind::Person,
            ActorKind::Organisation,
            ActorKind::Other,
            ActorKind::Place,
        ] {
            let mut it = ms.iter().filter(|m| {
                m.kind == kind
                    && (kind != ActorKind::Place
                        || (m.surface.byte_start, m.surface.byte_end) == whole)
            });
            let m = if last { it.next_back() } else { it.next() };
            if let Some(m) = m {
                return Some(self.mention_index(m));
            }
        }
        None
    }

    /// The subject of a cue starting at `cue`, looked for in `[from, cue)`.
    fn subject_before(&self, from: usize, cue: usize) -> Option<Subject> {
        let text = self.text();
        // "Wie eine Sprecherin gegenüber der Financial Times bestätigte":
        // the listener is not the speaker.
        // Only within the clause of the cue: a fronted "In a statement,"
        // is set off by a comma.
        let clause = text[from..cue]
            .rfind([',', ';', ':', '，', '；', '：'])
            .map_or(from, |p| from + p);
        let cue = self
            .hits_in(clause, cue)
            .find(|&i| self.hits[i].kind == CueKind::Secondary)
            .map_or(cue, |i| self.hits[i].start);
        let e = self.strip_back(from, cue);
        if e <= from {
            return None;
        }
        let region = &text[from..e];
        // An apposition between commas right before the verb is skipped.
        let (s, e) = if region.ends_with([',', '，']) {
            let body = region.trim_end_matches([',', '，']);
            match body.rfind([',', '，']) {
                Some(c) => {
                    let prev = &body[..c];
                    let start = prev
                        .rfind([',', ';', ':', '，', '；', '：'])
                        .map_or(0, |p| next_char(prev, p));
                    let (s, e) = (from + start, from + c);
                    // "Der Sprecher des Ministeriums, Markus Reinholz, erklärte":
                    // the name is in the apposition.
                    let person = |a: usize, b: usize| {
                        self.mentions_in(a, b)
                            .iter()
                            .any(|m| m.kind == ActorKind::Person)
                    };
                    // "O presidente da Câmara do Porto, Miguel Sardinha,
                    // declarou": the apposition is just a name.
                    let lone_name = |a: usize, b: usize| {
                        let t = &text[a..b];
                        let (a2, b2) = (
                            a + t.len() - t.trim_start_matches(is_glue).len(),
                            a + t.trim_end_matches(is_glue).len(),
                        );
                        self.mentions_in(a2, b2).iter().any(|m| {
                            m.surface.byte_start == a2
                                && m.surface.byte_end == b2
                                && matches!(m.kind, ActorKind::Person | ActorKind::Other)
                        })
                    };
                    let end = from + body.len();
                    if (!person(s, e) && person(e, end)) || (!person(s, e) && lone_name(e, end)) {
                        (e, end)
                    } else {
                        (s, e)
                    }
                }
                None => (from, from + body.len()),
            }
        } else {
            let stops = [
                ',', ';', ':', '，', '；', '：', '」', '”', '"', '»', '«', '“', '„',
            ];
            let mut upto = region.len();
            let start = loop {
                let Some(p) = region[..upto].rfind(stops) else {
                    break 0;
                };
                let after = p + region[p..].chars().next().map_or(1, char::len_utf8);
                // A short quoted name or title inside the subject (`Die
                // „Süddeutsche Zeitung“ hatte berichtet`) does not end it.
                let k = self.marked.partition_point(|m| m.open < from + after);
                let title = self.marked[..k]
                    .iter()
                    .rev()
                    .take(8)
                    .find(|m| m.close == from + after && m.open >= from)
                    .filter(|m| {
                        word_count(&text[m.inner_start..m.inner_end]) < MIN_UNCUED_WORDS
                            && !text[m.inner_start..m.inner_end]
                                .trim_end()
                                .ends_with(|c: char| is_glue(c) || is_final(c))
                    });
                match title {
                    Some(m) => upto = m.open - from,
                    None => break after,
                }
            };
            (from + start, e)
        };
        // Before a comma, a whole clause rather than a subject with its
        // apposition ("Clinton has taken a swipe at Trump's stance on
        // Brexit, saying …"): no subject here.
        if region.ends_with([',', '，']) && word_count(&text[s..e]) > 2 * MAX_NP_WORDS {
            return None;
        }
        // A second verb coordinated with the first ("Trump doubled down on
        // his comments about Curiel and said …"): the clause's subject.
        let t = text[s..e].trim_end();
        if let Some((head, last)) = t.rsplit_once(char::is_whitespace) {
            if last.chars().all(char::is_lowercase)
                && !self.d.cues.is_determiner(last)
                && word_count(head) >= 3
                && self
                    .hits_in(s + head.len(), e)
                    .all(|i| self.hits[i].kind != CueKind::Pronoun)
            {
                if let Some(subject) = self.sentence_subject(s, s + head.len()) {
                    return Some(subject);
                }
            }
        }
        self.subject_in(s, e, true)
    }

    /// The subject of a verb cue: before it, else after it; but a name
    /// right after the verb wins over a phrase without a name before it
    /// (German verb-second order: "An die Gewerkschaften gewandt sagte
    /// Köhler, …"), and so does, in verb-second order, a phrase opening
    /// with an article right after the verb when the phrase before opens
    /// with none ("Tatsächlich sagte der Minister", but "Der Vertreter
    /// Libyens nannte die Sanktionen …").
    fn subject_around(&self, from: usize, v: CueHit, limit: usize) -> Option<Subject> {
        let before = self.subject_before(from, v.start);
        if matches!(
            before,
            Some(Subject::Mention(_)) | Some(Subject::Pronoun(..))
        ) {
            return before;
        }
        let after = self.subject_after(v.end, limit);
        let v2 = self.d.cues.rules.verb_second;
        let opens_det = |s: usize, e: usize| self.d.cues.is_determiner(self.first_word(s, e));
        match after {
            Some(Subject::Mention(i))
                if self.only_glue(v.end, self.d.mentions[i].surface.byte_start) =>
            {
                after
            }
            Some(Subject::Pronoun(s, _)) if self.only_glue(v.end, s) => after,
            Some(Subject::Phrase(s, _, _))
                if v2 && before.is_none() && self.only_glue(v.end, s) =>
            {
                after
            }
            Some(_)
                if v2
                    && opens_det(v.end, limit.max(v.end))
                    && !matches!(before, Some(Subject::Phrase(bs, be, _)) if opens_det(bs, be)) =>
            {
                after
            }
            // A clause opened by the verb after a comma ("…, saying that",
            // "…, but told his supporters"): the sentence's subject speaks,
            // not the object after the verb.
            _ if before.is_none() && self.opens_clause(from, v.start) => {
                self.sentence_subject(from, v.start).or(after)
            }
            _ => before.or(after),
        }
    }

    /// Only a comma, or a comma and one lowercase word ("and", "but"),
    /// stands between the earlier text of `[from, cue)` and the cue.
    fn opens_clause(&self, from: usize, cue: usize) -> bool {
        let t = self.text()[from..self.strip_back(from, cue)].trim_end();
        let t = match t.rsplit_once(char::is_whitespace) {
            Some((head, w)) if w.chars().all(char::is_lowercase) => head.trim_end(),
            _ if t.chars().all(char::is_lowercase) => "",
            _ => t,
        };
        t.ends_with([',', '，', ';'])
    }

    /// The subject of the main clause of `[ss, e)`: a person or
    /// organisation name, or a pronoun, opening one of its comma-separated
    /// parts, titles before a name allowed ("Speaking in Salem, Trump went
    /// after Bush, calling him …").
    fn sentence_subject(&self, ss: usize, e: usize) -> Option<Subject> {
        let text = self.text();
        let mut seg = ss;
        while seg < e {
            let next = text[seg..e].find([',', '，', ';']).map_or(e, |p| seg + p);
            let start = seg + (text[seg..next].len() - text[seg..next].trim_start().len());
            if let Some(m) = self.mentions_in(start, next).iter().find(|m| {
                matches!(m.kind, ActorKind::Person | ActorKind::Organisation)
                    && text[start..m.surface.byte_start]
                        .split_whitespace()
                        .all(|w| !w.chars().next().is_some_and(char::is_lowercase))
            }) {
                return Some(Subject::Mention(self.mention_index(m)));
            }
            if let Some(i) = self.hits_in(start, next).next() {
                let h = self.hits[i];
                if h.kind == CueKind::Pronoun && h.start == start {
                    return Some(Subject::Pronoun(h.start, h.end));
                }
            }
            seg = next + text[next..].chars().next().map_or(1, char::len_utf8);
        }
        None
    }

    /// The word right before cue `v` in its sentence starting at `ss`, or
    /// `None` when punctuation stands between (the cue then opens a clause).
    fn word_before(&self, ss: usize, v: CueHit) -> Option<&'a str> {
        let before = self.text()[ss..v.start].trim_end();
        if !before
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
        {
            return None;
        }
        before.rsplit(|c: char| !c.is_alphanumeric()).next()
    }

    /// The cue word is used as a noun: after a possessive ("Trump's
    /// comments"), an article or a number ("the two states hold").
    fn noun_use(&self, ss: usize, v: CueHit) -> bool {
        let before = self.text()[ss..v.start].trim_end();
        if before.ends_with("'s") || before.ends_with("\u{2019}s") {
            return true;
        }
        // "Das erklärte ein Sprecher": a demonstrative, not an article.
        self.word_before(ss, v).is_some_and(|prev| {
            (self.d.cues.is_determiner(prev) && !self.d.cues.is_anaphor(prev))
                || prev.chars().next().is_some_and(|c| c.is_ascii_digit())
        })
    }

    /// The cue word follows a preposition: a noun ("amid fears that") or an
    /// infinitive ("to say"), which no reported clause or belief hangs on.
    /// (Infinitives still introduce quotations, so this is not part of
    /// [`Self::noun_use`], which removes cues everywhere.)
    fn after_preposition(&self, ss: usize, v: CueHit) -> bool {
        self.word_before(ss, v)
            .is_some_and(|prev| self.d.cues.is_preposition(prev))
    }

    /// Post cue hit `i` closes its sentence as a reporting frame: a comma
    /// before it, after it at most six words up to the sentence end with no
    /// verb among them, opening with an article or a capital ("…, so der
    /// Minister.", "„…“, so Gall.").
    fn post_frame(&self, i: usize) -> bool {
        let text = self.text();
        let h = self.hits[i];
        let (ss, se) = self.sent(self.sentence_of(h.start));
        let before = text[ss..h.start].trim_end();
        let before = before.trim_end_matches(|c: char| marks::is_mark(c));
        if !before.ends_with([',', '，']) {
            return false;
        }
        let tail = &text[h.end..se];
        let first = self.first_word(h.end, se);
        let n = word_count(tail);
        (1..=6).contains(&n)
            && (self.d.cues.is_determiner(first)
                || first.chars().next().is_some_and(char::is_uppercase))
            && !self
                .hits_in(h.end, se)
                .any(|k| matches!(self.hits[k].kind, CueKind::Verb | CueKind::That))
    }

    /// In verb-second order, the subject right after verb `v` with its
    /// span, when what stands before the verb is not the subject (an
    /// adverb, a phrase without an article, a demonstrative).
    fn subject_after_v2(&self, from: usize, v: CueHit, se: usize) -> Option<(Subject, Range)> {
        let before = self.subject_before(from, v.start);
        let subject_before = match before {
            Some(Subject::Mention(_)) | Some(Subject::Pronoun(..)) => true,
            Some(Subject::Phrase(s, e, _)) => {
                self.d.cues.is_determiner(self.first_word(s, e))
                    && !self.d.cues.is_anaphor(self.first_word(s, e))
            }
            None => false,
        };
        if subject_before {
            return None;
        }
        let after = self.subject_after(v.end, se)?;
        let span = match after {
            Subject::Mention(i) => {
                let m = &self.d.mentions[i].surface;
                (m.byte_start, m.byte_end)
            }
            Subject::Pronoun(s, e) | Subject::Phrase(s, e, _) => (s, e),
        };
        // Right after the verb, an article at most before it.
        let gap = self.text()[v.end..span.0].trim();
        (gap.is_empty() || self.only_glue(v.end, span.0) || self.d.cues.is_determiner(gap))
            .then_some((after, span))
    }

    /// The first word of `[s, e)` (its leading letters and digits, after
    /// punctuation and quotation marks).
    fn first_word(&self, s: usize, e: usize) -> &'a str {
        let t = self.text()[s..e].trim_start_matches(|c: char| !c.is_alphanumeric());
        let end = t.find(|c: char| !c.is_alphanumeric()).unwrap_or(t.len());
        &t[..end]
    }

    /// The subject in `[s, e)`: a name, a pronoun, else the phrase.
    fn subject_in(&self, s: usize, e: usize, before: bool) -> Option<Subject> {
        let text = self.text();
        if s >= e {
            return None;
        }
        // A prepositional phrase is an adverbial: never the speaker itself,
        // and in verb-second order the one constituent before the verb, so
        // a name inside it is not the subject either ("Bei einem Treffen
        // mit Macron sagte Scholz").
        let adverbial = self.d.cues.is_preposition(self.first_word(s, e));
        if adverbial && before && self.d.cues.rules.verb_second {
            return None;
        }
        // Right before the cue, a pronoun is nearer than any name before
        // it ("Cox says Obama is trying … He says …").
        if before {
            if let Some(i) = self.hits_in(s, e).next_back() {
                let h = self.hits[i];
                if h.kind == CueKind::Pronoun && h.end <= e && self.only_glue(h.end, e) {
                    let named_after = self
                        .mentions_in(h.end, e)
                        .iter()
                        .any(|m| m.kind == ActorKind::Person);
                    if !named_after && word_count(&self.text()[s..h.start]) > 0 {
                        return Some(Subject::Pronoun(h.start, h.end));
                    }
                }
            }
        }
        if let Some(i) = self.pick(s, e, before) {
            return Some(Subject::Mention(i));
        }
        for i in self.hits_in(s, e) {
            let h = self.hits[i];
            if h.kind == CueKind::Pronoun && h.end <= e {
                // Next to the cue: the last pronoun before it, the first after.
                let near = if before {
                    self.only_glue(h.end, e)
                } else {
                    self.only_glue(s, h.start)
                };
                if near {
                    return Some(Subject::Pronoun(h.start, h.end));
                }
            }
        }
        let t = &text[s..e];
        let lead = t.len() - t.trim_start_matches(is_glue_or_quote).len();
        let trail = t.len() - t.trim_end_matches(is_glue_or_quote).len();
        let (s, e) = (s + lead, e - trail);
        if s >= e {
            return None;
        }
        // "Wie die Polizei mitteilte": the phrase after "wie".
        let (s, e) = {
            let w = self.first_word(s, e);
            if self.d.cues.is_frame_opener(w) {
                let at = s + text[s..e].find(w).unwrap_or(0) + w.len();
                (at + (text[at..e].len() - text[at..e].trim_start().len()), e)
            } else {
                (s, e)
            }
        };
        // "…, teilte das Ministerium mit.": the particle closing a
        // verb-second clause is not part of the subject.
        let e = if !before && self.d.cues.rules.verb_second {
            match text[s..e].trim_end().rsplit_once(' ') {
                Some((head, last))
                    if last.chars().all(char::is_lowercase)
                        && last.len() <= 8
                        && word_count(head) >= 2 =>
                {
                    s + head.trim_end().len()
                }
                _ => e,
            }
        } else {
            e
        };
        if s >= e {
            return None;
        }
        let t = &text[s..e];
        let n = word_count(t);
        if n == 0
            || adverbial
            || n > MAX_NP_WORDS
            || t.chars().any(is_final)
            || !t.chars().any(char::is_alphabetic)
        {
            return None;
        }
        // Not a phrase: another verb inside it ("tweeted a"), or before the
        // cue a lone lowercase word ("and", "that", "who").
        if self
            .hits_in(s, e)
            .any(|i| matches!(self.hits[i].kind, CueKind::Verb | CueKind::Belief))
        {
            return None;
        }
        if before && n == 1 && t.chars().next().is_some_and(char::is_lowercase) {
            return None;
        }
        // After a cue, a lone word followed by more words is an adverb
        // ("ha detto ieri in un …"); at the end of the clause it is the
        // subject ("podała policja.").
        if !before
            && n < 2
            && !text[e..]
                .trim_start()
                .starts_with(|c: char| is_final(c) || c == ',')
        {
            return None;
        }
        Some(Subject::Phrase(s, e, None))
    }

    /// The subject after a cue ending at `cue_end`, within `[cue_end, limit)`:
    /// up to the first secondary-source cue or sentence punctuation.
    fn subject_after(&self, cue_end: usize, limit: usize) -> Option<Subject> {
        let text = self.text();
        let mut end = limit;
        for i in self.hits_in(cue_end, limit) {
            let h = self.hits[i];
            if matches!(
                h.kind,
                CueKind::Secondary
                    | CueKind::That
                    | CueKind::According
                    | CueKind::Verb
                    | CueKind::Belief
            ) {
                end = h.start;
                break;
            }
        }
        // A name comes first, even after an apposition: "ha detto ieri il
        // ministro della Difesa russo, Sergei Shoigu, citato da …".
        let clause_end = text[cue_end..end]
            .find(|c: char| is_final(c) || c == ';' || c == '(')
            .map_or(end, |p| cue_end + p);
        if let Some(i) = self.pick(cue_end, clause_end, false) {
            // Not past two commas.
            let commas = text[cue_end..self.d.mentions[i].surface.byte_start]
                .matches([',', '，'])
                .count();
            let m = &self.d.mentions[i];
            // An organisation after an article inside a longer noun phrase
            // ("der Präsident des Unternehmens", "a spokesman for the
            // Pentagon"): the phrase speaks, linked to it.
            let head = &text[cue_end..m.surface.byte_start];
            let person_or_later = self
                .mentions_in(cue_end, clause_end)
                .iter()
                .any(|n| n.kind == ActorKind::Person || n.surface.byte_end > m.surface.byte_end);
            let article_before = head
                .trim_end()
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| self.d.cues.is_determiner(w));
            if commas == 0
                && m.kind == ActorKind::Organisation
                && !person_or_later
                && article_before
                && word_count(head) >= 2
            {
                let (s, _) = self.trim_phrase(cue_end, m.surface.byte_start);
                if !self
                    .d
                    .cues
                    .is_preposition(self.first_word(s, m.surface.byte_end))
                {
                    return Some(Subject::Phrase(s, m.surface.byte_end, Some(i)));
                }
            }
            if commas <= 1 {
                return Some(Subject::Mention(i));
            }
        }
        let np_end = text[cue_end..clause_end]
            .find([',', '，', '、', ':', '：'])
            .map_or(clause_end, |p| cue_end + p);
        self.subject_in(cue_end, np_end, false)
    }

    /// Marks verb hit `vi` as used and makes the quotation it introduces.
    fn take_cue(
        &mut self,
        vi: usize,
        content: Range,
        kind: QuoteKind,
        subject: Option<Subject>,
        conf: f32,
    ) -> Found {
        self.used[vi] = true;
        let v = self.hits[vi];
        self.new_found(content, kind, Some((v.start, v.end)), subject, conf)
    }

    fn new_found(
        &self,
        quote: (usize, usize),
        kind: QuoteKind,
        cue: Option<(usize, usize)>,
        subject: Option<Subject>,
        base_conf: f32,
    ) -> Found {
        let sentence = self.sentence_of(quote.0);
        let (speaker, how, mention, conf) = match subject {
            Some(Subject::Mention(i)) => {
                let sp = &self.d.mentions[i].surface;
                (
                    Some((sp.byte_start, sp.byte_end)),
                    SpeakerSource::Explicit,
                    Some(i),
                    base_conf,
                )
            }
            Some(Subject::Phrase(s, e, m)) => {
                (Some((s, e)), SpeakerSource::Explicit, m, base_conf - 0.1)
            }
            Some(Subject::Pronoun(s, e)) => {
                (Some((s, e)), SpeakerSource::Pronoun, None, base_conf - 0.15)
            }
            // Resolved once every quotation is known (see `resolve_all`).
            None => (None, SpeakerSource::None, None, base_conf - 0.3),
        };
        Found {
            quote,
            kind,
            speaker,
            how,
            mention,
            cue,
            sentence,
            paragraph: self.para_of_sentence(sentence),
            confidence: conf.clamp(0.05, 0.99),
            part: 0,
        }
    }

    /// The speaker of the last quotation of the few sentences before
    /// `sentence` (in `done`, the quotations before in text order), else the
    /// last person mentioned before `at`: its span (a name or a phrase) and
    /// its mention, if any.
    fn resolve(&self, at: usize, sentence: usize, done: &[Found]) -> Option<Antecedent> {
        // `done` is in text order: stop at the first one too far back.
        let recent = done
            .iter()
            .rev()
            .take_while(|f| f.sentence + SPEAKER_MEMORY >= sentence)
            .find(|f| (f.mention.is_some() || f.speaker.is_some()) && f.quote.0 < at);
        if let Some(f) = recent {
            let span = match (f.how, f.mention) {
                (SpeakerSource::Explicit, _) => f.speaker,
                (_, Some(i)) => {
                    let sp = self.d.mentions[i].surface;
                    Some((sp.byte_start, sp.byte_end))
                }
                _ => f.speaker,
            };
            return Some((span, f.mention));
        }
        let ms = self.d.mentions;
        let hi = ms.partition_point(|m| m.surface.byte_start < at);
        ms[..hi]
            .iter()
            .rev()
            .take_while(|m| m.sentence + 2 * SPEAKER_MEMORY >= sentence)
            .find(|m| m.kind == ActorKind::Person)
            .map(|m| {
                (
                    Some((m.surface.byte_start, m.surface.byte_end)),
                    Some(self.mention_index(m)),
                )
            })
    }

    /// Pronouns and missing subjects, resolved in text order. A quotation
    /// without a subject takes the earlier speaker's span (which lies in an
    /// earlier sentence) and actor.
    fn resolve_all(&self, mut all: Vec<Found>) -> Vec<Found> {
        for i in 0..all.len() {
            let f = &all[i];
            let at = f
                .speaker
                .map_or(f.quote.0.min(f.cue.map_or(usize::MAX, |c| c.0)), |s| s.0);
            match f.how {
                SpeakerSource::Pronoun => {
                    let m = self.resolve(at, f.sentence, &all[..i]);
                    all[i].mention = m.and_then(|x| x.1);
                }
                SpeakerSource::None => match self.resolve(at, f.sentence, &all[..i]) {
                    Some((span, m)) if span.is_some() || m.is_some() => {
                        all[i].how = SpeakerSource::PreviousSentence;
                        all[i].speaker = span;
                        all[i].mention = m;
                    }
                    _ => all[i].confidence = 0.3,
                },
                _ => {}
            }
        }
        all
    }

    /// The content of a clause from `start` to the end of its sentence,
    /// without the final punctuation.
    fn clause_to_end(&self, start: usize, sentence: usize) -> (usize, usize) {
        let (_, se) = self.sent(sentence);
        let text = self.text();
        // A second reporting verb coordinated after a comma ends the clause:
        // "said the party was not in crisis, and urged everyone to relax".
        let se = self
            .hits_in(start, se)
            .filter(|&i| self.hits[i].kind == CueKind::Verb)
            .find_map(|i| {
                let h = self.hits[i];
                let lead = &text[start..h.start];
                let comma = lead.rfind([',', '，', ';'])?;
                (word_count(&lead[comma..]) <= 2 && word_count(&lead[..comma]) >= 2)
                    .then_some(start + comma)
            })
            .unwrap_or(se);
        let mut e = se.max(start);
        let t = &text[start..e];
        let trimmed = t.trim_end();
        e = start + trimmed.len();
        if let Some(c) = text[start..e].chars().next_back() {
            if is_final(c) {
                e -= c.len_utf8();
            }
        }
        let t = &text[start..e];
        // Leading punctuation, and the apostrophe of an elided
        // complementizer ("qu'aucun").
        let lead = t.len()
            - t.trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, ',' | ':' | '，' | '：' | '、' | '\'' | '\u{2019}')
            })
            .len();
        (start + lead, e)
    }

    fn inside_marked(&self, pos: usize) -> bool {
        let i = self.marked.partition_point(|m| m.open <= pos);
        i > 0 && self.marked[i - 1].close > pos
    }

    fn run(mut self) -> Vec<Found> {
        let text = self.text();
        self.d.cues.find(text, &mut self.hits);
        // A cue word used as a noun is no cue ("popular in states across
        // the country", "the hope that", "Trump's comments").
        let mut hits = std::mem::take(&mut self.hits);
        hits.retain(|h| {
            !matches!(h.kind, CueKind::Verb | CueKind::Belief)
                || !self.noun_use(self.sent(self.sentence_of(h.start)).0, *h)
        });
        self.hits = hits;
        self.used = vec![false; self.hits.len()];
        self.marked = marks::scan(text, self.d.paras);
        let comps = !self.d.cues.rules.complementizers.is_empty();

        // 1. Cue + complementizer.
        let mut absorbed = vec![false; self.marked.len()];
        let mut indirect: Vec<Found> = Vec::new();
        if comps {
            for vi in 0..self.hits.len() {
                let v = self.hits[vi];
                if !matches!(v.kind, CueKind::Verb | CueKind::Belief)
                    || self.used[vi]
                    || self.inside_marked(v.start)
                {
                    continue;
                }
                let si = self.sentence_of(v.start);
                let (ss, se) = self.sent(si);
                // A belief verb right after a preposition is a noun ("amid
                // fears that"; after an article, "the hope that", it was
                // dropped with the other nouns).
                if v.kind == CueKind::Belief && self.after_preposition(ss, v) {
                    continue;
                }
                // The complementizer within eight words after the verb
                // ("erklärte der Künstler und Netzaktivist padeluun, dass").
                let window_end = text[v.end..se]
                    .char_indices()
                    .filter(|(_, c)| c.is_whitespace())
                    .nth(8)
                    .map_or(se, |(p, _)| v.end + p);
                let that = self.hits_in(v.end, window_end).find(|&i| {
                    let h = self.hits[i];
                    h.kind == CueKind::That
                        && !text[v.end..h.start]
                            .chars()
                            .any(|c| is_final(c) || marks::is_mark(c))
                });
                let Some(ti) = that else { continue };
                // Another cue in between takes the clause: "“…,” she said,
                // adding that …".
                if self
                    .hits_in(v.end, self.hits[ti].start)
                    .any(|i| matches!(self.hits[i].kind, CueKind::Verb | CueKind::Belief))
                {
                    continue;
                }
                let t = self.hits[ti];
                let mut content = self.clause_to_end(t.end, si);
                if word_count(&text[content.0..content.1]) < 2 {
                    continue;
                }
                let clause_start = ss;
                let subject = self.subject_around(clause_start, v, t.start);
                self.used[vi] = true;
                self.used[ti] = true;
                // Quotation marks opened inside the clause belong to it,
                // up to their close even past a sentence end inside them
                // ("continues that, in “Donald Trump’s America, working
                // families get tax relief. Millions of new jobs …”").
                let mut kind = QuoteKind::Indirect;
                let mut mi = self.marked.partition_point(|m| m.open < content.0);
                while let Some(m) = self.marked.get(mi) {
                    if m.open >= content.1 {
                        break;
                    }
                    absorbed[mi] = true;
                    kind = QuoteKind::Mixed;
                    content.1 = content
                        .1
                        .max(trim_quote(text, m.inner_start, m.inner_end).1);
                    mi += 1;
                }
                let f = self.new_found(content, kind, Some((v.start, v.end)), subject, 0.8);
                indirect.push(f);
            }
        }
        // Keep subjectless indirect clauses resolvable in order: merge later.

        // 2. Quotation marks.
        let marked = self.marked.clone();
        let mut prev_frame: Option<(usize, Option<Subject>, Option<Range>)> = None;
        // Where the last marked quotation that was kept ends.
        let mut last_close: Option<usize> = None;
        let mut direct: Vec<Found> = Vec::new();
        for (mi, m) in marked.iter().enumerate() {
            if absorbed[mi] {
                continue;
            }
            let inner = trim_quote(text, m.inner_start, m.inner_end);
            if inner.0 >= inner.1 {
                continue;
            }
            // A reporting clause between dashes inside the marks (Slavic
            // and Polish style): «A, — сказал X, — B».
            if let Some((d1, vi, d2)) = self.dash_frame(m) {
                let v = self.hits[vi];
                self.used[vi] = true;
                let subject = self
                    .subject_in_between(d1, v.start)
                    .or_else(|| self.subject_after(v.end, d2));
                let conf = if m.unclosed { 0.7 } else { 0.9 };
                let first = trim_quote(text, inner.0, d1);
                let first = (
                    first.0,
                    first.0
                        + text[first.0..first.1]
                            .trim_end_matches([',', ' ', '\u{2014}', '\u{2013}'])
                            .len(),
                );
                let second = trim_quote(text, d2, inner.1);
                let mut k = 0;
                for part in [first, second] {
                    if part.0 < part.1 {
                        let mut f = self.new_found(
                            part,
                            QuoteKind::Direct,
                            Some((v.start, v.end)),
                            subject,
                            conf,
                        );
                        f.part = k;
                        k += 1;
                        direct.push(f);
                        last_close = Some(m.close);
                    }
                }
                prev_frame = None;
                continue;
            }
            let words = word_count(&text[inner.0..inner.1]);
            let s_close = self.sentence_of(m.close.saturating_sub(1));
            let (_, se) = self.sent(s_close);
            let next_open = marked.get(mi + 1).map_or(usize::MAX, |n| n.open);
            let r_end = se.min(next_open).max(m.close);
            // Cue before the quote.
            let s_open = self.sentence_of(m.open);
            let (ss, _) = self.sent(s_open);
            let prev_close = if mi > 0 { marked[mi - 1].close } else { 0 };
            let l_start = ss.max(prev_close);
            let mut pre: Option<usize> = None;
            // The quotation opens in lowercase: words inside a clause.
            let fragment = text[inner.0..inner.1]
                .chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_lowercase);
            for i in self.hits_in(l_start, m.open).rev() {
                let h = self.hits[i];
                if h.kind == CueKind::That {
                    break;
                }
                if h.kind != CueKind::Verb || self.used[i] {
                    continue;
                }
                // A few words between ("told reporters: …"), more when a
                // colon or a comma ends them ("warnte die Moderatorin eines
                // Lokalsenders: „…“", "said in his live stream, “…”").
                // Quoted words inside a longer reported clause ("Goodlatte
                // said the expansion of the program was “simply …”") may
                // stand further from the verb.
                let between = &text[h.end..m.open];
                let colon = between.trim_end().ends_with(INTRODUCERS);
                let most = if colon {
                    MAX_NP_WORDS
                } else if fragment {
                    MAX_CLAUSE_WORDS
                } else {
                    3
                };
                if word_count(between) <= most && !between.chars().any(is_final) {
                    pre = Some(i);
                }
                break;
            }
            // A quotation introduced by its verb and a colon or comma keeps
            // that cue; a participle after it ("…”, calling it …") is
            // another clause.
            let introduced =
                pre.is_some() && text[l_start..m.open].trim_end().ends_with(INTRODUCERS);
            // Cue after the quote: only a few words between.
            let mut post: Option<usize> = None;
            for i in self.hits_in(m.close, if introduced { m.close } else { r_end }) {
                let h = self.hits[i];
                if !(h.kind == CueKind::Verb || (h.kind == CueKind::Post && self.post_frame(i)))
                    || self.used[i]
                {
                    continue;
                }
                // A name with its apposition may stand between (`“…,”
                // Trump, the 2016 GOP frontrunner in South Carolina, said`).
                let between = &text[m.close..h.start];
                let lead = m.close + (between.len() - between.trim_start_matches(is_glue).len());
                let named = self.mentions_in(lead, h.start).first().is_some_and(|n| {
                    n.kind == ActorKind::Person
                        && n.surface.byte_start == lead
                        && text[n.surface.byte_end..h.start]
                            .trim_start()
                            .starts_with(',')
                });
                let most = if named { 2 * MAX_NP_WORDS } else { 6 };
                if word_count(between) <= most
                    && !between.chars().any(is_final)
                    && !self.inside_subject(m, inner, between)
                {
                    post = Some(i);
                }
                break;
            }
            let conf = if m.unclosed { 0.7 } else { 0.9 };
            if let Some(vi) = post {
                let v = self.hits[vi];
                let (ss_open, _) = self.sent(self.sentence_of(m.open));
                let subject = self
                    .subject_in_between(m.close, v.start)
                    .or_else(|| self.subject_after(v.end, r_end))
                    // Japanese order: X は「…」と述べた.
                    .or_else(|| {
                        let lead = self.strip_back(ss_open, m.open);
                        (lead > ss_open && !text[ss_open..lead].chars().any(marks::is_mark))
                            .then(|| self.subject_in(ss_open, lead, true))
                            .flatten()
                    });
                prev_frame = Some((r_end, subject, Some((v.start, v.end))));
                direct.push(self.take_cue(vi, inner, QuoteKind::Direct, subject, conf));
                last_close = Some(m.close);
                continue;
            }
            if let Some(vi) = pre {
                let v = self.hits[vi];
                // Quoted words inside the reported clause, not a quotation
                // the verb introduces ("called the senator “the next George
                // Washington”", "says “the wind is at our backs” despite
                // …"): the clause is the quotation, mixed.
                let between = &text[v.end..m.open];
                if fragment && !introduced {
                    // The words after the verb are the clause's own subject
                    // ("King says Ali “talked the talk”").
                    let subject = self.subject_before(l_start, v.start).or_else(|| {
                        self.opens_clause(l_start, v.start)
                            .then(|| self.sentence_subject(ss, v.start))
                            .flatten()
                    });
                    let start = v.end + (between.len() - between.trim_start().len());
                    let (cs, ce) = self.clause_to_end(start, self.sentence_of(v.start));
                    let clause = (cs, ce.max(inner.1));
                    direct.push(self.take_cue(vi, clause, QuoteKind::Mixed, subject, conf - 0.1));
                    last_close = None;
                    prev_frame = None;
                    continue;
                }
                let subject = self.subject_around(l_start, v, m.open);
                direct.push(self.take_cue(vi, inner, QuoteKind::Direct, subject, conf));
                last_close = Some(m.close);
                prev_frame = None;
                continue;
            }
            // A name and a colon, no verb: `Schäuble: „Nur damit …“`.
            let lead = text[l_start..m.open].trim_end();
            if let Some(head) = lead.strip_suffix([':', '：']) {
                let n = word_count(head);
                if (1..=6).contains(&n) && !head.chars().any(is_final) {
                    let e = l_start + head.len();
                    if let Some(subject @ Subject::Mention(_)) = self.subject_in(l_start, e, true) {
                        let f = self.new_found(
                            inner,
                            QuoteKind::Direct,
                            None,
                            Some(subject),
                            conf - 0.1,
                        );
                        direct.push(f);
                        last_close = Some(m.close);
                        prev_frame = None;
                        continue;
                    }
                }
            }
            // A quote continued after its reporting clause: "A," he said, "B."
            if let Some((_, subject, cue)) = prev_frame.take() {
                let from = cue.map_or(m.open, |c| c.1);
                let glued = text[..m.open]
                    .trim_end()
                    .chars()
                    .next_back()
                    .is_some_and(|c| {
                        matches!(c, ',' | ':' | '\u{2014}' | '\u{2013}' | '，' | '：')
                    });
                if glued
                    && from <= m.open
                    && !text[from..m.open].chars().any(|c| is_final(c) || c == '\n')
                {
                    let mut f = self.new_found(inner, QuoteKind::Direct, cue, subject, conf - 0.05);
                    f.part = direct.last().map_or(0, |l: &Found| l.part + 1);
                    direct.push(f);
                    last_close = Some(m.close);
                    continue;
                }
            }
            // No cue, right after the previous quotation (only spaces or a
            // paragraph break between): its continuation.
            // Likewise after the previous quotation's own reporting clause:
            // `"A," he said. "B."`.
            if let (Some(close), Some(last)) = (last_close, direct.last()) {
                let between = &text[close.min(m.open)..m.open];
                let only_frame = last.cue.is_some_and(|c| c.0 >= close && c.1 <= m.open)
                    && word_count(between) <= 10
                    && !between.contains("\n\n");
                if close <= m.open && (between.chars().all(char::is_whitespace) || only_frame) {
                    let mut f = last.clone();
                    f.quote = inner;
                    f.part = last.part + 1;
                    f.sentence = self.sentence_of(inner.0);
                    f.paragraph = self.para_of_sentence(f.sentence);
                    f.confidence = (last.confidence - 0.05).max(0.05);
                    direct.push(f);
                    last_close = Some(m.close);
                    continue;
                }
            }
            // No cue: a long quote is the previous speaker's; a short one is
            // a scare quote or a title.
            if words >= MIN_UNCUED_WORDS {
                // After a clause ending in a colon, its subject speaks ("In
                // der ARD zeigte sich Alfred Gislason zufrieden: „…“", "lobte
                // er mit den Worten: „…“"): the first person named in the
                // clause, else its pronoun, else its first other name.
                let subject = if lead.ends_with([':', '：']) {
                    let e = l_start + lead.len();
                    let person = self
                        .mentions_in(l_start, e)
                        .iter()
                        .find(|m| m.kind == ActorKind::Person)
                        .map(|m| Subject::Mention(self.mention_index(m)));
                    let pronoun = || {
                        self.hits_in(l_start, e)
                            .map(|i| self.hits[i])
                            .find(|h| h.kind == CueKind::Pronoun)
                            .map(|h| Subject::Pronoun(h.start, h.end))
                    };
                    person
                        .or_else(pronoun)
                        .or_else(|| self.pick(l_start, e, false).map(Subject::Mention))
                } else {
                    None
                };
                let f = self.new_found(inner, QuoteKind::Direct, None, subject, 0.75);
                direct.push(f);
                last_close = Some(m.close);
            } else {
                last_close = None;
            }
        }

        self.out = direct;
        self.out_spans = Spans::new(&self.out);

        // 3. Remaining verbs: colon, optional complementizer, post-posed.
        let mut rest: Vec<Found> = Vec::new();
        for vi in 0..self.hits.len() {
            let v = self.hits[vi];
            // "Die Lage sei ernst, so der Minister."
            if v.kind == CueKind::Post
                && !self.used[vi]
                && !self.inside_marked(v.start)
                && self.post_frame(vi)
            {
                let si = self.sentence_of(v.start);
                let (ss, se) = self.sent(si);
                let head = text[ss..v.start].trim_end().trim_end_matches([',', '，']);
                let content = self.clause_start_trim(ss, ss + head.len());
                if word_count(&text[content.0..content.1]) >= 3 && !self.overlaps_marked(content) {
                    let subject = self.subject_after(v.end, se);
                    let kind = self.mixed(content, QuoteKind::Indirect);
                    rest.push(self.take_cue(vi, content, kind, subject, 0.7));
                }
                continue;
            }
            if v.kind != CueKind::Verb || self.used[vi] || self.inside_marked(v.start) {
                continue;
            }
            let si = self.sentence_of(v.start);
            let (ss, se) = self.sent(si);
            // A verb inside an "according to" phrase belongs to it (据X报道).
            let in_source = self.hits_in(ss, v.start).any(|i| {
                let h = self.hits[i];
                h.kind == CueKind::According
                    && !text[h.end..v.start].contains([',', '，', '、', '.', '。'])
            });
            if in_source {
                continue;
            }
            let clause_start = ss;
            // "Das erklärte ein Sprecher des Ministeriums.": the previous
            // sentence is the quotation, the subject follows the verb.
            let lead = &text[ss..self.strip_back(ss, v.start)];
            if si > 0
                && word_count(lead) == 1
                && self
                    .d
                    .cues
                    .is_anaphor(lead.trim_matches(|c: char| !c.is_alphanumeric()))
            {
                let (ps, _) = self.sent(si - 1);
                let content = self.clause_to_end(ps, si - 1);
                if word_count(&text[content.0..content.1]) >= 3 {
                    let subject = self.subject_after(v.end, se);
                    if !self.overlaps_marked(content) {
                        let kind = self.mixed(content, QuoteKind::Indirect);
                        rest.push(self.take_cue(vi, content, kind, subject, 0.65));
                        continue;
                    }
                    // „…“ Dies sagte der Präsident.: the quotation found
                    // without a cue gets this one.
                    let j = self.out.iter().rposition(|f| {
                        f.cue.is_none() && f.part == 0 && f.quote.0 >= ps && f.quote.1 <= v.start
                    });
                    if let Some(j) = j {
                        let q = self.out[j].quote;
                        self.out[j] = self.take_cue(vi, q, QuoteKind::Direct, subject, 0.8);
                        continue;
                    }
                }
            }
            let after = &text[v.end..se];
            let after_trim = after.trim_start();
            // Colon introduction.
            if after_trim.starts_with([':', '：']) {
                let colon = v.end + (after.len() - after_trim.len());
                let content = self.clause_to_end(colon + next_char(after_trim, 0), si);
                let content = (content.0, content.1);
                if word_count(&text[content.0..content.1]) >= 2 && !self.overlaps_marked(content) {
                    let subject = self.subject_around(clause_start, v, colon);
                    rest.push(self.take_cue(vi, content, QuoteKind::Direct, subject, 0.75));
                }
                continue;
            }
            // Post-posed: "<content>, <subject> said." / "<content>, said X."
            let before = &text[ss..v.start];
            if let Some(comma) = before.rfind([',', '，']) {
                let after_comma = next_char(before, comma);
                let subj_region = &before[after_comma..];
                let tail = &text[v.end..se];
                // A longer tail when a name follows the verb at once ("…,
                // sagte Mark O’Keefe, der Sprecher der Ambulanz").
                let named_after = subj_region.trim().is_empty()
                    && self.mentions_in(v.end, se).first().is_some_and(|m| {
                        m.kind == ActorKind::Person && self.only_glue(v.end, m.surface.byte_start)
                    });
                let tail_words = word_count(tail);
                if word_count(subj_region) <= 6
                    && word_count(&before[..comma]) >= 3
                    && (tail_words <= 6 || named_after)
                    && !before[..comma].chars().any(marks::is_mark)
                {
                    let subject = self
                        .subject_in(
                            ss + after_comma,
                            self.strip_back(ss + after_comma, v.start),
                            true,
                        )
                        .or_else(|| self.subject_after(v.end, se));
                    if subject.is_some() {
                        let content = self.clause_start_trim(ss, ss + comma);
                        rest.push(self.take_cue(vi, content, QuoteKind::Indirect, subject, 0.7));
                        continue;
                    }
                }
            }
            // Clause right after the verb, no complementizer.
            if self.d.cues.rules.complementizer_optional
                && self.d.cues.takes_bare_clause(&text[v.start..v.end])
                && !self.after_preposition(ss, v)
            {
                // A separable particle or a short phrase that is no subject
                // before the comma ("kündigte an, …", "erklärte gegenüber
                // der Zeitung, …") belongs to the frame.
                let (after, after_trim) = match after_trim.find([',', '，']) {
                    Some(p)
                        if (self.d.cues.rules.verb_second
                            || self
                                .d
                                .cues
                                .is_preposition(self.first_word(se - after_trim.len(), se)))
                            && (1..=4).contains(&word_count(&after_trim[..p]))
                            && after_trim.starts_with(char::is_lowercase)
                            && !self
                                .d
                                .cues
                                .is_determiner(self.first_word(se - after_trim.len(), se))
                            && !self
                                .hits_in(se - after_trim.len(), se - after_trim.len() + p)
                                .any(|i| {
                                    matches!(self.hits[i].kind, CueKind::Pronoun | CueKind::That)
                                }) =>
                    {
                        let rest = &after_trim[p..];
                        (rest, rest)
                    }
                    _ => (after, after_trim),
                };
                // "sagte, der Haushalt sei …": a comma, then a clause that
                // does not start with another cue.
                let (after, after_trim, from) = match after_trim.strip_prefix([',', '，']) {
                    Some(rest)
                        if !self.hits_in(v.end, se).any(|i| {
                            let h = self.hits[i];
                            h.start == se - rest.trim_start().len()
                                && matches!(h.kind, CueKind::Verb | CueKind::Secondary)
                        }) =>
                    {
                        (rest, rest.trim_start(), se - rest.len())
                    }
                    _ => (after, after_trim, v.end),
                };
                let starts_word = after_trim
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_alphanumeric() || marks::is_mark(c));
                if starts_word
                    && after[..after.len() - after_trim.len()].chars().count() <= 1
                    && !self
                        .d
                        .cues
                        .is_subordinator(self.first_word(from, se.max(from)))
                {
                    // Verb-second, no comma: when the phrase before the verb
                    // is not the subject ("Dagegen beteuerte die Polizei,
                    // ständig …", "Als Beispiel nannte der Berliner das …"),
                    // the subject follows the verb and the clause follows
                    // the subject (after its comma, if any).
                    let v2 = (from == v.end && self.d.cues.rules.verb_second)
                        .then(|| self.subject_after_v2(clause_start, v, se))
                        .flatten();
                    let (subject, content) = match v2 {
                        Some((sub, span)) => {
                            let tail = &text[span.1..se];
                            let start = match tail.find([',', '，']) {
                                Some(p) if word_count(&tail[..p]) <= 6 => {
                                    span.1 + next_char(tail, p)
                                }
                                _ => span.1,
                            };
                            (Some(sub), self.clause_to_end(start.min(se), si))
                        }
                        None => (
                            self.subject_around(clause_start, v, from),
                            self.clause_to_end(from, si),
                        ),
                    };
                    if word_count(&text[content.0..content.1]) >= 4
                        && !self.overlaps_marked(content)
                    {
                        if let Some(subject) = subject {
                            let kind = self.mixed(content, QuoteKind::Indirect);
                            rest.push(self.take_cue(vi, content, kind, Some(subject), 0.65));
                        }
                    }
                }
            }
        }

        // 4. According to.
        let indirect_spans = Spans::new(&indirect);
        let rest_spans = Spans::new(&rest);
        let mut acc: Vec<Found> = Vec::new();
        for ai in 0..self.hits.len() {
            let a = self.hits[ai];
            if !matches!(a.kind, CueKind::According | CueKind::AccordingAfter)
                || self.inside_marked(a.start)
            {
                continue;
            }
            let si = self.sentence_of(a.start);
            let (ss, se) = self.sent(si);
            let found = if a.kind == CueKind::According {
                // Source up to the next comma (or a verb: 据X称), content the rest.
                let lead = &text[ss..a.start];
                let at_start = lead
                    .trim_matches(|c: char| c.is_whitespace() || is_glue(c))
                    .is_empty();
                let bare = self.d.cues.bare_text(&text[a.start..a.end]);
                let next_comma = text[a.end..se].find([',', '，', '、']);
                let mut src_end = match next_comma {
                    // In the middle of a clause, the source is a noun phrase
                    // ("soll laut der chinesischen Presseagentur Xinhua auch
                    // …"), not everything up to the next comma.
                    _ if !at_start
                        && !bare
                        && word_count(&text[a.end..next_comma.map_or(se, |p| a.end + p)]) > 6 =>
                    {
                        noun_phrase(text, a.end, se)
                    }
                    Some(p) if !at_start || word_count(&text[a.end..a.end + p]) <= 10 => a.end + p,
                    Some(_) if !self.d.cues.bare_text(&text[a.start..a.end]) => {
                        first_words(text, a.end, se)
                    }
                    Some(p) => a.end + p,
                    // No comma after a sentence-initial cue ("Podle hasičů byl
                    // požár …"): the first word and the capitalised words after it.
                    None if at_start && !self.d.cues.bare_text(&text[a.start..a.end]) => {
                        first_words(text, a.end, se)
                    }
                    None => se,
                };
                // In CJK a verb closes the source (据新华社报道); elsewhere a
                // cue word inside the source is a noun ("according to
                // reports from …").
                if self.d.cues.bare_text(&text[a.start..a.end]) {
                    for i in self.hits_in(a.end, src_end) {
                        if self.hits[i].kind == CueKind::Verb {
                            src_end = self.hits[i].start;
                            break;
                        }
                    }
                }
                let src = self.strip_back(a.end, src_end);
                let subject = self.source_subject(a.end, src);
                // A verb closing the source (据X报道，…): the content starts
                // after the comma that follows it.
                let body_from = if src_end < se && !text[src_end..].starts_with([',', '，', '、'])
                {
                    text[src_end..se]
                        .find([',', '，', '、'])
                        .filter(|&p| word_count(&text[src_end..src_end + p]) <= 2)
                        .map_or(src_end, |p| src_end + p)
                } else {
                    src_end
                };
                let content = if at_start {
                    let src_end = body_from;
                    let body = text[src_end..se]
                        .trim_start_matches(|c: char| !c.is_alphanumeric() && !marks::is_mark(c));
                    let start = se - body.len();
                    self.clause_to_end(start.min(se), si)
                } else if word_count(&text[src_end..se]) >= 3 {
                    // In the middle ("Dabei kam es nach Angaben der Polizei
                    // zu Rangeleien"): the whole sentence.
                    self.clause_to_end(ss, si)
                } else {
                    let e = ss
                        + lead
                            .trim_end_matches(|c: char| {
                                c.is_whitespace() || matches!(c, ',' | '，' | '、')
                            })
                            .len();
                    self.clause_start_trim(ss, e)
                };
                (content, subject)
            } else {
                let clause = ss;
                let subject = self.source_subject(clause, self.strip_back(clause, a.start));
                let lead = &text[ss..clause];
                let content = if lead
                    .trim_matches(|c: char| c.is_whitespace() || is_glue(c))
                    .is_empty()
                {
                    self.clause_to_end(a.end, si)
                } else {
                    let e = ss
                        + lead
                            .trim_end_matches(|c: char| c.is_whitespace() || is_glue(c))
                            .len();
                    self.clause_start_trim(ss, e)
                };
                (content, subject)
            };
            let ((cs, ce), subject) = found;
            if word_count(&text[cs..ce]) < 2 || subject.is_none() {
                continue;
            }
            if indirect_spans.overlaps((cs, ce))
                || self.overlaps_marked((cs, ce))
                || rest_spans.overlaps((cs, ce))
            {
                continue;
            }
            let f = self.new_found(
                (cs, ce),
                QuoteKind::AccordingTo,
                Some((a.start, a.end)),
                subject,
                0.8,
            );
            acc.push(f);
        }

        // 5. Sentences in the reported mood (German Konjunktiv I), without
        // a cue: reported speech of the previous speaker.
        let acc_spans = Spans::new(&acc);
        let mut mood: Vec<Found> = Vec::new();
        let mut last_sentence = usize::MAX;
        for mi in 0..self.hits.len() {
            let h = self.hits[mi];
            if h.kind != CueKind::Mood || self.inside_marked(h.start) {
                continue;
            }
            let si = self.sentence_of(h.start);
            if si == last_sentence {
                continue;
            }
            last_sentence = si;
            let (ss, _) = self.sent(si);
            let content = self.clause_to_end(ss, si);
            if word_count(&text[content.0..content.1]) < 4
                || h.start >= content.1
                || self.overlaps_marked(content)
                || indirect_spans.overlaps(content)
                || rest_spans.overlaps(content)
                || acc_spans.overlaps(content)
            {
                continue;
            }
            let mut f = self.new_found(content, QuoteKind::Indirect, None, None, 0.6);
            f.kind = self.mixed(content, QuoteKind::Indirect);
            mood.push(f);
        }

        // Overlaps: marked quotations first, then reported clauses, then the
        // rest, then "according to", then the reported mood.
        // The kept spans do not overlap, so the one starting last before a
        // new span's end is the only one that can overlap it.
        let mut all: Vec<Found> = Vec::new();
        let mut kept: std::collections::BTreeMap<usize, usize> = Default::default();
        for f in std::mem::take(&mut self.out)
            .into_iter()
            .chain(indirect)
            .chain(rest)
            .chain(acc)
            .chain(mood)
        {
            let (s, e) = f.quote;
            let clash = kept
                .range(..e.max(s + 1))
                .next_back()
                .is_some_and(|(_, &end)| end > s)
                || (s == e && kept.contains_key(&s));
            if !clash {
                kept.insert(s, e);
                all.push(f);
            }
        }
        all.sort_by_key(|f| (f.quote.0, f.quote.1));
        self.resolve_all(all)
    }

    /// A reporting clause set off by dashes inside a marked quotation:
    /// (byte of the first dash, the verb hit, byte after the second dash).
    fn dash_frame(&self, m: &Marked) -> Option<(usize, usize, usize)> {
        let text = self.text();
        let is_dash = |c: char| matches!(c, '\u{2014}' | '\u{2013}');
        for i in self.hits_in(m.inner_start, m.inner_end) {
            let h = self.hits[i];
            if h.kind != CueKind::Verb || self.used[i] {
                continue;
            }
            let before = text[m.inner_start..h.start].trim_end();
            let Some(dash) = before.chars().next_back().filter(|c| is_dash(*c)) else {
                continue;
            };
            let d1 = m.inner_start + before.len() - dash.len_utf8();
            let lead = text[m.inner_start..d1].trim_end();
            if word_count(lead) < 2 {
                continue;
            }
            // The second dash closes the clause.
            let rest = &text[h.end..m.inner_end];
            let Some(p) = rest.find(|c: char| is_dash(c)) else {
                continue;
            };
            let pre = rest[..p].trim_end();
            if !pre.ends_with([',', '.']) || rest[..p].contains('\n') {
                continue;
            }
            let d2 = h.end + p + rest[p..].chars().next().map_or(1, char::len_utf8);
            return Some((d1, i, d2));
        }
        None
    }

    /// The source of an "according to" phrase: the whole phrase ("la
    /// Guardia Civil", "dati del Viminale"), linked to the name inside it.
    fn source_subject(&self, s: usize, e: usize) -> Option<Subject> {
        if s >= e {
            return None;
        }
        let (s, e) = self.trim_phrase(s, e);
        if s >= e || word_count(&self.text()[s..e]) > 12 {
            return None;
        }
        // A person is named as the speaker ("по словам начальника … Павла
        // Круглова" → the name); anything else is the phrase, linked.
        match self.pick(s, e, false) {
            Some(i) if self.d.mentions[i].kind == ActorKind::Person => Some(Subject::Mention(i)),
            m => Some(Subject::Phrase(s, e, m)),
        }
    }

    /// A short quoted phrase running on into words before a verb, with no
    /// punctuation inside its close or after it, is a title or a name
    /// inside the subject (`Die „Süddeutsche Zeitung“ hatte berichtet`),
    /// not a quotation followed by its reporting clause (`„…“, sagte er`).
    fn inside_subject(&self, m: &Marked, inner: Range, between: &str) -> bool {
        let text = self.text();
        let ends_punct = text[inner.0..m.inner_end]
            .trim_end()
            .ends_with(|c: char| is_glue(c) || is_final(c));
        let glued = between
            .trim_start()
            .starts_with(|c: char| is_glue(c) && !c.is_whitespace());
        // Japanese and Chinese close a quotation right before the cue
        // particle (「…」と述べた).
        let cjk = between.chars().next().is_some_and(|c| (c as u32) >= 0x3040);
        word_count(&text[inner.0..inner.1]) < MIN_UNCUED_WORDS
            && !ends_punct
            && !glued
            && !cjk
            && word_count(between) > 0
    }

    /// The subject between a quote's close and its cue (`"…," X said`).
    fn subject_in_between(&self, close: usize, cue: usize) -> Option<Subject> {
        let e = self.strip_back(close, cue);
        if self.only_glue(close, e) {
            return None;
        }
        self.subject_in(close, e, true)
    }

    fn clause_start_trim(&self, s: usize, e: usize) -> (usize, usize) {
        let t = &self.text()[s..e];
        let lead = t.len() - t.trim_start().len();
        (s + lead, e)
    }

    /// `(s, e)` overlaps a quotation already found between marks.
    fn overlaps_marked(&self, r: Range) -> bool {
        self.out_spans.overlaps(r)
    }

    /// `Mixed` when the clause holds quotation marks, else `kind`.
    fn mixed(&self, (s, e): (usize, usize), kind: QuoteKind) -> QuoteKind {
        if self.text()[s..e].chars().any(marks::is_mark) {
            QuoteKind::Mixed
        } else {
            kind
        }
    }
}

/// The end of the first word after `from` and of the capitalised words
/// that follow it (a name in the genitive: "hasičů", "Jana Nováka").
fn first_words(text: &str, from: usize, limit: usize) -> usize {
    let mut end = from;
    let mut first = true;
    for (off, w) in text[from..limit].split_inclusive(' ').scan(from, |pos, w| {
        let at = *pos;
        *pos += w.len();
        Some((at, w))
    }) {
        let word = w.trim();
        if word.is_empty() {
            continue;
        }
        if !first && !word.chars().next().is_some_and(char::is_uppercase) {
            break;
        }
        first = false;
        end = off + w.trim_end().len();
        if word.ends_with(|c: char| !c.is_alphanumeric()) {
            end -= word.chars().next_back().map_or(0, char::len_utf8);
            break;
        }
    }
    end
}

/// The end of the noun phrase starting at `from`: lowercase words
/// (articles, adjectives) up to the first capitalised one, the capitalised
/// words after it, at most six words; in a script without case, or with no
/// capitalised word, the first two words. Stops at punctuation.
fn noun_phrase(text: &str, from: usize, limit: usize) -> usize {
    let mut end = from;
    let mut seen_cap = false;
    let mut n = 0;
    let mut pos = from;
    for w in text[from..limit].split_inclusive(char::is_whitespace) {
        let at = pos;
        pos += w.len();
        let word = w.trim();
        if word.is_empty() {
            continue;
        }
        let cap = word.chars().next().is_some_and(char::is_uppercase);
        if seen_cap && !cap {
            break;
        }
        seen_cap |= cap;
        n += 1;
        if n > 6 {
            break;
        }
        end = at + w.trim_end().len();
        if word.ends_with(|c: char| !c.is_alphanumeric()) {
            end -= word.chars().next_back().map_or(0, char::len_utf8);
            break;
        }
    }
    if !seen_cap {
        return first_n_words(text, from, limit, 2);
    }
    end
}

/// The end of the first `n` words after `from`.
fn first_n_words(text: &str, from: usize, limit: usize, n: usize) -> usize {
    let t = &text[from..limit];
    let mut seen = 0;
    let mut end = from;
    let mut in_word = false;
    for (i, c) in t.char_indices() {
        if c.is_alphanumeric() {
            if !in_word {
                seen += 1;
                if seen > n {
                    break;
                }
            }
            in_word = true;
            end = from + i + c.len_utf8();
        } else {
            in_word = false;
            if matches!(c, ',' | '.' | ';' | ':' | '(' | ')') {
                break;
            }
        }
    }
    end
}

/// The byte after the character at `p` in `s`.
fn next_char(s: &str, p: usize) -> usize {
    p + s[p..].chars().next().map_or(1, char::len_utf8)
}

fn is_glue_or_quote(c: char) -> bool {
    is_glue(c) || marks::is_mark(c)
}

/// The quote's inner text trimmed of spaces and one trailing `,` `;` `:`.
fn trim_quote(text: &str, s: usize, e: usize) -> (usize, usize) {
    let t = &text[s..e];
    let lead = t.len() - t.trim_start().len();
    let mut t2 = t.trim();
    if let Some(c) = t2.chars().next_back() {
        if matches!(c, ',' | ';' | ':' | '，' | '；' | '：') {
            t2 = t2[..t2.len() - c.len_utf8()].trim_end();
        }
    }
    (s + lead, s + lead + t2.len())
}

/// The quotations of one document.
pub(crate) fn extract(doc: &Doc<'_>) -> Vec<Found> {
    let run = |d: &Doc<'_>| {
        State {
            d,
            hits: Vec::new(),
            used: Vec::new(),
            marked: Vec::new(),
            out: Vec::new(),
            out_spans: Spans::default(),
        }
        .run()
    };
    if doc
        .sents
        .iter()
        .all(|(s, _)| s.byte_end - s.byte_start <= MAX_SENTENCE_BYTES)
    {
        return run(doc);
    }
    // Every rule looks at most a sentence away from its cue: an over-long
    // "sentence" (no final punctuation for pages) is cut into pieces so
    // that the work stays linear; the sentence indices of the output are
    // the original ones.
    let (sents, orig) = chunk_sentences(doc.text, doc.sents);
    let chunked = Doc {
        text: doc.text,
        sents: &sents,
        paras: doc.paras,
        mentions: doc.mentions,
        cues: doc.cues,
    };
    let mut out = run(&chunked);
    for f in &mut out {
        f.sentence = orig.get(f.sentence).copied().unwrap_or(f.sentence);
    }
    out
}

/// Sentences longer than [`MAX_SENTENCE_BYTES`] cut at the last space
/// before the limit (or at a character boundary when there is none), with
/// the index of the sentence each piece comes from. The pieces' character
/// offsets are not computed (extraction works on bytes).
fn chunk_sentences(text: &str, sents: &[(Span, usize)]) -> (Vec<(Span, usize)>, Vec<usize>) {
    let mut out = Vec::with_capacity(sents.len());
    let mut orig = Vec::with_capacity(sents.len());
    for (i, &(sp, para)) in sents.iter().enumerate() {
        let mut start = sp.byte_start;
        while sp.byte_end - start > MAX_SENTENCE_BYTES {
            let mut limit = start + MAX_SENTENCE_BYTES;
            while !text.is_char_boundary(limit) {
                limit -= 1;
            }
            let cut = text[start..limit]
                .rfind(char::is_whitespace)
                .map(|p| start + p)
                .filter(|&c| c > start)
                .unwrap_or(limit);
            let mut piece = sp;
            piece.byte_start = start;
            piece.byte_end = cut;
            out.push((piece, para));
            orig.push(i);
            start = cut;
        }
        let mut piece = sp;
        piece.byte_start = start;
        out.push((piece, para));
        orig.push(i);
    }
    (out, orig)
}

//! Mentions found by another tool (spaCy, Stanza, a user's model), given as
//! character offsets per document and used in place of, or beside, the
//! built-in detection.

use std::collections::HashMap;

use super::{fold, tokens_counted, ActorKind, Mention, Origin};
use crate::error::{Error, ErrorKind, Result};
use crate::lang::LangResource;
use crate::tokenize::Span;

/// One mention from another tool.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExternalMention {
    /// Id of the document (the corpus's `id`).
    pub doc_id: String,
    /// First character (Unicode scalar value, 0-based) of the mention.
    pub char_start: usize,
    /// One past its last character.
    pub char_end: usize,
    /// What the actor is.
    pub kind: ActorKind,
    /// The actor's id, when the tool links entities; else the folded surface
    /// (a one-word person mention links to a longer person of the same
    /// document ending in that word, as the built-in detection does).
    pub actor_id: Option<String>,
}

/// How external mentions combine with the built-in detection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExternalMode {
    /// Only the external mentions count; the built-in detection is off.
    #[default]
    Replace,
    /// Both; where they overlap, the external mention wins.
    Add,
}

impl ExternalMode {
    /// Parses `"replace"` or `"add"`.
    pub fn parse(s: &str) -> Result<ExternalMode> {
        match s {
            "replace" => Ok(ExternalMode::Replace),
            "add" => Ok(ExternalMode::Add),
            _ => Err(Error::invalid_config(format!(
                "external mode must be \"replace\" or \"add\", not {s:?}"
            ))),
        }
    }
}

/// External mentions of a corpus, by document.
#[derive(Debug, Clone, Default)]
pub struct ExternalMentions {
    by_doc: HashMap<String, Vec<ExternalMention>>,
    mode: ExternalMode,
}

impl ExternalMentions {
    /// Groups `mentions` by document. Fails on an empty or reversed range.
    pub fn new(mentions: Vec<ExternalMention>, mode: ExternalMode) -> Result<ExternalMentions> {
        let mut by_doc: HashMap<String, Vec<ExternalMention>> = HashMap::new();
        for m in mentions {
            if m.char_start >= m.char_end {
                return Err(Error::invalid_config(format!(
                    "external mention {}..{} of document {:?} is empty or reversed",
                    m.char_start, m.char_end, m.doc_id
                )));
            }
            by_doc.entry(m.doc_id.clone()).or_default().push(m);
        }
        for v in by_doc.values_mut() {
            v.sort_by_key(|m| (m.char_start, m.char_end));
        }
        Ok(ExternalMentions { by_doc, mode })
    }

    /// Parses CSV text (or TSV with `delimiter` `b'\t'`) with a header and
    /// the columns `doc_id`, `char_start`, `char_end`, `kind` (or `label`)
    /// and optionally `actor_id`. Errors name the line.
    pub fn from_csv(text: &str, delimiter: u8, mode: ExternalMode) -> Result<ExternalMentions> {
        let mut rdr = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .from_reader(text.as_bytes());
        let headers = rdr
            .headers()
            .map_err(|e| Error::new(ErrorKind::Parse, format!("external mentions header: {e}")))?
            .clone();
        let col = |name: &str| headers.iter().position(|h| h.trim() == name);
        let kind_c = col("kind").or_else(|| col("label"));
        let (Some(doc_c), Some(start_c), Some(end_c), Some(kind_c)) =
            (col("doc_id"), col("char_start"), col("char_end"), kind_c)
        else {
            return Err(Error::new(
                ErrorKind::MissingField,
                "external mentions need the columns doc_id, char_start, char_end and kind (or label)",
            ));
        };
        let id_c = col("actor_id");
        let mut out = Vec::new();
        for (i, rec) in rdr.records().enumerate() {
            let line = i as u64 + 2;
            let rec = rec.map_err(|e| {
                Error::new(ErrorKind::Parse, format!("external mentions: {e}")).with_line(line)
            })?;
            let get = |c: usize| rec.get(c).map_or("", str::trim);
            let num = |c: usize, name: &str| -> Result<usize> {
                get(c).parse().map_err(|_| {
                    Error::new(
                        ErrorKind::Parse,
                        format!(
                            "external mentions: {name} {:?} is not a whole number",
                            get(c)
                        ),
                    )
                    .with_line(line)
                })
            };
            out.push(ExternalMention {
                doc_id: get(doc_c).to_string(),
                char_start: num(start_c, "char_start")?,
                char_end: num(end_c, "char_end")?,
                kind: ActorKind::from_label(get(kind_c)),
                actor_id: id_c.map(get).filter(|s| !s.is_empty()).map(str::to_string),
            });
        }
        ExternalMentions::new(out, mode)
    }

    /// Reads a `.csv` or `.tsv` file (see [`ExternalMentions::from_csv`]).
    pub fn from_path(
        path: impl AsRef<std::path::Path>,
        mode: ExternalMode,
    ) -> Result<ExternalMentions> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, &e))?;
        let tsv = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("tsv"));
        ExternalMentions::from_csv(&text, if tsv { b'\t' } else { b',' }, mode)
            .map_err(|e| e.with_path(path))
    }

    /// How they combine with the built-in detection.
    pub fn mode(&self) -> ExternalMode {
        self.mode
    }

    /// The ids of the documents that have external mentions.
    pub fn doc_ids(&self) -> impl Iterator<Item = &str> {
        self.by_doc.keys().map(String::as_str)
    }

    pub(crate) fn get(&self, doc_id: &str) -> &[ExternalMention] {
        self.by_doc.get(doc_id).map_or(&[], Vec::as_slice)
    }
}

/// Turns a document's external mentions into [`Mention`]s.
pub(super) fn mentions(
    doc_id: &str,
    text: &str,
    lang: Option<&str>,
    ext: &[ExternalMention],
) -> Result<(Vec<Mention>, usize, usize)> {
    // Byte offset of every character, and of the end.
    let bytes: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect();
    let n_chars = bytes.len() - 1;
    let res = lang.and_then(LangResource::builtin);
    let (toks, sentences, paragraphs) = tokens_counted(text, res);
    let mut out: Vec<Mention> = Vec::with_capacity(ext.len());
    for m in ext {
        if m.char_end > n_chars {
            return Err(Error::invalid_config(format!(
                "external mention {}..{} of document {doc_id:?} is outside its text ({n_chars} characters)",
                m.char_start, m.char_end
            )));
        }
        let span = Span {
            byte_start: bytes[m.char_start],
            byte_end: bytes[m.char_end],
            char_start: m.char_start,
            char_end: m.char_end,
        };
        let token = toks
            .iter()
            .position(|t| t.span.char_end > m.char_start)
            .unwrap_or(toks.len().saturating_sub(1));
        let (sentence, paragraph) = toks
            .get(token)
            .map_or((0, 0), |t| (t.sentence, t.paragraph));
        let surface = span.text(text);
        out.push(Mention {
            key: m.actor_id.clone().unwrap_or_else(|| fold(surface)),
            name: surface.to_string(),
            kind: m.kind,
            surface: span,
            sentence,
            paragraph,
            token,
            origin: Origin::External,
        });
    }
    // One-word persons without an id: the longer person of the document
    // that ends in that word.
    let full: Vec<(String, String, String)> = out
        .iter()
        .zip(ext)
        .filter(|(m, e)| e.actor_id.is_none() && m.kind == ActorKind::Person && m.key.contains(' '))
        .filter_map(|(m, _)| {
            let last = m.key.rsplit(' ').next()?.to_string();
            Some((last, m.key.clone(), m.name.clone()))
        })
        .collect();
    for (m, e) in out.iter_mut().zip(ext) {
        if e.actor_id.is_some() || m.kind != ActorKind::Person || m.key.contains(' ') {
            continue;
        }
        let hits: Vec<&(String, String, String)> =
            full.iter().filter(|(last, _, _)| *last == m.key).collect();
        if let Some((_, key, name)) = hits.first() {
            if hits.iter().all(|(_, k, _)| k == key) {
                m.key = key.clone();
                m.name = name.clone();
            }
        }
    }
    Ok((out, sentences, paragraphs))
}

/// Keeps the built-in mentions that overlap no external one, and merges.
pub(super) fn combine(external: Vec<Mention>, builtin: Vec<Mention>) -> Vec<Mention> {
    let overlaps = |b: &Mention| {
        external.iter().any(|e| {
            e.surface.byte_start < b.surface.byte_end && b.surface.byte_start < e.surface.byte_end
        })
    };
    let kept: Vec<Mention> = builtin.into_iter().filter(|b| !overlaps(b)).collect();
    let mut out = external;
    out.extend(kept);
    out.sort_by_key(|m| (m.surface.byte_start, m.surface.byte_end));
    out
}

impl ActorKind {
    /// The kind of a label of a common NER scheme: `PER`/`PERSON`,
    /// `ORG`/`ORGANIZATION`/`ORGANISATION`, `LOC`/`GPE`/`FAC`/`LOCATION`,
    /// or presslens's own names; anything else is [`ActorKind::Other`].
    /// Case-insensitive; a `B-`/`I-` prefix is ignored.
    pub fn from_label(label: &str) -> ActorKind {
        let l = label.trim();
        let l = l
            .strip_prefix("B-")
            .or_else(|| l.strip_prefix("I-"))
            .unwrap_or(l)
            .to_ascii_lowercase();
        match l.as_str() {
            "per" | "person" | "pers" => ActorKind::Person,
            "org" | "organization" | "organisation" => ActorKind::Organisation,
            "loc" | "location" | "gpe" | "fac" | "place" | "country" => ActorKind::Place,
            _ => ActorKind::Other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ext(doc: &str, s: usize, e: usize, kind: &str) -> ExternalMention {
        ExternalMention {
            doc_id: doc.into(),
            char_start: s,
            char_end: e,
            kind: ActorKind::from_label(kind),
            actor_id: None,
        }
    }

    #[test]
    fn labels() {
        assert_eq!(ActorKind::from_label("PERSON"), ActorKind::Person);
        assert_eq!(ActorKind::from_label("B-ORG"), ActorKind::Organisation);
        assert_eq!(ActorKind::from_label("GPE"), ActorKind::Place);
        assert_eq!(ActorKind::from_label("NORP"), ActorKind::Other);
    }

    #[test]
    fn offsets_sentences_and_linking() {
        let text = "Ünal Öztürk met Ana Lima.\nLater Lima left.";
        let e = vec![
            ext("d", 0, 11, "PER"),
            ext("d", 16, 24, "PER"),
            ext("d", 32, 36, "PER"),
        ];
        let (ms, sentences, _) = mentions("d", text, Some("en"), &e).unwrap();
        assert_eq!(sentences, 2);
        assert_eq!(ms[0].surface.text(text), "Ünal Öztürk");
        assert_eq!(ms[2].surface.text(text), "Lima");
        assert_eq!(ms[2].key, "ana lima");
        assert_eq!(ms[2].sentence, 1);
        assert_eq!(ms[0].origin, Origin::External);
    }

    #[test]
    fn from_csv() {
        let csv = "doc_id,char_start,char_end,label,actor_id\nd,0,3,PER,Q1\nd,4,7,GPE,\n";
        let e = ExternalMentions::from_csv(csv, b',', ExternalMode::Add).unwrap();
        let ms = e.get("d");
        assert_eq!(ms.len(), 2);
        assert_eq!(ms[0].actor_id.as_deref(), Some("Q1"));
        assert_eq!(ms[1].kind, ActorKind::Place);
        let bad = ExternalMentions::from_csv(
            "doc_id,char_start,char_end,kind\nd,x,3,PER\n",
            b',',
            ExternalMode::Add,
        )
        .unwrap_err();
        assert!(bad.to_string().contains("line 2"), "{bad}");
    }

    #[test]
    fn out_of_range_is_an_error() {
        let e = vec![ext("d", 3, 40, "PER")];
        let err = mentions("d", "short", None, &e).unwrap_err();
        assert!(err.to_string().contains("outside its text"), "{err}");
        assert!(ExternalMentions::new(vec![ext("d", 4, 4, "PER")], ExternalMode::Add).is_err());
    }
}

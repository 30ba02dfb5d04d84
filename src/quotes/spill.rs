//! Quotation rows kept on disk while a corpus is counted.
//!
//! A large corpus yields millions of quotation rows, and each row's strings
//! (its text, speaker, cue, document id, actor) are needed only when the
//! table is written. With spilling on, an accumulator sorts its rows every
//! [`SPILL_ROWS`] and writes them as one *run* to a file of its own; the
//! finishing pass merges the runs (each sorted, so a k-way merge holds one
//! block of rows per run in memory) back into input order. More than
//! [`FAN_IN`] runs are first merged [`FAN_IN`] at a time into longer runs,
//! so memory and open files stay bounded however large the corpus.
//!
//! The file format is private to one process and one run: rows are encoded
//! field by field (LEB128 integers, length-prefixed UTF-8), in blocks of up
//! to [`BLOCK_ROWS`] rows, each block prefixed by its length in bytes. The
//! spill directory and its files are removed when the last handle drops.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fs::File;
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use foldhash::{HashMap, HashMapExt};

use super::{ActorRef, Quote, QuoteKind, QuoteRow, SpeakerSource};
use crate::actors::ActorKind;
use crate::error::{Error, ErrorKind, Result};
use crate::group::GroupKey;
use crate::tokenize::Span;

/// One accumulated quotation: its document's position, the row, its group,
/// and its actor's kind.
pub(crate) type AccRow = (u64, QuoteRow, GroupKey, Option<ActorKind>);

/// Rows an accumulator holds before it writes them as a run.
pub(crate) const SPILL_ROWS: usize = 1 << 15;
/// Rows per block of a run file (the unit read back at a time).
const BLOCK_ROWS: usize = 1024;

/// The sort key of a row: see [`row_key`].
pub(crate) type RowKey = (u64, usize, usize, u32);

/// The order of quotation rows: document, then start and end of the
/// quotation, then part. Total, so every sort of the rows agrees.
pub(crate) fn row_key(r: &AccRow) -> RowKey {
    let q = &r.1.quote;
    (r.0, q.quote.byte_start, q.quote.byte_end, q.part)
}

/// A directory for run files, removed (with what is left in it) when the
/// last handle is dropped.
#[derive(Debug)]
pub struct SpillDir {
    path: PathBuf,
    next: AtomicUsize,
}

impl SpillDir {
    /// Creates a fresh directory inside `parent` (which is created if
    /// missing).
    pub fn new(parent: &Path) -> Result<Arc<SpillDir>> {
        std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, &e))?;
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let path = parent.join(format!(".presslens-spill-{}-{nanos}", std::process::id()));
        std::fs::create_dir(&path).map_err(|e| Error::io(&path, &e))?;
        Ok(Arc::new(SpillDir {
            path,
            next: AtomicUsize::new(0),
        }))
    }

    /// The directory.
    #[cfg(test)]
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn next_file(&self) -> PathBuf {
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        self.path.join(format!("run-{n:06}.bin"))
    }
}

impl Drop for SpillDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// Sorted rows on disk. The file is removed when the run is dropped.
#[derive(Debug)]
pub(crate) struct Run {
    path: PathBuf,
    /// The groups of its rows (rows store an index into this).
    groups: Vec<GroupKey>,
    /// Keeps the directory alive while the run exists.
    _dir: Arc<SpillDir>,
}

impl Drop for Run {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Sorts `rows` and writes them as a run in `dir`; `rows` is left empty
/// (with its capacity).
pub(crate) fn write_run(dir: &Arc<SpillDir>, rows: &mut Vec<AccRow>) -> Result<Run> {
    rows.sort_unstable_by_key(row_key);
    let mut w = RunWriter::new(dir)?;
    for row in rows.iter() {
        w.push(row)?;
    }
    rows.clear();
    w.finish()
}

/// Runs merged at once: beyond this many, [`reduce_runs`] merges them into
/// fewer, longer runs first (each open run holds a file and a block of rows).
pub(crate) const FAN_IN: usize = 64;

/// Merges `runs` [`FAN_IN`] at a time into longer runs until at most
/// [`FAN_IN`] are left, so that memory and open files stay bounded however
/// many runs a corpus made.
pub(crate) fn reduce_runs(dir: &Arc<SpillDir>, runs: Vec<Run>) -> Result<Vec<Run>> {
    reduce_runs_by(dir, runs, FAN_IN)
}

fn reduce_runs_by(dir: &Arc<SpillDir>, mut runs: Vec<Run>, fan_in: usize) -> Result<Vec<Run>> {
    let fan_in = fan_in.max(2);
    while runs.len() > fan_in {
        let rest = runs.split_off(fan_in);
        let mut merged = Merge::new(runs, Vec::new())?;
        let mut w = RunWriter::new(dir)?;
        while let Some(row) = merged.next_row()? {
            w.push(&row)?;
        }
        runs = rest;
        runs.push(w.finish()?);
    }
    Ok(runs)
}

/// Writes rows (in order) as a run, a block at a time.
struct RunWriter {
    out: BufWriter<File>,
    path: PathBuf,
    dir: Arc<SpillDir>,
    groups: Vec<GroupKey>,
    group_ids: HashMap<GroupKey, u64>,
    block: Vec<u8>,
    in_block: usize,
}

impl RunWriter {
    fn new(dir: &Arc<SpillDir>) -> Result<RunWriter> {
        let path = dir.next_file();
        let file = File::create(&path).map_err(|e| Error::io(&path, &e))?;
        Ok(RunWriter {
            out: BufWriter::with_capacity(1 << 16, file),
            path,
            dir: dir.clone(),
            groups: Vec::new(),
            group_ids: HashMap::new(),
            block: Vec::with_capacity(1 << 16),
            in_block: 0,
        })
    }

    fn push(&mut self, (seq, row, group, kind): &AccRow) -> Result<()> {
        let gid = match self.group_ids.get(group) {
            Some(&g) => g,
            None => {
                self.groups.push(group.clone());
                let g = self.groups.len() as u64 - 1;
                self.group_ids.insert(group.clone(), g);
                g
            }
        };
        put_uint(&mut self.block, *seq);
        put_uint(&mut self.block, gid);
        put_opt_str(&mut self.block, kind.map(ActorKind::as_str));
        put_row(&mut self.block, row);
        self.in_block += 1;
        if self.in_block == BLOCK_ROWS {
            self.flush_block()?;
        }
        Ok(())
    }

    fn flush_block(&mut self) -> Result<()> {
        let io = |e: std::io::Error| Error::io(&self.path, &e);
        self.out
            .write_all(&(self.block.len() as u64).to_le_bytes())
            .map_err(io)?;
        self.out.write_all(&self.block).map_err(io)?;
        self.block.clear();
        self.in_block = 0;
        Ok(())
    }

    fn finish(mut self) -> Result<Run> {
        if self.in_block > 0 {
            self.flush_block()?;
        }
        self.out.flush().map_err(|e| Error::io(&self.path, &e))?;
        Ok(Run {
            path: self.path,
            groups: self.groups,
            _dir: self.dir,
        })
    }
}

/// Merges sorted `runs` and sorted in-memory `rows` into one stream in
/// [`row_key`] order.
pub(crate) struct Merge {
    sources: Vec<Source>,
    /// The key of each source's next row, and the source.
    heap: BinaryHeap<Reverse<(RowKey, usize)>>,
    heads: Vec<Option<AccRow>>,
}

enum Source {
    Run(RunReader),
    Memory(std::vec::IntoIter<AccRow>),
}

impl Source {
    fn next(&mut self) -> Result<Option<AccRow>> {
        match self {
            Source::Run(r) => r.next(),
            Source::Memory(it) => Ok(it.next()),
        }
    }
}

impl Merge {
    pub(crate) fn new(runs: Vec<Run>, rows: Vec<AccRow>) -> Result<Merge> {
        let mut sources: Vec<Source> = runs
            .into_iter()
            .map(|r| RunReader::open(r).map(Source::Run))
            .collect::<Result<_>>()?;
        sources.push(Source::Memory(rows.into_iter()));
        let mut m = Merge {
            heads: (0..sources.len()).map(|_| None).collect(),
            heap: BinaryHeap::with_capacity(sources.len()),
            sources,
        };
        for i in 0..m.sources.len() {
            m.refill(i)?;
        }
        Ok(m)
    }

    fn refill(&mut self, i: usize) -> Result<()> {
        if let Some(row) = self.sources[i].next()? {
            self.heap.push(Reverse((row_key(&row), i)));
            self.heads[i] = Some(row);
        }
        Ok(())
    }

    /// The next row in order, `None` at the end.
    pub(crate) fn next_row(&mut self) -> Result<Option<AccRow>> {
        let Some(Reverse((_, i))) = self.heap.pop() else {
            return Ok(None);
        };
        let row = self.heads[i].take();
        self.refill(i)?;
        Ok(row)
    }
}

/// Reads a run back a block at a time.
struct RunReader {
    file: std::io::BufReader<File>,
    run: Run,
    block: Vec<u8>,
    at: usize,
}

impl RunReader {
    fn open(run: Run) -> Result<RunReader> {
        let file = File::open(&run.path).map_err(|e| Error::io(&run.path, &e))?;
        Ok(RunReader {
            file: std::io::BufReader::with_capacity(1 << 16, file),
            run,
            block: Vec::new(),
            at: 0,
        })
    }

    fn next(&mut self) -> Result<Option<AccRow>> {
        if self.at >= self.block.len() {
            let mut len = [0u8; 8];
            match self.file.read_exact(&mut len) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(None),
                Err(e) => return Err(Error::io(&self.run.path, &e)),
            }
            let len = usize::try_from(u64::from_le_bytes(len)).map_err(|_| self.corrupt())?;
            self.block.clear();
            self.block.resize(len, 0);
            self.file
                .read_exact(&mut self.block)
                .map_err(|e| Error::io(&self.run.path, &e))?;
            self.at = 0;
        }
        let mut c = Cursor {
            buf: &self.block,
            at: self.at,
        };
        let row = decode(&mut c, &self.run.groups).ok_or_else(|| self.corrupt())?;
        self.at = c.at;
        Ok(Some(row))
    }

    fn corrupt(&self) -> Error {
        Error::new(
            ErrorKind::Internal,
            format!(
                "spilled quotation rows in {} cannot be read back",
                self.run.path.display()
            ),
        )
    }
}

fn put_uint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_uint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

fn put_opt_str(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        None => out.push(0),
        Some(s) => {
            out.push(1);
            put_str(out, s);
        }
    }
}

fn put_span(out: &mut Vec<u8>, s: &Span) {
    for v in [s.byte_start, s.byte_end, s.char_start, s.char_end] {
        put_uint(out, v as u64);
    }
}

fn put_opt_span(out: &mut Vec<u8>, s: Option<&Span>) {
    match s {
        None => out.push(0),
        Some(s) => {
            out.push(1);
            put_span(out, s);
        }
    }
}

fn put_row(out: &mut Vec<u8>, r: &QuoteRow) {
    put_str(out, &r.doc_id);
    put_opt_str(out, r.lang.as_deref());
    put_str(out, &r.text);
    put_str(out, &r.speaker);
    put_str(out, &r.cue);
    put_opt_str(out, r.actor_id.as_deref());
    let q = &r.quote;
    put_span(out, &q.quote);
    put_str(out, q.kind.as_str());
    put_opt_span(out, q.speaker.as_ref());
    put_str(out, q.how.as_str());
    match &q.actor {
        None => out.push(0),
        Some(a) => {
            out.push(1);
            put_str(out, &a.key);
            put_str(out, &a.name);
            put_str(out, a.kind.as_str());
        }
    }
    put_opt_span(out, q.cue.as_ref());
    put_uint(out, q.sentence as u64);
    put_uint(out, q.paragraph as u64);
    out.extend_from_slice(&q.confidence.to_le_bytes());
    put_uint(out, u64::from(q.part));
}

struct Cursor<'a> {
    buf: &'a [u8],
    at: usize,
}

impl Cursor<'_> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.buf.get(self.at)?;
        self.at += 1;
        Some(b)
    }

    fn uint(&mut self) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Some(v);
            }
        }
        None
    }

    fn usize(&mut self) -> Option<usize> {
        usize::try_from(self.uint()?).ok()
    }

    fn str(&mut self) -> Option<&str> {
        let n = self.usize()?;
        let bytes = self.buf.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        std::str::from_utf8(bytes).ok()
    }

    fn flag(&mut self) -> Option<bool> {
        match self.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }

    fn opt_str(&mut self) -> Option<Option<String>> {
        Some(if self.flag()? {
            Some(self.str()?.to_string())
        } else {
            None
        })
    }

    fn span(&mut self) -> Option<Span> {
        Some(Span {
            byte_start: self.usize()?,
            byte_end: self.usize()?,
            char_start: self.usize()?,
            char_end: self.usize()?,
        })
    }

    fn opt_span(&mut self) -> Option<Option<Span>> {
        Some(if self.flag()? {
            Some(self.span()?)
        } else {
            None
        })
    }
}

fn decode(c: &mut Cursor<'_>, groups: &[GroupKey]) -> Option<AccRow> {
    let seq = c.uint()?;
    let group = groups.get(c.usize()?)?.clone();
    let kind = match c.opt_str()? {
        Some(k) => Some(ActorKind::parse(&k).ok()?),
        None => None,
    };
    let doc_id = c.str()?.to_string();
    let lang = c.opt_str()?;
    let text = c.str()?.to_string();
    let speaker = c.str()?.to_string();
    let cue = c.str()?.to_string();
    let actor_id = c.opt_str()?;
    let quote = c.span()?;
    let qkind = QuoteKind::from_name(c.str()?)?;
    let speaker_span = c.opt_span()?;
    let how = SpeakerSource::from_name(c.str()?)?;
    let actor = if c.flag()? {
        Some(ActorRef {
            key: c.str()?.to_string(),
            name: c.str()?.to_string(),
            kind: ActorKind::parse(c.str()?).ok()?,
        })
    } else {
        None
    };
    let cue_span = c.opt_span()?;
    let sentence = c.usize()?;
    let paragraph = c.usize()?;
    let conf = c.buf.get(c.at..c.at + 4)?;
    let confidence = f32::from_le_bytes(conf.try_into().ok()?);
    c.at += 4;
    let part = u32::try_from(c.uint()?).ok()?;
    Some((
        seq,
        QuoteRow {
            doc_id,
            lang,
            quote: Quote {
                quote,
                kind: qkind,
                speaker: speaker_span,
                how,
                actor,
                cue: cue_span,
                sentence,
                paragraph,
                confidence,
                part,
            },
            text,
            speaker,
            cue,
            actor_id,
        },
        group,
        kind,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(seq: u64, start: usize, text: &str, group: &GroupKey, actor: bool) -> AccRow {
        let span = Span {
            byte_start: start,
            byte_end: start + text.len(),
            char_start: start,
            char_end: start + text.chars().count(),
        };
        let a = actor.then(|| ActorRef {
            key: "maria lopez".into(),
            name: "Maria López".into(),
            kind: ActorKind::Person,
        });
        (
            seq,
            QuoteRow {
                doc_id: format!("d{seq}"),
                lang: actor.then(|| "es".to_string()),
                quote: Quote {
                    quote: span,
                    kind: QuoteKind::Mixed,
                    speaker: actor.then_some(span),
                    how: SpeakerSource::PreviousSentence,
                    actor: a,
                    cue: None,
                    sentence: 3,
                    paragraph: 1 << 40,
                    confidence: 0.625,
                    part: 2,
                },
                text: text.into(),
                speaker: if actor {
                    "María".into()
                } else {
                    String::new()
                },
                cue: "dijo".into(),
                actor_id: actor.then(|| "maria lopez".to_string()),
            },
            group.clone(),
            actor.then_some(ActorKind::Person),
        )
    }

    #[test]
    fn runs_merge_back_in_order_and_unchanged() {
        let parent =
            std::env::temp_dir().join(format!("presslens-spill-test-{}", std::process::id()));
        let dir = SpillDir::new(&parent).unwrap();
        let g1: GroupKey = vec![Some("2024-01".into())].into();
        let g2: GroupKey = vec![None].into();
        let all: Vec<AccRow> = (0..5000u64)
            .map(|i| {
                let g = if i % 3 == 0 { &g1 } else { &g2 };
                row(
                    i / 2,
                    (i % 2) as usize * 10,
                    &format!("«{i}» ü"),
                    g,
                    i % 5 == 0,
                )
            })
            .collect();
        // Three runs and an in-memory rest, each a scattered subset.
        let mut parts: Vec<Vec<AccRow>> = vec![Vec::new(); 4];
        for (i, r) in all.iter().enumerate() {
            parts[(i * 7919) % 4].push(r.clone());
        }
        let mut rest = parts.pop().unwrap();
        rest.sort_unstable_by_key(row_key);
        let runs: Vec<Run> = parts
            .iter_mut()
            .map(|p| write_run(&dir, p).unwrap())
            .collect();
        assert!(parts.iter().all(Vec::is_empty));
        // Merged a few at a time first, as a corpus with many runs would be.
        let runs = reduce_runs_by(&dir, runs, 2).unwrap();
        assert_eq!(runs.len(), 2);
        let mut m = Merge::new(runs, rest).unwrap();
        let mut back = Vec::new();
        while let Some(r) = m.next_row().unwrap() {
            back.push(r);
        }
        assert_eq!(back, all);
        drop(m);
        drop(dir);
        assert!(std::fs::read_dir(&parent).unwrap().next().is_none());
        let _ = std::fs::remove_dir(&parent);
    }
}

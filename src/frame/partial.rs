//! A [`Partial`] as plain tables, so that partial results move between
//! processes (Dask workers, Spark executors) as Arrow data, never as
//! pickled Rust objects.
//!
//! Every table is always present (empty when its analysis did not run):
//!
//! | table | columns |
//! |---|---|
//! | `report` | one row: `read`, `analysed`, `skipped`, `empty`, `bad_dates`, `detected_lang` |
//! | `files` | `file`, in reading order |
//! | `skips` | `seq`, `file`, `line`, `reason`, `message` (the first 1000 skips) |
//! | `skip_reasons` | `reason`, `n` |
//! | `groups` | `gid`, `key` (the group's values as a JSON array) |
//! | `term_groups` | `gid`, `docs`, `t1` … `t8` (n-grams counted per order) |
//! | `terms` | `gid`, `term`, `count`, `df` |
//! | `actor_keys` | `key`, `k0` … `k3` (mentions per kind), `mentions`, `docs`, `origin` |
//! | `actor_forms` | `key`, `form` (`surface` or `name`), `text`, `n` |
//! | `actor_groups` | `gid`, `units`, `docs` |
//! | `actor_group_keys` | `gid`, `key`, `n` |
//! | `actor_pairs` | `gid`, `a`, `b`, `units`, `docs` |
//! | `actor_mentions` | `seq`, `doc_id`, `surface`, `key`, `name`, `kind`, span, `sentence`, `paragraph`, `token`, `origin` |
//! | `actor_external_seen` | `doc_id` |
//! | `quotes` | `seq`, `gid`, `doc_id`, `lang`, `text`, `speaker`, `cue`, `actor_id`, spans, `kind`, `how`, actor, `sentence`, `paragraph`, `confidence`, `part` |
//! | `quote_names` | `last`, `key` |
//!
//! `seq` is the position of the document in the whole input: a worker
//! shifts its positions past those of the parts before it
//! ([`Partial::shift`]), so merged partials keep the single-machine order.

use std::collections::HashMap as StdHashMap;

use polars::prelude::*;

use super::col;
use crate::actors::cooc::{first_origin, ActorAcc, Forms, GroupAcc, Pair};
use crate::actors::{ActorKind, Mention, Origin};
use crate::analyze::Partial;
use crate::corpus::Skip;
use crate::count::{Entry, GroupCounts};
use crate::error::{Error, ErrorKind, Result};
use crate::group::GroupKey;
use crate::quotes::{ActorRef, Quote, QuoteKind, QuoteRow, SpeakerSource};
use crate::tokenize::Span;

/// Group keys numbered in order of first use.
#[derive(Default)]
struct Groups {
    ids: StdHashMap<GroupKey, u32>,
    keys: Vec<GroupKey>,
}

impl Groups {
    fn id(&mut self, k: &GroupKey) -> u32 {
        if let Some(&i) = self.ids.get(k) {
            return i;
        }
        let i = self.keys.len() as u32;
        self.ids.insert(k.clone(), i);
        self.keys.push(k.clone());
        i
    }
}

fn bad(table: &str, what: impl std::fmt::Display) -> Error {
    Error::new(
        ErrorKind::InvalidConfig,
        format!("not a presslens partial: table {table:?}: {what}"),
    )
}

/// Spans as four columns `<prefix>_byte_start` … `<prefix>_char_end`.
fn span_cols(prefix: &str, spans: &[Option<Span>]) -> [Column; 4] {
    let get = |f: fn(&Span) -> usize| -> Vec<Option<u64>> {
        spans
            .iter()
            .map(|s| s.as_ref().map(|s| f(s) as u64))
            .collect()
    };
    [
        col(&format!("{prefix}_byte_start"), get(|s| s.byte_start)),
        col(&format!("{prefix}_byte_end"), get(|s| s.byte_end)),
        col(&format!("{prefix}_char_start"), get(|s| s.char_start)),
        col(&format!("{prefix}_char_end"), get(|s| s.char_end)),
    ]
}

/// The tables of `p` (see [`Partial::shift`] for document positions).
/// Fails with the error of a document that could not be analysed (invalid
/// external mentions).
pub fn partial_frames(p: Partial) -> Result<Vec<(&'static str, DataFrame)>> {
    let Partial {
        terms,
        mut actors,
        quotes,
        report,
    } = p;
    if let Some((_, e)) = actors.error.take().or(quotes.error) {
        return Err(e);
    }
    let mut out: Vec<(&'static str, DataFrame)> = Vec::with_capacity(18);
    let mut groups = Groups::default();

    // Accounting.
    let r = &report;
    out.push((
        "report",
        DataFrame::new(
            1,
            vec![
                col("read", [r.read]),
                col("analysed", [r.analysed]),
                col("skipped", [r.skipped]),
                col("empty", [r.empty]),
                col("bad_dates", [r.bad_dates]),
                col("detected_lang", [r.detected_lang]),
            ],
        )?,
    ));
    out.push((
        "files",
        DataFrame::new(r.files.len(), vec![col("file", r.files.clone())])?,
    ));
    let skips = &r.skips;
    out.push((
        "skips",
        DataFrame::new(
            skips.len(),
            vec![
                col("seq", r.skip_seqs.clone()),
                col(
                    "file",
                    skips.iter().map(|s| s.file.clone()).collect::<Vec<_>>(),
                ),
                col("line", skips.iter().map(|s| s.line).collect::<Vec<_>>()),
                col(
                    "reason",
                    skips.iter().map(|s| s.reason.as_str()).collect::<Vec<_>>(),
                ),
                col(
                    "message",
                    skips.iter().map(|s| s.message.as_str()).collect::<Vec<_>>(),
                ),
            ],
        )?,
    ));
    out.push((
        "skip_reasons",
        DataFrame::new(
            r.reasons.len(),
            vec![
                col("reason", r.reasons.keys().copied().collect::<Vec<_>>()),
                col("n", r.reasons.values().copied().collect::<Vec<_>>()),
            ],
        )?,
    ));

    // Terms: groups sorted for a deterministic layout.
    let mut tg: Vec<(GroupKey, GroupCounts)> = terms.groups.into_iter().collect();
    tg.sort_by(|a, b| a.0.cmp(&b.0));
    let (mut gid, mut docs) = (Vec::new(), Vec::new());
    let mut totals: Vec<Vec<u64>> = vec![Vec::new(); 8];
    let (mut t_gid, mut t_term, mut t_count, mut t_df) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for (k, g) in &tg {
        let id = groups.id(k);
        gid.push(id);
        docs.push(g.docs);
        for (i, t) in g.totals.iter().enumerate() {
            totals[i].push(*t);
        }
        for (term, e) in &g.terms {
            t_gid.push(id);
            t_term.push(term.as_str());
            t_count.push(e.count);
            t_df.push(e.df);
        }
    }
    let mut cols = vec![col("gid", gid), col("docs", docs)];
    for (i, t) in totals.into_iter().enumerate() {
        cols.push(col(&format!("t{}", i + 1), t));
    }
    out.push(("term_groups", DataFrame::new(tg.len(), cols)?));
    out.push((
        "terms",
        DataFrame::new(
            t_gid.len(),
            vec![
                col("gid", t_gid),
                col("term", t_term),
                col("count", t_count),
                col("df", t_df),
            ],
        )?,
    ));

    // Actors.
    let mut keys: Vec<(&str, &ActorAcc)> =
        actors.actors.iter().map(|(k, a)| (k.as_str(), a)).collect();
    keys.sort_by(|a, b| a.0.cmp(b.0));
    let mut kinds: Vec<Vec<u64>> = vec![Vec::new(); 4];
    for (_, a) in &keys {
        for (i, k) in a.kinds.iter().enumerate() {
            kinds[i].push(*k);
        }
    }
    let mut cols = vec![col("key", keys.iter().map(|(k, _)| *k).collect::<Vec<_>>())];
    for (i, k) in kinds.into_iter().enumerate() {
        cols.push(col(&format!("k{i}"), k));
    }
    cols.push(col(
        "mentions",
        keys.iter().map(|(_, a)| a.mentions).collect::<Vec<_>>(),
    ));
    cols.push(col(
        "docs",
        keys.iter().map(|(_, a)| a.docs).collect::<Vec<_>>(),
    ));
    cols.push(col(
        "origin",
        keys.iter()
            .map(|(_, a)| a.origin.map(Origin::as_str))
            .collect::<Vec<_>>(),
    ));
    out.push(("actor_keys", DataFrame::new(keys.len(), cols)?));
    let (mut f_key, mut f_form, mut f_text, mut f_n) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for (k, a) in &keys {
        for (form, m) in [("surface", &a.surfaces), ("name", &a.names)] {
            for (t, n) in m.iter() {
                f_key.push(*k);
                f_form.push(form);
                f_text.push(t);
                f_n.push(n);
            }
        }
    }
    out.push((
        "actor_forms",
        DataFrame::new(
            f_key.len(),
            vec![
                col("key", f_key),
                col("form", f_form),
                col("text", f_text),
                col("n", f_n),
            ],
        )?,
    ));
    let mut ag: Vec<(&GroupKey, &GroupAcc)> = actors.groups.iter().collect();
    ag.sort_by(|a, b| a.0.cmp(b.0));
    let (mut g_id, mut g_units, mut g_docs) = (Vec::new(), Vec::new(), Vec::new());
    let (mut c_gid, mut c_key, mut c_n) = (Vec::new(), Vec::new(), Vec::new());
    let (mut p_gid, mut p_a, mut p_b, mut p_units, mut p_docs) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for (k, g) in &ag {
        let id = groups.id(k);
        g_id.push(id);
        g_units.push(g.units);
        g_docs.push(g.docs);
        for (key, n) in &g.actors {
            c_gid.push(id);
            c_key.push(actors.key(*key));
            c_n.push(*n);
        }
        for ((a, b), p) in &g.pairs {
            p_gid.push(id);
            p_a.push(actors.key(*a));
            p_b.push(actors.key(*b));
            p_units.push(p.units);
            p_docs.push(p.docs);
        }
    }
    out.push((
        "actor_groups",
        DataFrame::new(
            g_id.len(),
            vec![col("gid", g_id), col("units", g_units), col("docs", g_docs)],
        )?,
    ));
    out.push((
        "actor_group_keys",
        DataFrame::new(
            c_gid.len(),
            vec![col("gid", c_gid), col("key", c_key), col("n", c_n)],
        )?,
    ));
    out.push((
        "actor_pairs",
        DataFrame::new(
            p_gid.len(),
            vec![
                col("gid", p_gid),
                col("a", p_a),
                col("b", p_b),
                col("units", p_units),
                col("docs", p_docs),
            ],
        )?,
    ));
    let m = &actors.mentions;
    let spans: Vec<Option<Span>> = m.iter().map(|x| Some(x.3.surface)).collect();
    let mut cols = vec![
        col("seq", m.iter().map(|x| x.0).collect::<Vec<_>>()),
        col("doc_id", m.iter().map(|x| x.1.as_str()).collect::<Vec<_>>()),
        col(
            "surface",
            m.iter().map(|x| x.2.as_str()).collect::<Vec<_>>(),
        ),
        col(
            "key",
            m.iter().map(|x| x.3.key.as_str()).collect::<Vec<_>>(),
        ),
        col(
            "name",
            m.iter().map(|x| x.3.name.as_str()).collect::<Vec<_>>(),
        ),
        col(
            "kind",
            m.iter().map(|x| x.3.kind.as_str()).collect::<Vec<_>>(),
        ),
    ];
    cols.extend(span_cols("span", &spans));
    cols.extend([
        col(
            "sentence",
            m.iter().map(|x| x.3.sentence as u64).collect::<Vec<_>>(),
        ),
        col(
            "paragraph",
            m.iter().map(|x| x.3.paragraph as u64).collect::<Vec<_>>(),
        ),
        col(
            "token",
            m.iter().map(|x| x.3.token as u64).collect::<Vec<_>>(),
        ),
        col(
            "origin",
            m.iter().map(|x| x.3.origin.as_str()).collect::<Vec<_>>(),
        ),
    ]);
    out.push(("actor_mentions", DataFrame::new(m.len(), cols)?));
    let seen: Vec<&str> = actors.external_seen.iter().map(String::as_str).collect();
    out.push((
        "actor_external_seen",
        DataFrame::new(seen.len(), vec![col("doc_id", seen)])?,
    ));

    // Quotations.
    let q = &quotes.rows;
    let qs = |f: fn(&Quote) -> Option<Span>| -> Vec<Option<Span>> {
        q.iter().map(|r| f(&r.1.quote)).collect()
    };
    let gids: Vec<u32> = q.iter().map(|r| groups.id(&r.2)).collect();
    let mut cols = vec![
        col("seq", q.iter().map(|r| r.0).collect::<Vec<_>>()),
        col("gid", gids),
        col(
            "speaker_kind",
            q.iter()
                .map(|r| r.3.map(ActorKind::as_str))
                .collect::<Vec<_>>(),
        ),
        col(
            "doc_id",
            q.iter().map(|r| r.1.doc_id.as_str()).collect::<Vec<_>>(),
        ),
        col(
            "lang",
            q.iter().map(|r| r.1.lang.as_deref()).collect::<Vec<_>>(),
        ),
        col(
            "text",
            q.iter().map(|r| r.1.text.as_str()).collect::<Vec<_>>(),
        ),
        col(
            "speaker",
            q.iter().map(|r| r.1.speaker.as_str()).collect::<Vec<_>>(),
        ),
        col(
            "cue",
            q.iter().map(|r| r.1.cue.as_str()).collect::<Vec<_>>(),
        ),
        col(
            "actor_id",
            q.iter()
                .map(|r| r.1.actor_id.as_deref())
                .collect::<Vec<_>>(),
        ),
    ];
    cols.extend(span_cols("quote", &qs(|x| Some(x.quote))));
    cols.extend(span_cols("speaker", &qs(|x| x.speaker)));
    cols.extend(span_cols("cue", &qs(|x| x.cue)));
    let actor = |f: fn(&ActorRef) -> &str| -> Vec<Option<&str>> {
        q.iter().map(|r| r.1.quote.actor.as_ref().map(f)).collect()
    };
    cols.extend([
        col(
            "kind",
            q.iter()
                .map(|r| r.1.quote.kind.as_str())
                .collect::<Vec<_>>(),
        ),
        col(
            "how",
            q.iter().map(|r| r.1.quote.how.as_str()).collect::<Vec<_>>(),
        ),
        col("actor_key", actor(|a| a.key.as_str())),
        col("actor_name", actor(|a| a.name.as_str())),
        col("actor_kind", actor(|a| a.kind.as_str())),
        col(
            "sentence",
            q.iter()
                .map(|r| r.1.quote.sentence as u64)
                .collect::<Vec<_>>(),
        ),
        col(
            "paragraph",
            q.iter()
                .map(|r| r.1.quote.paragraph as u64)
                .collect::<Vec<_>>(),
        ),
        col(
            "confidence",
            q.iter()
                .map(|r| f64::from(r.1.quote.confidence))
                .collect::<Vec<_>>(),
        ),
        col("part", q.iter().map(|r| r.1.quote.part).collect::<Vec<_>>()),
    ]);
    out.push(("quotes", DataFrame::new(q.len(), cols)?));
    let (mut n_last, mut n_key) = (Vec::new(), Vec::new());
    let mut by_last: Vec<_> = quotes.by_last.iter().collect();
    by_last.sort_by(|a, b| a.0.cmp(b.0));
    for (last, ks) in by_last {
        for k in ks {
            n_last.push(last.as_str());
            n_key.push(k.as_str());
        }
    }
    out.push((
        "quote_names",
        DataFrame::new(n_last.len(), vec![col("last", n_last), col("key", n_key)])?,
    ));

    // The group keys, last: every table above has numbered its groups.
    let keys: Vec<String> = groups
        .keys
        .iter()
        .map(|k| serde_json::to_string(&k.iter().map(|v| v.as_deref()).collect::<Vec<_>>()))
        .collect::<std::result::Result<_, _>>()
        .map_err(|e| bad("groups", e))?;
    out.push((
        "groups",
        DataFrame::new(
            keys.len(),
            vec![
                col("gid", (0..keys.len() as u32).collect::<Vec<_>>()),
                col("key", keys),
            ],
        )?,
    ));
    Ok(out)
}

/// Column readers that name the table and column on a type or null error.
struct Table<'a> {
    name: &'a str,
    df: &'a DataFrame,
}

impl<'a> Table<'a> {
    fn column(&self, c: &str) -> Result<&'a Column> {
        self.df
            .column(c)
            .map_err(|_| bad(self.name, format!("no column {c:?}")))
    }

    fn u64s(&self, c: &str) -> Result<Vec<u64>> {
        let s = self
            .column(c)?
            .cast(&DataType::UInt64)
            .map_err(|e| bad(self.name, e))?;
        let ca = s.u64().map_err(|e| bad(self.name, e))?;
        ca.iter()
            .map(|v| v.ok_or_else(|| bad(self.name, format!("null in {c:?}"))))
            .collect()
    }

    fn opt_u64s(&self, c: &str) -> Result<Vec<Option<u64>>> {
        let s = self
            .column(c)?
            .cast(&DataType::UInt64)
            .map_err(|e| bad(self.name, e))?;
        Ok(s.u64().map_err(|e| bad(self.name, e))?.iter().collect())
    }

    fn f64s(&self, c: &str) -> Result<Vec<f64>> {
        let s = self
            .column(c)?
            .cast(&DataType::Float64)
            .map_err(|e| bad(self.name, e))?;
        let ca = s.f64().map_err(|e| bad(self.name, e))?;
        ca.iter()
            .map(|v| v.ok_or_else(|| bad(self.name, format!("null in {c:?}"))))
            .collect()
    }

    fn opt_strs(&self, c: &str) -> Result<Vec<Option<&'a str>>> {
        let ca = self.column(c)?.str().map_err(|e| bad(self.name, e))?;
        Ok(ca.iter().collect())
    }

    fn strs(&self, c: &str) -> Result<Vec<&'a str>> {
        self.opt_strs(c)?
            .iter()
            .map(|v| v.ok_or_else(|| bad(self.name, format!("null in {c:?}"))))
            .collect()
    }

    fn spans(&self, prefix: &str) -> Result<Vec<Option<Span>>> {
        let cols: Vec<Vec<Option<u64>>> = ["byte_start", "byte_end", "char_start", "char_end"]
            .iter()
            .map(|f| self.opt_u64s(&format!("{prefix}_{f}")))
            .collect::<Result<_>>()?;
        Ok((0..self.df.height())
            .map(|i| {
                Some(Span {
                    byte_start: cols[0][i]? as usize,
                    byte_end: cols[1][i]? as usize,
                    char_start: cols[2][i]? as usize,
                    char_end: cols[3][i]? as usize,
                })
            })
            .collect())
    }
}

fn kind_of(table: &str, s: &str) -> Result<ActorKind> {
    ActorKind::parse(s).map_err(|_| bad(table, format!("unknown actor kind {s:?}")))
}

fn origin_of(table: &str, s: &str) -> Result<Origin> {
    Origin::from_name(s).ok_or_else(|| bad(table, format!("unknown origin {s:?}")))
}

/// A [`Partial`] from the tables of [`partial_frames`] (by name; the order
/// does not matter).
pub fn partial_from_frames(frames: &[(String, DataFrame)]) -> Result<Partial> {
    let get = |name: &'static str| -> Result<Table<'_>> {
        frames
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, df)| Table { name, df })
            .ok_or_else(|| bad(name, "missing"))
    };
    let mut p = Partial::default();

    let t = get("groups")?;
    let mut gkeys: StdHashMap<u64, GroupKey> = StdHashMap::new();
    for (id, key) in t.u64s("gid")?.into_iter().zip(t.strs("key")?) {
        let values: Vec<Option<String>> =
            serde_json::from_str(key).map_err(|e| bad("groups", e))?;
        let k: GroupKey = values.into_iter().map(|v| v.map(Into::into)).collect();
        gkeys.insert(id, k);
    }
    let group = |table: &str, id: u64| -> Result<GroupKey> {
        gkeys
            .get(&id)
            .cloned()
            .ok_or_else(|| bad(table, format!("unknown group id {id}")))
    };

    // Accounting.
    let t = get("report")?;
    if t.df.height() != 1 {
        return Err(bad("report", "not one row"));
    }
    let r = &mut p.report;
    r.read = t.u64s("read")?[0];
    r.analysed = t.u64s("analysed")?[0];
    r.skipped = t.u64s("skipped")?[0];
    r.empty = t.u64s("empty")?[0];
    r.bad_dates = t.u64s("bad_dates")?[0];
    r.detected_lang = t.u64s("detected_lang")?[0];
    r.files = get("files")?
        .strs("file")?
        .into_iter()
        .map(String::from)
        .collect();
    let t = get("skips")?;
    r.skip_seqs = t.u64s("seq")?;
    let (files, lines) = (t.opt_strs("file")?, t.opt_u64s("line")?);
    let (reasons, messages) = (t.strs("reason")?, t.strs("message")?);
    for i in 0..t.df.height() {
        r.skips.push(Skip {
            file: files[i].map(String::from),
            line: lines[i],
            reason: ErrorKind::from_name(reasons[i])
                .ok_or_else(|| bad("skips", format!("unknown reason {:?}", reasons[i])))?,
            message: messages[i].to_string(),
        });
    }
    let t = get("skip_reasons")?;
    for (k, n) in t.strs("reason")?.into_iter().zip(t.u64s("n")?) {
        let kind = ErrorKind::from_name(k)
            .ok_or_else(|| bad("skip_reasons", format!("unknown reason {k:?}")))?;
        r.reasons.insert(kind.as_str(), n);
    }

    // Terms.
    let t = get("term_groups")?;
    let totals: Vec<Vec<u64>> = (1..=8)
        .map(|i| t.u64s(&format!("t{i}")))
        .collect::<Result<_>>()?;
    let mut by_id: StdHashMap<u64, GroupKey> = StdHashMap::new();
    for (i, (id, docs)) in t.u64s("gid")?.into_iter().zip(t.u64s("docs")?).enumerate() {
        let k = group("term_groups", id)?;
        let g = p.terms.groups.entry(k.clone()).or_default();
        g.docs += docs;
        for (n, tot) in totals.iter().enumerate() {
            g.totals[n] += tot[i];
        }
        by_id.insert(id, k);
    }
    let t = get("terms")?;
    let (gid, term, count, df) = (
        t.u64s("gid")?,
        t.strs("term")?,
        t.u64s("count")?,
        t.u64s("df")?,
    );
    let mut last: Option<(u64, GroupKey)> = None;
    for i in 0..gid.len() {
        let k = match &last {
            Some((id, k)) if *id == gid[i] => k.clone(),
            _ => {
                let k = by_id
                    .get(&gid[i])
                    .cloned()
                    .ok_or_else(|| bad("terms", format!("group {} has no docs row", gid[i])))?;
                last = Some((gid[i], k.clone()));
                k
            }
        };
        let g = p.terms.groups.entry(k).or_default();
        let e = g.terms.entry(term[i].into()).or_insert(Entry::default());
        e.count += count[i];
        e.df += df[i];
    }

    // Actors.
    let a = &mut p.actors;
    let t = get("actor_keys")?;
    let kinds: Vec<Vec<u64>> = (0..4)
        .map(|i| t.u64s(&format!("k{i}")))
        .collect::<Result<_>>()?;
    let (mentions, docs, origins) = (t.u64s("mentions")?, t.u64s("docs")?, t.opt_strs("origin")?);
    for (i, key) in t.strs("key")?.into_iter().enumerate() {
        let id = a.id(key);
        let acc = &mut a.actors[id as usize].1;
        for (k, v) in acc.kinds.iter_mut().zip(&kinds) {
            *k += v[i];
        }
        acc.mentions += mentions[i];
        acc.docs += docs[i];
        let origin = origins[i].map(|o| origin_of("actor_keys", o)).transpose()?;
        acc.origin = first_origin(acc.origin, origin);
    }
    let t = get("actor_forms")?;
    let (keys, forms, texts, ns) = (
        t.strs("key")?,
        t.strs("form")?,
        t.strs("text")?,
        t.u64s("n")?,
    );
    for i in 0..keys.len() {
        let id = *a
            .ids
            .get(keys[i])
            .ok_or_else(|| bad("actor_forms", format!("unknown key {:?}", keys[i])))?;
        let acc = &mut a.actors[id as usize].1;
        let m: &mut Forms = match forms[i] {
            "surface" => &mut acc.surfaces,
            "name" => &mut acc.names,
            f => return Err(bad("actor_forms", format!("unknown form {f:?}"))),
        };
        m.add(texts[i], ns[i]);
    }
    let t = get("actor_groups")?;
    for ((id, units), docs) in t
        .u64s("gid")?
        .into_iter()
        .zip(t.u64s("units")?)
        .zip(t.u64s("docs")?)
    {
        let g: &mut GroupAcc = a.groups.entry(group("actor_groups", id)?).or_default();
        g.units += units;
        g.docs += docs;
    }
    let t = get("actor_group_keys")?;
    for ((id, key), n) in t
        .u64s("gid")?
        .into_iter()
        .zip(t.strs("key")?)
        .zip(t.u64s("n")?)
    {
        let key = a.id(key);
        let g = a.groups.entry(group("actor_group_keys", id)?).or_default();
        *g.actors.entry(key).or_default() += n;
    }
    let t = get("actor_pairs")?;
    let (gid, pa, pb, units, docs) = (
        t.u64s("gid")?,
        t.strs("a")?,
        t.strs("b")?,
        t.u64s("units")?,
        t.u64s("docs")?,
    );
    for i in 0..gid.len() {
        let (x, y) = (a.id(pa[i]), a.id(pb[i]));
        let g = a.groups.entry(group("actor_pairs", gid[i])?).or_default();
        let e: &mut Pair = g.pairs.entry((x.min(y), x.max(y))).or_default();
        e.units += units[i];
        e.docs += docs[i];
    }
    let t = get("actor_mentions")?;
    let spans = t.spans("span")?;
    let (seq, doc_id, surface, key, name, kind) = (
        t.u64s("seq")?,
        t.strs("doc_id")?,
        t.strs("surface")?,
        t.strs("key")?,
        t.strs("name")?,
        t.strs("kind")?,
    );
    let (sentence, paragraph, token, origin) = (
        t.u64s("sentence")?,
        t.u64s("paragraph")?,
        t.u64s("token")?,
        t.strs("origin")?,
    );
    for i in 0..seq.len() {
        a.mentions.push((
            seq[i],
            doc_id[i].to_string(),
            surface[i].to_string(),
            Mention {
                key: key[i].to_string(),
                name: name[i].to_string(),
                kind: kind_of("actor_mentions", kind[i])?,
                surface: spans[i].ok_or_else(|| bad("actor_mentions", "null span"))?,
                sentence: sentence[i] as usize,
                paragraph: paragraph[i] as usize,
                token: token[i] as usize,
                origin: origin_of("actor_mentions", origin[i])?,
            },
        ));
    }
    for id in get("actor_external_seen")?.strs("doc_id")? {
        a.external_seen.insert(id.to_string());
    }

    // Quotations.
    let t = get("quotes")?;
    let (qspan, sspan, cspan) = (t.spans("quote")?, t.spans("speaker")?, t.spans("cue")?);
    let (seq, gid, speaker_kind) = (t.u64s("seq")?, t.u64s("gid")?, t.opt_strs("speaker_kind")?);
    let (doc_id, lang, text, speaker, cue, actor_id) = (
        t.strs("doc_id")?,
        t.opt_strs("lang")?,
        t.strs("text")?,
        t.strs("speaker")?,
        t.strs("cue")?,
        t.opt_strs("actor_id")?,
    );
    let (kind, how, akey, aname, akind) = (
        t.strs("kind")?,
        t.strs("how")?,
        t.opt_strs("actor_key")?,
        t.opt_strs("actor_name")?,
        t.opt_strs("actor_kind")?,
    );
    let (sentence, paragraph, confidence, part) = (
        t.u64s("sentence")?,
        t.u64s("paragraph")?,
        t.f64s("confidence")?,
        t.u64s("part")?,
    );
    for i in 0..seq.len() {
        let actor = match (akey[i], aname[i], akind[i]) {
            (Some(k), Some(n), Some(kd)) => Some(ActorRef {
                key: k.to_string(),
                name: n.to_string(),
                kind: kind_of("quotes", kd)?,
            }),
            _ => None,
        };
        let quote = Quote {
            quote: qspan[i].ok_or_else(|| bad("quotes", "null quote span"))?,
            kind: QuoteKind::from_name(kind[i])
                .ok_or_else(|| bad("quotes", format!("unknown kind {:?}", kind[i])))?,
            speaker: sspan[i],
            how: SpeakerSource::from_name(how[i])
                .ok_or_else(|| bad("quotes", format!("unknown how {:?}", how[i])))?,
            actor,
            cue: cspan[i],
            sentence: sentence[i] as usize,
            paragraph: paragraph[i] as usize,
            confidence: confidence[i] as f32,
            part: part[i] as u32,
        };
        p.quotes.rows.push((
            seq[i],
            QuoteRow {
                doc_id: doc_id[i].to_string(),
                lang: lang[i].map(String::from),
                quote,
                text: text[i].to_string(),
                speaker: speaker[i].to_string(),
                cue: cue[i].to_string(),
                actor_id: actor_id[i].map(String::from),
            },
            group("quotes", gid[i])?,
            speaker_kind[i].map(|k| kind_of("quotes", k)).transpose()?,
        ));
    }
    let t = get("quote_names")?;
    for (last, key) in t.strs("last")?.into_iter().zip(t.strs("key")?) {
        p.quotes
            .by_last
            .entry(last.to_string())
            .or_default()
            .insert(key.to_string());
    }
    Ok(p)
}

#!/usr/bin/env python3
"""Quotation extraction and speaker attribution on annotated data.

Scores presslens (rules only, no model, no lexicon) on the sets of
``../shared/eval/quotes/`` with the scoring of that folder's README:

* a gold quotation matches a predicted one when the share of the gold
  quotation's characters covered by the prediction exceeds a threshold (0.3
  and 0.8); gold and predicted quotations are paired one-to-one, greedily,
  best overlap first; P = matched / predicted, R = matched / gold. A
  quotation presslens gives in parts (``part`` 1, 2 … continuing the row
  before: ``"A," he said, "B."``) is one prediction with several fragments,
  as gold quotations have several fragments;
* exact-span F1: predicted and gold ranges equal (after trimming spaces,
  quotation marks and final punctuation on both);
* speaker accuracy: the share of quotations matched at 0.3 whose predicted
  speaker span overlaps the gold speaker span, or whose linked actor's name
  equals the gold speaker's text or ends with its last word (a pronoun or a
  subjectless cue resolved to the right person).

Sets:

* ``en-polnear`` dev (first annotator of each article): all attributions,
  and those whose content holds a quotation mark;
* ``de-wikinews-quotes-2024`` dev (``--split train`` to develop on train);
  plus a token-level Message/Speaker P/R/F1 in the spirit of GermEval 2023
  (tokens of the set, counted over all quotations of a document, without the
  one-to-one alignment of the official script);
* ``cs-ru-adaq``: token-level content and source P/R/F1 (the thesis' metric);
* ``de-gepade-spkatt-2023`` dev: token-level Message and Source P/R/F1.

Usage::

    python scripts/eval_quotes.py                 # every set, dev splits
    python scripts/eval_quotes.py --markdown      # the table of docs/accuracy.md
    python scripts/eval_quotes.py --sets polnear --limit 20

When ``../shared/eval/quotes`` is missing the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import presslens as pr

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "eval" / "quotes"
MARKS = "\"'“”„‟«»‹›‚‘’「」『』"
TRIM = " \t\n\r" + MARKS + ".,;:!?…"


@dataclass
class Gold:
    quote: list[tuple[int, int]]
    speaker: list[tuple[int, int]]
    text: str = ""

    def speaker_text(self, doc: str) -> str:
        return " ".join(doc[s:e] for s, e in self.speaker)


@dataclass
class Pred:
    quote: list[tuple[int, int]]
    speaker: tuple[int, int] | None
    actor: str | None


@dataclass
class Score:
    gold: int = 0
    pred: int = 0
    matched: dict[float, int] = field(default_factory=lambda: {0.3: 0, 0.8: 0})
    exact: int = 0
    speaker_ok: int = 0

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.pred += other.pred
        for k in self.matched:
            self.matched[k] += other.matched[k]
        self.exact += other.exact
        self.speaker_ok += other.speaker_ok

    def prf(self, tp: int) -> tuple[float, float, float]:
        p = tp / self.pred if self.pred else 0.0
        r = tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def covered(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> float:
    """Share of the gold characters covered by the predicted fragments."""
    total = sum(e - s for s, e in gold)
    if total <= 0:
        return 0.0
    inter = sum(max(0, min(e, b) - max(s, a)) for s, e in gold for a, b in pred)
    return min(1.0, inter / total)


def trimmed(doc: str, s: int, e: int) -> tuple[int, int]:
    while s < e and doc[s] in TRIM:
        s += 1
    while e > s and doc[e - 1] in TRIM:
        e -= 1
    return s, e


def same_speaker(doc: str, g: Gold, p: Pred) -> bool:
    if not g.speaker:
        return False
    if p.speaker is not None and any(
        min(e, p.speaker[1]) > max(s, p.speaker[0]) for s, e in g.speaker
    ):
        return True
    if p.actor:
        gt = g.speaker_text(doc).lower().strip()
        a = p.actor.lower().strip()
        if gt == a or (gt and a.split() and gt.split()[-1] == a.split()[-1]):
            return True
    return False


def score_doc(doc: str, gold: list[Gold], pred: list[Pred]) -> Score:
    sc = Score(gold=len(gold), pred=len(pred))
    for thr in (0.3, 0.8):
        pairs = []
        for gi, g in enumerate(gold):
            for pi, p in enumerate(pred):
                c = covered(g.quote, p.quote)
                if c > thr:
                    pairs.append((c, gi, pi))
        pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
        used_g: set[int] = set()
        used_p: set[int] = set()
        for _, gi, pi in pairs:
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            sc.matched[thr] += 1
            if thr == 0.3 and same_speaker(doc, gold[gi], pred[pi]):
                sc.speaker_ok += 1
    gold_exact = {trimmed(doc, g.quote[0][0], g.quote[-1][1]) for g in gold}
    sc.exact = sum(1 for p in pred if trimmed(doc, p.quote[0][0], p.quote[-1][1]) in gold_exact)
    return sc


def predict(text: str, lang: str) -> list[Pred]:
    """presslens' quotations of one text; the parts of a quotation (``part`` > 0
    continues the row before) are one prediction with several fragments."""
    df = pr.extract_quotes(text, lang=lang)
    out: list[Pred] = []
    for r in df.iter_rows(named=True):
        span = (r["quote_start"], r["quote_end"])
        if r["part"] > 0 and out:
            out[-1].quote.append(span)
            continue
        sp = (r["speaker_start"], r["speaker_end"]) if r["speaker_start"] is not None else None
        out.append(Pred([span], sp, r["actor"]))
    return out


# ---------------------------------------------------------------- PolNeAR


def polnear_docs(root: Path, split: str) -> Iterable[tuple[str, list[Gold]]]:
    meta = {}
    with open(root / "metadata.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            meta[row["filename"]] = row["annotators"].split("|")[0]
    for txt in sorted((root / split / "text").glob("*.txt")):
        name = txt.stem
        ann_id = meta.get(name) or meta.get(txt.name)
        candidates = sorted((root / split / "attributions").glob(f"{name}_*.ann"))
        ann = next((c for c in candidates if ann_id and c.stem.endswith("_" + ann_id)), None)
        ann = ann or (candidates[0] if candidates else None)
        if ann is None:
            continue
        text = txt.read_text(encoding="utf-8")
        spans: dict[str, list[tuple[int, int]]] = {}
        events = []
        for line in ann.read_text(encoding="utf-8").splitlines():
            if re.match(r"T\d+\t", line):
                tid, info, _ = [*line.split("\t"), "", ""][:3]
                parts = info.split(" ", 1)
                frags = []
                for frag in parts[1].split(";"):
                    s, e = frag.split()
                    frags.append((int(s), int(e)))
                spans[tid] = frags
            elif re.match(r"E\d+\t", line):
                roles = dict(r.split(":", 1) for r in line.split("\t")[1].split())
                events.append(roles)
        gold = []
        for ev in events:
            content = spans.get(ev.get("Content", ""))
            if not content:
                continue
            gold.append(Gold(sorted(content), sorted(spans.get(ev.get("Source", ""), []))))
        yield text, gold


def eval_polnear(root: Path, split: str, limit: int | None) -> dict[str, Score]:
    out = {"all": Score(), "quotation marks": Score()}
    for i, (text, gold) in enumerate(polnear_docs(root, split)):
        if limit is not None and i >= limit:
            break
        pred = predict(text, "en")
        out["all"].add(score_doc(text, gold, pred))
        marked = [g for g in gold if any(c in text[s:e] for s, e in g.quote for c in '"“”')]
        # Predictions scored against the marked subset: only those that
        # overlap no unmarked gold quotation count.
        unmarked = [g for g in gold if g not in marked]
        keep = [p for p in pred if not any(covered(g.quote, p.quote) > 0.3 for g in unmarked)]
        out["quotation marks"].add(score_doc(text, marked, keep))
    return out


# ---------------------------------------------------------------- Wikinews


@dataclass
class Tokens:
    pos: list[tuple[int, int]]
    content: set[int] = field(default_factory=set)
    source: set[int] = field(default_factory=set)


@dataclass
class TokScore:
    tp: dict[str, int] = field(default_factory=lambda: {"content": 0, "source": 0})
    fp: dict[str, int] = field(default_factory=lambda: {"content": 0, "source": 0})
    fn: dict[str, int] = field(default_factory=lambda: {"content": 0, "source": 0})

    def add_doc(self, toks: Tokens, pred: list[Pred]) -> None:
        for role, gold in (("content", toks.content), ("source", toks.source)):
            spans = (
                [f for p in pred for f in p.quote]
                if role == "content"
                else [p.speaker for p in pred if p.speaker is not None]
            )
            predicted = {
                i
                for i, (s, e) in enumerate(toks.pos)
                if any(min(e, b) > max(s, a) for a, b in spans)
            }
            self.tp[role] += len(predicted & gold)
            self.fp[role] += len(predicted - gold)
            self.fn[role] += len(gold - predicted)

    def prf(self, role: str) -> tuple[float, float, float]:
        tp, fp, fn = self.tp[role], self.fp[role], self.fn[role]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def eval_wikinews(root: Path, split: str, limit: int | None) -> tuple[Score, TokScore]:
    sc, ts = Score(), TokScore()
    with gzip.open(root / f"{split}.jsonl.gz", "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if limit is not None and i >= limit:
                break
            d = json.loads(line)
            text = d["originalText"]
            gold = []
            toks = Tokens([(t["charBegin"], t["charEnd"]) for t in d["tokens"]])
            tok_index = {t["id"]: k for k, t in enumerate(d["tokens"])}
            for a in d["annotations"]:
                q = [(s["charBegin"], s["charEnd"]) for s in a["quote"]["spans"]]
                if not q:
                    continue
                sp = [(s["charBegin"], s["charEnd"]) for s in a["speaker"]["spans"]]
                gold.append(Gold(sorted(q), sorted(sp)))
                toks.content.update(tok_index[t] for t in a["quote"]["tokenIds"] if t in tok_index)
                toks.source.update(tok_index[t] for t in a["speaker"]["tokenIds"] if t in tok_index)
            pred = predict(text, "de")
            sc.add(score_doc(text, gold, pred))
            ts.add_doc(toks, pred)
    return sc, ts


# ---------------------------------------------------------------- ADAQ, GePaDe


def align_tokens(text: str, words: list[str]) -> list[tuple[int, int]]:
    pos, out = 0, []
    for w in words:
        w2 = w.replace('""', '"') if w.startswith('"') else w
        at = text.find(w2, pos)
        if at < 0:
            at = pos
            out.append((at, at))
            continue
        out.append((at, at + len(w2)))
        pos = at + len(w2)
    return out


def eval_adaq(root: Path, lang: str) -> TokScore:
    ts = TokScore()
    sents: dict[str, str] = {}
    with open(root / f"{lang}_sentences.tsv", encoding="utf-8", newline="") as f:
        r = csv.reader(f, delimiter="\t")
        next(r)
        for row in r:
            if len(row) >= 2:
                sents[row[1]] = row[0]
    toks: dict[str, list[tuple[str, str]]] = {}
    with open(root / f"{lang}_tokens.tsv", encoding="utf-8", newline="") as f:
        r = csv.reader(f, delimiter="\t")
        next(r)
        for row in r:
            if len(row) >= 5:
                toks.setdefault(row[2], []).append((row[1], row[4]))
    for sid, text in sents.items():
        words = toks.get(sid, [])
        t = Tokens(align_tokens(text, [w for w, _ in words]))
        t.content = {i for i, (_, tag) in enumerate(words) if tag == "content"}
        t.source = {i for i, (_, tag) in enumerate(words) if tag == "source"}
        ts.add_doc(t, predict(text, lang))
    return ts


def eval_gepade(root: Path, split: str, limit: int | None) -> TokScore:
    ts = TokScore()
    with gzip.open(root / f"{split}.jsonl.gz", "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if limit is not None and i >= limit:
                break
            d = json.loads(line)
            pos, parts, index = [], [], {}
            at = 0
            for s in d["Sentences"]:
                for k, w in enumerate(s["Tokens"]):
                    index[f"{s['SentenceId']}:{k}"] = len(pos)
                    pos.append((at, at + len(w)))
                    parts.append(w)
                    at += len(w) + 1
            text = " ".join(parts)
            t = Tokens(pos)
            for a in d["Annotations"]:
                t.content.update(index[x] for x in a.get("Message", []) if x in index)
                t.source.update(index[x] for x in a.get("Source", []) if x in index)
            ts.add_doc(t, predict(text, "de"))
    return ts


# ---------------------------------------------------------------- report


def fmt(x: float) -> str:
    return f"{x:.3f}".lstrip("0") if x < 1 else "1.000"


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--split", default="dev", help="dev (default) or train")
    ap.add_argument("--sets", default="polnear,wikinews,adaq,gepade")
    ap.add_argument("--limit", type=int, default=None, help="documents per set (for a quick look)")
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()
    if not args.data.is_dir():
        print(f"evaluation data not found at {args.data}: nothing to score")
        return 0
    sets = args.sets.split(",")
    rows: list[tuple[str, Score]] = []
    tok_rows: list[tuple[str, TokScore]] = []
    t0 = time.perf_counter()
    if "polnear" in sets:
        for name, sc in eval_polnear(args.data / "en-polnear", args.split, args.limit).items():
            rows.append((f"en PolNeAR {args.split}, {name}", sc))
    if "wikinews" in sets:
        sc, ts = eval_wikinews(args.data / "de-wikinews-quotes-2024", args.split, args.limit)
        rows.append((f"de Wikinews {args.split}", sc))
        tok_rows.append((f"de Wikinews {args.split} (tokens)", ts))
    if "adaq" in sets:
        for lang in ("cs", "ru"):
            tok_rows.append((f"{lang} ADAQ sentences", eval_adaq(args.data / "cs-ru-adaq", lang)))
    if "gepade" in sets:
        tok_rows.append(
            (
                f"de GePaDe {args.split} (Bundestag)",
                eval_gepade(args.data / "de-gepade-spkatt-2023", args.split, args.limit),
            )
        )
    secs = time.perf_counter() - t0
    if args.markdown:
        print("| set | gold | pred | P@.3 | R@.3 | F1@.3 | F1@.8 | exact F1 | speaker acc. |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, sc in rows:
        p, r, f = sc.prf(sc.matched[0.3])
        _, _, f8 = sc.prf(sc.matched[0.8])
        _, _, fe = sc.prf(sc.exact)
        acc = sc.speaker_ok / sc.matched[0.3] if sc.matched[0.3] else 0.0
        cells = [
            name,
            str(sc.gold),
            str(sc.pred),
            fmt(p),
            fmt(r),
            fmt(f),
            fmt(f8),
            fmt(fe),
            fmt(acc),
        ]
        print("| " + " | ".join(cells) + " |" if args.markdown else "  ".join(cells))
    if args.markdown:
        print()
        print("| set (token level) | content P | R | F1 | source P | R | F1 |")
        print("|---|---:|---:|---:|---:|---:|---:|")
    for name, ts in tok_rows:
        cp, cr, cf = ts.prf("content")
        sp, sr, sf = ts.prf("source")
        cells = [name] + [fmt(x) for x in (cp, cr, cf, sp, sr, sf)]
        print("| " + " | ".join(cells) + " |" if args.markdown else "  ".join(cells))
    print(f"\n({secs:.1f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

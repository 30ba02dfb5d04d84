#!/usr/bin/env python3
"""Build the bundled example corpus data/example/news.jsonl.

Deterministically selects a subset of the redistributable multilingual news
sample in /work/shared/data/sample-news/ (see its SOURCE.md and
data/example/ATTRIBUTION.md for sources and licences).

Selection rule, per language:
  1. read <lang>.jsonl; drop records matched by excluded() (see there) and
     records whose serialised line is longer than MAX_BYTES (keeps the
     bundled file small and the examples readable);
  2. order the remaining records by date (undated records after dated ones),
     ties by their position in the source file;
  3. take COUNT records evenly spaced over that order (every k-th record, so
     dated languages cover as many months as possible).
Records are copied unchanged (same keys, same order, same values).
Output is sorted by lang, then date (null dates last), then id.

Stdlib only. Usage:  python3 scripts/make_example_corpus.py [SRC_DIR] [OUT_FILE]
"""

import json
import os
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC_DIR = "/work/shared/data/sample-news"
OUT_FILE = os.path.join(ROOT, "data", "example", "news.jsonl")
KEYS = ["id", "lang", "date", "source", "url", "title", "text"]

# lang -> (COUNT, MAX_BYTES per serialised record); None = take everything
PLAN = {
    "en": (60, 2000),
    "fr": (30, 2000),
    "ja": (70, 1500),
    "ru": (35, 2000),
    "zh": (40, 2200),
    "pt": (None, None),
    "es": (None, None),
}


def excluded(rec):
    """Records never bundled, whatever the plan says."""
    # A Wikinews sandbox page ("TEST PAGE:Self-publish today"), not news.
    if (rec["title"] or "").startswith("TEST PAGE"):
        return True
    # zh.wikinews items in the sample were written in 2026, after zh Wikinews
    # moved its default licence from CC BY 2.5 to CC BY 4.0 (January 2025);
    # keeping them out leaves the zh part purely VOA (public domain).
    return bool(rec["id"].startswith("wikinews-zh-"))


def dumps(rec):
    return json.dumps(rec, ensure_ascii=False)


def load(path):
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            rec = json.loads(line)
            if list(rec.keys()) != KEYS:
                raise SystemExit(f"{path}: unexpected keys {list(rec.keys())}")
            out.append(rec)
    return out


def evenly_spaced(items, n):
    """n items at evenly spaced positions (deterministic), or all if fewer."""
    if n is None or n >= len(items):
        return list(items)
    step = len(items) / n
    return [items[int(i * step + step / 2)] for i in range(n)]


def date_key(rec):
    d = rec["date"]
    return (d is None, d or "")


def select(lang, records):
    count, max_bytes = PLAN[lang]
    pool = [
        (i, r)
        for i, r in enumerate(records)
        if not excluded(r) and (max_bytes is None or len(dumps(r).encode("utf-8")) <= max_bytes)
    ]
    pool.sort(key=lambda ir: (date_key(ir[1]), ir[0]))
    return [r for _, r in evenly_spaced(pool, count)]


def main(argv):
    src_dir = argv[1] if len(argv) > 1 else SRC_DIR
    out_file = argv[2] if len(argv) > 2 else OUT_FILE
    chosen = []
    for lang in PLAN:
        chosen.extend(select(lang, load(os.path.join(src_dir, f"{lang}.jsonl"))))
    chosen.sort(key=lambda r: (r["lang"], date_key(r), r["id"]))

    os.makedirs(os.path.dirname(out_file), exist_ok=True)
    data = "".join(dumps(r) + "\n" for r in chosen).encode("utf-8")
    with open(out_file, "wb") as fh:
        fh.write(data)

    counts = Counter(r["lang"] for r in chosen)
    sizes = Counter()
    months = {}
    for r in chosen:
        sizes[r["lang"]] += len(dumps(r).encode("utf-8")) + 1
        if r["date"]:
            months.setdefault(r["lang"], set()).add(r["date"][:7])
    print(f"wrote {out_file}")
    for lang in sorted(counts):
        m = months.get(lang)
        span = f"{min(m)}..{max(m)} ({len(m)} months)" if m else "undated"
        print(f"  {lang}: {counts[lang]:4d} articles {sizes[lang]:8d} bytes  {span}")
    print(f"  total: {len(chosen)} articles, {len(data)} bytes")


if __name__ == "__main__":
    main(sys.argv)

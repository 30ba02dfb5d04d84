#!/usr/bin/env python3
"""Generate the derived corpus-reader fixtures in tests/data/corpus/.

* mini-news.jsonl      12 short real articles (2 each of en, fr, ru, pt, ja,
                       zh) copied unchanged from data/example/news.jsonl
                       (run scripts/make_example_corpus.py first); see
                       tests/data/corpus/ATTRIBUTION.md for licences.
* mini-news.jsonl.gz   gzip copy (mtime 0, no file name: byte-reproducible).
* mini-news.jsonl.zst  zstd copy, only if the `zstandard` module is present.
* invalid-utf8.jsonl   3 lines; line 2 has raw invalid UTF-8 in its text.

The other files in tests/data/corpus/ (bad.jsonl, mini.csv, plain/*.txt) are
hand-written and not generated. Stdlib only (zstandard is optional).
"""

import gzip
import io
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLE = os.path.join(ROOT, "data", "example", "news.jsonl")
OUT = os.path.join(ROOT, "tests", "data", "corpus")

MINI_IDS = [
    "wikinews-en-1943e1a30a06",  # 2019-03-02
    "wikinews-en-85cc17dcf22d",  # 2020-01-28
    "wikinews-fr-44292",  # 2012-06-22
    "wikinews-fr-45774",  # 2012-11-11
    "opencorpora-book-258",  # undated (CC BY-SA 3.0)
    "opencorpora-book-263",  # undated (CC BY-SA 3.0)
    "agenciabrasil-bc05d471ec01",  # 2016-10-28
    "agenciabrasil-470bb4bb7968",  # 2016-12-09
    "wikinews-ja-tm4roon-1960",  # undated
    "wikinews-ja-tm4roon-2476",  # undated
    "voa-zh-8155299",  # 2026-05-29
    "voa-zh-8157028",  # 2026-06-04
]


def write(name, data):
    path = os.path.join(OUT, name)
    with open(path, "wb") as fh:
        fh.write(data)
    print(f"wrote {os.path.relpath(path, ROOT)} ({len(data)} bytes)")


def main():
    os.makedirs(OUT, exist_ok=True)

    # mini-news.jsonl: the example-corpus lines, byte for byte, in corpus order.
    wanted = set(MINI_IDS)
    lines = []
    with open(EXAMPLE, encoding="utf-8") as fh:
        for line in fh:
            if json.loads(line)["id"] in wanted:
                lines.append(line if line.endswith("\n") else line + "\n")
    found = {json.loads(line)["id"] for line in lines}
    if found != wanted:
        raise SystemExit(f"missing from {EXAMPLE}: {sorted(wanted - found)}")
    mini = "".join(lines).encode("utf-8")
    write("mini-news.jsonl", mini)

    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as gz:
        gz.write(mini)
    write("mini-news.jsonl.gz", buf.getvalue())

    try:
        import zstandard
    except ImportError:
        print("zstandard module not available: mini-news.jsonl.zst not written")
    else:
        write(
            "mini-news.jsonl.zst",
            zstandard.ZstdCompressor(level=3, write_content_size=True).compress(mini),
        )

    # invalid-utf8.jsonl: line 2 carries the raw bytes FF FE inside its text.
    write(
        "invalid-utf8.jsonl",
        b'{"id":"u1","lang":"en","date":"2024-03-01","source":"x","text":"First line is fine."}\n'
        b'{"id":"u2","lang":"en","date":"2024-03-02","source":"x","text":"Broken \xff\xfe bytes here."}\n'  # noqa: E501
        b'{"id":"u3","lang":"en","date":"2024-03-03","source":"x","text":"Third line is fine too."}\n',  # noqa: E501
    )


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Side-by-side benchmark: unigram counting with stop words removed.

Compares, in one run and on the same gzip'ed JSON Lines files:

* presslens  ``pr.read_jsonl(files).terms(stop_words=...)`` with 1 and 2 threads
  (presslens reads and decompresses the files itself);
* scikit-learn ``CountVectorizer(stop_words=..., lowercase=True)`` with its
  default token pattern ``(?u)\\b\\w\\w+\\b`` (words of two or more word chars);
* a polars expression pipeline: ``read_ndjson`` → ``str.to_lowercase`` →
  ``str.extract_all(r"\\w\\w+")`` → explode → filter out stop words → group_by/len;
* ``collections.Counter`` over ``re.findall(r"\\w\\w+", text.lower())`` minus stop words.

Every tool runs in its own child process (this script re-invoked with
``--child``), so the peak RSS of one tool never mixes with another's: the parent
reaps each child with ``os.wait4`` and reads that child's own ``ru_maxrss``.

Fairness
--------
* Stop words: every tool gets the same set, the union of ``pr.stop_words(lang)``
  for every language present in the data (lowercased), applied to every
  document whatever its language. scikit-learn, the polars pipeline and the
  Counter only accept one list; presslens accepts a per-language mapping too,
  so a row ``presslens auto`` (each document's own language list) is also
  reported for information. It is not used for the ratios.
* Reading is included in every headline time. presslens reads the .gz files
  itself; polars reads them with its own ``read_ndjson`` (native gzip);
  scikit-learn and the Counter get their texts from ``gzip`` + ``json`` in
  the same child process. The reading step is also timed and reported
  separately (``read: gzip+json`` and ``read: polars``), and each Python peer
  is reported with and without reading.
* MB/s is megabytes (10^6 bytes) of UTF-8 article text (the ``text`` field,
  not the JSON around it) per second of the headline (with-reading) time.
* Tokenization is not identical: presslens keeps hyphenated words
  (``jong-un``), dotted acronyms, numbers with separators, splits elisions
  (``l'agenzia`` → ``agenzia``), normalizes NFKC, and segments Chinese,
  Japanese and Thai into dictionary words, where ``\\w\\w+`` takes a whole run
  of CJK characters as one "word" and Python's ``\\w`` breaks words at
  combining marks (Devanagari, Ethiopic vowel signs ...). Vocabulary sizes and
  token counts are printed so the differences stay visible; they should be of
  the same order.

Usage
-----
    python benches/compare.py                         # full bench corpus
    python benches/compare.py --limit-mb 5            # first files up to ~5 MB gz
    python benches/compare.py --streaming 8           # presslens over the files x 8
    python benches/compare.py --json results.json     # machine-readable results

The data directory defaults to ``../shared/data/bench-news`` next to the
repository; when it is missing the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import gc
import glob
import gzip
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "bench-news"
WORD_RE = r"\w\w+"

# --------------------------------------------------------------------------
# helpers shared by parent and children


def maxrss_bytes(ru_maxrss: int) -> int:
    """ru_maxrss is KiB on Linux, bytes on macOS."""
    return ru_maxrss if sys.platform == "darwin" else ru_maxrss * 1024


def current_rss() -> int | None:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return None


def peak_rss() -> int:
    """Peak resident set of this process image (all threads): VmHWM.

    ``ru_maxrss`` is not used for the table: Linux carries the parent's
    high-water mark over ``fork`` + ``exec`` into the child's ``ru_maxrss``,
    so a child of a big parent never reports less than the parent. VmHWM
    belongs to the address space created by ``exec`` and starts from zero.
    """
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return maxrss_bytes(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def read_texts(files: list[str]) -> tuple[list[str], list[str | None]]:
    """All texts (and languages) of the files, with gzip + json."""
    texts: list[str] = []
    langs: list[str | None] = []
    for path in files:
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                rec = json.loads(line)
                text = rec.get("text")
                if isinstance(text, str):
                    texts.append(text)
                    langs.append(rec.get("lang"))
    return texts, langs


def top(pairs: list[tuple[str, int]], k: int = 10) -> list[list[Any]]:
    pairs = sorted(pairs, key=lambda p: (-p[1], p[0]))[:k]
    return [[t, int(c)] for t, c in pairs]


# --------------------------------------------------------------------------
# the tools (each runs in a child process)
#
# Every tool returns "seconds" (wall time of the measured part) and
# "cpu_seconds" (CPU time of all the process's threads over the same part).


def clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def tool_read(cfg: dict[str, Any]) -> dict[str, Any]:
    t0, c0 = clock()
    texts, langs = read_texts(cfg["files"])
    t1, c1 = clock()
    return {
        "seconds": t1 - t0,
        "cpu_seconds": c1 - c0,
        "docs": len(texts),
        "text_bytes": sum(len(t.encode("utf-8")) for t in texts),
        "text_chars": sum(len(t) for t in texts),
        "langs": sorted({lang for lang in langs if lang}),
    }


def tool_read_polars(cfg: dict[str, Any]) -> dict[str, Any]:
    import polars as pl

    t0, c0 = clock()
    df = pl.read_ndjson(cfg["files"], schema={"text": pl.String})
    t1, c1 = clock()
    return {
        "seconds": t1 - t0,
        "cpu_seconds": c1 - c0,
        "docs": df.height,
        "polars_threads": pl.thread_pool_size(),
    }


def tool_presslens(cfg: dict[str, Any]) -> dict[str, Any]:
    import presslens as pr

    stop: Any = {"union": cfg["stop_words"], "auto": "auto", "none": None}[cfg["stop_mode"]]
    files = cfg["files"] * cfg.get("repeat_files", 1)
    text_field = cfg.get("text_field", "text")
    t0, c0 = clock()
    corpus = pr.read_jsonl(files, text_field=text_field, on_error="skip")
    df = corpus.terms(
        stop_words=stop, threads=cfg["threads"], min_len=2, numbers=True, top_k=cfg.get("top_k")
    )
    t1, c1 = clock()
    rep = corpus.report
    return {
        "seconds": t1 - t0,
        "cpu_seconds": c1 - c0,
        "vocab": df.height,
        "tokens": int(df["count"].sum()) if df.height else 0,
        "report": {"read": rep.read, "analysed": rep.analysed, "skipped": rep.skipped},
        "top": [[t, int(c)] for t, c in df.head(10).select("term", "count").iter_rows()],
        "presslens_version": pr.__version__,
    }


def tool_analysis(cfg: dict[str, Any]) -> dict[str, Any]:
    """One analysis of ``--analyze``: ``terms``, ``actors``, ``quotes`` or the one-pass
    ``analyze``."""
    import presslens as pr

    files = cfg["files"] * cfg.get("repeat_files", 1)
    what, threads = cfg["what"], cfg["threads"]
    terms = {"stop_words": "auto"}
    # The per-mention table grows with the corpus; the scale runs leave it out.
    mentions = cfg.get("mentions", True)
    t0, c0 = clock()
    corpus = pr.read_jsonl(files, on_error="skip")
    if what == "terms":
        tables = {"terms": corpus.terms(by="month", threads=threads, **terms)}
    elif what == "actors":
        tables = vars(corpus.actors(by="month", mentions=mentions, threads=threads))
    elif what == "quotes":
        tables = vars(corpus.quotes(by="month", threads=threads))
    elif cfg.get("stream"):
        # The streaming run: every table written to disk as it is finished, the
        # quotation rows spilled to disk meanwhile (timed with the writing).
        with tempfile.TemporaryDirectory(prefix="presslens-bench-") as out:
            a = corpus.analyze(
                by="month", terms=terms, actors={"mentions": mentions}, threads=threads, out=out
            )
            t1, c1 = clock()
            return {
                "seconds": t1 - t0,
                "cpu_seconds": c1 - c0,
                "rows": dict(a.manifest["tables"]),
                "report": {"analysed": corpus.report.analysed},
            }
    else:
        a = corpus.analyze(by="month", terms=terms, actors={"mentions": mentions}, threads=threads)
        tables = a.tables
    t1, c1 = clock()
    return {
        "seconds": t1 - t0,
        "cpu_seconds": c1 - c0,
        "rows": {k: v.height for k, v in tables.items() if hasattr(v, "height")},
        "report": {"analysed": corpus.report.analysed},
    }


def tool_analysis_dask(cfg: dict[str, Any]) -> dict[str, Any]:
    """The one-pass analysis of ``--analyze`` on a local Dask cluster (timed once the
    cluster is up)."""
    from dask.distributed import Client, LocalCluster

    from presslens.dask import analyze as dask_analyze

    files = cfg["files"] * cfg.get("repeat_files", 1)
    cluster = LocalCluster(
        n_workers=cfg["workers"], threads_per_worker=cfg["threads"], dashboard_address=None
    )
    with cluster, Client(cluster) as client:
        t0, c0 = clock()
        a = dask_analyze(
            files,
            by="month",
            terms={"stop_words": "auto"},
            actors={"mentions": cfg.get("mentions", True)},
            on_error="skip",
        )
        t1, c1 = clock()
        # Worker processes are not children of this one: ask them for their peaks.
        workers_rss = list(client.run(peak_rss).values())
    return {
        "seconds": t1 - t0,
        "cpu_seconds": c1 - c0,
        "rows": {k: v.height for k, v in a.tables.items()},
        "report": {"analysed": a.manifest["documents"]["analysed"]},
        "workers_peak_rss": workers_rss,
    }


def tool_sklearn(cfg: dict[str, Any]) -> dict[str, Any]:
    import warnings

    from sklearn.feature_extraction.text import CountVectorizer

    t0, c0 = clock()
    texts, _ = read_texts(cfg["files"])
    t1, _ = clock()
    cv = CountVectorizer(
        stop_words=cfg["stop_words"], lowercase=True, token_pattern=r"(?u)\b\w\w+\b"
    )
    with warnings.catch_warnings():
        # "Your stop_words may be inconsistent with your preprocessing": the
        # ISO lists hold words such as "don't" that the token pattern splits.
        warnings.simplefilter("ignore", UserWarning)
        x = cv.fit_transform(texts)
    counts = x.sum(axis=0).A1
    t2, c2 = clock()
    vocab = cv.vocabulary_
    inv = {i: t for t, i in vocab.items()}
    order = counts.argsort()[::-1][:10]
    return {
        "seconds": t2 - t0,
        "cpu_seconds": c2 - c0,
        "read_seconds": t1 - t0,
        "analyse_seconds": t2 - t1,
        "vocab": len(vocab),
        "tokens": int(counts.sum()),
        "top": [[inv[int(i)], int(counts[i])] for i in order],
    }


def _polars_count(df: Any, stop: list[str]) -> Any:
    import polars as pl

    return (
        df.lazy()
        .select(pl.col("text").str.to_lowercase().str.extract_all(WORD_RE).alias("term"))
        .explode("term")
        .filter(pl.col("term").is_not_null() & ~pl.col("term").is_in(stop))
        .group_by("term")
        .len("count")
        .collect()
    )


def tool_polars(cfg: dict[str, Any]) -> dict[str, Any]:
    import polars as pl

    stop = cfg["stop_words"]
    t0, c0 = clock()
    df = pl.read_ndjson(cfg["files"], schema={"text": pl.String})
    t1, _ = clock()
    counts = _polars_count(df, stop)
    t2, c2 = clock()
    return {
        "seconds": t2 - t0,
        "cpu_seconds": c2 - c0,
        "read_seconds": t1 - t0,
        "analyse_seconds": t2 - t1,
        "vocab": counts.height,
        "tokens": int(counts["count"].sum()),
        "top": top(list(counts.iter_rows())),
        "polars_threads": pl.thread_pool_size(),
    }


def tool_counter(cfg: dict[str, Any]) -> dict[str, Any]:
    import re
    from collections import Counter

    stop = set(cfg["stop_words"])
    t0, c0 = clock()
    texts, _ = read_texts(cfg["files"])
    t1, _ = clock()
    pattern = re.compile(WORD_RE)
    counter: Counter[str] = Counter()
    for text in texts:
        counter.update(pattern.findall(text.lower()))
    for w in stop:
        counter.pop(w, None)
    t2, c2 = clock()
    return {
        "seconds": t2 - t0,
        "cpu_seconds": c2 - c0,
        "read_seconds": t1 - t0,
        "analyse_seconds": t2 - t1,
        "vocab": len(counter),
        "tokens": sum(counter.values()),
        "top": top(counter.most_common(10)),
    }


def tool_info(cfg: dict[str, Any]) -> dict[str, Any]:
    """Machine facts, versions and the stop-word union (kept out of the
    parent so that the parent stays small)."""
    try:
        import presslens as pr
    except ImportError:
        return {
            "seconds": 0.0,
            "error": "presslens is not importable: build it first "
            "(maturin build --release, then pip install the wheel)",
        }
    words: set[str] = set()
    per_lang: dict[str, int] = {}
    for lang in cfg["langs"]:
        lst = pr.stop_words(lang)
        per_lang[lang] = len(lst)
        words.update(w.strip().lower() for w in lst if w.strip())
    return {
        "seconds": 0.0,
        "facts": machine_facts(),
        "stop_words": sorted(words),
        "per_lang": per_lang,
    }


TOOLS = {
    "info": tool_info,
    "read": tool_read,
    "read_polars": tool_read_polars,
    "presslens": tool_presslens,
    "analysis": tool_analysis,
    "analysis_dask": tool_analysis_dask,
    "sklearn": tool_sklearn,
    "polars": tool_polars,
    "counter": tool_counter,
}


def child_main(tool: str, cfg_path: str) -> None:
    with open(cfg_path) as f:
        cfg = json.load(f)
    gc.collect()
    base = current_rss()
    result = TOOLS[tool](cfg)
    result["baseline_rss"] = base
    result["peak_rss"] = peak_rss()
    sys.stdout.write("\n@@RESULT@@" + json.dumps(result) + "\n")


# --------------------------------------------------------------------------
# parent


REPEAT = 1


def system_busy_seconds() -> float | None:
    """CPU seconds all processes of the machine have been busy (from /proc/stat)."""
    try:
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def run_child(
    tool: str, cfg: dict[str, Any], env_extra: dict[str, str] | None = None
) -> dict[str, Any]:
    """The fastest of REPEAT runs of ``run_once`` (peak RSS: the largest)."""
    runs = [run_once(tool, cfg, env_extra) for _ in range(max(1, REPEAT) if tool != "info" else 1)]
    best = min(runs, key=lambda r: r["seconds"])
    best = {
        **best,
        "peak_rss": max(r["peak_rss"] for r in runs),
        "all_seconds": [round(r["seconds"], 3) for r in runs],
        "all_other_load": [round(r.get("other_load") or 0.0, 2) for r in runs],
    }
    return best


def run_once(
    tool: str, cfg: dict[str, Any], env_extra: dict[str, str] | None = None
) -> dict[str, Any]:
    """Runs one tool in a fresh interpreter; returns its result plus the
    child's own peak RSS (from wait4) and wall time."""
    env = dict(os.environ)
    if env_extra:
        env.update(env_extra)
    with tempfile.TemporaryDirectory(prefix="presslens-bench-") as tmp:
        cfg_path = os.path.join(tmp, "cfg.json")
        with open(cfg_path, "w") as f:
            json.dump(cfg, f)
        out_path = os.path.join(tmp, "out.txt")
        with open(out_path, "w") as out:
            busy0 = system_busy_seconds()
            t0 = time.perf_counter()
            proc = subprocess.Popen(
                [sys.executable, os.path.abspath(__file__), "--child", tool, cfg_path],
                stdout=out,
                env=env,
            )
            _, status, ru = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
            wall = time.perf_counter() - t0
            busy1 = system_busy_seconds()
        text = Path(out_path).read_text()
    if proc.returncode != 0 or "@@RESULT@@" not in text:
        raise RuntimeError(f"tool {tool} failed (exit {proc.returncode}):\n{text[-3000:]}")
    result: dict[str, Any] = json.loads(text.rsplit("@@RESULT@@", 1)[1])
    # The child's own VmHWM is the peak; wait4's ru_maxrss is kept for
    # reference (it includes this parent's RSS at fork time, see peak_rss).
    result["wait4_maxrss"] = maxrss_bytes(ru.ru_maxrss)
    result["process_wall"] = wall
    # Other processes on the machine during this run, in cores (0.0 = quiet):
    # all busy CPU time minus this child's own CPU time, over its wall time.
    if busy0 is not None and busy1 is not None and wall > 0:
        own = ru.ru_utime + ru.ru_stime
        result["other_load"] = max(0.0, (busy1 - busy0 - own) / wall)
    return result


def pick_files(data: Path, limit_mb: float | None) -> list[str]:
    files = sorted(glob.glob(str(data / "*.jsonl.gz"))) or sorted(glob.glob(str(data / "*.jsonl")))
    if limit_mb is None:
        return files
    # Smallest files first, so that a subset still spans many languages.
    by_size = sorted(files, key=lambda p: (os.path.getsize(p), p))
    chosen: list[str] = []
    total = 0
    for p in by_size:
        size = os.path.getsize(p)
        if chosen and total + size > limit_mb * 1e6:
            break
        chosen.append(p)
        total += size
    return sorted(chosen)


def uncompressed_size(path: str) -> int:
    """Size of the decompressed file (gzip ISIZE trailer, exact below 4 GiB
    for single-member files)."""
    if not path.endswith(".gz"):
        return os.path.getsize(path)
    with open(path, "rb") as f:
        f.seek(-4, os.SEEK_END)
        return int.from_bytes(f.read(4), "little")


def machine_facts() -> dict[str, Any]:
    cpu = None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    facts: dict[str, Any] = {
        "nproc": os.cpu_count(),
        "sched_affinity": len(os.sched_getaffinity(0))
        if hasattr(os, "sched_getaffinity")
        else None,
        "cpu": cpu,
        "python": platform.python_version(),
        "platform": platform.platform(),
    }
    try:
        mem = Path("/proc/meminfo").read_text().splitlines()[0].split()[1]
        facts["mem_total_gib"] = round(int(mem) / 2**20, 1)
    except (OSError, IndexError, ValueError):
        pass
    # Which build is measured: the extension module's hash and time, and the
    # commit of the source tree next to this script (the two can differ when
    # the installed wheel is older than the tree).
    try:
        import hashlib

        import presslens._core as core

        so = Path(core.__file__)
        facts["presslens_core"] = {
            "path": str(so),
            "sha256": hashlib.sha256(so.read_bytes()).hexdigest()[:16],
            "mtime": time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(so.stat().st_mtime)) + " UTC",
        }
    except (ImportError, OSError):
        pass
    try:
        facts["git_head"] = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        facts["git_head"] = None
    for mod in ("presslens", "polars", "sklearn", "numpy", "scipy"):
        try:
            m = __import__(mod)
            facts[mod] = getattr(m, "__version__", "?")
        except ImportError:
            facts[mod] = None
    return facts


def mb(n: float) -> str:
    return f"{n / 1e6:,.0f}"


def print_table(rows: list[dict[str, Any]], text_bytes: int, ref: float | None) -> None:
    head = (
        f"{'tool':<34} {'seconds':>8} {'CPU s':>6} {'MB/s':>7} {'speedup':>8} "
        f"{'peak RSS MB':>11} {'vocab':>9} {'tokens':>11} {'other':>5}"
    )
    print(head)
    print("-" * len(head))
    for r in rows:
        secs = r["seconds"]
        mbs = text_bytes / 1e6 / secs if secs > 0 else float("nan")
        ratio = f"{secs / ref:.2f}x" if ref and r.get("ratio", True) else ""
        vocab = f"{r['vocab']:,}" if r.get("vocab") is not None else ""
        tokens = f"{r['tokens']:,}" if r.get("tokens") is not None else ""
        rss = mb(r["peak_rss"]) if r.get("peak_rss") else ""
        cpu = f"{r['cpu_seconds']:.2f}" if r.get("cpu_seconds") is not None else ""
        other = f"{r['other_load']:.2f}" if r.get("other_load") is not None else ""
        print(
            f"{r['label']:<34} {secs:>8.2f} {cpu:>6} {mbs:>7.1f} {ratio:>8} {rss:>11} {vocab:>9} "
            f"{tokens:>11} {other:>5}"
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="directory of *.jsonl.gz")
    ap.add_argument(
        "--limit-mb", type=float, default=None, help="use whole files up to N MB (compressed)"
    )
    ap.add_argument(
        "--streaming",
        type=int,
        default=None,
        metavar="N",
        help="only presslens, over the file list repeated N times",
    )
    ap.add_argument(
        "--analyze",
        type=int,
        default=None,
        metavar="N",
        help="the one-pass analyze against terms, actors and quotes; then analyze over the "
        "files repeated N times with 1 and 2 threads (and Dask with 2 workers)",
    )
    ap.add_argument(
        "--threads", type=int, default=2, help="presslens threads for --streaming (default 2)"
    )
    ap.add_argument(
        "--stop",
        choices=["union", "auto"],
        default="union",
        help="stop words for --streaming (default: union list)",
    )
    ap.add_argument(
        "--diagnostics",
        action="store_true",
        help="also time presslens without stop words and reading-only",
    )
    ap.add_argument(
        "--skip", default="", help="comma-separated tools to skip (sklearn,polars,counter,...)"
    )
    ap.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="run each measurement K times in fresh processes; report the fastest (default 1)",
    )
    ap.add_argument("--json", type=Path, default=None, help="write results as JSON to this path")
    ap.add_argument("--child", nargs=2, metavar=("TOOL", "CFG"), help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.child:
        child_main(*args.child)
        return 0
    global REPEAT
    REPEAT = args.repeat

    if not args.data.is_dir():
        print(f"benchmark data not found: {args.data} (pass --data DIR); nothing to do.")
        return 0
    files = pick_files(args.data, args.limit_mb)
    if not files:
        print(f"no *.jsonl.gz files in {args.data}; nothing to do.")
        return 0
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    gz_bytes = sum(os.path.getsize(p) for p in files)
    jsonl_bytes = sum(uncompressed_size(p) for p in files)
    base_cfg: dict[str, Any] = {"files": files}
    read = run_child("read", base_cfg)
    text_bytes = read["text_bytes"]
    info = run_child("info", {"langs": read["langs"]})
    if "error" in info:
        print(info["error"])
        return 1
    facts = info["facts"]
    stop, per_lang = info["stop_words"], info["per_lang"]
    print(
        f"# presslens benchmark — {len(files)} files, {mb(gz_bytes)} MB gzip, "
        f"{mb(jsonl_bytes)} MB JSONL, data {args.data}"
    )
    print(
        f"# {facts['nproc']} CPUs ({facts['cpu']}); python {facts['python']}, "
        f"presslens {facts['presslens']}, "
        f"polars {facts['polars']}, scikit-learn {facts['sklearn']}"
    )
    core = facts.get("presslens_core", {})
    print(
        f"# presslens _core sha256 {core.get('sha256')} built {core.get('mtime')}; "
        f"repository HEAD now {facts.get('git_head')} (the installed build may be older)"
    )
    print(f"# command: {' '.join([os.path.basename(sys.executable), *sys.argv])}", flush=True)

    no_list = [lang for lang, n in per_lang.items() if n == 0]
    print(
        f"# {read['docs']:,} documents, {mb(text_bytes)} MB of text "
        f"({read['text_chars']:,} chars), "
        f"{len(read['langs'])} languages; stop-word union: {len(stop):,} words "
        f"(no built-in list for: {', '.join(no_list) or 'none'})",
        flush=True,
    )
    cfg = {**base_cfg, "stop_words": stop}
    results: dict[str, Any] = {
        "command": sys.argv,
        "machine": facts,
        "data": {
            "dir": str(args.data),
            "files": [os.path.basename(p) for p in files],
            "gz_bytes": gz_bytes,
            "jsonl_bytes": jsonl_bytes,
            "docs": read["docs"],
            "text_bytes": text_bytes,
            "text_chars": read["text_chars"],
            "langs": read["langs"],
        },
        "stop_words": {"mode": "union", "size": len(stop), "per_lang": per_lang},
        "rows": [],
    }

    rows: list[dict[str, Any]] = []

    def add(label: str, r: dict[str, Any], **extra: Any) -> dict[str, Any]:
        row = {"label": label, **r, **extra}
        rows.append(row)
        secs = row["seconds"]
        print(
            f"  {label:<34} {secs:8.2f} s  peak RSS {mb(row['peak_rss'])} MB"
            f"  other load {row.get('other_load') or 0:.2f}"
            + (f"  vocab {row['vocab']:,}" if row.get("vocab") is not None else ""),
            flush=True,
        )
        return row

    if args.analyze:
        return analyze_mode(args, base_cfg, text_bytes, results, core, add)

    if args.streaming:
        n = args.streaming
        print(
            f"# streaming: presslens, threads={args.threads}, stop words {args.stop}, files x {n}",
            flush=True,
        )
        r = run_child(
            "presslens", {**cfg, "threads": args.threads, "stop_mode": args.stop, "repeat_files": n}
        )
        total = text_bytes * n
        add(f"presslens x{n} ({args.threads} thr, {args.stop})", r)
        stream = {
            "repeat": n,
            "threads": args.threads,
            "stop_mode": args.stop,
            "seconds": r["seconds"],
            "text_bytes": total,
            "jsonl_bytes": jsonl_bytes * n,
            "mb_per_s": total / 1e6 / r["seconds"],
            "peak_rss": r["peak_rss"],
            "docs": r["report"]["analysed"],
            "vocab": r["vocab"],
            "tokens": r["tokens"],
            "report": r["report"],
        }
        results["streaming"] = stream
        print()
        print(
            f"streaming x{n}: {r['report']['analysed']:,} documents, {mb(total)} MB of text in "
            f"{r['seconds']:.2f} s = {stream['mb_per_s']:.1f} MB/s; "
            f"peak RSS {mb(r['peak_rss'])} MB "
            f"({'under' if r['peak_rss'] < 2**30 else 'OVER'} 1 GiB); vocab {r['vocab']:,}"
        )
        return finish(args, results, core)

    add("read: gzip+json (Python)", read, ratio=False, kind="read")
    if "polars" not in skip:
        add(
            "read: polars read_ndjson", run_child("read_polars", base_cfg), ratio=False, kind="read"
        )

    pl_rows = {}
    for threads in (1, 2):
        r = run_child("presslens", {**cfg, "threads": threads, "stop_mode": "union"})
        pl_rows[threads] = add(f"presslens ({threads} thr)", r, kind="presslens", threads=threads)
    if "auto" not in skip:
        r = run_child("presslens", {**cfg, "threads": 2, "stop_mode": "auto"})
        add("presslens auto per-lang (2 thr)", r, kind="presslens-auto", threads=2)
    if args.diagnostics:
        r = run_child("presslens", {**cfg, "threads": 2, "stop_mode": "none"})
        add("presslens no stop words (2 thr)", r, kind="diag")
        r = run_child("presslens", {**cfg, "threads": 1, "stop_mode": "none"})
        add("presslens no stop words (1 thr)", r, kind="diag")
        # Same counting, but only the 10 most frequent terms come back: the
        # difference to "presslens (2 thr)" is the cost of handing ~1M rows to
        # polars (the sort of all terms still runs).
        r = run_child("presslens", {**cfg, "threads": 2, "stop_mode": "union", "top_k": 10})
        add("presslens top_k=10 (2 thr)", r, kind="diag")
        # Reading-only proxy: the same files with the (short) id field as the
        # text: every line is still decompressed, split and JSON-parsed (the
        # article text becomes metadata), but almost nothing is tokenized.
        r = run_child("presslens", {**cfg, "threads": 2, "stop_mode": "none", "text_field": "id"})
        add("presslens read+parse only (2 thr)", r, kind="diag", ratio=False)
        r = run_child("presslens", {**cfg, "threads": 1, "stop_mode": "none", "text_field": "id"})
        add("presslens read+parse only (1 thr)", r, kind="diag", ratio=False)

    peers = []
    if "sklearn" not in skip:
        peers.append(("sklearn CountVectorizer", "sklearn", None))
    if "polars" not in skip:
        peers.append(("polars pipeline", "polars", None))
        if "polars1" not in skip:
            peers.append(("polars pipeline (1 thr)", "polars", {"POLARS_MAX_THREADS": "1"}))
    if "counter" not in skip:
        peers.append(("Counter + re.findall", "counter", None))
    for label, tool, env in peers:
        r = run_child(tool, cfg, env)
        add(label, r, kind="peer", tool=tool)
        rows.append(
            {
                **r,
                "label": label + " w/o read",
                "seconds": r["analyse_seconds"],
                "cpu_seconds": None,
                "kind": "peer-noread",
                "tool": tool,
            }
        )

    ref = pl_rows[2]["seconds"]
    print()
    print(
        f"speedup = tool seconds / presslens (2 thr) seconds ({ref:.2f} s); "
        f"MB/s = MB of article text ({mb(text_bytes)} MB) per second; "
        f"CPU s = CPU time of all threads; best of {REPEAT} run(s)"
    )
    print(
        "other = cores used by OTHER processes during the run (should be ~0; above 0.2 the "
        "timing is disturbed)"
    )
    print_table(rows, text_bytes, ref)
    for r in rows:
        r["mb_per_s"] = text_bytes / 1e6 / r["seconds"] if r["seconds"] > 0 else None
        r["speedup_of_presslens_2thr"] = r["seconds"] / ref if r.get("ratio", True) else None
    results["rows"] = rows
    print()
    print("top terms:")
    for r in rows:
        if r.get("top") and r["kind"] in ("presslens", "peer"):
            print(f"  {r['label']:<30} " + ", ".join(f"{t} {c}" for t, c in r["top"][:6]))
    return finish(args, results, core)


def analyze_mode(
    args: argparse.Namespace,
    cfg: dict[str, Any],
    text_bytes: int,
    results: dict[str, Any],
    core: dict[str, Any],
    add: Callable[..., dict[str, Any]],
) -> int:
    """``--analyze N``: one pass against the single analyses, then the scale runs."""
    print("# one pass against the single analyses (2 threads, by month, stop words auto)")
    single = {}
    for what in ("terms", "actors", "quotes", "analyze"):
        r = run_child("analysis", {**cfg, "what": what, "threads": 2})
        single[what] = add(f"{what} (2 thr)", r, kind="analysis", what=what)
    slowest = max(single[w]["seconds"] for w in ("terms", "actors", "quotes"))
    total = sum(single[w]["seconds"] for w in ("terms", "actors", "quotes"))
    one = single["analyze"]["seconds"]
    summary = {
        "analyze_seconds": one,
        "slowest_single_seconds": slowest,
        "sum_single_seconds": total,
        "analyze_over_slowest": one / slowest,
    }
    print(
        f"analyze {one:.2f} s; slowest single analysis {slowest:.2f} s "
        f"(analyze/slowest = {one / slowest:.2f}, target <= 1.30); sum of the three {total:.2f} s"
    )
    n = args.analyze
    scale = []
    print(f"# analyze over the files x {n} ({mb(text_bytes * n)} MB of text), no mentions table")
    # The streaming runs (tables written to a directory as they are finished) for the
    # threads ratio and the memory target, then the same analysis returning its frames.
    runs: list[tuple[str, str, dict[str, Any]]] = [
        (
            f"analyze x{n} to disk ({t} thr)",
            "analysis",
            {"what": "analyze", "threads": t, "stream": True},
        )
        for t in (1, 2)
    ]
    runs.append((f"analyze x{n} in memory (2 thr)", "analysis", {"what": "analyze", "threads": 2}))
    try:
        import dask.distributed  # noqa: F401

        import presslens.dask  # noqa: F401

        dask_run = {"what": "dask", "threads": 1, "workers": 2}
        runs.append((f"dask x{n} (2 workers x 1 thr)", "analysis_dask", dask_run))
    except ImportError:
        print("# presslens.dask or dask[distributed] is not installed: no Dask row")
    for label, tool, extra in runs:
        r = run_child(tool, {**cfg, **extra, "repeat_files": n, "mentions": False})
        row = add(label, r, kind="analyze-scale", **extra)
        row["mb_per_s"] = text_bytes * n / 1e6 / row["seconds"]
        scale.append(row)
        workers = row.get("workers_peak_rss")
        print(
            f"    {row['mb_per_s']:.1f} MB/s, peak RSS {mb(row['peak_rss'])} MB"
            + (f" (client); workers {', '.join(mb(w) for w in workers)} MB" if workers else ""),
            flush=True,
        )
    summary["speedup_2_threads"] = scale[0]["seconds"] / scale[1]["seconds"]
    print(f"2 threads / 1 thread: {summary['speedup_2_threads']:.2f}x (target >= 1.8)")
    results["analyze"] = summary
    results["rows"] = [*single.values(), *scale]
    return finish(args, results, core)


def finish(args: argparse.Namespace, results: dict[str, Any], core: dict[str, Any]) -> int:
    """Checks that the measured build did not change under the run; writes the JSON."""
    after = run_child("info", {"langs": []})["facts"].get("presslens_core", {})
    if after.get("sha256") != core.get("sha256"):
        print(
            f"# WARNING: presslens was reinstalled during the run ({core.get('sha256')} -> "
            f"{after.get('sha256')}): the presslens rows may mix two builds"
        )
        results["warning"] = "presslens reinstalled during the run"
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
        print(f"# wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

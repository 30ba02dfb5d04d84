"""One-pass analysis: the same frames as the separate analyses, written and read back."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import polars as pl
import pytest
from conftest import CORPUS, ROOT

import presslens as pr

EXAMPLE = ROOT / "data" / "example" / "news.jsonl"


def corpus() -> pr.Corpus:
    return pr.read_jsonl([EXAMPLE, CORPUS / "bad.jsonl"], on_error="skip")


def test_one_pass_equals_separate_calls() -> None:
    c = corpus()
    terms = {"stop_words": "auto", "ngram_range": (1, 2), "min_count": 2}
    a = c.analyze(by="month", terms=terms, actors={"window": "paragraph"}, threads=2)
    assert a.terms is not None and a.terms.equals(c.terms(by="month", threads=1, **terms))
    actors = c.actors(by="month", window="paragraph", threads=1)
    for name in ("mentions", "actors", "cooccurrence"):
        assert getattr(a, name).equals(getattr(actors, name)), name
    quotes = c.quotes(by="month", threads=1)
    assert a.quotes is not None and a.quotes.equals(quotes.quotes)
    assert a.voice is not None and a.voice.equals(quotes.voice)
    assert a.quotes.height > 100 and a.cooccurrence is not None and a.cooccurrence.height > 100
    assert a.report is not None and (a.report.analysed, a.report.skipped) == (283, 2)
    assert a.skipped is not None and a.skipped["reason"].to_list() == ["parse", "missing_field"]


def test_manifest_and_parquet_round_trip(tmp_path: Path) -> None:
    a = corpus().analyze(by="source", terms={"top_k": 20}, actors=False)
    assert a.mentions is None and a.cooccurrence is None
    assert list(a.tables) == ["terms", "quotes", "voice", "skipped"]
    m = a.manifest
    assert m["presslens_version"] == pr.__version__
    assert m["documents"] == {
        "read": 285,
        "analysed": 283,
        "skipped": 2,
        "skipped_by_reason": {"missing_field": 1, "parse": 1},
        "empty": 1,
        "bad_dates": 0,
        "detected_lang": 0,
    }
    assert len(m["input_files"]) == 2
    assert m["settings"]["by"] == ["source"] and m["settings"]["terms"]["top_k"] == 20
    assert m["tables"] == {k: v.height for k, v in a.tables.items()}
    paths = a.write_parquet(tmp_path / "out")
    assert sorted(Path(p).name for p in paths) == sorted(
        [f"{k}.parquet" for k in a.tables] + ["manifest.json"]
    )
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".")]
    back = pr.Analysis.read_parquet(tmp_path / "out")
    assert back.manifest == m
    for name, df in a.tables.items():
        assert back.tables[name].equals(df), name


def test_analyze_to_a_directory(tmp_path: Path) -> None:
    c = corpus()
    kw: dict = {"by": "month", "terms": {"stop_words": "auto"}, "threads": 2}
    want = c.analyze(**kw)
    got = c.analyze(**kw, out=tmp_path / "out")
    # Every table is on disk before anything is read; the spill directory is gone.
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == sorted([f"{k}.parquet" for k in want.tables] + ["manifest.json"])
    assert got.manifest == want.manifest
    assert got.report is not None and got.report.analysed == 283
    assert "quotes: 1010 rows" in repr(got) and "_frames" not in repr(got)
    assert list(got.tables) == list(want.tables)
    for name, df in want.tables.items():
        assert getattr(got, name).equals(df), name
    assert got.mentions is not None and got.to_networkx().number_of_edges() > 100
    # Without quotations, no quotes table is written.
    none = c.analyze(by="month", quotes=False, out=tmp_path / "nq")
    assert none.quotes is None and none.voice is None
    assert not (tmp_path / "nq" / "quotes.parquet").exists()
    with pytest.raises(AttributeError):
        _ = got.not_a_table


def test_large_tables_are_written_in_chunks(tmp_path: Path) -> None:
    # More term rows than one chunk (65,536) of the tables written to disk.
    texts = [" ".join(f"w{d}x{k}" for k in range(1000)) for d in range(70)]
    df = pl.DataFrame({"id": [str(d) for d in range(70)], "lang": "en", "text": texts})
    c = pr.from_frame(df)
    want = c.analyze(actors=False, quotes=False)
    got = c.analyze(actors=False, quotes=False, out=tmp_path)
    assert want.terms is not None and want.terms.height == 70_000
    assert got.terms is not None and got.terms.equals(want.terms)


def test_cli_and_python_write_the_same_tables(tmp_path: Path) -> None:
    from test_cli import run

    p = run("analyze", str(EXAMPLE), "--by", "month", "--out", str(tmp_path / "cli"))
    assert p.returncode == 0, p.stderr
    cli = pr.Analysis.read_parquet(tmp_path / "cli")
    py = pr.read_jsonl(EXAMPLE).analyze(by="month", terms={"stop_words": "auto"})
    assert list(cli.tables) == list(py.tables)
    for name, df in py.tables.items():
        assert cli.tables[name].equals(df), name
    assert (
        json.loads((tmp_path / "cli" / "manifest.json").read_text())["documents"]
        == (py.manifest["documents"])
    )


def test_network_and_evidence_from_the_analysis() -> None:
    a = pr.read_jsonl(EXAMPLE).analyze(terms=False, quotes=False)
    assert a.cooccurrence is not None
    top = a.cooccurrence.row(0, named=True)
    g = a.to_networkx()
    assert g.has_edge(top["actor_a"], top["actor_b"])
    ev = a.evidence(top["actor_a"], top["actor_b"])
    assert ev.height == top["count"]


def test_bad_options_are_rejected() -> None:
    c = pr.read_jsonl(EXAMPLE)
    with pytest.raises(TypeError, match="ngrams"):
        c.analyze(terms={"ngrams": 2})
    with pytest.raises(TypeError, match="unit"):
        c.analyze(actors={"unit": "sentence"})
    with pytest.raises(ValueError):
        c.analyze(actors={"window": "chapter"})
    with pytest.raises(pr.InvalidConfigError):
        c.analyze(terms={"ngram_range": (3, 1)})


def test_empty_corpus() -> None:
    empty = pl.DataFrame({"text": [], "id": []}, schema={"text": pl.String, "id": pl.String})
    a = pr.from_frame(empty).analyze()
    assert all(df.height == 0 for df in a.tables.values())
    assert a.manifest["documents"]["read"] == 0


def test_corpus_and_analysis_pickle(tmp_path: Path) -> None:
    c = pr.read_jsonl(EXAMPLE) + pr.from_frame(pl.DataFrame({"text": ["Olaf Scholz spoke."]}))
    c2 = pickle.loads(pickle.dumps(c))
    assert c2.terms().equals(c.terms())
    a = c.analyze(quotes=False)
    a2 = pickle.loads(pickle.dumps(a))
    assert a2.tables.keys() == a.tables.keys() and a2.manifest == a.manifest
    top = a.cooccurrence.row(0, named=True) if a.cooccurrence is not None else {}
    ev = a.evidence(top["actor_a"], top["actor_b"])
    assert a2.evidence(top["actor_a"], top["actor_b"]).equals(ev)
    assert a2.report is not None and a.report is not None
    assert a2.report.skip_counts == a.report.skip_counts and a2.report.files == a.report.files
    r = pr.read_jsonl(CORPUS / "bad.jsonl", on_error="skip")
    r.terms()
    r2 = pickle.loads(pickle.dumps(r.report))
    assert r2.skips.equals(r.report.skips) and r2.skip_counts == r.report.skip_counts


def test_every_result_object_pickles() -> None:
    c = pr.read_jsonl(EXAMPLE)
    actors = c.actors()
    a2 = pickle.loads(pickle.dumps(actors))
    assert a2.cooccurrence.equals(actors.cooccurrence)
    pair = actors.cooccurrence.row(0, named=True)
    assert a2.evidence(pair["actor_a"], pair["actor_b"]).height == pair["count"]
    q = pickle.loads(pickle.dumps(c.quotes()))
    assert q.quotes.height > 0
    m = pickle.loads(pickle.dumps(c.dtm(stop_words="auto")))
    assert m.matrix.shape[0] == 280

"""Interop: Arrow PyCapsule input, pandas output, external mentions in the one-pass analysis."""

from __future__ import annotations

from typing import Any

import polars as pl
import pytest
from conftest import ROOT

import presslens as pr

pa = pytest.importorskip("pyarrow")
pd = pytest.importorskip("pandas")

EXAMPLE = ROOT / "data" / "example" / "news.jsonl"


class CapsuleOnly:
    """An object that speaks only the Arrow PyCapsule stream interface (as DuckDB
    relations, Hugging Face datasets and other Arrow producers do)."""

    def __init__(self, table: Any) -> None:
        self._table = table

    def __arrow_c_stream__(self, requested_schema: Any = None) -> Any:
        return self._table.__arrow_c_stream__(requested_schema)


def test_every_arrow_producer_gives_the_same_corpus() -> None:
    df = pl.read_ndjson(EXAMPLE)
    want = pr.from_frame(df).terms(by="lang", stop_words="auto")
    table = df.to_arrow()
    inputs = {
        "pyarrow": table,
        "capsule": CapsuleOnly(table),
        "pandas": df.to_pandas(),
        "pandas-arrow": df.to_pandas(types_mapper=pd.ArrowDtype),
        "lazy": df.lazy(),
    }
    for name, data in inputs.items():
        got = pr.from_frame(data).terms(by="lang", stop_words="auto")
        assert got.equals(want), name


def test_every_frame_converts_to_pandas() -> None:
    res = pr.read_jsonl(EXAMPLE).analyze(by="month")
    for name, df in res.tables.items():
        p = df.to_pandas()
        assert isinstance(p, pd.DataFrame), name
        assert list(p.columns) == df.columns and len(p) == df.height, name


def test_external_mentions_feed_actors_and_quotes_in_one_pass() -> None:
    # What spaCy's doc.ents give, as a frame: character offsets and labels.
    text = '"We will win the vote," said Ana Lima. Lima met Bruno Costa in Lisbon.'
    docs = pl.DataFrame({"id": ["d1"], "lang": ["en"], "text": [text]})
    ents = [("Ana Lima", "PERSON", "Q1"), ("Bruno Costa", "PERSON", "Q2"), ("Lisbon", "GPE", "Q3")]
    ext = pl.DataFrame(
        {
            "doc_id": ["d1"] * 3,
            "char_start": [text.index(s) for s, _, _ in ents],
            "char_end": [text.index(s) + len(s) for s, _, _ in ents],
            "label": [lab for _, lab, _ in ents],
            "actor_id": [q for _, _, q in ents],
        }
    )
    res = pr.from_frame(docs).analyze(external=ext, external_mode="add")
    assert res.mentions is not None and res.quotes is not None
    ids = set(res.mentions["actor_id"].to_list())
    assert {"Q1", "Q2", "Q3"} <= ids
    q = res.quotes.row(0, named=True)
    assert (q["quote"], q["speaker"], q["actor_id"]) == ("We will win the vote", "Ana Lima", "Q1")
    assert res.manifest["settings"]["external"] == 3
    # The same through pandas (spaCy users often build their entity table there).
    again = pr.from_frame(docs).analyze(external=ext.to_pandas(), external_mode="add")
    assert again.quotes is not None and again.quotes.equals(res.quotes)

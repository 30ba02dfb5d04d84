"""presslens.partial: counting parts anywhere, moving partials as Arrow, merging, finishing."""

from __future__ import annotations

import pickle

import polars as pl
import pytest
from conftest import CORPUS, ROOT

import presslens as pr
from presslens.partial import Partials

pa = pytest.importorskip("pyarrow")

EXAMPLE = ROOT / "data" / "example" / "news.jsonl"


def test_spark_style_partitions_through_arrow_ipc() -> None:
    # What a Spark mapInArrow task does (docs/scale.md): the rows of one partition as
    # Arrow record batches in, (part, table, IPC bytes) rows out; the driver groups
    # them by part, merges and finishes.
    parts = Partials(by="month", terms={"stop_words": "auto"})
    table = pl.read_ndjson(EXAMPLE).to_arrow()
    rows = []
    for part, start in enumerate(range(0, table.num_rows, 90)):
        batches = table.slice(start, 90).to_batches(max_chunksize=25)
        partial = parts.count_frame(pa.Table.from_batches(batches), part=part)
        rows.extend((part, name, data) for name, data in Partials.to_ipc(partial))
    by_part: dict[int, list[tuple[str, bytes]]] = {}
    for part, name, data in rows:
        by_part.setdefault(part, []).append((name, data))
    partials = [Partials.from_ipc(by_part[p]) for p in sorted(by_part)]
    got = parts.finish(parts.merge(*partials))
    want = pr.from_frame(pl.read_ndjson(EXAMPLE)).analyze(by="month", terms={"stop_words": "auto"})
    for name, df in want.tables.items():
        assert got.tables[name].equals(df), name
    assert got.manifest == want.manifest


def test_merge_is_associative_over_files() -> None:
    files = [str(CORPUS / "mini-news.jsonl"), str(CORPUS / "bad.jsonl"), str(EXAMPLE)]
    parts = Partials(by="lang", on_error="skip", actors={"window": "paragraph"})
    p = [parts.count_files([f], part=i) for i, f in enumerate(files)]
    left = parts.finish(parts.merge(parts.merge(p[0], p[1]), p[2]))
    right = parts.finish(parts.merge(p[0], parts.merge(p[1], p[2])))
    want = pr.read(files, on_error="skip").analyze(by="lang", actors={"window": "paragraph"})
    for name, df in want.tables.items():
        assert left.tables[name].equals(df), name
        assert right.tables[name].equals(df), name
    assert left.report is not None and left.report.skip_counts == [
        ("missing_field", 1),
        ("parse", 1),
    ]


def test_partials_pickle_as_settings() -> None:
    parts = Partials(
        by="source",
        quotes=False,
        lexicon=pl.DataFrame(
            {
                "id": ["x"],
                "name": ["Example Org"],
                "kind": ["organisation"],
                "alias": ["Example Org"],
            }
        ),
    )
    again = pickle.loads(pickle.dumps(parts))
    assert again.spec == parts.spec
    a = again.count_files([str(EXAMPLE)], part=0)
    assert parts.finish(a).terms is not None


def test_bad_partials_are_errors_not_crashes() -> None:
    parts = Partials()
    with pytest.raises(ValueError, match="part"):
        parts.count_files([str(EXAMPLE)], part=-1)
    with pytest.raises(ValueError, match="at least one"):
        parts.merge()
    p = parts.count_files([str(CORPUS / "mini-news.jsonl")], part=0)
    broken = dict(p)
    del broken["groups"]
    with pytest.raises(pr.InvalidConfigError, match="groups"):
        parts.finish(broken)
    wrong = dict(p)
    wrong["terms"] = pa.table({"gid": [0], "term": ["x"], "count": [None], "df": [1]})
    with pytest.raises(pr.InvalidConfigError, match="count"):
        parts.merge(p, wrong)
    with pytest.raises(pr.InvalidConfigError):
        Partials(terms={"ngram_range": (0, 1)})

"""presslens.dask: the same frames as the local one-pass analysis."""

from __future__ import annotations

import polars as pl
import pytest
from conftest import CORPUS, ROOT

import presslens as pr

dask = pytest.importorskip("dask")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("dask.distributed")
import presslens.dask as pdask  # noqa: E402

EXAMPLE = ROOT / "data" / "example" / "news.jsonl"
FILES = [CORPUS / "mini-news.jsonl", CORPUS / "bad.jsonl", EXAMPLE, CORPUS / "mini.csv"]
OPTS: dict = {"by": "month", "terms": {"stop_words": "auto", "ngram_range": (1, 2)}}


def assert_same(got: pr.Analysis, want: pr.Analysis) -> None:
    assert list(got.tables) == list(want.tables)
    for name, df in want.tables.items():
        assert got.tables[name].equals(df), name
    assert got.manifest == want.manifest


def test_local_cluster_with_two_worker_processes() -> None:
    want = pr.read(FILES, on_error="skip").analyze(**OPTS)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        files = [str(f) for f in FILES]
        got = pdask.analyze(files, on_error="skip", task_mb=0, split_every=2, **OPTS)
        # Files grouped into bigger tasks: the same frames.
        grouped = pdask.analyze(files, on_error="skip", task_mb=0.3, **OPTS)
        # The tasks ran on both workers (one per file, then the merges).
        assert len(client.scheduler_info()["workers"]) == 2
    assert got.quotes is not None and got.quotes.height > 100
    assert got.report is not None and got.report.skipped == 2
    assert_same(got, want)
    assert_same(grouped, want)


def test_dask_dataframe_partitions_give_the_local_frames() -> None:
    df = pl.read_ndjson(EXAMPLE)
    want = pr.from_frame(df).analyze(**OPTS)
    ddf = dd.from_pandas(df.to_pandas(), npartitions=5, sort=False)
    got = pdask.analyze(ddf, split_every=2, scheduler="sync", **OPTS)
    assert_same(got, want)


def test_settings_are_checked_on_the_client() -> None:
    with pytest.raises(pr.InvalidConfigError):
        pdask.analyze([str(EXAMPLE)], terms={"ngram_range": (2, 1)}, scheduler="sync")
    with pytest.raises(ValueError, match="split_every"):
        pdask.analyze([str(EXAMPLE)], split_every=1, scheduler="sync")

"""Readers, malformed input and the skip report."""

from __future__ import annotations

import gzip
from pathlib import Path

import polars as pl
import pytest

import presslens as pr


def test_jsonl_gzip_and_plain_agree(corpus_dir: Path) -> None:
    a = pr.read_jsonl(corpus_dir / "mini-news.jsonl").terms(by="lang")
    b = pr.read_jsonl(corpus_dir / "mini-news.jsonl.gz").terms(by="lang")
    assert a.equals(b)


def test_glob_and_auto_format(corpus_dir: Path) -> None:
    c = pr.read(str(corpus_dir / "mini*.jsonl*"))
    c.terms()
    assert c.report.analysed == 24
    assert len(c.files) == 2


def test_bad_record_names_file_and_line(corpus_dir: Path) -> None:
    with pytest.raises(pr.ParseError) as info:
        pr.read_jsonl(corpus_dir / "bad.jsonl").terms()
    err = info.value
    assert isinstance(err, ValueError)
    assert err.line == 2
    assert err.path is not None and err.path.endswith("bad.jsonl")
    assert "bad.jsonl:2" in str(err)


def test_skip_mode_counts(corpus_dir: Path) -> None:
    c = pr.read_jsonl(
        [corpus_dir / "bad.jsonl", corpus_dir / "invalid-utf8.jsonl"], on_error="skip"
    )
    assert c.report is None
    c.terms()
    r = c.report
    assert r is not None
    assert r.skip_counts == [("encoding", 1), ("missing_field", 1), ("parse", 1)]
    assert "skipped=3" in repr(r)
    assert (r.read, r.analysed, r.skipped) == (8, 5, 3)
    assert r.read == r.analysed + r.skipped
    skips = r.skips
    assert skips.columns == ["file", "line", "reason", "message"]
    assert skips["reason"].to_list() == ["parse", "missing_field", "encoding"]
    assert skips["line"].to_list() == [2, 3, 2]


def test_encoding_error(corpus_dir: Path) -> None:
    with pytest.raises(pr.EncodingError):
        pr.read_jsonl(corpus_dir / "invalid-utf8.jsonl").terms()


def test_missing_files() -> None:
    with pytest.raises(pr.InputError):
        pr.read_jsonl("/nonexistent/*.jsonl")
    with pytest.raises(OSError):
        pr.read_jsonl("/nonexistent/file.jsonl")


def test_truncated_gzip(tmp_path: Path, corpus_dir: Path) -> None:
    data = (corpus_dir / "mini-news.jsonl.gz").read_bytes()
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(pr.ParseError):
        pr.read_jsonl(cut).terms()
    c = pr.read_jsonl(cut, on_error="skip")
    c.terms()
    assert c.report.skipped >= 1
    assert c.report.read == c.report.analysed + c.report.skipped


def test_text_and_csv(corpus_dir: Path) -> None:
    t = pr.read_text(corpus_dir / "plain")
    months = t.terms(by="month").select("month").unique().sort("month", nulls_last=True)
    assert months["month"].to_list() == ["2023-09", "2024-02", None]
    c = pr.read_csv(corpus_dir / "mini.csv")
    c.terms()
    assert c.report.analysed == 4


def test_parquet_roundtrip(tmp_path: Path, mini_news: Path) -> None:
    df = pl.read_ndjson(mini_news)
    path = tmp_path / "news.parquet"
    df.write_parquet(path)
    a = pr.read_parquet(path, batch_size=5).terms(by="lang")
    b = pr.read_jsonl(mini_news).terms(by="lang")
    assert a.equals(b)


def test_from_frame_variants(mini_news: Path) -> None:
    df = pl.read_ndjson(mini_news)
    expected = pr.read_jsonl(mini_news).terms(by="lang")
    assert pr.from_frame(df).terms(by="lang").equals(expected)
    assert pr.from_frame(df.lazy()).terms(by="lang").equals(expected)
    pd = pytest.importorskip("pandas")
    assert isinstance(df.to_pandas(), pd.DataFrame)
    assert pr.from_frame(df.to_pandas()).terms(by="lang").equals(expected)
    pa = pytest.importorskip("pyarrow")
    assert pr.from_frame(pa.table(df.to_arrow())).terms(by="lang").equals(expected)


def test_from_frame_null_text() -> None:
    df = pl.DataFrame({"text": ["ok text", None]})
    with pytest.raises(pr.MissingFieldError):
        pr.from_frame(df)
    c = pr.from_frame(df, on_error="skip")
    c.terms()
    assert (c.report.read, c.report.analysed, c.report.skipped) == (2, 1, 1)


def test_from_frame_missing_text_column() -> None:
    with pytest.raises(pr.MissingFieldError, match="text"):
        pr.from_frame(pl.DataFrame({"body": ["x"]}))
    c = pr.from_frame(pl.DataFrame({"body": ["Kim spoke"]}), text="body")
    assert c.terms()["term"].to_list() == ["kim", "spoke"]


def test_gzip_written_by_python(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write('{"text": "Kim met Putin", "lang": "en"}\n{"text": "Putin", "lang": "en"}\n')
    out = pr.read_jsonl(path).terms()
    assert dict(zip(out["term"], out["count"], strict=True))["putin"] == 2

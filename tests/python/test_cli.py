"""The CLI, through the Python console entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import polars as pl

from presslens import _core


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "presslens", *args], capture_output=True, text=True, check=False
    )


def test_terms_to_parquet(tmp_path: Path, mini_news: Path) -> None:
    out = tmp_path / "terms.parquet"
    p = run("terms", str(mini_news), "--by", "lang", "--top-k", "5", "--out", str(out))
    assert p.returncode == 0, p.stderr
    assert "12 analysed" in p.stderr
    df = pl.read_parquet(out)
    assert df.columns == ["lang", "term", "count", "doc_count", "freq", "tfidf"]
    assert df.height == 30


def test_analyze_writes_manifest(tmp_path: Path, mini_news: Path) -> None:
    p = run("analyze", str(mini_news), "--by", "lang,month", "--out", str(tmp_path / "out"))
    assert p.returncode == 0, p.stderr
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["documents"]["analysed"] == 12
    assert pl.read_parquet(tmp_path / "out" / "terms.parquet").height > 0


def test_errors_have_exit_codes(corpus_dir: Path) -> None:
    p = run("terms", str(corpus_dir / "bad.jsonl"))
    assert p.returncode == 1
    assert "bad.jsonl:2" in p.stderr
    assert run("terms").returncode == 2
    assert _core.cli_main(["presslens", "--version"]) == 0

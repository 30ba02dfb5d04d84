"""Replays the golden tokenization tables through the Python API (the Rust
suite in tests/suite.rs replays the same files)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import tomllib

import presslens as pr

DATA = Path(__file__).resolve().parents[1] / "data"


def golden_cases() -> list[tuple[str, dict[str, Any]]]:
    """Every case of tests/data/tokenize/*.toml as (id, case)."""
    out = []
    for path in sorted((DATA / "tokenize").glob("*.toml")):
        with path.open("rb") as f:
            for case in tomllib.load(f)["case"]:
                out.append((f"{path.stem}/{case['name']}", case))
    return out


OPTION_KEYS = (
    "lowercase",
    "strip_accents",
    "numbers",
    "urls",
    "emails",
    "hashtags",
    "mentions",
    "elision",
    "min_len",
)

CASES = golden_cases()


def _mismatch(case: dict[str, Any]) -> str | None:
    opts: dict[str, Any] = {k: case[k] for k in OPTION_KEYS if k in case}
    if case.get("stop_words") == "auto":
        opts["stop_words"] = "auto"
    text = case["text"]
    if "tokens" in case:
        df = pr.tokenize(text, lang=case.get("lang"), raw=case.get("raw", False), **opts)
        got = [list(r) for r in df.select("term", "char_start", "char_end").rows()]
        for _, start, end in got:
            assert 0 <= start < end <= len(text)
        if got != [list(t) for t in case["tokens"]]:
            return f"tokens: expected {case['tokens']}, got {got}"
    if "sentences" in case:
        got_s = pr.sentences(text, lang=case.get("lang"))["text"].to_list()
        if got_s != case["sentences"]:
            return f"sentences: expected {case['sentences']}, got {got_s}"
    return None


@pytest.mark.parametrize("case", [c for _, c in CASES], ids=[i for i, _ in CASES])
def test_golden(case: dict[str, Any]) -> None:
    diff = _mismatch(case)
    if "xfail" in case:
        if diff is None:
            pytest.fail(f"passes but is marked xfail ({case['xfail']}); remove the mark")
        pytest.xfail(case["xfail"])
    assert diff is None, diff


def test_there_are_golden_tables_for_nine_languages() -> None:
    langs = {i.split("/")[0] for i, _ in CASES}
    assert {"en", "it", "fr", "de", "es", "pt", "ru", "zh", "ja"} <= langs

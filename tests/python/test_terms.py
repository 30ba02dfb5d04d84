"""Frame-level tests of the term analyses through the Python API."""

from __future__ import annotations

import math
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

import presslens as pr


def small() -> pl.DataFrame:
    return pl.DataFrame(
        {
            "id": ["1", "2", "3", "4"],
            "text": [
                "Putin met Kim in Moscow. Kim smiled.",
                "The White House said Kim and Putin met.",
                "Kim returned to Pyongyang on Monday.",
                "Sanctions on Moscow were extended.",
            ],
            "lang": ["en"] * 4,
            "date": ["2023-09-13", "2023-09-20", "2023-10-02", "2023-10-05"],
            "source": ["tass", "ap", "tass", "ap"],
        }
    )


def test_terms_schema_and_values() -> None:
    df = pr.from_frame(small()).terms(by=["month", "source"])
    assert df.schema == pl.Schema(
        {
            "month": pl.String,
            "source": pl.String,
            "term": pl.String,
            "count": pl.UInt64,
            "doc_count": pl.UInt64,
            "freq": pl.Float64,
            "tfidf": pl.Float64,
        }
    )
    kim = df.filter(
        pl.col("month") == "2023-09", pl.col("source") == "tass", pl.col("term") == "kim"
    )
    assert kim["count"].item() == 2
    assert kim["doc_count"].item() == 1
    group_total = df.filter(pl.col("month") == "2023-09", pl.col("source") == "tass")["count"].sum()
    assert math.isclose(kim["freq"].item(), 2 / group_total)


def test_threads_give_identical_frames(mini_news: Path) -> None:
    corpus = pr.read_jsonl(mini_news)
    one = corpus.terms(by="lang", ngram_range=(1, 2), stop_words="auto", threads=1)
    two = corpus.terms(by="lang", ngram_range=(1, 2), stop_words="auto", threads=2)
    assert_frame_equal(one, two)
    assert one.height > 100


def test_stop_words_options() -> None:
    c = pr.from_frame(small())
    auto = c.terms(stop_words="auto")["term"].to_list()
    assert "the" not in auto and "on" not in auto
    custom = c.terms(stop_words=["kim"], extra_stop_words=["putin"])["term"].to_list()
    assert "kim" not in custom and "putin" not in custom and "the" in custom
    per_lang = c.terms(stop_words={"en": ["moscow"], "fr": ["kim"]})["term"].to_list()
    assert "moscow" not in per_lang and "kim" in per_lang
    with pytest.raises(pr.InvalidConfigError):
        c.terms(stop_words="english")  # type: ignore[arg-type]


def test_filters_and_errors() -> None:
    c = pr.from_frame(small())
    assert c.terms(min_df=2)["term"].to_list() == ["kim", "met", "moscow", "on", "putin"]
    assert c.terms(by="source", top_k=1).height == 2
    assert c.terms(max_df=0.5, min_count=2)["term"].to_list() == ["met", "moscow", "on", "putin"]
    with pytest.raises(pr.InvalidConfigError, match="min_df"):
        c.terms(min_df=5, max_df=2)
    with pytest.raises(ValueError, match="ngram_range"):
        c.terms(ngram_range=(2, 1))
    with pytest.raises(TypeError):
        pr.from_frame("not a frame")


def test_keyness() -> None:
    k = pr.from_frame(small()).keyness(target="tass", by="source", min_count=1)
    assert k.columns == [
        "term",
        "count_target",
        "count_reference",
        "g2",
        "chi2",
        "effect",
        "p_value",
    ]
    kim = k.filter(pl.col("term") == "kim").row(0, named=True)
    assert (kim["count_target"], kim["count_reference"]) == (3, 1)
    assert kim["g2"] > 0
    assert k["g2"].is_sorted(descending=True)
    with pytest.raises(pr.InvalidConfigError):
        pr.from_frame(small()).keyness(target="nope", by="source")


def test_kwic_offsets() -> None:
    frame = small()
    hits = pr.from_frame(frame).kwic("kim", window=2)
    assert hits.height == 4
    texts = dict(zip(frame["id"], frame["text"], strict=True))
    for row in hits.iter_rows(named=True):
        assert texts[row["doc_id"]][row["char_start"] : row["char_end"]] == row["keyword"]


def test_dtm_feeds_sklearn() -> None:
    pytest.importorskip("scipy")
    m = pr.from_frame(small()).dtm()
    assert m.matrix.shape == (4, len(m.vocabulary))
    assert m.doc_ids == ["1", "2", "3", "4"]
    j = m.vocabulary.index("kim")
    assert m.matrix[:, j].sum() == 4
    assert m.vocabulary == sorted(m.vocabulary)


def test_tokenize_offsets_multiscript() -> None:
    text = "Путин заявил: «Да». 金正恩が東京を訪問した。Kim's visit, l'agenzia."
    df = pr.tokenize(text, lang="ru", raw=True)
    for row in df.iter_rows(named=True):
        assert text[row["char_start"] : row["char_end"]] == row["term"]
    assert "東京" in pr.tokenize("金正恩が東京を訪問した。", lang="ja")["term"].to_list()


def test_detect_language_and_stop_words() -> None:
    assert (
        pr.detect_language("Der Minister sagte am Montag, dass die Gespräche weitergehen.") == "de"
    )
    assert pr.detect_language("") is None
    assert "the" in pr.stop_words("en")
    assert pr.stop_words("xx") == []


def test_progress_callback_runs(mini_news: Path) -> None:
    pytest.importorskip("tqdm")
    df = pr.read_jsonl(mini_news).terms(progress=True)
    assert df.height > 0


def test_set_num_threads() -> None:
    pr.set_num_threads(1)
    try:
        assert pr.get_num_threads() == 1
    finally:
        pr.set_num_threads(None)
    with pytest.raises(pr.InvalidConfigError):
        pr.set_num_threads(0)

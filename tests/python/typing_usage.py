"""Typed usage of the public API, checked by mypy (not run by pytest)."""

from __future__ import annotations

import polars as pl

import presslens as pr


def usage() -> None:
    corpus: pr.Corpus = pr.read_jsonl("data/example/news.jsonl", on_error="skip")
    terms: pl.DataFrame = corpus.terms(by=["lang", "month"], ngram_range=(1, 2), stop_words="auto")
    key: pl.DataFrame = corpus.keyness(target="2019", by="year", min_count=3)
    hits: pl.DataFrame = corpus.kwic("migra*", window=3)
    m = corpus.dtm(min_df=2, max_df=0.9)
    vocab: list[str] = m.vocabulary
    report = corpus.report
    assert report is not None
    n: int = report.analysed
    lang: str | None = pr.detect_language("text")
    print(terms, key, hits, vocab, n, lang)

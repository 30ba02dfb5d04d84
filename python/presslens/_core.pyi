# Stubs of the compiled module presslens._core (checked by mypy.stubtest).
from collections.abc import Callable
from typing import Any, final

import polars as pl

__version__: str

@final
class Report:
    @property
    def read(self) -> int: ...
    @property
    def analysed(self) -> int: ...
    @property
    def skipped(self) -> int: ...
    @property
    def empty(self) -> int: ...
    @property
    def bad_dates(self) -> int: ...
    @property
    def detected_lang(self) -> int: ...
    @property
    def files(self) -> list[str]: ...
    @property
    def skips(self) -> pl.DataFrame: ...
    @property
    def skip_counts(self) -> list[tuple[str, int]]: ...
    def __repr__(self) -> str: ...

_Progress = Callable[[int, int, int], None] | None

@final
class Plan:
    def __new__(
        cls,
        analyzer: dict[str, Any],
        terms: dict[str, Any] | None,
        actors: dict[str, Any],
        actor_tables: bool,
        quotes: bool,
        lexicon_path: str | None = None,
        lexicon_csv: str | None = None,
    ) -> Plan: ...
    def merge(
        self, a: list[tuple[str, pl.DataFrame]], b: list[tuple[str, pl.DataFrame]]
    ) -> list[tuple[str, pl.DataFrame]]: ...
    def finish(
        self, partial: list[tuple[str, pl.DataFrame]], settings: str
    ) -> tuple[list[tuple[str, pl.DataFrame]], str, Report]: ...

@final
class Corpus:
    @staticmethod
    def from_paths(paths: list[str], format: str | None, options: dict[str, Any]) -> Corpus: ...
    @staticmethod
    def from_frame(df: pl.DataFrame, options: dict[str, Any]) -> Corpus: ...
    def concat(self, other: Corpus) -> Corpus: ...
    def files(self) -> list[str]: ...
    def terms(
        self,
        analyzer: dict[str, Any],
        config: dict[str, Any],
        threads: int | None = None,
        progress: _Progress = None,
    ) -> tuple[pl.DataFrame, Report]: ...
    def keyness(
        self,
        analyzer: dict[str, Any],
        by: str,
        target: list[str],
        reference: list[str],
        ngram_range: tuple[int, int],
        min_count: int,
        top_k: int | None = None,
        threads: int | None = None,
        progress: _Progress = None,
    ) -> tuple[pl.DataFrame, Report]: ...
    def analyze(
        self,
        plan: Plan,
        settings: str,
        threads: int | None = None,
        progress: _Progress = None,
    ) -> tuple[list[tuple[str, pl.DataFrame]], str, Report]: ...
    def analyze_to(
        self,
        plan: Plan,
        settings: str,
        directory: str,
        threads: int | None = None,
        progress: _Progress = None,
    ) -> tuple[str, Report]: ...
    def analyze_partial(
        self, plan: Plan, seq_base: int, threads: int | None = None
    ) -> list[tuple[str, pl.DataFrame]]: ...
    def actors(
        self,
        config: dict[str, Any],
        lexicon_path: str | None = None,
        lexicon_csv: str | None = None,
        threads: int | None = None,
        progress: _Progress = None,
    ) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame, Report]: ...
    def quotes(
        self,
        config: dict[str, Any],
        lexicon_path: str | None = None,
        lexicon_csv: str | None = None,
        threads: int | None = None,
        progress: _Progress = None,
    ) -> tuple[pl.DataFrame, pl.DataFrame, Report]: ...
    def evidence(
        self,
        config: dict[str, Any],
        a_keys: list[str],
        b_keys: list[str],
        lexicon_path: str | None = None,
        lexicon_csv: str | None = None,
        max_hits: int | None = None,
        threads: int | None = None,
        progress: _Progress = None,
    ) -> tuple[pl.DataFrame, Report]: ...
    def kwic(
        self,
        analyzer: dict[str, Any],
        pattern: str,
        window: int,
        max_hits: int | None = None,
        threads: int | None = None,
        progress: _Progress = None,
    ) -> tuple[pl.DataFrame, Report]: ...
    def dtm(
        self,
        analyzer: dict[str, Any],
        min_df: int | float,
        max_df: int | float,
        max_features: int | None = None,
        threads: int | None = None,
        progress: _Progress = None,
    ) -> tuple[pl.Series, pl.Series, pl.Series, pl.Series, pl.Series, Report]: ...

def tokenize(
    text: str, lang: str | None, analyzer: dict[str, Any], raw: bool = False
) -> pl.DataFrame: ...
def sentences(text: str, lang: str | None = None) -> pl.DataFrame: ...
def extract_quotes(text: str, lang: str | None = None) -> pl.DataFrame: ...
def detect_language(text: str) -> str | None: ...
def stop_words(lang: str) -> list[str] | None: ...
def stop_word_languages() -> list[str]: ...
def num_threads(requested: int | None = None) -> int: ...
def cli_main(argv: list[str]) -> int: ...

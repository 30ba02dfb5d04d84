"""presslens: fast multilingual news-corpus analysis, with polars DataFrames.

>>> import presslens as pr
>>> corpus = pr.read_jsonl("data/example/news.jsonl")          # doctest: +SKIP
>>> corpus.terms(by=["lang", "month"], stop_words="auto", top_k=10)  # doctest: +SKIP
"""

from __future__ import annotations

import os

import polars as pl

from presslens import _core, exceptions
from presslens._typing import NormalizationForm, StopWordsArg
from presslens.corpus import (
    ActorAnalysis,
    Analysis,
    Corpus,
    DocumentTermMatrix,
    QuoteAnalysis,
    from_frame,
    read,
    read_csv,
    read_jsonl,
    read_parquet,
    read_text,
)
from presslens.exceptions import (
    CancelledError,
    EncodingError,
    InputError,
    InternalError,
    InvalidConfigError,
    MissingFieldError,
    OutputError,
    ParseError,
    PresslensError,
)

__version__: str = _core.__version__

__all__ = [
    "ActorAnalysis",
    "Analysis",
    "CancelledError",
    "Corpus",
    "DocumentTermMatrix",
    "EncodingError",
    "InputError",
    "InternalError",
    "InvalidConfigError",
    "MissingFieldError",
    "OutputError",
    "ParseError",
    "PresslensError",
    "QuoteAnalysis",
    "__version__",
    "detect_language",
    "exceptions",
    "extract_quotes",
    "from_frame",
    "get_num_threads",
    "read",
    "read_csv",
    "read_jsonl",
    "read_parquet",
    "read_text",
    "sentences",
    "set_num_threads",
    "stop_words",
    "tokenize",
]


def tokenize(
    text: str,
    *,
    lang: str | None = None,
    raw: bool = False,
    stop_words: StopWordsArg = None,
    extra_stop_words: list[str] | None = None,
    lowercase: bool = True,
    strip_accents: bool = False,
    normalization: NormalizationForm = "nfkc",
    numbers: bool = True,
    urls: bool = False,
    emails: bool = False,
    hashtags: bool = True,
    mentions: bool = True,
    elision: bool = True,
    min_len: int = 2,
) -> pl.DataFrame:
    """The tokens of one text, as the analyses see them.

    Parameters
    ----------
    text
        The text.
    lang
        ISO 639-1 code; detected when ``None``.
    raw
        Return every word-like token with its surface as written, before
        normalization and filtering (to see what the segmenter does).

    Other parameters are the analyzer options of :class:`Corpus`.

    Returns
    -------
    polars.DataFrame
        One row per token: ``term`` (String), ``kind`` (String: word,
        cjk_word, number, url, email, hashtag, mention), ``char_start``,
        ``char_end``, ``byte_start``, ``byte_end`` (UInt64) — offsets into
        ``text`` (``text[char_start:char_end]`` is the surface).

    Examples
    --------
    >>> import presslens as pr
    >>> pr.tokenize("L'agenzia Interfax ha citato Shoigu.", lang="it")["term"].to_list()
    ['agenzia', 'interfax', 'ha', 'citato', 'shoigu']
    >>> pr.tokenize("中国外交部表示", lang="zh")["term"].to_list()
    ['中国', '外交部', '表示']
    """
    from presslens.corpus import _analyzer

    return _core.tokenize(text, lang, _analyzer(locals()), raw)


def sentences(text: str, *, lang: str | None = None) -> pl.DataFrame:
    """Sentence and paragraph boundaries of one text.

    Returns
    -------
    polars.DataFrame
        ``sentence`` (UInt32), ``paragraph`` (UInt32), ``char_start``,
        ``char_end`` (UInt64), ``text`` (String).

    Examples
    --------
    >>> import presslens as pr
    >>> pr.sentences("Il sig. Rossi è arrivato. Poi è partito.", lang="it")["text"].to_list()
    ['Il sig. Rossi è arrivato.', 'Poi è partito.']
    """
    return _core.sentences(text, lang)


def extract_quotes(text: str, *, lang: str | None = None) -> pl.DataFrame:
    """The quotations of one text and their speakers (see :meth:`Corpus.quotes`).

    Returns
    -------
    polars.DataFrame
        The ``quotes`` table of :meth:`Corpus.quotes` with an empty ``doc_id``;
        offsets index ``text``.

    Examples
    --------
    >>> import presslens as pr
    >>> t = ('"Perché no, sono i nostri vicini", ha detto ieri il ministro della Difesa '
    ...      "russo, Sergei Shoigu.")
    >>> pr.extract_quotes(t, lang="it").select("quote", "speaker", "cue").rows()
    [('Perché no, sono i nostri vicini', 'Sergei Shoigu', 'detto')]
    """
    return _core.extract_quotes(text, lang)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language of ``text`` (whatlang), or ``None`` when unsure.

    >>> import presslens as pr
    >>> pr.detect_language("Секретарь Совета безопасности заявил, что переговоры продолжатся.")
    'ru'
    """
    return _core.detect_language(text)


def stop_words(lang: str) -> list[str]:
    """The built-in stop-word list of a language (empty when there is none).

    >>> import presslens as pr
    >>> "the" in pr.stop_words("en")
    True
    """
    return list(_core.stop_words(lang) or [])


def set_num_threads(n: int | None) -> None:
    """Set the default number of worker threads (``None``: all cores).

    Same as setting the ``PRESSLENS_NUM_THREADS`` environment variable; a
    ``threads=`` argument to an analysis overrides it.
    """
    if n is None:
        os.environ.pop("PRESSLENS_NUM_THREADS", None)
    elif n < 1:
        raise InvalidConfigError("set_num_threads needs n >= 1 (or None for all cores)")
    else:
        os.environ["PRESSLENS_NUM_THREADS"] = str(int(n))


def get_num_threads() -> int:
    """The number of worker threads an analysis uses by default."""
    return _core.num_threads(None)

"""Corpora and the analyses that run over them."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

import polars as pl

from presslens import _core
from presslens._typing import DfLimit, Format, NormalizationForm, OnError, StopWordsArg

if TYPE_CHECKING:
    import scipy.sparse

__all__ = [
    "Analysis",
    "Corpus",
    "DocumentTermMatrix",
    "from_frame",
    "read",
    "read_csv",
    "read_jsonl",
    "read_parquet",
    "read_text",
]


def _paths(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[str]:
    if isinstance(paths, (str, os.PathLike)):
        return [os.fspath(paths)]
    out = [os.fspath(p) for p in paths]
    if not out:
        raise _core_error("InvalidConfigError", "no input paths given")
    return out


def _core_error(name: str, message: str) -> Exception:
    from presslens import exceptions

    exc: Exception = getattr(exceptions, name)(message)
    return exc


def _from_paths(files: list[str], fmt: str | None, opts: dict[str, Any]) -> Corpus:
    inner = _core.Corpus.from_paths(files, fmt, opts)
    # The recipe keeps absolute paths, so that an unpickled copy reads the same files.
    origin = ("paths", [os.path.abspath(f) for f in files], fmt, opts)
    return Corpus(inner, _origin=origin)


def _read_options(
    text_field: str,
    id_field: str,
    lang_field: str,
    date_field: str,
    source_field: str,
    on_error: OnError,
    batch_size: int,
) -> dict[str, Any]:
    return {
        "text_field": text_field,
        "id_field": id_field,
        "lang_field": lang_field,
        "date_field": date_field,
        "source_field": source_field,
        "on_error": on_error,
        "batch_size": batch_size,
    }


def read(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    format: Format | None = None,
    text_field: str = "text",
    id_field: str = "id",
    lang_field: str = "lang",
    date_field: str = "date",
    source_field: str = "source",
    on_error: OnError = "raise",
    batch_size: int = 2048,
) -> Corpus:
    """Open files, directories or glob patterns as a corpus.

    Nothing is read yet: documents stream through in batches each time an
    analysis runs, so memory is bounded by the batch size and the results,
    not by the corpus.

    Parameters
    ----------
    paths
        One path or pattern, or several. Directories contribute their
        ``.txt`` files (recursively). A pattern that matches nothing raises
        :class:`~presslens.exceptions.InputError`.
    format
        Read every file as this format. By default the extension decides:
        ``.jsonl``/``.ndjson``/``.json`` (optionally ``.gz`` or ``.zst``),
        ``.csv``, ``.tsv``, ``.parquet``, ``.txt``.
    text_field, id_field, lang_field, date_field, source_field
        Field (or column) names. Only ``text_field`` is required; a missing
        id becomes ``<file>:<line>``, a missing language is detected, and
        every other scalar field is kept as metadata usable in ``by=``.
    on_error
        ``"raise"`` stops at the first bad record with an error naming file
        and line; ``"skip"`` skips it and counts it in :attr:`Corpus.report`.
    batch_size
        Documents per batch.
    """
    opts = _read_options(
        text_field, id_field, lang_field, date_field, source_field, on_error, batch_size
    )
    return _from_paths(_paths(paths), format, opts)


def read_jsonl(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    text_field: str = "text",
    id_field: str = "id",
    lang_field: str = "lang",
    date_field: str = "date",
    source_field: str = "source",
    on_error: OnError = "raise",
    batch_size: int = 2048,
) -> Corpus:
    """Open JSON Lines files (plain, ``.gz`` or ``.zst``), one object per line.

    See :func:`read` for the parameters.

    Examples
    --------
    >>> import presslens as pr
    >>> corpus = pr.read_jsonl("tests/data/corpus/mini-news.jsonl")
    >>> corpus.terms(stop_words="auto", by="lang", top_k=1).columns
    ['lang', 'term', 'count', 'doc_count', 'freq', 'tfidf']
    """
    opts = _read_options(
        text_field, id_field, lang_field, date_field, source_field, on_error, batch_size
    )
    return _from_paths(_paths(paths), "jsonl", opts)


def read_csv(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    text_field: str = "text",
    id_field: str = "id",
    lang_field: str = "lang",
    date_field: str = "date",
    source_field: str = "source",
    on_error: OnError = "raise",
    batch_size: int = 2048,
) -> Corpus:
    """Open CSV files with a header row (``.tsv`` files are read tab-separated).

    See :func:`read` for the parameters. Every column other than the mapped
    ones is kept as metadata.
    """
    opts = _read_options(
        text_field, id_field, lang_field, date_field, source_field, on_error, batch_size
    )
    paths_ = _paths(paths)
    fmt: Format = "tsv" if all(p.lower().endswith(".tsv") for p in paths_) else "csv"
    return _from_paths(paths_, fmt, opts)


def read_parquet(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    text_field: str = "text",
    id_field: str = "id",
    lang_field: str = "lang",
    date_field: str = "date",
    source_field: str = "source",
    on_error: OnError = "raise",
    batch_size: int = 2048,
) -> Corpus:
    """Open Parquet files; rows stream in slices of ``batch_size``.

    See :func:`read` for the parameters.
    """
    opts = _read_options(
        text_field, id_field, lang_field, date_field, source_field, on_error, batch_size
    )
    return _from_paths(_paths(paths), "parquet", opts)


def read_text(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    on_error: OnError = "raise",
    batch_size: int = 2048,
) -> Corpus:
    """Open plain text files, one document per file.

    A file may start with a line (or prefix) ``date YYYY-MM`` or
    ``date YYYY-MM-DD``, which becomes the document's date and is not part
    of its text. The id is the file path.
    """
    opts = _read_options("text", "id", "lang", "date", "source", on_error, batch_size)
    return _from_paths(_paths(paths), "text", opts)


def from_frame(
    data: Any,
    *,
    text: str = "text",
    id: str = "id",
    lang: str = "lang",
    date: str = "date",
    source: str = "source",
    on_error: OnError = "raise",
) -> Corpus:
    """A corpus over the rows of a DataFrame.

    Accepts a polars ``DataFrame`` or ``LazyFrame``, a pandas ``DataFrame``, a
    pyarrow ``Table``, or any object implementing the Arrow PyCapsule stream
    interface. Column names map to document fields; every other column is
    metadata. The texts are copied once into the Rust core.

    Examples
    --------
    >>> import polars as pl, presslens as pr
    >>> df = pl.DataFrame({"text": ["Putin met Kim.", "Kim left."], "outlet": ["a", "b"]})
    >>> pr.from_frame(df).terms(by="outlet").sort("outlet", "term")
    shape: (5, 6)
    ┌────────┬───────┬───────┬───────────┬──────────┬──────────┐
    │ outlet ┆ term  ┆ count ┆ doc_count ┆ freq     ┆ tfidf    │
    │ ---    ┆ ---   ┆ ---   ┆ ---       ┆ ---      ┆ ---      │
    │ str    ┆ str   ┆ u64   ┆ u64       ┆ f64      ┆ f64      │
    ╞════════╪═══════╪═══════╪═══════════╪══════════╪══════════╡
    │ a      ┆ kim   ┆ 1     ┆ 1         ┆ 0.333333 ┆ 0.333333 │
    │ a      ┆ met   ┆ 1     ┆ 1         ┆ 0.333333 ┆ 0.333333 │
    │ a      ┆ putin ┆ 1     ┆ 1         ┆ 0.333333 ┆ 0.333333 │
    │ b      ┆ kim   ┆ 1     ┆ 1         ┆ 0.5      ┆ 0.5      │
    │ b      ┆ left  ┆ 1     ┆ 1         ┆ 0.5      ┆ 0.5      │
    └────────┴───────┴───────┴───────────┴──────────┴──────────┘
    """
    if isinstance(data, str):
        raise TypeError(
            "from_frame expects a DataFrame, not a string; use read_jsonl/read_csv/... for paths"
        )
    if isinstance(data, pl.LazyFrame):
        df = data.collect()
    elif isinstance(data, pl.DataFrame):
        df = data
    elif type(data).__module__.startswith("pandas"):
        df = pl.from_pandas(data)
    elif hasattr(data, "__arrow_c_stream__"):
        df = pl.DataFrame(data)
    else:
        df = pl.DataFrame(data)
    opts = _read_options(text, id, lang, date, source, on_error, 2048)
    return Corpus(_core.Corpus.from_frame(df, opts), _origin=("frame", df, opts))


class DocumentTermMatrix(NamedTuple):
    """A document-term matrix for scikit-learn and scipy users."""

    matrix: scipy.sparse.csr_matrix
    """Counts, one row per document (input order), one column per term."""
    vocabulary: list[str]
    """Column ``j`` is ``vocabulary[j]`` (sorted)."""
    doc_ids: list[str]
    """Row ``i`` is document ``doc_ids[i]``."""


def _progress_callback(enabled: bool) -> tuple[Callable[[int, int, int], None] | None, Any]:
    if not enabled:
        return None, None
    try:
        from tqdm.auto import tqdm
    except ImportError:  # pragma: no cover - depends on the environment
        import warnings

        warnings.warn(
            "progress=True needs tqdm (pip install tqdm); running without a progress bar",
            stacklevel=3,
        )
        return None, None
    bar = tqdm(total=None, unit="B", unit_scale=True, desc="presslens")

    def update(docs: int, done: int, total: int) -> None:
        if total and bar.total != total:
            bar.total = total
        bar.n = done
        bar.set_postfix(docs=docs, refresh=False)
        bar.refresh()

    return update, bar


class Corpus:
    """Documents to analyse: files read lazily, or rows of a DataFrame.

    Create one with :func:`read_jsonl`, :func:`read_csv`, :func:`read_parquet`,
    :func:`read_text`, :func:`read` or :func:`from_frame`. Every analysis is
    one parallel pass over the documents; the same input gives the same
    frame, in the same order, whatever the number of threads.

    Analyzer options (shared by every analysis)
    -------------------------------------------
    stop_words
        ``None`` (default, as in scikit-learn), ``"auto"`` (the list of each
        document's language, from the ``stop-words`` crate), one list for all
        documents, or a dict of lists per language code.
    extra_stop_words
        Words removed in addition, in every language.
    lowercase, strip_accents, normalization
        Term normalization (``normalization`` is ``"nfkc"``, ``"nfc"`` or ``"none"``).
    numbers, urls, emails, hashtags, mentions
        Keep these kinds of tokens (defaults: numbers, hashtags and mentions kept).
    elision
        Split elided articles (``l'agenzia`` → ``agenzia``) and possessive
        ``'s`` using the document language.
    min_len
        Minimum characters of a term in space-delimited scripts (default 2);
        Chinese, Japanese and Thai words are exempt.
    threads
        Worker threads (default: ``PRESSLENS_NUM_THREADS`` or all cores).
    progress
        Show a progress bar (tqdm; works in notebooks and terminals).
    """

    def __init__(self, inner: _core.Corpus, *, _origin: tuple[Any, ...] | None = None) -> None:
        self._inner = inner
        self._report: _core.Report | None = None
        self._origin = _origin

    def __reduce__(self) -> tuple[Any, ...]:
        # A corpus pickles as the recipe that made it (paths and read options, or the
        # frame), never as Rust state: it can be shipped to another process or machine.
        if self._origin is None:
            raise TypeError("this corpus was not made by presslens.read*/from_frame: no recipe")
        return (_rebuild_corpus, (self._origin,))

    def __repr__(self) -> str:
        files = self._inner.files()
        return (
            f"<presslens.Corpus over {len(files)} file(s)>"
            if files
            else "<presslens.Corpus in memory>"
        )

    def __add__(self, other: Corpus) -> Corpus:
        if not isinstance(other, Corpus):
            return NotImplemented
        return Corpus(self._inner.concat(other._inner), _origin=("concat", self, other))

    @property
    def files(self) -> list[str]:
        """The input files, in reading order."""
        return self._inner.files()

    @property
    def report(self) -> _core.Report | None:
        """Accounting of the last analysis on this corpus (``None`` before the first).

        Attributes: ``read``, ``analysed``, ``skipped`` (always
        ``read == analysed + skipped``), ``empty`` (documents with an empty
        text), ``bad_dates`` (unparseable dates, left null), ``detected_lang``
        (documents whose language was detected), ``files``, ``skip_counts``
        (per reason) and ``skips`` (a frame: file, line, reason, message).
        """
        return self._report

    def _run(self, progress: bool, call: Callable[[Any], tuple[Any, _core.Report]]) -> Any:
        cb, bar = _progress_callback(progress)
        try:
            result, report = call(cb)
        finally:
            if bar is not None:
                bar.close()
        self._report = report
        return result

    def terms(
        self,
        *,
        by: str | Sequence[str] | None = None,
        ngram_range: tuple[int, int] = (1, 1),
        min_count: int = 1,
        min_df: DfLimit = 1,
        max_df: DfLimit = 1.0,
        top_k: int | None = None,
        stop_words: StopWordsArg = None,
        extra_stop_words: Sequence[str] | None = None,
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
        threads: int | None = None,
        progress: bool = False,
    ) -> pl.DataFrame:
        """Term statistics per group.

        Parameters
        ----------
        by
            Group by these columns: ``"day"``, ``"week"``, ``"month"``,
            ``"quarter"``, ``"year"`` (from the document date), ``"lang"``,
            ``"source"``, or any metadata field. ``None``: one group.
        ngram_range
            ``(min_n, max_n)``. N-grams never span a sentence boundary or a
            removed token (stop word, dropped number, ...).
        min_count
            Drop terms counted fewer times in their group.
        min_df, max_df
            Drop terms in fewer / more documents of their group than this
            (int: documents; float: fraction of the group's documents).
        top_k
            Keep the ``top_k`` most frequent terms of each group.

        See :class:`Corpus` for the analyzer options.

        Returns
        -------
        polars.DataFrame
            One row per (group, term), sorted by group, then count
            (descending), then term:

            - one ``String`` column per ``by`` name (null when a document lacks the field);
            - ``term`` (String): the normalized term, n-grams joined by a space;
            - ``count`` (UInt64): occurrences in the group;
            - ``doc_count`` (UInt64): documents of the group containing it;
            - ``freq`` (Float64): ``count`` / number of n-grams of the same order in the group;
            - ``tfidf`` (Float64): ``freq × (ln((1 + n_docs) / (1 + doc_count)) + 1)``,
              scikit-learn's smoothed idf over the group's documents.

        Examples
        --------
        >>> import polars as pl, presslens as pr
        >>> df = pl.DataFrame({"text": ["Kim met Putin. Putin spoke.", "Kim left."],
        ...                    "date": ["2023-09-13", "2023-10-01"]})
        >>> pr.from_frame(df).terms(by="month", top_k=1)
        shape: (2, 6)
        ┌─────────┬───────┬───────┬───────────┬──────┬───────┐
        │ month   ┆ term  ┆ count ┆ doc_count ┆ freq ┆ tfidf │
        │ ---     ┆ ---   ┆ ---   ┆ ---       ┆ ---  ┆ ---   │
        │ str     ┆ str   ┆ u64   ┆ u64       ┆ f64  ┆ f64   │
        ╞═════════╪═══════╪═══════╪═══════════╪══════╪═══════╡
        │ 2023-09 ┆ putin ┆ 2     ┆ 1         ┆ 0.4  ┆ 0.4   │
        │ 2023-10 ┆ kim   ┆ 1     ┆ 1         ┆ 0.5  ┆ 0.5   │
        └─────────┴───────┴───────┴───────────┴──────┴───────┘
        """
        analyzer = _analyzer(locals())
        config = {
            "by": _by(by),
            "ngram_range": tuple(ngram_range),
            "min_count": min_count,
            "min_df": min_df,
            "max_df": max_df,
            "top_k": top_k,
        }
        df: pl.DataFrame = self._run(
            progress, lambda cb: self._inner.terms(analyzer, config, threads, cb)
        )
        return df

    def keyness(
        self,
        *,
        target: str | Sequence[str],
        by: str = "source",
        reference: str | Sequence[str] | None = None,
        ngram_range: tuple[int, int] = (1, 1),
        min_count: int = 5,
        top_k: int | None = None,
        stop_words: StopWordsArg = None,
        extra_stop_words: Sequence[str] | None = None,
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
        threads: int | None = None,
        progress: bool = False,
    ) -> pl.DataFrame:
        """Terms characteristic of target documents compared with a reference.

        Parameters
        ----------
        target
            Value(s) of ``by`` that form the target group.
        by
            The column that defines groups (``"source"``, ``"month"``,
            ``"lang"``, any field).
        reference
            Value(s) that form the reference; default: every other document.
        min_count
            Drop terms with fewer occurrences in target and reference together.
        top_k
            Keep the ``top_k`` terms with the highest G².

        Returns
        -------
        polars.DataFrame
            One row per term, sorted by ``g2`` descending:

            - ``term`` (String);
            - ``count_target``, ``count_reference`` (UInt64);
            - ``g2`` (Float64): signed log-likelihood G², positive when the term
              is relatively more frequent in the target;
            - ``chi2`` (Float64): signed Pearson chi² of the same 2×2 table;
            - ``effect`` (Float64): Log Ratio, log2 of the ratio of relative
              frequencies (0.5 added to zero counts);
            - ``p_value`` (Float64): of G² against chi² with one degree of freedom.
        """
        analyzer = _analyzer(locals())
        targets = [target] if isinstance(target, str) else list(target)
        refs = (
            []
            if reference is None
            else [reference]
            if isinstance(reference, str)
            else list(reference)
        )
        df: pl.DataFrame = self._run(
            progress,
            lambda cb: self._inner.keyness(
                analyzer,
                by,
                targets,
                refs,
                (ngram_range[0], ngram_range[1]),
                min_count,
                top_k,
                threads,
                cb,
            ),
        )
        return df

    def kwic(
        self,
        pattern: str,
        *,
        window: int = 5,
        max_hits: int | None = None,
        lowercase: bool = True,
        strip_accents: bool = False,
        normalization: NormalizationForm = "nfkc",
        elision: bool = True,
        threads: int | None = None,
        progress: bool = False,
    ) -> pl.DataFrame:
        """Keyword in context: every occurrence of a word or phrase.

        Parameters
        ----------
        pattern
            A word or phrase, matched on normalized terms (case-insensitive by
            default). A final ``*`` matches prefixes: ``"migra*"``.
        window
            Tokens of context on each side.
        max_hits
            Stop after this many hits.

        Returns
        -------
        polars.DataFrame
            One row per hit, in input order:

            - ``doc_id`` (String);
            - ``left``, ``keyword``, ``right`` (String): the original text (whitespace collapsed
              in the context);
            - ``char_start``, ``char_end`` (UInt64): character offsets of the keyword in the
              document text, so ``text[char_start:char_end] == keyword``.

        Examples
        --------
        >>> import polars as pl, presslens as pr
        >>> df = pl.DataFrame({"id": ["a"], "text": ["Il ministro ha detto che Putin arriverà."]})
        >>> hits = pr.from_frame(df).kwic("putin", window=2)
        >>> hits.select("left", "keyword", "right", "char_start")
        shape: (1, 4)
        ┌───────────┬─────────┬──────────┬────────────┐
        │ left      ┆ keyword ┆ right    ┆ char_start │
        │ ---       ┆ ---     ┆ ---      ┆ ---        │
        │ str       ┆ str     ┆ str      ┆ u64        │
        ╞═══════════╪═════════╪══════════╪════════════╡
        │ detto che ┆ Putin   ┆ arriverà ┆ 25         │
        └───────────┴─────────┴──────────┴────────────┘
        """
        analyzer = {
            "lowercase": lowercase,
            "strip_accents": strip_accents,
            "normalization": normalization,
            "elision": elision,
        }
        df: pl.DataFrame = self._run(
            progress,
            lambda cb: self._inner.kwic(analyzer, pattern, window, max_hits, threads, cb),
        )
        return df

    def analyze(
        self,
        *,
        by: str | Sequence[str] | None = None,
        terms: bool | dict[str, Any] = True,
        actors: bool | dict[str, Any] = True,
        quotes: bool = True,
        lexicon: str | os.PathLike[str] | pl.DataFrame | None = None,
        detect: bool = True,
        geography: bool = True,
        places: str = "place",
        demonyms: bool = False,
        external: Any = None,
        external_mode: str = "replace",
        threads: int | None = None,
        progress: bool = False,
        out: str | os.PathLike[str] | None = None,
    ) -> Analysis:
        """Every table in one pass: terms, mentions, actors, co-occurrence, quotes, voice.

        Each document is read, parsed and tokenized once, and its actors are found once
        for both the co-occurrence counts and the speakers of its quotations. The tables
        are those of :meth:`terms`, :meth:`actors` and :meth:`quotes` with the same
        settings, in less time than the three calls.

        Parameters
        ----------
        by
            Grouping of ``terms``, ``cooccurrence`` and ``voice``, as in :meth:`terms`.
        terms
            ``True``, ``False`` (no term table) or a dict of the keyword arguments of
            :meth:`terms` (``ngram_range``, ``min_count``, ``min_df``, ``max_df``,
            ``top_k`` and the analyzer options of :class:`Corpus`).
        actors
            ``True``, ``False`` (no mentions, actors and co-occurrence tables) or a dict
            of ``window``, ``min_count``, ``kinds``, ``mentions`` as in :meth:`actors`.
        quotes
            Compute the ``quotes`` and ``voice`` tables.
        lexicon, detect, geography, places, demonyms, external, external_mode
            How actors are found, as in :meth:`actors` (shared by the actor tables and
            the quotations' speakers).

        out
            A directory: the tables are written there (as by
            :meth:`Analysis.write_parquet`) while they are computed, and the quotation
            rows are kept on disk (in a temporary directory inside ``out``, removed at
            the end) instead of in memory: the run's memory no longer grows with the
            number of quotations. The returned analysis reads each table back on first
            access.

        Returns
        -------
        Analysis
            The frames (``None`` for those not computed), the run's report, and a
            manifest; :meth:`Analysis.write_parquet` writes them all.

        Examples
        --------
        >>> import polars as pl, presslens as pr
        >>> df = pl.DataFrame({"id": ["a"], "lang": ["en"], "text": [
        ...     '"Talks will resume," Maria Lopez said after meeting Olaf Scholz.']})
        >>> res = pr.from_frame(df).analyze(terms={"stop_words": "auto"})
        >>> res
        Analysis(terms: 7 rows, mentions: 2 rows, actors: 2 rows, cooccurrence: 1 rows, \
quotes: 1 rows, voice: 1 rows, skipped: 0 rows)
        >>> res.quotes.select("quote", "speaker").rows()
        [('Talks will resume', 'Maria Lopez')]
        >>> res.manifest["documents"]["analysed"]
        1
        """
        spec, settings = _analysis_spec(
            by=by,
            terms=terms,
            actors=actors,
            quotes=quotes,
            lexicon=lexicon,
            detect=detect,
            geography=geography,
            places=places,
            demonyms=demonyms,
            external=external,
            external_mode=external_mode,
        )
        plan = _core.Plan(**spec)
        source = (self, spec["actors"], spec["lexicon_path"], spec["lexicon_csv"])
        if out is not None:
            directory = os.fspath(out)
            manifest = self._run(
                progress,
                lambda cb: self._inner.analyze_to(
                    plan, json.dumps(settings), directory, threads, cb
                ),
            )
            return Analysis(
                {}, json.loads(manifest), self._report, _source=source, _directory=directory
            )
        frames, manifest = self._run(
            progress,
            lambda cb: _split_report(self._inner.analyze(plan, json.dumps(settings), threads, cb)),
        )
        return Analysis(dict(frames), json.loads(manifest), self._report, _source=source)

    def actors(
        self,
        *,
        lexicon: str | os.PathLike[str] | pl.DataFrame | None = None,
        detect: bool = True,
        geography: bool = True,
        places: str = "place",
        demonyms: bool = False,
        window: str | int = "sentence",
        by: str | Sequence[str] | None = None,
        min_count: int = 1,
        kinds: Sequence[str] | None = None,
        mentions: bool = True,
        external: Any = None,
        external_mode: str = "replace",
        threads: int | None = None,
        progress: bool = False,
    ) -> ActorAnalysis:
        """Actors (people, organisations, places), their mentions and co-occurrence.

        Parameters
        ----------
        lexicon
            Known actors: a CSV/TSV/JSON/JSONL file or a DataFrame with columns ``id``,
            ``name``, ``kind`` (``person``, ``organisation``, ``place``, ``other``) and
            ``alias`` (one per row) or ``aliases`` (``|``-separated), optionally ``lang``.
        detect
            Find names by rules (capitalisation, titles, roles, markers, given names).
        geography
            Match the built-in countries, capitals and government buildings.
        places
            ``"place"``: capitals and buildings are places of their own; ``"country"``:
            they resolve to their country ("Mosca", "Kremlin" → Russia).
        demonyms
            Count demonyms ("Russian", "russo") as mentions of their country.
        window
            Co-occurrence unit: ``"sentence"``, ``"paragraph"``, ``"document"`` or a
            number of tokens.
        by
            Grouping of the co-occurrence table, as in :meth:`terms`.
        min_count
            Keep pairs that co-occur at least this often in their group.
        kinds
            Only actors of these kinds take part in co-occurrence and the tables.
        mentions
            Keep the per-mention table (set ``False`` on very large corpora).
        external
            Mentions found by another tool (spaCy, Stanza, your own model): a polars or
            pandas frame with ``doc_id``, ``char_start``, ``char_end`` (character offsets
            into the document's text, end exclusive), ``kind`` (``person``,
            ``organisation``, ``place``, ``other``, or an NER label: ``PER``/``PERSON``,
            ``ORG``, ``LOC``/``GPE``/``FAC``; other labels are ``other``) and optionally
            ``actor_id`` (when the tool links entities). Every ``doc_id`` must be in the
            corpus and every range inside its text, else ``ValueError``.
        external_mode
            ``"replace"``: only the external mentions count; ``"add"``: the built-in
            detection runs too and gives way where the two overlap.

        Returns
        -------
        ActorAnalysis
            ``mentions``: ``doc_id``, ``actor_id``, ``actor``, ``kind``, ``surface`` (String),
            ``char_start``, ``char_end`` (UInt64, ``text[char_start:char_end] == surface``),
            ``sentence``, ``paragraph`` (UInt32), ``origin`` (String: lexicon, geography,
            rules).
            ``actors``: ``actor_id``, ``actor``, ``kind`` (String), ``aliases``, ``merged``
            (List[String]), ``mentions``, ``doc_count`` (UInt64), ``origin`` (String; an
            actor found in several ways reports the first of lexicon, geography, rules,
            external).
            ``cooccurrence``: the ``by`` columns, ``actor_a``, ``actor_b``, ``name_a``,
            ``name_b`` (String), ``count``, ``doc_count`` (UInt64), ``pmi``, ``npmi``,
            ``dice``, ``g2`` (Float64; signed G² of the pair's 2×2 table of units, positive
            when the two co-occur more often than independence predicts).

        Examples
        --------
        >>> import polars as pl, presslens as pr
        >>> df = pl.DataFrame({"id": ["a"], "lang": ["en"],
        ...     "text": ["Vladimir Putin met Kim Jong-un in Moscow. Putin smiled."]})
        >>> res = pr.from_frame(df).actors()
        >>> res.actors.select("actor", "kind", "mentions").sort("actor")
        shape: (3, 3)
        ┌────────────────┬────────┬──────────┐
        │ actor          ┆ kind   ┆ mentions │
        │ ---            ┆ ---    ┆ ---      │
        │ str            ┆ str    ┆ u64      │
        ╞════════════════╪════════╪══════════╡
        │ Kim Jong-un    ┆ person ┆ 1        │
        │ Moscow         ┆ place  ┆ 1        │
        │ Vladimir Putin ┆ person ┆ 2        │
        └────────────────┴────────┴──────────┘
        """
        config: dict[str, Any] = {
            "detect": detect,
            "geography": geography,
            "places": places,
            "demonyms": demonyms,
            "window": str(window),
            "by": _by(by),
            "min_count": min_count,
            "kinds": list(kinds) if kinds is not None else None,
            "mentions": mentions,
            "external": _external(external),
            "external_mode": external_mode,
        }
        path, csv_text = _lexicon_args(lexicon)
        m, a, c = self._run(
            progress,
            lambda cb: _split4(self._inner.actors(config, path, csv_text, threads, cb)),
        )
        return ActorAnalysis(m, a, c, _source=(self, config, path, csv_text))

    def quotes(
        self,
        *,
        lexicon: str | os.PathLike[str] | pl.DataFrame | None = None,
        by: str | Sequence[str] | None = None,
        detect: bool = True,
        geography: bool = True,
        places: str = "place",
        external: Any = None,
        external_mode: str = "replace",
        threads: int | None = None,
        progress: bool = False,
    ) -> QuoteAnalysis:
        """Quotations, their speakers, and each actor's share of voice.

        Rules only (no model): quotation marks of every convention, reported clauses
        ("said that", "ha detto che", "sagte, dass", "заявил, что"), colon introductions
        and "according to X" phrases, with cues from the per-language files of 14
        languages. Speakers link to the actors of :meth:`actors` (same options).

        Parameters
        ----------
        lexicon, detect, geography, places, external, external_mode
            As in :meth:`actors`: how speakers are recognised as actors.
        by
            Grouping of the ``voice`` table, as in :meth:`terms` (``"month"``,
            ``"source"``, ``"lang"``, any metadata field).

        Returns
        -------
        QuoteAnalysis
            ``quotes``: one row per quotation, in input order — ``doc_id``, ``lang``,
            ``quote``, ``kind`` (direct, indirect, mixed, according_to), ``speaker``,
            ``actor_id``, ``actor``, ``actor_kind``, ``cue``, ``how`` (explicit, pronoun,
            previous_sentence, none) (String; ``speaker``, ``cue`` and ``actor*`` null
            when absent), ``quote_start``, ``quote_end``, ``speaker_start``,
            ``speaker_end``, ``cue_start``, ``cue_end`` (UInt64 character offsets into the
            document's text), ``sentence``, ``paragraph`` (UInt32), ``confidence``
            (Float64), ``part`` (UInt32: 0 for a quotation's first part; 1, 2 … for the parts
            that continue it — after its reporting clause, ``"A," he said, "B."``, or in the
            next sentence with nothing between — with the same speaker).
            ``voice``: the ``by`` columns, ``actor_id``, ``actor``, ``kind`` (String),
            ``quotes``, ``doc_count`` (UInt64), ``share`` (Float64: the actor's part of
            the group's attributed quotations).

        Examples
        --------
        >>> import polars as pl, presslens as pr
        >>> df = pl.DataFrame({"id": ["a"], "lang": ["en"], "text": [
        ...     '"We will not back down," said Maria Lopez. She added that talks would resume.']})
        >>> q = pr.from_frame(df).quotes().quotes
        >>> q.select("quote", "kind", "speaker", "how", "actor").rows()
        [('We will not back down', 'direct', 'Maria Lopez', 'explicit', 'Maria Lopez'), \
('talks would resume', 'indirect', 'She', 'pronoun', 'Maria Lopez')]
        """
        config: dict[str, Any] = {
            "detect": detect,
            "geography": geography,
            "places": places,
            "by": _by(by),
            "external": _external(external),
            "external_mode": external_mode,
        }
        path, csv_text = _lexicon_args(lexicon)
        q, v = self._run(
            progress,
            lambda cb: _split3(self._inner.quotes(config, path, csv_text, threads, cb)),
        )
        return QuoteAnalysis(q, v)

    def mentions(self, **kwargs: Any) -> pl.DataFrame:
        """The ``mentions`` table of :meth:`actors` (same keyword arguments)."""
        return self.actors(**kwargs).mentions

    def cooccurrence(self, **kwargs: Any) -> pl.DataFrame:
        """The ``cooccurrence`` table of :meth:`actors` (same keyword arguments)."""
        return self.actors(**kwargs).cooccurrence

    def dtm(
        self,
        *,
        min_df: DfLimit = 1,
        max_df: DfLimit = 1.0,
        max_features: int | None = None,
        stop_words: StopWordsArg = None,
        extra_stop_words: Sequence[str] | None = None,
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
        threads: int | None = None,
        progress: bool = False,
    ) -> DocumentTermMatrix:
        """The document-term matrix as ``scipy.sparse.csr_matrix`` (needs scipy).

        Rows are documents in input order, columns the sorted vocabulary —
        the layout of scikit-learn's ``CountVectorizer().fit_transform``, so
        the matrix feeds ``TfidfTransformer``, ``LatentDirichletAllocation``
        or any estimator directly.

        Returns
        -------
        DocumentTermMatrix
            ``(matrix, vocabulary, doc_ids)``; ``matrix`` has dtype int64.
        """
        try:
            import scipy.sparse
        except ImportError as e:  # pragma: no cover - depends on the environment
            raise ImportError("Corpus.dtm needs scipy: pip install 'presslens[sklearn]'") from e
        analyzer = _analyzer(locals())
        parts = self._run(
            progress,
            lambda cb: _split_report(
                self._inner.dtm(analyzer, min_df, max_df, max_features, threads, cb)
            ),
        )
        indptr, indices, data, vocab, doc_ids = parts
        n_rows = len(doc_ids)
        matrix = scipy.sparse.csr_matrix(
            (data.to_numpy(), indices.to_numpy(), indptr.to_numpy()),
            shape=(n_rows, len(vocab)),
        )
        return DocumentTermMatrix(matrix, vocab.to_list(), doc_ids.to_list())


def _analysis_spec(
    *,
    by: str | Sequence[str] | None,
    terms: bool | dict[str, Any],
    actors: bool | dict[str, Any],
    quotes: bool,
    lexicon: str | os.PathLike[str] | pl.DataFrame | None,
    detect: bool,
    geography: bool,
    places: str,
    demonyms: bool,
    external: Any,
    external_mode: str,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The plain arguments of ``_core.Plan`` for :meth:`Corpus.analyze`, and the
    settings recorded in the manifest. Plain values only: they travel to workers."""
    by_cols = _by(by)
    terms_opts: dict[str, Any] | None = None
    analyzer: dict[str, Any] = {}
    if terms is not False:
        opts = {} if terms is True else dict(terms)
        _check_options(opts, _TERMS_KEYS + _ANALYZER_KEYS, "terms")
        analyzer = _analyzer(opts)
        terms_opts = {"by": by_cols, "ngram_range": (1, 1)}
        terms_opts.update({k: v for k, v in opts.items() if k in _TERMS_KEYS})
        terms_opts["ngram_range"] = tuple(terms_opts["ngram_range"])
    actor_opts = {} if isinstance(actors, bool) else dict(actors)
    _check_options(actor_opts, ("window", "min_count", "kinds", "mentions"), "actors")
    if "window" in actor_opts:
        actor_opts["window"] = str(actor_opts["window"])
    if actor_opts.get("kinds") is not None:
        actor_opts["kinds"] = list(actor_opts["kinds"])
    config: dict[str, Any] = {
        "detect": detect,
        "geography": geography,
        "places": places,
        "demonyms": demonyms,
        "by": by_cols,
        "external": _external(external),
        "external_mode": external_mode,
        **actor_opts,
    }
    path, csv_text = _lexicon_args(lexicon)
    spec = {
        "analyzer": analyzer,
        "terms": terms_opts,
        "actors": config,
        "actor_tables": actors is not False,
        "quotes": quotes,
        "lexicon_path": path,
        "lexicon_csv": csv_text,
    }
    settings = {
        "by": by_cols,
        "terms": None if terms_opts is None else {**terms_opts, **analyzer},
        "actors": None if actors is False else actor_opts,
        "quotes": quotes,
        "lexicon": path if csv_text is None else "<DataFrame>",
        "detect": detect,
        "geography": geography,
        "places": places,
        "demonyms": demonyms,
        "external": None if config["external"] is None else len(config["external"]["doc_id"]),
        "external_mode": external_mode,
    }
    return spec, settings


def _rebuild_corpus(origin: tuple[Any, ...]) -> Corpus:
    kind = origin[0]
    if kind == "paths":
        _, files, fmt, opts = origin
        return _from_paths(files, fmt, opts)
    if kind == "frame":
        _, df, opts = origin
        return Corpus(_core.Corpus.from_frame(df, opts), _origin=origin)
    _, a, b = origin
    joined: Corpus = a + b
    return joined


def _split_report(parts: tuple[Any, ...]) -> tuple[Any, _core.Report]:
    return parts[:-1], parts[-1]


_TERMS_KEYS = ("ngram_range", "min_count", "min_df", "max_df", "top_k")


def _check_options(opts: dict[str, Any], allowed: Sequence[str], what: str) -> None:
    unknown = sorted(k for k in opts if k not in allowed)
    if unknown:
        raise TypeError(f"{what}: unknown option(s) {unknown}; use {sorted(allowed)}")


_ANALYZER_KEYS = (
    "stop_words",
    "extra_stop_words",
    "lowercase",
    "strip_accents",
    "normalization",
    "numbers",
    "urls",
    "emails",
    "hashtags",
    "mentions",
    "elision",
    "min_len",
)


def _analyzer(args: dict[str, Any]) -> dict[str, Any]:
    out = {k: args[k] for k in _ANALYZER_KEYS if k in args}
    sw = out.get("stop_words")
    if isinstance(sw, str) and sw != "auto":
        raise _core_error(
            "InvalidConfigError",
            f"stop_words={sw!r}: use None, 'auto', a list of words or a dict of lists per language",
        )
    if sw is not None and not isinstance(sw, (str, dict)):
        out["stop_words"] = list(sw)
    elif isinstance(sw, dict):
        out["stop_words"] = {k: list(v) for k, v in sw.items()}
    if out.get("extra_stop_words") is not None:
        out["extra_stop_words"] = list(out["extra_stop_words"])
    return out


def _by(by: str | Sequence[str] | None) -> list[str]:
    if by is None:
        return []
    if isinstance(by, str):
        return [by]
    return list(by)


def _split4(
    r: tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame, _core.Report],
) -> tuple[tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame], _core.Report]:
    return (r[0], r[1], r[2]), r[3]


def _lexicon_args(
    lexicon: str | os.PathLike[str] | pl.DataFrame | None,
) -> tuple[str | None, str | None]:
    """A lexicon argument as (file path, CSV text) for the core."""
    if isinstance(lexicon, pl.DataFrame):
        return None, lexicon.write_csv()
    if lexicon is not None:
        return os.fspath(lexicon), None
    return None, None


def _split3(
    r: tuple[pl.DataFrame, pl.DataFrame, _core.Report],
) -> tuple[tuple[pl.DataFrame, pl.DataFrame], _core.Report]:
    return (r[0], r[1]), r[2]


def _external(frame: Any) -> dict[str, list[Any]] | None:
    """The columns of an external-mentions frame as lists, for the core."""
    if frame is None:
        return None
    df = frame if isinstance(frame, pl.DataFrame) else pl.from_pandas(frame)
    if "kind" not in df.columns and "label" in df.columns:
        df = df.rename({"label": "kind"})
    need = ["doc_id", "char_start", "char_end", "kind"]
    missing = [c for c in need if c not in df.columns]
    if missing:
        raise ValueError(f"external mentions lack the column(s) {missing}")
    cols: dict[str, list[Any]] = {
        "doc_id": df["doc_id"].cast(pl.String).to_list(),
        "char_start": df["char_start"].cast(pl.Int64).to_list(),
        "char_end": df["char_end"].cast(pl.Int64).to_list(),
        "kind": df["kind"].cast(pl.String).to_list(),
    }
    if any(v is None for c in cols.values() for v in c):
        raise ValueError("external mentions have nulls in doc_id, char_start, char_end or kind")
    if any(v < 0 for v in cols["char_start"] + cols["char_end"]):
        raise ValueError("external mentions have a negative offset")
    if "actor_id" in df.columns:
        cols["actor_id"] = df["actor_id"].cast(pl.String).to_list()
    return cols


class QuoteAnalysis:
    """The tables of :meth:`Corpus.quotes`.

    Attributes
    ----------
    quotes, voice
        The two frames described in :meth:`Corpus.quotes`.
    """

    def __init__(self, quotes: pl.DataFrame, voice: pl.DataFrame) -> None:
        self.quotes = quotes
        self.voice = voice

    def __repr__(self) -> str:
        return f"QuoteAnalysis({self.quotes.height} quotes, {self.voice.height} voice rows)"


class ActorAnalysis:
    """The tables of :meth:`Corpus.actors`, with the network and its evidence.

    Attributes
    ----------
    mentions, actors, cooccurrence
        The three frames described in :meth:`Corpus.actors`.
    """

    def __init__(
        self,
        mentions: pl.DataFrame,
        actors: pl.DataFrame,
        cooccurrence: pl.DataFrame,
        *,
        _source: tuple[Corpus, dict[str, Any], str | None, str | None] | None = None,
    ) -> None:
        self.mentions = mentions
        self.actors = actors
        self.cooccurrence = cooccurrence
        self._source = _source

    def __repr__(self) -> str:
        return (
            f"ActorAnalysis({self.mentions.height} mentions, {self.actors.height} actors, "
            f"{self.cooccurrence.height} pairs)"
        )

    def _keys(self, actor: str) -> list[str]:
        rows = self.actors.filter((pl.col("actor_id") == actor) | (pl.col("actor") == actor))
        if rows.height == 0:
            raise KeyError(f"no actor with id or name {actor!r}")
        keys: list[str] = []
        for merged in rows["merged"].to_list():
            keys.extend(merged)
        return keys

    def evidence(
        self,
        a: str,
        b: str,
        *,
        max_hits: int | None = None,
        threads: int | None = None,
        progress: bool = False,
    ) -> pl.DataFrame:
        """The passages where actors ``a`` and ``b`` (ids or names) co-occur.

        Reads the corpus again with the same settings. Returns one row per shared unit, in
        input order: ``doc_id`` (String), ``unit`` (UInt32: sentence or paragraph index),
        ``char_start``, ``char_end`` (UInt64: offsets of the unit in the document),
        ``text`` (String), ``surfaces_a``, ``surfaces_b`` (List[String]: how each actor is
        written there).
        """
        if self._source is None:
            raise ValueError("this ActorAnalysis was not made by Corpus.actors")
        corpus, config, path, csv_text = self._source
        ka, kb = self._keys(a), self._keys(b)
        df: pl.DataFrame = corpus._run(
            progress,
            lambda cb: corpus._inner.evidence(
                config, ka, kb, path, csv_text, max_hits, threads, cb
            ),
        )
        return df

    def to_networkx(self, *, weight: str = "count") -> Any:
        """The co-occurrence network as a ``networkx.Graph`` (``networkx`` required).

        Nodes are actor ids with ``name``, ``kind``, ``mentions`` and ``doc_count``;
        edges carry every measure of ``cooccurrence`` and ``weight`` (the column
        named by ``weight``). With grouping columns, ``count`` and ``doc_count`` are
        summed over groups and the other measures are left out. Write the graph with
        ``networkx.write_gexf`` or ``write_graphml``.
        """
        import networkx as nx

        g = nx.Graph()
        for row in self.actors.iter_rows(named=True):
            g.add_node(
                row["actor_id"],
                name=row["actor"],
                kind=row["kind"],
                mentions=row["mentions"],
                doc_count=row["doc_count"],
            )
        pairs = self.cooccurrence
        measures = ["count", "doc_count", "pmi", "npmi", "dice", "g2"]
        fixed = {"actor_a", "actor_b", "name_a", "name_b", *measures}
        if any(c not in fixed for c in pairs.columns):
            pairs = pairs.group_by("actor_a", "actor_b").agg(
                pl.col("count").sum(), pl.col("doc_count").sum()
            )
            measures = ["count", "doc_count"]
        for row in pairs.sort("actor_a", "actor_b").iter_rows(named=True):
            attrs = {k: row[k] for k in measures}
            g.add_edge(row["actor_a"], row["actor_b"], weight=row[weight], **attrs)
        return g


_TABLES = ("terms", "mentions", "actors", "cooccurrence", "quotes", "voice", "skipped")


class Analysis:
    """The tables of :meth:`Corpus.analyze`.

    Attributes
    ----------
    terms, mentions, actors, cooccurrence, quotes, voice
        The frames of :meth:`Corpus.terms`, :meth:`Corpus.actors` and
        :meth:`Corpus.quotes` (``None`` when not computed).
    skipped
        The skipped records: ``file``, ``line``, ``reason``, ``message``.
    tables
        The computed frames by name, in the order above. An analysis written to disk
        (``analyze(out=...)``, :meth:`read_parquet`) reads each frame from its Parquet
        file on first access.
    manifest
        presslens version, input files, document counts (read, analysed, skipped,
        skipped by reason), settings and rows per table.
    report
        The run's :class:`Report` (``None`` for an analysis read back from disk).
    """

    terms: pl.DataFrame | None
    mentions: pl.DataFrame | None
    actors: pl.DataFrame | None
    cooccurrence: pl.DataFrame | None
    quotes: pl.DataFrame | None
    voice: pl.DataFrame | None
    skipped: pl.DataFrame | None

    def __init__(
        self,
        tables: dict[str, pl.DataFrame],
        manifest: dict[str, Any],
        report: _core.Report | None = None,
        *,
        _source: tuple[Corpus, dict[str, Any], str | None, str | None] | None = None,
        _directory: str | os.PathLike[str] | None = None,
    ) -> None:
        # Tables not in `tables` are read from `_directory` (where the manifest
        # lists them) on first access.
        self._frames = {k: tables[k] for k in _TABLES if k in tables}
        self._directory = None if _directory is None else os.fspath(_directory)
        on_disk = manifest.get("tables", {}) if self._directory is not None else {}
        self._names = [k for k in _TABLES if k in self._frames or k in on_disk]
        self.manifest = manifest
        self.report = report
        self._source = _source

    def _frame(self, name: str) -> pl.DataFrame:
        df = self._frames.get(name)
        if df is None:
            assert self._directory is not None
            df = pl.read_parquet(os.path.join(self._directory, f"{name}.parquet"))
            self._frames[name] = df
        return df

    def __getattr__(self, name: str) -> Any:
        # Only called for attributes not found otherwise: the table names.
        if name in _TABLES and "_names" in self.__dict__:
            return self._frame(name) if name in self._names else None
        raise AttributeError(f"'Analysis' object has no attribute {name!r}")

    @property
    def tables(self) -> dict[str, pl.DataFrame]:
        """The computed frames by name (those written to disk are read on first access)."""
        return {k: self._frame(k) for k in self._names}

    def __repr__(self) -> str:
        rows = self.manifest.get("tables", {})
        parts = ", ".join(
            f"{k}: {self._frames[k].height if k in self._frames else rows.get(k)} rows"
            for k in self._names
        )
        return f"Analysis({parts})"

    def _actor_analysis(self) -> ActorAnalysis:
        if self.mentions is None or self.actors is None or self.cooccurrence is None:
            raise ValueError("this analysis has no actor tables (analyze(actors=False))")
        return ActorAnalysis(self.mentions, self.actors, self.cooccurrence, _source=self._source)

    def to_networkx(self, *, weight: str = "count") -> Any:
        """The co-occurrence network, as :meth:`ActorAnalysis.to_networkx`."""
        return self._actor_analysis().to_networkx(weight=weight)

    def evidence(self, a: str, b: str, **kwargs: Any) -> pl.DataFrame:
        """The passages where two actors co-occur, as :meth:`ActorAnalysis.evidence`."""
        return self._actor_analysis().evidence(a, b, **kwargs)

    def write_parquet(self, directory: str | os.PathLike[str]) -> list[str]:
        """Writes every table as ``<name>.parquet`` and ``manifest.json`` into ``directory``.

        Each file is written to a temporary name and renamed, so an interrupted write
        never leaves a truncated table under its final name. Returns the paths written.
        """
        os.makedirs(directory, exist_ok=True)
        written = []
        for name, df in self.tables.items():
            written.append(_atomic(directory, f"{name}.parquet", df.write_parquet))
        text = json.dumps(self.manifest, indent=2, sort_keys=True) + "\n"

        def write_text(path: str) -> None:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)

        written.append(_atomic(directory, "manifest.json", write_text))
        return written

    @classmethod
    def read_parquet(cls, directory: str | os.PathLike[str]) -> Analysis:
        """Reads back the tables and manifest that :meth:`write_parquet`,
        ``analyze(out=...)`` or the CLI's ``presslens analyze`` wrote. The manifest is
        read now, each table on its first access."""
        with open(os.path.join(directory, "manifest.json"), encoding="utf-8") as f:
            manifest = json.load(f)
        return cls({}, manifest, _directory=directory)


def _atomic(directory: str | os.PathLike[str], name: str, write: Callable[[str], Any]) -> str:
    final = os.path.join(directory, name)
    tmp = os.path.join(directory, f".{name}.tmp-{os.getpid()}")
    try:
        write(tmp)
        os.replace(tmp, final)
    except BaseException:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise
    return final

"""The building blocks of distributed runs, for any engine (Dask, Spark, Ray, a process pool).

:meth:`presslens.Corpus.analyze` is one fold over the documents and a merge of partial
aggregates. :class:`Partials` exposes both halves: :meth:`~Partials.count_files` and
:meth:`~Partials.count_frame` count one part of a corpus on a worker into a *partial* (a dict
of Arrow tables), :meth:`~Partials.merge` combines partials (associative: merge in any tree,
keeping the parts in input order), and :meth:`~Partials.finish` computes the frames on the
client. A :class:`Partials` holds only plain settings, so it pickles and can be sent to
workers; each worker builds its analyzer and actor detector once per process.

Parts are numbered in input order (``part``): the rows of the result then come in the same
order as a single run over the parts one after the other, and the result equals that run.

:mod:`presslens.dask` is built on this module; ``docs/scale.md`` shows a Spark recipe.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterable, Sequence
from typing import Any

import polars as pl

from presslens import _core
from presslens._typing import Format, OnError
from presslens.corpus import Analysis, _analysis_spec, _paths, _read_options

__all__ = ["Partials"]

# Document positions of part i start at i << 40: parts keep their input order when
# merged, and one part may hold up to 2^40 records.
_PART_SHIFT = 40

_PLANS: dict[str, _core.Plan] = {}

Partial = dict[str, Any]
"""A partial: table name → ``pyarrow.Table``."""


def _to_arrow(frames: list[tuple[str, pl.DataFrame]]) -> Partial:
    return {name: df.to_arrow() for name, df in frames}


def _from_arrow(tables: Partial) -> list[tuple[str, pl.DataFrame]]:
    out = []
    for name, t in tables.items():
        df = pl.from_arrow(t)
        if not isinstance(df, pl.DataFrame):
            raise TypeError(f"partial table {name!r} is not a table")
        out.append((name, df))
    return out


class Partials:
    """Count, merge and finish the one-pass analysis in parts.

    Takes the keyword arguments of :meth:`presslens.Corpus.analyze` (``by``, ``terms``,
    ``actors``, ``quotes``, ``lexicon``, ``detect``, ``geography``, ``places``,
    ``demonyms``, ``external``, ``external_mode``) and the reading options of
    :func:`presslens.read` (``format``, ``text_field``, ``id_field``, ``lang_field``,
    ``date_field``, ``source_field``, ``on_error``). Every setting is checked here, before
    any part is counted.

    Examples
    --------
    >>> import presslens as pr
    >>> from presslens.partial import Partials
    >>> parts = Partials(by="lang", terms={"stop_words": "auto"})
    >>> files = ["data/example/news.jsonl", "tests/data/corpus/mini-news.jsonl"]
    >>> partials = [parts.count_files([f], part=i) for i, f in enumerate(files)]
    >>> res = parts.finish(parts.merge(*partials))
    >>> res.quotes.equals(pr.read(files).analyze(by="lang").quotes)
    True
    """

    def __init__(
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
        format: Format | None = None,
        text_field: str = "text",
        id_field: str = "id",
        lang_field: str = "lang",
        date_field: str = "date",
        source_field: str = "source",
        on_error: OnError = "raise",
    ) -> None:
        self.spec, self.settings = _analysis_spec(
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
        self.format = format
        self.read = _read_options(
            text_field, id_field, lang_field, date_field, source_field, on_error, 2048
        )
        self._plan()

    def __repr__(self) -> str:
        return f"Partials({json.dumps(self.settings, default=list)})"

    def _plan(self) -> _core.Plan:
        """The plan of these settings, built once per process."""
        key = json.dumps(self.spec, sort_keys=True, default=list)
        plan = _PLANS.get(key)
        if plan is None:
            plan = _PLANS[key] = _core.Plan(**self.spec)
        return plan

    def files(self, paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[str]:
        """The input files of ``paths`` in reading order (globs and directories expanded)."""
        return _core.Corpus.from_paths(_paths(paths), self.format, self.read).files()

    def count_files(
        self, files: Sequence[str | os.PathLike[str]], *, part: int, threads: int = 1
    ) -> Partial:
        """The partial of ``files`` (read as :func:`presslens.read` would), part ``part``."""
        corpus = _core.Corpus.from_paths(_paths(files), self.format, self.read)
        return self._count(corpus, part, threads)

    def count_frame(self, frame: Any, *, part: int, threads: int = 1) -> Partial:
        """The partial of the rows of ``frame`` (polars, pandas, pyarrow or any Arrow
        PyCapsule stream; columns as in :func:`presslens.from_frame`), part ``part``."""
        if isinstance(frame, pl.DataFrame):
            df = frame
        elif type(frame).__module__.startswith("pandas"):
            df = pl.from_pandas(frame)
        else:
            df = pl.DataFrame(frame)
        return self._count(_core.Corpus.from_frame(df, self.read), part, threads)

    def _count(self, corpus: _core.Corpus, part: int, threads: int) -> Partial:
        if not 0 <= part < 1 << 23:
            raise ValueError(f"part must be in [0, 2^23), got {part}")
        return _to_arrow(corpus.analyze_partial(self._plan(), part << _PART_SHIFT, threads))

    def merge(self, *partials: Partial) -> Partial:
        """One partial from several, given in input order."""
        if not partials:
            raise ValueError("merge needs at least one partial")
        plan = self._plan()
        acc = _from_arrow(partials[0])
        for p in partials[1:]:
            acc = plan.merge(acc, _from_arrow(p))
        return _to_arrow(acc)

    def finish(self, partial: Partial) -> Analysis:
        """The frames of a partial that covers the whole corpus."""
        frames, manifest, report = self._plan().finish(
            _from_arrow(partial), json.dumps(self.settings, default=list)
        )
        return Analysis(dict(frames), json.loads(manifest), report)

    # Transport for engines that move only one table schema (Spark's mapInArrow).

    @staticmethod
    def to_ipc(partial: Partial) -> list[tuple[str, bytes]]:
        """A partial as (table name, Arrow IPC stream bytes) pairs."""
        import pyarrow as pa

        out = []
        for name, table in partial.items():
            sink = io.BytesIO()
            with pa.ipc.new_stream(sink, table.schema) as writer:
                writer.write_table(table)
            out.append((name, sink.getvalue()))
        return out

    @staticmethod
    def from_ipc(pairs: Iterable[tuple[str, bytes]]) -> Partial:
        """The partial of :meth:`to_ipc`."""
        import pyarrow as pa

        return {name: pa.ipc.open_stream(data).read_all() for name, data in pairs}

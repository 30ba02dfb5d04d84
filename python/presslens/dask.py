"""The one-pass analysis on a Dask cluster (extra ``presslens[dask]``).

Each part of the corpus (a file, or a partition of a ``dask.dataframe``) is counted on a
worker into partial aggregates, returned as Arrow tables; the partials are merged by a
tree reduction (also on the workers) and finished on the client: tf-idf, the association
measures of co-occurrence, the corpus-level merging of actor names and share of voice.
The frames are the same as those of :meth:`presslens.Corpus.analyze` over the same
documents in the same order (a test checks it).

Workers receive paths and plain settings, never pickled Rust objects: each builds its
own analyzer and actor detector from the settings, once per process.

Example
-------
.. code-block:: python

    from dask.distributed import Client, LocalCluster
    import presslens.dask

    with LocalCluster(n_workers=2, threads_per_worker=1) as cluster, Client(cluster):
        res = presslens.dask.analyze(["a.jsonl.gz", "b.jsonl.gz"], by="month")
    res.write_parquet("out/")
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from typing import Any

import polars as pl

from presslens import _core
from presslens._typing import Format, OnError
from presslens.corpus import Analysis, _analysis_spec, _paths, _read_options

__all__ = ["analyze"]

# Document positions of part i start at i << 40: parts keep their input order when
# merged, and one part may hold up to 2^40 records.
_PART_SHIFT = 40

_PLANS: dict[str, _core.Plan] = {}


def _plan(spec: dict[str, Any]) -> _core.Plan:
    """The plan of ``spec``, built once per worker process."""
    key = json.dumps(spec, sort_keys=True, default=list)
    plan = _PLANS.get(key)
    if plan is None:
        plan = _PLANS[key] = _core.Plan(**spec)
    return plan


def _to_arrow(frames: list[tuple[str, pl.DataFrame]]) -> dict[str, Any]:
    return {name: df.to_arrow() for name, df in frames}


def _from_arrow(tables: dict[str, Any]) -> list[tuple[str, pl.DataFrame]]:
    out = []
    for name, t in tables.items():
        df = pl.from_arrow(t)
        assert isinstance(df, pl.DataFrame)
        out.append((name, df))
    return out


def _count_files(
    files: list[str], part: int, fmt: str | None, read: dict[str, Any], spec: dict[str, Any]
) -> dict[str, Any]:
    corpus = _core.Corpus.from_paths(files, fmt, read)
    return _to_arrow(corpus.analyze_partial(_plan(spec), part << _PART_SHIFT, 1))


def _count_frame(
    frame: Any, part: int, read: dict[str, Any], spec: dict[str, Any]
) -> dict[str, Any]:
    df = frame if isinstance(frame, pl.DataFrame) else pl.from_pandas(frame)
    corpus = _core.Corpus.from_frame(df, read)
    return _to_arrow(corpus.analyze_partial(_plan(spec), part << _PART_SHIFT, 1))


def _merge(spec: dict[str, Any], *parts: dict[str, Any]) -> dict[str, Any]:
    plan = _plan(spec)
    acc = _from_arrow(parts[0])
    for p in parts[1:]:
        acc = plan.merge(acc, _from_arrow(p))
    return _to_arrow(acc)


def analyze(
    data: Any,
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
    split_every: int = 8,
    **compute: Any,
) -> Analysis:
    """:meth:`presslens.Corpus.analyze` over a Dask cluster.

    Parameters
    ----------
    data
        Files (paths or glob patterns, as in :func:`presslens.read`: one task per file)
        or a ``dask.dataframe.DataFrame`` (one task per partition; its columns map to
        document fields through ``text_field``, ``id_field``, ... as in
        :func:`presslens.from_frame`).
    by, terms, actors, quotes, lexicon, detect, geography, places, demonyms, external, \
external_mode
        As in :meth:`presslens.Corpus.analyze`. A lexicon file must be readable at the
        same path on every worker (or pass a DataFrame: it travels as CSV text).
    format, text_field, id_field, lang_field, date_field, source_field, on_error
        As in :func:`presslens.read`.
    split_every
        How many partials one merge task combines (the fan-in of the tree reduction).
    **compute
        Passed to ``dask.compute`` (``scheduler=...``); by default the active
        ``dask.distributed`` client, if any, runs the graph.

    Returns
    -------
    Analysis
        The frames, report and manifest of :meth:`presslens.Corpus.analyze` (``evidence``
        needs a local corpus: use :meth:`presslens.Corpus.analyze` for it).
    """
    from dask.base import compute as dask_compute
    from dask.delayed import delayed

    if split_every < 2:
        raise ValueError("split_every must be at least 2")
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
    plan = _core.Plan(**spec)  # checks every setting on the client, before any task
    read = _read_options(text_field, id_field, lang_field, date_field, source_field, on_error, 2048)
    if _is_dask_frame(data):
        count_frame = delayed(_count_frame, pure=True)
        parts = [count_frame(p, i, read, spec) for i, p in enumerate(data.to_delayed())]
    else:
        count_files = delayed(_count_files, pure=True)
        files = _expand(data, format, read)
        parts = [count_files([f], i, format, read, spec) for i, f in enumerate(files)]
    merge = delayed(_merge, pure=True)
    while len(parts) > 1:
        parts = [
            merge(spec, *parts[i : i + split_every]) for i in range(0, len(parts), split_every)
        ]
    (tables,) = dask_compute(parts[0], **compute)  # type: ignore[no-untyped-call]
    frames, manifest, report = plan.finish(_from_arrow(tables), json.dumps(settings))
    return Analysis(dict(frames), json.loads(manifest), report)


def _is_dask_frame(data: Any) -> bool:
    return type(data).__module__.startswith("dask") and hasattr(data, "to_delayed")


def _expand(data: Any, fmt: str | None, read: dict[str, Any]) -> list[str]:
    """The input files in reading order (globs and directories expanded by the core)."""
    paths = _paths(data if not isinstance(data, Iterable) or isinstance(data, str) else list(data))
    return _core.Corpus.from_paths(paths, fmt, read).files()

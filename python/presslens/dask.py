"""The one-pass analysis on a Dask cluster (extra ``presslens[dask]``).

Each part of the corpus (a file, or a partition of a ``dask.dataframe``) is counted on a
worker into partial aggregates, returned as Arrow tables; the partials are merged by a
tree reduction (also on the workers) and finished on the client: tf-idf, the association
measures of co-occurrence, the corpus-level merging of actor names and share of voice.
The frames are the same as those of :meth:`presslens.Corpus.analyze` over the same
documents in the same order (a test checks it).

Workers receive paths and plain settings (a :class:`presslens.partial.Partials`), never
pickled Rust objects: each builds its own analyzer and actor detector from the settings,
once per process.

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

import os
from typing import Any

from presslens.corpus import Analysis
from presslens.partial import Partial, Partials

__all__ = ["analyze"]


def _count_files(parts: Partials, files: list[str], part: int) -> Partial:
    return parts.count_files(files, part=part)


def _count_frame(parts: Partials, frame: Any, part: int) -> Partial:
    return parts.count_frame(frame, part=part)


def _merge(parts: Partials, *partials: Partial) -> Partial:
    return parts.merge(*partials)


def analyze(
    data: Any,
    *,
    task_mb: float = 64.0,
    split_every: int = 8,
    scheduler: Any = None,
    **settings: Any,
) -> Analysis:
    """:meth:`presslens.Corpus.analyze` over a Dask cluster.

    Parameters
    ----------
    data
        Files (paths, directories or glob patterns, as in :func:`presslens.read`) or a
        ``dask.dataframe.DataFrame`` (one task per partition; its columns map to document
        fields as in :func:`presslens.from_frame`).
    task_mb
        Files are grouped, in order, into counting tasks of about this many megabytes on
        disk (a larger file is a task of its own; ``0``: one task per file). Bigger tasks
        mean fewer partials to move and merge.
    split_every
        How many partials one merge task combines (the fan-in of the tree reduction).
    scheduler
        Passed to ``dask.compute``; by default the active ``dask.distributed`` client, if
        any, runs the graph.
    **settings
        The keyword arguments of :class:`presslens.partial.Partials`: those of
        :meth:`presslens.Corpus.analyze` (``by``, ``terms``, ``actors``, ``quotes``,
        ``lexicon``, ...) and the reading options of :func:`presslens.read` (``format``,
        ``text_field``, ``on_error``, ...). A lexicon file must be readable at the same
        path on every worker (a lexicon DataFrame travels with the settings).

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
    # Checks every setting on the client, before any task; pickles as plain settings.
    parts = Partials(**settings)
    if _is_dask_frame(data):
        count_frame = delayed(_count_frame, pure=True)
        tasks = [count_frame(parts, p, i) for i, p in enumerate(data.to_delayed())]
    else:
        count_files = delayed(_count_files, pure=True)
        groups = _group_files(parts.files(data), task_mb * 1e6)
        tasks = [count_files(parts, g, i) for i, g in enumerate(groups)]
    merge = delayed(_merge, pure=True)
    while len(tasks) > 1:
        tasks = [
            merge(parts, *tasks[i : i + split_every]) for i in range(0, len(tasks), split_every)
        ]
    (partial,) = dask_compute(tasks[0], scheduler=scheduler)  # type: ignore[no-untyped-call]
    return parts.finish(partial)


def _is_dask_frame(data: Any) -> bool:
    return type(data).__module__.startswith("dask") and hasattr(data, "to_delayed")


def _group_files(files: list[str], limit: float) -> list[list[str]]:
    """Consecutive files in groups of about ``limit`` bytes on disk."""
    groups: list[list[str]] = []
    size = 0.0
    for f in files:
        n = os.path.getsize(f)
        if groups and size + n <= limit:
            groups[-1].append(f)
            size += n
        else:
            groups.append([f])
            size = n
    return groups

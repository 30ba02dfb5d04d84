"""Plots for the common views of a presslens analysis.

Plain functions that take presslens frames (or an :class:`~presslens.ActorAnalysis`)
and return a matplotlib ``Figure``; pass ``ax=`` to draw into an existing axes
instead. Nothing here is needed by the core: install the extra with
``pip install "presslens[plot]"`` (matplotlib, and networkx for
:func:`actor_network`).

>>> import presslens as pr, presslens.plot as pp            # doctest: +SKIP
>>> corpus = pr.read_jsonl("news.jsonl")                      # doctest: +SKIP
>>> pp.top_terms(corpus.terms(lang="en", stop_words="auto"))  # doctest: +SKIP
>>> pp.term_over_time(corpus.terms(by="month"), ["president", "election"])  # doctest: +SKIP
>>> pp.actor_network(corpus.actors(), top=25)                 # doctest: +SKIP
>>> pp.quotes_over_time(corpus.quotes(by="month").voice)      # doctest: +SKIP

Save a figure with ``fig.savefig("terms.png", dpi=150)``; no display is needed
(the Agg backend renders PNG headlessly). Labels in Chinese, Japanese or other
scripts need a font that has their glyphs (matplotlib's default, DejaVu Sans, has
no CJK): install one, such as Noto Sans CJK, and list it as a fallback, e.g.
``matplotlib.rcParams["font.family"] = ["DejaVu Sans", "Noto Sans CJK JP"]``;
otherwise matplotlib draws boxes and warns ``Glyph … missing from font``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import polars as pl

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from .corpus import ActorAnalysis

__all__ = ["actor_network", "quotes_over_time", "term_over_time", "top_terms"]


def _pyplot() -> Any:
    try:
        import matplotlib.pyplot as plt
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError('presslens.plot needs matplotlib: pip install "presslens[plot]"') from e
    return plt


def _axes(ax: Axes | None, size: tuple[float, float]) -> tuple[Figure, Axes]:
    if ax is not None:
        fig = ax.get_figure()
        if fig is None:  # pragma: no cover - an axes always has a figure here
            raise ValueError("ax is not attached to a figure")
        return fig, ax  # type: ignore[return-value]
    fig, new_ax = _pyplot().subplots(figsize=size, layout="constrained")
    return fig, new_ax


def _need(frame: pl.DataFrame, columns: Sequence[str], what: str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"{what} needs the column(s) {missing}; the frame has {frame.columns}")


def top_terms(
    terms: pl.DataFrame,
    n: int = 20,
    *,
    value: str = "count",
    title: str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """The ``n`` terms with the highest ``value`` as horizontal bars.

    ``terms`` is a frame of ``Corpus.terms()``; grouping columns (``by=``) are
    summed over, so filter the frame first to plot one group
    (``frame.filter(pl.col("source") == "bbc")``). ``value`` is ``count``,
    ``doc_count`` or any numeric column.
    """
    _need(terms, ["term", value], "top_terms")
    top = (
        terms.group_by("term")
        .agg(pl.col(value).sum())
        .sort([value, "term"], descending=[True, False])
        .head(n)
    )
    fig, ax = _axes(ax, (6.0, max(2.0, 0.28 * top.height + 1.0)))
    # Largest at the top.
    ax.barh(top["term"].to_list()[::-1], top[value].to_list()[::-1], color="#4c72b0")
    ax.set_xlabel(value)
    ax.set_title(title if title is not None else f"Top {top.height} terms by {value}")
    return fig


def term_over_time(
    terms: pl.DataFrame,
    term: str | Sequence[str],
    *,
    time: str = "month",
    value: str = "freq",
    title: str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """One line per term: its ``value`` (relative frequency by default) per
    period of the ``time`` column (``Corpus.terms(by="month")``).

    Periods in which a term does not occur count as 0; documents without a
    date (a null period) are left out.
    """
    _need(terms, ["term", time, value], "term_over_time")
    wanted = [term] if isinstance(term, str) else list(term)
    fig, ax = _axes(ax, (7.0, 3.5))
    series = [(t, t) for t in wanted]
    _lines(ax, terms.filter(pl.col(time).is_not_null()), "term", series, time, value)
    ax.set_title(title if title is not None else f"{value} per {time}")
    return fig


def _lines(
    ax: Axes,
    frame: pl.DataFrame,
    key: str,
    series: Sequence[tuple[Any, str]],
    time: str,
    value: str,
) -> None:
    """One line per ``(key value, label)`` of ``series``: the sum of ``value``
    per period of ``time``, 0 where the key is absent."""
    periods = sorted(p for p in frame[time].unique().to_list() if p is not None)
    for k, label in series:
        rows = frame.filter(pl.col(key) == k)
        per = dict(rows.group_by(time).agg(pl.col(value).sum()).iter_rows())
        ax.plot(periods, [per.get(p, 0) for p in periods], marker="o", label=label)
    ax.set_xlabel(time)
    ax.set_ylabel(value)
    if len(periods) > 8:
        ax.tick_params(axis="x", labelrotation=60)
    if series:
        ax.legend()


def actor_network(
    actors: ActorAnalysis | Any,
    *,
    top: int = 30,
    weight: str = "count",
    seed: int = 0,
    title: str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """The co-occurrence network of the ``top`` most mentioned actors.

    ``actors`` is an :class:`~presslens.ActorAnalysis` or a ``networkx`` graph
    from its ``to_networkx()``. Node size follows mentions, edge width the
    ``weight`` measure; persons, organisations and places get their own
    colours. The layout is a spring layout with a fixed ``seed``, so the same
    data gives the same picture.
    """
    try:
        import networkx as nx
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError(
            'presslens.plot.actor_network needs networkx: pip install "presslens[plot]"'
        ) from e
    graph: Any = actors.to_networkx(weight=weight) if hasattr(actors, "to_networkx") else actors
    nodes = sorted(
        graph.nodes(data=True),
        key=lambda nd: (-(nd[1].get("mentions") or 0), str(nd[0])),
    )[:top]
    sub = graph.subgraph([n for n, _ in nodes])
    fig, ax = _axes(ax, (8.0, 6.0))
    colours = {"person": "#4c72b0", "organisation": "#dd8452", "place": "#55a868"}
    if sub.number_of_nodes():
        pos = nx.spring_layout(sub, seed=seed, weight="weight")
        most = max((d.get("mentions") or 1) for _, d in sub.nodes(data=True))
        sizes = [80 + 900 * (d.get("mentions") or 1) / most for _, d in sub.nodes(data=True)]
        fill = [colours.get(d.get("kind"), "#8c8c8c") for _, d in sub.nodes(data=True)]
        heaviest = max((d.get("weight") or 0 for *_, d in sub.edges(data=True)), default=0)
        widths = [
            0.5 + 4.0 * (d.get("weight") or 0) / heaviest if heaviest else 0.5
            for *_, d in sub.edges(data=True)
        ]
        nx.draw_networkx_edges(sub, pos, ax=ax, width=widths, alpha=0.4)
        nx.draw_networkx_nodes(sub, pos, ax=ax, node_size=sizes, node_color=fill, alpha=0.9)
        labels = {n: d.get("name") or str(n) for n, d in sub.nodes(data=True)}
        nx.draw_networkx_labels(sub, pos, labels=labels, ax=ax, font_size=8)
    ax.set_axis_off()
    ax.set_title(
        title
        if title is not None
        else f"Co-occurrence of the {sub.number_of_nodes()} most mentioned actors"
    )
    return fig


def quotes_over_time(
    voice: pl.DataFrame,
    *,
    time: str = "month",
    top: int = 5,
    value: str = "quotes",
    title: str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """Quotations per period for the ``top`` most quoted actors.

    ``voice`` is the ``voice`` frame of ``Corpus.quotes(by="month")``;
    ``value="share"`` plots each actor's share of voice instead of counts.
    Unattributed quotations and undated documents are left out.
    """
    _need(voice, ["actor_id", "actor", "quotes", time, value], "quotes_over_time")
    dated = voice.filter(pl.col(time).is_not_null() & pl.col("actor_id").is_not_null())
    # The most quoted over the whole period.
    leaders = (
        dated.group_by("actor_id", "actor")
        .agg(pl.col("quotes").sum())
        .sort(["quotes", "actor_id"], descending=[True, False])
        .head(top)
    )
    fig, ax = _axes(ax, (7.0, 3.5))
    series = list(leaders.select("actor_id", "actor").iter_rows())
    _lines(ax, dated, "actor_id", series, time, value)
    ax.set_title(title if title is not None else f"Quotations per {time}: most quoted actors")
    return fig

"""presslens.plot: each view draws what its frame says and renders to PNG headlessly."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

mpl = pytest.importorskip("matplotlib")
mpl.use("Agg")
pytest.importorskip("networkx")

import matplotlib.pyplot as plt  # noqa: E402

import presslens as pr  # noqa: E402
import presslens.plot as pp  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "data" / "example" / "news.jsonl"
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def saved(fig, tmp_path: Path) -> bytes:
    out = tmp_path / "fig.png"
    fig.savefig(out, dpi=60)
    return out.read_bytes()


def test_top_terms_bars_in_order(tmp_path: Path) -> None:
    terms = pl.DataFrame(
        {
            "source": ["a", "b", "a", "b", "a"],
            "term": ["tax", "tax", "vote", "court", "court"],
            "count": [3, 4, 5, 1, 1],
        }
    )
    fig = pp.top_terms(terms, n=2)
    ax = fig.axes[0]
    # Summed over the grouping column; the largest at the top.
    labels = [t.get_text() for t in ax.get_yticklabels()]
    widths = [b.get_width() for b in ax.patches]
    assert labels == ["vote", "tax"]
    assert widths == [5, 7]
    assert saved(fig, tmp_path).startswith(PNG)


def test_term_over_time_fills_missing_periods() -> None:
    terms = pl.DataFrame(
        {
            "month": ["2020-01", "2020-03", "2020-02", None],
            "term": ["tax", "tax", "vote", "tax"],
            "freq": [0.5, 0.25, 0.1, 9.0],
        }
    )
    fig = pp.term_over_time(terms, ["tax", "vote"])
    lines = fig.axes[0].get_lines()
    assert [ln.get_label() for ln in lines] == ["tax", "vote"]
    assert list(lines[0].get_ydata()) == [0.5, 0, 0.25]
    assert list(lines[1].get_ydata()) == [0, 0.1, 0]


def test_quotes_over_time_most_quoted_first() -> None:
    voice = pl.DataFrame(
        {
            "month": ["2020-01", "2020-01", "2020-02", "2020-02", None],
            "actor_id": ["lee", "kim", "lee", None, "kim"],
            "actor": ["Lee", "Kim", "Lee", None, "Kim"],
            "quotes": [2, 1, 3, 7, 50],
            "share": [0.67, 0.33, 1.0, 0.0, 1.0],
        }
    )
    fig = pp.quotes_over_time(voice, top=1)
    (line,) = fig.axes[0].get_lines()
    # Undated rows and unattributed quotations are left out.
    assert line.get_label() == "Lee"
    assert list(line.get_ydata()) == [2, 3]


def test_missing_column_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="term_over_time needs the column"):
        pp.term_over_time(pl.DataFrame({"term": ["a"], "freq": [1.0]}), "a")


# The example corpus has Chinese and Japanese names; this machine has no CJK
# font, so matplotlib draws boxes and says so (see the module docstring).
@pytest.mark.filterwarnings("ignore:Glyph .* missing from font")
def test_views_on_the_example_corpus(tmp_path: Path) -> None:
    corpus = pr.read_jsonl(EXAMPLE)
    terms = corpus.terms(by="month", stop_words="auto")
    assert saved(pp.top_terms(terms, n=10), tmp_path).startswith(PNG)
    assert saved(pp.term_over_time(terms, "president"), tmp_path).startswith(PNG)
    actors = corpus.actors()
    fig = pp.actor_network(actors, top=15)
    # Up to 15 nodes drawn, one label each.
    assert 0 < len(fig.axes[0].texts) <= 15
    assert saved(fig, tmp_path).startswith(PNG)
    # The same picture from the graph itself.
    fig2 = pp.actor_network(actors.to_networkx(), top=15)
    assert sorted(t.get_text() for t in fig2.axes[0].texts) == sorted(
        t.get_text() for t in fig.axes[0].texts
    )
    voice = corpus.quotes(by="month").voice
    assert saved(pp.quotes_over_time(voice), tmp_path).startswith(PNG)


def test_draws_into_a_given_axes() -> None:
    fig, (a, b) = plt.subplots(1, 2)
    terms = pl.DataFrame({"term": ["x", "y"], "count": [2, 1]})
    out = pp.top_terms(terms, ax=b)
    assert out is fig
    assert len(b.patches) == 2 and len(a.patches) == 0

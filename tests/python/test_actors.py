"""Actors from Python: frames, dtypes, offsets, lexicons, evidence, networkx."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

import presslens as pr

TEXTS = [
    "Vladimir Putin met Kim Jong-un in Moscow. Putin praised Kim Jong Un.",
    "Emmanuel Macron called Olaf Scholz.\n\nMacron and Vladimir Putin spoke later.",
    "Il ministro della Difesa russo, Sergei Shoigu, ha visitato Pyongyang.",
]
LANGS = ["en", "en", "it"]


def corpus() -> pr.Corpus:
    df = pl.DataFrame({"id": ["a", "b", "c"], "text": TEXTS, "lang": LANGS})
    return pr.from_frame(df)


def test_frames_and_dtypes() -> None:
    res = corpus().actors()
    assert res.mentions.schema == pl.Schema(
        {
            "doc_id": pl.String,
            "actor_id": pl.String,
            "actor": pl.String,
            "kind": pl.String,
            "surface": pl.String,
            "char_start": pl.UInt64,
            "char_end": pl.UInt64,
            "sentence": pl.UInt32,
            "paragraph": pl.UInt32,
            "origin": pl.String,
        }
    )
    assert res.actors.schema["aliases"] == pl.List(pl.String)
    assert res.cooccurrence.columns[:4] == ["actor_a", "actor_b", "name_a", "name_b"]
    ids = set(res.actors["actor_id"])
    assert {"vladimir putin", "kim jong un", "emmanuel macron", "sergei shoigu"} <= ids
    putin = res.actors.filter(pl.col("actor_id") == "vladimir putin").row(0, named=True)
    assert putin["mentions"] == 3
    assert putin["doc_count"] == 2
    assert putin["kind"] == "person"


def test_offsets_slice_the_text() -> None:
    res = corpus().actors()
    texts = dict(zip(["a", "b", "c"], TEXTS, strict=True))
    for row in res.mentions.iter_rows(named=True):
        assert texts[row["doc_id"]][row["char_start"] : row["char_end"]] == row["surface"]


def test_places_country_mode() -> None:
    res = corpus().actors(places="country")
    moscow = res.mentions.filter(pl.col("surface") == "Moscow").row(0, named=True)
    assert moscow["actor_id"] == "geo:RU"
    assert moscow["actor"] == "Russia"
    place = corpus().actors(places="place")
    assert place.mentions.filter(pl.col("surface") == "Moscow")["actor_id"][0] == "geo:RU:capital"


def test_cooccurrence_by_unit_and_evidence() -> None:
    res = corpus().actors(window="sentence")
    pair = res.cooccurrence.filter(
        (pl.col("actor_a") == "kim jong un") & (pl.col("actor_b") == "vladimir putin")
    ).row(0, named=True)
    assert pair["count"] == 2
    assert pair["doc_count"] == 1
    ev = res.evidence("Vladimir Putin", "kim jong un")
    assert ev.height == 2
    assert ev["doc_id"].to_list() == ["a", "a"]
    row = ev.row(1, named=True)
    assert TEXTS[0][row["char_start"] : row["char_end"]] == row["text"]
    assert row["surfaces_a"] == ["Putin"]
    doc = corpus().actors(window="document")
    assert doc.cooccurrence.height >= res.cooccurrence.height


def test_lexicon_from_frame_and_file(tmp_path: Path) -> None:
    lex = pl.DataFrame(
        {
            "id": ["Q7747", "Q7747"],
            "name": ["Vladimir Putin", "Vladimir Putin"],
            "kind": ["person", "person"],
            "alias": ["Putin", "Путин"],
        }
    )
    df = pl.DataFrame({"id": ["r"], "text": ["Путин и Путина видели."], "lang": ["ru"]})
    res = pr.from_frame(df).actors(lexicon=lex, detect=False)
    assert res.mentions["surface"].to_list() == ["Путин", "Путина"]
    assert set(res.mentions["actor_id"]) == {"Q7747"}
    path = tmp_path / "lex.csv"
    lex.write_csv(path)
    res2 = pr.from_frame(df).actors(lexicon=path, detect=False)
    assert res2.mentions.equals(res.mentions)


def test_networkx_export() -> None:
    nx = pytest.importorskip("networkx")
    g = corpus().actors().to_networkx()
    assert isinstance(g, nx.Graph)
    assert g.has_edge("vladimir putin", "kim jong un")
    assert g.nodes["vladimir putin"]["kind"] == "person"
    assert g.edges["vladimir putin", "kim jong un"]["weight"] == 2


def test_bad_options() -> None:
    with pytest.raises(pr.InvalidConfigError):
        corpus().actors(places="city")
    with pytest.raises(pr.InvalidConfigError):
        corpus().actors(window="0")
    with pytest.raises(pr.InvalidConfigError):
        corpus().actors(kinds=["alien"])
    with pytest.raises(KeyError):
        corpus().actors().evidence("nobody", "kim jong un")


def test_threads_give_the_same_tables() -> None:
    one = corpus().actors(threads=1)
    two = corpus().actors(threads=2)
    assert one.mentions.equals(two.mentions)
    assert one.actors.equals(two.actors)
    assert one.cooccurrence.equals(two.cooccurrence)


def test_external_mentions_replace_and_add() -> None:
    text = "Ana Lima met the board of Acme in Lisbon. Lima left early."
    c = pr.from_frame(pl.DataFrame({"id": ["x"], "lang": ["en"], "text": [text]}))
    ext = pl.DataFrame(
        {
            "doc_id": ["x", "x", "x"],
            "char_start": [0, 26, 42],
            "char_end": [8, 30, 46],
            "label": ["PERSON", "ORG", "PERSON"],
        }
    )
    only = c.actors(external=ext)
    assert only.mentions["origin"].unique().to_list() == ["external"]
    assert only.mentions["surface"].to_list() == ["Ana Lima", "Acme", "Lima"]
    # The short form links to the full name of the same document.
    assert only.mentions["actor_id"].to_list() == ["ana lima", "acme", "ana lima"]
    assert only.mentions["kind"].to_list() == ["person", "organisation", "person"]
    both = c.actors(external=ext, external_mode="add")
    assert "Lisbon" in both.mentions["surface"].to_list()
    assert both.mentions.filter(pl.col("surface") == "Ana Lima")["origin"].item() == "external"
    assert both.cooccurrence.height >= only.cooccurrence.height


def test_external_mentions_errors() -> None:
    c = pr.from_frame(pl.DataFrame({"id": ["x"], "lang": ["en"], "text": ["Short text."]}))
    outside = pl.DataFrame(
        {"doc_id": ["x"], "char_start": [2], "char_end": [40], "kind": ["person"]}
    )
    with pytest.raises(ValueError, match="outside its text"):
        c.actors(external=outside)
    unknown = pl.DataFrame(
        {"doc_id": ["nope"], "char_start": [0], "char_end": [5], "kind": ["person"]}
    )
    with pytest.raises(ValueError, match="not in the corpus"):
        c.actors(external=unknown)
    with pytest.raises(ValueError, match="lack the column"):
        c.actors(external=pl.DataFrame({"doc_id": ["x"]}))
    with pytest.raises(ValueError, match="replace"):
        c.actors(external=outside, external_mode="both")

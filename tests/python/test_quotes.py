"""Quotations from Python: frames, offsets, golden cases, adversarial input."""

from __future__ import annotations

import sys
from pathlib import Path

import polars as pl
import pytest
import tomllib

import presslens as pr

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "quotes"

SEED = (
    "Kim Jong-un è arrivato a Vladivostok per incontrare Vladimir Putin.\n\n"
    '"Perché no, sono i nostri vicini. […]", ha detto ieri il ministro della Difesa russo, '
    "Sergei Shoigu, citato dall'agenzia di stampa Interfax.\n\n"
    "Adrienne Watson, portavoce del Consiglio di Sicurezza Nazionale, ha riconosciuto che gli "
    'Stati Uniti si aspettano nuovi accordi. "Esortiamo la Repubblica Popolare Democratica di '
    'Corea a cessare i negoziati", ha dichiarato in un comunicato.\n\n'
    "Secondo alcune indiscrezioni ricevute dal New York Times, l'incontro durerà due giorni."
)


def golden_cases() -> list[tuple[str, dict]]:
    out = []
    for path in sorted(GOLDEN.glob("*.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
            out.append((path.stem, case))
    return out


@pytest.mark.parametrize(
    ("lang", "case"), golden_cases(), ids=lambda x: x if isinstance(x, str) else x["name"]
)
def test_golden_case(lang: str, case: dict) -> None:
    text = case["text"]
    df = pr.extract_quotes(text, lang=lang)
    # Offsets slice the text, whatever the outcome of the case.
    for r in df.iter_rows(named=True):
        assert text[r["quote_start"] : r["quote_end"]] == r["quote"]
        if r["speaker"] is not None:
            assert text[r["speaker_start"] : r["speaker_end"]] == r["speaker"]
        if r["cue"] is not None:
            assert text[r["cue_start"] : r["cue_end"]] == r["cue"]
    got = [(r["quote"], r["kind"], r["speaker"] or "", r["how"]) for r in df.iter_rows(named=True)]
    want = [(q["quote"], q["kind"], q["speaker"], q["how"]) for q in case.get("quotes", [])]
    actors_ok = all(
        "actor" not in q or r["actor"] == q["actor"]
        for q, r in zip(case.get("quotes", []), df.iter_rows(named=True), strict=False)
    )
    ok = got == want and actors_ok
    if "xfail" in case:
        assert not ok, f"passes now: remove its xfail ({case['xfail']})"
        pytest.xfail(case["xfail"])
    assert ok, f"expected {want}, found {got}"


def test_seed_text_in_italian() -> None:
    df = pr.extract_quotes(SEED, lang="it")
    rows = df.select("kind", "speaker", "actor", "how").rows()
    assert rows[0] == ("direct", "Sergei Shoigu", "Sergei Shoigu", "explicit")
    assert rows[1] == ("indirect", "Adrienne Watson", "Adrienne Watson", "explicit")
    assert rows[2] == ("direct", "Adrienne Watson", "Adrienne Watson", "previous_sentence")
    assert rows[3][0] == "according_to"
    assert df["speaker"][3] == "alcune indiscrezioni ricevute dal New York Times"


def test_corpus_frames_and_voice() -> None:
    df = pl.DataFrame(
        {
            "id": ["a", "b", "c"],
            "lang": ["it", "en", "en"],
            "date": ["2023-09-12", "2023-09-13", "2023-10-02"],
            "text": [
                SEED,
                '"Talks will resume," Maria Lopez said. Lopez added that a deal was close.',
                "The mayor said the bridge would reopen in May.",
            ],
        }
    )
    res = pr.from_frame(df).quotes(by="month")
    q = res.quotes
    assert q.schema["quote_start"] == pl.UInt64
    assert q.schema["sentence"] == pl.UInt32
    assert q.schema["confidence"] == pl.Float64
    assert q["doc_id"].to_list()[0] == "a"
    texts = dict(zip(df["id"], df["text"], strict=True))
    for r in q.iter_rows(named=True):
        assert texts[r["doc_id"]][r["quote_start"] : r["quote_end"]] == r["quote"]
    v = res.voice
    assert v.columns == ["month", "actor_id", "actor", "kind", "quotes", "doc_count", "share"]
    lopez = v.filter(pl.col("actor_id") == "maria lopez")
    assert lopez["quotes"].to_list() == [2]
    assert lopez["month"].to_list() == ["2023-09"]
    sums = v.group_by("month").agg(pl.col("share").sum())
    assert all(abs(s - 1.0) < 1e-9 for s in sums["share"])
    one = pr.from_frame(df).quotes(by="month", threads=1)
    assert one.quotes.equals(q) and one.voice.equals(v)


def test_many_quotations_keep_input_order() -> None:
    # More rows than one framing chunk (65,536): the quotation frame is built
    # chunk by chunk from the end and must still be in input order.
    n_docs, per_doc = 600, 120
    texts = [
        " ".join(f'"Point {i} {k}," Ann Lee said.' for k in range(per_doc)) for i in range(n_docs)
    ]
    df = pl.DataFrame({"id": [f"d{i:04}" for i in range(n_docs)], "lang": "en", "text": texts})
    corpus = pr.from_frame(df)
    q = corpus.quotes(threads=2).quotes
    assert q.height == n_docs * per_doc
    assert q.n_chunks() > 1
    assert q["doc_id"].is_sorted()
    assert q.group_by("doc_id").agg(pl.col("quote_start").diff().min())["quote_start"].min() > 0
    assert q["quote"].head(2).to_list() == ["Point 0 0", "Point 0 1"]
    assert q["quote"].tail(1).to_list() == [f"Point {n_docs - 1} {per_doc - 1}"]
    a = corpus.analyze(terms=False, actors=False, threads=1)
    assert a.quotes.equals(q)


def test_many_quotations_through_disk(tmp_path: Path) -> None:
    # More rows than a worker holds before it spills them (32,768) and than one
    # Parquet row group (65,536): spilled, merged back and written in input order.
    n_docs, per_doc = 600, 120
    texts = [
        " ".join(f'"Point {i} {k}," Ann Lee said.' for k in range(per_doc)) for i in range(n_docs)
    ]
    df = pl.DataFrame({"id": [f"d{i:04}" for i in range(n_docs)], "lang": "en", "text": texts})
    corpus = pr.from_frame(df)
    want = corpus.analyze(terms=False, actors=False, threads=2)
    got = corpus.analyze(terms=False, actors=False, threads=2, out=tmp_path)
    assert got.quotes is not None and got.quotes.height == n_docs * per_doc
    assert got.quotes.equals(want.quotes) and got.voice is not None
    assert got.voice.equals(want.voice)
    assert pl.read_parquet_schema(tmp_path / "quotes.parquet") == dict(want.quotes.schema)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "manifest.json",
        "quotes.parquet",
        "skipped.parquet",
        "voice.parquet",
    ]


def test_empty_and_unknown_language() -> None:
    assert pr.extract_quotes("").height == 0
    # No cue file: marked quotations only, without speakers.
    df = pr.extract_quotes(
        'Il a dit «oui». "Dette er et langt citat fra en kilde her," sa hun.', lang="da"
    )
    assert df["kind"].to_list() == ["direct"]


@pytest.mark.skipif(sys.platform == "win32", reason="memory-heavy")
def test_adversarial_input_is_linear_and_bounded() -> None:
    unit = '«„"“ word ‘ »“ '
    text = unit * (10_000_000 // len(unit.encode()))
    df = pr.extract_quotes(text, lang="en")
    assert df.height < len(text)
    big = 'He said: "' + "and the talks go on and on " * (20_000_000 // 27)
    df = pr.extract_quotes(big, lang="en")
    assert df.height <= 2
    assert df["quote_end"].max() <= len(big)

"""Loaders and scorer of scripts/eval_ner.py on tiny inline fixtures (no shared data)."""

from __future__ import annotations

import gzip
import importlib.util
import io
import json
import sys
import tarfile
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import polars as pl
import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_ner", ROOT / "scripts" / "eval_ner.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["eval_ner"] = mod  # dataclasses look the module up
    spec.loader.exec_module(mod)
    return mod


ev = _load_script()


def _write_tar(path: Path, files: dict[str, str]) -> None:
    with tarfile.open(path, "w:gz") as tar:
        for name, text in files.items():
            data = text.encode("utf-8")
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))


# ---------------------------------------------------------------- IOB decoding


def test_iob1_adjacent_same_type_split_by_b() -> None:
    tags = ["I-PER", "I-PER", "B-PER", "O", "I-LOC"]
    assert ev.iob_chunks(tags) == [(0, 2, "PER"), (2, 3, "PER"), (4, 5, "LOC")]


def test_iob2_and_stray_i_and_type_change() -> None:
    tags = ["B-ORG", "I-ORG", "O", "I-LOC", "I-LOC", "I-PER", "B-PER", "I-PER"]
    assert ev.iob_chunks(tags) == [
        (0, 2, "ORG"),
        (3, 5, "LOC"),  # stray I- after O opens an entity (conlleval)
        (5, 6, "PER"),  # type change opens a new entity
        (6, 8, "PER"),
    ]


def test_io_labels_and_suffixed_types() -> None:
    assert ev.iob_chunks(["PER", "PER", "O", "B-LOCderiv"]) == [(0, 2, "PER"), (3, 4, "LOCderiv")]


def test_build_document_offsets_slice_to_tokens() -> None:
    sents = [
        (["Angela", "Merkel", "visits", "Paris"], ["B-PER", "I-PER", "O", "B-LOC"]),
        (["Die", "Grünen", "."], ["O", "B-ORG", "O"]),
    ]
    doc = ev.build_document("d", "de", sents, lambda t: t)
    assert doc.text == "Angela Merkel visits Paris\nDie Grünen ."
    assert [(doc.text[g.start : g.end], g.label) for g in doc.gold] == [
        ("Angela Merkel", "PER"),
        ("Paris", "LOC"),
        ("Grünen", "ORG"),
    ]


# ---------------------------------------------------------------- column loaders


CONLL = """-DOCSTART- -X- -X- O

EU NNP I-NP I-ORG
rejects VBZ I-VP O
German JJ I-NP I-MISC
call NN I-NP O

Peter NNP I-NP I-PER
Blackburn NNP I-NP I-PER

-DOCSTART- -X- -X- O

BRUSSELS NNP I-NP I-LOC
"""


def test_read_columns_docstart() -> None:
    stats: Counter[str] = Counter()
    docs, n = ev.read_columns(CONLL, sep=None, token_col=0, tag_col=-1, stats=stats)
    assert n == 2
    assert [len(d) for d in docs] == [2, 1]
    assert stats["sentences"] == 3 and stats["tokens"] == 7


def test_load_conll_and_pseudo_documents(tmp_path: Path) -> None:
    path = tmp_path / "x.gz"
    path.write_bytes(gzip.compress(CONLL.encode()))
    ds = ev.load_conll("t", "en", "dev", path, "x.gz", docstart_expected=True)
    assert len(ds.docs) == 2
    assert ds.docs[0].text == "EU rejects German call\nPeter Blackburn"
    assert ds.stats["label:MISC"] == 1 and ds.stats["label:PER"] == 1
    no_docs = ev.load_conll("t", "en", "dev", path, "x.gz", docstart_expected=False)
    assert len(no_docs.docs) == 1  # 3 sentences -> one pseudo-document (<= 20)
    many = [[(["a"], ["O"])] for _ in range(45)]
    assert [len(d) for d in ev.pseudo_documents(many, 20)] == [20, 20, 5]


GERMEVAL = (
    "#\thttp://de.wikipedia.org/wiki/X\t[2009-01-01]\t\n"
    "1\tBerlin\tB-LOC\tO\t\n\n"
    "#\thttp://www.welt.de/a.html\t[2009-01-01]\t\n"
    "1\tdeutsche\tB-LOCderiv\tO\t\n"
    "2\tKanzlerin\tO\tO\t\n"
    "3\tAngela\tB-PER\tO\t\n"
    "4\tMerkel\tI-PER\tO\t\n\n"
)


def test_read_germeval_news_only() -> None:
    stats: Counter[str] = Counter()
    sents = ev.read_germeval(GERMEVAL, news_only=True, stats=stats)
    assert sents == [
        (["deutsche", "Kanzlerin", "Angela", "Merkel"], ["B-LOCderiv", "O", "B-PER", "I-PER"])
    ]
    assert stats["skipped_wikipedia_sentences"] == 1
    assert len(ev.read_germeval(GERMEVAL, news_only=False, stats=Counter())) == 2


# ---------------------------------------------------------------- standoff loaders


def test_load_factrueval(tmp_path: Path) -> None:
    text = "Посол Италии Виторио Сандали прибыл в мэрию Москвы."
    files = {
        "devset/book_1.txt": text,
        "devset/book_1.tokens": "1 0 5 Посол\n2 6 6 Италии\n\n",
        "devset/book_1.spans": (
            "10 loc_name 6 6 2 1  # 2 Италии\n"
            "11 name 13 7 3 1  # 3 Виторио\n"
            "12 surname 21 7 4 1  # 4 Сандали\n"
            "13 org_name 38 5 7 1  # 7 мэрию\n"
            "14 loc_name 44 6 8 1  # 8 Москвы\n"
        ),
        "devset/book_1.objects": (
            "1 LocOrg 10 # Италии\n"
            "2 Person 11 12 # Виторио Сандали\n"
            "3 Org 13 14 # мэрию Москвы\n"
            "4 Location 14 # Москвы\n"
            "5 Project 11 # Виторио\n"
        ),
        "testset/list.txt": "book_1\n",
    }
    archive = tmp_path / "f.tar.gz"
    _write_tar(archive, files)
    ev.tar_texts.cache_clear()
    ds = ev.load_factrueval("ru", "dev", archive, "devset", "f")
    (doc,) = ds.docs
    got = sorted((doc.text[g.start : g.end], g.label) for g in doc.gold)
    assert got == [
        ("Виторио", "Project"),
        ("Виторио Сандали", "PER"),
        ("Италии", "LOC"),
        ("Москвы", "LOC"),
        ("мэрию Москвы", "ORG"),
    ]
    assert ds.stats["raw:LocOrg"] == 1 and ds.stats["sentences"] == 1
    assert ds.checks[".spans text != text[start:end]"] == 0


def test_load_slavicner_counts_offset_mismatch(tmp_path: Path) -> None:
    text = "Merkel a Macron v Paříži."
    files = {
        "SPLIT_cross-topic_test.txt": "raw/t/cs/a.txt\nraw/t/pl/b.txt",
        "raw/t/cs/a.txt": text,
        "ner/t/cs/a.tsv": (
            "0\t6\tMerkel\tMerkel\tPER\tPER-Angela-Merkel\n"
            "9\t15\tMacron\tMacron\tPER\tPER-Emmanuel-Macron\n"
            "18\t24\tPaříži\tPaříž\tLOC\tGPE-Paris\n"
            "0\t5\tMerke\tx\tEVT\tEVT-x\n"
            "1\t6\tMerkel\tx\tORG\tORG-x\n"
        ),
        "raw/t/pl/b.txt": "x",
        "ner/t/pl/b.tsv": "",
    }
    archive = tmp_path / "s.tar.gz"
    _write_tar(archive, files)
    ev.tar_texts.cache_clear()
    ds = ev.load_slavicner("slavic-cs", "cs", "dev", archive, "SPLIT_cross-topic_test.txt")
    assert [d.id for d in ds.docs] == ["t/cs/a"]
    assert ds.stats["label:PER"] == 2 and ds.stats["label:EVT"] == 1
    assert ds.checks["mention != text[start:end]"] == 1


# ---------------------------------------------------------------- scoring


def _doc(text: str, gold: list[tuple[int, int, str]]) -> Any:
    return ev.Document("d", text, "en", [ev.Span(*g) for g in gold])


def test_score_typed_untyped_and_ignore_rule() -> None:
    #       0         1         2         3
    #       0123456789012345678901234567890123456
    text = "Peter Blackburn of EU met German UN"
    gold = [(0, 15, "PER"), (19, 21, "ORG"), (26, 32, "MISC"), (33, 35, "ORG")]
    preds = {
        "d": [
            (0, 15, "PER"),  # TP
            (19, 21, "LOC"),  # wrong type: FP LOC + FN ORG (untyped TP)
            (26, 32, "LOC"),  # equals gold MISC span: ignored everywhere
            (6, 15, "PER"),  # boundary FP
            (33, 35, "other"),  # untyped TP only
        ]
    }
    sc = ev.score([_doc(text, gold)], preds)
    per, org, loc = sc.by_type["PER"], sc.by_type["ORG"], sc.by_type["LOC"]
    assert (per.tp, per.fp, per.fn) == (1, 1, 0)
    assert (org.tp, org.fp, org.fn) == (0, 0, 2)
    assert (loc.tp, loc.fp, loc.fn, loc.ignored) == (0, 1, 0, 1)
    assert (sc.untyped.tp, sc.untyped.fp, sc.untyped.fn, sc.untyped.ignored) == (3, 1, 0, 1)
    assert sc.typed.tp == 1 and sc.typed.fp == 2 and sc.typed.fn == 2
    p, r, f = sc.untyped.prf()
    assert (p, r) == (0.75, 1.0) and f == pytest.approx(6 / 7)
    assert sc.fp_categories["wrong type (gold ORG)"] == 1
    assert sc.fp_categories["boundary (overlaps gold of same type)"] == 1
    assert sc.fn_categories["wrong type (pred other)"] == 1


def test_score_empty_is_zero_not_error() -> None:
    sc = ev.score([_doc("nothing here", [])], {})
    assert sc.untyped.prf() == (0.0, 0.0, 0.0)


def test_caps_baseline() -> None:
    text = "Yesterday Angela Merkel met Macron.\nParis Saint-Germain won"
    got = [(text[s:e], t) for s, e, t in ev.caps_mentions(text)]
    assert got == [
        ("Yesterday Angela Merkel", "PER"),
        ("Macron", "other"),
        ("Paris Saint-Germain", "PER"),
    ]


# ---------------------------------------------------------------- presslens adapter, CLI


class _FakeCorpus:
    def __init__(self, frame: pl.DataFrame) -> None:
        self.frame = frame

    def mentions(self, **kwargs: Any) -> pl.DataFrame:
        texts = dict(zip(self.frame["id"], self.frame["text"], strict=True))
        rows = [
            ("a", "person", 0, 11, texts["a"][0:11]),
            ("a", "place", 20, 26, "wrong!"),
            ("a", "other", 99, 120, "x"),
            ("zz", "person", 0, 1, "x"),
        ]
        return pl.DataFrame(
            rows,
            schema={
                "doc_id": pl.String,
                "kind": pl.String,
                "char_start": pl.UInt64,
                "char_end": pl.UInt64,
                "surface": pl.String,
            },
            orient="row",
        )


def test_predict_presslens_adapter(monkeypatch: pytest.MonkeyPatch) -> None:
    import presslens

    monkeypatch.setattr(presslens, "from_frame", _FakeCorpus)
    docs = [ev.Document("a", "Olaf Scholz visited Berlin", "de", [])]
    checks: Counter[str] = Counter()
    preds = ev.predict_presslens(docs, None, checks)
    assert preds == {"a": [(0, 11, "PER"), (20, 26, "LOC")]}
    assert checks["prediction surface != text[start:end]"] == 1
    assert checks["prediction with invalid offsets"] == 1
    assert checks["prediction for unknown doc_id"] == 1


def test_main_missing_data_exits_2(tmp_path: Path) -> None:
    assert ev.main(["--data", str(tmp_path / "nope"), "--predictor", "caps"]) == 2


def test_main_end_to_end_caps(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "en-conll2003"
    folder.mkdir()
    (folder / "eng.testa.gz").write_bytes(gzip.compress(CONLL.encode()))
    out_json = tmp_path / "r.json"
    rc = ev.main(
        [
            "--data", str(tmp_path), "--predictor", "caps", "--sets", "en-conll",
            "--json", str(out_json), "--markdown", "--errors", "2",
        ]
    )  # fmt: skip
    assert rc == 0
    text = capsys.readouterr().out
    assert "| en-conll | dev | 2 |" in text
    res = json.loads(out_json.read_text())["sets"]["en-conll"]
    assert res["scores"]["PER"]["tp"] == 1  # "Peter Blackburn"
    assert res["scores"]["untyped"]["gold"] == 3

"""Error classes and the boundary."""

from __future__ import annotations

import pytest

import presslens as pr


def test_hierarchy() -> None:
    assert issubclass(pr.ParseError, ValueError)
    assert issubclass(pr.InputError, OSError)
    assert issubclass(pr.InternalError, RuntimeError)
    for cls in (pr.ParseError, pr.InputError, pr.EncodingError, pr.MissingFieldError):
        assert issubclass(cls, pr.PresslensError)


def test_unknown_period_is_a_field() -> None:
    # Unknown names in `by` are metadata fields; documents without them group as null.
    df = pr.from_frame({"text": ["alpha beta gamma"]}).terms(by="nonexistent")
    assert df.height == 3
    assert df["nonexistent"].null_count() == 3


def test_bad_options() -> None:
    c = pr.from_frame({"text": ["some words here"]})
    with pytest.raises(pr.InvalidConfigError):
        c.terms(normalization="nfd")  # type: ignore[arg-type]
    with pytest.raises(pr.InvalidConfigError):
        c.terms(top_k=0)
    with pytest.raises(pr.InvalidConfigError):
        c.terms(by=["lang", "lang"])
    with pytest.raises(pr.InvalidConfigError, match="output column"):
        c.terms(by="count")
    with pytest.raises(pr.InvalidConfigError):
        c.kwic("   ")

"""Type aliases used in presslens signatures."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, TypeAlias

OnError = Literal["raise", "skip"]
"""What to do with a bad record: stop with an error, or skip and count it."""

Format = Literal["jsonl", "csv", "tsv", "parquet", "text"]
"""Input formats."""

NormalizationForm = Literal["nfkc", "nfc", "none"]
"""Unicode normalization applied to terms."""

StopWordsArg: TypeAlias = Literal["auto"] | Sequence[str] | Mapping[str, Sequence[str]] | None
"""``None`` (keep all), ``"auto"`` (each document's language), one list, or a list per language."""

Period = Literal["day", "week", "month", "quarter", "year"]
"""Date periods usable in ``by``."""

DfLimit: TypeAlias = int | float
"""An absolute number of documents (int) or a fraction of the documents (float)."""

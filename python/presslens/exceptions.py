"""Exceptions raised by presslens.

Every error is a :class:`PresslensError` and also an instance of the builtin
exception that fits, so ``except ValueError`` keeps working:

===========================  =====================  ======================================
exception                    also a                 raised when
===========================  =====================  ======================================
:class:`InputError`          ``OSError``            a file is missing or unreadable
:class:`ParseError`          ``ValueError``         a record is malformed (bad JSON, ...)
:class:`MissingFieldError`   ``ValueError``         a record has no text field
:class:`EncodingError`       ``ValueError``         a record is not valid UTF-8
:class:`InvalidConfigError`  ``ValueError``         an option has an impossible value
:class:`CancelledError`      ``RuntimeError``       a run was cancelled
:class:`OutputError`         ``OSError``            a result could not be written
:class:`InternalError`       ``RuntimeError``       a bug inside presslens (caught, never a crash)
===========================  =====================  ======================================

Each carries ``kind`` (a short name), ``path`` and ``line`` (the file and
1-based line of the bad record, when there is one).
"""

from __future__ import annotations

__all__ = [
    "CancelledError",
    "EncodingError",
    "InputError",
    "InternalError",
    "InvalidConfigError",
    "MissingFieldError",
    "OutputError",
    "ParseError",
    "PresslensError",
]


class PresslensError(Exception):
    """Base class of every presslens error."""

    kind: str = "internal"
    path: str | None = None
    line: int | None = None


class InputError(PresslensError, OSError):
    """An input file is missing or unreadable, or a glob pattern matches nothing."""


class ParseError(PresslensError, ValueError):
    """A record could not be parsed (malformed JSON or CSV, truncated stream)."""


class MissingFieldError(PresslensError, ValueError):
    """A record has no text field (see ``text_field``)."""


class EncodingError(PresslensError, ValueError):
    """A record is not valid UTF-8."""


class InvalidConfigError(PresslensError, ValueError):
    """An option has a value that cannot work; the message names the option."""


class CancelledError(PresslensError, RuntimeError):
    """The run was cancelled."""


class OutputError(PresslensError, OSError):
    """A result could not be built or written."""


class InternalError(PresslensError, RuntimeError):
    """A bug inside presslens, caught at the boundary (please report it)."""

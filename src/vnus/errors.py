"""Exceptions raised by vnus. Each subclasses the builtin a caller would expect."""

from __future__ import annotations

import datetime
import warnings
from collections.abc import Sequence


class VnusError(Exception):
    """Base class of every vnus-specific error."""


class TermNotFound(VnusError, LookupError):
    """A query matched no glossary term; ``suggestions`` holds the closest ones."""

    def __init__(self, query: str, suggestions: Sequence[str] = ()) -> None:
        self.query = query
        self.suggestions = tuple(suggestions)
        # A pasted paragraph is shown by its start: the message stays one readable line.
        shown = query if len(query) <= 80 else query[:77] + "..."
        message = f"no glossary term matches {shown!r}"
        if self.suggestions:
            message += "; did you mean: " + ", ".join(self.suggestions) + "?"
        super().__init__(message)

    def __reduce__(self) -> tuple[type[TermNotFound], tuple[str, tuple[str, ...]]]:
        return (type(self), (self.query, self.suggestions))


class LexiconError(VnusError, ValueError):
    """A lexicon file of ``vnus.lexicon`` is missing, malformed or lacks a table."""


class GlossaryError(VnusError, ValueError):
    """Bad glossary data; the message names the file, the entry id and the field."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        entry: str | None = None,
        field: str | None = None,
    ) -> None:
        self.path = path
        self.entry = entry
        self.field = field
        where = ", ".join(
            part
            for part in (
                path,
                f"entry {entry!r}" if entry else None,
                f"field {field!r}" if field else None,
            )
            if part
        )
        super().__init__(f"{where}: {message}" if where else message)


class CorpusError(VnusError, ValueError):
    """An unreadable corpus file or record; the message names the path and line or offset."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        offset: int | None = None,
    ) -> None:
        self.path = path
        self.line = line
        self.offset = offset
        where = path or ""
        if line is not None:
            where += f", line {line}"
        if offset is not None:
            where += f", byte {offset}"
        super().__init__(f"{where}: {message}" if where else message)


class StaleDataWarning(UserWarning):
    """An answer about a day after the bundled data was last checked (``as_of``).

    Offices change hands and bodies merge: past that day the data may be out of date.
    Silence it with ``warnings.simplefilter("ignore", vnus.StaleDataWarning)``.
    """


def warn_stale(what: str, as_of: datetime.date, *, stacklevel: int = 3) -> None:
    """Warn that ``what`` reaches past ``as_of``, the day the data was last checked."""
    warnings.warn(
        f"{what} reaches past {as_of:%Y-%m-%d}, when the data was last checked against "
        "its sources; later changes are not known",
        StaleDataWarning,
        stacklevel=stacklevel,
    )


def require_str(value: object, name: str = "text") -> str:
    """Return ``value`` if it is a ``str``; otherwise raise a TypeError naming its type."""
    if isinstance(value, str):
        return value
    if isinstance(value, bytes | bytearray | memoryview):
        raise TypeError(
            f"{name} must be str, not {type(value).__name__}; "
            "decode it first, e.g. data.decode('utf-8')"
        )
    raise TypeError(f"{name} must be str, not {type(value).__name__}")

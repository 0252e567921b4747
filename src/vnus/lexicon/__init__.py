"""Language data as data: named word tables kept as reviewed TOML files beside this module.

Each ``<name>.toml`` in this folder is one lexicon file; :func:`load` reads it once
(cached) and returns its top-level tables as plain dictionaries. A new word, spelling or
title word is an edit to one of these files, never a new branch in code.

>>> from vnus import lexicon
>>> sorted(lexicon.names()) == sorted(lexicon.names())
True
>>> lexicon.load("no-such-table")
Traceback (most recent call last):
...
vnus.errors.LexiconError: no lexicon file 'no-such-table.toml' in vnus.lexicon (have: ...)
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from typing import Any

from vnus import _lazy
from vnus.errors import LexiconError

__all__ = ["clear_cache", "load", "names", "table"]


def names() -> tuple[str, ...]:
    """The lexicon files this installation ships, without their ``.toml`` suffix."""
    folder = resources.files(__name__)
    return tuple(
        sorted(p.name[: -len(".toml")] for p in folder.iterdir() if p.name.endswith(".toml"))
    )


@functools.cache
def load(name: str) -> dict[str, Any]:
    """The whole lexicon file ``name`` (``"dates"`` reads ``dates.toml``), parsed once.

    Raises :class:`~vnus.errors.LexiconError` naming the file (and TOML's line and
    column) when it is missing or not valid TOML.
    """
    if not isinstance(name, str):
        raise TypeError(f"lexicon name must be str, not {type(name).__name__}")
    path = resources.files(__name__).joinpath(f"{name}.toml")
    if not path.is_file():
        raise LexiconError(
            f"no lexicon file {name + '.toml'!r} in vnus.lexicon (have: {', '.join(names())})"
        )
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise LexiconError(f"vnus/lexicon/{name}.toml: {exc}") from None


def table(name: str, key: str) -> Any:
    """One top-level table of a lexicon file: ``table("dates", "relative_days")``.

    Raises :class:`~vnus.errors.LexiconError` naming file and key when it is absent.
    """
    data = load(name)
    try:
        return data[key]
    except KeyError:
        raise LexiconError(
            f"vnus/lexicon/{name}.toml has no table {key!r} (have: {', '.join(sorted(data))})"
        ) from None


@_lazy.on_clear
def clear_cache() -> None:
    """Forget every parsed lexicon file (for tests that edit data in place)."""
    load.cache_clear()

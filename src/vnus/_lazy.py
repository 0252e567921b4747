"""What vnus loads once and shares: the bundled data and what is compiled from it.

One re-entrant lock guards every first load (the glossary, the office-holders), so that
threads calling at the same time share one load; and every cache registers here, so
that :func:`vnus.clear_caches` forgets all of them at once.

>>> calls = []
>>> answer = Lazy(lambda: calls.append(1) or 42)
>>> answer.get(), answer.get(), len(calls)
(42, 42, 1)
>>> clear_caches()
>>> answer.get(), len(calls)
(42, 2)
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

__all__ = ["LOCK", "Lazy", "clear_caches", "on_clear"]

T = TypeVar("T")

#: Held while anything bundled is loaded or forgotten (re-entrant: a load may load more).
LOCK = threading.RLock()

_CLEARS: list[Callable[[], None]] = []
_UNSET = object()


def on_clear(function: Callable[[], None]) -> Callable[[], None]:
    """Register ``function`` to run on :func:`clear_caches` (usable as a decorator)."""
    _CLEARS.append(function)
    return function


def clear_caches() -> None:
    """Run every registered clear: the next call loads and compiles afresh."""
    with LOCK:
        for clear in list(_CLEARS):
            clear()


class Lazy(Generic[T]):
    """A value loaded on first :meth:`get`, then shared; forgotten by :func:`clear_caches`."""

    __slots__ = ("_load", "_value")

    def __init__(self, load: Callable[[], T]) -> None:
        self._load = load
        self._value: object = _UNSET
        on_clear(self.clear)

    def get(self) -> T:
        """The value, loading it under :data:`LOCK` the first time."""
        value = self._value
        if value is _UNSET:
            with LOCK:  # one thread loads; the others wait and get the same object
                value = self._value
                if value is _UNSET:
                    value = self._value = self._load()
        return value  # type: ignore[return-value]

    def clear(self) -> None:
        """Forget the value: the next :meth:`get` loads it again."""
        with LOCK:
            self._value = _UNSET

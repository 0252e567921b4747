"""One lock and one vnus.clear_caches() for everything vnus loads or compiles."""

from __future__ import annotations

import threading

import pytest

import vnus
from vnus import _lazy, lexicon
from vnus.mentions import compile_matcher
from vnus.people import people


def test_clear_caches_forgets_every_bundled_thing() -> None:
    glossary, holders, matcher = vnus.glossary(), people(), compile_matcher()
    names = lexicon.load("names")
    vnus.clear_caches()
    assert vnus.glossary() is not glossary
    assert people() is not holders
    assert compile_matcher() is not matcher
    assert lexicon.load("names") is not names
    assert lexicon.load("names") == names
    assert len(vnus.glossary()) == len(glossary)


def test_the_old_per_module_clears_still_work() -> None:
    glossary, holders = vnus.glossary(), people()
    vnus.glossary.clear_cache()
    assert vnus.glossary() is not glossary
    assert people() is holders  # only that one


def test_concurrent_first_calls_share_one_load() -> None:
    loads: list[int] = []
    barrier = threading.Barrier(8)

    def load() -> object:
        loads.append(1)
        return object()

    shared = _lazy.Lazy(load)
    results: list[object] = []

    def call() -> None:
        barrier.wait()
        results.append(shared.get())

    threads = [threading.Thread(target=call) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(loads) == 1
    assert len({id(result) for result in results}) == 1


def test_a_failed_load_is_tried_again() -> None:
    attempts: list[int] = []

    def load() -> int:
        attempts.append(1)
        if len(attempts) == 1:
            raise OSError("not yet")
        return 7

    flaky = _lazy.Lazy(load)
    with pytest.raises(OSError, match="not yet"):
        flaky.get()
    assert flaky.get() == 7
    assert len(attempts) == 2


def test_clear_caches_is_public() -> None:
    assert "clear_caches" in vnus.__all__

"""The dates benchmark's exit policy: a missed speed goal is reported, not a failure."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.fixture
def bench(monkeypatch: pytest.MonkeyPatch) -> Iterator[ModuleType]:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    module = importlib.import_module("bench_dates")
    yield module
    sys.modules.pop("bench_dates", None)


def _quiet_accuracy(bench: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    scores = dict.fromkeys(("vnus strict", "vnus", "dateparser"), (1.0, 1.0, 1.0))
    monkeypatch.setattr(bench, "accuracy", lambda: scores)


def test_a_missed_speed_goal_is_printed_and_exits_0(
    bench: ModuleType, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(bench, "speed", lambda: (0.004, 0.2, 50, 90))  # 50x
    _quiet_accuracy(bench, monkeypatch)
    monkeypatch.setattr(bench, "linearity", lambda: [("x", 0.001, 0.004, 4.0)])
    assert bench.main() == 0
    assert "GOAL NOT MET (50x < 100x)" in capsys.readouterr().out


def test_a_met_speed_goal_says_how_much_faster(bench: ModuleType) -> None:
    assert bench.speed_verdict(250.0) == "vnus is 250x faster (goal >= 100x)"
    assert bench.speed_verdict(100.0) == "vnus is 100x faster (goal >= 100x)"
    assert bench.speed_verdict(99.6) == "GOAL NOT MET (99x < 100x): vnus is only 99.6x faster"


def test_non_linear_time_fails_after_three_measurements(
    bench: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []

    def quadratic(text: str) -> float:
        calls.append(len(text))
        return (len(text) / 1000) ** 2

    monkeypatch.setattr(bench, "_time_once", quadratic)
    monkeypatch.setattr(bench, "seed_articles", lambda: ["ngày 1/1/2025"])
    rows = bench.linearity()
    assert all(ratio == pytest.approx(16.0) for _, _, _, ratio in rows)
    assert len(calls) == 2 * bench.LINEAR_TRIES * len(rows)
    monkeypatch.setattr(bench, "speed", lambda: (0.001, 0.5, 50, 90))
    _quiet_accuracy(bench, monkeypatch)
    assert bench.main() == 1


def test_a_slow_first_measurement_is_not_called_non_linear(
    bench: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[int, int] = {}

    def noisy(text: str) -> float:
        seen[len(text)] = seen.get(len(text), 0) + 1
        busy = len(text) > 50_000 and seen[len(text)] == 1  # the first large run was disturbed
        return len(text) / 1000 * (3.0 if busy else 1.0)

    monkeypatch.setattr(bench, "_time_once", noisy)
    monkeypatch.setattr(bench, "seed_articles", lambda: ["ngày 1/1/2025"])
    rows = bench.linearity()
    assert max(ratio for _, _, _, ratio in rows) == pytest.approx(4.0)

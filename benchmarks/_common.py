"""Helpers shared by the benchmarks: the seed text scaled to a size, and timing.

Import it from a benchmark script with ``from _common import seed_text, best_of`` (every
``bench_*.py`` runs with ``benchmarks/`` as its script directory, so it is importable).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
MB = 1_000_000


def seed_articles() -> list[str]:
    """The five seed articles as written (UTF-8, in file-name order)."""
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def seed_text(size: int = MB) -> str:
    """Seed articles joined by blank lines and repeated to at least ``size`` UTF-8 bytes."""
    one = "\n\n".join(seed_articles())
    copies = -(-size // len(one.encode("utf-8")))
    return "\n\n".join([one] * copies)


def utf8_size(text: str) -> int:
    """Size of ``text`` in UTF-8 bytes: what MB/s figures are measured against."""
    return len(text.encode("utf-8"))


def best_of(function: Callable[[], Any], *, repeat: int = 5, min_time: float = 0.2) -> float:
    """Best wall time in seconds of one call of ``function`` over ``repeat`` rounds.

    Each round calls it as many times as fit in ``min_time`` (at least once), so short
    calls are timed over several runs and long ones once.
    """
    function()  # warm caches and lazy imports outside the timing
    times = []
    for _ in range(repeat):
        calls = 0
        started = time.perf_counter()
        while True:
            function()
            calls += 1
            elapsed = time.perf_counter() - started
            if elapsed >= min_time:
                break
        times.append(elapsed / calls)
    return min(times)


def best_wall_and_cpu(
    function: Callable[[], Any], *, repeat: int = 7, min_time: float = 0.2
) -> tuple[float, float]:
    """Best wall time and best CPU time (this process) of one call of ``function``.

    On a shared machine the wall time includes waiting for a core; the CPU time does
    not, so the two together show both what a user waits and what the code costs.
    """
    function()
    walls, cpus = [], []
    for _ in range(repeat):
        calls = 0
        wall, cpu = time.perf_counter(), time.process_time()
        while True:
            function()
            calls += 1
            elapsed = time.perf_counter() - wall
            if elapsed >= min_time:
                break
        walls.append(elapsed / calls)
        cpus.append((time.process_time() - cpu) / calls)
    return min(walls), min(cpus)


def mb_per_s(size: int, seconds: float) -> float:
    """Throughput in MB/s (10^6 bytes) of ``size`` bytes in ``seconds``."""
    return size / MB / seconds if seconds > 0 else float("inf")


def median(values: list[float]) -> float:
    """Median of ``values`` (re-exported so benchmarks need one import)."""
    return statistics.median(values)


def table(rows: list[list[str]], header: list[str]) -> str:
    """A plain-text table with left-aligned first column and right-aligned others."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = []
    for row in [header, ["-" * w for w in widths], *rows]:
        cells = [
            str(cell).ljust(widths[i]) if i == 0 else str(cell).rjust(widths[i])
            for i, cell in enumerate(row)
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)

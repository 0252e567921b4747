"""Run every benchmark (``make bench``): each ``bench_*.py`` in its own process.

Each benchmark measures vnus against the tool a user would pick instead, on the same
text in the same run, and prints its figures and ratios. Pass names to run a subset:
``python benchmarks/run.py text dates``.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    scripts = sorted(HERE.glob("bench_*.py"))
    if argv:
        scripts = [s for s in scripts if s.stem.removeprefix("bench_") in argv]
    failures = 0
    for script in scripts:
        print(f"\n### {script.stem}\n", flush=True)
        started = time.perf_counter()
        result = subprocess.run([sys.executable, str(script)], check=False)
        print(f"({script.stem}: {time.perf_counter() - started:.1f} s)", flush=True)
        failures += result.returncode != 0
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

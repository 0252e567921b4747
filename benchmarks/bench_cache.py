"""Cold start with the glossary's compiled form: ``import vnus`` + first lookup, whole process.

Each figure is the median and best wall time of fresh ``python -c`` processes, for the
bundled glossary and for a synthetic one of ``--terms`` entries (default 1,000, five
forms each) made in a scratch folder: with the user cache warm, with the cache off (a
TOML parse every start), and a bare ``python -c pass`` as the floor. Goal: import +
first lookup within 50 ms.

``--src OTHER/src`` times another checkout's code the same way (its ``src`` first on
``PYTHONPATH``), to compare before and after a change.

Run: ``python benchmarks/bench_cache.py [--terms N] [--runs N] [--src PATH]``.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import table

SCRATCH = tempfile.mkdtemp(prefix="vnus-bench-cache-")


def synthetic_glossary(folder: Path, count: int) -> None:
    """``count`` distinct terms over four files, each with five forms a lookup folds."""
    folder.mkdir(parents=True, exist_ok=True)
    per_file = -(-count // 4)
    for number in range(4):
        lines = []
        for i in range(number * per_file, min(count, (number + 1) * per_file)):
            lines += [
                "[[term]]",
                f'id = "synthetic.t{i}"',
                'kind = "agency"',
                'country = "VN"',
                f'vi = "Cục Thử nghiệm Tổng hợp số {i}"',
                f'en = "Department of Synthetic Testing No. {i}"',
                f'abbr = ["SYN{i}"]',
                f'vi_variants = ["Cục Thử nghiệm {i}"]',
                f'en_variants = ["Synthetic Testing Department {i}"]',
                'sources = ["synthetic: benchmarks/bench_cache.py"]',
                "",
            ]
        (folder / f"part{number}.toml").write_text("\n".join(lines), encoding="utf-8")


def cold(code: str, env: dict[str, str], runs: int) -> tuple[float, float, float]:
    """Best wall time, and median and best CPU time (user + system), in ms, of fresh
    ``python -c code`` processes. CPU time is what a busy machine disturbs least."""
    subprocess.run([sys.executable, "-c", code], check=True, env=env)  # write the caches
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        walls.append((time.perf_counter() - started) * 1000)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
        cpus.append(cpu * 1000)
    return min(walls), statistics.median(cpus), min(cpus)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--terms", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--src", help="another checkout's src folder, to time its code")
    args = parser.parse_args()
    synthetic = Path(SCRATCH) / "synthetic"
    synthetic_glossary(synthetic, args.terms)
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE",)},
        "PYTHONPYCACHEPREFIX": os.path.join(SCRATCH, "pycache"),
        "VNUS_CACHE_DIR": os.path.join(SCRATCH, "cache"),
    }
    if args.src:
        env["PYTHONPATH"] = os.path.abspath(args.src)
    bundled = "import vnus; vnus.glossary().lookup('MOIT')"
    made = f"import vnus.glossary as g; g._load_with_cache({str(synthetic)!r}).lookup('SYN7')"
    off = {**env, "VNUS_NO_CACHE": "1"}
    rows = []
    for label, code, where in [
        ('python -c "pass"', "pass", env),
        ('python -c "import vnus"', "import vnus", env),
        ("bundled: import + first lookup, cache warm", bundled, env),
        ("bundled: the same, cache off", bundled, off),
        (f"{args.terms} synthetic terms: first lookup, cache warm", made, env),
        (f"{args.terms} synthetic terms: the same, cache off", made, off),
    ]:
        wall, cpu, cpu_best = cold(code, where, args.runs)
        rows.append([label, f"{wall:.1f}", f"{cpu:.1f}", f"{cpu_best:.1f}"])
    source = args.src or "this checkout"
    print(f"Cold start ({source}), {args.runs} fresh processes each (ms)\n")
    print(table(rows, ["command", "best wall", "median CPU", "best CPU"]))


if __name__ == "__main__":
    main()

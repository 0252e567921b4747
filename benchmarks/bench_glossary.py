"""Glossary benchmark: cold start, lookups per second and search latency.

- Cold ``python -c "import vnus"`` and cold import + first ``vnus.glossary().lookup``,
  each in fresh processes, next to ``python -c "import dateparser"`` (a library a user
  would load for the same news) and a bare ``python -c "pass"``, in the same run.
  Goal: import + first lookup within 50 ms.
- Lookups per second over every form of every shipped term, in spellings a user types
  (no diacritics, other case, "the" prefix).
- Search latency (median and 95th percentile) for misspelled forms. Goal: median ≤ 1 ms.

Run: ``python benchmarks/bench_glossary.py`` (or ``make bench``).
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata

from _common import best_of, table

RUNS = 15  # fresh processes per cold-start figure
SCRATCH = tempfile.mkdtemp(prefix="vnus-bench-")
# As users run: with bytecode caches (kept out of the checkout) and vnus's glossary cache
# in a scratch folder; "no cache" parses the TOML in every process.
ENV = {
    **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
    "PYTHONPYCACHEPREFIX": os.path.join(SCRATCH, "pycache"),
    "VNUS_CACHE_DIR": os.path.join(SCRATCH, "vnus"),
}


def cold(code: str, **extra: str) -> tuple[float, float]:
    """Median and best wall time (ms) of ``python -c code`` in fresh processes."""
    times = []
    env = {**ENV, **extra}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)  # write the caches
    for _ in range(RUNS):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), min(times)


def plain(text: str) -> str:
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return bare.replace("đ", "d").replace("Đ", "D")


def misspell(text: str, rng: random.Random) -> str:
    """One typo (a letter dropped, doubled or swapped) in a diacritic-free spelling."""
    letters = list(plain(text).lower())
    if len(letters) < 4:
        return "".join(letters)
    i = rng.randrange(1, len(letters) - 1)
    action = rng.choice(("drop", "double", "swap"))
    if action == "drop":
        del letters[i]
    elif action == "double":
        letters.insert(i, letters[i])
    else:
        letters[i], letters[i + 1] = letters[i + 1], letters[i]
    return "".join(letters)


def main() -> None:
    import vnus

    have_dateparser = (
        subprocess.run([sys.executable, "-c", "import dateparser"], capture_output=True).returncode
        == 0
    )
    rows = []
    lookup = "import vnus; vnus.glossary().lookup('MOIT')"
    commands: list[tuple[str, str, dict[str, str]]] = [
        ('python -c "pass"', "pass", {}),
        ('python -c "import attrs"', "import attrs", {}),
        ('python -c "import vnus"', "import vnus", {}),
        ("import vnus + first lookup", lookup, {}),
        ("  the same, glossary cache off", lookup, {"VNUS_NO_CACHE": "1"}),
        ("import vnus + first search", "import vnus; vnus.glossary().search('bo cong thong')", {}),
    ]
    if have_dateparser:
        commands.append(('python -c "import dateparser"', "import dateparser", {}))
    for label, code, extra in commands:
        mid, best = cold(code, **extra)
        rows.append([label, f"{mid:.1f}", f"{best:.1f}"])
    print(f"Cold start, {RUNS} fresh processes each (ms)\n")
    print(table(rows, ["command", "median", "best"]))
    if not have_dateparser:
        print("(dateparser is not installed: `pip install -e '.[bench]'` to compare)")

    glossary = vnus.glossary()
    rng = random.Random(2025)
    forms = [form for term in glossary for form in term.forms()]
    queries = []
    for form in forms:
        queries += [form, plain(form).upper(), f"the {plain(form).lower()}"]
    rng.shuffle(queries)

    def lookups() -> None:
        for query in queries:
            glossary.lookup_all(query)

    seconds = best_of(lookups)
    print(f"\n{len(glossary)} terms, {len(forms)} forms")
    print(f"lookup_all: {len(queries) / seconds:,.0f} lookups/s ({len(queries)} spellings)")

    typos = [misspell(form, rng) for form in forms]
    latencies = []
    hits = 0
    for typo in typos:
        glossary.search(typo)
    for typo in typos:
        started = time.perf_counter()
        matches = glossary.search(typo)
        latencies.append((time.perf_counter() - started) * 1000)
        hits += bool(matches)
    latencies.sort()
    p95 = latencies[int(len(latencies) * 0.95)]
    print(
        f"search: median {statistics.median(latencies):.3f} ms, p95 {p95:.3f} ms "
        f"over {len(typos)} misspelled forms; {hits / len(typos):.0%} found something"
    )


if __name__ == "__main__":
    main()

"""Peak memory of the text-wide readers on a large text: find_dates, fold_with_offsets,
find_titles (and find_terms, fold for comparison).

Each function runs in a fresh process on the seed articles repeated to ``--chars``
characters (default 50 million, what a large JSONL record or a concatenated corpus
gives); the figure is the peak resident set size during the call minus the resident
size just before it (the text itself, the imports and the warmed data are not counted),
in MB and in bytes per character of input. The result is kept alive until the peak is
read, as a caller would keep it.

Run: ``python benchmarks/bench_memory.py [--chars N] [function ...]`` (not part of
``make test``: at 50 M characters it takes minutes and several GB).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from _common import table

HERE = Path(__file__).resolve().parent

FUNCTIONS = {
    "find_dates": "from vnus.dates import find_dates as f",
    "fold_with_offsets": "from vnus.text import fold_with_offsets as f",
    "find_titles": "from vnus.mentions import find_titles as f",
    "find_terms": "from vnus.mentions import find_terms as f",
    "fold": "from vnus.text import fold as f",
}

CHILD = """
import gc, json, resource, sys, time
sys.path.insert(0, {here!r})
from _common import seed_text
{imports}
def rss_mb():  # the current resident set size, from /proc (Linux)
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * resource.getpagesize() / 1e6
text = seed_text({chars})[:{chars}]
f(text[:100_000])  # load the lazy data (glossary, matcher, tables) outside the figure
gc.collect()
before = rss_mb()
started = time.perf_counter()
result = f(text)
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3  # KiB on Linux
size = len(result[1]) if isinstance(result, tuple) else len(result)
print(json.dumps({{"before": before, "peak": peak, "seconds": seconds, "size": size}}))
"""


def measure(name: str, chars: int) -> dict[str, float]:
    code = CHILD.format(here=str(HERE), imports=FUNCTIONS[name], chars=chars)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chars", type=int, default=50_000_000)
    parser.add_argument(
        "functions", nargs="*", default=["find_dates", "fold_with_offsets", "find_titles"]
    )
    args = parser.parse_args()
    rows = []
    for name in args.functions:
        found = measure(name, args.chars)
        extra = found["peak"] - found["before"]
        rows.append(
            [
                name,
                f"{extra:,.0f}",
                f"{extra * 1e6 / args.chars:.1f}",
                f"{found['seconds']:.1f}",
                f"{found['size']:,}",
            ]
        )
    print(f"Peak memory on {args.chars:,} characters, fresh process each\n")
    print(table(rows, ["function", "peak extra MB", "bytes/char", "seconds", "result size"]))


if __name__ == "__main__":
    main()

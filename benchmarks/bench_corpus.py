"""Streaming a large JSONL corpus: throughput and peak memory of ``iter_articles``.

Builds a JSONL file of about 1 GB from the seed articles (each copy with its own id)
in a temporary folder, deletes it afterwards, and streams it in a child process so
that the peak resident memory measured is the reader's alone. The baseline is what a
user would write instead: ``json.loads`` on every line, no typed records.

Size: ``python benchmarks/bench_corpus.py 100`` or ``VNUS_BENCH_CORPUS_MB=100``
(megabytes; default 1024). Goals: >= 50 MB/s, peak RSS <= 150 MB. Also reported: the
cost of dating records that carry no ``reference_date`` (every evidence source, with the
whole date grammar), in milliseconds an article.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL_MB_S = 50.0
GOAL_RSS_MB = 150.0
SAMPLE = 10_000  # articles annotated with map_articles
UNDATED = 500  # records without a reference_date, dated on loading

STREAM = """
import sys, time
from vnus.corpus import iter_articles
start = time.perf_counter()
count = 0
for article in iter_articles(sys.argv[1]):
    count += 1
print(count, time.perf_counter() - start)
"""

BASELINE = """
import json, sys, time
start = time.perf_counter()
count = 0
with open(sys.argv[1], "rb") as handle:
    for line in handle:
        json.loads(line)
        count += 1
print(count, time.perf_counter() - start)
"""

MAP = """
import sys, time
from vnus.corpus import map_articles
from vnus.mentions import find_terms

def annotate(article):
    return len(find_terms(article.text))

if __name__ == "__main__":
    start = time.perf_counter()
    total = sum(map_articles(annotate, sys.argv[1], jobs=int(sys.argv[2])))
    print(total, time.perf_counter() - start)
"""


def build(path: Path, megabytes: float) -> int:
    """Write copies of the seed records until the file holds ``megabytes``."""
    from vnus.corpus import load

    records = [article.to_dict() for article in load()]
    target = int(megabytes * 1024 * 1024)
    written = count = 0
    with open(path, "w", encoding="utf-8") as handle:
        while written < target:
            record = dict(records[count % len(records)], id=f"copy-{count:09d}")
            line = json.dumps(record, ensure_ascii=False) + "\n"
            handle.write(line)
            written += len(line.encode("utf-8"))
            count += 1
    return count


def child(code: str, *args: str) -> tuple[list[str], float]:
    """Run ``code`` in a fresh interpreter; its output words and its peak RSS in MB."""
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as script:
        script.write(code)
    try:
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        result = subprocess.run(
            [sys.executable, script.name, *args], capture_output=True, text=True, check=True
        )
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    finally:
        os.unlink(script.name)
    # ru_maxrss of children is the largest child so far (KiB on Linux).
    return result.stdout.split(), max(peak, before) / 1024


def main(argv: list[str]) -> int:
    megabytes = float(argv[0] if argv else os.environ.get("VNUS_BENCH_CORPUS_MB", "1024"))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "corpus.jsonl"
        started = time.perf_counter()
        count = build(path, megabytes)
        size_mb = path.stat().st_size / 1024 / 1024
        print(f"built {size_mb:.0f} MB, {count} articles in {time.perf_counter() - started:.1f} s")

        (base_count, base_s), _ = child(BASELINE, str(path))
        (vnus_count, vnus_s), rss = child(STREAM, str(path))
        assert int(vnus_count) == int(base_count) == count
        base_rate, vnus_rate = size_mb / float(base_s), size_mb / float(vnus_s)
        print(f"json.loads per line      {base_rate:8.1f} MB/s")
        print(f"vnus iter_articles       {vnus_rate:8.1f} MB/s  ({vnus_rate / base_rate:.2f}x)")
        print(f"peak RSS of the reader   {rss:8.1f} MB   (child processes so far)")

        # Annotating in parallel: a slice small enough to finish quickly.
        sample = Path(folder) / "sample.jsonl"
        with open(path, "rb") as source, open(sample, "wb") as target:
            for number, line in enumerate(source):
                if number >= SAMPLE:
                    break
                target.write(line)
        rates = {}
        for jobs in (1, 2):
            (_, seconds), _ = child(MAP, str(sample), str(jobs))
            rates[jobs] = min(SAMPLE, count) / float(seconds)
            print(f"map_articles(find_terms) jobs={jobs}  {rates[jobs]:8.0f} articles/s")
        print(f"speed-up with 2 jobs: {rates[2] / rates[1]:.2f}x")

        # Records without a reference_date are dated on loading (pages always are).
        undated = Path(folder) / "undated.jsonl"
        with open(path, encoding="utf-8") as source, open(undated, "w", encoding="utf-8") as out:
            for number, line in enumerate(source):
                if number >= UNDATED:
                    break
                record = json.loads(line)
                del record["reference_date"], record["reference_evidence"]
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        (dated, seconds), _ = child(STREAM, str(undated))
        per_article = float(seconds) / int(dated) * 1000
        print(f"iter_articles dating undated records  {per_article:6.1f} ms/article")

    ok = vnus_rate >= GOAL_MB_S and rss <= GOAL_RSS_MB
    verdict = "met" if ok else "MISSED"
    print(f"goal >= {GOAL_MB_S:.0f} MB/s and <= {GOAL_RSS_MB:.0f} MB RSS: {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

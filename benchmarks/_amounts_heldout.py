"""Score find_amounts on tests/cases/amounts-heldout.jsonl (fresh sentences, never tuned on).

An expected amount reads right "with value and unit" when some mention of its sentence
has the same value and unit (each mention used once); "in full" also needs kind, approx
and high. A mention in a trap sentence is a false amount; a mention matching nothing in
a sentence with amounts is an extra.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import vnus

HELDOUT = Path(__file__).resolve().parents[1] / "tests" / "cases" / "amounts-heldout.jsonl"


def score(path: Path = HELDOUT) -> dict[str, Any]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    expected = right = full = extras = false = dated = 0
    reference = dt.date(2025, 6, 1)
    misses: list[str] = []
    false_amounts: list[str] = []
    for row in rows:
        mentions = vnus.find_amounts(row["text"])
        dates = vnus.find_dates(row["text"], reference=reference)
        dated += sum(
            1 for d in dates for m in mentions if d.span[0] < m.span[1] and m.span[0] < d.span[1]
        )
        if row["lang"] == "trap":
            false += len(mentions)
            false_amounts += [f"{row['id']}: {m.text!r}" for m in mentions]
            continue
        unused = list(mentions)
        for want in row["amounts"]:
            expected += 1
            value = Decimal(want["value"])
            match = next((m for m in unused if m.value == value and m.unit == want["unit"]), None)
            if match is None:
                misses.append(f"{row['id']}: {want['text']!r}")
                continue
            unused.remove(match)
            right += 1
            high = None if want["high"] is None else Decimal(want["high"])
            if (match.kind, match.approx, match.high) == (want["kind"], want["approx"], high):
                full += 1
            else:
                misses.append(f"{row['id']}: {want['text']!r} (kind/approx/high)")
        extras += len(unused)
        misses += [f"{row['id']}: extra {m.text!r}" for m in unused]
    sentences = sum(1 for r in rows if r["lang"] != "trap")
    return {
        "sentences": sentences,
        "traps": len(rows) - sentences,
        "expected": expected,
        "right": right,
        "full": full,
        "extras": extras,
        "false": false,
        "dates_inside_amounts": dated,
        "misses": misses,
        "false_amounts": false_amounts,
    }


if __name__ == "__main__":
    result = score()
    for line in result.pop("misses") + result.pop("false_amounts"):
        print(line)
    print(result)

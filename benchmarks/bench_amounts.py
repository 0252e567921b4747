"""vnus.find_amounts against quantulum3 and price-parser, where they apply, in one run.

1. Speed on the five seed articles (Vietnamese): find_amounts in MB/s. Neither other tool
   reads Vietnamese amounts ("88,4 tỷ USD"), so there is nothing to race there.
2. English: the English sentences of tests/cases/amounts-heldout.jsonl (never tuned on).
   Accuracy of find_amounts and of ``quantulum3.parser.parse`` (an amount counts when a
   mention of its sentence has its value and its unit; quantulum3's unit names are mapped
   to vnus's symbols), and the speed of both on those sentences repeated.
3. price-parser reads one price string, not running text: ``Price.fromstring`` on the
   text of each money amount of the held-out file (both languages), scored on the value.

Times are CPU time of this process, the fastest of several runs. Run with
``python benchmarks/bench_amounts.py`` (``make bench`` installs quantulum3 and
price-parser; without them their rows say so).
"""

from __future__ import annotations

import json
import sys
import warnings
from decimal import Decimal, InvalidOperation
from typing import Any

from _common import ROOT, best_wall_and_cpu, seed_text, table, utf8_size

import vnus
import vnus._numbers

HELDOUT = ROOT / "tests" / "cases" / "amounts-heldout.jsonl"
SPEED_GOAL = 2.0  # MB/s on the seeds

# quantulum3 unit names -> vnus units (only those the held-out file uses).
QUANTULUM_UNITS = {
    "united states dollar": "USD",
    "dollar": "USD",
    "euro": "EUR",
    "japanese yen": "JPY",
    "yen": "JPY",
    "south korean won": "KRW",
    "pound sterling": "GBP",
    "australian dollar": "AUD",
    "renminbi": "CNY",
    "chinese yuan": "CNY",
    "yuan": "CNY",
    "vietnamese dong": "VND",
    "percentage": "%",
    "percentage point": "pp",
    "basis point": "bp",
    "tonne": "t",
    "ton": "t",
    "megawatt": "MW",
    "kilowatt hour": "kWh",
    "kilogram": "kg",
    "kilometre": "km",
    "hectare": "ha",
    "cubic metre": "m³",
    "barrel": "bbl",
    "twenty-foot equivalent unit": "TEU",
}


def _rows() -> list[dict[str, Any]]:
    lines = HELDOUT.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line]


def _score(found: list[list[tuple[Decimal, str | None]]], rows: list[dict[str, Any]]) -> int:
    right = 0
    for mentions, row in zip(found, rows, strict=True):
        unused = list(mentions)
        for want in row["amounts"]:
            key = (Decimal(want["value"]), want["unit"])
            if key in unused:
                unused.remove(key)
                right += 1
    return right


def _vnus(text: str) -> list[tuple[Decimal, str | None]]:
    return [(m.value, m.unit) for m in vnus.find_amounts(text)]


def _quantulum() -> Any:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return None
    return parser


def _quantulum_amounts(parser: Any, text: str) -> list[tuple[Decimal, str | None]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        quantities = parser.parse(text)
    found = []
    for q in quantities:
        try:
            value = Decimal(str(q.value)).normalize()
        except InvalidOperation:
            continue
        value = Decimal(int(value)) if value == value.to_integral_value() else value
        found.append((value, QUANTULUM_UNITS.get(q.unit.name, q.unit.name)))
    return found


def main() -> int:
    rows = _rows()
    english = [r for r in rows if r["lang"] == "en"]
    expected = sum(len(r["amounts"]) for r in english)
    report: list[list[str]] = []

    # 1. speed on the seeds
    seeds = seed_text(1_000_000)
    size = utf8_size(seeds)
    _, cpu = best_wall_and_cpu(lambda: vnus.find_amounts(seeds), repeat=3)
    count = len(vnus.find_amounts(seeds))
    seeds_mbs = size / cpu / 1e6
    print(f"seeds: {size / 1e6:.2f} MB, {count} amounts")
    report.append(["vnus find_amounts, seeds (vi)", f"{seeds_mbs:.2f}", "-", "-"])

    # 2. English sentences: accuracy and speed against quantulum3
    vnus_right = _score([_vnus(r["text"]) for r in english], english)
    text = " ".join(r["text"] for r in english)
    english_text = " ".join([text] * 20)
    english_size = utf8_size(english_text)
    _, vnus_cpu = best_wall_and_cpu(lambda: vnus.find_amounts(english_text), repeat=3)
    report.append(
        [
            "vnus find_amounts, English held-out",
            f"{english_size / vnus_cpu / 1e6:.2f}",
            f"{vnus_right}/{expected}",
            "",
        ]
    )
    parser = _quantulum()
    if parser is None:
        report.append(["quantulum3 (not installed)", "-", "-", "-"])
    else:
        q_right = _score([_quantulum_amounts(parser, r["text"]) for r in english], english)
        small = " ".join([text] * 2)
        _, q_cpu = best_wall_and_cpu(lambda: _quantulum_amounts(parser, small), repeat=3)
        q_mbs = utf8_size(small) / q_cpu / 1e6
        ratio = (english_size / vnus_cpu) / (utf8_size(small) / q_cpu)
        report.append(
            [
                "quantulum3 parser.parse, English held-out",
                f"{q_mbs:.3f}",
                f"{q_right}/{expected}",
                f"vnus {ratio:.0f}x faster",
            ]
        )

    # 3. price-parser on each money amount's own text
    money = [a for r in rows if r["lang"] != "trap" for a in r["amounts"] if a["kind"] == "money"]
    vnus_money = sum(
        1
        for a in money
        if (p := vnus.parse_amount(a["text"])) is not None
        and (p.value, p.unit) == (Decimal(a["value"]), a["unit"])
    )
    report.append(["vnus parse_amount, money strings", "-", f"{vnus_money}/{len(money)}", ""])
    try:
        from price_parser import Price
    except ImportError:
        report.append(["price-parser (not installed)", "-", "-", "-"])
    else:
        pp_right = sum(
            1
            for a in money
            if (price := Price.fromstring(a["text"])).amount is not None
            and Decimal(price.amount) == Decimal(a["value"])
        )
        report.append(
            ["price-parser Price.fromstring, money strings", "-", f"{pp_right}/{len(money)}", ""]
        )
        # Fairer to it: only the strings without a scale word ("$5,600", "500.000 đồng").
        scales = {
            *vnus._numbers.number_words("vi").scales,
            *vnus._numbers.number_words("en").scales,
        }
        plain = [a for a in money if not scales & set(a["text"].lower().replace("$", " ").split())]
        plain = [a for a in plain if not any(c.isalpha() and c in "bmk" for c in a["text"][-3:])]
        pp_plain = sum(
            1
            for a in plain
            if (price := Price.fromstring(a["text"])).amount is not None
            and Decimal(price.amount) == Decimal(a["value"])
        )
        vnus_plain = sum(
            1
            for a in plain
            if (p := vnus.parse_amount(a["text"])) is not None and p.value == Decimal(a["value"])
        )
        report.append(
            ["  the same, no scale word: vnus", "-", f"{vnus_plain}/{len(plain)}", "value"]
        )
        report.append(
            ["  the same, no scale word: price-parser", "-", f"{pp_plain}/{len(plain)}", "value"]
        )

    print(table(report, ["tool", "MB/s (CPU)", "value+unit right", ""]))
    if seeds_mbs < SPEED_GOAL:
        print(f"GOAL NOT MET: {seeds_mbs:.2f} MB/s on the seeds (goal {SPEED_GOAL})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

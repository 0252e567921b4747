"""Agreement with Duckling's Vietnamese time corpus (Duckling/Time/VI/Corpus.hs).

Duckling's corpus is read from a mirror of github.com/facebook/duckling when one is on
this machine ($DUCKLING_REPO, or /work/.mirror/facebook+duckling/repo); nothing of it is
copied into vnus. Every example is read with ``parse_date`` against Duckling's reference
time (2017-02-02 03:55 at UTC-2) with ``prefer="future"``, Duckling's default; an example
agrees when vnus gives the same interval, or a single day (or finer) that contains
Duckling's interval ("tối nay": vnus gives the day with part_of_day "evening", Duckling
18:00-24:00). The strict figure counts only the same interval.

Run: ``python benchmarks/bench_duckling.py`` (prints the figures and the differences).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

from vnus.dates import parse_date

MIRROR = Path(os.environ.get("DUCKLING_REPO", "/work/.mirror/facebook+duckling/repo"))
CORPUS_PATH = "Duckling/Time/VI/Corpus.hs"
REFERENCE = dt.datetime(2017, 2, 2, 3, 55)
ZONE = dt.timezone(dt.timedelta(hours=-2))  # Duckling's reference time zone
_TUPLE_RE = re.compile(r"\((\d+), (\d+), (\d+), (\d+), (\d+), (\d+)\)")
_BLOCK_RE = re.compile(r"examples \((datetime|datetimeInterval) ([^\[]*?) (\w+)\)\s*\[([^\]]*)\]")
_TEXT_RE = re.compile(r'"([^"]*)"')
_UNITS = {
    "Second": dt.timedelta(seconds=1),
    "Minute": dt.timedelta(minutes=1),
    "Hour": dt.timedelta(hours=1),
    "Day": dt.timedelta(days=1),
    "Week": dt.timedelta(weeks=1),
}

Interval = tuple[dt.datetime, dt.datetime]


def corpus_text() -> str | None:
    """The text of Duckling's Vietnamese time corpus from the mirror, or None."""
    if (MIRROR / CORPUS_PATH).is_file():
        return (MIRROR / CORPUS_PATH).read_text(encoding="utf-8")
    try:
        return subprocess.run(
            ["git", "-C", str(MIRROR), "show", f"HEAD:{CORPUS_PATH}"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None


def _step(start: dt.datetime, grain: str) -> dt.datetime:
    if grain in _UNITS:
        return start + _UNITS[grain]
    months = {"Month": 1, "Quarter": 3, "Year": 12}[grain]
    index = start.year * 12 + start.month - 1 + months
    return start.replace(year=index // 12, month=index % 12 + 1)


def examples(text: str) -> list[tuple[str, Interval, str]]:
    """(example text, Duckling's interval, grain) for every example of the corpus."""
    found = []
    for match in _BLOCK_RE.finditer(text):
        kind, grain = match.group(1), match.group(3)
        moments = [dt.datetime(*map(int, t)) for t in _TUPLE_RE.findall(match.group(2))]
        start = moments[0]
        end = _step(start, grain) if kind == "datetime" else moments[1]
        for example in _TEXT_RE.findall(match.group(4)):
            found.append((example, (start, end), grain))
    return found


def _moment(value: dt.date, end: bool, grain: str) -> dt.datetime:
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(ZONE).replace(tzinfo=None)
        if not end:
            return value
        return value + (dt.timedelta(hours=1) if grain == "hour" else dt.timedelta(minutes=1))
    moment = dt.datetime(value.year, value.month, value.day)
    return moment + dt.timedelta(days=1) if end else moment


def ours(text: str) -> Interval | None:
    value = parse_date(text, reference=REFERENCE, prefer="future")
    if value is None:
        return None
    return _moment(value.start, False, value.grain), _moment(value.end, True, value.grain)


def agreement(text: str) -> tuple[int, int, int, list[str]]:
    """(agreeing, strictly agreeing, total, the differences) over the corpus ``text``."""
    agree = strict = 0
    differences = []
    cases = examples(text)
    for example, expected, grain in cases:
        got = ours(example)
        if got == expected:
            agree += 1
            strict += 1
            continue
        if (
            got is not None
            and got[0] <= expected[0]
            and expected[1] <= got[1]
            and got[1] - got[0] <= dt.timedelta(days=1)
        ):
            agree += 1
            continue
        shown = "nothing" if got is None else f"{got[0]:%Y-%m-%d %H:%M}..{got[1]:%Y-%m-%d %H:%M}"
        differences.append(
            f"{example!r}: Duckling {expected[0]:%Y-%m-%d %H:%M}..{expected[1]:%Y-%m-%d %H:%M}"
            f" ({grain}), vnus {shown}"
        )
    return agree, strict, len(cases), differences


def main() -> int:
    text = corpus_text()
    if text is None:
        print(f"duckling agreement: no Duckling mirror at {MIRROR} (set DUCKLING_REPO)")
        return 0
    agree, strict, total, differences = agreement(text)
    print(f"duckling agreement: {agree}/{total} = {agree / total:.1%}")
    print(f"duckling strict agreement (same interval): {strict}/{total} = {strict / total:.1%}")
    if "-v" in sys.argv:
        for line in differences:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

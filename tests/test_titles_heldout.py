"""The held-out title figures (issue 12), measured on files of fresh cases.

- tests/cases/titles-heldout.toml (set 1): written by the titles engineer before the
  title rules.
- tests/cases/titles-heldout-2.toml (set 2) and tests/cases/titles-heldout-3.toml (set 3):
  each written blind on 2026-12-02 by a helper who read none of the rules, data or tests
  (set 3 after the rules of set 2's session). The even-numbered cases of each table are
  the *dev* half, which the rules may be tuned on; the odd-numbered ones, the *test*
  half, are never looked at case by case: only their figures are read. A set-3 case may
  list ``also``: English its writer counts as equally right (sources differ).
- tests/cases/titles-heldout-4.toml (set 4): written blind at the end of that session,
  after its rules, and held out whole: no case of it was tuned on.
- tests/cases/titles-dev-5.toml (dev 5): written blind at the start of the next session
  as tuning material only, wholly a dev set; its figures claim nothing about blind text.
- tests/cases/titles-heldout-6.toml (set 6): written blind on 2026-12-03, at the start of
  the session after dev 5's, by a helper who read none of the rules, data or tests (only
  set 4's header, for the format); held out whole and measured once, at the end of that
  session, after its rules: 77.2%, 77.2%, 79.3%, 6 false titles of 48. No case of it was
  looked at. From the next session (2026-12-03) it is tuning material, as dev 5 is: its
  misses were read and rules written for them, so its figures claim nothing blind.
- tests/cases/titles-heldout-7.toml (set 7): written blind on 2026-12-03, at the start of
  that session, by a helper who read none of the rules, data or tests (only set 4's header,
  for the format); held out whole and measured once, at the end of that session, after
  its rules: 83.4%, 80.0%, 79.9%, 8 false titles of 58. No case of it was looked at then;
  from the next session (2026-12-03, the second of that day) it is tuning material.
- tests/cases/titles-heldout-8.toml (set 8): written blind on 2026-12-03, at the start of
  the session after set 7's, by a helper who read none of the rules, data or tests (only set
  4's header, for the format); held out whole and measured once, at the end of that session,
  after its rules: 80.6%, 80.9%, 84.4%, 1 false title of 75. No case of it was looked at
  then; from the next session (2026-12-03, the third of that day) it is tuning material.
- tests/cases/titles-heldout-9.toml (set 9): written blind at the start of that session by a
  helper who read none of the rules, data or tests (only set 4's format lines and set 8's
  header, for the conventions); held out whole, its figures not read until the end of that
  session, after its last rule: 86.0%, 84.7%, 88.1%, 8 false titles of 76. No case of it
  was looked at. From the next session (2026-12-04) it is tuning material.
- tests/cases/titles-heldout-10.toml (set 10): written blind on 2026-12-04, at the start of
  that session, by a helper who read none of the rules, data or tests (only set 4's format
  lines and set 8's header); held out whole, measured once, at the end of that session,
  after its last rule: 85.8%, 87.7%, 87.7%, 3 false titles of 90. No case of it was
  looked at (a search over the case files once printed seven of its English lines, of
  the permanent-mission family; no rule was written for that family afterwards).
  From the next session (2026-12-04, the second of that day) it is tuning material.
- tests/cases/titles-heldout-11.toml (set 11): written blind at the end of that session
  (2026-12-04), after its rules, by a helper who read only set 4's format lines, set 8's
  header and shared/reference. Held out whole through the next session, no case of it
  looked at, and measured once at that session's end, after its last rule: 94.2%, 93.9%,
  93.6%, 7 false titles of 86.
- tests/cases/titles-heldout-12.toml (set 12): written blind at the start of the session
  that measures set 11 (2026-12-04), by a helper who read only set 4's format lines, set
  8's header and shared/reference, and never ran vnus; copied in unread, only its size
  and form checked here. Held out whole for the session after, to be measured once at
  its end.

Run with ``-s`` to see the figures; ``python tests/test_titles_heldout.py dev`` (or ``dev3``) lists
the misses of a dev half (never of a test half). Each figure is guarded against
falling below what was measured when it landed. Set 1 has a hard rule of no false title;
sets 2 and 3 a ceiling at what was measured.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

import vnus
from vnus.errors import TermNotFound

CASES = Path(__file__).resolve().parent / "cases"


def _load(name: str) -> dict[str, list[dict[str, str]]]:
    data: dict[str, list[dict[str, str]]] = tomllib.loads(
        (CASES / name).read_text(encoding="utf-8")
    )
    return data


SET1 = _load("titles-heldout.toml")
SET2 = _load("titles-heldout-2.toml")
SET3 = _load("titles-heldout-3.toml")
SET4 = _load("titles-heldout-4.toml")
DEV5 = _load("titles-dev-5.toml")
SET6 = _load("titles-heldout-6.toml")
SET7 = _load("titles-heldout-7.toml")
SET8 = _load("titles-heldout-8.toml")
SET9 = _load("titles-heldout-9.toml")
SET10 = _load("titles-heldout-10.toml")
# written blind for the next session's closing figure; neither read nor measured here
SET11 = _load("titles-heldout-11.toml")
# written blind at the start of the session that measures set 11, for the session after it
SET12 = _load("titles-heldout-12.toml")


def _half(data: dict[str, list[dict[str, str]]], parity: int) -> dict[str, list[dict[str, str]]]:
    return {k: [c for i, c in enumerate(v) if i % 2 == parity] for k, v in data.items()}


SETS = {
    "set1": SET1,
    "set2-dev": _half(SET2, 0),
    "set2-test": _half(SET2, 1),
    "set3-dev": _half(SET3, 0),
    "set3-test": _half(SET3, 1),
    "set4": SET4,
    "dev5": DEV5,
    "set6": SET6,
    "set7": SET7,
    "set8": SET8,
    "set9": SET9,
    "set10": SET10,
    "set11": SET11,
}
# What the rules reached when each figure landed (the goal is 0.90 for each); a figure
# may rise, never fall. False titles: at most this many.
FLOOR = {
    # Sets 1 and 2 were lowered on 2026-12-04, on purpose, when vnus took the English
    # conventions the later writers were given (set 8's header) where sources differ:
    # "Procurator General" (the 2013 Constitution's English) for "Prosecutor General",
    # "Chargé d'affaires", "Minister and Chairman" for the Circular table's "Minister,
    # Chairman", "Members' Council", the "Economic and Financial Committee" and the
    # "Policy and Strategy Commission". Their writers wrote the other forms, which vnus
    # still reads back; sets 4 and 6 to 10 rose with the change. Set 1 once more, the
    # same day, for "Deputy to the National Assembly" (that header's form; its writer
    # wrote "National Assembly Deputy"), and for an American agency named with its
    # country ("Chair of the U.S. Federal Reserve"; this writer and set 2's left it out),
    # and for Japan's "Minister for Foreign Affairs" (Japan's own English, which that
    # header names; this writer wrote "Minister of Foreign Affairs of Japan").
    "set1": {"forward": 0.89, "reverse": 0.90, "holders": 0.96, "false": 0},
    # Set 2 was lowered once, on purpose: its writer renders "Thượng viện Mỹ" without
    # "U.S." ("Chairman of the Senate Committee on Finance"), the writers of sets 3 and dev
    # 5 with it, and vnus keeps a country the Vietnamese names; the Party commissions in
    # VNA's English ("the Party Central Committee's ...") then raised it past that.
    # Lowered once more (2026-12-03, 87.0% -> 85.9% forward, 89.1% -> 88.0% back): an
    # Assembly committee named with Quốc hội is now the National Assembly's ("Chairman of
    # the National Assembly's Committee for External Relations"), as VNA and the writers of
    # dev 5 and sets 6 to 8 write it; this writer wrote "... Committee of the National
    # Assembly", which vnus still reads back.
    "set2-dev": {"forward": 0.85, "reverse": 0.88, "holders": 0.86, "false": 0},
    # ... and its holders' figure once more (2026-12-03, 86.7% -> 84.4%): "Chủ tịch Hạ viện
    # Mỹ" is now the Speaker of the U.S. House of Representatives, as the writers of sets 3
    # to 6 write it (the dev half's case and set 1's list that form under `also`)
    "set2-test": {"forward": 0.81, "reverse": 0.84, "holders": 0.84, "false": 1},
    "set3-dev": {"forward": 0.93, "reverse": 0.94, "holders": 0.93, "false": 0},
    # measured before any rule was tuned on set 3: 0.693, 0.679, 0.810, 2 of 18
    "set3-test": {"forward": 0.93, "reverse": 0.93, "holders": 0.95, "false": 0},
    # measured once at the end of the session that wrote it (0.729, 0.704, 0.715); its
    # figures have been read after each session since
    "set4": {"forward": 0.90, "reverse": 0.89, "holders": 0.87, "false": 0},
    # tuning material; measured before any rule was tuned on it: 0.742, 0.793, 0.729, 14 of 44
    "dev5": {"forward": 0.96, "reverse": 0.96, "holders": 0.94, "false": 1},
    # measured blind once (0.772, 0.772, 0.793, 6 of 48), then tuned on
    "set6": {"forward": 0.90, "reverse": 0.89, "holders": 0.90, "false": 0},
    # measured blind once (0.834, 0.800, 0.799, 8 of 58), then tuned on
    "set7": {"forward": 0.91, "reverse": 0.88, "holders": 0.90, "false": 0},
    # measured once, at the end of the session that wrote it (0.804 / 0.809 / 0.844, 1 of
    # 75); tuned on from the next session
    "set8": {"forward": 0.93, "reverse": 0.93, "holders": 0.95, "false": 0},
    # measured once, at the end of the session that wrote it, after its last rule (0.860,
    # 0.847, 0.881, 8 of 76); tuned on from the next session
    "set9": {"forward": 0.93, "reverse": 0.92, "holders": 0.94, "false": 0},
    # measured once, at the end of the session that wrote it, after its last rule (0.858,
    # 0.877, 0.877, 3 of 90); tuned on from the next session
    "set10": {"forward": 0.95, "reverse": 0.95, "holders": 0.94, "false": 0},
    # written blind at the end of the session before and measured once, at the end of the
    # session after it (2026-12-04), after its last rule: 0.942, 0.939, 0.936, 7 of 86
    "set11": {"forward": 0.94, "reverse": 0.93, "holders": 0.93, "false": 7},
}


def _accepted(case: dict[str, Any]) -> set[str]:
    """The case's English and the forms its writer listed as equally right (``also``)."""
    return {case["en"], *case.get("also", ())}


def _forward(case: dict[str, Any]) -> bool:
    try:
        return vnus.translate_title(case["vi"]) in _accepted(case)
    except TermNotFound:
        return False


def _reverse(case: dict[str, Any]) -> bool:
    try:
        vietnamese = vnus.translate_title(case["en"], target="vi")
        return vnus.translate_title(vietnamese) in _accepted(case)
    except TermNotFound:
        return False


def _holder(case: dict[str, str]) -> bool:
    """The mention of the case's title with its English and holder. A name written
    first ("ông X, Đại diện Thương mại Hoa Kỳ") is part of the mention's text."""
    for mention in vnus.find_titles(case["text"]):
        if case.get("order") == "name-first":
            fits = mention.text.endswith(case["title"]) and case["person"] in mention.text
        else:
            fits = mention.text == case["title"]
        if fits and mention.en in _accepted(case) and mention.person == case["person"]:
            return True
    return False


def _false_titles(case: dict[str, str]) -> list[Any]:
    text = case["text"]
    start = text.index(case["inside"])
    end = start + len(case["inside"])
    return [m for m in vnus.find_titles(text) if m.span[0] < end and start < m.span[1]]


def figures(data: dict[str, list[dict[str, str]]]) -> dict[str, Any]:
    """The held-out figures and the cases that missed."""
    phrases, sentences = data["phrase"], data["sentence"]
    forward = [c for c in phrases if not _forward(c)]
    reverse = [c for c in phrases if not _reverse(c)]
    holders = [c for c in sentences if not _holder(c)]
    false = [(c["inside"], m.text) for c in data["negative"] for m in _false_titles(c)]
    return {
        "forward": 1 - len(forward) / len(phrases),
        "reverse": 1 - len(reverse) / len(phrases),
        "holders": 1 - len(holders) / len(sentences),
        "false": false,
        "missed": {
            "forward": [c["vi"] for c in forward],
            "reverse": [c["en"] for c in reverse],
            "holders": [c["title"] for c in holders],
        },
        "counts": {k: len(data[k]) for k in ("phrase", "sentence", "negative")},
    }


@pytest.mark.parametrize(
    ("data", "least"),
    [
        (SET1, (100, 50, 15)),
        (SET2, (120, 60, 25)),
        (SET3, (150, 70, 30)),
        (SET4, (150, 70, 30)),
        (SET6, (140, 75, 40)),
        (SET7, (200, 150, 50)),
        (SET8, (300, 220, 60)),
        (SET9, (300, 220, 60)),
        (SET10, (400, 360, 80)),
        (SET11, (400, 360, 80)),
        (SET12, (430, 370, 85)),
    ],
)
def test_heldout_files_are_big_enough_and_well_formed(
    data: dict[str, list[dict[str, str]]], least: tuple[int, int, int]
) -> None:
    assert all(
        len(data[k]) >= n for k, n in zip(("phrase", "sentence", "negative"), least, strict=True)
    )
    for case in data["sentence"]:
        assert case["title"] in case["text"]
        assert case["person"] in case["text"]
    for case in data["negative"]:
        assert case["inside"] in case["text"]


@pytest.mark.parametrize("name", list(SETS))
def test_heldout_figures(name: str) -> None:
    result = figures(SETS[name])
    print(
        f"\nheld-out titles {name}: forward {result['forward']:.1%}, reverse"
        f" {result['reverse']:.1%} of {result['counts']['phrase']} phrases; holders"
        f" {result['holders']:.1%} of {result['counts']['sentence']} sentences;"
        f" false titles {len(result['false'])} in {result['counts']['negative']}"
    )
    floor = FLOOR[name]
    assert len(result["false"]) <= floor["false"]
    for key in ("forward", "reverse", "holders"):
        assert result[key] >= floor[key], key


if __name__ == "__main__":  # python tests/test_titles_heldout.py [set1|dev|dev3|dev5|set6..10]
    import json

    named = {
        "set1": SET1,
        "dev3": SETS["set3-dev"],
        "dev5": DEV5,
        "set6": SET6,
        "set7": SET7,
        "set8": SET8,
        "set9": SET9,
        "set10": SET10,
    }
    which = named.get(sys.argv[1] if sys.argv[1:] else "", SETS["set2-dev"])
    print(json.dumps(figures(which), ensure_ascii=False, indent=1))

"""Every regular expression in vnus: compiled once, at module level, in a shape that cannot
backtrack badly.

CPython's ``re`` counts no steps, and timing does not belong in tests, so the shapes are
checked on the parsed pattern instead (``benchmarks/bench_linear.py`` does the timing):

- no unbounded repeat inside another whose iterations could start with what the inner
  one eats (``(\\w+\\s?)+``);
- no two unbounded repeats that can eat the same character with only optional pieces
  between them (``\\s*[-,]?\\s*``, ``:\\s*(.*)``), unless the first one is possessive;
- no unanchored pattern that opens with an unbounded repeat and can still fail after it
  (``\\s*X`` searched in a long run of spaces re-scans the run from every start), unless
  the module only ever ``match``-es or ``fullmatch``-es it.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import vnus

# The parser behind re.compile (Python 3.11+), private but stable enough for a test.
sre_constants: Any = importlib.import_module("re._constants")
sre_parse: Any = importlib.import_module("re._parser")

SRC = Path(vnus.__file__).resolve().parent
MODULES = sorted(
    f"vnus.{info.name}" for info in pkgutil.iter_modules([str(SRC)]) if info.name != "__main__"
)

# Probe characters: one or two of each class the patterns in vnus care about.
PROBES = " \t\n\u00a0\u200baAzZyộĐđ19-–—.,;:/'\"()[]|&_%+\u0301"

REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}
POSSESSIVE = getattr(sre_constants, "POSSESSIVE_REPEAT", None)
UNBOUNDED = sre_constants.MAXREPEAT
# Items that match exactly one character.
SINGLE = {
    sre_constants.LITERAL,
    sre_constants.NOT_LITERAL,
    sre_constants.ANY,
    sre_constants.IN,
    sre_constants.CATEGORY,
}

# Patterns whose flagged shape is safe because of how they are used, and why.
SAFE_BY_USE = {
    # findall() runs on folded.rstrip(): the leading "\s*+" is always followed by a token.
    ("vnus._date_reader", "_TOKEN_RE"): "leading repeat",
}


def module_patterns() -> Iterator[tuple[str, str, re.Pattern[Any]]]:
    """(module, attribute, pattern) for every compiled pattern a vnus module holds."""
    for name in MODULES:
        module = importlib.import_module(name)
        for attribute, value in sorted(vars(module).items()):
            values = value if isinstance(value, tuple | list) else (value,)
            for index, item in enumerate(values):
                if isinstance(item, re.Pattern):
                    label = attribute if len(values) == 1 else f"{attribute}[{index}]"
                    yield name, label, item


PATTERNS = list(module_patterns())
IDS = [f"{module}.{attribute}" for module, attribute, _ in PATTERNS]


# --- char sets and shapes of parsed patterns -------------------------------------------------


def _probe_text(pattern: re.Pattern[Any]) -> list[Any]:
    if isinstance(pattern.pattern, bytes):
        return [bytes([c]) for c in PROBES.encode("utf-8") if c < 128]
    return list(PROBES)


def chars(sub: Any, probes: list[Any], flags: int) -> set[Any]:
    """Over-approximate set of the probes anything inside ``sub`` may consume."""
    found: set[Any] = set()
    for op, av in sub:
        if op in SINGLE:
            found |= _match_one([(op, av)], probes, flags)
        elif op in REPEATS or op == POSSESSIVE:
            found |= chars(av[2], probes, flags)
        elif op == sre_constants.SUBPATTERN:
            found |= chars(av[-1], probes, flags)
        elif op == sre_constants.BRANCH:
            for branch in av[1]:
                found |= chars(branch, probes, flags)
        elif op == sre_constants.ATOMIC_GROUP:
            found |= chars(av, probes, flags)
    return found


def _match_one(items: list[tuple[Any, Any]], probes: list[Any], flags: int) -> set[Any]:
    """Which probes one single-character item matches, by testing each probe on it."""
    op, av = items[0]
    result = set()
    for probe in probes:
        char = probe[0] if isinstance(probe, bytes) else ord(probe)
        if _single_matches(op, av, char, probe, flags):
            result.add(probe)
    return result


def _category(category: Any, probe: Any) -> bool:
    text = probe.decode("latin-1") if isinstance(probe, bytes) else probe
    name = str(category).upper()
    positive = {
        "DIGIT": text.isdecimal(),
        "SPACE": text.isspace(),
        "WORD": text.isalnum() or text == "_",
        "LINEBREAK": text == "\n",
    }
    for key, value in positive.items():
        if f"NOT_{key}" in name:
            return not value
        if key in name:
            return value
    raise AssertionError(f"unknown category {category}")


def _single_matches(op: Any, av: Any, char: int, probe: Any, flags: int) -> bool:
    folded = {char, ord(chr(char).lower()), ord(chr(char).upper())}
    if not flags & re.IGNORECASE:
        folded = {char}
    if op == sre_constants.LITERAL:
        return av in folded
    if op == sre_constants.NOT_LITERAL:
        return av not in folded
    if op == sre_constants.ANY:
        return char != ord("\n") or bool(flags & re.DOTALL)
    if op == sre_constants.CATEGORY:
        return _category(av, probe)
    if op == sre_constants.IN:
        negate = False
        hit = False
        for item_op, item_av in av:
            if item_op == sre_constants.NEGATE:
                negate = True
            elif item_op == sre_constants.LITERAL:
                hit |= item_av in folded
            elif item_op == sre_constants.RANGE:
                hit |= any(item_av[0] <= c <= item_av[1] for c in folded)
            elif item_op == sre_constants.CATEGORY:
                hit |= _category(item_av, probe)
            elif item_op in (sre_constants.RANGE_UNI_IGNORE,):
                hit |= any(item_av[0] <= c <= item_av[1] for c in folded)
        return hit != negate
    return False


def first_chars(sub: Any, probes: list[Any], flags: int) -> set[Any]:
    """Probes that can be the first character ``sub`` consumes (over-approximated)."""
    found: set[Any] = set()
    for op, av in sub:
        if op in SINGLE:
            return found | _match_one([(op, av)], probes, flags)
        if op in REPEATS or op == POSSESSIVE:
            found |= first_chars(av[2], probes, flags)
            if av[0] > 0:
                return found
        elif op == sre_constants.SUBPATTERN:
            found |= first_chars(av[-1], probes, flags)
            if not nullable(av[-1]):
                return found
        elif op == sre_constants.BRANCH:
            for branch in av[1]:
                found |= first_chars(branch, probes, flags)
            if not any(nullable(b) for b in av[1]):
                return found
        elif op == sre_constants.ATOMIC_GROUP:
            found |= first_chars(av, probes, flags)
            if not nullable(av):
                return found
        # assertions, anchors and group references consume nothing: look further
    return found


def nullable(sub: Any) -> bool:
    """Whether ``sub`` can match the empty string (over-approximated: lookarounds pass)."""
    for op, av in sub:
        if op in SINGLE:
            return False
        if (op in REPEATS or op == POSSESSIVE) and av[0] > 0 and not nullable(av[2]):
            return False
        if op == sre_constants.SUBPATTERN and not nullable(av[-1]):
            return False
        if op == sre_constants.BRANCH and not any(nullable(b) for b in av[1]):
            return False
        if op == sre_constants.ATOMIC_GROUP and not nullable(av):
            return False
    return True


def problems(pattern: re.Pattern[Any]) -> list[str]:
    """What is wrong with the shape of ``pattern``, in words (empty: nothing)."""
    probes = _probe_text(pattern)
    flags = pattern.flags
    parsed = sre_parse.parse(pattern.pattern, flags)
    found: list[str] = []
    _walk(parsed, probes, flags, found)
    _leading_repeat(parsed, probes, flags, found)
    return found


def _walk(sub: Any, probes: list[Any], flags: int, found: list[str]) -> None:
    items = list(sub)
    for index, (op, av) in enumerate(items):
        if op in REPEATS and av[1] == UNBOUNDED:  # a possessive repeat never gives back
            body = av[2]
            start = first_chars(body, probes, flags)
            for _, inner in _repeats_inside(body):
                if start & chars(inner[2], probes, flags):
                    found.append("an unbounded repeat nested in another, sharing characters")
            for branches in _branches_inside(body):
                firsts = [first_chars(b, probes, flags) for b in branches]
                if any(a & b for i, a in enumerate(firsts) for b in firsts[i + 1 :]):
                    found.append("overlapping alternatives under an unbounded repeat")
            eaten = chars(body, probes, flags)
            for next_op, next_av in items[index + 1 :]:
                if eaten & _opening_repeat_chars(next_op, next_av, probes, flags):
                    found.append("two unbounded repeats eat the same characters in turn")
                    break
                if not nullable([(next_op, next_av)]):
                    break
        for child in _children(op, av):
            _walk(child, probes, flags, found)


def _opening_repeat_chars(op: Any, av: Any, probes: list[Any], flags: int) -> set[Any]:
    """What an unbounded repeat at the very start of this item may eat first (empty: none)."""
    if (op in REPEATS or op == POSSESSIVE) and av[1] == UNBOUNDED:
        return first_chars(av[2], probes, flags)
    if op == sre_constants.SUBPATTERN and list(av[-1]):
        first_op, first_av = next(iter(av[-1]))
        return _opening_repeat_chars(first_op, first_av, probes, flags)
    return set()


def _branches_inside(sub: Any) -> Iterator[list[Any]]:
    for op, av in sub:
        if op == sre_constants.BRANCH:
            yield list(av[1])
        if op == sre_constants.SUBPATTERN:
            yield from _branches_inside(av[-1])


def _children(op: Any, av: Any) -> list[Any]:
    if op in REPEATS or op == POSSESSIVE:
        return [av[2]]
    if op == sre_constants.SUBPATTERN:
        return [av[-1]]
    if op == sre_constants.BRANCH:
        return list(av[1])
    if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return [av[1]]
    if op == sre_constants.ATOMIC_GROUP:
        return [av]
    return []


def _repeats_inside(sub: Any) -> Iterator[tuple[Any, Any]]:
    for op, av in sub:
        if (op in REPEATS or op == POSSESSIVE) and av[1] == UNBOUNDED:
            yield op, av
        for child in _children(op, av):
            yield from _repeats_inside(child)


def _leading_repeat(sub: Any, probes: list[Any], flags: int, found: list[str]) -> None:
    """An unanchored pattern that opens with an unbounded repeat and may fail after it."""
    items = list(sub)
    anchors = {sre_constants.AT_BEGINNING, sre_constants.AT_BEGINNING_STRING}
    if items and items[0][0] == sre_constants.AT and items[0][1] in anchors:
        return
    for index, (op, av) in enumerate(items):
        if (op in REPEATS or op == POSSESSIVE) and av[1] == UNBOUNDED:
            rest = items[index + 1 :]
            if not nullable(rest):
                found.append("leading repeat: each start re-scans the run when the rest fails")
            return
        if not nullable([(op, av)]):
            return


# --- the tests ---------------------------------------------------------------------------------


def test_every_module_is_walked_and_has_its_patterns() -> None:
    walked = {module for module, _, _ in PATTERNS}
    assert {"vnus.text", "vnus._page", "vnus._dating", "vnus._titles", "vnus.glossary"} <= walked
    assert len(PATTERNS) >= 25


def _compile_calls(tree: ast.AST) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "re"
            and node.func.attr
            in {"compile", "search", "match", "fullmatch", "sub", "subn", "split", "findall"}
            | {"finditer"}
        ):
            yield node


def _is_cached(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    return any("cache" in ast.unparse(decorator) for decorator in function.decorator_list)


# Calls of re.<function>(pattern, ...) inside a function, allowed and why.
ALLOWED_IN_FUNCTIONS = {
    # Hypothesis strategies for users' tests, not a hot path; re caches the pattern.
    ("strategies.py", "_variant", "split"),
}


@pytest.mark.parametrize("path", sorted(SRC.glob("*.py")), ids=lambda p: p.name)
def test_patterns_are_compiled_once_at_module_level(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    misplaced = []
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        if _is_cached(function):
            continue  # built once per distinct argument, on purpose
        for call in _compile_calls(function):
            key = (path.name, function.name, call.func.attr)  # type: ignore[attr-defined]
            if key not in ALLOWED_IN_FUNCTIONS:
                misplaced.append(f"{path.name}:{call.lineno} re.{key[2]}() in {function.name}()")
    assert misplaced == []


def test_every_module_level_compile_is_a_found_pattern() -> None:
    """Each top-level ``NAME = re.compile(...)`` in the source is one walked pattern."""
    walked = {(module, attribute.split("[")[0]) for module, attribute, _ in PATTERNS}
    declared = set()
    for path in SRC.glob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and any(True for _ in _compile_calls(node.value)):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        declared.add((f"vnus.{path.stem}", target.id))
    assert declared <= walked


def _only_anchored_uses(module: str, attribute: str) -> bool:
    """Whether every use of ``attribute`` in the module's source is .match or .fullmatch."""
    path = SRC / (module.removeprefix("vnus.") + ".py")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    uses = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == attribute
    ]
    return bool(uses) and all(use.attr in ("match", "fullmatch") for use in uses)


@pytest.mark.parametrize(("module", "attribute", "pattern"), PATTERNS, ids=IDS)
def test_pattern_cannot_backtrack_badly(
    module: str, attribute: str, pattern: re.Pattern[Any]
) -> None:
    found = problems(pattern)
    if any(p.startswith("leading repeat") for p in found) and (
        _only_anchored_uses(module, attribute) or (module, attribute) in SAFE_BY_USE
    ):
        found = [p for p in found if not p.startswith("leading repeat")]
    assert found == [], f"{module}.{attribute} = {pattern.pattern!r}"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"(\w+\s?)+$", "an unbounded repeat nested in another, sharing characters"),
        (r"^(?:a\d|\w\w)*!", "overlapping alternatives under an unbounded repeat"),
        (r"^(?:ab|cd)*e", None),
        (r"(?:ab|cd)*e", "leading repeat: each start re-scans the run when the rest fails"),
        (r"^\d+\s*\d+$", "two unbounded repeats eat the same characters in turn"),
        (
            r"^\d+:\d{2}\s*[-|,]?\s*\d{1,2}$",
            "two unbounded repeats eat the same characters in turn",
        ),
        (r"^Tags\s*:\s*(.*)$", "two unbounded repeats eat the same characters in turn"),
        (r"\s*[0-9]{4}", "leading repeat: each start re-scans the run when the rest fails"),
        (r"\s[-–]\s(?:Ảnh|Nguồn)\s*:\s*([^()|]*)\s*\|?$", "two unbounded"),
        (r"[a-z0-9]+(?:-[a-z0-9]+)*", None),
        (r"^\d+:\d{2}\s*+(?:[-|,]\s*+)?\d{1,2}$", None),
        (r"  +", None),
        (r"[\W_]+", None),
    ],
)
def test_the_shape_check_itself(source: str, expected: str | None) -> None:
    """The checker flags the shapes it is meant to and passes the safe ones."""
    found = problems(re.compile(source))
    if expected is None:
        assert found == []
    else:
        assert any(p.startswith(expected) for p in found), found


ADVERSARIAL = ["a" * 2000, " " * 2000, "1" * 2000, "Bộ " * 700, "1/" * 1000, "-" * 2000]


@pytest.mark.parametrize(("module", "attribute", "pattern"), PATTERNS, ids=IDS)
def test_pattern_runs_on_long_adversarial_strings(
    module: str, attribute: str, pattern: re.Pattern[Any]
) -> None:
    """Each pattern takes each hostile string (bytes patterns its UTF-8) without error."""
    for text in ADVERSARIAL:
        subject: Any = text.encode("utf-8") if isinstance(pattern.pattern, bytes) else text
        pattern.search(subject)
        pattern.match(subject)
        assert sum(1 for _ in pattern.finditer(subject)) >= 0


# --- patterns rewritten to run in linear time keep their meaning --------------------------------

# The page splitter's patterns as they were, kept here as the reference for the rewrites.
OLD_CREDIT = re.compile(
    r"(?:\((?:Ảnh|Nguồn|Photo|Ảnh minh họa|Ảnh minh hoạ)\s*:\s*([^()]*)\)"
    r"|\s[-–—]\s(?:Ảnh|Nguồn|Photo)\s*:\s*([^()|]*))\s*\|?$"
)
OLD_STAMP = re.compile(
    r"^(?:(\d{1,2}):(\d{2})'?\s*[-|,]?\s*(\d{1,2})/(\d{1,2})/(\d{4})"
    r"|(\d{1,2})/(\d{1,2})/(\d{4})\s*[-|,]?\s*(\d{1,2}):(\d{2})'?)$"
)
OLD_KEYWORDS = re.compile(r"^-?\s*(?:Từ khóa|Từ khoá|Tags?)\s*:\s*(.*)$", re.IGNORECASE)
OLD_SENTENCE_END = re.compile(r"[.!?;:]\s|\n")

CREDIT_PIECES = ["(", ")", "|", " ", "  ", "\t", "-", "–", "—", ":", "x", "a.b", "Ảnh"]
CREDIT_PIECES += ["Nguồn", "Photo", "Ảnh minh họa", "(Ảnh:", " - Ảnh:", " – Nguồn: "]


def _old_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for match in OLD_SENTENCE_END.finditer(text, 0, start):
        left = match.end()
    right = OLD_SENTENCE_END.search(text, end)
    return left, right.start() + 1 if right else len(text)


def _texts(pieces: list[str], count: int, seed: int, longest: int = 10) -> list[str]:
    import random

    rng = random.Random(seed)
    return [
        "".join(rng.choice(pieces) for _ in range(rng.randint(0, longest))) for _ in range(count)
    ]


def test_credit_finder_agrees_with_the_old_pattern() -> None:
    from vnus._page import _find_credit

    for line in _texts(CREDIT_PIECES, 20_000, seed=1):
        old = OLD_CREDIT.search(line)
        new = _find_credit(line)
        expected = None if old is None else (old.start(), (old[1] or old[2] or "").strip())
        assert (None if new is None else (new[0], new[1].strip())) == expected, repr(line)


def test_stamp_and_keywords_patterns_agree_with_the_old_ones() -> None:
    from vnus._page import _KEYWORDS_RE, _STAMP_RE

    for text in _texts(["1", "12", "2023", ":", "/", "'", " ", "-", "|", ",", "x"], 20_000, 2):
        old, new = OLD_STAMP.match(text), _STAMP_RE.match(text)
        assert (old and old.groups()) == (new and new.groups()), repr(text)
    for text in _texts(["-", " ", "\t", "Tags", "tag", "Từ khóa", ":", "x", "a, b"], 20_000, 3):
        old, new = OLD_KEYWORDS.match(text), _KEYWORDS_RE.match(text)
        assert (old and (old.span(), old[1])) == (new and (new.span(), new[1])), repr(text)


def test_sentence_bounds_agree_with_a_scan_from_the_start() -> None:
    import random

    from vnus import _dating

    rng = random.Random(4)
    pieces = [".", " ", "\n", ".\n", "; ", "a", ",", "\t", "x y", "!", ": ", "?\u00a0"]
    for text in _texts(pieces, 20_000, seed=5, longest=14):
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert _dating._sentence_bounds(text, start, end) == _old_bounds(text, start, end)
        left = _old_bounds(text, start, end)[0]
        for count in (1, 2, 20):
            expected = text[left:start].split()[-count:]
            assert _dating._last_words(text, left, start, count) == expected


def test_dating_rereads_a_bounded_window_of_a_long_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Operation count, not time: each re-read of a date reads at most 2 x _CONTEXT
    characters around it, however long its sentence (it read the whole sentence); most
    read a few words (tests/test_dating_cost.py bounds the total)."""
    import vnus.dates
    from vnus import _dating
    from vnus.corpus import Article

    lengths: list[int] = []
    find_dates = vnus.dates.find_dates

    def counting(text: str, **options: Any) -> Any:
        lengths.append(len(text))
        return find_dates(text, **options)

    sentence = "ngày 1/2 vừa qua, đã họp ngày 25/6 và " * 120  # 4,560 characters, 240 dates
    article = Article(id="x", title="", paragraphs=(sentence + ".",))
    monkeypatch.setattr(vnus.dates, "find_dates", counting)
    _dating.infer_reference_date(article)
    rereads = [n for n in lengths if n < len(sentence)]
    assert rereads  # the same few words around the same date are read once (a memo)
    assert max(rereads) <= 2 * _dating._CONTEXT + len("ngày 25/6")


def test_a_short_sentence_is_reread_whole() -> None:
    from vnus import _dating

    text = "Hôm qua (25/6), hai bên họp. Ngày 1/7 tới sẽ ký."
    start = text.index("25/6")
    assert _dating._context(text, start, start + 4) == (0, text.index(".") + 1)


@pytest.mark.parametrize(
    "old", [OLD_CREDIT, OLD_STAMP, OLD_KEYWORDS], ids=["credit", "stamp", "kw"]
)
def test_the_shape_check_flags_the_patterns_it_replaced(old: re.Pattern[str]) -> None:
    assert problems(old) != []

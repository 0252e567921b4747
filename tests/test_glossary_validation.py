"""Every rule of the glossary loader, one bad file per rule (tests/cases/bad-*.toml).

Each case file says in its header what the loader must report:

    # expect-entry: x.kind          (empty when the problem is not in one entry)
    # expect-field: kind
    # expect-message: 'kind' must be one of (     (one or more lines; all must appear)

and the loader must report that problem, for that file, entry and field, and nothing
else: a case that trips a second rule would hide a regression in the first.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vnus.errors import GlossaryError
from vnus.glossary import Glossary, check

CASES = sorted((Path(__file__).parent / "cases").glob("bad-*.toml"))


def _expectations(path: Path) -> tuple[str | None, str | None, list[str]]:
    entry = field = None
    messages: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("# expect-"):
            continue
        key, _, value = line.removeprefix("# expect-").partition(":")
        value = value.strip()
        if key == "entry":
            entry = value or None
        elif key == "field":
            field = value or None
        elif key == "message":
            messages.append(value)
        else:
            raise AssertionError(f"{path.name}: unknown header 'expect-{key}'")
    assert messages, f"{path.name} has no '# expect-message:' line"
    return entry, field, messages


def test_there_is_a_case_per_rule() -> None:
    assert len(CASES) >= 20


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_bad_file_is_refused_with_file_entry_and_field(path: Path) -> None:
    entry, field, messages = _expectations(path)
    problems = check(path)
    assert problems, f"{path.name} passed validation"
    for problem in problems:
        assert isinstance(problem, GlossaryError)
        assert problem.path == str(path)
        assert (problem.entry, problem.field) == (entry, field), str(problem)
    first = problems[0]
    text = str(first)
    assert text.startswith(str(path))
    if entry:
        assert f"entry {entry!r}" in text
    if field:
        assert f"field {field!r}" in text
    for message in messages:
        assert message in text
    with pytest.raises(GlossaryError) as info:
        Glossary.from_path(path)
    assert str(info.value) == text


def test_toml_errors_give_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('[[term]]\nid = "x"\nvi = "unterminated\n', encoding="utf-8")
    (problem,) = check(path)
    assert "line 3" in str(problem)
    assert str(path) in str(problem)


def test_non_utf8_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes('vi = "Bộ"'.encode("utf-16"))
    with pytest.raises(GlossaryError, match=r"latin1\.toml: not UTF-8 at byte 0"):
        Glossary.from_path(tmp_path)


def test_wrong_types_in_every_field_are_named(tmp_path: Path) -> None:
    path = tmp_path / "types.toml"
    path.write_text(
        "[[term]]\n"
        'id = 3\nkind = ["concept"]\nvi = "A"\nen = "A"\n'
        'abbr = [1]\nsuccessors = "x"\nvalid_from = 2020-01-01T10:00:00\n'
        'en_by_country = "US"\nnote = false\nsources = ["s"]\n',
        encoding="utf-8",
    )
    fields = [(p.field, p.entry) for p in check(path)]
    assert fields == [
        ("id", "#1 (no id)"),
        ("kind", "#1 (no id)"),
        ("note", "#1 (no id)"),
        ("abbr", "#1 (no id)"),
        ("successors", "#1 (no id)"),
        ("valid_from", "#1 (no id)"),
        ("en_by_country", "#1 (no id)"),
    ]


def test_ambiguous_forms_are_accepted_when_declared(tmp_path: Path) -> None:
    path = tmp_path / "ok.toml"
    path.write_text(
        "".join(
            f'[[term]]\nid = "x.{n}"\nkind = "concept"\nvi = "Việc {n}"\nen = "Thing {n}"\n'
            f'abbr = ["XT"]\nambiguous = ["XT"]\nsources = ["s"]\n'
            for n in (1, 2, 3)
        ),
        encoding="utf-8",
    )
    assert check(path) == []
    assert len(Glossary.from_path(path).lookup_all("xt")) == 3


def test_a_the_alias_can_clash(tmp_path: Path) -> None:
    path = tmp_path / "the.toml"
    path.write_text(
        '[[term]]\nid = "x.a"\nkind = "office"\nvi = "Nhà Trắng"\nen = "The White House"\n'
        'sources = ["s"]\n'
        '[[term]]\nid = "x.b"\nkind = "office"\nvi = "Nhà Trắng khác"\nen = "White House"\n'
        'sources = ["s"]\n',
        encoding="utf-8",
    )
    problems = check(path)
    assert [(p.entry, p.field) for p in problems] == [("x.a", "en"), ("x.b", "en")]
    assert "'white house'" in str(problems[0])

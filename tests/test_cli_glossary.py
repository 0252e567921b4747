"""``vnus lookup``, ``vnus search`` and ``vnus glossary check|export`` on the fixture
glossary: output, exit status (0 found, 1 not found or bad data, 2 bad usage), and
errors on standard error."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from pathlib import Path

import pytest

from vnus.cli import main
from vnus.exports import describe, to_csv, to_html, to_json, to_tbx, to_tbx3, to_tsv, to_xlsx
from vnus.glossary import Glossary, check

MINI_PATH = Path(__file__).parent / "fixtures" / "mini-glossary"
MINI = Glossary.from_path(MINI_PATH)
CASES = Path(__file__).parent / "cases"
G = ["--glossary", str(MINI_PATH)]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def usage_status(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    """Exit status and stderr when argparse itself refuses the arguments."""
    with pytest.raises(SystemExit) as info:
        main(list(argv))
    return int(str(info.value.code)), capsys.readouterr().err


# --- lookup -------------------------------------------------------------------------------------


def test_lookup_prints_the_card(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "lookup", "bo ke hoach va dau tu", *G)
    assert (status, err) == (0, "")
    mpi = MINI.get("vn.mpi")
    assert out == describe(mpi, MINI) + "\n"
    assert MINI.get("vn.mof").en in out  # the successor by name


def test_lookup_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "lookup", "MOIT", "--json", *G)
    assert status == 0
    assert json.loads(out) == MINI.get("vn.moit").to_dict()


def test_lookup_all(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "lookup", "doc", "--all", "--json", *G)
    assert status == 0
    assert [entry["id"] for entry in json.loads(out)] == [t.id for t in MINI.lookup_all("doc")]
    status, out, _ = run(capsys, "lookup", "doc", "--all", *G)
    assert out.count("\n\n") == len(MINI.lookup_all("doc")) - 1


def test_lookup_not_found_exits_1_with_suggestions(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "lookup", "Bo Cong Thong", *G)
    assert (status, out) == (1, "")
    assert err.startswith("vnus lookup: no glossary term matches 'Bo Cong Thong'")
    assert "Bộ Công Thương (vn.moit)" in err
    status, _, err = run(capsys, "lookup", "doc", "--all", "--kind", "title", *G)
    assert status == 1


def test_lookup_on_a_date_after_the_restructuring(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, _ = run(capsys, "lookup", "MPI", "--on", "2025-02-28", *G)
    assert status == 0
    status, _, err = run(capsys, "lookup", "MPI", "--on", "2025-03-01", *G)
    assert status == 1
    assert "vn.mof" in err


def test_lookup_filters(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "lookup", "DOC", "--kind", "agreement", "--json", *G)
    assert (status, json.loads(out)["id"]) == (0, "fw.doc-scs")
    status, out, _ = run(capsys, "lookup", "hoa ky", "--country", "us", "--json", *G)
    assert (status, json.loads(out)["id"]) == (0, "country.us")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["lookup", "MPI", "--on", "2025-13-01"], "expected a date YYYY-MM-DD (got '2025-13-01')"),
        (["lookup", "MPI", "--kind", "minstry"], "invalid choice: 'minstry'"),
        (["search", "MPI", "--limit", "many"], "invalid int value: 'many'"),
        (["glossary", "export", "--format", "docx"], "invalid choice: 'docx'"),
        (["glossary"], "required: ACTION"),
    ],
)
def test_argument_errors_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    status, err = usage_status(capsys, *argv)
    assert status == 2
    assert message in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["lookup", "MPI", "--country", "ZZ", *G], "got 'ZZ'"),
        (["search", "MPI", "--limit", "0", *G], "--limit must be at least 1 (got 0)"),
        (["lookup", "MPI", "--glossary", "/no/such/folder"], "/no/such/folder: no such glossary"),
        (["lookup", "MPI", "--glossary", str(CASES / "bad-unknown-kind.toml")], "'minstry'"),
        (["glossary", "export", *G], "say --format csv|tsv|tbx|tbx3|xlsx|json|html"),
        (["glossary", "check", "/no/such/folder"], "/no/such/folder: no such glossary"),
    ],
)
def test_usage_errors_exit_2_on_stderr(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    status, out, err = run(capsys, *argv)
    assert (status, out) == (2, "")
    assert err.startswith(f"vnus {argv[0]}: ")
    assert message in err


# --- search -------------------------------------------------------------------------------------


def test_search_lists_ranked_matches(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "search", "Bộ", "--limit", "3", *G)
    assert status == 0
    expected = MINI.search("Bộ", 3)
    lines = out.splitlines()
    assert len(lines) == len(expected) == 3
    for line, match in zip(lines, expected, strict=True):
        assert line.startswith(f"{match.score:.2f}  {match.term.id}")
        assert f"{match.term.vi} / {match.term.en}" in line


def test_search_shows_the_form_that_matched(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "search", "moit", *G)
    assert status == 0
    assert "(matched 'MOIT')" in out.splitlines()[0]


def test_search_json_and_filters(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["search", "Bộ", "--kind", "ministry", "--on", "2025-06-01", "--json", *G]
    status, out, _ = run(capsys, *argv)
    assert status == 0
    data = json.loads(out)
    assert [d["term"]["id"] for d in data] == [
        m.term.id for m in MINI.search("Bộ", kind="ministry", on=datetime.date(2025, 6, 1))
    ]
    assert all(0 < d["score"] <= 1 for d in data)


def test_search_nothing_close_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "search", "qwxz zzkv", *G)
    assert (status, out) == (1, "")
    assert "nothing in the glossary is close to 'qwxz zzkv'" in err


# --- glossary check -----------------------------------------------------------------------------


def test_check_sound_glossary_prints_a_summary(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "glossary", "check", str(MINI_PATH))
    assert (status, err) == (0, "")
    assert out.startswith(f"{MINI_PATH}: OK, {len(MINI)} terms in ")
    assert "ministry " in out


def test_check_reports_every_problem(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for name in ("bad-unknown-kind.toml", "bad-no-sources.toml", "bad-toml-syntax.toml"):
        (tmp_path / name).write_bytes((CASES / name).read_bytes())
    problems = check(tmp_path)
    status, out, err = run(capsys, "glossary", "check", str(tmp_path))
    assert (status, out) == (1, "")
    assert err.splitlines() == [str(p) for p in problems] + [
        f"{len(problems)} problem(s) in {tmp_path}"
    ]
    assert len(problems) == 3
    status, out, _ = run(capsys, "glossary", "check", str(tmp_path), "--json")
    data = json.loads(out)
    assert (status, data["ok"]) == (1, False)
    assert [(p["entry"], p["field"]) for p in data["problems"]] == [
        (p.entry, p.field) for p in problems
    ]


# --- glossary export ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "name", "expected"),
    [
        (["--format", "csv"], "out.csv", to_csv(MINI, glossary=MINI)),
        ([], "terms.xlsx", to_xlsx(MINI, glossary=MINI)),
        (["--format", "tbx3"], "terms.xml", to_tbx3(MINI, glossary=MINI)),
        ([], "page.html", to_html(MINI, glossary=MINI)),
        ([], "glossary.utf8", to_tsv(MINI, glossary=MINI)),
        (["--lang-pair", "en-vi"], "glossary.txt", to_tsv(MINI, lang_pair="en-vi")),
        ([], "terms.tbx", to_tbx(MINI, glossary=MINI)),
        (["--format", "json"], "terms.data", to_json(MINI)),
    ],
)
def test_export_writes_the_file(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    argv: list[str],
    name: str,
    expected: str | bytes,
) -> None:
    target = tmp_path / name
    status, out, err = run(capsys, "glossary", "export", *argv, "-o", str(target), *G)
    assert (status, out) == (0, "")
    wanted = expected if isinstance(expected, bytes) else expected.encode("utf-8")
    assert target.read_bytes() == wanted
    assert f"wrote {len(MINI)} terms to {target}" in err


def test_export_to_stdout_with_filters(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["glossary", "export", "--format", "json", "--country", "US", *G]
    status, out, _ = run(capsys, *argv)
    assert status == 0
    assert [e["id"] for e in json.loads(out)] == [t.id for t in MINI if t.country == "US"]


def test_export_to_an_unwritable_place_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "missing-folder" / "out.csv"
    status, _, err = run(capsys, "glossary", "export", "-o", str(target), *G)
    assert status == 2
    assert f"cannot write {target}" in err


def test_the_installed_command_reports_exit_status() -> None:
    base = [sys.executable, "-m", "vnus"]
    found = subprocess.run([*base, "lookup", "MOIT", *G], capture_output=True, text=True)
    missing = subprocess.run([*base, "lookup", "zzzz", *G], capture_output=True, text=True)
    bad = subprocess.run([*base, "lookup", "x", "--on", "soon"], capture_output=True, text=True)
    assert (found.returncode, missing.returncode, bad.returncode) == (0, 1, 2)
    assert "Bộ Công Thương" in found.stdout
    assert missing.stdout == ""
    assert "zzzz" in missing.stderr

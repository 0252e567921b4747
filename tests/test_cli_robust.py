"""The command line never shows a traceback, and --json always prints JSON.

Issue 9: an ASCII terminal, lone surrogates from JSONL, a full or closed output, an
uncapped ``--jobs``, raw Python warnings with their source lines, ``--json`` commands
that printed nothing on "not found", ``glossary check`` calling a non-glossary OK, a
``.jsonl`` that is not JSON annotated as text, ``--encoding`` missing from commands that
read files, and ``vnus.strategies`` failing without a hint when Hypothesis is missing.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from vnus import cli
from vnus.cli import main

ROOT = Path(__file__).parents[1]


def run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def vnus(
    *argv: str, env: dict[str, str] | None = None, stdout: int | None = None
) -> subprocess.CompletedProcess[bytes]:
    """``vnus ARGV`` in a fresh process, as a shell runs it."""
    return subprocess.run(
        [sys.executable, "-m", "vnus", *argv],
        stdout=subprocess.PIPE if stdout is None else stdout,
        stderr=subprocess.PIPE,
        env={**os.environ, **(env or {})},
        check=False,
    )


def _no_traceback(result: subprocess.CompletedProcess[bytes]) -> str:
    err = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, err
    return err


# --- output the terminal cannot take ---------------------------------------------------------


def test_an_ascii_terminal_gets_replacement_characters() -> None:
    result = vnus("lookup", "MOIT", env={"PYTHONIOENCODING": "ascii"})
    _no_traceback(result)
    assert result.returncode == 0
    assert b"B? C?ng Th??ng" in result.stdout


def _surrogate_corpus(tmp_path: Path) -> Path:
    path = tmp_path / "c.jsonl"
    record = {"id": "s\ud800", "title": "Bộ Công Thương \udcff", "text": "Bộ Công Thương họp."}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")  # escaped: valid JSON
    return path


@pytest.mark.parametrize("json_flag", [[], ["--json"]])
@pytest.mark.parametrize("command", ["corpus", "annotate"])
def test_lone_surrogates_from_jsonl_are_replaced(
    tmp_path: Path, command: str, json_flag: list[str]
) -> None:
    result = vnus(command, str(_surrogate_corpus(tmp_path)), *json_flag)
    _no_traceback(result)
    assert result.returncode == 0
    if json_flag:
        for line in result.stdout.decode("utf-8").splitlines():
            json.loads(line)


def test_a_full_disk_is_one_line_on_stderr() -> None:
    with open("/dev/full", "wb") as full:
        result = vnus("corpus", stdout=full.fileno())
    err = _no_traceback(result)
    assert result.returncode == 2
    assert err.strip().splitlines() == [
        "vnus corpus: cannot write the output: No space left on device"
    ]


def test_a_closed_pipe_ends_quietly() -> None:
    reader, writer = os.pipe()
    os.close(reader)
    try:
        result = vnus("glossary", "export", "--format", "tsv", stdout=writer)
    finally:
        os.close(writer)
    assert _no_traceback(result) == ""
    assert result.returncode == 0


def test_a_closed_standard_output_is_one_line_on_stderr() -> None:
    command = f'"{sys.executable}" -m vnus lookup MOIT >&-'
    result = subprocess.run(["/bin/sh", "-c", command], capture_output=True)
    err = _no_traceback(result)
    assert result.returncode == 0
    assert err.strip().splitlines() == ["vnus: standard output is closed: the output is discarded"]


# --- --jobs, warnings ---------------------------------------------------------------------------


def test_jobs_are_capped_at_the_cpu_count(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import vnus._annotate

    asked: list[int] = []
    annotate_all = vnus._annotate.annotate_all

    def recording(inputs: object, **options: object) -> object:
        asked.append(options["jobs"])  # type: ignore[arg-type]
        return annotate_all(inputs, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(vnus._annotate, "annotate_all", recording)
    monkeypatch.setattr(cli, "_cpu_count", lambda: 2)
    status, out, _ = run(monkeypatch, capsys, "annotate", "--jobs", "1000", stdin="Bộ Công Thương")
    assert (status, asked) == (0, [2])
    assert "vn.moit" in out


def test_warnings_are_one_plain_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text("Tiêu đề\n\nBộ Công Thương họp.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    status, _, err = run(monkeypatch, capsys, "corpus", str(tmp_path))
    assert status == 0
    lines = err.splitlines()
    assert len(lines) == 2, err
    assert lines[0].startswith("vnus corpus: warning: ")
    assert "skipped 1 file(s)" in lines[0]
    assert lines[1] == f"vnus corpus: warning: {tmp_path / 'empty.txt'}: no article body found"
    assert "UserWarning" not in err
    assert "warnings.warn" not in err


# --- --json on every exit path ------------------------------------------------------------------


JSON_CASES = [
    (["lookup", "nosuchthingzzz", "--json"], 1),
    (["lookup", "nosuchthingzzz", "--all", "--json"], 1),
    (["lookup", "MOIT", "--on", "2020-13-01", "--json"], 2),
    (["lookup", "MOIT", "--country", "XX", "--json"], 2),
    (["search", "qqqqqqqqqqqqqq", "--json"], 1),
    (["search", "bo", "--limit", "0", "--json"], 2),
    (["corpus", "/no/such/corpus", "--json"], 2),
    (["glossary", "check", "/no/such/glossary", "--json"], 2),
    (["normalize", "/no/such/file", "--json"], 2),
    (["dates", "/no/such/file", "--json"], 2),
    (["dates", "-", "--reference", "yesterday", "--json"], 2),
    (["annotate", "/no/such/file", "--json"], 2),
    (["annotate", "--jobs", "0", "--json"], 2),
    (["amounts", "/no/such/file", "--json"], 2),
    (["lookup", "--json"], 2),  # the query is missing: argparse refuses
]


@pytest.mark.parametrize(("argv", "status"), JSON_CASES, ids=[" ".join(a) for a, _ in JSON_CASES])
def test_json_commands_print_json_on_every_exit_path(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    status: int,
) -> None:
    try:
        got, out, err = run(monkeypatch, capsys, *argv)
    except SystemExit as exit:  # argparse's own refusal
        got, out, err = exit.code, *capsys.readouterr()  # type: ignore[assignment]
    assert got == status
    value = json.loads(out)  # one JSON document
    assert value == [] or "error" in value
    assert err  # and the reason on stderr, as without --json


# --- glossary check, annotate, --encoding ---------------------------------------------------


def test_glossary_check_refuses_a_file_that_is_not_toml(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("", encoding="utf-8")  # valid TOML, as it happens
    status, out, err = run(monkeypatch, capsys, "glossary", "check", str(path))
    assert (status, out) == (2, "")
    assert "not a glossary" in err


def test_glossary_check_of_a_toml_file_without_entries_is_not_ok(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "empty.toml"
    path.write_text("# nothing here\n", encoding="utf-8")
    status, out, err = run(monkeypatch, capsys, "glossary", "check", str(path))
    assert status == 1
    assert "OK" not in out
    assert "no [[term]] entries" in err
    status, out, _ = run(monkeypatch, capsys, "glossary", "check", str(path), "--json")
    assert status == 1
    assert json.loads(out)["ok"] is False


def test_a_jsonl_file_that_is_not_json_is_an_error_with_file_and_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "bad.JSONL"
    path.write_text("Bộ Công Thương họp.\n", encoding="utf-8")
    status, out, err = run(monkeypatch, capsys, "annotate", str(path))
    assert (status, out) == (2, "")
    assert f"{path}, line 1: not JSON" in err


def _cp1258(text: str) -> bytes:
    import unicodedata

    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for char in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", char)
        tone = "".join(c for c in parts if c in tones)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones)) + tone)
    return "".join(out).encode("cp1258")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["normalize"], "Bộ Công Thương họp ngày 25/6/2024"),
        (["dates"], "2024-06-25"),
        (["annotate"], "vn.moit"),
        (["amounts"], None),
    ],
)
def test_every_command_that_reads_files_takes_encoding(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    argv: list[str],
    expected: str | None,
) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes(_cp1258("Bộ Công Thương họp ngày 25/6/2024."))
    status, _, err = run(monkeypatch, capsys, *argv, str(path))
    assert status == 2
    assert "--encoding" in err  # the hint names the flag, not a Python argument
    assert "encoding=" not in err
    status, out, _ = run(monkeypatch, capsys, *argv, str(path), "--encoding", "cp1258")
    assert status == 0
    if expected is not None:
        assert expected in out


def test_an_unknown_encoding_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(monkeypatch, capsys, "normalize", "--encoding", "klingon", stdin="x")
    assert status == 2
    assert "unknown encoding 'klingon'" in err


# --- vnus[strategies] -------------------------------------------------------------------------


def test_strategies_without_hypothesis_names_the_extra() -> None:
    code = "import sys; sys.modules['hypothesis'] = None; import vnus.strategies"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last == (
        "ModuleNotFoundError: vnus.strategies needs Hypothesis: pip install 'vnus[strategies]'"
    )


def test_the_strategies_extra_is_hypothesis_only() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    (requirement,) = project["optional-dependencies"]["strategies"]
    assert requirement.startswith("hypothesis")

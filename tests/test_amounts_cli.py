"""``vnus amounts``: standard input, files, --to, --json and bad input."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from vnus.cli import main

TEXT = "Kim ngạch đạt 88,4 tỷ USD, tăng 27,8%; tỷ giá 25.450 đồng/USD, ngày 2/9."


def run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_lists_each_amount_with_its_english(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(monkeypatch, capsys, "amounts", stdin=TEXT)
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "14-25\t88,4 tỷ USD\tUS$88.4 billion",
        "32-37\t27,8%\t27.8%",
        "46-61\t25.450 đồng/USD\tVND25,450/USD",
    ]


def test_json_and_to_vi(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "en.txt"
    path.write_text("Exports rose 27.8 percent to US$88.4 billion.", encoding="utf-8")
    status, out, _ = run(monkeypatch, capsys, "amounts", str(path), "--to", "vi", "--json")
    assert status == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["text"], r["value"], r["unit"], r["vi"]) for r in records] == [
        ("27.8 percent", "27.8", "%", "27,8%"),
        ("US$88.4 billion", "88400000000", "USD", "88,4 tỷ USD"),
    ]


def test_no_amount_prints_nothing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(monkeypatch, capsys, "amounts", "-", stdin="Nghị định 15/2018/NĐ-CP") == (0, "", "")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["amounts", "/no/such/file"], "cannot read /no/such/file"),
        (["amounts", "--to", "fr"], "invalid choice: 'fr'"),
    ],
)
def test_bad_usage_is_one_line_on_stderr(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    message: str,
) -> None:
    try:
        status, _, err = run(monkeypatch, capsys, *argv)
    except SystemExit as exit_:
        status, err = int(str(exit_.code)), capsys.readouterr().err
    assert status == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_annotate_marks_amounts(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(monkeypatch, capsys, "annotate", stdin="Exports rose 27.8 percent.")
    assert (status, out) == (0, "Exports rose <27.8 percent | 27,8%>.\n")
    status, out, _ = run(monkeypatch, capsys, "annotate", "--json", stdin=TEXT)
    records = [json.loads(line) for line in out.splitlines()]
    amounts = [(r["text"], r["written"]) for r in records if r["type"] == "amount"]
    assert amounts == [
        ("88,4 tỷ USD", "US$88.4 billion"),
        ("27,8%", "27.8%"),
        ("25.450 đồng/USD", "VND25,450/USD"),
    ]

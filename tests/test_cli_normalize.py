"""``vnus normalize``: standard input, files, --fold, --tone-style, --json and bad input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from vnus.cli import main

SENTENCE = "Thượng nghị sỹ Hoa Kỳ thuộc Đảng Cộng hoà\u00a0 – “đối tác”"


def run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_standard_input_is_normalized(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(monkeypatch, capsys, "normalize", stdin=SENTENCE)
    assert (status, err) == (0, "")
    assert out == 'Thượng nghị sỹ Hoa Kỳ thuộc Đảng Cộng hòa - "đối tác"\n'


def test_dash_means_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(monkeypatch, capsys, "normalize", "-", stdin="hoà\n\nthuỷ\n")
    assert (status, out) == (0, "hòa\n\nthủy\n")


def test_file_argument_and_new_tone_style(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "article.txt"
    path.write_text("Luật Thủy sản\nĐảng Cộng hòa\n", encoding="utf-8")
    status, out, _ = run(monkeypatch, capsys, "normalize", "--tone-style", "new", str(path))
    assert (status, out) == (0, "Luật Thuỷ sản\nĐảng Cộng hoà\n")


def test_fold_prints_the_matching_key(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(monkeypatch, capsys, "normalize", "--fold", stdin=SENTENCE)
    assert (status, out) == (0, "thuong nghi si hoa ki thuoc dang cong hoa doi tac\n")


def test_json_output(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(monkeypatch, capsys, "normalize", "--json", stdin="Ðà Nẵng\r\nHuế")
    assert status == 0
    assert json.loads(out) == {"text": "Đà Nẵng\nHuế"}
    assert "Đà Nẵng" in out  # UTF-8, not \\u escapes


def test_json_fold_output(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(
        monkeypatch, capsys, "normalize", "--fold", "--json", stdin="Kinh tế & Xã hội"
    )
    assert (status, json.loads(out)) == (0, {"text": "kinh te and xa hoi"})


def test_empty_input_prints_nothing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(monkeypatch, capsys, "normalize", stdin="") == (0, "", "")


def test_missing_file_is_exit_2_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "no-such-article.txt"
    status, out, err = run(monkeypatch, capsys, "normalize", str(missing))
    assert (status, out) == (2, "")
    assert err.startswith("vnus normalize: cannot read ")
    assert "no-such-article.txt" in err


def test_directory_is_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(monkeypatch, capsys, "normalize", str(tmp_path))
    assert status == 2
    assert str(tmp_path) in err


def test_non_utf8_file_is_exit_2_with_the_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cp1258.txt"
    path.write_bytes("Vi\u00ea\u0323t Nam".encode("cp1258"))
    status, _, err = run(monkeypatch, capsys, "normalize", str(path))
    assert status == 2
    assert "cp1258.txt: not UTF-8 at byte 2" in err


def test_bad_tone_style_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        run(monkeypatch, capsys, "normalize", "--tone-style", "mixed")
    assert exited.value.code == 2
    assert "mixed" in capsys.readouterr().err


def test_installed_command_reads_utf8_stdin() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "vnus", "normalize", "--fold"],
        input="Hoa Kỳ – Việt Nam".encode(),
        capture_output=True,
        check=False,
    )
    assert (result.returncode, result.stdout.decode("utf-8")) == (0, "hoa ki viet nam\n")

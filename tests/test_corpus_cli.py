"""`vnus corpus`: a table or JSON of a corpus; bad input exits 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vnus.cli import main


def test_table_of_the_seeds(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["corpus"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:4] == ["id", "written", "source", "byline"]
    assert len(lines) == 6
    row = next(line for line in lines if line.startswith("003_"))
    assert "2024-10-11" in row
    assert "Vũ Khuyên/VOV" in row


def test_json_of_a_jsonl_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "c.jsonl"
    record = {"id": "a", "title": "T", "text": "Ngày 3/3/2023, Bộ Công Thương họp."}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["corpus", str(path), "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["id"] == "a"
    assert row["reference_date"] == "2023-03-03"
    assert row["paragraphs"] == 1
    assert row["reference_evidence"]


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"{broken\n", "line 1"), (b'{"id": "a", "title": "T", "text": "\xff"}\n', "byte")],
)
def test_bad_input_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(content)
    assert main(["corpus", str(path)]) == 2
    error = capsys.readouterr().err
    assert "bad.jsonl" in error
    assert message in error


def test_missing_path_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["corpus", str(tmp_path / "nope")]) == 2
    assert "no such file or folder" in capsys.readouterr().err

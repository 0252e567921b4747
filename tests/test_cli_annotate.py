"""``vnus annotate``: highlighted text, JSON mentions, JSONL input, worker processes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from vnus._annotate import highlight
from vnus.cli import EXIT_OK, EXIT_USAGE, main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "004_1aa3b55e51c94962.txt"
SENTENCE = "Quyền Bộ trưởng Bộ Công Thương Lê Mạnh Hùng gặp DOC."


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_plain_text_is_marked_with_brackets(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(SENTENCE))
    status, out, _ = run(["annotate"], capsys)
    assert status == EXIT_OK
    assert out == (
        "[Quyền Bộ trưởng Bộ Công Thương Lê Mạnh Hùng | Acting Minister of Industry and Trade]"
        " gặp {DOC | us.doc}.\n"
    )


def test_colour_marks_for_a_terminal() -> None:
    coloured = highlight(SENTENCE, colour=True)
    assert "\x1b[1;33mQuyền Bộ trưởng Bộ Công Thương Lê Mạnh Hùng\x1b[0m" in coloured
    assert "\x1b[36mDOC\x1b[0m" in coloured


def test_json_gives_one_object_per_mention_in_order(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["annotate", "--json", str(SEED)], capsys)
    assert status == EXIT_OK
    records = [json.loads(line) for line in out.splitlines()]
    text = SEED.read_text(encoding="utf-8")
    assert records
    for record in records:
        assert text[record["span"][0] : record["span"][1]] == record["text"]
        assert record["source"] == str(SEED)
    assert [r["span"] for r in records] == sorted(r["span"] for r in records)
    titles = [r for r in records if r["type"] == "title"]
    assert titles[0]["en"] == "Acting Minister of Industry and Trade"
    assert titles[0]["holder"] == "le-manh-hung"


def test_jsonl_records_keep_their_line_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "articles.jsonl"
    lines = [
        {"id": "a", "text": SENTENCE},
        {"id": "b", "text": "Thượng nghị sỹ Hoa Kỳ Bill Hagerty"},
    ]
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n\n")
    status, out, _ = run(["annotate", "--json", str(path)], capsys)
    assert status == EXIT_OK
    records = [json.loads(line) for line in out.splitlines()]
    assert {(r["line"], r["text"]) for r in records if r["type"] == "title"} == {
        (1, "Quyền Bộ trưởng Bộ Công Thương Lê Mạnh Hùng"),
        (2, "Thượng nghị sỹ Hoa Kỳ Bill Hagerty"),
    }


def test_worker_processes_give_the_same_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "many.jsonl"
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    path.write_text("\n".join(json.dumps({"text": t}) for t in texts * 8), encoding="utf-8")
    _, alone, _ = run(["annotate", "--json", str(path)], capsys)
    status, shared, _ = run(["annotate", "--json", "--jobs", "2", str(path)], capsys)
    assert status == EXIT_OK
    assert shared == alone


@pytest.mark.parametrize(
    ("content", "argv", "message"),
    [
        ('{"text": "ok"}\n{"title": "no text"}\n', [], "line 2"),
        ('{"text": "ok"}\n{not json\n', [], "not JSON"),
        ("Bộ Công Thương", ["--jobs", "0"], "--jobs"),
    ],
)
def test_bad_input_exits_2(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: str,
    argv: list[str],
    message: str,
) -> None:
    path = tmp_path / "in.txt"
    path.write_text(content, encoding="utf-8")
    status, _, err = run(["annotate", *argv, str(path)], capsys)
    assert status == EXIT_USAGE
    assert message in err


def test_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(["annotate", str(tmp_path / "none.txt")], capsys)
    assert status == EXIT_USAGE
    assert "cannot read" in err

"""Every corpus failure is a CorpusError naming file and line; a collect never stops.

Issue 9: deep JSON nesting (RecursionError), a 5,000-digit number (ValueError) and
``"related": [1]`` (AttributeError) escaped as other exceptions and aborted
``errors="collect"``; a truncated ``.jsonl.gz`` or an unreadable file stopped a collect
and lost what it had collected; a one-line gzip bomb grew memory without bound; a folder
of ``A.TXT``, ``c.JSONL``, ``sub/b.txt``, ``.json`` or ``.txt.gz`` files loaded as 0
articles without a word.
"""

from __future__ import annotations

import gzip
import json
import tracemalloc
import warnings
from pathlib import Path

import pytest

from vnus import corpus
from vnus.errors import CorpusError

GOOD = json.dumps({"id": "ok", "title": "T", "text": "Một đoạn."})


def _record(ident: str) -> str:
    return json.dumps({"id": ident, "title": "T", "text": f"Đoạn {ident}."}, ensure_ascii=False)


HOSTILE_LINES = {
    "deep nesting": '{"id": "a", "title": "T", "text": "x", "related": '
    + "[" * 100_000
    + "]" * 100_000
    + "}",
    "5000-digit number": '{"id": "a", "title": "T", "text": "x", "n": ' + "9" * 5000 + "}",
    "related item not an object": '{"id": "a", "title": "T", "text": "x", "related": [1]}',
    "related stamp not a string": '{"id": "a", "title": "T", "text": "x", '
    '"related": [{"title": "t", "section": "s", "published": 5}]}',
    "keywords not strings": '{"id": "a", "title": "T", "text": "x", "keywords": [1]}',
    "reference date a number": '{"id": "a", "title": "T", "text": "x", "reference_date": 5}',
    "reference date out of range": '{"id": "a", "title": "T", "text": "x", '
    '"reference_date": "99999-01-01"}',
    "title NaN": '{"id": "a", "title": NaN, "text": "x"}',
    "title infinite": '{"id": "a", "title": 1e99999, "text": "x"}',
    "text a list": '{"id": "a", "title": "T", "text": ["x"]}',
    "a bare string": '"just a string"',
    "null": "null",
}


@pytest.mark.parametrize("line", HOSTILE_LINES.values(), ids=HOSTILE_LINES.keys())
def test_a_hostile_record_is_a_corpus_error_naming_file_and_line(tmp_path: Path, line: str) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(f"{GOOD}\n{line}\n{GOOD}\n", encoding="utf-8")
    with pytest.raises(CorpusError) as info:
        corpus.load(path)
    assert (info.value.path, info.value.line) == (str(path), 2)
    with pytest.warns(UserWarning, match="1 bad record"):
        loaded = corpus.load(path, errors="collect")
    assert len(loaded) == 2
    assert [p.line for p in loaded.problems] == [2]


def test_malformed_json_names_the_byte(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(f'{GOOD}\n{{"id": "a", "title" "T"}}\n', encoding="utf-8")
    with pytest.raises(CorpusError, match="malformed JSON") as info:
        corpus.load(path)
    assert info.value.line == 2
    assert info.value.offset == len(GOOD) + 1 + len('{"id": "a", "title" ')


# --- file-level failures in a collect --------------------------------------------------------


def _truncated_gzip(path: Path, lines: list[str]) -> None:
    whole = gzip.compress(("\n".join(lines) + "\n").encode())
    path.write_bytes(whole[: len(whole) - 12])  # the trailer and some data cut off


def test_a_truncated_gzip_keeps_what_it_held_and_the_collect_goes_on(tmp_path: Path) -> None:
    _truncated_gzip(tmp_path / "a.jsonl.gz", [_record(f"a{i}") for i in range(200)])
    (tmp_path / "b.jsonl").write_text(_record("b0") + "\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="cannot read") as info:
        corpus.load(tmp_path)
    assert info.value.path == str(tmp_path / "a.jsonl.gz")
    assert info.value.line is not None
    with pytest.warns(UserWarning, match="a.jsonl.gz"):
        loaded = corpus.load(tmp_path, errors="collect")
    ids = [a.id for a in loaded]
    assert ids[-1] == "b0"  # the next file is read
    assert len(ids) > 100  # and the records before the damage are kept
    (problem,) = loaded.problems
    assert problem.path == str(tmp_path / "a.jsonl.gz")


def test_not_gzip_at_all_is_a_file_problem(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl.gz").write_bytes(b"plain text, not gzip\n")
    (tmp_path / "b.txt").write_text("T\n\nMột đoạn.", encoding="utf-8")
    with pytest.warns(UserWarning, match="1 bad record"):
        loaded = corpus.load(tmp_path, errors="collect")
    assert [a.id for a in loaded] == ["b"]
    assert loaded.problems[0].path == str(tmp_path / "a.jsonl.gz")


def test_an_unreadable_file_is_a_file_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.jsonl").write_text(GOOD + "\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(GOOD + "\n", encoding="utf-8")
    opener = corpus._open_binary

    def refuse(path: Path, mode: str) -> object:  # as a file of mode 000 does for a user
        if path.name == "a.jsonl":
            raise PermissionError(13, "Permission denied")
        return opener(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(corpus, "_open_binary", refuse)
    with pytest.warns(UserWarning, match="a.jsonl"):
        loaded = corpus.load(tmp_path, errors="collect")
    assert len(loaded) == 1
    assert "Permission denied" in str(loaded.problems[0])


def test_a_folder_named_like_a_corpus_file_is_a_problem_not_a_stop(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").mkdir()  # read as a folder: its files, here none
    (tmp_path / "b.jsonl").write_text(GOOD + "\n", encoding="utf-8")
    loaded = corpus.load(tmp_path, errors="collect")
    assert len(loaded) == 1


# --- the record length limit -----------------------------------------------------------------


def test_a_record_over_the_limit_is_refused_and_the_next_one_read(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    long = json.dumps({"id": "long", "title": "T", "text": "x" * 5000})
    path.write_text(f"{_record('a')}\n{long}\n{_record('b')}\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="longer than 1,000 bytes") as info:
        corpus.load(path, max_record_bytes=1000)
    assert (info.value.path, info.value.line) == (str(path), 2)
    with pytest.warns(UserWarning, match="1 bad record"):
        loaded = corpus.load(path, errors="collect", max_record_bytes=1000)
    assert [a.id for a in loaded] == ["a", "b"]
    assert [a.id for a in corpus.load(path, max_record_bytes=len(long))] == ["a", "long", "b"]


def test_a_page_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text("Tiêu đề\n\n" + "Một đoạn dài. " * 200, encoding="utf-8")
    with pytest.raises(CorpusError, match="longer than 100 bytes") as info:
        corpus.load(path, max_record_bytes=100)
    assert info.value.path == str(path)


def test_the_default_limit_is_documented() -> None:
    doc = (Path(__file__).parents[1] / "docs" / "corpus.md").read_text(encoding="utf-8")
    assert corpus.MAX_RECORD_BYTES == 16 * 1024 * 1024
    assert "16 MiB" in doc
    assert "max_record_bytes" in doc


@pytest.mark.parametrize("bad", [0, -1, True, 1.5, "10"])
def test_the_limit_is_checked(bad: object) -> None:
    with pytest.raises((TypeError, ValueError), match="max_record_bytes"):
        corpus.load(max_record_bytes=bad)  # type: ignore[arg-type]


def test_a_one_line_gzip_bomb_stays_in_bounded_memory(tmp_path: Path) -> None:
    """64 MB of one line in a 64 kB gzip file: read to the limit, then skipped."""
    path = tmp_path / "bomb.jsonl.gz"
    with gzip.open(path, "wb", compresslevel=9) as handle:
        handle.write(b'{"id": "x", "title": "T", "text": "')
        chunk = b"a" * (1 << 20)
        for _ in range(64):
            handle.write(chunk)
        handle.write(b'"}\n' + _record("after").encode() + b"\n")
    assert path.stat().st_size < 200_000
    tracemalloc.start()
    try:
        with pytest.warns(UserWarning, match="1 bad record"):
            loaded = corpus.load(path, errors="collect", max_record_bytes=1 << 20)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [a.id for a in loaded] == ["after"]
    assert peak < 16 << 20  # the line was 64 MB
    assert "longer than" in str(loaded.problems[0])


# --- every file in a folder is read or reported -----------------------------------------------


def test_suffixes_in_any_case_subfolders_and_compressed_pages_are_read(tmp_path: Path) -> None:
    (tmp_path / "A.TXT").write_text("Tiêu đề A\n\nĐoạn A.", encoding="utf-8")
    (tmp_path / "c.JSONL").write_text(_record("c") + "\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Tiêu đề B\n\nĐoạn B.", encoding="utf-8")
    (tmp_path / "d.txt.gz").write_bytes(gzip.compress("Tiêu đề D\n\nĐoạn D.".encode()))
    (tmp_path / "e.Jsonl.GZ").write_bytes(gzip.compress((_record("e") + "\n").encode()))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing skipped, nothing to say
        loaded = corpus.load(tmp_path)
    assert [a.id for a in loaded] == ["A", "c", "d", "e", "sub/b"]
    assert loaded.get("d").paragraphs == ("Đoạn D.",)
    assert loaded.get("sub/b").title == "Tiêu đề B"


def test_files_not_read_are_reported_in_one_warning(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("T\n\nMột đoạn.", encoding="utf-8")
    (tmp_path / "records.json").write_text("[]", encoding="utf-8")
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    (tmp_path / "old.gz").write_bytes(gzip.compress(b"x"))
    (tmp_path / ".hidden.txt").write_text("T\n\nx.", encoding="utf-8")  # hidden: passed over
    with pytest.warns(UserWarning, match="skipped") as caught:
        loaded = corpus.load(tmp_path)
    assert [a.id for a in loaded] == ["a"]
    (message,) = [str(w.message) for w in caught]
    assert "skipped 3 file(s)" in message
    assert "records.json (one JSON document: write one record per line as .jsonl)" in message
    assert "notes.md (not a corpus file)" in message
    assert "old.gz" in message
    assert "\n" not in message


def test_a_folder_without_corpus_files_says_so(tmp_path: Path) -> None:
    with pytest.warns(UserWarning, match="no corpus files"):
        assert len(corpus.load(tmp_path)) == 0


def test_a_linked_folder_loop_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("T\n\nMột đoạn.", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [a.id for a in corpus.load(tmp_path)] == ["a"]


@pytest.mark.parametrize("name", ["PAGE.TXT", "page.txt.gz", "C.NDJSON"])
def test_a_single_file_in_any_case_is_a_corpus(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    data = "T\n\nMột đoạn." if "TXT" in name.upper() else _record("x") + "\n"
    path.write_bytes(gzip.compress(data.encode()) if name.endswith(".gz") else data.encode())
    assert len(corpus.load(path)) == 1


def test_the_encoding_hint_names_the_option_and_the_flag(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'{"id": "a", "title": "\xe0", "text": "x"}\n')
    with pytest.raises(CorpusError, match="encoding= in Python, --encoding on the command"):
        corpus.load(path)


def test_map_articles_reads_folders_the_same_way(tmp_path: Path) -> None:
    (tmp_path / "A.TXT").write_text("Tiêu đề A\n\nĐoạn A.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Tiêu đề B\n\nĐoạn B.", encoding="utf-8")
    ids = list(corpus.map_articles(_ident, tmp_path, jobs=2))
    assert ids == ["A", "sub/b"] == list(corpus.map_articles(_ident, tmp_path, jobs=1))


def _ident(article: corpus.Article) -> str:
    return article.id

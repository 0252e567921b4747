"""Bad input everywhere: every public function and every command, fed the wrong thing.

Each must either give a sensible result or fail early with an error that names what
was wrong (the type received, the value, the file and line) — never an AttributeError
from deep inside, never a traceback from the command line, never silent data loss.
"""

from __future__ import annotations

import datetime
import gzip
import io
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import vnus
from vnus import corpus, exports
from vnus.cli import main
from vnus.errors import CorpusError, GlossaryError, TermNotFound
from vnus.glossary import Glossary
from vnus.people import People, people

CASES = Path(__file__).parent / "cases"
MINI_PATH = Path(__file__).parent / "fixtures" / "mini-glossary"
DAY = datetime.date(2024, 10, 11)

Call = Callable[[Any], object]


def _g() -> Glossary:
    return vnus.glossary()


def _term() -> Any:
    return _g().lookup("MOIT")


def _article() -> Any:
    return corpus.load()[0]


def _title_length(article: corpus.Article) -> int:
    return len(article.title)


def _folder(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


# --- wrong types: TypeError naming the type received ---------------------------------------------

# (name, call with the bad value); the value stands for a str argument unless said otherwise.
STR_ARGUMENTS: list[tuple[str, Call]] = [
    ("normalize", vnus.normalize),
    ("fold", vnus.fold),
    ("fold_with_offsets", vnus.fold_with_offsets),
    ("find_terms", vnus.find_terms),
    ("find_titles", vnus.find_titles),
    ("translate_title", vnus.translate_title),
    ("find_dates", vnus.find_dates),
    ("parse_date", vnus.parse_date),
    ("find_amounts", vnus.find_amounts),
    ("parse_amount", vnus.parse_amount),
    ("Glossary.lookup", lambda v: _g().lookup(v)),
    ("Glossary.lookup_all", lambda v: _g().lookup_all(v)),
    ("Glossary.search", lambda v: _g().search(v)),
    ("Glossary.get", lambda v: _g().get(v)),
    ("Glossary.origin", lambda v: _g().origin(v)),
    ("Glossary.current", lambda v: _g().current(v)),
    ("Glossary.successors", lambda v: _g().successors(v)),
    ("People.find", lambda v: people().find(v)),
    ("People.get", lambda v: people().get(v)),
    ("Corpus.get", lambda v: corpus.load().get(v)),
    ("parse_article text", lambda v: corpus.parse_article(v, "id")),
    ("parse_article id", lambda v: corpus.parse_article("Tiêu đề\n\nNội dung.", v)),
    ("iter_articles encoding=", lambda v: list(corpus.iter_articles(encoding=v))),
    ("exports.format_for_path", exports.format_for_path),
]
NOT_STR = [None, b"Bo Cong Thuong", 3, ["MOIT"]]


@pytest.mark.parametrize("value", NOT_STR, ids=lambda v: type(v).__name__)
@pytest.mark.parametrize(("name", "call"), STR_ARGUMENTS, ids=[n for n, _ in STR_ARGUMENTS])
def test_a_non_str_is_a_type_error_naming_its_type(name: str, call: Call, value: object) -> None:
    with pytest.raises(TypeError, match=f"must be str, not {type(value).__name__}"):
        call(value)


def test_bytes_are_told_to_be_decoded() -> None:
    with pytest.raises(TypeError, match=r"decode it first"):
        vnus.normalize(b"H\xc3\xb2a")  # type: ignore[arg-type]


# (name, call, bad value, the type name the message must give)
OTHER_TYPES: list[tuple[str, Call, object, str]] = [
    ("parse_date reference=", lambda v: vnus.parse_date("ngày 1/2", reference=v), "2024", "str"),
    ("find_dates reference=", lambda v: vnus.find_dates("ngày 1/2", reference=v), 2024, "int"),
    ("format_date value", vnus.format_date, "2024-01-01", "str"),
    ("format_date locale=None", lambda v: vnus.format_date(DAY, v), None, "NoneType"),
    ("format_date locale=bytes", lambda v: vnus.format_date(DAY, v), b"vi", "bytes"),
    ("find_terms glossary=", lambda v: vnus.find_terms("Bộ Công Thương", glossary=v), "", "str"),
    ("find_terms glossary=int", lambda v: vnus.find_terms("MOIT", glossary=v), 3, "int"),
    ("find_terms matcher=", lambda v: vnus.find_terms("MOIT", matcher=v), "m", "str"),
    ("lookup country=", lambda v: _g().lookup("MOIT", country=v), 704, "int"),
    ("lookup on=", lambda v: _g().lookup("MOIT", on=v), "2024-01-01", "str"),
    ("lookup_all on=", lambda v: _g().lookup_all("MOIT", on=v), 20240101, "int"),
    ("search on=", lambda v: _g().search("MOIT", on=v), "2024", "str"),
    ("filter on=", lambda v: _g().filter(on=v), 2024, "int"),
    ("current on=", lambda v: _g().current("vn.moit", on=v), "2024", "str"),
    ("search limit=", lambda v: _g().search("MOIT", limit=v), "3", "str"),
    ("search limit=None", lambda v: _g().search("MOIT", limit=v), None, "NoneType"),
    ("find_titles glossary=", lambda v: vnus.find_titles("Bộ trưởng", glossary=v), "", "str"),
    ("find_titles people=", lambda v: vnus.find_titles("Bộ trưởng", people=v), [], "list"),
    ("find_titles on=", lambda v: vnus.find_titles("Bộ trưởng", on=v), "2024", "str"),
    (
        "translate_title glossary=",
        lambda v: vnus.translate_title("Bộ trưởng", glossary=v),
        3,
        "int",
    ),
    ("Glossary(None)", Glossary, None, "NoneType"),
    ("Glossary(a str)", Glossary, "vn.moit", "str"),
    ("Glossary(strings)", Glossary, ["vn.moit"], "str"),
    ("Glossary.from_path", Glossary.from_path, 3, "int"),
    ("Glossary.from_path None", Glossary.from_path, None, "NoneType"),
    ("People.from_path", People.from_path, None, "NoneType"),
    ("corpus.load", corpus.load, 3, "int"),
    ("corpus.load bytes", corpus.load, b"seeds", "bytes"),
    ("iter_articles", lambda v: list(corpus.iter_articles(v)), ["seeds"], "list"),
    ("write_jsonl path", lambda v: corpus.write_jsonl([], v), None, "NoneType"),
    ("write_jsonl articles", lambda v: corpus.write_jsonl(v, "/nonexistent/x.jsonl"), 3, "int"),
    (
        "map_articles jobs=",
        lambda v: list(corpus.map_articles(_title_length, None, jobs=v)),
        "2",
        "str",
    ),
    ("exports.to_csv None", exports.to_csv, None, "NoneType"),
    ("exports.to_csv strings", exports.to_csv, ["vn.moit"], "str"),
    ("exports.to_tsv", exports.to_tsv, [3], "int"),
    ("exports.to_tbx", exports.to_tbx, "vn.moit", "str"),
    ("exports.to_json", exports.to_json, [None], "NoneType"),
    ("exports.export", lambda v: exports.export(v, "csv"), 3, "int"),
    ("exports.describe", exports.describe, "vn.moit", "str"),
    ("exports.describe width=", lambda v: exports.describe(_term(), width=v), "88", "str"),
]


@pytest.mark.parametrize(
    ("name", "call", "value", "type_name"), OTHER_TYPES, ids=[row[0] for row in OTHER_TYPES]
)
def test_a_wrong_type_is_a_type_error_naming_it(
    name: str, call: Call, value: object, type_name: str
) -> None:
    with pytest.raises(TypeError, match=rf"\bnot {type_name}\b"):
        call(value)


def test_write_jsonl_refuses_a_non_article_before_writing_it(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    with pytest.raises(TypeError, match="must hold Article objects, not str"):
        corpus.write_jsonl([_article(), "not an article"], target)  # type: ignore[list-item]


def test_membership_of_a_non_str_is_false() -> None:
    assert ["vn.moit"] not in _g()
    assert 3 not in _g()
    assert "vn.moit" in _g()


# --- wrong values: ValueError naming the value ----------------------------------------------------

BAD_VALUES: list[tuple[str, Call, object]] = [
    ("normalize tone_style=", lambda v: vnus.normalize("hoà", tone_style=v), "newest"),
    ("translate_title target=", lambda v: vnus.translate_title("Bộ trưởng", target=v), "fr"),
    ("format_date locale=", lambda v: vnus.format_date(DAY, v), "fr"),
    ("lookup kind=", lambda v: _g().lookup("MOIT", kind=v), "minstry"),
    ("lookup country=", lambda v: _g().lookup("MOIT", country=v), "XX"),
    ("export format", lambda v: exports.export([], v), "docx"),
    ("export lang_pair=", lambda v: exports.export([], "tsv", lang_pair=v), "vi-fr"),
    ("iter_articles errors=", lambda v: list(corpus.iter_articles(errors=v)), "ignore"),
    ("map_articles jobs=", lambda v: list(corpus.map_articles(_title_length, None, jobs=v)), 0),
]


@pytest.mark.parametrize(("name", "call", "value"), BAD_VALUES, ids=[r[0] for r in BAD_VALUES])
def test_a_bad_value_is_a_value_error_naming_it(name: str, call: Call, value: object) -> None:
    with pytest.raises(ValueError, match=repr(value).replace("(", r"\(")):
        call(value)


# --- odd strings: a sensible result, never a crash

HUGE = "Quyền Bộ trưởng Bộ Công Thương Lê Mạnh Hùng gặp đối tác ngày 1/2/2024. " * 1500
ODD = {
    "empty": "",
    "lone surrogate": "Bộ \ud800 Công Thương",
    "NUL": "Bộ Công\x00 Thương",
    "controls": "\x01\x02\x1b[31m\x7f",
    "only marks": "\u0301\u0300\u0323",
    "only spaces": " \u00a0\t\u200b ",
    "huge": HUGE,
}

# (name, call, what it returns)
TEXT_FUNCTIONS: list[tuple[str, Call, type | tuple[type, ...]]] = [
    ("normalize", vnus.normalize, str),
    ("normalize new", lambda t: vnus.normalize(t, tone_style="new"), str),
    ("fold", vnus.fold, str),
    ("find_terms", vnus.find_terms, list),
    ("find_titles", vnus.find_titles, list),
    ("find_dates", lambda t: vnus.find_dates(t, reference=DAY), list),
    ("parse_date", lambda t: vnus.parse_date(t, reference=DAY), (vnus.DateValue, type(None))),
    ("find_amounts", vnus.find_amounts, list),
    ("parse_amount", vnus.parse_amount, (vnus.Amount, type(None))),
    ("Glossary.search", lambda t: _g().search(t), list),
    ("Glossary.lookup_all", lambda t: _g().lookup_all(t), tuple),
    ("parse_article", lambda t: corpus.parse_article(t, "odd"), corpus.Article),
]


@pytest.mark.filterwarnings("ignore:odd. no article body found")
@pytest.mark.parametrize("text", ODD.values(), ids=ODD.keys())
@pytest.mark.parametrize(
    ("name", "call", "returns"), TEXT_FUNCTIONS, ids=[row[0] for row in TEXT_FUNCTIONS]
)
def test_odd_strings_give_a_result(
    name: str, call: Call, returns: type | tuple[type, ...], text: str
) -> None:
    result = call(text)
    assert isinstance(result, returns)
    if isinstance(result, list):
        for mention in result:
            span = getattr(mention, "span", None)
            if span is not None:  # offsets stay inside the text and point at the mention
                assert 0 <= span[0] <= span[1] <= len(text)
                assert text[span[0] : span[1]] == mention.text


@pytest.mark.parametrize("text", ODD.values(), ids=ODD.keys())
def test_fold_with_offsets_stays_consistent_on_odd_strings(text: str) -> None:
    folded, offsets = vnus.fold_with_offsets(text)
    assert folded == vnus.fold(text)
    assert len(offsets) == len(folded) + 1
    assert list(offsets) == sorted(offsets)
    assert offsets[-1] <= len(text)


@pytest.mark.parametrize("text", ["", "\ud800", "a\x00b", HUGE])
@pytest.mark.parametrize(
    "call",
    [vnus.translate_title, lambda t: _g().lookup(t)],
    ids=["translate_title", "Glossary.lookup"],
)
def test_lookups_of_odd_strings_raise_term_not_found(call: Call, text: str) -> None:
    with pytest.raises(TermNotFound):
        call(text)


def test_normalize_keeps_a_lone_surrogate_and_a_nul_rather_than_dropping_them() -> None:
    assert "\ud800" in vnus.normalize("a\ud800b")
    assert "\x00" in vnus.normalize("a\x00b")


# --- files: errors name the file, and the line where there is one ---------------------------------


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _corrupt_gzip(folder: Path) -> Path:
    return _write(folder / "bad.jsonl.gz", b"this is not gzip")


def _truncated_gzip(folder: Path) -> Path:
    data = gzip.compress(b'{"id": "a", "title": "t", "text": "x"}\n' * 200)
    return _write(folder / "cut.jsonl.gz", data[: len(data) // 2])


FileCase = tuple[str, Callable[[Path], Path], Call, type[Exception], list[str]]
FILE_CASES: list[FileCase] = [
    ("corpus: missing", lambda d: d / "nope", corpus.load, CorpusError, ["nope", "no such"]),
    (
        "corpus: not UTF-8",
        lambda d: _write(d / "page.txt", b"Ti\xeau \xf0\xe8\n\nN\xf4i dung.\n"),
        corpus.load,
        CorpusError,
        ["page.txt", "line 1", "utf-8"],
    ),
    (
        "corpus: bad JSONL line",
        lambda d: _write(d / "c.jsonl", b'{"id": "a", "title": "t", "text": "x"}\n{"id": \n'),
        corpus.load,
        CorpusError,
        ["c.jsonl", "line 2", "malformed JSON"],
    ),
    ("corpus: not gzip", _corrupt_gzip, corpus.load, CorpusError, ["bad.jsonl.gz", "line 1"]),
    ("corpus: truncated gzip", _truncated_gzip, corpus.load, CorpusError, ["cut.jsonl.gz"]),
    (
        "corpus: not a corpus file",
        lambda d: _write(d / "x.csv", b"a,b\n"),
        corpus.load,
        CorpusError,
        ["x.csv", "not a corpus"],
    ),
    (
        "glossary: empty folder",
        lambda d: _folder(d / "empty"),
        Glossary.from_path,
        GlossaryError,
        ["empty", "no glossary files"],
    ),
    (
        "glossary: broken TOML",
        lambda d: _write(d / "g" / "a.toml", b"[[term]\nid = 'x'\n").parent,
        Glossary.from_path,
        GlossaryError,
        ["a.toml", "invalid TOML", "line 1"],
    ),
    (
        "glossary: bad entry",
        lambda d: CASES / "bad-unknown-kind.toml",
        Glossary.from_path,
        GlossaryError,
        ["bad-unknown-kind.toml", "'x.kind'", "'minstry'"],
    ),
    (
        "glossary: not UTF-8",
        lambda d: _write(d / "g" / "a.toml", b"# \xff\n").parent,
        Glossary.from_path,
        GlossaryError,
        ["a.toml", "not UTF-8"],
    ),
    (
        "glossary: a folder where a file is expected",
        lambda d: _folder(d / "g" / "a.toml").parent,
        Glossary.from_path,
        GlossaryError,
        ["a.toml", "cannot read"],
    ),
    (
        "glossary: missing",
        lambda d: d / "nope",
        Glossary.from_path,
        GlossaryError,
        ["nope", "no such"],
    ),
    (
        "people: missing",
        lambda d: d / "people.toml",
        People.from_path,
        GlossaryError,
        ["people.toml", "cannot read"],
    ),
    (
        "people: a folder without people.toml",
        lambda d: d,
        People.from_path,
        GlossaryError,
        ["people.toml", "cannot read"],
    ),
    (
        "people: not UTF-8",
        lambda d: _write(d / "people.toml", b"# \xff\n"),
        People.from_path,
        GlossaryError,
        ["people.toml", "not UTF-8"],
    ),
    (
        "people: broken TOML",
        lambda d: _write(d / "people.toml", b"[[person]\n"),
        People.from_path,
        GlossaryError,
        ["people.toml", "TOML"],
    ),
]


@pytest.mark.parametrize(
    ("name", "make", "call", "error", "parts"), FILE_CASES, ids=[c[0] for c in FILE_CASES]
)
def test_bad_files_are_named_in_the_error(
    tmp_path: Path,
    name: str,
    make: Callable[[Path], Path],
    call: Call,
    error: type[Exception],
    parts: list[str],
) -> None:
    path = make(tmp_path)
    with pytest.raises(error) as info:
        call(path)
    message = str(info.value)
    for part in parts:
        assert part in message, (part, message)


@pytest.mark.parametrize(
    "call",
    [corpus.load, Glossary.from_path, People.from_path, lambda p: corpus.write_jsonl([], p)],
    ids=["corpus.load", "Glossary.from_path", "People.from_path", "write_jsonl"],
)
def test_an_empty_path_is_refused_not_read_as_the_working_directory(call: Call) -> None:
    with pytest.raises((CorpusError, GlossaryError), match="empty path"):
        call("")


def test_collected_corpus_errors_lose_nothing(tmp_path: Path) -> None:
    """errors="collect" keeps the good records and names every bad one."""
    _write(tmp_path / "c.jsonl", b'{"id": "a", "title": "t", "text": "x"}\n[1]\n{"id": \n')
    seen: list[corpus.Article] = []
    with pytest.raises(CorpusError) as info:
        seen.extend(corpus.iter_articles(tmp_path / "c.jsonl", errors="collect"))
    assert [a.id for a in seen] == ["a"]
    assert "line 2" in str(info.value)
    assert "line 3" in str(info.value)


# --- the command line: exit 2, one line on stderr naming the problem, no traceback


# (name, argv built from a temp folder, stdin bytes, exit status, what stderr names)
CliCase = tuple[str, Callable[[Path], list[str]], bytes, int, str]
CLI_CASES: list[CliCase] = [
    ("normalize: a folder", lambda d: ["normalize", str(d)], b"", 2, "Is a directory"),
    ("normalize: missing", lambda d: ["normalize", str(d / "no.txt")], b"", 2, "no.txt"),
    (
        "normalize: not UTF-8",
        lambda d: ["normalize", str(_write(d / "x.txt", b"\xff\n"))],
        b"",
        2,
        "x.txt: not UTF-8 at byte 0",
    ),
    (
        "normalize: stdin not UTF-8",
        lambda d: ["normalize"],
        b"ok \xff",
        2,
        "standard input: not UTF-8 at byte 3",
    ),
    ("normalize: a lone surrogate", lambda d: ["normalize", "-"], b"\xed\xa0\x80", 2, "UTF-8"),
    (
        "normalize: --tone-style",
        lambda d: ["normalize", "--tone-style", "newest"],
        b"",
        2,
        "--tone-style",
    ),
    ("dates: bad --reference", lambda d: ["dates", "--reference", "2024-13-01"], b"", 2, "13"),
    ("dates: a folder", lambda d: ["dates", str(d)], b"", 2, "Is a directory"),
    ("dates: stdin not UTF-8", lambda d: ["dates"], b"\xc3(", 2, "not UTF-8"),
    ("annotate: a folder", lambda d: ["annotate", str(d)], b"", 2, "Is a directory"),
    ("annotate: stdin not UTF-8", lambda d: ["annotate", "-"], b"\xff", 2, "not UTF-8"),
    ("annotate: --jobs 0", lambda d: ["annotate", "--jobs", "0"], b"", 2, "--jobs"),
    ("annotate: --jobs x", lambda d: ["annotate", "--jobs", "x"], b"", 2, "--jobs"),
    ("corpus: missing", lambda d: ["corpus", str(d / "nope")], b"", 2, "nope"),
    ("corpus: empty path", lambda d: ["corpus", ""], b"", 2, "empty path"),
    (
        "corpus: not UTF-8",
        lambda d: ["corpus", str(_write(d / "p.txt", b"T\n\n\xff.\n"))],
        b"",
        2,
        "p.txt, line 3",
    ),
    ("corpus: not gzip", lambda d: ["corpus", str(_corrupt_gzip(d))], b"", 2, "bad.jsonl.gz"),
    ("corpus: --encoding", lambda d: ["corpus", "--encoding", "klingon"], b"", 2, "klingon"),
    (
        "glossary check: empty folder",
        lambda d: ["glossary", "check", str(_folder(d / "g"))],
        b"",
        2,
        "no glossary files",
    ),
    (
        "glossary check: not UTF-8",
        lambda d: ["glossary", "check", str(_write(d / "g" / "a.toml", b"\xff").parent)],
        b"",
        2,
        "a.toml: not UTF-8",
    ),
    ("glossary check: empty path", lambda d: ["glossary", "check", ""], b"", 2, "empty path"),
    (
        "glossary export: --format",
        lambda d: ["glossary", "export", "--format", "docx"],
        b"",
        2,
        "'docx'",
    ),
    (
        "glossary export: -o a folder",
        lambda d: ["glossary", "export", "--format", "csv", "-o", str(d)],
        b"",
        2,
        "Is a directory",
    ),
    (
        "glossary export: empty glossary",
        lambda d: ["glossary", "export", "--format", "csv", "--glossary", str(_folder(d / "g"))],
        b"",
        2,
        "no glossary files",
    ),
    (
        "lookup: broken glossary",
        lambda d: ["lookup", "MOIT", "--glossary", str(_write(d / "a.toml", b"[[term]\n"))],
        b"",
        2,
        "a.toml: invalid TOML",
    ),
    ("lookup: --on", lambda d: ["lookup", "MOIT", "--on", "soon"], b"", 2, "'soon'"),
    ("lookup: --country", lambda d: ["lookup", "MOIT", "--country", "ZZ"], b"", 2, "'ZZ'"),
    ("lookup: --kind", lambda d: ["lookup", "MOIT", "--kind", "minstry"], b"", 2, "--kind"),
    ("lookup: empty query", lambda d: ["lookup", ""], b"", 1, "no glossary term matches ''"),
    ("lookup: control chars", lambda d: ["lookup", "a\x01b"], b"", 1, "'a\\x01b'"),
    ("search: --limit x", lambda d: ["search", "bo", "--limit", "x"], b"", 2, "'x'"),
    ("search: --limit 0", lambda d: ["search", "bo", "--limit", "0"], b"", 2, "--limit"),
    ("search: empty query", lambda d: ["search", ""], b"", 1, "nothing in the glossary"),
    ("unknown command", lambda d: ["frobnicate"], b"", 2, "'frobnicate'"),
]


def _stdin(data: bytes) -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "argv", "stdin", "status", "named"), CLI_CASES, ids=[c[0] for c in CLI_CASES]
)
def test_commands_report_bad_input_on_one_line(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    name: str,
    argv: Callable[[Path], list[str]],
    stdin: bytes,
    status: int,
    named: str,
) -> None:
    monkeypatch.setattr(sys, "stdin", _stdin(stdin))
    try:
        code = main(argv(tmp_path))
    except SystemExit as exit:  # argparse refusing an argument
        code = int(str(exit.code))
    out, err = capsys.readouterr()
    assert code == status
    assert out == ""
    assert len(err.splitlines()) == 1, err
    assert err.startswith("vnus"), err
    assert named in err, err


def test_the_installed_command_shows_no_traceback(tmp_path: Path) -> None:
    """End to end, in a real process: bad bytes on stdin and a bad file."""
    page = _write(tmp_path / "p.txt", b"T\n\n\xff.\n")
    for argv, stdin in [(["normalize"], b"\xff"), (["corpus", str(page)], b"")]:
        result = subprocess.run(
            [sys.executable, "-m", "vnus", *argv],
            input=stdin,
            capture_output=True,
            check=False,
            timeout=120,
        )
        err = result.stderr.decode("utf-8", "replace")
        assert result.returncode == 2, err
        assert "Traceback" not in err
        assert len(err.splitlines()) == 1, err


def test_stdin_keeps_reading_text_as_text_mode_did(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bytes read from stdin get the newline translation text-mode stdin gave."""
    monkeypatch.setattr(sys, "stdin", _stdin("Hoà\r\nthuỷ\rlợi".encode()))
    assert main(["normalize"]) == 0
    assert capsys.readouterr().out == "Hòa\nthủy\nlợi\n"


def test_mini_glossary_fixture_still_loads() -> None:
    """The fixtures the CLI cases lean on are sound (so a failure above is the library's)."""
    assert len(Glossary.from_path(MINI_PATH)) > 0


def test_a_huge_query_is_named_by_its_start_in_the_message() -> None:
    query = "Bộ Công Thươngg " * 100_000
    with pytest.raises(TermNotFound) as raised:
        _g().lookup(query)
    assert raised.value.query == query  # the whole query stays on the error
    assert len(str(raised.value)) < 400
    assert repr(query[:77] + "...") in str(raised.value)

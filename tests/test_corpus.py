"""The corpus loader: the five seeds split as a careful reader splits them, formats, errors."""

from __future__ import annotations

import gzip
import json
import pickle
import unicodedata
import warnings
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from vnus import corpus
from vnus._page import parse_page, parse_stamp
from vnus.corpus import Article, Corpus, RelatedItem
from vnus.errors import CorpusError

ROOT = Path(__file__).resolve().parents[1]
CASES = sorted((Path(__file__).parent / "cases" / "seeds").glob("*.json"))
FIELDS = ("title", "source", "byline", "paragraphs", "keywords", "captions", "chrome")


def _expected(case: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(case.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def seeds() -> Corpus:
    return corpus.load()


# --- the seeds, field by field ----------------------------------------------------------


def test_every_seed_has_an_expected_article() -> None:
    assert sorted(c.stem for c in CASES) == sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.stem[:3])
def test_seed_field(seeds: Corpus, case: Path, field: str) -> None:
    expected = _expected(case)
    got = getattr(seeds.get(expected["id"]), field)
    want = expected[field]
    assert (list(got) if isinstance(got, tuple) else got) == want


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.stem[:3])
def test_seed_related_items(seeds: Corpus, case: Path) -> None:
    expected = _expected(case)
    got = [item.to_dict() for item in seeds.get(expected["id"]).related]
    assert got == expected["related"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.stem[:3])
def test_seed_text_is_paragraphs_joined_by_blank_lines(seeds: Corpus, case: Path) -> None:
    article = seeds.get(_expected(case)["id"])
    assert article.text.split("\n\n") == list(article.paragraphs)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.stem[:3])
def test_no_line_of_a_seed_is_lost(seeds: Corpus, case: Path) -> None:
    """Every non-blank line lands in some field (chrome included), none is dropped."""
    article = seeds.get(_expected(case)["id"])
    kept = " ".join(
        [
            article.title,
            *article.paragraphs,
            article.byline or "",
            article.source or "",
            *article.keywords,
            *article.captions,
            *article.chrome,
            *(f"{r.section} {r.category} {r.title} {r.summary}" for r in article.related),
        ]
    )
    raw = (ROOT / "seeds" / f"{article.id}.txt").read_text(encoding="utf-8")
    stamps = {r.published for r in article.related}
    for line in raw.splitlines():
        if parse_stamp(line) is not None:
            assert parse_stamp(line) in stamps
            continue
        words = [w for w in line.replace("|", " ").split() if not w.startswith(("![", "(http"))]
        for word in words[:3]:
            core = word.strip("-:/.()![]")
            if core and not word.startswith(("http", "-")):
                assert core in kept, (word, line)


# --- page rules on real lines --------------------------------------------------------------

RULES = [
    # (page text, field, expected)
    ("Tiêu đề\nTin tức\n\nTiêu đề\n\n(TAP) - Tại cuộc họp.", "title", "Tiêu đề"),
    ("Tiêu đề\nTin tức\n\nTiêu đề\n\n(TAP) - Tại cuộc họp.", "chrome", ("Tin tức", "Tiêu đề")),
    ("Tiêu đề\n\n(TAP) - Tại cuộc họp, hai bên nhất trí.", "source", "TAP"),
    (
        "Tiêu đề\n\n(TAP) - Tại cuộc họp, hai bên nhất trí.",
        "paragraphs",
        ("Tại cuộc họp, hai bên nhất trí.",),
    ),
    ("T\n\nHai bên nhất trí.\n\nVũ Khuyên/VOV\n\nBình luận", "byline", "Vũ Khuyên/VOV"),
    ("T\n\nHai bên nhất trí.\n\nVũ Khuyên/VOV\n\nBình luận", "source", "VOV"),
    ("T\n\nHai bên nhất trí.\n\nKane Nguyen\n\nBình luận", "byline", "Kane Nguyen"),
    ("T\n\nHai bên nhất trí.\n\nTheo TTXVN", "byline", "Theo TTXVN"),
    ("T\n\nHai bên nhất trí.\n\nTheo TTXVN", "source", "TTXVN"),
    ("T\n\nHai bên nhất trí.\n\nTheo đó, hai bên sẽ họp.", "byline", None),
    (
        "T\n\nThủ tướng Phạm Minh Chính dự Hội nghị.Các nước hoan nghênh những tiến triển.",
        "captions",
        ("Thủ tướng Phạm Minh Chính dự Hội nghị.",),
    ),
    (
        "T\n\nThủ tướng Phạm Minh Chính dự Hội nghị.Các nước hoan nghênh những tiến triển.",
        "paragraphs",
        ("Các nước hoan nghênh những tiến triển.",),
    ),
    (
        "T\n\nTheo đó, Khuôn khổ IPEF.Là một thành viên tích cực. Việt Nam ủng hộ.",
        "captions",
        (),
    ),
    (
        "T\n\nHai bên gặp nhau.\n\n"
        "Quyền Bộ trưởng Lê Mạnh Hùng và Đại sứ Brian Mc Feeters. (Ảnh: BCT/Vietnam+)",
        "source",
        "Vietnam+",
    ),
    (
        "T\n\nHai bên gặp nhau.\n\n"
        "Việt Nam - Hoa Kỳ họp Đối thoại (Nguồn: Deputy Minister of Planning)",
        "captions",
        ("Việt Nam - Hoa Kỳ họp Đối thoại (Nguồn: Deputy Minister of Planning)",),
    ),
    (
        "T\n![]() Thiết kế của khu phức hợp đại sứ quán. |\nHai bên gặp nhau.",
        "captions",
        ("Thiết kế của khu phức hợp đại sứ quán.",),
    ),
    (
        "T\nHai bên gặp nhau.\n![]() |\n"
        "Ngoại trưởng Blinken - Ảnh: Nguyễn Tiến Anh Tuấn |\nTiếp theo.",
        "captions",
        ("Ngoại trưởng Blinken - Ảnh: Nguyễn Tiến Anh Tuấn",),
    ),
    ("T\nHai bên nhất trí./.- Từ khóa :\n- việt nam\n- hoa kỳ", "keywords", ("việt nam", "hoa kỳ")),
    (
        "T\nHai bên nhất trí./.- Từ khóa :\n- việt nam\n- hoa kỳ",
        "paragraphs",
        ("Hai bên nhất trí.",),
    ),
    (
        "T\n\nHai bên nhất trí.\n\nBình luận\n\n    Chưa có bình luận",
        "chrome",
        ("Bình luận", "Chưa có bình luận"),
    ),
    ("Bộ Công Thương cho biết, ngày 4/2, hai bên đã làm việc.\n\nHai bên nhất trí.", "title", ""),
    ("", "paragraphs", ()),
]


@pytest.mark.parametrize(("text", "field", "expected"), RULES)
def test_page_rule(text: str, field: str, expected: object) -> None:
    assert getattr(parse_page(text), field) == expected


def test_related_block_with_category_stamp_and_summary() -> None:
    text = (
        "T\nHai bên nhất trí.\nTin liên quan\n-\nKinh tế Việt Nam\n"
        "Các nhà đầu tư lớn của Hoa Kỳ quan tâm tới thị trường Việt Nam\n07:34' - 22/09/2023\n"
        "Thời gian tới, Việt Nam ưu tiên thu hút các dự án.\n"
    )
    (item,) = parse_page(text).related
    assert item.section == "Tin liên quan"
    assert item.category == "Kinh tế Việt Nam"
    assert item.title == "Các nhà đầu tư lớn của Hoa Kỳ quan tâm tới thị trường Việt Nam"
    assert item.published == datetime(2023, 9, 22, 7, 34)
    assert item.summary == "Thời gian tới, Việt Nam ưu tiên thu hút các dự án."


def test_video_block_is_one_item_with_its_image() -> None:
    text = (
        "T\nHai bên nhất trí.\nMultimedia\n\n"
        "![[Video] 60 phút - Hành trình](https://img.example.com.vn/a.png?1)\n"
        "[Video] 60 phút - Hành trình\n"
    )
    page = parse_page(text)
    assert [(r.title, r.image) for r in page.related] == [
        ("[Video] 60 phút - Hành trình", "https://img.example.com.vn/a.png?1")
    ]
    assert page.source == "example.com.vn"


def test_cards_before_an_empty_heading_are_its_items() -> None:
    text = (
        "T\nHai bên nhất trí.\n![]() Chiều 9/3, Phó Thủ tướng tiếp Thứ trưởng. |\n"
        "Tin bài liên quan\nCác tin bài khác\n\nGDP quý I tăng gần 7%\n"
    )
    page = parse_page(text)
    assert page.captions == ()
    assert [(r.section, r.title) for r in page.related] == [
        ("Tin bài liên quan", "Chiều 9/3, Phó Thủ tướng tiếp Thứ trưởng."),
        ("Các tin bài khác", "GDP quý I tăng gần 7%"),
    ]


def test_sidebar_heading_and_its_menu() -> None:
    text = (
        "T\nHai bên nhất trí.\nĐọc nhiều\n\nMột tin\nBờ cõi biển đảo\n"
        "Miền đất - Con người Cuộc sống vùng biên\n\nHải quân hoàn thành tuần tra\n"
    )
    page = parse_page(text)
    assert [(r.section, r.title) for r in page.related] == [
        ("Đọc nhiều", "Một tin"),
        ("Bờ cõi biển đảo", "Hải quân hoàn thành tuần tra"),
    ]
    assert page.chrome == ("Miền đất - Con người Cuộc sống vùng biên",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("07:34' - 22/09/2023", datetime(2023, 9, 22, 7, 34)),
        ("22/09/2023 07:34", datetime(2023, 9, 22, 7, 34)),
        ("20:38' - 31/02/2023", None),
        ("Kinh tế & Xã hội", None),
    ],
)
def test_parse_stamp(text: str, expected: datetime | None) -> None:
    assert parse_stamp(text) == expected


# --- the Corpus type ---------------------------------------------------------------------


def test_corpus_is_a_sequence_with_lookup(seeds: Corpus) -> None:
    assert len(seeds) == 5
    assert seeds[0] is next(iter(seeds))
    assert seeds[-1].id == "004_1aa3b55e51c94962"
    assert seeds.get(seeds[3].id) is seeds[3]
    with pytest.raises(KeyError, match="no-such-id"):
        seeds.get("no-such-id")
    assert repr(seeds) == "<Corpus: 5 articles>"


def test_article_and_corpus_pickle(seeds: Corpus) -> None:
    again = pickle.loads(pickle.dumps(seeds))
    assert again == seeds
    assert again.get(seeds[2].id) == seeds[2]
    assert pickle.loads(pickle.dumps(seeds[1])) == seeds[1]


@pytest.mark.parametrize("bad", ["", " padded ", "two\n\nparagraphs"])
def test_article_rejects_paragraphs_that_cannot_round_trip(bad: str) -> None:
    with pytest.raises(ValueError, match="paragraph"):
        Article(id="x", title="", paragraphs=(bad,))


# --- formats -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["out.jsonl", "out.jsonl.gz"])
def test_jsonl_round_trip_of_the_seeds(seeds: Corpus, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    seeds.to_jsonl(path)
    if name.endswith(".gz"):
        with gzip.open(path) as handle:
            assert handle.read(1) == b"{"
    assert corpus.load(path) == seeds


def test_folder_and_single_page(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Tiêu đề\n\nNgày 25/6/2024, hai bên họp.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"skipped 1 file\(s\).*notes\.md"):
        loaded = corpus.load(tmp_path)
    assert [a.id for a in loaded] == ["a"]
    assert corpus.load(tmp_path / "a.txt") == loaded
    assert loaded[0].reference_date == date(2024, 6, 25)


def test_jsonl_minimal_record_is_dated_from_its_text(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    record = {"id": "m", "title": "T", "text": "Ngày 3/3/2023, hai bên họp.\n\nĐoạn hai."}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (article,) = corpus.load(path)
    assert article.paragraphs == ("Ngày 3/3/2023, hai bên họp.", "Đoạn hai.")
    assert article.reference_date == date(2023, 3, 3)
    assert article.reference_evidence


def test_iter_articles_is_lazy(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    good = json.dumps({"id": "a", "title": "T", "text": "x"})
    path.write_text(good + "\n{broken\n", encoding="utf-8")
    stream = corpus.iter_articles(path)
    assert next(stream).id == "a"  # the bad line after it has not been read yet
    with pytest.raises(CorpusError):
        next(stream)


# --- bad input -----------------------------------------------------------------------------


def test_not_utf8_names_file_and_byte(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes("Tiêu đề\n\nHai bên".encode() + b"\xff\xfe rest")
    with pytest.raises(CorpusError) as info:
        corpus.load(path)
    assert info.value.path == str(path)
    assert info.value.offset == len("Tiêu đề\n\nHai bên".encode())
    assert info.value.line == 3
    assert "bad.txt" in str(info.value)


def _cp1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 writes it: base letters precomposed, tone marks apart."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for char in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", char)
        tone = "".join(c for c in parts if c in tones)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones)) + tone)
    return "".join(out).encode("cp1258")


def test_legacy_code_page_becomes_nfc(tmp_path: Path) -> None:
    text = "Bộ Công Thương Việt Nam\n\nQuyền Bộ trưởng Lê Mạnh Hùng đã làm việc."
    path = tmp_path / "old.txt"
    path.write_bytes(_cp1258(text))
    with pytest.raises(CorpusError):
        corpus.load(path)
    (article,) = corpus.load(path, encoding="cp1258")
    assert article.title == "Bộ Công Thương Việt Nam"
    assert article.paragraphs == ("Quyền Bộ trưởng Lê Mạnh Hùng đã làm việc.",)
    assert unicodedata.is_normalized("NFC", article.text)


def test_unknown_encoding_is_a_corpus_error(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("T\n\nx.", encoding="utf-8")
    with pytest.raises(CorpusError, match="unknown encoding"):
        corpus.load(path, encoding="no-such-codec")


BAD_LINES = [
    ("{broken", "malformed JSON"),
    ('{"id": "a", "title": "T"}', "missing field 'text'"),
    ('{"id": 3, "title": "T", "text": "x"}', "field 'id' must be str"),
    ("[1, 2]", "must be a JSON object"),
    ('{"id": "a", "title": "T", "text": "x", "keywords": "k"}', "list of strings"),
    ('{"id": "a", "title": "T", "text": "x", "reference_date": "2023-13-01"}', "bad record"),
]


@pytest.mark.parametrize(("line", "message"), BAD_LINES)
def test_malformed_jsonl_line_names_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "c.jsonl"
    good = json.dumps({"id": "ok", "title": "T", "text": "x"})
    path.write_text(f"{good}\n\n{line}\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=message) as info:
        corpus.load(path)
    assert (info.value.path, info.value.line) == (str(path), 3)


def test_collect_keeps_going_and_reports_every_bad_record(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    good = [json.dumps({"id": f"g{i}", "title": "T", "text": "x"}) for i in range(3)]
    lines = [good[0], "{broken", good[1], '{"id": "a"}', good[2]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.warns(UserWarning, match="2 bad record"):
        loaded = corpus.load(path, errors="collect")
    assert [a.id for a in loaded] == ["g0", "g1", "g2"]
    assert [p.line for p in loaded.problems] == [2, 4]
    with pytest.raises(CorpusError, match="2 bad record") as info:
        list(corpus.iter_articles(path, errors="collect"))
    assert len(info.value.problems) == 2  # type: ignore[attr-defined]


def test_collect_in_a_folder_names_the_bad_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("T\n\nMột đoạn.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff")
    with pytest.warns(UserWarning, match="b.txt"):
        loaded = corpus.load(tmp_path, errors="collect")
    assert [a.id for a in loaded] == ["a"]
    assert loaded.problems[0].path == str(tmp_path / "b.txt")


@pytest.mark.parametrize("content", ["", "Tiêu đề\nTin tức\n\nBình luận"])
def test_page_without_body_warns_with_its_path(tmp_path: Path, content: str) -> None:
    path = tmp_path / "empty.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.warns(UserWarning, match="empty.txt"):
        (article,) = corpus.load(path)
    assert article.paragraphs == ()
    assert article.text == ""


def test_empty_jsonl_warns(tmp_path: Path) -> None:
    path = tmp_path / "none.jsonl"
    path.write_bytes(b"")
    with pytest.warns(UserWarning, match="none.jsonl"):
        assert len(corpus.load(path)) == 0


@pytest.mark.parametrize("name", ["missing", "missing.jsonl"])
def test_missing_path_is_a_clear_error(tmp_path: Path, name: str) -> None:
    with pytest.raises(CorpusError, match="no such file or folder") as info:
        corpus.load(tmp_path / name)
    assert info.value.path == str(tmp_path / name)


def test_unknown_file_kind_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("id,title\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="not a corpus"):
        corpus.load(path)


def test_errors_argument_is_checked() -> None:
    with pytest.raises(ValueError, match="errors"):
        list(corpus.iter_articles(errors="ignore"))  # type: ignore[arg-type]


def test_good_input_raises_no_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        corpus.load()


# --- parallel map ----------------------------------------------------------------------------


def _paragraph_count(article: Article) -> int:
    return len(article.paragraphs)


def test_map_articles_in_processes_keeps_order(seeds: Corpus, tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    Corpus([a for _ in range(7) for a in seeds]).to_jsonl(path)
    serial = list(corpus.map_articles(_paragraph_count, path, jobs=1))
    parallel = list(corpus.map_articles(_paragraph_count, path, jobs=2, batch_size=3))
    assert parallel == serial == [len(a.paragraphs) for _ in range(7) for a in seeds]


def test_map_articles_takes_an_iterable_and_checks_jobs(seeds: Corpus) -> None:
    assert list(corpus.map_articles(_paragraph_count, list(seeds))) == [
        len(a.paragraphs) for a in seeds
    ]
    with pytest.raises(ValueError, match="jobs"):
        list(corpus.map_articles(_paragraph_count, list(seeds), jobs=0))


def test_related_item_round_trips_through_its_dict() -> None:
    item = RelatedItem("T", "Tin liên quan", datetime(2023, 9, 22, 7, 34), "S", "K", "u")
    assert RelatedItem.from_dict(item.to_dict()) == item


def _dated(article: Article) -> tuple[str, date | None]:
    return article.id, article.reference_date


def test_map_articles_builds_and_dates_pages_in_the_workers(seeds: Corpus) -> None:
    expected = [(a.id, a.reference_date) for a in seeds]
    assert list(corpus.map_articles(_dated, None, jobs=2, batch_size=2)) == expected


def test_map_articles_reports_a_bad_line_from_a_worker(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    good = json.dumps({"id": "a", "title": "T", "text": "x"})
    path.write_text(f"{good}\n{good}\n{{broken\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="malformed JSON") as info:
        list(corpus.map_articles(_dated, path, jobs=2, batch_size=1))
    assert (info.value.path, info.value.line) == (str(path), 3)


def test_a_byte_order_mark_is_not_part_of_the_first_record(tmp_path: Path) -> None:
    page = tmp_path / "bom.txt"
    page.write_bytes(b"\xef\xbb\xbf" + "Tiêu đề\n\nMột đoạn.".encode())
    assert corpus.load(page)[0].title == "Tiêu đề"
    lines = tmp_path / "bom.jsonl"
    lines.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "a", "title": "T", "text": "x"}).encode())
    assert corpus.load(lines)[0].id == "a"

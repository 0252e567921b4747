"""Dating articles: each evidence source alone, the combination, and the seeds' months."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnus import _dating as dating
from vnus import corpus
from vnus.corpus import Article, RelatedItem

CASES = sorted((Path(__file__).parent / "cases" / "seeds").glob("*.json"))
TODAY = date(2026, 11, 22)


def _article(*paragraphs: str, **fields: Any) -> Article:
    return Article(id="t", title=fields.pop("title", ""), paragraphs=paragraphs, **fields)


# --- finding dates and their tense, on sentences from the seeds ------------------------------

MENTIONS = [
    ("chính thức nâng cấp quan hệ ngày 10/9 vừa qua là cột mốc", ["ngày 10/9"]),
    (
        "Chiều 15/4 và tháng 8 năm 2021, cuối năm 2023.",
        ["Chiều 15/4", "tháng 8 năm 2021", "cuối năm 2023"],
    ),
    ("Tổng thống Joe Biden tháng 9/2023.", ["tháng 9/2023"]),
    (
        "Từ 11 giờ ngày 27/8/2025 đến 0 giờ 30 ngày 28/8/2025",
        ["Từ 11 giờ ngày 27/8/2025 đến 0 giờ 30 ngày 28/8/2025"],
    ),
    # Dates in words, which the corpus's own finder used to miss.
    ("trong tháng Mười năm 2024 và quý I/2025", ["tháng Mười năm 2024", "quý I/2025"]),
    ("nửa đầu năm 2024, thập niên 1990", ["nửa đầu năm 2024", "thập niên 1990"]),
    ("tỷ lệ hoàn thành đạt 98.37%, 1/3 dân số", []),
    ("ngày 31/2 không có", []),
]


@pytest.mark.parametrize(("text", "expected"), MENTIONS)
def test_find_mentions(text: str, expected: list[str]) -> None:
    assert [m.text for m in dating.find_mentions(text)] == expected


def test_mention_values() -> None:
    full, month, early, quarter, day = dating.find_mentions(
        "ngày 27/8/2025, tháng 9/2023, đầu năm 2025, quý I/2025 và chiều 19/9"
    )
    assert (full.value.start, full.value.end) == (date(2025, 8, 27), date(2025, 8, 27))
    assert (month.value.start, month.value.end) == (date(2023, 9, 1), date(2023, 9, 30))
    assert (early.value.start, early.value.end) == (date(2025, 1, 1), date(2025, 4, 30))
    assert (quarter.value.start, quarter.value.end) == (date(2025, 1, 1), date(2025, 3, 31))
    assert not any(m.anchored for m in (full, month, early, quarter))
    assert day.anchored
    start = day.value.start
    assert (start.month, start.day, day.value.part_of_day) == (9, 19, "afternoon")


KINDS = [
    ("ngày 25/6 vừa qua", "year left out"),
    ("Ngày 25/12 vừa qua", "year left out"),
    ("ngày 5/1 tới", "year left out"),
    ("ngày 29/2", "year left out"),
    ("từ 28/12 đến 3/1", "year left out"),
    ("8h30 ngày 5/9", "year left out"),
    ("tháng Chạp", "year left out"),
    ("cuối năm nay", "year left out"),
    ("hôm nay", "relative"),
    ("tuần này", "relative"),
    ("3 giờ chiều", "relative"),
    ("ngày 20 tháng này", "relative"),
    ("quý tới", "relative"),
    ("tháng 9 năm ngoái", "relative"),
    ("Từ nay đến tháng 9", "relative"),
    ("25/6/24", "relative"),  # a two-digit year: its century comes from the reference
    ("tháng Mười năm 2024", "fixed"),
    ("quý I/2025", "fixed"),
]


@pytest.mark.parametrize(("text", "expected"), KINDS)
def test_classify(text: str, expected: str) -> None:
    sentence = f"Hai bên họp {text}, theo nguồn tin."
    (mention,) = dating.find_mentions(sentence)
    assert text.startswith(mention.text)  # a cue after it stays outside
    assert dating.classify(sentence, mention) == expected


TENSES = [
    ("Hai nước nâng cấp quan hệ ngày 10/9 vừa qua là cột mốc.", "recent"),
    ("Dự kiến cuộc họp tiếp theo sẽ được đôi bên tổ chức vào đầu năm 2025.", "future"),
    ("Hoàn tất đàm phán các trụ cột còn lại trước thời điểm cuối năm 2023.", "future"),
    ("Trong chuyến thăm Việt Nam của Tổng thống Joe Biden tháng 9/2023.", "neutral"),
    ("Sớm hoàn tất tiến trình trong năm 2023 theo tinh thần Tuyên bố chung ngày 11/9.", "past"),
    ("Trước đó, chiều ngày 2/2, Quyền Bộ trưởng đã làm việc.", "past"),
    ("Hội nghị sẽ diễn ra ngày 25/6 tới tại Hà Nội.", "future"),
]


@pytest.mark.parametrize(("sentence", "expected"), TENSES)
def test_tense(sentence: str, expected: str) -> None:
    mention = dating.find_mentions(sentence)[-1]
    assert dating.tense(sentence, mention)[0] == expected


# --- each source alone -----------------------------------------------------------------------


def test_body_dates_point_both_ways() -> None:
    article = _article(
        "Biden thăm Việt Nam tháng 9/2023.",
        "Cuộc họp tiếp theo dự kiến sẽ diễn ra vào đầu năm 2025.",
    )
    bounds = [(c.lo, c.hi) for c in dating.body_dates(article)]
    assert bounds == [(date(2023, 9, 1), None), (None, date(2025, 4, 30))]


def test_body_dates_read_dates_in_words() -> None:
    article = _article(
        "Trong tháng Mười năm 2024, xuất khẩu sang Hoa Kỳ tăng.",
        "Hai bên sẽ họp vào quý I/2025.",
        "Hôm qua và ngày 25/6, đoàn đã đến.",  # anchored: placed later, not here
    )
    found = dating.body_dates(article)
    assert [(c.lo, c.hi) for c in found] == [(date(2024, 10, 1), None), (None, date(2025, 3, 31))]
    assert [c.describe() for c in found] == [
        "date: 'tháng Mười năm 2024' (neutral) → written on or after 2024-10-01",
        "date: 'quý I/2025' (future, 'sẽ') → written on or before 2025-03-31",
    ]


def test_a_cue_in_the_title_does_not_reach_into_the_body() -> None:
    article = _article("Tháng 9/2023, hai bên ký thỏa thuận.", title="Hai nước sẽ hợp tác")
    (constraint,) = dating.body_dates(article)
    assert (constraint.lo, constraint.hi) == (date(2023, 9, 1), None)


@given(st.dates(date(1990, 1, 1), date(2030, 12, 31)), st.sampled_from(["", " vừa qua", " tới"]))
def test_a_day_without_its_year_is_told_apart(day: date, cue: str) -> None:
    sentence = f"Hai bên họp ngày {day.day}/{day.month}{cue}, theo nguồn tin."
    (mention,) = dating.find_mentions(sentence)
    assert dating.classify(sentence, mention) == "year left out"
    written = f"Hai bên họp ngày {day.day}/{day.month}/{day.year}{cue}."
    (fixed,) = dating.find_mentions(written)
    assert dating.classify(written, fixed) == "fixed"


def test_a_year_reported_with_figures_is_over() -> None:
    article = _article("Năm 2023, Hoa Kỳ là đối tác đầu tư lớn nhất, với vốn đạt 74,3 tỷ USD.")
    (constraint,) = dating.body_dates(article)
    assert (constraint.lo, constraint.hi) == (date(2024, 1, 1), None)
    plain = _article("Năm 2023 là năm bản lề của quan hệ hai nước.")
    assert dating.body_dates(plain)[0].lo == date(2023, 1, 1)


class _FakeArticle:
    """Only what a source reads: the finders' results, without the live glossary."""

    def __init__(self, terms: list[Any] = (), titles: list[Any] = ()) -> None:  # type: ignore[assignment]
        self._terms, self._titles = list(terms), list(titles)

    def terms(self) -> list[Any]:
        return self._terms

    def titles(self) -> list[Any]:
        return self._titles


def _term(id: str, kind: str = "ministry", **dates: date) -> SimpleNamespace:
    return SimpleNamespace(
        id=id, kind=kind, valid_from=dates.get("valid_from"), valid_until=dates.get("valid_until")
    )


def test_term_validity() -> None:
    mic = _term("vn.mic", valid_until=date(2025, 2, 28))
    csp = _term("vn-us.csp", kind="framework", valid_from=date(2023, 9, 10))
    fake = _FakeArticle(
        terms=[
            SimpleNamespace(text="Bộ Thông tin và Truyền thông", term=mic),
            SimpleNamespace(text="Đối tác chiến lược toàn diện", term=csp),
            SimpleNamespace(text="Bộ TT&TT", term=mic),  # the same body twice counts once
        ]
    )
    found = dating.term_validity(fake)  # type: ignore[arg-type]
    assert [(c.lo, c.hi, c.weight) for c in found] == [
        (None, date(2025, 2, 28), 0.5),
        (date(2023, 9, 10), None, 1.0),
    ]
    assert "Bộ Thông tin và Truyền thông" in found[0].describe()


def _people() -> Any:
    from vnus.people import Office, People, Person

    acting = Office(
        title="title.minister",
        organization="vn.moit",
        en="Minister of Industry and Trade",
        country="VN",
        start=date(2025, 11, 1),
        end=None,
        acting=True,
    )
    return People(
        [
            Person(
                id="p.lmh",
                name="Lê Mạnh Hùng",
                country="VN",
                variants=(),
                offices=(acting,),
                sources=("test",),
            )
        ]
    )


def test_office_holders() -> None:
    terms = (_term("title.acting", "title-modifier"), _term("title.minister", "title"))
    terms += (_term("vn.moit"),)
    terms = tuple(SimpleNamespace(term=t) for t in terms)  # TitleMention.terms: TermMentions
    mention = SimpleNamespace(
        text="Quyền Bộ trưởng Bộ Công Thương Lê Mạnh Hùng", person="Lê Mạnh Hùng", terms=terms
    )
    unknown = SimpleNamespace(text="Bộ trưởng X", person="Nobody Known", terms=terms)
    fake = _FakeArticle(titles=[mention, unknown, mention])
    (constraint,) = dating.office_holders(fake, people=_people())  # type: ignore[arg-type]
    assert (constraint.lo, constraint.hi) == (date(2025, 11, 1), None)
    assert "Lê Mạnh Hùng" in constraint.describe()


def test_anniversary_with_an_explicit_year() -> None:
    article = _article("Gần 28 năm kể từ khi hai nước bình thường hóa quan hệ năm 1995.")
    (constraint,) = dating.anniversaries(article)
    assert (constraint.lo, constraint.hi) == (date(2022, 1, 1), date(2023, 12, 31))


def test_page_stamps() -> None:
    related = (
        RelatedItem("a", "Tin liên quan", datetime(2023, 9, 22, 7, 34)),
        RelatedItem("b", "Tin cùng chuyên mục", datetime(2025, 8, 26, 21, 31)),
        RelatedItem("c", "Đọc nhiều"),
        RelatedItem("d", "Các tin khác", datetime(2030, 1, 1)),  # either side: no clue
    )
    near, saved = dating.page_stamps(_article("x", related=related))
    assert (near.lo, near.hi, near.weight) == (date(2022, 9, 22), date(2024, 9, 21), 0.25)
    assert (saved.lo, saved.hi) == (None, date(2025, 9, 26))


# --- combining -------------------------------------------------------------------------------

bounds = st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2030, 12, 31)))


@st.composite
def constraints(draw: st.DrawFn) -> dating.Constraint:
    lo, hi = draw(bounds), draw(bounds)
    if lo and hi and lo > hi:
        lo, hi = hi, lo
    weight = draw(st.sampled_from([0.25, 0.5, 1.0]))
    return dating.Constraint(lo, hi, weight, "clue", "test")


@given(st.lists(constraints(), min_size=1, max_size=12))
def test_combine_gives_a_window_every_kept_clue_allows(found: list[dating.Constraint]) -> None:
    lo, hi, kept = dating.combine(found)
    assert lo <= hi
    assert all(c.covers(lo, hi) for c in kept)
    # No other single day is allowed by more weight than the window.
    best = sum(c.weight for c in kept)
    for c in found:
        for edge in (c.lo, c.hi):
            if edge is not None:
                day = edge.toordinal()
                assert sum(x.weight for x in found if x.covers(day, day)) <= best


@given(st.lists(st.dates(date(1990, 1, 1), date(2030, 12, 31)), min_size=1, max_size=6))
def test_consistent_clues_give_their_intersection(days: list[date]) -> None:
    found = [dating.Constraint(d, None, 1.0, "c", "t") for d in days]
    found.append(dating.Constraint(None, max(days), 1.0, "c", "t"))
    lo, hi, kept = dating.combine(found)
    assert (date.fromordinal(lo), date.fromordinal(hi)) == (max(days), max(days))
    assert kept == found


def test_a_conflicting_weak_clue_is_set_aside_and_said() -> None:
    article = _article(
        "Ngày 3/3/2023, hai bên họp.",
        related=(RelatedItem("a", "Tin liên quan", datetime(2010, 1, 1)),),
    )
    estimate = dating.infer_reference_date(article, today=TODAY)
    assert estimate.reference_date == date(2023, 3, 3)
    assert any("set aside" in e for e in estimate.evidence)


def test_partial_dates_take_the_year_of_the_window() -> None:
    article = _article(
        "Ngày 25/6 vừa qua, hai bên họp.",
        "Cuộc họp tiếp theo dự kiến sẽ diễn ra vào đầu năm 2025.",
        "Chuyến thăm tháng 9/2023 là cột mốc.",
    )
    estimate = dating.infer_reference_date(article, today=TODAY)
    assert estimate.reference_date == date(2024, 6, 25)
    assert estimate.window == (date(2024, 6, 25), date(2024, 8, 24))
    assert any("'Ngày 25/6' (recent, 'vừa qua') = 2024-06-25" in e for e in estimate.evidence)


def test_nothing_to_go_on_gives_none() -> None:
    estimate = dating.infer_reference_date(_article("Hai bên họp."), today=TODAY)
    assert estimate.reference_date is None
    year_only = dating.infer_reference_date(_article("Ngày 2/2 hai bên họp."), today=TODAY)
    assert year_only.reference_date is None
    assert "nothing places it" in year_only.evidence[-1]


def test_sources_are_pluggable() -> None:
    article = _article("Ngày 4/2, hai bên họp.")

    def office(_: Article) -> list[dating.Constraint]:
        return [dating.Constraint(date(2025, 11, 1), None, 1.0, "acting minister", "office")]

    estimate = dating.infer_reference_date(article, [office], today=TODAY)
    assert estimate.reference_date == date(2026, 2, 4)


# --- the seeds -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds() -> corpus.Corpus:
    return corpus.load()


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.stem[:3])
def test_seed_is_dated_to_the_right_month(seeds: corpus.Corpus, case: Path) -> None:
    expected = json.loads(case.read_text(encoding="utf-8"))
    article = seeds.get(expected["id"])
    assert article.reference_date is not None, article.reference_evidence
    assert article.reference_date.strftime("%Y-%m") == expected["reference_month"], (
        article.reference_evidence
    )
    assert article.reference_evidence


def test_dates_are_anchored_on_the_reference_date(seeds: corpus.Corpus) -> None:
    article = seeds.get("000_f38bb618d79b8589")
    values = {m.text: m.value for m in article.dates()}
    june = next(v for text, v in values.items() if "25/6" in text)
    assert june.start == date(2024, 6, 25)


UNSEEN = """Thủ tướng tiếp Bộ trưởng Tài chính Hoa Kỳ
Thời sự

Thủ tướng tiếp Bộ trưởng Tài chính Hoa Kỳ

LEAD

Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Janet Yellen. (Ảnh: VGP/Nhật Bắc)

Thủ tướng đánh giá cao chuyến thăm. Năm 2022, kim ngạch thương mại hai chiều đạt 138 tỷ USD.

Hai bên nhất trí tiếp tục thúc đẩy hợp tác trong thời gian tới./.

Hải Minh

Tin liên quan
-
Thời sự
Phó Thủ tướng làm việc với đoàn doanh nghiệp Hoa Kỳ
21:10' - 19/07/2023
Hai bên trao đổi về hợp tác đầu tư.
""".replace(
    "LEAD",
    "(Chinhphu.vn) - Chiều 20/7, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã tiếp "
    "Bộ trưởng Tài chính Hoa Kỳ Janet Yellen đang thăm Việt Nam.",
)


def test_an_unseen_page_is_read_and_dated_by_the_same_rules() -> None:
    article = corpus.parse_article(UNSEEN, "unseen")
    assert article.title == "Thủ tướng tiếp Bộ trưởng Tài chính Hoa Kỳ"
    assert article.source == "Chinhphu.vn"
    assert article.byline == "Hải Minh"
    assert article.captions == (
        "Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Janet Yellen. (Ảnh: VGP/Nhật Bắc)",
    )
    assert article.chrome == ("Thời sự", "Thủ tướng tiếp Bộ trưởng Tài chính Hoa Kỳ")
    assert len(article.paragraphs) == 3
    assert article.paragraphs[-1].endswith("thời gian tới.")
    (related,) = article.related
    assert (related.category, related.published) == ("Thời sự", datetime(2023, 7, 19, 21, 10))
    assert article.reference_date == date(2023, 7, 20)
    assert any("Năm 2022" in e for e in article.reference_evidence)


def test_dates_read_a_left_out_year_against_the_articles_own_date() -> None:
    article = _article(
        "Ngày 28/12, hai bên họp; hôm qua đoàn đã đến.", reference_date=date(2020, 1, 5)
    )
    assert [m.value.iso() for m in article.dates()] == ["2019-12-28", "2020-01-04"]


def test_the_demo_tour_reads_each_articles_dates_against_its_own_date() -> None:
    import io

    from vnus import demo

    out = io.StringIO()
    demo.corpus_section(out)
    tour = out.getvalue()
    assert "a year left out is read against 2024-06-25, the date inferred above" in tour
    lines = tour.splitlines()
    june = next(i for i, line in enumerate(lines) if line.strip().startswith("ngày 25/6 "))
    assert lines[june].split()[2:] == ["2024-06-25", "ngày", "25/6/2024"]
    assert lines[june + 1].strip() == "June 25, 2024"
    assert max(len(line) for line in lines) <= 100
    assert "  body:    8 paragraphs; kept apart: 1 caption, 0 keywords," in tour


WORDS_PAGE = """Xuất khẩu sang Hoa Kỳ tăng mạnh
Kinh tế

Xuất khẩu sang Hoa Kỳ tăng mạnh

(TTXVN) - DATE, kim ngạch xuất khẩu hàng dệt may của Việt Nam sang Hoa Kỳ tăng mạnh.

Hôm qua, các doanh nghiệp cho biết đơn hàng vẫn dồi dào./.

Minh Anh
"""


@pytest.mark.parametrize(
    ("written", "expected"),
    [("Trong tháng Mười năm 2024", date(2024, 10, 1)), ("Trong quý I/2025", date(2025, 1, 1))],
)
def test_an_unseen_page_dated_only_by_a_date_in_words(written: str, expected: date) -> None:
    article = corpus.parse_article(WORDS_PAGE.replace("DATE", written), "words")
    assert (article.source, article.byline) == ("TTXVN", "Minh Anh")
    assert article.reference_date == expected
    clue = written.removeprefix("Trong ")
    assert article.reference_evidence[0] == (
        f"date: '{clue}' (neutral) → written on or after {expected.isoformat()}"
    )
    assert "date: 'Hôm qua' counts from the day of writing (no clue)" in article.reference_evidence
    assert len(article.reference_evidence) == 3  # the clue, the no-clue, the conclusion


def test_a_period_without_its_year_takes_the_year_it_meets_the_window_in() -> None:
    article = _article(
        "Trong tháng Mười năm 2024, xuất khẩu tăng.",
        "Đơn hàng cho dịp cuối năm nay vẫn dồi dào.",
    )
    estimate = dating.infer_reference_date(article, today=TODAY)
    assert estimate.window == (date(2024, 10, 1), date(2025, 1, 31))
    assert (
        "date: 'cuối năm nay' (neutral) = 2024-09-01/2024-12-31 → written 2024-10-01 … 2025-01-31"
        in estimate.evidence
    )


def test_the_same_clue_twice_is_listed_once() -> None:
    article = _article("Chiều 15/4, hai bên họp.", "chiều 15/4, tháng 8 năm 2021.")
    estimate = dating.infer_reference_date(article, today=TODAY)
    assert [e for e in estimate.evidence if "15/4" in e] == [
        "date: 'Chiều 15/4' (neutral) = 2022-04-15 → written 2022-04-15 … 2023-01-31"
    ]

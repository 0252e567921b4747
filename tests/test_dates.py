"""Behaviour of the public date API: find_dates, parse_date, DateValue, format_date, CLI."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import unicodedata

import pytest

import vnus
from vnus.cli import main
from vnus.dates import DateMention, DateValue, find_dates, format_date, parse_date

REF = dt.date(2025, 8, 26)


def day(text: str) -> DateValue:
    moment = dt.date.fromisoformat(text)
    return DateValue(moment, moment, "day")


# --- find_dates and parse_date -------------------------------------------------------------


def test_mentions_are_left_to_right_with_original_spans() -> None:
    text = "Ngày 26/8, Bộ Xây dựng kỷ niệm 80 năm (28/8/1945 - 28/8/2025)."
    mentions = find_dates(text, reference=REF)
    assert [m.text for m in mentions] == ["Ngày 26/8", "28/8/1945 - 28/8/2025"]
    assert mentions[0] == DateMention((0, 9), "Ngày 26/8", day("2025-08-26"), anchored=True)
    assert mentions[1].span == (39, 60)


def test_spans_index_decomposed_input() -> None:
    text = unicodedata.normalize("NFD", "Thứ trưởng tiếp đoàn chiều ngày 2/2 tại Hà Nội")
    (mention,) = find_dates(text, reference=dt.date(2026, 2, 5))
    assert text[mention.span[0] : mention.span[1]] == mention.text
    assert unicodedata.normalize("NFC", mention.text) == "chiều ngày 2/2"
    assert mention.value.part_of_day == "afternoon"


def test_spans_index_text_with_odd_spaces_and_dashes() -> None:
    text = "tăng\u00a08,5%\u2009ngày\u00a010/9\u00a0vừa qua; 2021\u20132025"
    mentions = find_dates(text, reference=dt.date(2023, 9, 22))
    assert [m.text for m in mentions] == ["ngày\u00a010/9", "2021\u20132025"]


@pytest.mark.parametrize(
    ("text", "anchored"),
    [
        ("ngày 25/6", True),  # year inferred
        ("25/6/2024", False),
        ("tháng 9/2023", False),
        ("hôm qua", True),
        ("năm 2025", False),
        ("giai đoạn 2021-2025", False),
        ("tuần sau", True),
        ("3 ngày trước", True),
        ("thứ 2 tới", True),
        ("tháng 9 năm nay", True),  # a year read off the reference
        ("nửa cuối năm", True),
        ("quý I", True),
        ("quý I/2025", False),
        ("25/6/24", True),  # the century of a two-digit year
        ("8 giờ sáng nay", True),
        ("ngày 20 tháng này", True),
        ("June 25", True),
        ("June 25, 2024", False),
        ("thế kỷ XXI", False),
        ("thập niên 1990", False),
        ("Thứ Hai, 15/4/2024", False),
        ("từ 1 đến 5/9/2023", False),  # the first end takes the second end's year
        ("ngày 1-5/9", True),
        ("từ 1/9/2024 đến nay", True),
        ("tháng 3-4 năm nay", True),
    ],
)
def test_anchored_says_whether_the_value_used_the_reference(text: str, anchored: bool) -> None:
    [mention] = find_dates(text, reference=REF)
    assert mention.text == text
    assert mention.anchored is anchored


def test_a_mention_not_anchored_has_the_same_value_whatever_the_reference() -> None:
    from pathlib import Path

    seeds = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
    assert seeds
    other = dt.date(2011, 2, 3)
    checked = 0
    for seed in seeds:
        text = seed.read_text(encoding="utf-8")
        mine = find_dates(text, reference=REF)
        theirs = {m.span: m.value for m in find_dates(text, reference=other)}
        for mention in mine:
            if not mention.anchored:
                assert theirs[mention.span] == mention.value, mention.text
                checked += 1
    assert checked >= 10


def test_parse_date_returns_the_first_expression_or_none() -> None:
    assert parse_date("chiều 19/9 và sáng 20/9", reference=dt.date(2023, 9, 22)) == DateValue(
        dt.date(2023, 9, 19), dt.date(2023, 9, 19), "day", "afternoon"
    )
    assert parse_date("8,5% và 6.200 doanh nghiệp") is None
    assert parse_date("") is None


def test_parse_date_reads_a_bare_year_or_two_only_as_the_whole_text() -> None:
    assert parse_date(" 2045 ") == DateValue(dt.date(2045, 1, 1), dt.date(2045, 12, 31), "year")
    assert parse_date("2021-2025") == DateValue(dt.date(2021, 1, 1), dt.date(2025, 12, 31), "year")
    assert parse_date("2025-2021") is None
    assert find_dates("có 2045 người") == []


def test_reference_none_means_today() -> None:
    assert parse_date("hôm nay") == day(dt.date.today().isoformat())


def test_reference_may_be_a_datetime() -> None:
    value = parse_date("lúc 9 giờ", reference=dt.datetime(2025, 1, 2, 23, 59))
    assert value == DateValue(dt.datetime(2025, 1, 2, 9), dt.datetime(2025, 1, 2, 9), "hour")


@pytest.mark.parametrize("bad", [b"ngay 1/1/2025", None, 2025, ["1/1/2025"]])
def test_non_str_text_is_a_type_error_naming_the_type(bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        find_dates(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=type(bad).__name__):
        parse_date(bad)  # type: ignore[arg-type]


def test_bad_reference_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="str"):
        find_dates("ngày 1/1", reference="2025-01-01")  # type: ignore[arg-type]


def test_import_vnus_does_not_import_babel_and_find_dates_does_not_either() -> None:
    code = (
        "import sys, vnus; vnus.find_dates('ngày 1/1/2025'); "
        "assert 'babel' not in sys.modules; vnus.format_date(vnus.parse_date('2025')); "
        "assert 'babel' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_top_level_names() -> None:
    assert vnus.find_dates is find_dates
    assert vnus.DateValue is DateValue
    assert vnus.DateMention is DateMention


# --- DateValue -------------------------------------------------------------------------------


def test_date_value_is_frozen() -> None:
    value = day("2025-01-01")
    with pytest.raises(AttributeError):
        value.grain = "month"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"grain": "week"}, ValueError, "'grain' must be one of"),
        ({"part_of_day": "dawn"}, ValueError, "'part_of_day' must be one of"),
        ({"qualifier": "very"}, ValueError, "'qualifier' must be one of"),
        ({"end": dt.date(2024, 12, 31)}, ValueError, "'end' must not be before"),
        ({"end": dt.datetime(2025, 1, 1, 3)}, TypeError, "both be dates"),
    ],
)
def test_date_value_rejects_bad_fields(
    kwargs: dict[str, object], error: type[Exception], message: str
) -> None:
    fields: dict[str, object] = {"start": dt.date(2025, 1, 1), "end": dt.date(2025, 1, 1)}
    fields["grain"] = "day"
    fields.update(kwargs)
    with pytest.raises(error, match=message):
        DateValue(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "iso", "is_range"),
    [
        ("ngày 2/9/1945", "1945-09-02", False),
        ("tháng 9/2023", "2023-09", False),
        ("năm 2023", "2023", False),
        ("quý I/2025", "2025-01-01/2025-03-31", False),
        ("đầu năm 2025", "2025-01-01/2025-04-30", False),
        ("11 giờ ngày 27/8/2025", "2025-08-27T11", False),
        ("0 giờ 30 ngày 28/8/2025", "2025-08-28T00:30", False),
        ("giai đoạn 2021-2025", "2021-01-01/2025-12-31", True),
        ("từ 1/9 đến 5/9/2025", "2025-09-01/2025-09-05", True),
    ],
)
def test_iso_and_is_range(text: str, iso: str, is_range: bool) -> None:
    value = parse_date(text, reference=REF)
    assert value is not None
    assert value.iso() == iso
    assert value.is_range is is_range


def test_a_range_keeps_the_finer_grain_of_its_ends() -> None:
    value = parse_date("từ tháng 3 đến ngày 15/5/2024")
    assert value == DateValue(dt.date(2024, 3, 1), dt.date(2024, 5, 15), "day")


# --- format_date -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "vi", "vi_long", "en"),
    [
        ("ngày 25/6/2024", "ngày 25/6/2024", "25 tháng 6 năm 2024", "June 25, 2024"),
        (
            "chiều 25/6/2024",
            "chiều 25/6/2024",
            "chiều 25 tháng 6 năm 2024",
            "June 25, 2024, in the afternoon",
        ),
        (
            "15 giờ ngày 25/6/2024",
            "15 giờ ngày 25/6/2024",
            "15 giờ ngày 25 tháng 6 năm 2024",
            "June 25, 2024, 3 PM",
        ),
        (
            "15 giờ 30 ngày 25/6/2024",
            "15h30 ngày 25/6/2024",
            "15 giờ 30 phút ngày 25 tháng 6 năm 2024",
            "June 25, 2024, 3:30\u202fPM",
        ),
        ("tháng 9/2023", "tháng 9/2023", "tháng 9 năm 2023", "September 2023"),
        ("quý I/2025", "Quý 1 năm 2025", "Quý 1 năm 2025", "Q1 2025"),
        ("nửa cuối năm 2025", "nửa cuối năm 2025", "nửa cuối năm 2025", "the second half of 2025"),
        ("năm 2045", "năm 2045", "năm 2045", "2045"),
        ("đầu năm 2025", "đầu năm 2025", "đầu năm 2025", "early 2025"),
        ("giữa tháng 6/2025", "giữa tháng 6/2025", "giữa tháng 6 năm 2025", "mid-June 2025"),
        ("thập niên 1990", "thập niên 1990", "thập niên 1990", "the 1990s"),
        ("cuối thập niên 1990", "cuối thập niên 1990", "cuối thập niên 1990", "the late 1990s"),
        ("thế kỷ XXI", "thế kỷ 21", "thế kỷ 21", "the 21st century"),
        (
            "giai đoạn 2021-2025",
            "từ năm 2021 đến năm 2025",
            "từ năm 2021 đến năm 2025",
            "from 2021 to 2025",
        ),
        (
            "từ 1/9 đến 5/9/2025",
            "từ ngày 1/9/2025 đến ngày 5/9/2025",
            "từ 1 tháng 9 năm 2025 đến 5 tháng 9 năm 2025",
            "from September 1, 2025 to September 5, 2025",
        ),
        (
            "đầu nửa đầu năm 2000",
            "đầu nửa đầu năm 2000",
            "đầu nửa đầu năm 2000",
            "the early first half of 2000",
        ),
    ],
)
def test_format_date_in_both_locales(text: str, vi: str, vi_long: str, en: str) -> None:
    value = parse_date(text, reference=REF)
    assert value is not None
    assert format_date(value) == vi
    assert format_date(value, style="long") == vi_long
    assert format_date(value, "en") == en
    assert format_date(value, "en_US") == en
    for written in (vi, vi_long, en):
        assert parse_date(written, reference=REF) == value, written


def test_format_date_takes_dates_and_datetimes() -> None:
    assert format_date(dt.date(2023, 9, 10), "en") == "September 10, 2023"
    assert format_date(dt.datetime(2023, 9, 10, 7, 34)) == "7h34 ngày 10/9/2023"


def test_format_date_writes_the_offset_of_an_aware_time() -> None:
    from zoneinfo import ZoneInfo

    moment = dt.datetime(2025, 9, 4, 8, 30, tzinfo=ZoneInfo("America/New_York"))
    assert format_date(moment) == "8h30 ngày 4/9/2025 (GMT-04:00)"
    assert format_date(moment, "en") == "September 4, 2025, 8:30\u202fAM UTC-04:00"
    for locale in ("vi", "en"):
        back = parse_date(format_date(moment, locale))
        assert back is not None
        assert back.start == moment
        assert back.start.utcoffset() == dt.timedelta(hours=-4)


@pytest.mark.parametrize("year", [999, 3000, 9999])
def test_format_date_rejects_years_parse_date_does_not_read(year: int) -> None:
    with pytest.raises(ValueError, match="1000 to 2999"):
        format_date(dt.date(year, 1, 1))
    with pytest.raises(ValueError, match=str(year)):
        format_date(DateValue(dt.date(year, 1, 1), dt.date(year, 12, 31), "year"), "en")


def test_format_date_rejects_an_unknown_style() -> None:
    with pytest.raises(ValueError, match="'short'"):
        format_date(dt.date(2025, 1, 1), style="short")  # type: ignore[arg-type]


def test_format_date_rejects_other_locales_and_types() -> None:
    with pytest.raises(ValueError, match="'fr'"):
        format_date(dt.date(2025, 1, 1), "fr")
    with pytest.raises(TypeError, match="str"):
        format_date("2025-01-01")  # type: ignore[arg-type]


# --- command line ----------------------------------------------------------------------------


def test_cli_lists_mentions(capsys: pytest.CaptureFixture[str], tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "a.txt"
    path.write_text("Ngày 26/8, tăng 8,5%. Giai đoạn 2021-2025.", encoding="utf-8")
    assert main(["dates", str(path), "--reference", "2025-08-26"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "0-9\tNgày 26/8\t2025-08-26",
        "22-41\tGiai đoạn 2021-2025\t2021-01-01/2025-12-31",
    ]


def test_cli_json_is_one_object_per_mention(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("chiều 19/9 và 11 giờ ngày 27/8/2025"))
    assert main(["dates", "-", "--reference", "2023-09-22", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows[0] == {
        "span": [0, 10],
        "text": "chiều 19/9",
        "value": "2023-09-19",
        "start": "2023-09-19",
        "end": "2023-09-19",
        "grain": "day",
        "part_of_day": "afternoon",
        "qualifier": None,
        "anchored": True,
    }
    assert rows[1]["anchored"] is False
    assert rows[1]["value"] == "2025-08-27T11"
    assert rows[1]["start"] == "2025-08-27T11:00:00"


def test_cli_bad_reference_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dates", "-", "--reference", "26/8/2025"]) == 2
    assert "--reference" in capsys.readouterr().err


def test_cli_unreadable_file_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dates", "/nonexistent/file.txt"]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_cli_without_reference_reads_the_pages_own_date(
    capsys: pytest.CaptureFixture[str], tmp_path: object
) -> None:
    """A past article's "ngày 4/2" is read against the date the article gives, not today."""
    from pathlib import Path

    path = Path(str(tmp_path)) / "a.txt"
    path.write_text("Hà Nội, ngày 10/1/2024.\n\nNgày 4/2, hội nghị khai mạc.", encoding="utf-8")
    assert main(["dates", str(path)]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines()[-1].endswith("\t2024-02-04")
    assert "reference date: 2024-" in captured.err  # the corpus dating's estimate
    assert "read from the text" in captured.err


def test_cli_without_reference_or_clue_says_it_used_today(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("Ngày 4/2, hội nghị khai mạc."))
    assert main(["dates", "-", "--json"]) == 0
    captured = capsys.readouterr()
    assert "reference date: today" in captured.err
    assert json.loads(captured.out)["text"] == "Ngày 4/2"

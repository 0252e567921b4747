"""Office-holders: the people.toml loader, its checks, and the shipped data."""

from __future__ import annotations

import datetime
import unicodedata
import warnings
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnus
from vnus.errors import GlossaryError
from vnus.people import People, Period, find_person, holders, people

ROOT = Path(__file__).resolve().parents[1]
D = datetime.date

# Everyone the seed articles name, as the seeds write them.
SEED_NAMES = [
    "Nguyễn Chí Dũng",
    "Jose W. Fernandez",
    "Joe Biden",
    "Nguyễn Hồng Diên",
    "Gina Raimondo",
    "Phạm Minh Chính",
    "Antony Blinken",
    "Anthony Blinken",
    "Harris",
    "Trần Lưu Quang",
    "Marisa Lago",
    "Phan Tâm",
    "Lê Mạnh Hùng",
    "Bill Hagerty",
    "Brian Mc Feeters",
    "Jacob Helberg",
    "Phan Thị Thắng",
    "Oleksandr Gaman",
    "Roh Tae Moon",
]


def _load(tmp_path: Path, body: str) -> People:
    path = tmp_path / "people.toml"
    path.write_text(body, encoding="utf-8")
    return People.from_path(tmp_path)


GOOD = """
[[person]]
id = "a"
name = "Nguyễn Văn A"
country = "VN"
variants = ["Nguyen Van A"]
sources = ["s"]

[[person.office]]
title = "title.minister"
organization = "vn.moit"
en = "Minister of Industry and Trade"
start = 2020-01-01
end = 2021-12-31
"""


# --- the shipped data -------------------------------------------------------------------


@pytest.mark.parametrize("name", SEED_NAMES)
def test_everyone_the_seeds_name_is_known(name: str) -> None:
    assert find_person(name) is not None


def test_name_variants_resolve_to_one_person() -> None:
    assert find_person("Anthony Blinken") is find_person("antony blinken")
    assert find_person("Brian Mc Feeters") is find_person("Brian McFeeters")
    assert find_person("Nobody Atall") is None


def test_every_office_names_glossary_ids() -> None:
    assert people().check_against(vnus.glossary()) == []


def test_shipped_text_is_nfc_and_sourced() -> None:
    for person in people():
        assert person.sources
        for text in (person.name, *person.variants):
            assert unicodedata.is_normalized("NFC", text)
        for office in person.offices:
            assert office.sources
            assert unicodedata.is_normalized("NFC", office.en)
            assert office.start is None or office.end is None or office.start <= office.end


@pytest.mark.parametrize(
    ("office_id", "day", "title", "expected"),
    [
        ("us.doc", D(2023, 9, 19), "title.minister", ["Gina Raimondo"]),
        ("us.doc", D(2025, 6, 1), "title.minister", ["Howard Lutnick"]),
        ("vn.moit", D(2023, 9, 19), "title.minister", ["Nguyễn Hồng Diên"]),
        ("vn.moit", D(2026, 2, 4), "title.minister", ["Lê Mạnh Hùng"]),
        ("us.state", D(2024, 4, 15), "title.foreign-minister", ["Antony Blinken"]),
        ("us.state.e", D(2024, 6, 25), None, ["Jose W. Fernandez"]),
        ("vn.mofa", D(2025, 11, 1), None, ["Lê Hoài Trung"]),
    ],
)
def test_holders_on_a_date(
    office_id: str, day: datetime.date, title: str | None, expected: list[str]
) -> None:
    assert [p.name for p in holders(office_id, on=day, title=title)] == expected


def test_periods_tell_when_a_text_may_have_been_written() -> None:
    raimondo = find_person("Gina Raimondo")
    assert raimondo is not None
    assert raimondo.periods(organization="us.doc") == (Period(D(2021, 3, 3), D(2025, 1, 20)),)
    assert raimondo.consistent_with(D(2023, 9, 19), organization="us.doc")
    assert not raimondo.consistent_with(D(2025, 6, 1), organization="us.doc")
    assert raimondo.periods(organization="vn.moit") == ()
    hung = find_person("Lê Mạnh Hùng")
    assert hung is not None
    assert [o.acting for o in hung.offices_on(D(2026, 2, 4))] == [True]


# --- the loader's checks ------------------------------------------------------------------


def test_a_good_file_loads(tmp_path: Path) -> None:
    loaded = _load(tmp_path, GOOD)
    (person,) = loaded
    assert loaded.get("a") is person
    assert loaded.find("NGUYEN VAN A") is person
    assert person.offices[0].sources == ("s",)  # inherited from the person
    assert loaded.holders("vn.moit", on=D(2021, 6, 1)) == (person,)
    assert loaded.holders("vn.moit", on=D(2022, 6, 1)) == ()
    with pytest.raises(KeyError, match="b"):
        loaded.get("b")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t.replace('sources = ["s"]', "sources = []"), "source"),
        (lambda t: t.replace('name = "Nguyễn Văn A"', 'name = "Nguye\u0302\u0303n Văn A"'), "NFC"),
        (lambda t: t.replace("end = 2021-12-31", "end = 2019-12-31"), "before start"),
        (lambda t: t.replace("start = 2020-01-01", 'start = "2020"'), "TOML date"),
        (lambda t: t.replace('country = "VN"', 'country = "VN"\nage = 3'), "unknown field"),
        (lambda t: t.replace('en = "Minister', 'rank = 1\nen = "Minister'), "unknown office"),
        (lambda t: t.replace('title = "title.minister"\n', ""), "'title'"),
        (lambda t: t + t.replace('id = "a"', 'id = "b"'), "also a name"),
        (lambda t: t + t, "duplicate id"),
        (lambda t: t.replace('id = "a"', "id = 3"), "string"),
        (lambda t: t.replace("end = 2021", "acting = 1\nend = 2021"), "true or false"),
        (lambda t: t + "\n[", "TOML"),
        (lambda t: t.replace('id = "a"', 'id = "A b"'), "lowercase"),
        (lambda t: t.replace('country = "VN"', 'country = "VN"\nchecked = "2026"'), "TOML date"),
        (
            lambda t: t.replace('country = "VN"', 'country = "VN"\nchecked = 2019-05-01'),
            "field 'checked': 2019-05-01 is before the start of an office",
        ),
    ],
)
def test_bad_data_is_refused_with_where_and_what(
    tmp_path: Path, change: object, message: str
) -> None:
    with pytest.raises(GlossaryError, match=message):
        _load(tmp_path, change(GOOD))  # type: ignore[operator]


def test_checked_says_when_the_offices_were_last_checked(tmp_path: Path) -> None:
    (unchecked,) = _load(tmp_path, GOOD)
    assert unchecked.checked is None
    loaded = _load(tmp_path, GOOD.replace('country = "VN"', 'country = "VN"\nchecked = 2021-06-01'))
    assert loaded.get("a").checked == D(2021, 6, 1)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a day the check covers: no warning
        assert loaded.holders("vn.moit", on=D(2021, 6, 1)) == (loaded.get("a"),)
    with pytest.warns(
        vnus.StaleDataWarning, match="'vn.moit' on 2021-09-01 reaches past 2021-06-01"
    ):
        assert loaded.holders("vn.moit", on=D(2021, 9, 1)) == (loaded.get("a"),)


def test_unknown_glossary_ids_are_reported(tmp_path: Path) -> None:
    loaded = _load(tmp_path, GOOD.replace("vn.moit", "vn.no-such-body"))
    (problem,) = loaded.check_against(vnus.glossary())
    assert problem.entry == "a"
    assert problem.field == "organization"


# --- laws -------------------------------------------------------------------------------

DATES = st.dates(min_value=D(1990, 1, 1), max_value=D(2040, 12, 31))


@given(DATES, DATES, DATES)
def test_a_period_contains_exactly_the_days_between_its_ends(
    a: datetime.date, b: datetime.date, day: datetime.date
) -> None:
    start, end = min(a, b), max(a, b)
    assert Period(start, end).contains(day) == (start <= day <= end)
    assert Period(None, end).contains(day) == (day <= end)
    assert Period(start, None).contains(day) == (start <= day)
    assert Period(None, None).contains(day)

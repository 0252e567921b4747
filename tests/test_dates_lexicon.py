"""The date words are data: CLDR names match Babel, and the grammar reads its tables."""

from __future__ import annotations

import tomllib
from importlib import resources

from vnus import lexicon
from vnus._date_cldr import cldr_tables, render


def test_cldr_names_are_babels() -> None:
    shipped = resources.files("vnus.lexicon").joinpath("dates-cldr.toml").read_text("utf-8")
    assert shipped == render(cldr_tables()), "run: python -m vnus._date_cldr"
    assert tomllib.loads(shipped) == cldr_tables()


def test_cldr_tables_hold_what_the_grammar_needs() -> None:
    tables = cldr_tables()
    assert tables["en_months"]["september"] == 9
    assert tables["en_months"]["sep"] == 9
    assert tables["en_weekdays"]["thursday"] == 3
    assert tables["vi_weekdays"]["hai"] == 0
    assert tables["vi_weekdays"]["7"] == 5
    assert tables["vi_day_periods"]["afternoon"] == "chiều"


def test_every_dates_table_is_read() -> None:
    from vnus import _date_reader  # noqa: F401  (reading it loads every table)

    data = lexicon.load("dates")
    assert {"parts", "relative_days", "relative_periods", "cues", "negative_cues"} <= set(data)
    for words in data["negative_cues"].values():
        assert all(isinstance(word, str) and word == word.lower() for word in words)


def test_a_new_relative_day_word_is_a_data_change() -> None:
    """A word added to ``relative_days`` is read with no code change."""
    import datetime as dt

    from vnus._date_reader import RELATIVE_DAYS

    assert RELATIVE_DAYS["hôm"]["qua"] == -1
    from vnus.dates import parse_date

    assert parse_date("hôm qua", reference=dt.date(2025, 9, 10)).iso() == "2025-09-09"


_PATCHED = """
import vnus.lexicon as lexicon

original = lexicon.load

def load(name):
    data = original(name)
    if name == "dates":
        days = {key: dict(value) for key, value in data["relative_days"].items()}
        days["hôm"]["kìa"] = -3  # a spelling added as data: the day before "hôm kia"
        days["hồi"] = {"hôm": -1}  # a new head word, as data
        data = {**data, "relative_days": days}
    return data

lexicon.load = load
import datetime as dt
from vnus.dates import parse_date

reference = dt.date(2025, 9, 10)
print(parse_date("hôm kìa", reference=reference).iso())
print(parse_date("Hồi hôm, giá vàng tăng.", reference=reference).iso())
"""


def test_a_relative_day_word_added_to_the_lexicon_is_read_with_no_code_change() -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", _PATCHED], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["2025-09-07", "2025-09-09"]

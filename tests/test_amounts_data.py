"""The shipped amounts lexicon: codes are ISO 4217, every form reads back as its unit."""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel.numbers import list_currencies

import vnus
from vnus import lexicon

CURRENCIES = lexicon.table("amounts", "currencies")
UNITS = lexicon.table("amounts", "units")
PERCENT = lexicon.table("amounts", "percent")


@pytest.mark.parametrize("code", sorted(CURRENCIES))
def test_currency_codes_are_iso_4217(code: str) -> None:
    assert code in list_currencies()
    assert code in CURRENCIES[code]["codes"]


def _after_forms() -> list[tuple[str, str, str]]:
    rows = []
    for family, table in (("money", CURRENCIES), ("percent", PERCENT), ("quantity", UNITS)):
        for symbol, spec in table.items():
            if spec.get("per_only"):
                continue
            for key in ("vi", "en", "codes"):
                rows += [(family, symbol, form) for form in spec.get(key, [])]
    return rows


@pytest.mark.parametrize(("kind", "unit", "form"), _after_forms())
def test_every_form_after_a_figure_reads(kind: str, unit: str, form: str) -> None:
    amount = vnus.parse_amount(f"đạt 12 {form}")
    assert amount is not None, form
    assert (amount.value, amount.unit, amount.kind) == (Decimal(12), unit, kind)


@pytest.mark.parametrize(
    ("code", "form"), [(code, form) for code, spec in CURRENCIES.items() for form in spec["before"]]
)
def test_every_form_before_a_figure_reads(code: str, form: str) -> None:
    amount = vnus.parse_amount(f"worth {form}12 million")
    assert amount is not None, form
    assert (amount.value, amount.unit) == (Decimal(12_000_000), code)


@pytest.mark.parametrize(
    ("symbol", "spec"), [(s, spec) for s, spec in UNITS.items() if spec.get("per_only")]
)
def test_units_of_rates_read_after_a_slash(symbol: str, spec: dict[str, object]) -> None:
    for form in [*spec.get("vi", []), *spec.get("en", [])]:  # type: ignore[misc]
        amount = vnus.parse_amount(f"giá 12 USD/{form}")
        assert amount is not None, form
        assert amount.unit == f"USD/{symbol}"


def test_a_unit_word_alone_after_a_figure_is_not_a_rate_unit() -> None:
    assert vnus.find_amounts("12 tháng") == []
    assert vnus.find_amounts("30 năm quan hệ") == []


@pytest.mark.parametrize("form", lexicon.table("amounts", "not_units")["forms"])
def test_words_that_start_like_a_unit_are_not_one(form: str) -> None:
    assert vnus.find_amounts(f"có 3 {form}") == []


def test_a_broken_lexicon_entry_names_file_and_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    from vnus import amounts
    from vnus.errors import LexiconError

    real = lexicon.load("amounts")
    broken = {**real, "currencies": {**real["currencies"], "XXX": {"vi": "đồng", "codes": []}}}
    monkeypatch.setattr(lexicon, "load", lambda name: broken if name == "amounts" else real)
    amounts._lexicon.cache_clear()
    try:
        with pytest.raises(
            LexiconError, match=r"amounts\.toml: \[currencies\.XXX\] vi must be a list"
        ):
            amounts._lexicon()
    finally:
        amounts._lexicon.cache_clear()

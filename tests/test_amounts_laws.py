"""Laws of amounts: format then parse gives the amount back, in both languages and in a
sentence; spans index the text; no date is read inside an amount."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

import vnus
from vnus._amount_strategies import _amount
from vnus.amounts import Amount
from vnus.strategies import amounts, vietnamese_text


@given(_amount(), st.sampled_from(["vi", "en"]))
@settings(max_examples=400)
def test_parse_of_format_is_the_amount(amount: Amount, locale: str) -> None:
    text = vnus.format_amount(amount, locale)
    assert vnus.parse_amount(text) == amount, text


@given(amounts())
@settings(max_examples=300)
def test_strategy_texts_read_as_their_amount(example: tuple[str, Amount]) -> None:
    text, amount = example
    (mention,) = vnus.find_amounts(text)
    assert mention.amount == amount
    assert text[mention.span[0] : mention.span[1]] == mention.text


@given(amounts())
def test_no_date_inside_an_amount(example: tuple[str, Amount]) -> None:
    text, _ = example
    (mention,) = vnus.find_amounts(text)
    for date in vnus.find_dates(text, reference=dt.date(2025, 6, 1)):
        assert date.span[1] <= mention.span[0] or mention.span[1] <= date.span[0], date


@given(vietnamese_text())
def test_spans_index_any_text(text: str) -> None:
    for mention in vnus.find_amounts(text):
        assert text[mention.span[0] : mention.span[1]] == mention.text
        assert mention.value >= 0


@given(st.text(alphabet="0123456789.,%$ tỷriệuđồngUSD-/", max_size=60))
def test_odd_strings_never_raise(text: str) -> None:
    for mention in vnus.find_amounts(text):
        assert isinstance(mention.value, Decimal)
        assert mention.high is None or mention.high >= mention.value


@given(_amount(), _amount(), st.sampled_from(["vi", "en"]))
@settings(max_examples=300)
def test_two_amounts_in_one_text_read_apart(first: Amount, second: Amount, locale: str) -> None:
    # One language: in a text that mixes them, the text around an ambiguous figure
    # ("1.000 GW") may speak the other language (docs/amounts.md, "The decimal mark").
    text = f"{vnus.format_amount(first, locale)}; {vnus.format_amount(second, locale)}"
    assert [m.amount for m in vnus.find_amounts(text)] == [first, second]

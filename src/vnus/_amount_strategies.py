"""The Hypothesis strategy behind :func:`vnus.strategies.amounts` (needs ``hypothesis``).

Amounts are drawn from what the lexicon lists (every currency, percent unit and unit of
quantity), written with :func:`vnus.format_amount` in Vietnamese or English and set in a
sentence of the press; the text comes with the :class:`~vnus.amounts.Amount` it means.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from vnus import lexicon
from vnus._numbers import tidy
from vnus.amounts import Amount, Approx, Kind, format_amount

# Sentences a figure sits in; "{}" is the amount. Their words are not amounts.
_VI_FRAMES = (
    "{}",
    "Kim ngạch đạt {}.",
    "Theo báo cáo, con số này là {} trong quý vừa qua.",
    "Bộ Tài chính cho biết {}, cao hơn dự kiến.",
)
_EN_FRAMES = (
    "{}",
    "Exports reached {}.",
    "The ministry said the figure was {} in the last quarter.",
    "Officials put it at {}, above forecasts.",
)
_SCALES = (1, 10**3, 10**6, 10**9, 10**12)


def _symbols(family: str, *, per_only: bool | None = False) -> list[str]:
    table = lexicon.table("amounts", family)
    return sorted(
        symbol
        for symbol, spec in table.items()
        if per_only is None or bool(spec.get("per_only", False)) == per_only
    )


@st.composite
def _value(draw: st.DrawFn, *, scaled: bool, low: Decimal | None = None) -> Decimal:
    """A figure of the press: up to three decimals, times a scale when ``scaled``."""
    places = draw(st.integers(0, 3))
    mantissa = draw(st.integers(0 if low is None else 1, 999_999))
    scale = draw(st.sampled_from(_SCALES)) if scaled else 1
    value = tidy(Decimal(mantissa) / 10**places * scale)
    return value if low is None else tidy(low + value)


@st.composite
def _amount(draw: st.DrawFn) -> Amount:
    kind: Kind = draw(st.sampled_from(("money", "percent", "quantity", "rate", "number")))
    unit: str | None
    if kind == "money":
        unit = draw(st.sampled_from(_symbols("currencies")))
    elif kind == "percent":
        unit = draw(st.sampled_from(_symbols("percent")))
    elif kind == "quantity":
        unit = draw(st.sampled_from(_symbols("units")))
    elif kind == "rate":
        top = draw(st.sampled_from(_symbols("currencies") + _symbols("units")))
        bottoms = _symbols("units", per_only=None)
        if top in _symbols("currencies"):
            bottoms = [*bottoms, *(c for c in _symbols("currencies") if c != top)]
        unit = f"{top}/{draw(st.sampled_from([b for b in bottoms if b != top]))}"
    else:
        unit = None
    scaled = kind in ("money", "quantity", "rate")
    if kind == "number":  # a bare number is an amount only in millions and up
        scale = draw(st.sampled_from(_SCALES[2:]))
        value = tidy(Decimal(draw(st.integers(1, 999_999))) / 1000 * scale)
        value = max(value, Decimal(scale))
    else:
        value = draw(_value(scaled=scaled))
    high = None
    if draw(st.booleans()):
        if kind == "number":
            high = tidy(value + Decimal(draw(st.integers(1, 999))) * scale)
        else:
            high = draw(_value(scaled=scaled, low=value))
    approx: Approx | None = draw(st.sampled_from((None, "about", "over", "under", "nearly")))
    return Amount(value, unit, kind, approx, high)


@st.composite
def amount_texts(draw: st.DrawFn) -> tuple[str, Amount]:
    """(text, amount): the amount written by ``format_amount`` in a sentence."""
    amount = draw(_amount())
    locale = draw(st.sampled_from(("vi", "en")))
    frame = draw(st.sampled_from(_VI_FRAMES if locale == "vi" else _EN_FRAMES))
    return frame.format(format_amount(amount, locale)), amount

"""Amounts in Vietnamese and English news: money, percentages, quantities and rates.

:func:`find_amounts` lists every amount with its span in the original string;
:func:`parse_amount` reads the one amount of a short text; :func:`format_amount` writes
an :class:`Amount` the way the Vietnamese or the English press does, through Babel's
number formatting. The words (currencies, units, hedges) are data in
``vnus/lexicon/amounts.toml``; the number words in ``vnus/lexicon/numbers.toml``.

>>> [(m.text, m.value, m.unit) for m in find_amounts("đạt 88,4 tỷ USD, tăng 27,8%")]
[('88,4 tỷ USD', Decimal('88400000000'), 'USD'), ('27,8%', Decimal('27.8'), '%')]
>>> a = parse_amount("khoảng 25.450 đồng/USD")
>>> a.value, a.unit, a.kind, a.approx
(Decimal('25450'), 'VND/USD', 'rate', 'about')
>>> format_amount(parse_amount("88,4 tỷ USD"), "en")
'US$88.4 billion'
>>> format_amount(parse_amount("27.8 percent"), "vi")
'27,8%'

What counts as an amount, how a figure's decimal mark is told, and what is never an
amount are in ``docs/amounts.md``.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

import attrs

from vnus import lexicon
from vnus._numbers import DIGITS_RE, Lang, number_words, parse_digits, read_number, tidy
from vnus.errors import LexiconError, require_str
from vnus.text import lower_with_offsets

__all__ = ["KINDS", "Amount", "AmountMention", "find_amounts", "format_amount", "parse_amount"]

Kind = Literal["money", "percent", "quantity", "rate", "number"]
Approx = Literal["about", "over", "under", "nearly"]
KINDS: tuple[Kind, ...] = ("money", "percent", "quantity", "rate", "number")
APPROX: tuple[Approx, ...] = ("about", "over", "under", "nearly")
# A bare number (no unit) is an amount only with a scale word this large: "17,5 triệu".
_NUMBER_SCALE = 1_000_000


# --- values ----------------------------------------------------------------------------------


def _to_decimal(value: object) -> Decimal:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"an amount must be a finite number (got {value!r})")
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    if isinstance(value, str):
        try:
            return _to_decimal(Decimal(value))
        except InvalidOperation:
            raise ValueError(f"not a number: {value!r}") from None
    raise TypeError(
        f"an amount's value must be a Decimal, an int or a str, not {type(value).__name__}"
    )


def _to_high(value: object) -> Decimal | None:
    return None if value is None else _to_decimal(value)


def _check_kind(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in KINDS:
        raise ValueError(f"'kind' must be one of {KINDS} (got {value!r})")


def _check_approx(
    instance: object, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is not None and value not in APPROX:
        raise ValueError(f"'approx' must be one of {APPROX} or None (got {value!r})")


def _check_unit(
    instance: object, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is not None and (not isinstance(value, str) or not value):
        raise TypeError(f"'unit' must be a non-empty str or None (got {value!r})")


@attrs.frozen(slots=True)
class Amount:
    """An amount: ``value`` in units of ``unit`` ("88,4 tỷ USD" is 88400000000 USD).

    ``unit`` is an ISO 4217 code for money ("USD", "VND"), "%" for percent, "pp" for
    percentage points, "bp" for basis points, a unit symbol for a quantity ("t", "MW",
    "kWh"), "A/B" for a rate ("VND/USD", "USD/t") and None for a bare number.
    ``approx`` is the hedge before it ("about", "over", "under", "nearly") and ``high``
    the upper end of a range whose lower end is ``value``.

    >>> Amount(Decimal("27.8"), "%", "percent")
    Amount(value=Decimal('27.8'), unit='%', kind='percent', approx=None, high=None)
    >>> Amount(1, "%", "share")
    Traceback (most recent call last):
    ...
    ValueError: 'kind' must be one of ('money', ...) (got 'share')
    """

    value: Decimal = attrs.field(converter=_to_decimal)
    unit: str | None = attrs.field(validator=_check_unit)
    kind: Kind = attrs.field(validator=_check_kind)
    approx: Approx | None = attrs.field(default=None, validator=_check_approx)
    high: Decimal | None = attrs.field(default=None, converter=_to_high)

    def __attrs_post_init__(self) -> None:
        if self.high is not None and self.high < self.value:
            raise ValueError(f"a range's high end {self.high} is below its low end {self.value}")

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: values as strings so that no digit is lost."""
        return {
            "value": str(self.value),
            "unit": self.unit,
            "kind": self.kind,
            "approx": self.approx,
            "high": None if self.high is None else str(self.high),
        }


@attrs.frozen(slots=True)
class AmountMention:
    """One amount found in a text: where (``span``, ``text``) and what (the rest)."""

    span: tuple[int, int]
    text: str
    value: Decimal
    unit: str | None
    kind: Kind
    approx: Approx | None = None
    high: Decimal | None = None

    @property
    def amount(self) -> Amount:
        """The amount without where it was written."""
        return Amount(self.value, self.unit, self.kind, self.approx, self.high)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "amount",
            "span": list(self.span),
            "text": self.text,
            **self.amount.to_dict(),
        }


# --- the lexicon -----------------------------------------------------------------------------

_LETTERS = r"a-z\u00e0-\u00f6\u00f8-\u00ff\u0100-\u024f\u1e00-\u1eff"
# A figure, a letter run, or one other non-space character.
_TOKEN_RE = re.compile(rf"[0-9]++(?:[.,][0-9]++)*+|[{_LETTERS}]++|\S")
_SPACE_RE = re.compile(r"\s")

# (family, symbol, language or None, flag): the flag is per_only for a unit, and for a
# range joiner whether it joins only after a range start ("between 20 and 25").
Entry = tuple[str, str, str | None, bool]


@attrs.frozen(slots=True)
class _Form:
    words: tuple[str, ...]
    glued: tuple[bool, ...]  # glued[k]: no space between words[k] and words[k + 1]
    entry: Entry


def _split_form(form: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    text = form.lower()
    matches = list(_TOKEN_RE.finditer(text))
    words = tuple(m.group() for m in matches)
    glued = tuple(a.end() == b.start() for a, b in itertools.pairwise(matches))
    return words, glued


@attrs.frozen(slots=True)
class _Lexicon:
    after: Mapping[str, tuple[_Form, ...]]  # forms after a figure, by first word
    before: Mapping[str, tuple[_Form, ...]]  # currency forms before a figure
    approx: Mapping[str, tuple[_Form, ...]]
    approx_after: Mapping[str, tuple[_Form, ...]]
    per: Mapping[str, tuple[_Form, ...]]
    range_starts: Mapping[str, tuple[_Form, ...]]
    range_joiners: Mapping[str, tuple[_Form, ...]]
    change_joiners: Mapping[str, tuple[_Form, ...]]
    not_scales: frozenset[tuple[str, str]]
    labels: Mapping[str, tuple[_Form, ...]]
    en_words: frozenset[str]
    writing: Mapping[str, tuple[str, str]]  # symbol -> (write_vi, write_en)
    per_writing: Mapping[str, str]  # symbol -> write_en_per
    currencies: frozenset[str]
    approx_words: Mapping[str, tuple[str, str]]  # approx -> (vi, en)
    starts: frozenset[str]  # every word an attempt may start at


def _strings(value: object, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise LexiconError(f"vnus/lexicon/amounts.toml: {where} must be a list of words")
    return list(value)


def _index(forms: Sequence[_Form]) -> dict[str, tuple[_Form, ...]]:
    by_first: dict[str, list[_Form]] = {}
    for form in forms:
        by_first.setdefault(form.words[0], []).append(form)
    return {w: tuple(sorted(fs, key=lambda f: -len(f.words))) for w, fs in by_first.items()}


def _forms(words: Sequence[str], entry: Entry) -> list[_Form]:
    return [_Form(*_split_form(w), entry) for w in words]


def _english_words(forms: Sequence[_Form]) -> set[str]:
    """Words of the English forms that no Vietnamese form has ("tonnes", not "container")."""
    english = {w for f in forms if f.entry[2] == "en" for w in f.words if w.isalpha()}
    return english - {w for f in forms if f.entry[2] == "vi" for w in f.words}


@functools.cache
def _lexicon() -> _Lexicon:
    after: list[_Form] = []
    before: list[_Form] = []
    writing: dict[str, tuple[str, str]] = {}
    per_writing: dict[str, str] = {}
    for family in ("currencies", "percent", "units"):
        table = lexicon.table("amounts", family)
        for symbol, spec in table.items():
            where = f"[{family}.{symbol}]"
            if not isinstance(spec, dict):
                raise LexiconError(f"vnus/lexicon/amounts.toml: {where} must be a table")
            per_only = bool(spec.get("per_only", False))
            for lang in ("vi", "en"):
                words = _strings(spec.get(lang, []), f"{where} {lang}") if lang in spec else []
                after += _forms(words, (family, symbol, lang, per_only))
            codes = _strings(spec["codes"], f"{where} codes") if spec.get("codes") else []
            after += _forms(codes, (family, symbol, None, per_only))
            if "before" in spec:
                before += _forms(
                    _strings(spec["before"], f"{where} before"), (family, symbol, "en", False)
                )
            per_writing[symbol] = str(spec.get("write_en_per", spec.get("write_en", "")))
            try:
                writing[symbol] = (str(spec["write_vi"]), str(spec["write_en"]))
            except KeyError as missing:
                raise LexiconError(f"vnus/lexicon/amounts.toml: {where} has no {missing}") from None
    blockers = _strings(lexicon.table("amounts", "not_units")["forms"], "[not_units] forms")
    after += _forms(blockers, ("not", "", None, False))
    approx_table = lexicon.table("amounts", "approx")
    approx: list[_Form] = []
    approx_words: dict[str, tuple[str, str]] = {}
    for meaning in APPROX:
        words = _strings(approx_table.get(meaning), f"[approx] {meaning}")
        approx += _forms(words, ("approx", meaning, None, False))
        vi = next(w for w in words if not w.isascii())
        en = next(w for w in words if w.isascii())
        approx_words[meaning] = (vi, en)
    after_table = lexicon.table("amounts", "approx_after")
    approx_after = [
        form
        for meaning in ("over", "under")
        for form in _forms(
            _strings(after_table.get(meaning), f"[approx_after] {meaning}"),
            ("approx", meaning, None, False),
        )
    ]
    ranges = lexicon.table("amounts", "range")
    only_after_start = set(_strings(ranges["after_start_only"], "[range] after_start_only"))
    joiners = [
        _Form(*_split_form(w), ("range", w, None, w in only_after_start))
        for w in _strings(ranges["joiners"], "[range] joiners")
    ]
    not_scales = set()
    for form in _strings(lexicon.table("amounts", "not_scales")["forms"], "[not_scales] forms"):
        pair, _ = _split_form(form)
        if len(pair) != 2:
            raise LexiconError(f"vnus/lexicon/amounts.toml: [not_scales] {form!r}: two words")
        not_scales.add((pair[0], pair[1]))
    indexes = {
        "after": _index(after),
        "before": _index(before),
        "approx": _index(approx),
        "approx_after": _index(approx_after),
        "per": _index(
            _forms(
                _strings(lexicon.table("amounts", "rate")["per"], "[rate] per"),
                ("per", "", None, False),
            )
        ),
        "range_starts": _index(
            _forms(_strings(ranges["starts"], "[range] starts"), ("start", "", None, False))
        ),
        "range_joiners": _index(joiners),
        "change_joiners": _index(
            _forms(
                _strings(lexicon.table("amounts", "change")["joiners"], "[change] joiners"),
                ("change", "", None, False),
            )
        ),
        "labels": _index(
            _forms(
                _strings(lexicon.table("amounts", "labels")["before"], "[labels] before"),
                ("label", "", None, False),
            )
        ),
    }
    vi_words, en_words = number_words("vi"), number_words("en")
    starts = {
        *indexes["before"],
        *indexes["approx"],
        *indexes["range_starts"],
        *vi_words.units,
        *vi_words.ten,
        *en_words.units,
        *en_words.tens,
        *en_words.one_before_scale,
    }
    return _Lexicon(
        **indexes,
        not_scales=frozenset(not_scales),
        en_words=frozenset(
            _strings(lexicon.table("amounts", "language")["en_words"], "[language] en_words")
        )
        | (_english_words(after) | set(en_words.scales)),
        writing=writing,
        per_writing=per_writing,
        currencies=frozenset(lexicon.table("amounts", "currencies")),
        approx_words=approx_words,
        starts=frozenset(starts),
    )


# --- tokens ----------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class _Core:
    """One number with what is written around it: "US$88.4 billion", "25.450 đồng/USD"."""

    start: int  # first token (the currency before it, if any)
    end: int  # token after the last one used
    value: Decimal
    lead_scale: int  # the scale right after the first figure or word (1 if none)
    unit: str | None
    kind: Kind | None
    lang: Lang | None  # the language its own words give it (None: none does)


class _Scan:
    """One text's tokens and the reading of amounts over them; nothing shared."""

    def __init__(self, text: str) -> None:
        self.text = text
        folded, offsets = lower_with_offsets(text)
        self.folded = folded
        self.offsets = offsets
        matches = list(_TOKEN_RE.finditer(folded))
        self.starts = [m.start() for m in matches]
        self.ends = [m.end() for m in matches]
        words = [m.group() for m in matches]
        lex = _lexicon()
        self.words = words
        # Scale words that start another word ("tỷ lệ") are hidden from the number reader.
        self.number_words = list(words)
        for i in range(len(words) - 1):
            if (words[i], words[i + 1]) in lex.not_scales:
                self.number_words[i] = "\x00" + words[i]
        self.size = len(words)
        self.lex = lex

    # -- helpers --

    def w(self, i: int) -> str:
        return self.words[i] if 0 <= i < self.size else ""

    def glued(self, i: int) -> bool:
        """Token ``i`` touches the token before it."""
        return 0 < i < self.size and self.ends[i - 1] == self.starts[i]

    def match(self, index: Mapping[str, tuple[_Form, ...]], i: int) -> tuple[_Form, int] | None:
        """The longest form of ``index`` starting at token ``i``, and the token after it."""
        for form in index.get(self.w(i), ()):
            n = len(form.words)
            if i + n > self.size:
                continue
            if all(self.words[i + k] == form.words[k] for k in range(1, n)) and all(
                self.glued(i + k + 1) for k, glue in enumerate(form.glued) if glue
            ):
                return form, i + n
        return None

    def is_figure(self, i: int) -> bool:
        return self.w(i)[:1].isdigit()

    def free_before(self, i: int) -> bool:
        """Nothing before figure ``i`` that makes it part of a code, a name or a label."""
        if self.glued(i):
            before = self.w(i - 1)
            if before.isalnum() or before in ("+", "#", "/", "№"):
                return False
            if before in "-.,:" and self.glued(i - 1) and self.w(i - 2).isalnum():
                return False
        for back in (1, 2):
            found = self.match(self.lex.labels, i - back)
            if found is not None and found[1] == i:
                return False
        return True

    def free_after(self, j: int) -> bool:
        """Nothing glued after the number ending before ``j``: "2/9", "57-NQ", "8h30", "5G"."""
        if not self.glued(j):
            return True
        after = self.w(j)
        following = self.w(j + 1)
        glued_next = self.glued(j + 1)
        if after in ("/", ":") and glued_next and following[:1].isdigit():
            return False
        if after == "-" and glued_next and following[:1].isalpha():
            return False
        if after[:1].isalpha() or after[:1].isdigit():
            return self.match(self.lex.after, j) is not None or after in _abbreviations()
        return True

    def language(self, position: int) -> Lang | None:
        """The language of the text around ``position``: Vietnamese letters against
        English function words, within 300 characters either side."""
        window = self.folded[max(0, position - 300) : position + 300]
        vi = en = 0
        for word in _WORD_RE.findall(window):
            if not word.isascii():
                vi += 1
            elif word in self.lex.en_words:
                en += 1
        if vi > en:
            return "vi"
        if en > vi:
            return "en"
        return None

    # -- reading --

    def number(self, k: int, figure_lang: Lang | None) -> tuple[Decimal, int] | None:
        return read_number(self.number_words, k, None, figure_lang=figure_lang)

    def core(
        self, j: int, *, need_unit: bool = False, joined: bool = False, lang: Lang | None = None
    ) -> _Core | None:
        """A number at token ``j`` (after an optional currency before it) and its unit."""
        lex = self.lex
        start = j
        currency: str | None = None
        found = self.match(lex.before, j)
        if found is not None and self.is_figure(found[1]):
            currency, j = found[0].entry[1], found[1]
        figure = self.is_figure(j)
        if figure:
            if currency is None and not joined and not self.free_before(j):
                return None
        elif self.w(j) not in _word_starts():
            return None
        read = self.number(j, None)
        if read is None:
            return None
        _, end = read
        if figure and DIGITS_RE.fullmatch(self.w(j)) is None:
            return None
        lead_scale, scale_lang = self.lead_scale(j + 1)
        abbreviation = None
        if currency is not None and end == j + 1:
            abbreviation = _abbreviations().get(self.w(end))
            if abbreviation is not None:
                lead_scale, scale_lang, end = abbreviation, "en", end + 1
        if figure and not self.free_after(end):
            return None
        unit_lang: str | None = None
        unit: str | None = currency
        kind: Kind | None = "money" if currency else None
        k = end
        if currency is None:
            after = self.match(lex.after, k)
            if after is not None:
                family, symbol, unit_lang, per_only = after[0].entry
                if family != "not" and not per_only:
                    unit, k = symbol, after[1]
                    kind = {"currencies": "money", "percent": "percent", "units": "quantity"}[
                        family
                    ]  # type: ignore[assignment]
        if kind in ("money", "quantity"):
            rate = self.per(k)
            if rate is not None:
                denominator, k = rate
                unit, kind = f"{unit}/{denominator}", "rate"
        if kind is None and need_unit:
            return None
        cue: Lang | None = "en" if currency else (scale_lang or _lang(unit_lang))
        lang = cue or lang
        if figure and lang is None and _ambiguous(self.w(j)):
            lang = self.language(self.starts[j])
        read = self.number(j, lang if figure else None)
        if read is None:  # pragma: no cover - the same tokens read a moment ago
            return None
        value = read[0] * (abbreviation or 1)
        if kind is None and lead_scale > 1 and value >= _NUMBER_SCALE:
            kind = "number"  # "17,5 triệu (lượt khách)": a count in millions
        return _Core(start, k, tidy(value), lead_scale, unit, kind, cue)

    def lead_scale(self, k: int) -> tuple[int, Lang | None]:
        """The scale words right after the first figure or word: "tỷ" 10^9, "nghìn tỷ"."""
        scale, lang, run = 1, None, 0
        vi, en = number_words("vi").scales, number_words("en").scales
        while run < 2:
            word = self.number_words[k] if k < self.size else ""
            if word in vi:
                scale, lang = scale * vi[word], "vi"
            elif word in en:
                scale, lang = scale * en[word], "en"
            else:
                break
            k, run = k + 1, run + 1
        return scale, lang  # type: ignore[return-value]

    def per(self, k: int) -> tuple[str, int] | None:
        """ "/tấn", " per tonne", " a day" after a unit: the denominator and the end."""
        found = self.match(self.lex.per, k)
        if found is None:
            return None
        after = self.match(self.lex.after, found[1])
        if after is None:
            return None
        family, symbol, _, _ = after[0].entry
        if family not in ("currencies", "units"):
            return None
        return symbol, after[1]

    def attempt(self, i: int) -> tuple[list[AmountMention], int] | None:
        """The amounts starting at token ``i`` (one, or two for "từ 500 tỷ lên 800 tỷ đồng")."""
        lex = self.lex
        j = i
        approx: Approx | None = None
        found = self.match(lex.approx, j)
        if found is not None:
            approx, j = found[0].entry[1], found[1]  # type: ignore[assignment]
        started = False
        found = self.match(lex.range_starts, j)
        if found is not None:
            started, j = True, found[1]
        low = self.core(j)
        if low is None:
            return None
        joined = self.match(lex.range_joiners, low.end)
        if joined is not None and (started or not joined[0].entry[3]):
            high = self.core(joined[1], joined=True)
            if high is not None and low.lang is None and high.lang is not None:
                low = self.core(j, lang=high.lang) or low  # "1.001–1.002 quadrillion"
            ranged = self.range(low, high)
            if ranged is not None:
                value, top, unit, kind = ranged
                return [self.mention(i, top.end, value, unit, kind, approx, top.value)], top.end
        changed = self.match(lex.change_joiners, low.end)
        if changed is not None and low.kind in (None, "number") and low.unit is None:
            high = self.core(changed[1], need_unit=True, joined=True)
            if high is not None and high.kind is not None and high.unit is not None:
                value = low.value
                if low.lead_scale == 1:
                    value = tidy(value * high.lead_scale)
                first = self.mention(
                    i if approx else low.start, low.end, value, high.unit, high.kind, approx, None
                )
                second = self.mention(
                    high.start, high.end, high.value, high.unit, high.kind, None, None
                )
                return [first, second], high.end
        if low.kind is None:
            return None
        end = low.end
        hedge = self.match(lex.approx_after, end)
        if hedge is not None and approx is None:  # "8,5% trở lên"
            approx, end = hedge[0].entry[1], hedge[1]  # type: ignore[assignment]
        return [self.mention(i, end, low.value, low.unit, low.kind, approx, None)], end

    def range(
        self, low: _Core, high: _Core | None
    ) -> tuple[Decimal, _Core, str | None, Kind] | None:
        """ "20–25%", "từ 2 đến 3 triệu tấn", "US$47–48 billion": the low end (with the
        high end's scale when it has none), the high end, their unit and kind."""
        if high is None:
            return None
        if low.unit is not None and high.unit is not None and low.unit != high.unit:
            return None
        kind = high.kind if high.unit is not None else (low.kind or high.kind)
        if kind is None:
            return None
        value = low.value
        if low.lead_scale == 1 and high.lead_scale > 1 and None in (low.unit, high.unit):
            value = tidy(value * high.lead_scale)  # "47–48 tỷ USD": the scale is written once
        high_value = high.value
        if high.unit is None and high.lead_scale == 1 and low.lead_scale > 1:
            return None
        if high_value < value:
            return None
        return value, high, high.unit or low.unit, kind

    def mention(
        self,
        first: int,
        end: int,
        value: Decimal,
        unit: str | None,
        kind: Kind,
        approx: Approx | None,
        high: Decimal | None,
    ) -> AmountMention:
        start, stop = self.starts[first], self.ends[end - 1]
        if self.offsets is not None:
            start, stop = self.offsets[start], self.offsets[stop]
        return AmountMention((start, stop), self.text[start:stop], value, unit, kind, approx, high)

    def scan(self) -> Iterator[AmountMention]:
        starts = self.lex.starts
        end = 0
        for i in range(self.size):
            if i < end:
                continue
            word = self.words[i]
            if not (word[:1].isdigit() or word in starts):
                continue
            found = self.attempt(i)
            if found is not None:
                mentions, end = found
                yield from mentions


_WORD_RE = re.compile(rf"[{_LETTERS}]++")


def _lang(value: str | None) -> Lang | None:
    return value if value in ("vi", "en") else None  # type: ignore[return-value]


def _ambiguous(figure: str) -> bool:
    """One separator before exactly three digits: "1.234" and "1,234"."""
    seps = [c for c in figure if c in ".,"]
    return len(seps) == 1 and len(figure.rsplit(seps[0], 1)[1]) == 3


@functools.cache
def _abbreviations() -> Mapping[str, int]:
    return number_words("en").scale_abbreviations


@functools.cache
def _word_starts() -> frozenset[str]:
    """Words a number written in words may start with: "ba", "mười", "twenty", "a"."""
    vi, en = number_words("vi"), number_words("en")
    return frozenset({*vi.units, *vi.ten, *en.units, *en.tens, *en.one_before_scale})


def find_amounts(text: str) -> list[AmountMention]:
    """Every amount in ``text``, left to right, with its span in the original string.

    ``text[m.span[0]:m.span[1]] == m.text`` whatever the text's Unicode form.

    >>> [(m.text, m.kind, m.high) for m in find_amounts("tăng từ 20 đến 25%, ngày 2/9")]
    [('từ 20 đến 25%', 'percent', Decimal('25'))]
    >>> [m.unit for m in find_amounts("Exports rose 27.8 percent to US$88.4 billion")]
    ['%', 'USD']
    """
    text = require_str(text)
    if not any(c.isdigit() for c in text) and _word_starts().isdisjoint(
        _WORD_RE.findall(text.lower())
    ):
        return []
    return list(_Scan(text).scan())


def parse_amount(text: str) -> Amount | None:
    """The amount ``text`` holds (the first, if several), or None.

    A text that is only a figure ("1.234", "12,5") reads as a bare number.

    >>> parse_amount("hơn 1.200 tỷ đồng")
    Amount(value=Decimal('1200000000000'), unit='VND', kind='money', approx='over', high=None)
    >>> parse_amount("1.234"), parse_amount("Nghị định 15/2018/NĐ-CP")
    (Amount(value=Decimal('1234'), unit=None, kind='number', approx=None, high=None), None)
    """
    text = require_str(text)
    mentions = find_amounts(text)
    if mentions:
        return mentions[0].amount
    stripped = text.strip()
    if not DIGITS_RE.fullmatch(stripped):
        return None
    value = parse_digits(stripped)
    return None if value is None else Amount(value, None, "number")


# --- formatting ------------------------------------------------------------------------------

_VI_SCALES = ((10**15, "triệu tỷ"), (10**12, "nghìn tỷ"), (10**9, "tỷ"), (10**6, "triệu"))
_EN_SCALES = ((10**15, "quadrillion"), (10**12, "trillion"), (10**9, "billion"), (10**6, "million"))
_MAX_PLACES = 3  # decimals a scaled figure may show ("1,234 tỷ"); more and a smaller scale is used


def _figure(value: Decimal, locale: str) -> str:
    from babel.numbers import format_decimal

    return str(format_decimal(value, locale=locale, decimal_quantization=False))


def _scaled(value: Decimal, locale: str) -> tuple[str, str]:
    """The figure and scale word for ``value``: (88,4, "tỷ"), or (figure, "") below a million."""
    for scale, word in _VI_SCALES if locale == "vi" else _EN_SCALES:
        if value >= scale:
            shown = tidy(value / scale)
            exponent = shown.as_tuple().exponent
            if isinstance(exponent, int) and -exponent <= _MAX_PLACES:
                return _figure(shown, locale), word
    return _figure(value, locale), ""


def _unambiguous(figure: str, locale: str) -> str:
    """A figure that reads the same without knowing its language: "1,234" meaning 1.234
    in Vietnamese is written "1,2340" where nothing else shows the language."""
    decimal = number_words("vi" if locale == "vi" else "en").decimal
    if _ambiguous(figure) and decimal in figure and figure.split(decimal)[0] != "0":
        return figure + "0"
    return figure


def format_amount(amount: Amount, locale: str = "vi") -> str:
    """``amount`` as the Vietnamese (``"vi"``) or English (``"en"``) press writes it.

    >>> format_amount(Amount(Decimal("88400000000"), "USD", "money"), "vi")
    '88,4 tỷ USD'
    >>> format_amount(Amount(Decimal("88400000000"), "USD", "money"), "en")
    'US$88.4 billion'
    >>> format_amount(Amount(Decimal("27.8"), "%", "percent"), "en")
    '27.8%'
    >>> format_amount(Amount(Decimal(20), "%", "percent", "about", Decimal(25)), "vi")
    'khoảng từ 20 đến 25%'
    """
    if not isinstance(amount, Amount):
        raise TypeError(f"amount must be an Amount, not {type(amount).__name__}")
    if not isinstance(locale, str):
        raise TypeError(f"locale must be str, not {type(locale).__name__}")
    if locale not in ("vi", "en"):
        raise ValueError(f"locale must be 'vi' or 'en' (got {locale!r})")
    writer = _Writer(locale, _lexicon())
    body = writer.amount(amount)
    if amount.approx is not None:
        hedge = _lexicon().approx_words[amount.approx][0 if locale == "vi" else 1]
        body = f"{hedge} {body}"
    return body


@attrs.frozen(slots=True)
class _Writer:
    locale: str
    lex: _Lexicon

    def word(self, symbol: str) -> str:
        try:
            written = self.lex.writing[symbol]
        except KeyError:
            known = ", ".join(sorted(self.lex.writing))
            raise ValueError(f"unknown unit {symbol!r} (amounts.toml has: {known})") from None
        return written[0] if self.locale == "vi" else written[1]

    def amount(self, amount: Amount) -> str:
        if amount.kind == "percent":
            unit = amount.unit or "%"
            if unit not in ("%", "pp", "bp"):
                raise ValueError(f"a percent's unit is '%', 'pp' or 'bp' (got {unit!r})")
            word = self.word(unit)
            if unit == "pp" and self.locale == "en" and amount.high is None and amount.value == 1:
                word = "percentage point"
            return self.range(amount, "", "" if unit == "%" else " ", word, scales=False)
        if amount.unit is None:
            if amount.kind != "number":
                raise ValueError(f"a {amount.kind} amount needs a unit")
            return self.range(amount, "", "", "", scales=True)
        unit, _, denominator = amount.unit.partition("/")
        if (amount.kind == "rate") != bool(denominator):
            raise ValueError(f"a rate and only a rate has a unit 'A/B' (got {amount.unit!r})")
        per = ""
        if denominator:
            per = "/" + self.word(denominator)
            if self.locale == "en" and denominator not in self.lex.currencies:
                per = " per " + (self.lex.per_writing.get(denominator) or self.word(denominator))
            elif denominator in self.lex.currencies:
                per = "/" + denominator
        scales = denominator not in self.lex.currencies
        if amount.high is not None and denominator:
            # "từ 24.000 đồng/USD đến 25.000 đồng/USD": each end whole, the "/" after it
            low = attrs.evolve(amount, approx=None, high=None)
            high = attrs.evolve(low, value=amount.high)
            if self.locale == "vi":
                return f"từ {self.amount(low)} đến {self.amount(high)}"
            return f"{self.amount(low)} to {self.amount(high)}"
        if unit in self.lex.currencies and self.locale == "en":
            return self.range(amount, self.word(unit), "", "", scales=scales) + per
        return self.range(amount, "", " ", self.word(unit), scales=scales) + per

    def figure(self, value: Decimal, scales: bool) -> tuple[str, str]:
        figure, scale = _scaled(value, self.locale) if scales else (_figure(value, self.locale), "")
        return (figure if scale else _unambiguous(figure, self.locale)), scale

    def range(self, amount: Amount, sign: str, space: str, word: str, *, scales: bool) -> str:
        """``sign`` before the figure (English money), ``word`` after it (with ``space``)."""

        def written(figure: str, scale: str, with_word: bool = True) -> str:
            text = sign + figure + (f" {scale}" if scale else "")
            return text + (space + word if word and with_word else "")

        low = self.figure(amount.value, scales)
        if amount.high is None:
            return written(*low)
        high = self.figure(amount.high, scales)
        if high[1] and low[1] != high[1]:
            shown = tidy(amount.value / _scale_of(high[1], self.locale))
            exponent = shown.as_tuple().exponent
            if isinstance(exponent, int) and -exponent <= _MAX_PLACES:
                low = (_figure(shown, self.locale), high[1])
        if low[1] != high[1]:  # "từ 900 USD đến 1,2 triệu USD"
            if self.locale == "vi":
                return f"từ {written(*low)} đến {written(*high)}"
            return f"{written(*low)} to {written(*high)}"
        if self.locale == "vi":
            return f"từ {low[0]} đến {written(*high)}"
        return f"{sign}{low[0]}–" + written(*high)[len(sign) :]  # "US$47–48 billion"


def _scale_of(word: str, locale: str) -> int:
    for scale, name in _VI_SCALES if locale == "vi" else _EN_SCALES:
        if name == word:
            return scale
    raise ValueError(f"not a scale word: {word!r}")

"""The bilingual glossary: :class:`Term` records, and a :class:`Glossary` to look them up.

Three verbs, after pycountry: :meth:`Glossary.get` takes an id, :meth:`Glossary.lookup`
takes any name, abbreviation or variant in either language and raises
:class:`~vnus.errors.TermNotFound` when nothing matches, :meth:`Glossary.search` ranks
fuzzy matches and returns ``[]`` when nothing is close.

>>> from vnus.glossary import Glossary, Term
>>> moit = Term(
...     "vn.moit", "ministry", "Bộ Công Thương", "Ministry of Industry and Trade",
...     country="VN", abbr=("MOIT", "BCT"), sources=("Circular 03/2009/TT-BNG",),
... )
>>> g = Glossary([moit])
>>> g.lookup("bo cong thuong") is g.lookup("moit") is g.lookup("the Ministry of Industry & Trade")
True
>>> [(m.term.id, m.form) for m in g.search("Bo Cong Thong")]
[('vn.moit', 'Bộ Công Thương')]

``vnus.glossary()`` returns the bundled glossary, loaded on first use and cached:

>>> import vnus
>>> vnus.glossary() is vnus.glossary()
True
>>> vnus.glossary.Glossary is Glossary  # vnus.glossary is also this module
True
"""

from __future__ import annotations

import bisect
import datetime
import re
import sys
import types
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from os import PathLike
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

import attrs

from vnus import _lazy, _resources
from vnus.errors import GlossaryError, TermNotFound, require_str, warn_stale
from vnus.text import compare_key, fold

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = [
    "DOMAINS",
    "KINDS",
    "SEARCH_CUTOFF",
    "STATUSES",
    "FrozenDict",
    "Glossary",
    "Match",
    "Term",
    "abbr_language",
    "check",
    "clear_cache",
    "glossary",
    "require_glossary",
]

KINDS: tuple[str, ...] = (
    "government-body",
    "ministry",
    "agency",
    "office",
    "legislature",
    "court",
    "party",
    "party-body",
    "local-government",
    "title",
    "title-modifier",
    "framework",
    "agreement",
    "dialogue",
    "initiative",
    "concept",
    "organization",
    "company",
    "country",
    "region",
    "province",
    "city",
    "committee",
    "bureau",
    "commission",
    "meeting",
    "law",
    "program",
)

#: The subject fields a term may name under ``domain`` (IATE-style; docs/glossary-format.md).
DOMAINS: tuple[str, ...] = (
    "government",
    "diplomacy",
    "trade",
    "customs",
    "finance",
    "investment",
    "security",
    "law",
    "economy",
    "energy",
    "technology",
    "agriculture",
    "health",
    "environment",
    "transport",
    "geography",
    "politics",
    "media",
)

#: The statuses a form may have under ``status``, from the ISO 12620 / IATE term base:
#: the form to use, an acceptable one, one to avoid, one no longer in use.
STATUSES: tuple[str, ...] = ("preferred", "admitted", "deprecated", "obsolete")

# ISO 3166-1 alpha-2, officially assigned codes (no EU, XK or other reserved codes).
_ISO_3166_ALPHA_2 = """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
    BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ
    DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP
    GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG
    KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML
    MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE
    PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL
    SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM
    US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
"""
_COUNTRY_CODES = frozenset(_ISO_3166_ALPHA_2.split())

#: Matches scoring below this (0..1) are not returned by :meth:`Glossary.search`.
SEARCH_CUTOFF = 0.75

# Files in the glossary folder that other modules own, with another schema.
_SKIPPED_FILES = frozenset({"people.toml"})
# The glossary-wide facts (``as_of``): read by the loader itself, not as [[term]] tables.
META_FILE = "meta.toml"


class FrozenDict(Mapping[str, str]):
    """A read-only, hashable, picklable ``str -> str`` mapping (``Term.en_by_country``).

    >>> names = FrozenDict({"US": "Secretary"})
    >>> names["US"], dict(names), names == {"US": "Secretary"}
    ('Secretary', {'US': 'Secretary'}, True)
    """

    __slots__ = ("_data",)
    _data: dict[str, str]

    def __init__(self, items: Mapping[str, str] | Iterable[tuple[str, str]] = ()) -> None:
        object.__setattr__(self, "_data", dict(items))

    def __getitem__(self, key: str) -> str:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        return hash(frozenset(self._data.items()))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("FrozenDict is read-only")

    def __repr__(self) -> str:
        return f"FrozenDict({self._data!r})"

    def __reduce__(self) -> tuple[type[FrozenDict], tuple[dict[str, str]]]:
        return (type(self), (dict(self._data),))


def _to_tuple(items: Iterable[str]) -> tuple[str, ...]:
    # A Python function, not `tuple`: attrs reads a converter's signature, and for a
    # builtin that loads the tokenize module (~10 ms of a cold start).
    return tuple(items)


def _to_date(value: datetime.date | None) -> datetime.date | None:
    if isinstance(value, datetime.datetime):
        return value.date()
    return value


@attrs.frozen
class Term:
    """One glossary entry: a body, title, framework, organization, country or concept.

    ``vi`` and ``en`` are the canonical names; ``abbr`` holds abbreviations in either
    language, ``vi_variants``/``en_variants`` other spellings writers use. Dates are
    inclusive; ``successors`` and ``parent`` are term ids, and ``head`` the id of the
    title that heads a body where several could (the Chủ nhiệm of a Party commission).

    The term-base fields: ``status`` maps every form to ``"preferred"``, ``"admitted"``,
    ``"deprecated"`` or ``"obsolete"`` (give only the forms that differ from the
    default: canonical names preferred, other forms admitted); ``definition``,
    ``context`` (an example sentence) and ``domain`` (one of :data:`DOMAINS`) are None
    when absent; ``ordinary`` lists the forms that are ordinary words in lower case.

    >>> t = Term("vn.mpi", "ministry", "Bộ Kế hoạch và Đầu tư",
    ...          "Ministry of Planning and Investment", abbr=("MPI",),
    ...          valid_until=datetime.date(2025, 2, 28), successors=("vn.mof",))
    >>> t.valid_on(datetime.date(2024, 1, 1)), t.valid_on(datetime.date(2025, 3, 1))
    (True, False)
    >>> t.forms()
    ('Bộ Kế hoạch và Đầu tư', 'Ministry of Planning and Investment', 'MPI')
    >>> t.status["MPI"], t.status["Bộ Kế hoạch và Đầu tư"], t.domain
    ('admitted', 'preferred', None)
    """

    id: str
    kind: str
    vi: str
    en: str
    abbr: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple, kw_only=True, repr=False)
    vi_variants: tuple[str, ...] = attrs.field(
        default=(), converter=_to_tuple, kw_only=True, repr=False
    )
    en_variants: tuple[str, ...] = attrs.field(
        default=(), converter=_to_tuple, kw_only=True, repr=False
    )
    country: str | None = attrs.field(default=None, kw_only=True, repr=False)
    valid_from: datetime.date | None = attrs.field(
        default=None, converter=_to_date, kw_only=True, repr=False
    )
    valid_until: datetime.date | None = attrs.field(
        default=None, converter=_to_date, kw_only=True, repr=False
    )
    successors: tuple[str, ...] = attrs.field(
        default=(), converter=_to_tuple, kw_only=True, repr=False
    )
    parent: str | None = attrs.field(default=None, kw_only=True, repr=False)
    head_en: str | None = attrs.field(default=None, kw_only=True, repr=False)
    head: str | None = attrs.field(default=None, kw_only=True, repr=False)
    en_by_country: FrozenDict = attrs.field(
        factory=FrozenDict, converter=FrozenDict, kw_only=True, repr=False
    )
    ambiguous: tuple[str, ...] = attrs.field(
        default=(), converter=_to_tuple, kw_only=True, repr=False
    )
    preferred: tuple[str, ...] = attrs.field(
        default=(), converter=_to_tuple, kw_only=True, repr=False
    )
    note: str | None = attrs.field(default=None, kw_only=True, repr=False)
    sources: tuple[str, ...] = attrs.field(
        default=(), converter=_to_tuple, kw_only=True, repr=False
    )
    status: FrozenDict = attrs.field(
        factory=FrozenDict, converter=FrozenDict, kw_only=True, repr=False
    )
    definition: str | None = attrs.field(default=None, kw_only=True, repr=False)
    context: str | None = attrs.field(default=None, kw_only=True, repr=False)
    domain: str | None = attrs.field(default=None, kw_only=True, repr=False)
    ordinary: tuple[str, ...] = attrs.field(
        default=(), converter=_to_tuple, kw_only=True, repr=False
    )

    def __attrs_post_init__(self) -> None:
        # ``status`` names only the forms whose status is not the default; the attribute
        # maps every form: the canonical names "preferred", the others "admitted".
        full = {
            form: "preferred" if form in (self.vi, self.en) else "admitted" for form in self.forms()
        }
        full.update(self.status)
        object.__setattr__(self, "status", FrozenDict(full))

    @property
    def variants(self) -> tuple[str, ...]:
        """Other spellings in both languages: ``vi_variants + en_variants``."""
        return self.vi_variants + self.en_variants

    def forms(self) -> tuple[str, ...]:
        """Every name, abbreviation and variant, canonical names first, without repeats."""
        return tuple(dict.fromkeys((self.vi, self.en, *self.abbr, *self.variants)))

    def valid_on(self, day: datetime.date) -> bool:
        """Whether the name was in use on ``day`` (both ends inclusive; no date = open)."""
        day = _to_date(day) or day
        if self.valid_from is not None and day < self.valid_from:
            return False
        return self.valid_until is None or day <= self.valid_until

    def en_for(self, country: str | None) -> str:
        """The English name for an office of ``country`` (``en_by_country``, else ``en``).

        >>> Term("t.minister", "title", "Bộ trưởng", "Minister",
        ...      en_by_country={"US": "Secretary"}).en_for("US")
        'Secretary'
        """
        if country is None:
            return self.en
        return self.en_by_country.get(country.upper(), self.en)

    def to_dict(self) -> dict[str, Any]:
        """The entry as plain JSON-ready data, with the field names of the TOML format."""
        return {
            "id": self.id,
            "kind": self.kind,
            "country": self.country,
            "vi": self.vi,
            "en": self.en,
            "abbr": list(self.abbr),
            "vi_variants": list(self.vi_variants),
            "en_variants": list(self.en_variants),
            "valid_from": self.valid_from.isoformat() if self.valid_from else None,
            "valid_until": self.valid_until.isoformat() if self.valid_until else None,
            "successors": list(self.successors),
            "parent": self.parent,
            "head_en": self.head_en,
            "head": self.head,
            "en_by_country": dict(self.en_by_country),
            "ambiguous": list(self.ambiguous),
            "preferred": list(self.preferred),
            "note": self.note,
            "sources": list(self.sources),
            "status": dict(self.status),
            "definition": self.definition,
            "context": self.context,
            "domain": self.domain,
            "ordinary": list(self.ordinary),
        }


@attrs.frozen
class Match:
    """A :meth:`Glossary.search` result: the term, a score in 0..1 and the form matched."""

    term: Term
    score: float
    form: str


# --- folding keys -----------------------------------------------------------------------------


def _keys(text: str) -> tuple[str, ...]:
    """The lookup keys of a form or query: its fold, and without a leading English "the"."""
    key = fold(text)
    # Only a literal ASCII "the" counts: Vietnamese "Thế", "Thể" also fold to "the".
    if key.startswith("the ") and text.lstrip()[:3].casefold() == "the":
        return (key, key[4:])
    return (key,)


# --- loading and validation -------------------------------------------------------------------

_TEXT_FIELDS = (
    "id",
    "kind",
    "vi",
    "en",
    "country",
    "parent",
    "head_en",
    "head",
    "note",
    "definition",
    "context",
    "domain",
)
_LIST_FIELDS = (
    "abbr",
    "vi_variants",
    "en_variants",
    "successors",
    "ambiguous",
    "preferred",
    "ordinary",
    "sources",
)
_DATE_FIELDS = ("valid_from", "valid_until")
_REQUIRED = ("id", "kind", "vi", "en", "sources")
_ALLOWED = (*_TEXT_FIELDS, *_LIST_FIELDS, *_DATE_FIELDS, "en_by_country", "status")
#: A definition is a phrase or a sentence, not an essay: longer belongs in ``note``.
DEFINITION_MAX = 300
_FORM_FIELDS = ("vi", "en", "abbr", "vi_variants", "en_variants")
# Names people reach for that difflib would not map to the right field.
_FIELD_HINTS: dict[str, list[str]] = {
    "valid_to": ["valid_until"],
    "source": ["sources"],
    "successor": ["successors"],
    "variants": ["vi_variants", "en_variants"],
    "abbreviations": ["abbr"],
    "notes": ["note"],
    "statuses": ["status"],
    "definitions": ["definition"],
    "example": ["context"],
    "examples": ["context"],
    "subject": ["domain"],
    "domains": ["domain"],
}
_ID_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")

PathArg: TypeAlias = "str | PathLike[str] | Traversable"


class _Problems:
    """Collects every problem found, so that ``vnus glossary check`` can report them all."""

    def __init__(self) -> None:
        self.errors: list[GlossaryError] = []

    def add(
        self, message: str, *, path: str | None, entry: str | None, field: str | None = None
    ) -> None:
        self.errors.append(GlossaryError(message, path=path, entry=entry, field=field))

    def raise_first(self) -> None:
        """Raise the first problem, noting how many more `vnus glossary check` would list."""
        if not self.errors:
            return
        first = self.errors[0]
        if len(self.errors) > 1:
            first.add_note(
                f"... and {len(self.errors) - 1} more problem(s); "
                "`vnus glossary check` lists them all"
            )
        raise first


# Between the values of a list in one CSV or XLSX cell (vnus.exports.JOIN).
CELL_JOIN = " | "
# Line breaks may wrap a long note; tabs and other controls would break TSV and XML.
_CONTROL_RE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")
# Unicode noncharacters: XML (TBX, XLSX) cannot carry them, so an export would lose them.
_NONCHARACTER_RE = re.compile("[\ufdd0-\ufdef\ufffe\uffff]")


def _close(word: str, options: Sequence[str]) -> list[str]:
    import difflib

    return difflib.get_close_matches(word, options, n=1)


def _check_text(value: object, field: str, where: Callable[..., None]) -> str | None:
    if not isinstance(value, str):
        where(f"must be a string (got {type(value).__name__} {value!r})", field=field)
        return None
    if not value.strip():
        where("must not be empty", field=field)
        return None
    if value != value.strip():
        where(f"has spaces at either end: {value!r}", field=field)
        return None
    if "\n" in value and field != "note":
        where(f"must be one line (only a note may span lines): {value!r}", field=field)
        return None
    control = _CONTROL_RE.search(value)
    if control is not None:
        code = ord(control.group())
        where(f"contains the control character U+{code:04X}: {value!r}", field=field)
        return None
    nonchar = _NONCHARACTER_RE.search(value)
    if nonchar is not None:
        code = ord(nonchar.group())
        where(f"contains the noncharacter U+{code:04X}: {value!r}", field=field)
        return None
    if not unicodedata.is_normalized("NFC", value):
        # Show the combining marks: in a terminal both spellings look the same.
        shown = "".join(f"\\u{ord(c):04x}" if unicodedata.combining(c) else c for c in value)
        fixed = unicodedata.normalize("NFC", value)
        where(f"is not in Unicode NFC (got '{shown}'; write {fixed!r})", field=field)
        return None
    return value


def _entry_term(raw: object, number: int, path: str, problems: _Problems) -> Term | None:
    """Validate one ``[[term]]`` table; report its problems and return the Term if it is sound."""
    before = len(problems.errors)
    label = f"#{number} (no id)"
    if isinstance(raw, dict) and isinstance(raw.get("id"), str) and raw["id"].strip():
        label = raw["id"]

    def where(message: str, *, field: str | None = None) -> None:
        problems.add(message, path=path, entry=label, field=field)

    if not isinstance(raw, dict):
        where(f"each [[term]] must be a table (got {type(raw).__name__})")
        return None
    for field in raw:
        if field not in _ALLOWED:
            close = _FIELD_HINTS.get(field) or _close(field, _ALLOWED)
            hint = f"; did you mean {' or '.join(map(repr, close))}?" if close else ""
            where(f"unknown field (allowed: {', '.join(_ALLOWED)}){hint}", field=field)
    for field in _REQUIRED:
        if field not in raw:
            where("missing required field", field=field)

    values: dict[str, Any] = {}
    for field in _TEXT_FIELDS:
        if field in raw:
            values[field] = _check_text(raw[field], field, where)
    for field in _LIST_FIELDS:
        if field not in raw:
            continue
        items = raw[field]
        if not isinstance(items, list):
            where(f"must be a list of strings (got {type(items).__name__} {items!r})", field=field)
            continue
        checked = [_check_text(item, field, where) for item in items]
        for item in checked:
            if item is not None and CELL_JOIN in item:
                # a list is one cell of the CSV and XLSX exports, its values joined so
                where(
                    f"must not hold {CELL_JOIN!r}, which joins a list in one cell: {item!r}",
                    field=field,
                )
        values[field] = tuple(
            item for item in checked if item is not None and CELL_JOIN not in item
        )
    for field in _DATE_FIELDS:
        if field not in raw:
            continue
        value = raw[field]
        if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
            where(f"must be a TOML date such as 2025-03-01, unquoted (got {value!r})", field=field)
        else:
            values[field] = value
    if "en_by_country" in raw:
        table = raw["en_by_country"]
        if not isinstance(table, dict):
            where(
                f"must be a table of country code = English (got {type(table).__name__})",
                field="en_by_country",
            )
        else:
            pairs = {}
            for code, name in table.items():
                if code not in _COUNTRY_CODES:
                    where(f"{code!r} is not an ISO 3166 alpha-2 code", field="en_by_country")
                checked_name = _check_text(name, "en_by_country", where)
                if checked_name is not None:
                    pairs[code] = checked_name
            values["en_by_country"] = pairs
    if "status" in raw:
        table = raw["status"]
        if not isinstance(table, dict):
            where(
                'must be a table of form = status, e.g. { "Vietnam" = "admitted" } '
                f"(got {type(table).__name__})",
                field="status",
            )
        else:
            statuses = {}
            for form, status in table.items():
                if status not in STATUSES:
                    close = _close(status, STATUSES) if isinstance(status, str) else []
                    hint = f"; did you mean {close[0]!r}?" if close else ""
                    where(
                        f"the status of {form!r} must be one of ({', '.join(STATUSES)}) "
                        f"(got {status!r}){hint}",
                        field="status",
                    )
                elif _check_text(form, "status", where) is not None:
                    statuses[form] = status
            values["status"] = statuses

    ident = values.get("id")
    if ident is not None and (not set(ident) <= _ID_CHARS or ident[0] in ".-" or ident[-1] in ".-"):
        where(
            f"must use lowercase letters, digits, '.' and '-' (got {ident!r})",
            field="id",
        )
    kind = values.get("kind")
    if kind is not None and kind not in KINDS:
        close = _close(kind, KINDS)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        where(f"'kind' must be one of ({', '.join(KINDS)}) (got {kind!r}){hint}", field="kind")
    country = values.get("country")
    if country is not None and country not in _COUNTRY_CODES:
        hint = f"; write {country.upper()!r}" if country.upper() in _COUNTRY_CODES else ""
        where(
            f"must be an ISO 3166 alpha-2 code such as 'VN' (got {country!r}){hint}",
            field="country",
        )
    domain = values.get("domain")
    if domain is not None and domain not in DOMAINS:
        close = _close(domain, DOMAINS)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        where(f"must be one of ({', '.join(DOMAINS)}) (got {domain!r}){hint}", field="domain")
    definition = values.get("definition")
    if definition is not None and len(definition) > DEFINITION_MAX:
        where(
            f"is {len(definition)} characters; a definition is at most {DEFINITION_MAX} "
            "(put the rest in 'note')",
            field="definition",
        )
    if raw.get("sources") == []:
        where("must name at least one source", field="sources")
    start, end = values.get("valid_from"), values.get("valid_until")
    if start is not None and end is not None and end < start:
        where(f"{end.isoformat()} is before valid_from {start.isoformat()}", field="valid_until")
    if country == "VN":
        for field in ("en", "head_en"):
            english = values.get(field)
            if isinstance(english, str) and english != _unmarked(english):
                where(
                    f"{english!r}: a Vietnamese name is written in English without its"
                    f" diacritics (Circular 03/2009/TT-BNG, Article 1); write"
                    f" {_unmarked(english)!r}",
                    field=field,
                )
    if ident is not None and (
        ident in values.get("successors", ()) or ident == values.get("parent")
    ):
        where("an entry cannot be its own successor or parent", field="successors")

    # Every form must fold to something, and ambiguous/preferred must be forms of this entry.
    form_keys: set[str] = set()
    for field in _FORM_FIELDS:
        value = values.get(field)
        for form in (value,) if isinstance(value, str) else value or ():
            keys = _keys(form)
            if not keys[0]:
                where(f"{form!r} has no letters or digits to match on", field=field)
            form_keys.update(keys)
    ambiguous_keys: set[str] = set()
    for field in ("ambiguous", "preferred"):
        for form in values.get(field, ()):
            keys = _keys(form)
            if not form_keys.intersection(keys):
                where(
                    f"{form!r} is not one of this entry's names, abbreviations or variants",
                    field=field,
                )
            if field == "ambiguous":
                ambiguous_keys.update(keys)
            elif not ambiguous_keys.intersection(keys):
                where(f"{form!r} must also be listed under 'ambiguous'", field="preferred")
    _check_term_base(values, where)

    if len(problems.errors) > before:
        return None
    return Term(**values)


def _unmarked(english: str) -> str:
    """``english`` without the marks of Vietnamese letters ("Nhan Dan" of "Nhân Dân")."""
    decomposed = unicodedata.normalize("NFD", english.replace("Đ", "D").replace("đ", "d"))
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def _own_forms(values: Mapping[str, Any]) -> list[str]:
    """The forms of an entry being checked, as written, canonical names first."""
    forms: list[str] = []
    for field in _FORM_FIELDS:
        value = values.get(field)
        forms.extend((value,) if isinstance(value, str) else value or ())
    return list(dict.fromkeys(forms))


def _not_a_form(form: str, forms: Sequence[str]) -> str:
    """Why ``form`` is refused as one of the entry's forms, with the spelling to write."""
    same = [f for f in forms if _keys(f)[0] == _keys(form)[0]]
    if same:
        return f"{form!r} is not written as in the entry; write {same[0]!r}"
    return f"{form!r} is not one of this entry's names, abbreviations or variants"


def _check_term_base(values: Mapping[str, Any], where: Callable[..., None]) -> None:
    """The term-base fields that refer to the entry's forms: status, ordinary, context."""
    forms = _own_forms(values)
    canonical = {values.get("vi"), values.get("en")}
    for form, status in values.get("status", {}).items():
        if form not in forms:
            where(_not_a_form(form, forms), field="status")
        elif form in canonical and status in ("deprecated", "obsolete"):
            where(
                f"{form!r} is a canonical name, what a translation should say, so it cannot "
                f"be {status}; make another form the canonical 'vi'/'en' instead",
                field="status",
            )
    for form in values.get("ordinary", ()):
        if form not in forms:
            where(_not_a_form(form, forms), field="ordinary")
        elif not any(char.isupper() for char in form):
            where(
                f"{form!r} has no capital letter: an ordinary-word form is matched in running "
                "text only with the capitals written in the entry",
                field="ordinary",
            )
    context = values.get("context")
    if context is not None and forms:
        padded = f" {fold(context)} "
        if not any(f" {key} " in padded for form in forms for key in _keys(form) if key):
            where(
                f"the example sentence uses none of this entry's forms: {context!r}",
                field="context",
            )


def _as_entry(term: Term) -> dict[str, Any]:
    """A Term as the raw table a file would hold: only the fields that are set."""
    entry: dict[str, Any] = {}
    for field in attrs.fields(Term):
        value = getattr(term, field.name)
        if field.name in _REQUIRED or value not in (None, (), {}):
            entry[field.name] = list(value) if isinstance(value, tuple) else value
    if term.en_by_country:
        entry["en_by_country"] = dict(term.en_by_country)
    entry["status"] = dict(term.status)
    return entry


def _parse_file(name: str, text: str, problems: _Problems) -> list[Term]:
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        problems.add(f"invalid TOML: {error}", path=name, entry=None)
        return []
    for key in data:
        if key != "term":
            problems.add(
                f"unknown top-level key {key!r}: entries are [[term]] tables",
                path=name,
                entry=None,
                field=key,
            )
    entries = data.get("term", [])
    if not isinstance(entries, list):
        problems.add("'term' must be an array of tables ([[term]])", path=name, entry=None)
        return []
    terms = []
    for number, raw in enumerate(entries, start=1):
        term = _entry_term(raw, number, name, problems)
        if term is not None:
            terms.append(term)
    return terms


def _glossary_files(path: PathArg) -> tuple[list[tuple[str, str]], tuple[str, str] | None]:
    """``(file name, text)`` of every ``*.toml`` in the folder (or the one file), by name,
    and of the folder's ``meta.toml`` (None when it has none, or for one file)."""
    from pathlib import Path

    if isinstance(path, str | PathLike):
        if not str(path):  # Path("") would be the working directory
            raise GlossaryError("empty path: give a glossary folder or a .toml file")
        root: Traversable = Path(path)
    elif all(hasattr(path, name) for name in ("is_file", "is_dir", "iterdir", "read_text")):
        root = path
    else:
        raise TypeError(f"path must be str or os.PathLike, not {type(path).__name__}")
    try:
        is_file, is_dir = root.is_file(), root.is_dir()
    except OSError as error:  # a name too long, a folder we may not list ...
        raise GlossaryError(f"cannot read: {error.strerror or error}", path=str(root)) from None
    meta = None
    if is_file:
        files = [root]
    elif is_dir:
        files = []
        for p in sorted(root.iterdir(), key=lambda p: p.name):
            if p.name == META_FILE:
                meta = p
            elif p.name.endswith(".toml") and p.name not in _SKIPPED_FILES:
                files.append(p)
        if not files:  # else an empty glossary would find nothing and not say why
            raise GlossaryError("no glossary files (*.toml) in this folder", path=str(root))
    else:
        raise GlossaryError("no such glossary file or folder", path=str(root))
    texts = [(str(file), _read_text(file)) for file in files]
    return texts, None if meta is None else (str(meta), _read_text(meta))


def _read_text(file: Traversable) -> str:
    try:
        return file.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise GlossaryError(f"not UTF-8 at byte {error.start}", path=str(file)) from error
    except OSError as error:  # a folder named *.toml, no permission ...
        raise GlossaryError(f"cannot read: {error.strerror or error}", path=str(file)) from None


def _parse_meta(name: str, text: str, problems: _Problems) -> datetime.date | None:
    """The ``as_of`` date of a ``meta.toml``: the day the data was last checked."""
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        problems.add(f"invalid TOML: {error}", path=name, entry=None)
        return None
    for key in data:
        if key != "as_of":
            problems.add(
                f"unknown key {key!r}: {META_FILE} holds only as_of (the day the data "
                "was last checked against its sources)",
                path=name,
                entry=None,
                field=key,
            )
    if "as_of" not in data:
        problems.add("missing required field", path=name, entry=None, field="as_of")
        return None
    value = data["as_of"]
    if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
        problems.add(
            f"must be a TOML date such as 2026-12-02, unquoted (got {value!r})",
            path=name,
            entry=None,
            field="as_of",
        )
        return None
    return value


def _load(path: PathArg) -> tuple[list[Term], dict[str, str], _Problems, datetime.date | None]:
    problems = _Problems()
    terms: list[Term] = []
    origins: dict[str, str] = {}
    files, meta = _glossary_files(path)
    as_of = None if meta is None else _parse_meta(*meta, problems)
    for name, text in files:
        for term in _parse_file(name, text, problems):
            if term.id in origins:
                problems.add(
                    f"duplicate id: also defined in {origins[term.id]}",
                    path=name,
                    entry=term.id,
                    field="id",
                )
                continue
            origins[term.id] = name
            terms.append(term)
    return terms, origins, problems, as_of


def check(path: PathArg) -> list[GlossaryError]:
    """Every problem in a glossary folder (or file), in file order; ``[]`` when it is sound.

    This is what ``vnus glossary check`` runs; :meth:`Glossary.from_path` refuses the
    same data with the first of these errors.
    """
    terms, origins, problems, _ = _load(path)
    _Index.build(terms, origins, problems)
    return problems.errors


# --- the index --------------------------------------------------------------------------------


@attrs.frozen
class _Index:
    """Folded form -> term positions, and what search needs; built once per glossary."""

    by_key: dict[str, tuple[int, ...]]
    preferred: dict[str, int]  # folded form -> position of the term that wins it
    choices: list[str]  # folded forms, shortest first, for rapidfuzz
    choice_forms: list[tuple[tuple[int, str], ...]]  # per choice: (position, original form)
    lengths: list[int]  # len() of each choice, ascending: forms as long as a query
    by_word: dict[str, tuple[int, ...]]  # folded word -> choices that contain it

    @classmethod
    def build(
        cls, terms: Sequence[Term], origins: Mapping[str, str], problems: _Problems
    ) -> _Index:
        ids = {term.id for term in terms}
        kinds = {term.id: term.kind for term in terms}
        claims: dict[str, dict[int, tuple[str, str]]] = {}  # key -> position -> (form, field)
        for position, term in enumerate(terms):
            path = origins.get(term.id)
            for field, targets in (
                ("successors", term.successors),
                ("parent", (term.parent,)),
                ("head", (term.head,)),
            ):
                for target in targets:
                    if target is not None and target not in ids:
                        problems.add(
                            f"names unknown id {target!r}", path=path, entry=term.id, field=field
                        )
            if term.head is not None and kinds.get(term.head, "title") != "title":
                problems.add(
                    f"names {term.head!r}, which is not a title",
                    path=path,
                    entry=term.id,
                    field="head",
                )
            for field in _FORM_FIELDS:
                value = getattr(term, field)
                for form in (value,) if isinstance(value, str) else value:
                    for key in _keys(form):
                        if key:
                            claims.setdefault(key, {}).setdefault(position, (form, field))

        by_key: dict[str, tuple[int, ...]] = {}
        preferred: dict[str, int] = {}
        for key, claimants in claims.items():
            by_key[key] = tuple(claimants)
            if len(claimants) == 1:
                continue
            winners = []
            for position, (form, field) in claimants.items():
                term = terms[position]
                ambiguous = {k for a in term.ambiguous for k in _keys(a)}
                if key not in ambiguous:
                    others = ", ".join(
                        f"{terms[p].id!r} ({origins.get(terms[p].id, 'given')})"
                        for p in claimants
                        if p != position
                    )
                    problems.add(
                        f"{form!r} (folded {key!r}) is also claimed by {others}; list it under "
                        "'ambiguous' in every entry that uses it",
                        path=origins.get(term.id),
                        entry=term.id,
                        field=field,
                    )
                if key in {k for p in term.preferred for k in _keys(p)}:
                    winners.append(position)
            if len(winners) > 1:
                problems.add(
                    f"{key!r} is preferred by several entries: "
                    + ", ".join(repr(terms[p].id) for p in winners)
                    + "; at most one may list it under 'preferred'",
                    path=origins.get(terms[winners[1]].id),
                    entry=terms[winners[1]].id,
                    field="preferred",
                )
            if winners:
                preferred[key] = winners[0]
        choices = sorted(by_key, key=lambda key: (len(key), key))
        choice_forms = [
            tuple((position, claims[key][position][0]) for position in by_key[key])
            for key in choices
        ]
        by_word: dict[str, list[int]] = {}
        for number, key in enumerate(choices):
            for word in set(key.split()):
                by_word.setdefault(word, []).append(number)
        return cls(
            by_key,
            preferred,
            choices,
            choice_forms,
            [len(key) for key in choices],
            {word: tuple(numbers) for word, numbers in by_word.items()},
        )


# --- the glossary -----------------------------------------------------------------------------


def _check_day(on: object) -> None:
    if on is not None and not isinstance(on, datetime.date):
        raise TypeError(f"on must be a datetime.date or None, not {type(on).__name__}")


def _check_filters(kind: str | None, country: str | None, on: object = None) -> str | None:
    _check_day(on)
    if kind is not None and kind not in KINDS:
        raise ValueError(f"'kind' must be one of ({', '.join(KINDS)}) (got {kind!r})")
    if country is None:
        return None
    code = require_str(country, "country").upper()
    if code not in _COUNTRY_CODES:
        raise ValueError(
            f"'country' must be an ISO 3166 alpha-2 code such as 'VN' (got {country!r})"
        )
    return code


class Glossary:
    """A validated, indexed collection of :class:`Term` objects, in file order.

    Build one from terms (``Glossary(terms)``) or from a folder of TOML files
    (:meth:`from_path`); both refuse bad data with a :class:`~vnus.errors.GlossaryError`.
    """

    __slots__ = ("_as_of", "_by_id", "_index", "_origins", "_positions", "_source", "_terms")

    def __init__(
        self,
        terms: Iterable[Term],
        *,
        source: str | None = None,
        as_of: datetime.date | None = None,
        _origins: Mapping[str, str] | None = None,
    ) -> None:
        if isinstance(terms, str | bytes) or not isinstance(terms, Iterable):
            raise TypeError(f"Glossary takes an iterable of Term, not {type(terms).__name__}")
        if as_of is not None and (
            isinstance(as_of, datetime.datetime) or not isinstance(as_of, datetime.date)
        ):
            raise TypeError(f"as_of must be a datetime.date or None, not {type(as_of).__name__}")
        self._terms = tuple(terms)
        self._source = source
        self._as_of = as_of
        origins = dict(_origins or {})
        problems = _Problems()
        by_id: dict[str, Term] = {}
        for number, term in enumerate(self._terms, start=1):
            if not isinstance(term, Term):
                raise TypeError(f"Glossary takes Term objects, not {type(term).__name__}")
            if _origins is None:  # terms built in code get the checks a file gets
                _entry_term(_as_entry(term), number, "", problems)
            if term.id in by_id:
                problems.add("duplicate id", path=origins.get(term.id), entry=term.id, field="id")
            by_id[term.id] = term
        self._index = _Index.build(self._terms, origins, problems)
        problems.raise_first()
        self._by_id = by_id
        self._positions = {term.id: position for position, term in enumerate(self._terms)}
        self._origins = origins

    @classmethod
    def _restore(
        cls,
        terms: Sequence[Term],
        origins: dict[str, str],
        source: str,
        index: _Index,
        as_of: datetime.date | None,
    ) -> Glossary:
        """A glossary from parts already validated and indexed (see :mod:`vnus._cache`)."""
        self = cls.__new__(cls)
        self._terms = tuple(terms)
        self._source = source
        self._as_of = as_of
        self._index = index
        self._by_id = {term.id: term for term in self._terms}
        self._positions = {term.id: position for position, term in enumerate(self._terms)}
        self._origins = origins
        return self

    @property
    def source(self) -> str | None:
        """The folder or file the glossary was loaded from (None when built from terms)."""
        return self._source

    @property
    def as_of(self) -> datetime.date | None:
        """The day the data was last checked against its sources (``as_of`` in the
        folder's ``meta.toml``); None when the glossary does not say.

        Whatever is true after that day the glossary cannot know: :meth:`current` for a
        later day warns with :class:`~vnus.errors.StaleDataWarning`.
        """
        return self._as_of

    @classmethod
    def from_path(cls, path: PathArg) -> Glossary:
        """Load every ``*.toml`` file of a folder (by file name; ``people.toml`` is not
        glossary data), or a single file.

        Raises :class:`~vnus.errors.GlossaryError` naming the file, entry and field of the
        first problem; :func:`check` lists them all.
        """
        terms, origins, problems, as_of = _load(path)
        problems.raise_first()
        return cls(terms, source=str(path), as_of=as_of, _origins=origins)

    # --- container -----------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._terms)

    def __iter__(self) -> Iterator[Term]:
        return iter(self._terms)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, Term):
            return self._by_id.get(item.id) == item
        return isinstance(item, str) and item in self._by_id

    def __repr__(self) -> str:
        where = f" from {self.source}" if self.source else ""
        return f"<Glossary of {len(self)} terms{where}>"

    def get(self, id: str) -> Term:
        """The term with this id; ``KeyError`` (naming the id) when there is none."""
        require_str(id, "id")
        try:
            return self._by_id[id]
        except KeyError:
            raise KeyError(f"no glossary term has id {id!r}") from None

    def origin(self, term: Term | str) -> str | None:
        """The file a term was loaded from (None for terms given directly)."""
        if isinstance(term, Term):
            return self._origins.get(term.id)
        return self._origins.get(require_str(term, "term"))

    def filter(
        self,
        *,
        kind: str | None = None,
        country: str | None = None,
        on: datetime.date | None = None,
    ) -> tuple[Term, ...]:
        """The terms of this kind, of this country and valid on this date, in order."""
        code = _check_filters(kind, country, on)
        return tuple(t for t in self._terms if _keep(t, kind, code, on))

    # --- lookup ----------------------------------------------------------------------------

    def _candidates(self, query: str) -> tuple[str, tuple[int, ...]]:
        require_str(query, "query")
        for key in _keys(query):
            found = self._index.by_key.get(key)
            if found:
                return key, found
        return fold(query), ()

    def lookup(
        self,
        query: str,
        *,
        kind: str | None = None,
        country: str | None = None,
        on: datetime.date | None = None,
    ) -> Term:
        """The term named by ``query``: a name, abbreviation or variant in either language.

        Case, diacritics, tone placement, i/y, dashes, ``&``/"and" and a leading "the"
        do not matter. When several terms share the form, the one written with the
        query's own diacritics wins ("Hải quân Mỹ" is the U.S. Navy, "Hải quan Mỹ" U.S.
        Customs), else the one the glossary marks ``preferred`` (use :meth:`lookup_all`
        for all of them). ``kind``,
        ``country`` and ``on`` keep only the terms of that kind, country, or valid on
        that date. Raises :class:`~vnus.errors.TermNotFound` with suggestions.
        """
        code = _check_filters(kind, country, on)
        key, positions = self._candidates(query)
        kept = [p for p in positions if _keep(self._terms[p], kind, code, on)]
        if not kept:
            raise self._not_found(query, positions, on)
        winner = self._winner(query, key, kept)
        return self._terms[winner if winner in kept else kept[0]]

    def _winner(self, query: str, key: str, kept: Sequence[int]) -> int | None:
        """Of the terms sharing a form, the one a form of which is written exactly as
        ``query`` (diacritics kept, case and tone placement aside), else the preferred
        one (None when there is none)."""
        winner = self._index.preferred.get(key)
        if len(kept) > 1:
            written = compare_key(query.strip())
            exact = [
                p for p in kept if any(compare_key(f) == written for f in self._terms[p].forms())
            ]
            if exact and winner not in exact:
                return exact[0]
        return winner

    def lookup_all(
        self,
        query: str,
        *,
        kind: str | None = None,
        country: str | None = None,
        on: datetime.date | None = None,
    ) -> tuple[Term, ...]:
        """Every term ``query`` may name, the preferred one first; ``()`` when none."""
        code = _check_filters(kind, country, on)
        key, positions = self._candidates(query)
        winner = self._winner(query, key, positions)
        ordered = sorted(positions, key=lambda p: p != winner)
        return tuple(self._terms[p] for p in ordered if _keep(self._terms[p], kind, code, on))

    def _not_found(
        self, query: str, positions: Sequence[int], on: datetime.date | None
    ) -> TermNotFound:
        if positions:
            # The form exists but the filters removed it: point at what applies instead.
            suggestions: list[str] = []
            for position in positions:
                term = self._terms[position]
                replacements = self.current(term, on=on) if on is not None else ()
                for found in replacements or (term,):
                    label = _label(found, query)
                    if label not in suggestions:
                        suggestions.append(label)
            return TermNotFound(query, suggestions)
        return TermNotFound(query, [_label(m.term, query, m.form) for m in self.search(query, 3)])

    # --- history ---------------------------------------------------------------------------

    def successors(self, term: Term | str) -> tuple[Term, ...]:
        """The terms that directly took over from ``term``."""
        term = self._resolve(term)
        return tuple(self._by_id[s] for s in term.successors)

    def predecessors(self, term: Term | str) -> tuple[Term, ...]:
        """The terms that list ``term`` among their successors, in glossary order."""
        term = self._resolve(term)
        return tuple(t for t in self._terms if term.id in t.successors)

    def current(self, term: Term | str, *, on: datetime.date | None = None) -> tuple[Term, ...]:
        """The term itself if valid ``on`` that day (today by default), else the successors
        valid that day, following successors of successors; ``()`` when none is.
        """
        _check_day(on)
        pending = [self._resolve(term)]  # a bad argument fails before any warning
        day = _to_date(on) or datetime.date.today()
        if self._as_of is not None and day > self._as_of:
            warn_stale(f"the glossary's current names on {day:%Y-%m-%d}", self._as_of)
        found: list[Term] = []
        seen: set[str] = set()
        while pending:
            item = pending.pop(0)
            if item.id in seen:
                continue
            seen.add(item.id)
            if item.valid_on(day):
                found.append(item)
            elif item.valid_until is not None and day > item.valid_until:
                pending.extend(self._by_id[s] for s in item.successors)
        return tuple(found)

    def children(self, term: Term | str) -> tuple[Term, ...]:
        """The terms whose ``parent`` is ``term``."""
        term = self._resolve(term)
        return tuple(t for t in self._terms if t.parent == term.id)

    def _resolve(self, term: Term | str) -> Term:
        if isinstance(term, Term):
            return term
        return self.get(require_str(term, "term"))

    # --- search ----------------------------------------------------------------------------

    def search(
        self,
        query: str,
        limit: int = 10,
        *,
        kind: str | None = None,
        country: str | None = None,
        on: datetime.date | None = None,
    ) -> list[Match]:
        """Terms whose forms are close to ``query``, best first; ``[]`` when none is.

        Scores are rapidfuzz's ``WRatio`` on folded forms, scaled to 0..1: an exact
        form scores 1.0, a typo or missing diacritics a little less, a missing word or
        a partial name less again. Matches below :data:`SEARCH_CUTOFF` are dropped.
        """
        from rapidfuzz import fuzz, process

        code = _check_filters(kind, country, on)
        if isinstance(limit, bool) or not isinstance(limit, int):
            raise TypeError(f"limit must be int, not {type(limit).__name__}")
        if limit < 1:
            return []
        key = fold(require_str(query, "query"))
        if not key:
            return []
        index = self._index
        cutoff = SEARCH_CUTOFF * 100
        scores: dict[int, float] = {}  # choice number -> best weighted score

        def score_with(scorer: Any, weight: float, numbers: Sequence[int] | None) -> None:
            choices = index.choices if numbers is None else [index.choices[n] for n in numbers]
            for _, score, found in process.extract(
                key,
                choices,
                scorer=scorer,
                processor=None,
                limit=None,
                score_cutoff=cutoff / weight,
            ):
                number = found if numbers is None else numbers[found]
                scores[number] = max(scores.get(number, 0.0), score * weight)

        # Whole-string similarity catches typos and missing diacritics, in every form.
        score_with(fuzz.ratio, 1.0, None)
        # The token set catches missing or extra words; only forms sharing a word can gain,
        # and a form under half the query's length ("DOI" in a long query) is noise.
        shortest = bisect.bisect_left(index.lengths, (len(key) + 1) // 2)
        sharing = set().union(*(index.by_word.get(word, ()) for word in key.split()))
        score_with(
            fuzz.token_set_ratio, _TOKEN_SET_WEIGHT, sorted(n for n in sharing if n >= shortest)
        )
        # The partial ratio catches a truncated piece of a longer name ("commer").
        if len(key) >= _PARTIAL_MIN_LENGTH:
            start = bisect.bisect_left(index.lengths, len(key))
            score_with(fuzz.partial_ratio, _PARTIAL_WEIGHT, range(start, len(index.choices)))
        best: dict[int, tuple[float, float, str]] = {}  # position -> (score, ratio, form)
        for number, score in scores.items():
            choice = self._index.choices[number]
            ratio = 101.0 if choice == key else fuzz.ratio(key, choice)
            for position, form in self._index.choice_forms[number]:
                if position in best and best[position][:2] >= (score, ratio):
                    continue
                if _keep(self._terms[position], kind, code, on):
                    best[position] = (score, ratio, form)
        ranked = sorted(best.items(), key=lambda item: (-item[1][0], -item[1][1], item[0]))
        return [
            Match(self._terms[position], round(score / 100, 4), form)
            for position, (score, _, form) in ranked[:limit]
        ]


# Scores of the looser scorers count for less than a whole-string match.
_TOKEN_SET_WEIGHT = 0.95
_PARTIAL_WEIGHT = 0.9
_PARTIAL_MIN_LENGTH = 5  # shorter queries are abbreviations: "ustr" is not in "australia"


def _keep(term: Term, kind: str | None, country: str | None, on: datetime.date | None) -> bool:
    return (
        (kind is None or term.kind == kind)
        and (country is None or term.country == country)
        and (on is None or term.valid_on(on))
    )


def _label(term: Term, query: str, form: str | None = None) -> str:
    """How a suggestion reads: the form in the query's language, and the id."""
    if form is None:
        form = term.en if query.isascii() else term.vi
    return f"{form} ({term.id})"


# --- the bundled glossary ---------------------------------------------------------------------


def _load_with_cache(folder: str) -> Glossary:
    """``Glossary.from_path(folder)``, from its verified compiled form when there is one.

    See :mod:`vnus._cache`: the compiled JSON inside the package, else the user cache
    (``$VNUS_CACHE_DIR``, default ``~/.cache/vnus``; ``VNUS_NO_CACHE=1`` turns it off).
    """
    return _cache.load(folder)


def _load_bundled() -> Glossary:
    folder = _resources.data_folder("glossary")
    if isinstance(folder, str):
        return _load_with_cache(folder)
    return Glossary.from_path(folder)


_BUNDLED = _lazy.Lazy(_load_bundled)


def _shared() -> Glossary:
    return _BUNDLED.get()  # one thread parses; the others wait and get the same object


def glossary() -> Glossary:
    """The bundled glossary, parsed on first call and then shared (thread-safe).

    ``vnus.glossary`` is also this module: calling the module calls this function.
    """
    return _BUNDLED.get()


def clear_cache() -> None:
    """Forget the bundled glossary, so that the next :func:`glossary` call reads it again
    (:func:`vnus.clear_caches` forgets it with everything compiled from it)."""
    _BUNDLED.clear()


def require_glossary(value: object) -> Glossary | None:
    """Return ``value`` if it is a Glossary or None; otherwise a TypeError naming its type."""
    if value is None or isinstance(value, Glossary):
        return value
    raise TypeError(f"glossary must be a Glossary or None, not {type(value).__name__}")


class _CallableModule(types.ModuleType):
    # The submodule vnus.glossary and the function vnus.glossary() share a name; which one
    # `vnus.glossary` is would depend on import order. Making the module callable and its
    # `glossary` attribute the module itself, it is always the module, and calling it
    # always returns the bundled glossary.
    def __call__(self) -> Glossary:
        return _shared()


def _initials(text: str) -> str:
    return "".join(word[0] for word in fold(text).split())


def _is_subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(char in letters for char in short)


def abbr_language(term: Term, abbr: str) -> Literal["vi", "en"]:
    """Which language an abbreviation belongs to: Vietnamese when its letters follow the
    initials of a Vietnamese name and not of an English one ("BCT" of Bộ Công Thương),
    English otherwise ("MOIT").

    >>> moit = Term("vn.moit", "ministry", "Bộ Công Thương", "Ministry of Industry and Trade")
    >>> abbr_language(moit, "BCT"), abbr_language(moit, "MOIT")
    ('vi', 'en')
    """
    letters = fold(abbr).replace(" ", "")
    in_vi = any(_is_subsequence(letters, _initials(n)) for n in (term.vi, *term.vi_variants))
    in_en = any(_is_subsequence(letters, _initials(n)) for n in (term.en, *term.en_variants))
    return "vi" if in_vi and not in_en else "en"


sys.modules[__name__].__class__ = _CallableModule
globals()["glossary"] = sys.modules[__name__]  # type checkers keep seeing the function

# The compiled form of the bundled glossary (imported last: it stores this module's classes).
from vnus import _cache  # noqa: E402

_cache.bind(sys.modules[__name__])

"""Office-holders: who held which office, when, and how the press writes their names.

``glossary/people.toml`` lists the people the news names, each with name variants and
the offices they held (title and body as glossary ids, dates, sources). The loader
validates it like the glossary: sources required, NFC text, dates in order, and office
ids that exist in the glossary.

>>> import vnus.people
>>> blinken = vnus.people.find_person("Anthony Blinken")
>>> blinken.name, [o.en for o in blinken.offices]
('Antony Blinken', ['Secretary of State'])
>>> day = datetime.date(2023, 9, 19)
>>> [p.name for p in vnus.people.holders("us.doc", on=day)]
['Gina Raimondo', 'Marisa Lago', 'Don Graves']
>>> [p.name for p in vnus.people.holders("us.doc", on=day, title="title.minister")]
['Gina Raimondo']

Telling when a text was written: the dates a person held an office named in it.

>>> blinken.periods(organization="us.state")
(Period(start=datetime.date(2021, 1, 26), end=datetime.date(2025, 1, 20)),)
"""

from __future__ import annotations

import datetime
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from importlib.resources.abc import Traversable
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from vnus import _lazy, _resources
from vnus.errors import GlossaryError, require_str, warn_stale
from vnus.text import fold

if TYPE_CHECKING:
    from vnus.glossary import Glossary

__all__ = [
    "Office",
    "People",
    "Period",
    "Person",
    "clear_cache",
    "find_person",
    "holders",
    "people",
]

FILE_NAME = "people.toml"
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _offices(values: Iterable[Office]) -> tuple[Office, ...]:
    return tuple(values)


@attrs.frozen
class Period:
    """Inclusive dates; None is an open end (not known, or still in office)."""

    start: datetime.date | None
    end: datetime.date | None

    def contains(self, day: datetime.date) -> bool:
        """Whether ``day`` falls inside the period.

        >>> Period(datetime.date(2021, 1, 20), None).contains(datetime.date(2030, 1, 1))
        True
        """
        if isinstance(day, datetime.datetime):
            day = day.date()
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@attrs.frozen
class Office:
    """One office a person held.

    ``title`` is the glossary id of the Vietnamese title the press uses for it
    ("title.minister" for a US Secretary too), ``organization`` the glossary id of the
    body (None when there is none), ``post`` the glossary id of the office itself when
    the glossary lists it ("us.state.e"), ``en`` the office's own English without a
    country prefix ("Secretary of Commerce"); ``acting`` marks an acting holder.
    """

    title: str
    organization: str | None
    en: str
    country: str
    start: datetime.date | None
    end: datetime.date | None
    acting: bool = False
    post: str | None = None
    note: str | None = attrs.field(default=None, repr=False)
    sources: tuple[str, ...] = attrs.field(default=(), converter=_strings, repr=False)

    @property
    def period(self) -> Period:
        """When the office was held."""
        return Period(self.start, self.end)

    def held_on(self, day: datetime.date) -> bool:
        """Whether the office was held on ``day``."""
        return self.period.contains(day)


@attrs.frozen
class Person:
    """An office-holder: canonical ``name``, other spellings, country and offices."""

    id: str
    name: str
    country: str
    variants: tuple[str, ...] = attrs.field(converter=_strings, repr=False)
    offices: tuple[Office, ...] = attrs.field(converter=_offices, repr=False)
    sources: tuple[str, ...] = attrs.field(converter=_strings, repr=False)
    note: str | None = attrs.field(default=None, repr=False)
    #: The day this person's offices were last checked against their sources (None:
    #: not recorded); what is said of a later day may be out of date.
    checked: datetime.date | None = attrs.field(default=None, repr=False, kw_only=True)

    def names(self) -> tuple[str, ...]:
        """The canonical name and every variant."""
        return (self.name, *self.variants)

    def offices_on(self, day: datetime.date) -> tuple[Office, ...]:
        """The offices held on ``day``."""
        return tuple(o for o in self.offices if o.held_on(day))

    def periods(
        self, *, title: str | None = None, organization: str | None = None
    ) -> tuple[Period, ...]:
        """The dates a text naming this person in this office may have been written.

        ``title`` and ``organization`` are glossary ids; leaving one out accepts any.
        An empty result means the person never held such an office.
        """
        return tuple(
            office.period
            for office in self.offices
            if (title is None or office.title == title)
            and (organization is None or office.organization == organization)
        )

    def consistent_with(
        self,
        day: datetime.date,
        *,
        title: str | None = None,
        organization: str | None = None,
    ) -> bool:
        """Whether the person held such an office on ``day``."""
        return any(p.contains(day) for p in self.periods(title=title, organization=organization))


class People:
    """The office-holders of a ``people.toml``, indexed by every name form."""

    __slots__ = ("_by_id", "_by_name", "_people")

    def __init__(self, people: Iterable[Person]) -> None:
        self._people = tuple(people)
        self._by_id: dict[str, Person] = {}
        self._by_name: dict[str, Person] = {}
        for person in self._people:
            if person.id in self._by_id:
                raise GlossaryError("duplicate id", entry=person.id, field="id")
            self._by_id[person.id] = person
            for name in person.names():
                key = fold(name)
                other = self._by_name.get(key)
                if other is not None and other is not person:
                    raise GlossaryError(
                        f"name {name!r} is also a name of {other.id!r}",
                        entry=person.id,
                        field="variants",
                    )
                self._by_name[key] = person

    @classmethod
    def from_path(cls, path: str | PathLike[str] | Traversable) -> People:
        """Load a ``people.toml`` file, or the one in a glossary folder."""
        if isinstance(path, str | PathLike):
            if not str(path):  # Path("") would be the working directory
                raise GlossaryError(f"empty path: give {FILE_NAME} or the folder that holds it")
            root: Traversable = Path(path)
        elif all(hasattr(path, name) for name in ("is_dir", "read_text", "joinpath")):
            root = path
        else:
            raise TypeError(f"path must be str or os.PathLike, not {type(path).__name__}")
        where = str(root)
        try:
            if root.is_dir():
                root = root / FILE_NAME
                where = str(root)
            raw = tomllib.loads(root.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as error:
            raise GlossaryError(f"not valid TOML: {error}", path=where) from error
        except UnicodeDecodeError as error:
            raise GlossaryError(f"not UTF-8 at byte {error.start}", path=where) from None
        except (OSError, ValueError) as error:  # missing, a folder, a NUL or lone surrogate
            reason = getattr(error, "strerror", None) or error
            raise GlossaryError(f"cannot read: {reason}", path=where) from None
        return cls(_parse(raw, where))

    def __len__(self) -> int:
        return len(self._people)

    def __iter__(self) -> Iterator[Person]:
        return iter(self._people)

    def __repr__(self) -> str:
        return f"<People: {len(self)} office-holders>"

    def get(self, id: str) -> Person:
        """The person with this id (``KeyError`` if unknown)."""
        require_str(id, "id")
        try:
            return self._by_id[id]
        except KeyError:
            raise KeyError(f"no person has id {id!r}") from None

    def find(self, name: str) -> Person | None:
        """The person any name form designates (case, diacritics, spacing ignored)."""
        return self._by_name.get(fold(require_str(name, "name")))

    def holders(
        self,
        office_id: str,
        *,
        on: datetime.date | None = None,
        title: str | None = None,
    ) -> tuple[Person, ...]:
        """People who held an office of body or title ``office_id`` (on ``on``, if given)."""
        found = []
        for person in self._people:
            for office in person.offices:
                if office_id not in (office.organization, office.title, office.post):
                    continue
                if title is not None and office.title != title:
                    continue
                if on is None or office.held_on(on):
                    found.append(person)
                    break
        if on is not None:
            checked = [p.checked for p in found if p.checked is not None and p.checked < on]
            if checked:
                warn_stale(f"who held {office_id!r} on {on:%Y-%m-%d}", min(checked))
        return tuple(found)

    def check_against(self, glossary: Glossary) -> list[GlossaryError]:
        """Problems with office ids that do not exist in ``glossary``."""
        problems = []
        for person in self._people:
            for office in person.offices:
                for field, value in (
                    ("title", office.title),
                    ("organization", office.organization),
                    ("post", office.post),
                ):
                    if value is not None and value not in glossary:
                        problems.append(
                            GlossaryError(
                                f"office {field} {value!r} is not a glossary id",
                                path=FILE_NAME,
                                entry=person.id,
                                field=field,
                            )
                        )
        return problems


# --- parsing ----------------------------------------------------------------------------------


def _text(raw: Mapping[str, Any], field: str, where: str, entry: str, required: bool) -> Any:
    value = raw.get(field)
    if value is None:
        if required:
            raise GlossaryError("missing", path=where, entry=entry, field=field)
        return None
    if not isinstance(value, str) or not value.strip():
        raise GlossaryError(
            f"must be a non-empty string (got {value!r})", path=where, entry=entry, field=field
        )
    if not unicodedata.is_normalized("NFC", value):
        raise GlossaryError("not in NFC", path=where, entry=entry, field=field)
    return value


def _texts(raw: Mapping[str, Any], field: str, where: str, entry: str) -> tuple[str, ...]:
    values = raw.get(field, [])
    if not isinstance(values, list):
        raise GlossaryError("must be a list of strings", path=where, entry=entry, field=field)
    return tuple(_text({field: v}, field, where, entry, True) for v in values)


def _date(raw: Mapping[str, Any], field: str, where: str, entry: str) -> datetime.date | None:
    value = raw.get(field)
    if value is None:
        return None
    if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
        raise GlossaryError(
            f"must be a TOML date such as 2026-12-02, unquoted (got {value!r})",
            path=where,
            entry=entry,
            field=field,
        )
    return value


def _flag(raw: Mapping[str, Any], field: str, where: str, entry: str) -> bool:
    value = raw.get(field, False)
    if not isinstance(value, bool):
        raise GlossaryError(
            f"must be true or false (got {value!r})", path=where, entry=entry, field=field
        )
    return value


_OFFICE_FIELDS = frozenset(
    {"title", "organization", "post", "en", "country", "start", "end", "acting", "note", "sources"}
)
_PERSON_FIELDS = frozenset(
    {"id", "name", "country", "variants", "office", "note", "sources", "checked"}
)


def _parse(raw: Mapping[str, Any], where: str) -> list[Person]:
    entries = raw.get("person", [])
    if not isinstance(entries, list):
        raise GlossaryError("[[person]] must be an array of tables", path=where)
    found = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            raise GlossaryError(f"person {number} is not a table", path=where)
        ident = entry.get("id") or f"#{number}"
        if isinstance(ident, str) and not _ID.fullmatch(ident):
            raise GlossaryError(
                f"id must be lowercase letters, digits and '-' (got {ident!r})",
                path=where,
                entry=ident,
                field="id",
            )
        unknown = sorted(set(entry) - _PERSON_FIELDS)
        if unknown:
            raise GlossaryError(f"unknown field(s) {unknown}", path=where, entry=str(ident))
        _text(entry, "id", where, ident, True)
        sources = _texts(entry, "sources", where, ident)
        if not sources:
            raise GlossaryError(
                "at least one source is required", path=where, entry=ident, field="sources"
            )
        country = _text(entry, "country", where, ident, True)
        offices = []
        raw_offices = entry.get("office", [])
        if not isinstance(raw_offices, list):
            raise GlossaryError(
                "[[person.office]] must be tables", path=where, entry=ident, field="office"
            )
        for raw_office in raw_offices:
            unknown = sorted(set(raw_office) - _OFFICE_FIELDS)
            if unknown:
                raise GlossaryError(f"unknown office field(s) {unknown}", path=where, entry=ident)
            start = _date(raw_office, "start", where, ident)
            end = _date(raw_office, "end", where, ident)
            if start and end and end < start:
                raise GlossaryError("end is before start", path=where, entry=ident, field="end")
            office_sources = _texts(raw_office, "sources", where, ident) or sources
            offices.append(
                Office(
                    _text(raw_office, "title", where, ident, True),
                    _text(raw_office, "organization", where, ident, False),
                    _text(raw_office, "en", where, ident, True),
                    _text(raw_office, "country", where, ident, False) or country,
                    start,
                    end,
                    acting=_flag(raw_office, "acting", where, ident),
                    post=_text(raw_office, "post", where, ident, False),
                    note=_text(raw_office, "note", where, ident, False),
                    sources=office_sources,
                )
            )
        checked = _date(entry, "checked", where, ident)
        if checked is not None:
            starts = [office.start for office in offices if office.start is not None]
            if starts and checked < max(starts):
                raise GlossaryError(
                    f"{checked.isoformat()} is before the start of an office it vouches for "
                    f"({max(starts).isoformat()}): check the offices again and update it",
                    path=where,
                    entry=ident,
                    field="checked",
                )
        found.append(
            Person(
                ident,
                _text(entry, "name", where, ident, True),
                country,
                _texts(entry, "variants", where, ident),
                offices,
                sources,
                note=_text(entry, "note", where, ident, False),
                checked=checked,
            )
        )
    return found


# --- the bundled people -----------------------------------------------------------------------


def _load_bundled() -> People:
    return People.from_path(_resources.data_dir("glossary") / FILE_NAME)


_BUNDLED = _lazy.Lazy(_load_bundled)


def people() -> People:
    """The bundled office-holders (``glossary/people.toml``), loaded once (thread-safe)."""
    return _BUNDLED.get()


def clear_cache() -> None:
    """Forget the bundled people, so that the next :func:`people` call reads the file
    (:func:`vnus.clear_caches` forgets everything bundled at once)."""
    _BUNDLED.clear()


def find_person(name: str) -> Person | None:
    """The bundled office-holder any form of ``name`` designates, or None."""
    return people().find(name)


def holders(
    office_id: str, *, on: datetime.date | None = None, title: str | None = None
) -> tuple[Person, ...]:
    """Bundled office-holders of the body or title ``office_id`` (on ``on``, if given)."""
    return people().holders(office_id, on=on, title=title)

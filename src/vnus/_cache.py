"""The parsed bundled glossary, kept as verified JSON so that a start need not parse TOML.

Nothing that can run code (pickle, marshal) is ever read: the compiled form is plain
JSON, and it is used only when every check passes. Two places may hold it:

1. ``vnus/_data/glossary.json`` inside the installed package, written when the wheel is
   built (``hatch_build.py``), as Babel ships its compiled locale data;
2. a per-user cache file, ``$VNUS_CACHE_DIR``, else ``$XDG_CACHE_HOME/vnus``, else
   ``~/.cache/vnus``. Only an absolute path is used (an unset ``HOME`` never puts a cache
   under the working directory); the folder and the file must belong to the user and be
   writable by nobody else, else they are ignored. ``VNUS_NO_CACHE=1`` turns it off.

A file is used only when its header names this format, its key (a SHA-256 of the
vnus version, of the package's code and of every glossary file's bytes) matches the
data on disk, its SHA-256 digest matches the payload, and the payload has the expected
shape. Anything else (a damaged, truncated, foreign or hostile file) is ignored and,
for the user cache, silently replaced by a fresh parse.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import json
import os
import threading
from collections.abc import Iterable
from itertools import chain
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vnus.glossary import Glossary, Term

MAGIC = "vnus-glossary"
FORMAT = 1  # bump when the payload changes shape
MAX_BYTES = 64 << 20  # a larger cache file is not read at all
PACKAGED = "glossary.json"  # inside vnus/_data/, next to the glossary folder

_HERE = os.path.dirname(os.path.abspath(__file__))

# vnus.glossary hands itself over when it imports this module (bind()), so that the cache
# writes and rebuilds its classes without importing vnus.glossary back: no import cycle.
_glossary: Any = None


def bind(module: Any) -> None:
    """Give the cache the module whose Glossary and Term it stores (vnus.glossary)."""
    global _glossary
    _glossary = module


# Not glossary data (another schema): the same rule as glossary._SKIPPED_FILES.
_SKIPPED = frozenset({"people.toml"})


# --- the key: what the compiled form was built from -----------------------------------------


def _code_files() -> list[str]:
    """The package's Python and lexicon files, whose bytes go into the key."""
    found = []
    for folder in (_HERE, os.path.join(_HERE, "lexicon")):
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        found += [os.path.join(folder, n) for n in names if n.endswith((".py", ".toml"))]
    return sorted(found)


def glossary_files(folder: str) -> list[str]:
    """The glossary files of ``folder``, by name, as ``Glossary.from_path`` reads them."""
    return sorted(
        os.path.join(folder, name)
        for name in os.listdir(folder)
        if name.endswith(".toml") and name not in _SKIPPED
    )


def source_key(folder: str) -> str:
    """SHA-256 over the format, the vnus version, the code and every glossary file."""
    from vnus import __version__

    digest = hashlib.sha256(f"{MAGIC}\0{FORMAT}\0{__version__}\0".encode())
    for label, paths in (("code", _code_files()), ("data", glossary_files(folder))):
        for path in paths:
            with open(path, "rb") as handle:
                data = handle.read()
            name = os.path.relpath(path, _HERE if label == "code" else folder)
            digest.update(f"{label}\0{name}\0{len(data)}\0".encode())
            digest.update(data)
    return digest.hexdigest()


# --- the format -----------------------------------------------------------------------------


def _columns() -> list[tuple[str, str]]:
    """Term's fields in declaration order, each with the kind of value it holds: the
    columns of a payload row. The kind follows from the field's converter and default."""
    import attrs

    FrozenDict, Term = _glossary.FrozenDict, _glossary.Term
    kinds = {_glossary._to_tuple: "list", FrozenDict: "dict", _glossary._to_date: "date"}
    columns = []
    for field in attrs.fields(Term):
        kind = kinds.get(field.converter)
        if kind is None:
            kind = "text" if field.default is attrs.NOTHING else "text?"
        columns.append((field.name, kind))
    return columns


def dumps(glossary: Glossary, key: str) -> bytes:
    """The compiled form: a one-line JSON header, then the JSON payload it vouches for.

    Each term is a row of its field values in :class:`~vnus.glossary.Term` order (lists
    for tuples, objects for mappings, ISO strings for dates); the index is stored as
    built, except ``by_key`` and ``lengths``, which follow from the rest.
    """
    columns = _columns()
    rows = []
    for term in glossary:
        row: list[Any] = []
        for name, kind in columns:
            value = getattr(term, name)
            if kind == "date":
                value = None if value is None else value.isoformat()
            elif kind == "dict":
                value = dict(value)
            elif kind == "list":
                value = list(value)
            row.append(value)
        rows.append(row)
    index = glossary._index
    as_of = glossary.as_of
    payload = {
        "columns": columns,
        "as_of": None if as_of is None else as_of.isoformat(),
        "terms": rows,
        "origins": [os.path.basename(glossary.origin(term) or "") for term in glossary],
        "choices": index.choices,
        "positions": [[position for position, _ in claims] for claims in index.choice_forms],
        "forms": [[form for _, form in claims] for claims in index.choice_forms],
        "preferred": index.preferred,
        "by_word": index.by_word,
    }
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
    header = {
        "magic": MAGIC,
        "format": FORMAT,
        "key": key,
        "sha256": hashlib.sha256(body).hexdigest(),
        "size": len(body),
    }
    return json.dumps(header).encode() + b"\n" + body


class _Damaged(Exception):
    """The compiled form is not one this code wrote for this data."""


def _require(condition: bool, what: str) -> None:
    if not condition:
        raise _Damaged(what)


def _types(values: Iterable[object]) -> set[type]:
    return set(map(type, values))


def _terms(columns: list[tuple[str, str]], rows: object) -> list[Term]:
    """Term objects from payload rows, every column checked for its type first."""
    FrozenDict, Term = _glossary.FrozenDict, _glossary.Term

    _require(type(rows) is list and _types(rows) <= {list}, "terms are not rows")
    assert isinstance(rows, list)
    _require(set(map(len, rows)) <= {len(columns)}, "a row has the wrong length")
    values = list(zip(*rows, strict=True)) or [() for _ in columns]
    converted: list[Iterable[object]] = []
    for (name, kind), column in zip(columns, values, strict=True):
        kinds = _types(column)
        if kind == "list":
            _require(kinds <= {list}, f"{name} is not a list")
            _require(_types(chain.from_iterable(column)) <= {str}, f"{name} holds a non-string")
            converted.append(map(tuple, column))
        elif kind == "date":
            _require(kinds <= {str, type(None)}, f"{name} is not a date")
            converted.append([None if v is None else _date(v) for v in column])
        elif kind == "dict":
            _require(kinds <= {dict}, f"{name} is not an object")
            texts = chain.from_iterable(d.values() for d in column)
            _require(_types(texts) <= {str}, f"{name} holds a non-string")
            converted.append(map(FrozenDict, column))
        else:
            allowed = {str} if kind == "text" else {str, type(None)}
            _require(kinds <= allowed, f"{name} is not a string")
            converted.append(column)
    # Values are final (status already filled in by Term's post-init when it was dumped):
    # set them as Term.__init__ would, without its converters.
    names = [name for name, _ in columns]
    make, put = object.__new__, object.__setattr__
    terms = []
    for row in zip(*converted, strict=True):
        term = make(Term)
        for name, value in zip(names, row, strict=True):
            put(term, name, value)
        terms.append(term)
    return terms


def _date(value: str) -> datetime.date:
    day = datetime.date.fromisoformat(value)
    _require(day.isoformat() == value, "a date is not in ISO form")
    return day


def loads(data: bytes, key: str, folder: str) -> Glossary:
    """The glossary in ``data``; :class:`_Damaged` (or another error) unless all checks pass."""
    glossary_type: type[Glossary] = _glossary.Glossary
    _Index = _glossary._Index

    newline = data.find(b"\n", 0, 4096)
    _require(newline > 0, "no header")
    header = json.loads(data[:newline])
    body = data[newline + 1 :]
    _require(type(header) is dict and header.get("magic") == MAGIC, "not a vnus cache")
    _require(header.get("format") == FORMAT and header.get("key") == key, "other code or data")
    _require(header.get("size") == len(body), "the payload is cut short")
    _require(header.get("sha256") == hashlib.sha256(body).hexdigest(), "a wrong digest")
    payload = json.loads(body)
    _require(type(payload) is dict, "the payload is not an object")
    columns = _columns()
    _require(payload["columns"] == [list(column) for column in columns], "other Term fields")
    terms = _terms(columns, payload["terms"])
    as_of = payload["as_of"]
    _require(as_of is None or type(as_of) is str, "as_of is not a date")
    count = len(terms)
    origins, choices = payload["origins"], payload["choices"]
    positions, forms = payload["positions"], payload["forms"]
    preferred, by_word = payload["preferred"], payload["by_word"]
    _require(type(origins) is list and _types(origins) <= {str}, "origins are not names")
    _require(len(origins) == count, "terms and origins differ in length")
    _require(type(choices) is list and _types(choices) <= {str}, "choices are not strings")
    for column in (positions, forms):
        _require(type(column) is list and len(column) == len(choices), "choices differ")
        _require(_types(column) <= {list}, "a choice is not a list")
    _require(list(map(len, positions)) == list(map(len, forms)), "forms and positions differ")
    flat = list(chain.from_iterable(positions))
    _require(_types(flat) <= {int}, "a position is not an int")
    _require(not flat or 0 <= min(flat) <= max(flat) < count, "a position is out of range")
    _require(_types(chain.from_iterable(forms)) <= {str}, "a form is not a string")
    by_key = dict(zip(choices, map(tuple, positions), strict=True))
    _require(len(by_key) == len(choices), "a choice is listed twice")
    _require(type(preferred) is dict, "preferred is not an object")
    _require(all(preferred[k] in by_key.get(k, ()) for k in preferred), "a wrong preference")
    _require(type(by_word) is dict and _types(by_word.values()) <= {list}, "by_word is damaged")
    flat = list(chain.from_iterable(by_word.values()))
    _require(_types(flat) <= {int}, "a choice number is not an int")
    _require(not flat or 0 <= min(flat) <= max(flat) < len(choices), "out of range")
    index = _Index(
        by_key,
        preferred,
        choices,
        list(map(tuple, map(zip, positions, forms))),
        list(map(len, choices)),
        dict(zip(by_word, map(tuple, by_word.values()), strict=True)),
    )
    paths = {name: os.path.join(folder, name) for name in set(origins)}
    where = dict(zip((term.id for term in terms), map(paths.__getitem__, origins), strict=True))
    _require(len(where) == count, "an id is listed twice")
    day = None if as_of is None else _date(as_of)
    return glossary_type._restore(terms, where, folder, index, day)


# --- where the user cache lives, and reading it safely -----------------------------------------


def cache_dir() -> str | None:
    """The user cache folder, or None when caching is off or no absolute folder is known."""
    if os.environ.get("VNUS_NO_CACHE"):
        return None
    root = os.environ.get("VNUS_CACHE_DIR")
    if not root:
        base = os.environ.get("XDG_CACHE_HOME") or ""
        if not os.path.isabs(base):  # the XDG spec: a relative value is ignored
            home = os.path.expanduser("~")
            if not os.path.isabs(home):  # HOME unset and no home directory: no cache
                return None
            base = os.path.join(home, ".cache")
        root = os.path.join(base, "vnus")
    return root if os.path.isabs(root) else None


def _private(stat: os.stat_result) -> bool:
    """Owned by this user and writable by nobody else (always true where uids do not exist)."""
    geteuid = getattr(os, "geteuid", None)
    if geteuid is None:
        return True
    return stat.st_uid == geteuid() and not stat.st_mode & 0o022


_DIR_FD = os.open in os.supports_dir_fd and os.replace in os.supports_dir_fd
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)


class _Folder:
    """An open cache folder that passed the ownership checks; files are opened inside it."""

    def __init__(self, root: str, *, create: bool) -> None:
        if create:
            os.makedirs(root, mode=0o700, exist_ok=True)
        self.root = root
        self.fd: int | None = None
        if _DIR_FD:
            self.fd = os.open(root, os.O_RDONLY | _DIRECTORY)
            stat = os.fstat(self.fd)
        else:
            stat = os.stat(root)
        if not _private(stat):
            self.close()
            raise PermissionError(f"{root} is not private to this user")

    def open(self, name: str, flags: int, mode: int = 0o600) -> int:
        if self.fd is not None:
            return os.open(name, flags | _NOFOLLOW, mode, dir_fd=self.fd)
        return os.open(os.path.join(self.root, name), flags | _NOFOLLOW, mode)

    def replace(self, source: str, target: str) -> None:
        if self.fd is not None:
            os.replace(source, target, src_dir_fd=self.fd, dst_dir_fd=self.fd)
        else:
            os.replace(os.path.join(self.root, source), os.path.join(self.root, target))

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


def _cache_name(folder: str) -> str:
    return f"glossary-{hashlib.sha256(folder.encode(errors='surrogatepass')).hexdigest()[:16]}.json"


def read_private(root: str, name: str) -> bytes | None:
    """The bytes of ``root/name`` if the folder and file are this user's own; else None."""
    try:
        folder = _Folder(root, create=False)
    except OSError:
        return None
    try:
        fd = folder.open(name, os.O_RDONLY)
    except OSError:
        folder.close()
        return None
    try:
        stat = os.fstat(fd)
        if not (_private(stat) and _is_regular(stat.st_mode)) or stat.st_size > MAX_BYTES:
            return None
        with os.fdopen(fd, "rb") as handle:
            fd = -1
            return handle.read(MAX_BYTES + 1)
    except OSError:
        return None
    finally:
        if fd >= 0:
            os.close(fd)
        folder.close()


def _is_regular(mode: int) -> bool:
    import stat

    return stat.S_ISREG(mode)


def write_private(root: str, name: str, data: bytes) -> None:
    """Write ``root/name`` atomically, mode 0600, in a folder private to this user."""
    folder = _Folder(root, create=True)
    temporary = f".{name}.{os.getpid()}.{threading.get_ident()}.tmp"
    try:
        fd = folder.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            folder.replace(temporary, name)  # atomic: a concurrent reader sees old or new
        except BaseException:
            try:
                if folder.fd is not None:
                    os.unlink(temporary, dir_fd=folder.fd)
                else:
                    os.unlink(os.path.join(root, temporary))
            except OSError:
                pass
            raise
    finally:
        folder.close()


# --- loading -----------------------------------------------------------------------------------


def _try(data: bytes | None, key: str, folder: str) -> Glossary | None:
    if data is None:
        return None
    try:
        return loads(data, key, folder)
    except Exception:  # any damage at all (decode, digest, types, sizes): parse instead
        return None


def load(folder: str) -> Glossary:
    """The glossary of ``folder``: compiled into the package, cached, or parsed and cached."""
    glossary_type: type[Glossary] = _glossary.Glossary
    key = source_key(folder)
    packaged = os.path.join(_HERE, "_data", PACKAGED)
    if os.path.normpath(folder) == os.path.join(_HERE, "_data", "glossary"):
        try:
            with open(packaged, "rb") as handle:
                found = _try(handle.read(MAX_BYTES + 1), key, folder)
        except OSError:
            found = None
        if found is not None:
            return found
    root = cache_dir()
    name = _cache_name(folder)
    if root is not None:
        found = _try(read_private(root, name), key, folder)
        if found is not None:
            return found
    loaded = glossary_type.from_path(folder)
    if root is not None:
        # A read-only or foreign cache folder only costs the next start its parse.
        with contextlib.suppress(OSError):
            write_private(root, name, dumps(loaded, key))
    return loaded

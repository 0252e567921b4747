"""News articles as typed records: load a folder of saved pages or a JSONL corpus.

>>> from vnus import corpus
>>> seeds = corpus.load()
>>> len(seeds)
5
>>> article = seeds.get("003_c71c10d38a6cc395")
>>> article.source, article.byline
('VOV', 'Vũ Khuyên/VOV')
>>> article.title
'Việt Nam đánh giá cao quan hệ Đối tác Chiến lược Toàn diện ASEAN - Hoa Kỳ'
>>> article.captions[0]
'Ngoại trưởng Hoa Kỳ Anthony Blinken.'

Formats (see ``docs/corpus.md``): a folder of ``.txt`` pages (one article each, the
id is the file stem), one ``.txt`` page, or a ``.jsonl`` / ``.jsonl.gz`` file with one
JSON object per line (``id``, ``title``, ``text`` and optional metadata).
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import unicodedata
import warnings
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal, TypeVar, cast, overload

import attrs

from vnus._page import RelatedItem, _optional, _require
from vnus.errors import CorpusError, require_str

if TYPE_CHECKING:
    from vnus.dates import DateMention
    from vnus.mentions import TermMention, TitleMention

__all__ = [
    "Article",
    "Corpus",
    "RelatedItem",
    "article_from_dict",
    "iter_articles",
    "load",
    "map_articles",
    "parse_article",
    "write_jsonl",
]

Errors = Literal["raise", "collect"]
T = TypeVar("T")

# JSONL fields besides the required id, title and text.
OPTIONAL_FIELDS = (
    "source",
    "byline",
    "keywords",
    "captions",
    "related",
    "chrome",
    "reference_date",
    "reference_evidence",
)


def _check_paragraphs(instance: object, attribute: object, value: tuple[str, ...]) -> None:
    for paragraph in value:
        if not isinstance(paragraph, str):
            raise TypeError(f"paragraphs must be str, not {type(paragraph).__name__}")
        if not paragraph.strip() or paragraph != paragraph.strip() or "\n\n" in paragraph:
            raise ValueError(
                "a paragraph must be non-empty, without surrounding white space or a "
                f"blank line inside (got {paragraph!r})"
            )


def _str_tuple(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _related_tuple(value: Iterable[RelatedItem]) -> tuple[RelatedItem, ...]:
    return tuple(value)


def _article_tuple(value: Iterable[Article]) -> tuple[Article, ...]:
    return tuple(value)


def _error_tuple(value: Iterable[CorpusError]) -> tuple[CorpusError, ...]:
    return tuple(value)


@attrs.frozen(slots=True)
class Article:
    """One news article: the body apart from everything the page put around it.

    ``paragraphs`` is the body only; ``captions``, ``keywords``, ``related`` and
    ``chrome`` (section labels, repeated titles, comment boxes, menus) keep the rest
    of the page. ``reference_date`` is when the article was written, inferred from its
    own text; ``reference_evidence`` says which clue gave which constraint.

    >>> a = Article(id="x", title="T", paragraphs=("Một.", "Hai."))
    >>> a.text
    'Một.\\n\\nHai.'
    """

    id: str
    title: str
    paragraphs: tuple[str, ...] = attrs.field(converter=_str_tuple, validator=_check_paragraphs)
    source: str | None = None
    byline: str | None = None
    keywords: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    captions: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    related: tuple[RelatedItem, ...] = attrs.field(default=(), converter=_related_tuple)
    chrome: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    reference_date: date | None = None
    reference_evidence: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)

    @property
    def text(self) -> str:
        """The body: paragraphs joined by blank lines."""
        return "\n\n".join(self.paragraphs)

    def terms(self) -> list[TermMention]:
        """Glossary terms in the body (:func:`vnus.find_terms` on :attr:`text`)."""
        from vnus.mentions import find_terms

        return find_terms(self.text)

    def titles(self) -> list[TitleMention]:
        """Official titles in the body (:func:`vnus.find_titles` on :attr:`text`), a bare
        title read against the offices the article named before it."""
        from vnus.mentions import find_titles

        return find_titles(self.text, context="")

    def dates(self) -> list[DateMention]:
        """Date expressions in the body, read against :attr:`reference_date` (today when None).

        A year left out and relative expressions take the article's own date:

        >>> a = Article(id="x", title="", paragraphs=("Ngày 28/12, hai bên họp.",),
        ...             reference_date=date(2020, 1, 5))
        >>> [m.value.iso() for m in a.dates()]
        ['2019-12-28']
        """
        from vnus.dates import find_dates

        return find_dates(self.text, reference=self.reference_date)

    def to_dict(self) -> dict[str, Any]:
        """The JSONL record of this article (see ``docs/corpus.md``)."""
        return {
            "id": self.id,
            "title": self.title,
            "text": self.text,
            "source": self.source,
            "byline": self.byline,
            "keywords": list(self.keywords),
            "captions": list(self.captions),
            "related": [item.to_dict() for item in self.related],
            "chrome": list(self.chrome),
            "reference_date": self.reference_date.isoformat() if self.reference_date else None,
            "reference_evidence": list(self.reference_evidence),
        }


@attrs.frozen(slots=True, repr=False)
class Corpus(Sequence[Article]):
    """A sequence of articles with lookup by id.

    ``problems`` holds the records that could not be read when loading with
    ``errors="collect"`` (each a :class:`~vnus.errors.CorpusError` naming file and line).
    """

    articles: tuple[Article, ...] = attrs.field(converter=_article_tuple)
    problems: tuple[CorpusError, ...] = attrs.field(default=(), converter=_error_tuple, eq=False)
    _index: dict[str, int] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        index: dict[str, int] = {}
        for position, article in enumerate(self.articles):
            index.setdefault(article.id, position)
        object.__setattr__(self, "_index", index)

    def __len__(self) -> int:
        return len(self.articles)

    def __repr__(self) -> str:
        problems = f", {len(self.problems)} bad records" if self.problems else ""
        return f"<Corpus: {len(self.articles)} articles{problems}>"

    @overload
    def __getitem__(self, position: int) -> Article: ...
    @overload
    def __getitem__(self, position: slice) -> Sequence[Article]: ...
    def __getitem__(self, position: int | slice) -> Article | Sequence[Article]:
        return self.articles[position]

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)

    def get(self, id: str) -> Article:
        """The article with this id; ``KeyError`` naming it when there is none."""
        require_str(id, "id")
        try:
            return self.articles[self._index[id]]
        except KeyError:
            raise KeyError(f"no article with id {id!r} in this corpus") from None

    def __getstate__(self) -> dict[str, Any]:
        return {"articles": self.articles, "problems": self.problems}

    def __setstate__(self, state: dict[str, Any]) -> None:
        object.__setattr__(self, "articles", state["articles"])
        object.__setattr__(self, "problems", state["problems"])
        self.__attrs_post_init__()

    def to_jsonl(self, path: str | os.PathLike[str]) -> None:
        """Write one JSON object per article; gzip-compressed when ``path`` ends in ``.gz``."""
        write_jsonl(self.articles, path)


# --- reading ---------------------------------------------------------------------------


def _str_list(data: dict[str, Any], name: str) -> tuple[str, ...]:
    value = data.get(name) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError(f"field {name!r} must be a list of strings")
    return tuple(value)


def article_from_dict(data: object, *, infer_date: bool = True) -> Article:
    """Build an Article from a JSONL record; ValueError/TypeError name the bad field.

    When the record has no ``reference_date`` key it is inferred from the text.
    """
    if not isinstance(data, dict):
        raise TypeError(f"a record must be a JSON object, not {type(data).__name__}")
    text = _require(data, "text", str)
    related = data.get("related") or []
    if not isinstance(related, list):
        raise TypeError("field 'related' must be a list")
    reference = data.get("reference_date")
    article = Article(
        id=_require(data, "id", str),
        title=_require(data, "title", str),
        paragraphs=_paragraphs_of(text),
        source=_optional(data, "source", str),
        byline=_optional(data, "byline", str),
        keywords=_str_list(data, "keywords"),
        captions=_str_list(data, "captions"),
        related=tuple(RelatedItem.from_dict(item) for item in related),
        chrome=_str_list(data, "chrome"),
        reference_date=date.fromisoformat(reference) if isinstance(reference, str) else None,
        reference_evidence=_str_list(data, "reference_evidence"),
    )
    if reference is not None and not isinstance(reference, str):
        raise TypeError("field 'reference_date' must be an ISO date string or null")
    if "reference_date" not in data and infer_date:
        article = _with_reference_date(article)
    return article


def _paragraphs_of(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in text.split("\n\n") if p.strip())


def _with_reference_date(article: Article) -> Article:
    from vnus._dating import infer_reference_date

    estimate = infer_reference_date(article)
    return attrs.evolve(
        article, reference_date=estimate.reference_date, reference_evidence=estimate.evidence
    )


def parse_article(
    text: str, id: str, *, path: str | None = None, infer_date: bool = True
) -> Article:
    """Read one saved news page; warns (naming ``path``) when it has no article body.

    >>> a = parse_article("Tiêu đề\\n\\nNgày 25/6 vừa qua, hai bên họp.\\n\\nBình luận", "x")
    >>> a.title, a.paragraphs, a.chrome
    ('Tiêu đề', ('Ngày 25/6 vừa qua, hai bên họp.',), ('Bình luận',))
    """
    from vnus._page import parse_page

    require_str(text, "text")
    require_str(id, "id")
    page = parse_page(unicodedata.normalize("NFC", text))
    if not page.paragraphs:
        warnings.warn(f"{path or id}: no article body found", stacklevel=2)
    article = Article(
        id=id,
        title=page.title,
        paragraphs=page.paragraphs,
        source=page.source,
        byline=page.byline,
        keywords=page.keywords,
        captions=page.captions,
        related=page.related,
        chrome=page.chrome,
    )
    return _with_reference_date(article) if infer_date else article


#: The longest record read by default, in bytes: a JSONL line (without its line break) or
#: a page file, after decompression. Larger ones are a CorpusError; pass
#: ``max_record_bytes=`` to read them.
MAX_RECORD_BYTES = 16 * 1024 * 1024

# Suffixes read, case-insensitively; a folder's other files are reported as skipped.
_JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
_PAGE_SUFFIXES = (".txt", ".txt.gz")
_READ = ", ".join((*_PAGE_SUFFIXES, *_JSONL_SUFFIXES))
# Files people put in a corpus folder that look close to a format, with what to do.
_HINTS = {
    ".json": "one JSON document: write one record per line as .jsonl",
    ".gz": "compressed, but not .txt.gz or .jsonl.gz",
}


def _encoding_hint(encoding: str) -> str:
    return (
        f"not valid {encoding}; give the file's encoding (encoding= in Python, "
        "--encoding on the command line), e.g. cp1258 for a legacy Vietnamese code page"
    )


def _decode(data: bytes, path: str, encoding: str, line: int | None = None) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        where = line if line is not None else data.count(b"\n", 0, error.start) + 1
        raise CorpusError(
            f"{_encoding_hint(encoding)} ({error.reason})",
            path=path,
            line=where,
            offset=error.start,
        ) from None


def _open_binary(path: Path, mode: Literal["rb", "wb"]) -> IO[bytes]:
    """The file itself, or its gzip stream when the name ends in ``.gz``."""
    if path.name.lower().endswith(".gz"):
        return cast(IO[bytes], gzip.open(path, mode))
    return open(path, mode)


def _kind(name: str) -> Literal["jsonl", "page"] | None:
    """What a file holds, by its suffix in any case: JSONL records or one page."""
    lower = name.lower()
    if lower.endswith(_JSONL_SUFFIXES):
        return "jsonl"
    if lower.endswith(_PAGE_SUFFIXES):
        return "page"
    return None


def _page_id(name: str) -> str:
    """The article id of a page file: its name without ``.txt`` / ``.txt.gz``."""
    lower = name.lower()
    for suffix in (".txt.gz", ".txt"):
        if lower.endswith(suffix):
            return name[: -len(suffix)]
    return name


@attrs.frozen(slots=True)
class _Unit:
    """One record still to be read: a JSONL line (``data``) or a page file (``data=None``).

    Reading is split from building so that worker processes can build (decode, parse
    and date) while the main process only streams raw lines.
    """

    path: str
    line: int | None = None
    offset: int = 0
    data: bytes | None = None
    id: str | None = None  # a page's article id (its path in the folder, without suffix)
    limit: int = MAX_RECORD_BYTES


def _too_long(limit: int) -> str:
    return (
        f"record longer than {limit:,} bytes (the limit; pass max_record_bytes= to read it, "
        "see docs/corpus.md)"
    )


def _corpus_files(folder: Path) -> tuple[list[tuple[Path, str]], list[str]]:
    """Every corpus file under ``folder`` (subfolders too, by path), with its article id
    for pages, and the files that are not read. Hidden files and folders (".git") are
    passed over; a folder reached twice through links is read once."""
    found: list[tuple[Path, str]] = []
    skipped: list[str] = []
    seen: set[tuple[int, int]] = set()

    def walk(current: Path, prefix: str) -> None:
        try:
            info = current.stat()
            if (info.st_dev, info.st_ino) in seen:
                return
            seen.add((info.st_dev, info.st_ino))
            entries = sorted(current.iterdir(), key=lambda p: p.name)
        except OSError as error:
            raise CorpusError(
                f"cannot list this folder: {error.strerror or error}", path=str(current)
            ) from None
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_dir, is_file = entry.is_dir(), entry.is_file()
            except OSError:
                is_dir = is_file = False
            if is_dir:
                walk(entry, f"{prefix}{entry.name}/")
            elif is_file and _kind(entry.name) is not None:
                found.append((entry, prefix + _page_id(entry.name)))
            else:
                lower = entry.name.lower()
                hint = next((h for s, h in _HINTS.items() if lower.endswith(s)), None)
                what = "not a regular file" if not is_file else hint or "not a corpus file"
                skipped.append(f"{prefix}{entry.name} ({what})")

    walk(folder, "")
    return found, skipped


def _skipped_warning(folder: Path, skipped: Sequence[str], stacklevel: int) -> None:
    shown = ", ".join(skipped[:5]) + (f" and {len(skipped) - 5} more" if len(skipped) > 5 else "")
    warnings.warn(
        f"{folder}: skipped {len(skipped)} file(s) not read as corpus files ({_READ} are): {shown}",
        stacklevel=stacklevel,
    )


def _file_streams(path: Path, limit: int) -> Iterator[Iterator[_Unit]]:
    """For each corpus file of a resolved path, in order, the stream of its records."""
    if path.is_dir():
        files, skipped = _corpus_files(path)
        if skipped:
            _skipped_warning(path, skipped, stacklevel=6)
        if not files:
            warnings.warn(f"{path}: no corpus files ({_READ}) in this folder", stacklevel=6)
        for file, ident in files:
            yield _file_units(file, ident, limit)
    else:
        yield _file_units(path, _page_id(path.name), limit)


def _file_units(path: Path, ident: str, limit: int) -> Iterator[_Unit]:
    """The records of one file, unread; a CorpusError names the file and line when the
    file itself cannot be read (unreadable, not gzip, truncated)."""
    if _kind(path.name) != "jsonl":
        yield _Unit(str(path), id=ident, limit=limit)
        return
    number = offset = 0
    try:
        with _open_binary(path, "rb") as handle:
            while raw := handle.readline(limit + 1):
                number += 1
                start = offset
                offset += len(raw)
                if len(raw) > limit and not raw.endswith(b"\n"):
                    offset += _skip_line(handle, limit)
                    yield _Unit(str(path), number, start, None, limit=-limit)
                elif raw.strip():
                    yield _Unit(str(path), number, start, raw, limit=limit)
    except (OSError, EOFError, zlib.error) as error:  # not gzip, truncated, unreadable
        message = f"cannot read: {getattr(error, 'strerror', None) or error}"
        raise CorpusError(message, path=str(path), line=number + 1, offset=offset) from None
    if offset == 0:
        warnings.warn(f"{path}: empty corpus file", stacklevel=5)


_SKIP_CHUNK = 1 << 20


def _skip_line(handle: IO[bytes], limit: int) -> int:
    """Read past the rest of an over-long line without keeping it; the bytes read."""
    skipped = 0
    while chunk := handle.readline(_SKIP_CHUNK):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def _units(path: Path, limit: int = MAX_RECORD_BYTES) -> Iterator[_Unit]:
    """The records of a resolved corpus path, in order, unread (file errors raise)."""
    for stream in _file_streams(path, limit):
        yield from stream


def _read_page(unit: _Unit) -> bytes:
    page = Path(unit.path)
    try:
        with _open_binary(page, "rb") as handle:
            data = handle.read(unit.limit + 1)
    except (OSError, EOFError, zlib.error) as error:  # a folder named *.txt, not gzip ...
        message = f"cannot read: {getattr(error, 'strerror', None) or error}"
        raise CorpusError(message, path=unit.path) from None
    if len(data) > unit.limit:
        raise CorpusError(_too_long(unit.limit), path=unit.path)
    return data


def _build(unit: _Unit, encoding: str, infer_date: bool) -> Article:
    """The Article of one record; CorpusError names the file and line or byte."""
    if unit.data is None and unit.limit < 0:  # a JSONL line over the limit, not kept
        raise CorpusError(_too_long(-unit.limit), path=unit.path, line=unit.line)
    if unit.data is None:
        text = _decode(_read_page(unit), unit.path, encoding).removeprefix("\ufeff")
        ident = unit.id if unit.id is not None else _page_id(Path(unit.path).name)
        try:
            return parse_article(text, ident, path=unit.path, infer_date=infer_date)
        except _RECORD_ERRORS as error:
            raise CorpusError(f"cannot read this page: {_why(error)}", path=unit.path) from None
    try:
        line = unit.data.decode(encoding)
    except UnicodeDecodeError as error:
        raise CorpusError(
            f"{_encoding_hint(encoding)} ({error.reason})",
            path=unit.path,
            line=unit.line,
            offset=unit.offset + error.start,
        ) from None
    if codecs.lookup(encoding).name != "utf-8":
        line = unicodedata.normalize("NFC", line)  # code pages such as cp1258 split tone marks
    if unit.line == 1:
        line = line.removeprefix("\ufeff")  # a byte-order mark some editors write
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        message = f"malformed JSON: {error.msg} at column {error.colno}"
        raise CorpusError(
            message, path=unit.path, line=unit.line, offset=unit.offset + error.pos
        ) from None
    except (ValueError, RecursionError) as error:  # a 5,000-digit number, deep nesting
        raise CorpusError(
            f"malformed JSON: {_why(error)}", path=unit.path, line=unit.line
        ) from None
    try:
        return article_from_dict(record, infer_date=infer_date)
    except _RECORD_ERRORS as error:
        raise CorpusError(f"bad record: {_why(error)}", path=unit.path, line=unit.line) from None


# What building an article from a record may raise on bad data: each becomes a CorpusError.
_RECORD_ERRORS = (TypeError, ValueError, AttributeError, KeyError, RecursionError, OverflowError)


def _why(error: BaseException) -> str:
    if isinstance(error, RecursionError):
        return "nested too deeply"
    text = str(error)
    if isinstance(error, TypeError | ValueError) and text:
        return text
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _iter_path(
    path: Path,
    encoding: str,
    errors: Errors,
    problems: list[CorpusError],
    infer_date: bool,
    limit: int,
) -> Iterator[Article]:
    for stream in _file_streams(path, limit):
        try:
            for unit in stream:
                try:
                    article = _build(unit, encoding, infer_date)
                except CorpusError as error:
                    if errors == "raise":
                        raise
                    problems.append(error)
                    continue
                yield article
        except CorpusError as error:  # the file itself: what it held so far is kept
            if errors == "raise":
                raise
            problems.append(error)


def _resolve(path: str | os.PathLike[str] | None) -> Path:
    if path is None:
        from vnus._resources import data_dir

        return Path(str(data_dir("seeds")))
    if not isinstance(path, str | os.PathLike):
        raise TypeError(f"path must be str, os.PathLike or None, not {type(path).__name__}")
    if isinstance(path, str) and not path:  # Path("") would be the working directory
        raise CorpusError("empty path: give a folder, a .txt page or a .jsonl(.gz) file")
    resolved = Path(path)
    try:
        exists = resolved.exists()
    except OSError as error:  # a name too long, a folder we may not enter ...
        raise CorpusError(f"cannot read: {error.strerror or error}", path=str(resolved)) from None
    if not exists:
        raise CorpusError("no such file or folder", path=str(resolved))
    if not (resolved.is_dir() or _kind(resolved.name) is not None):
        raise CorpusError(
            f"not a corpus: expected a folder or a file ending in {_READ}",
            path=str(resolved),
        )
    return resolved


def iter_articles(
    path: str | os.PathLike[str] | None = None,
    *,
    encoding: str = "utf-8",
    errors: Errors = "raise",
    infer_date: bool = True,
    max_record_bytes: int = MAX_RECORD_BYTES,
) -> Iterator[Article]:
    """Stream the articles of a corpus one at a time (flat memory for any size).

    ``encoding`` decodes legacy files (e.g. ``"cp1258"``; text is then put in NFC).
    With ``errors="raise"`` the first bad record raises :class:`CorpusError` naming the
    file and line (or byte offset). With ``errors="collect"`` bad records, and files
    that cannot be read (what they held before the damage is kept), are skipped and,
    after the last good article, one ``CorpusError`` lists them all in its
    ``problems`` attribute: nothing is dropped silently. ``infer_date=False`` skips
    dating (records that carry ``reference_date`` are never re-dated). A record longer
    than ``max_record_bytes`` (:data:`MAX_RECORD_BYTES`, 16 MiB) is a bad record.

    >>> next(iter_articles()).id
    '000_f38bb618d79b8589'
    """
    if errors not in ("raise", "collect"):
        raise ValueError(f"errors must be 'raise' or 'collect' (got {errors!r})")
    resolved = _resolve(path)
    require_str(encoding, "encoding")
    try:
        codecs.lookup(encoding)
    except (LookupError, ValueError):  # ValueError: a NUL or a lone surrogate in the name
        raise CorpusError(f"unknown encoding {encoding!r}", path=str(resolved)) from None
    limit = _check_limit(max_record_bytes)
    problems: list[CorpusError] = []
    yield from _iter_path(resolved, encoding, errors, problems, infer_date, limit)
    if problems:
        raise collected_error(problems)


def _check_limit(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"max_record_bytes must be int, not {type(value).__name__}")
    if value < 1:
        raise ValueError(f"max_record_bytes must be at least 1 (got {value})")
    return value


def collected_error(problems: Sequence[CorpusError]) -> CorpusError:
    """One CorpusError that lists every problem (kept in its ``problems`` attribute)."""
    lines = "\n".join(f"  {problem}" for problem in problems)
    error = CorpusError(f"{len(problems)} bad record(s):\n{lines}")
    error.problems = tuple(problems)  # type: ignore[attr-defined]
    return error


def load(
    path: str | os.PathLike[str] | None = None,
    *,
    encoding: str = "utf-8",
    errors: Errors = "raise",
    infer_date: bool = True,
    max_record_bytes: int = MAX_RECORD_BYTES,
) -> Corpus:
    """Load a whole corpus; ``None`` loads the bundled seed articles.

    With ``errors="collect"`` the good articles are returned and the bad records (and
    unreadable files) are kept in ``Corpus.problems`` (and announced by one warning).
    The options are those of :func:`iter_articles`.
    """
    articles: list[Article] = []
    stream = iter_articles(
        path,
        encoding=encoding,
        errors=errors,
        infer_date=infer_date,
        max_record_bytes=max_record_bytes,
    )
    try:
        articles.extend(stream)
    except CorpusError as error:
        problems: tuple[CorpusError, ...] = getattr(error, "problems", ())
        if errors == "raise" or not problems:
            raise
        warnings.warn(str(error), stacklevel=2)
        return Corpus(articles, problems)
    return Corpus(articles)


# --- writing ---------------------------------------------------------------------------


def write_jsonl(articles: Iterable[Article], path: str | os.PathLike[str]) -> int:
    """Write articles as JSONL (gzip when the name ends in ``.gz``); returns how many."""
    if not isinstance(path, str | os.PathLike):
        raise TypeError(f"path must be str or os.PathLike, not {type(path).__name__}")
    if isinstance(path, str) and not path:
        raise CorpusError("empty path: give the .jsonl or .jsonl.gz file to write")
    if isinstance(articles, str | bytes) or not isinstance(articles, Iterable):
        raise TypeError(f"articles must be an iterable of Article, not {type(articles).__name__}")
    target = Path(path)
    count = 0
    with (
        _open_binary(target, "wb") as raw,
        io.TextIOWrapper(raw, encoding="utf-8", newline="\n") as handle,
    ):
        for article in articles:
            if not isinstance(article, Article):
                raise TypeError(f"articles must hold Article objects, not {type(article).__name__}")
            handle.write(json.dumps(article.to_dict(), ensure_ascii=False))
            handle.write("\n")
            count += 1
    return count


# --- parallel map ----------------------------------------------------------------------


def _apply_batch(
    func: Callable[[Article], T], batch: list[Article | _Unit], encoding: str
) -> list[T]:
    """Run in a worker: build what is still raw, then apply ``func``."""
    return [
        func(item if isinstance(item, Article) else _build(item, encoding, True)) for item in batch
    ]


def map_articles(
    func: Callable[[Article], T],
    articles: str | os.PathLike[str] | Iterable[Article] | None = None,
    *,
    jobs: int = 1,
    batch_size: int = 64,
    encoding: str = "utf-8",
    max_record_bytes: int = MAX_RECORD_BYTES,
) -> Iterator[T]:
    """Apply ``func`` to every article, in order, on ``jobs`` worker processes.

    ``articles`` is a corpus path or any iterable of articles. From a path, this process
    only streams raw lines and file names: decoding, page splitting and dating happen
    in the workers too. At most ``2 * jobs`` batches are in flight, so memory stays
    flat on corpora of any size. ``func`` must be picklable (a module-level function).
    ``jobs=1`` runs in this process. The first bad record (or unreadable file) raises
    its CorpusError; ``max_record_bytes`` is that of :func:`iter_articles`.

    >>> list(map_articles(_title_length, None, jobs=1))
    [96, 65, 83, 73, 0]
    """
    if isinstance(jobs, bool) or not isinstance(jobs, int):
        raise TypeError(f"jobs must be int, not {type(jobs).__name__}")
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1 (got {jobs})")
    path: str | os.PathLike[str] | None = None
    given: Iterable[Article] | None = None
    if articles is None or isinstance(articles, str | os.PathLike):
        path = articles
    else:
        given = articles
    limit = _check_limit(max_record_bytes)
    if jobs == 1:
        stream = iter_articles(path, encoding=encoding, max_record_bytes=limit)
        yield from map(func, stream if given is None else given)
        return
    items: Iterable[Article | _Unit]
    if given is None:
        resolved = _resolve(path)
        codecs.lookup(encoding)  # an unknown codec fails here, not in every worker
        items = _units(resolved, limit)
    else:
        items = given
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[Future[list[T]]] = deque()
        batch: list[Article | _Unit] = []
        for item in items:
            batch.append(item)
            if len(batch) >= batch_size:
                pending.append(pool.submit(_apply_batch, func, batch, encoding))
                batch = []
                if len(pending) >= 2 * jobs:
                    yield from pending.popleft().result()
        if batch:
            pending.append(pool.submit(_apply_batch, func, batch, encoding))
        while pending:
            yield from pending.popleft().result()


def _title_length(article: Article) -> int:
    return len(article.title)

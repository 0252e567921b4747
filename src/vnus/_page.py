"""Split a news page saved as plain text into title, body, captions, related items and chrome.

The rules look at line shapes and markers that news sites share, never at which site a
page came from:

- the **title** is the first line when it is shaped like a headline (no full stop at
  the end, at most 40 words); later copies of it are chrome;
- short lines before the first paragraph ("Tin tức") are **section labels** (chrome);
- ``![alt](url) caption |`` image cards, ``caption |`` table cells, lines ending in a
  credit ("(Ảnh: BCT/Vietnam+)", "(Nguồn: ...)", "- Ảnh: ...") and a short sentence
  glued in front of a paragraph ("Các đại biểu dự Hội nghị.Bên cạnh đó, ...") are
  **captions**;
- "(TAP) - " in front of the first paragraph names the **source**; so does the outlet
  after the slash of a byline ("Vũ Khuyên/VOV") or of a photo credit, and, last, the
  host that serves the page's images;
- the last paragraph, when it is a short name ("Kane Nguyen"), is the **byline**;
- "/." ends the article; "Từ khóa" starts the **keywords**; "Bình luận" and
  "Chưa có bình luận" are the comment box (chrome);
- a related-news heading ("Tin liên quan", "Đọc nhiều", ...) starts the **related**
  zone, whose items are either "-"-led blocks (category, title, "07:34' - 22/09/2023",
  summary) or one title per line, with video blocks ``![title](image)`` + title.

>>> text = "Tiêu đề bài\\nTin tức\\n\\n(TAP) - Nội dung chính.\\n\\nKane Nguyen\\n\\nBình luận"
>>> page = parse_page(text)
>>> page.title, page.source, page.byline, page.paragraphs, page.chrome
('Tiêu đề bài', 'TAP', 'Kane Nguyen', ('Nội dung chính.',), ('Tin tức', 'Bình luận'))
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime
from typing import Any, TypeVar

import attrs

from vnus.text import fold

__all__ = ["Page", "RelatedItem", "parse_page"]

# Headings of the related-news zones, compared folded.
RELATED_HEADINGS = frozenset(
    fold(h)
    for h in (
        "Tin liên quan",
        "Tin cùng chuyên mục",
        "Tin bài liên quan",
        "Bài liên quan",
        "Các tin bài khác",
        "Các tin khác",
        "Tin khác",
        "Tin mới",
        "Tin mới nhất",
        "Tin nổi bật",
        "Đọc nhiều",
        "Đọc nhiều nhất",
        "Xem nhiều",
        "Xem thêm",
        "Có thể bạn quan tâm",
        "Multimedia",
        "Video",
        "Tin ảnh",
    )
)
COMMENT_MARKERS = frozenset(
    fold(m)
    for m in (
        "Bình luận",
        "Chưa có bình luận",
        "Gửi bình luận",
        "Viết bình luận",
        "Ý kiến bạn đọc",
        "Ý kiến của bạn",
    )
)
# "\s*+": a possessive run, so that it never trades spaces with the "(.*)" after it.
_KEYWORDS_RE = re.compile(r"^-?\s*(?:Từ khóa|Từ khoá|Tags?)\s*:\s*+(.*)$", re.IGNORECASE)
# A credit ends its line, so it is looked for where it must be, from the line's end: one
# pattern matched at the last "(" and one searched only after the last "(", ")" or "|".
# (One search over the whole line re-scanned the rest of it from every " - Ảnh:", and its
# adjacent "\s*", "[^()|]*", "\s*" backtracked: cubic time on a long line of spaces.)
_CREDIT_PAREN_RE = re.compile(r"\((?:Ảnh|Nguồn|Photo|Ảnh minh họa|Ảnh minh hoạ)\s*:")
_CREDIT_DASH_RE = re.compile(r"\s[-–—]\s(?:Ảnh|Nguồn|Photo)\s*:")
_SOURCE_PREFIX_RE = re.compile(r"^\(([^()\s]{2,24})\)\s*[-–—]\s*")
_END_MARK_RE = re.compile(r"\./\.")
# "07:34' - 22/09/2023" or "22/09/2023 07:34". Possessive spaces around the separator: two
# adjacent "\s*" would try every split of a long run of spaces (quadratic).
_STAMP_RE = re.compile(
    r"^(?:(\d{1,2}):(\d{2})'?\s*+(?:[-|,]\s*+)?(\d{1,2})/(\d{1,2})/(\d{4})"
    r"|(\d{1,2})/(\d{1,2})/(\d{4})\s*+(?:[-|,]\s*+)?(\d{1,2}):(\d{2})'?)$"
)
# "Theo TTXVN", "Nguồn: VOV": a closing credit line that names the outlet.
_CREDIT_LINE_RE = re.compile(r"^(?:Theo|Nguồn\s*:)\s+([^.!?]{2,40})$")
_HOST_RE = re.compile(r"^[a-z][a-z0-9+.-]*://([^/?#:\s]+)", re.IGNORECASE)
_TERMINAL = ".!?…:;"


T = TypeVar("T")


def _require(data: dict[str, Any], name: str, kind: type[T]) -> T:
    if name not in data:
        raise ValueError(f"missing field {name!r}")
    value = data[name]
    if not isinstance(value, kind):
        raise TypeError(f"field {name!r} must be {kind.__name__}, not {type(value).__name__}")
    return value


def _optional(data: dict[str, Any], name: str, kind: type[T]) -> T | None:
    value = data.get(name)
    if value is not None and not isinstance(value, kind):
        raise TypeError(f"field {name!r} must be {kind.__name__}, not {type(value).__name__}")
    return value


@attrs.frozen(slots=True)
class RelatedItem:
    """A story the page lists next to the article ("Tin liên quan", "Đọc nhiều", ...).

    ``section`` is the heading it was listed under; ``category`` the story's own
    section when the page shows one ("Kinh tế Việt Nam"); ``image`` the picture's URL
    of video and photo blocks.
    """

    title: str
    section: str
    published: datetime | None = None
    summary: str | None = None
    category: str | None = None
    image: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (``published`` as ISO 8601)."""
        return {
            "title": self.title,
            "section": self.section,
            "published": self.published.isoformat() if self.published else None,
            "summary": self.summary,
            "category": self.category,
            "image": self.image,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RelatedItem:
        """The inverse of :meth:`to_dict`; raises ValueError/TypeError on bad fields."""
        if not isinstance(data, dict):
            raise TypeError(f"a related item must be a JSON object, not {type(data).__name__}")
        published = _optional(data, "published", str)
        return cls(
            title=_require(data, "title", str),
            section=_require(data, "section", str),
            published=datetime.fromisoformat(published) if published is not None else None,
            summary=_optional(data, "summary", str),
            category=_optional(data, "category", str),
            image=_optional(data, "image", str),
        )


@attrs.frozen(slots=True)
class Page:
    """What :func:`parse_page` found, field by field."""

    title: str
    paragraphs: tuple[str, ...]
    source: str | None
    byline: str | None
    keywords: tuple[str, ...]
    captions: tuple[str, ...]
    related: tuple[RelatedItem, ...]
    chrome: tuple[str, ...]


def parse_stamp(text: str) -> datetime | None:
    """Read a timestamp line such as ``07:34' - 22/09/2023``; None when it is not one.

    >>> parse_stamp("07:34' - 22/09/2023")
    datetime.datetime(2023, 9, 22, 7, 34)
    >>> parse_stamp("Kinh tế Việt Nam") is None
    True
    """
    match = _STAMP_RE.match(text.strip())
    if match is None:
        return None
    if match.group(1) is not None:
        hour, minute, day, month, year = (int(match.group(i)) for i in range(1, 6))
    else:
        day, month, year, hour, minute = (int(match.group(i)) for i in range(6, 11))
    try:
        return datetime(year, month, day, hour, minute)
    except ValueError:
        return None


def _image(line: str) -> tuple[str, str, str] | None:
    """``![alt](url) rest`` as (alt, url, rest); the alt text may hold brackets."""
    if not line.startswith("!["):
        return None
    middle = line.find("](", 2)
    close = line.find(")", middle + 2) if middle >= 0 else -1
    if close < 0:
        return None
    return line[2:middle], line[middle + 2 : close].strip(), line[close + 1 :].strip()


def _words(text: str) -> int:
    return len(text.split())


def _is_headline(line: str) -> bool:
    return bool(line) and not line.endswith(".") and _words(line) <= 40 and len(line) <= 300


def _is_label(line: str) -> bool:
    """A section label or menu entry: a few words, no sentence punctuation, no digits."""
    return (
        _words(line) <= 5
        and line[-1] not in _TERMINAL
        and not any(c.isdigit() for c in line)
        and not line.startswith(("-", "!", "["))
    )


def _is_name(line: str) -> bool:
    """A byline: two to six capitalized words, optionally "/Outlet" ("Vũ Khuyên/VOV")."""
    if len(line) > 60 or line[-1] in _TERMINAL or any(c.isdigit() for c in line):
        return False
    person = line.split("/", 1)[0].strip()
    words = person.split()
    return 2 <= len(words) <= 6 and all(w[0].isupper() for w in words)


def _outlet_after_slash(text: str) -> str | None:
    if "/" not in text:
        return None
    outlet = text.rsplit("/", 1)[1].strip().rstrip(")|").strip()
    return outlet if outlet and _words(outlet) <= 3 else None


def _registered_host(url: str) -> str | None:
    match = _HOST_RE.match(url)
    if match is None:
        return None
    labels = match.group(1).lower().split(".")
    if labels[0] == "www":
        labels = labels[1:]
    # example.com.vn keeps three labels; example.com keeps two.
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= 3 else 2
    return ".".join(labels[-keep:]) if len(labels) >= 2 else None


def _glued_caption(line: str) -> tuple[str, str] | None:
    """Split "Short caption.Paragraph text" into its caption and paragraph."""
    index = line.find(".")
    if index < 1 or index + 1 >= len(line):
        return None
    before, after = line[index - 1], line[index + 1]
    caption = line[: index + 1]
    if not (after.isupper() and (before.islower() or before.isdigit())):
        return None
    if not 2 <= _words(caption) <= 20 or any(c in caption for c in "!?"):
        return None
    return caption, line[index + 1 :]


def _credit_caption(line: str) -> str | None:
    """The credit of a caption line ("... (Ảnh: BCT/Vietnam+)"), or None."""
    found = _find_credit(line)
    if found is None or _words(line) > 60:
        return None
    start, credit = found
    body = line[:start]
    if sum(body.count(c) for c in ".!?") > 1:
        return None
    return credit.strip()


def _find_credit(line: str) -> tuple[int, str] | None:
    """Where a closing credit starts in ``line`` and its text, in one pass from the end.

    The credit is "(Ảnh: X)" (no parentheses inside) or " - Ảnh: X" (no "(", ")" or
    "|" inside), then optional spaces and an optional final "|".

    >>> _find_credit("Toàn cảnh hội nghị (Ảnh: BCT) |")
    (19, ' BCT')
    >>> _find_credit("Toàn cảnh - Nguồn: VOV")
    (9, ' VOV')
    """
    end = len(line) - 1 if line.endswith("|") else len(line)
    while end > 0 and line[end - 1].isspace():
        end -= 1
    if end > 0 and line[end - 1] == ")":
        start = line.rfind("(", 0, end - 1)
        if start < 0 or line.find(")", start, end - 1) >= 0:
            return None
        paren = _CREDIT_PAREN_RE.match(line, start, end - 1)
        return None if paren is None else (start, line[paren.end() : end - 1])
    cut = max(line.rfind("(", 0, end), line.rfind(")", 0, end), line.rfind("|", 0, end)) + 1
    dash = _CREDIT_DASH_RE.search(line, cut, end)
    return None if dash is None else (dash.start(), line[dash.end() : end])


def _split_glued_markers(lines: list[str]) -> list[str]:
    """Put text glued after the end mark "/." ("./.- Từ khóa :") on its own line."""
    out: list[str] = []
    for line in lines:
        match = _END_MARK_RE.search(line)
        if match is not None and line[match.end() :].strip():
            out.append(line[: match.end()])
            out.append(line[match.end() :].strip())
        else:
            out.append(line)
    return out


def _strip_end_mark(paragraph: str) -> str:
    return paragraph[:-2] if paragraph.endswith("./.") else paragraph


class _Builder:
    """Collects the pieces of one page while its lines are classified."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self.captions: list[str] = []
        self.chrome: list[str] = []
        self.keywords: list[str] = []
        self.related: list[RelatedItem] = []
        self.credits: list[str] = []
        self.image_urls: list[str] = []
        self.source: str | None = None


def _parse_related_block(lines: list[str], section: str) -> RelatedItem | None:
    """A "-"-led item: [category,] title, stamp, summary lines."""
    stamp_at = next((i for i, line in enumerate(lines) if parse_stamp(line)), None)
    head = lines if stamp_at is None else lines[:stamp_at]
    tail = [] if stamp_at is None else lines[stamp_at + 1 :]
    if not head:
        return None
    category = head[0] if len(head) >= 2 else None
    title = " ".join(head[1:]) if len(head) >= 2 else head[0]
    return RelatedItem(
        title=title,
        section=section,
        published=parse_stamp(lines[stamp_at]) if stamp_at is not None else None,
        summary=" ".join(tail) or None,
        category=category,
    )


def _parse_tail(lines: list[str], start: int, build: _Builder) -> None:
    """Classify the related-news zone and the comment box from ``lines[start]`` on."""
    section: str | None = None
    block: list[str] | None = None  # lines of the current "-"-led item
    last_alt: str | None = None  # title of the last video block, repeated on the next line
    after_heading = False  # the previous line was a heading
    index = start

    def flush() -> None:
        nonlocal block
        if block is not None and section is not None:
            item = _parse_related_block(block, section)
            if item is not None:
                build.related.append(item)
        block = None

    def next_line(i: int) -> str:
        return lines[i + 1] if i + 1 < len(lines) else ""

    while index < len(lines):
        line = lines[index]
        previous = lines[index - 1] if index > start else ""
        index += 1
        if not line:
            after_heading = False
            continue
        folded = fold(line)
        heading, after_heading = after_heading, False
        if folded in RELATED_HEADINGS:
            flush()
            section = line
            after_heading = True
            continue
        if folded in COMMENT_MARKERS:
            flush()
            build.chrome.append(line)
            section = None
            continue
        keywords = _KEYWORDS_RE.match(line)
        if keywords is not None:
            flush()
            section = None
            build.keywords.extend(k.strip() for k in keywords.group(1).split(",") if k.strip())
            while index < len(lines) and lines[index].startswith("- "):
                build.keywords.append(lines[index][2:].strip())
                index += 1
            continue
        if section is None:
            build.chrome.append(line)
            continue
        if line == "-":
            flush()
            block = []
            continue
        if block is not None:
            block.append(line)
            continue
        image = _image(line)
        if image is not None:
            alt, url, rest = image
            if url:
                build.image_urls.append(url)
            title = (alt or rest).strip().rstrip("|").strip()
            if title:
                build.related.append(RelatedItem(title=title, section=section, image=url or None))
                last_alt = fold(title)
            continue
        if last_alt is not None and folded == last_alt:
            last_alt = None  # the title line under a video block
            continue
        last_alt = None
        after = next_line(index - 1)
        if heading and not after:
            build.chrome.append(line)  # a menu right under its heading
            continue
        if previous and _is_label(line) and after and not after.startswith(("!", "-")):
            section = line  # a sidebar heading the vocabulary does not know
            after_heading = True
            continue
        build.related.append(RelatedItem(title=line, section=section))
    flush()


def parse_page(text: str) -> Page:
    """Split a saved news page into its parts; see the module docstring for the rules.

    ``text`` should already be NFC. Nothing is thrown away: every line with content
    ends up in one of title, paragraphs, source, byline, keywords, captions, related or
    chrome (a caption glued to a paragraph is split off it); only pure markers ("-"
    bullets, "/.", an empty ``![]() |`` card, a video title repeated under its block)
    are dropped once read.
    """
    lines = _split_glued_markers([line.strip() for line in text.splitlines()])
    build = _Builder()
    first = next((i for i, line in enumerate(lines) if line), None)
    title = ""
    index = 0
    if first is not None and _is_headline(lines[first]) and not lines[first].startswith("!"):
        title = lines[first]
        index = first + 1
    title_key = fold(title) if title else None
    pending_cards: list[str] = []  # image cards after the body, which may be related teasers
    empty_card = False  # "![]() |": the caption is on the next line
    tail_start = len(lines)

    def flush_cards() -> None:
        build.captions.extend(pending_cards)
        pending_cards.clear()

    while index < len(lines):
        line = lines[index]
        index += 1
        if not line:
            continue
        folded = fold(line)
        if folded in RELATED_HEADINGS or folded in COMMENT_MARKERS or _KEYWORDS_RE.match(line):
            if pending_cards and folded in RELATED_HEADINGS:
                following = next((x for x in lines[index:] if x), "")
                if fold(following) in RELATED_HEADINGS:
                    # Cards rendered before their own, otherwise empty, heading.
                    build.related.extend(RelatedItem(title=c, section=line) for c in pending_cards)
                    pending_cards.clear()
            flush_cards()
            tail_start = index - 1
            break
        if title_key is not None and folded == title_key:
            build.chrome.append(line)
            continue
        image = _image(line)
        if image is not None:
            alt, url, rest = image
            if url:
                build.image_urls.append(url)
            caption = (rest or alt).strip().rstrip("|").strip()
            if caption:
                (pending_cards if build.paragraphs else build.captions).append(caption)
            else:
                empty_card = True
            continue
        if line.endswith("|"):
            caption = line.rstrip("|").strip()
            credit = _credit_caption(line)
            if credit is not None:
                build.credits.append(credit)
            if caption:
                (pending_cards if build.paragraphs and empty_card else build.captions).append(
                    caption
                )
            empty_card = False
            continue
        empty_card = False
        credit = _credit_caption(line)
        if credit is not None:
            flush_cards()
            build.credits.append(credit)
            build.captions.append(line)
            continue
        if not build.paragraphs and _is_label(line) and not _is_name(line):
            build.chrome.append(line)  # a section label above the article
            continue
        flush_cards()
        glued = _glued_caption(line)
        if glued is not None:
            build.captions.append(glued[0])
            line = glued[1]
        if not build.paragraphs:
            prefix = _SOURCE_PREFIX_RE.match(line)
            if prefix is not None:
                build.source = prefix.group(1)
                line = line[prefix.end() :]
                if not line:
                    continue
        build.paragraphs.append(_strip_end_mark(line))
    flush_cards()
    _parse_tail(lines, tail_start, build)

    byline: str | None = None
    closing: str | None = None  # the outlet a closing "Theo TTXVN" names
    if len(build.paragraphs) > 1 and (match := _CREDIT_LINE_RE.match(build.paragraphs[-1])):
        byline, closing = build.paragraphs.pop(), match.group(1).strip()
    elif len(build.paragraphs) > 1 and _is_name(build.paragraphs[-1]):
        byline = build.paragraphs.pop()
    source = build.source
    if source is None and byline is not None:
        source = closing or _outlet_after_slash(byline)
    if source is None:
        outlets = [o for o in map(_outlet_after_slash, build.credits) if o]
        source = Counter(outlets).most_common(1)[0][0] if outlets else None
    if source is None:
        hosts = [h for h in map(_registered_host, build.image_urls) if h]
        source = Counter(hosts).most_common(1)[0][0] if hosts else None
    return Page(
        title=title,
        paragraphs=tuple(build.paragraphs),
        source=source,
        byline=byline,
        keywords=tuple(build.keywords),
        captions=tuple(build.captions),
        related=tuple(build.related),
        chrome=tuple(build.chrome),
    )

"""The ``vnus`` command: an argparse front end with one function per subcommand.

Exit status: 0 on success, 1 when a lookup finds nothing, 2 for bad usage or bad
input. Errors go to standard error; ``--json`` gives machine-readable output.
"""

from __future__ import annotations

import argparse
import errno
import functools
import json
import os
import sys
import warnings
from collections.abc import Callable, Sequence
from typing import Any, NoReturn, TextIO

EXIT_OK = 0
EXIT_NOT_FOUND = 1
EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    """Bad arguments or unreadable input: reported on stderr with exit status 2."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports a refused argument on one line of stderr (exit status 2)."""

    def error(self, message: str) -> NoReturn:
        if _WANTS_JSON:  # a script that asked for --json reads the refusal as JSON too
            _json_error(message)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


_WANTS_JSON = False  # set by main(): --json is among the arguments


def emit_json(value: Any, stream: TextIO | None = None) -> None:
    """Write one JSON document (UTF-8, not ASCII-escaped) and a newline."""
    out = stream or sys.stdout
    out.write(json.dumps(value, ensure_ascii=False, default=str))
    out.write("\n")


def read_input(source: str | None, encoding: str = "utf-8") -> str:
    """Read FILE, or standard input for ``-`` or no argument, in ``encoding``."""
    import codecs
    import unicodedata

    try:
        utf8 = codecs.lookup(encoding).name == "utf-8"
    except (LookupError, ValueError):
        raise UsageError(f"unknown encoding {encoding!r} (--encoding)") from None
    name = "standard input" if source in (None, "-") else source
    try:
        if source in (None, "-"):
            buffer = getattr(sys.stdin, "buffer", None)
            if buffer is None:  # a text stream put in place of stdin (tests, embedding)
                return sys.stdin.read()
            data: bytes = buffer.read()
        else:
            with open(source, "rb") as handle:
                data = handle.read()
        text = data.decode(encoding)
    except OSError as error:
        raise UsageError(f"cannot read {source}: {error.strerror or error}") from error
    except UnicodeDecodeError as error:
        raise UsageError(
            f"{name}: not {'UTF-8' if utf8 else encoding} at byte {error.start}; give the "
            "file's encoding with "
            "--encoding (e.g. --encoding cp1258)"
        ) from error
    if not utf8:  # code pages such as cp1258 write tone marks apart
        text = unicodedata.normalize("NFC", text)
    return text.replace("\r\n", "\n").replace("\r", "\n")  # as text-mode reading does


def _add_encoding(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--encoding", default="utf-8", help="of the input (default utf-8; e.g. cp1258)"
    )


# --- subcommands ---------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from vnus.demo import run

    run(sys.stdout)
    return EXIT_OK


def cmd_normalize(args: argparse.Namespace) -> int:
    from vnus.text import fold, normalize

    text = read_input(args.file, args.encoding)
    result = fold(text) if args.fold else normalize(text, tone_style=args.tone_style)
    if args.json:
        emit_json({"text": result})
    else:
        sys.stdout.write(result if result.endswith("\n") or not result else result + "\n")
    return EXIT_OK


def add_demo(subparsers: Any) -> None:
    parser = subparsers.add_parser("demo", help="a tour of vnus on the bundled seed articles")
    parser.set_defaults(handler=cmd_demo)


def add_normalize(subparsers: Any) -> None:
    parser = subparsers.add_parser("normalize", help="print the canonical form of a text")
    parser.add_argument("file", nargs="?", help="a UTF-8 file, or - for standard input")
    parser.add_argument("--tone-style", choices=("old", "new"), default="old")
    parser.add_argument("--fold", action="store_true", help="print the matching key instead")
    _add_encoding(parser)
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(handler=cmd_normalize)


# --- glossary: lookup, search, glossary check/export ---------------------------------------


def _iso_date(text: str) -> Any:
    import datetime

    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date YYYY-MM-DD (got {text!r})") from None


def _load_glossary(path: str | None) -> Any:
    from vnus.errors import GlossaryError
    from vnus.glossary import Glossary, glossary

    try:
        return Glossary.from_path(path) if path is not None else glossary()
    except GlossaryError as error:
        raise UsageError(f"{error} (`vnus glossary check` lists every problem)") from error


def _add_term_filters(parser: argparse.ArgumentParser) -> None:
    from vnus.glossary import KINDS

    parser.add_argument("--kind", choices=KINDS, metavar="KIND", help="only terms of this kind")
    parser.add_argument("--country", type=str.upper, help="only terms of this country (VN, US)")
    parser.add_argument("--on", type=_iso_date, metavar="YYYY-MM-DD", help="only names in use then")
    parser.add_argument("--glossary", metavar="PATH", help="another glossary folder or file")


def cmd_lookup(args: argparse.Namespace) -> int:
    from vnus.errors import TermNotFound
    from vnus.exports import describe

    found = _load_glossary(args.glossary)
    filters = {"kind": args.kind, "country": args.country, "on": args.on}
    try:
        terms = found.lookup_all(args.query, **filters) if args.all else ()
        terms = terms or (found.lookup(args.query, **filters),)
    except TermNotFound as error:
        print(f"vnus lookup: {error}", file=sys.stderr)
        if args.json:  # the same answer a script can read: nothing, and why
            found_nothing = {"error": str(error), "query": args.query}
            emit_json([] if args.all else {**found_nothing, "suggestions": error.suggestions})
        return EXIT_NOT_FOUND
    except ValueError as error:
        raise UsageError(str(error)) from error
    if args.json:
        emit_json([t.to_dict() for t in terms] if args.all else terms[0].to_dict())
    else:
        print("\n\n".join(describe(term, found) for term in terms))
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    found = _load_glossary(args.glossary)
    if args.limit < 1:
        raise UsageError(f"--limit must be at least 1 (got {args.limit})")
    try:
        matches = found.search(
            args.query, args.limit, kind=args.kind, country=args.country, on=args.on
        )
    except ValueError as error:
        raise UsageError(str(error)) from error
    if not matches:
        print(f"vnus search: nothing in the glossary is close to {args.query!r}", file=sys.stderr)
        if args.json:
            emit_json([])
        return EXIT_NOT_FOUND
    if args.json:
        emit_json([{"score": m.score, "form": m.form, "term": m.term.to_dict()} for m in matches])
        return EXIT_OK
    width = max(len(m.term.id) for m in matches)
    for m in matches:
        names = f"{m.term.vi} / {m.term.en}"
        matched = "" if m.form in (m.term.vi, m.term.en) else f"  (matched {m.form!r})"
        print(f"{m.score:.2f}  {m.term.id:<{width}}  {names}{matched}")
    return EXIT_OK


def cmd_glossary_check(args: argparse.Namespace) -> int:
    from collections import Counter

    from vnus._resources import data_dir
    from vnus.errors import GlossaryError
    from vnus.glossary import Glossary, check

    path = data_dir("glossary") if args.path is None else args.path
    if isinstance(path, str) and os.path.isfile(path) and not path.lower().endswith(".toml"):
        raise UsageError(f"{path}: not a glossary: give a folder of .toml files or a .toml file")
    try:
        problems = check(path)
    except GlossaryError as error:
        raise UsageError(str(error)) from error
    loaded = None if problems else Glossary.from_path(path)
    if loaded is not None and not len(loaded):  # valid TOML, but no entry: not a glossary
        problems = [GlossaryError("no [[term]] entries: not a glossary", path=str(path))]
        loaded = None
    if args.json:
        emit_json(
            {
                "path": str(path),
                "ok": not problems,
                "terms": len(loaded) if loaded else None,
                "problems": [
                    {"path": p.path, "entry": p.entry, "field": p.field, "message": str(p)}
                    for p in problems
                ],
            }
        )
    elif problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"{len(problems)} problem(s) in {path}", file=sys.stderr)
    elif loaded is not None:
        files = len({loaded.origin(term) for term in loaded})
        kinds = Counter(term.kind for term in loaded)
        summary = ", ".join(f"{kind} {count}" for kind, count in kinds.most_common())
        print(f"{path}: OK, {len(loaded)} terms in {files} file(s) ({summary})")
    return EXIT_NOT_FOUND if problems else EXIT_OK


def cmd_glossary_export(args: argparse.Namespace) -> int:
    from vnus.exports import export, format_for_path

    fmt = args.format or (format_for_path(args.output) if args.output else None)
    if fmt is None:
        raise UsageError(
            "say --format csv|tsv|tbx|tbx3|xlsx|json|html, or give -o FILE with that extension"
        )
    found = _load_glossary(args.glossary)
    try:
        terms = found.filter(kind=args.kind, country=args.country, on=args.on)
    except ValueError as error:
        raise UsageError(str(error)) from error
    text = export(terms, fmt, lang_pair=args.lang_pair, glossary=found)
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    if args.output in (None, "-"):
        if isinstance(text, str):
            sys.stdout.write(text)
        else:
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
        return EXIT_OK
    try:
        with open(args.output, "wb") as handle:
            handle.write(data)
    except OSError as error:
        raise UsageError(f"cannot write {args.output}: {error.strerror}") from error
    print(f"wrote {len(terms)} terms to {args.output} ({fmt}, {args.lang_pair})", file=sys.stderr)
    return EXIT_OK


def add_lookup(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "lookup", help="a glossary term by any name, abbreviation or variant, vi or en"
    )
    parser.add_argument("query", help='e.g. "Bộ Công Thương", MOIT, "bo cong thuong"')
    _add_term_filters(parser)
    parser.add_argument("--all", action="store_true", help="every term the form may mean")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(handler=cmd_lookup)


def add_search(subparsers: Any) -> None:
    parser = subparsers.add_parser("search", help="glossary terms close to a query (fuzzy)")
    parser.add_argument("query")
    parser.add_argument("--limit", type=int, default=10, help="at most this many (10)")
    _add_term_filters(parser)
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(handler=cmd_search)


def add_glossary(subparsers: Any) -> None:
    from vnus.exports import FORMATS

    parser = subparsers.add_parser("glossary", help="check or export the glossary data")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = actions.add_parser("check", help="validate glossary TOML; list every problem")
    check.add_argument("path", nargs="?", help="a folder or file (default: the bundled data)")
    check.add_argument("--json", action="store_true", help="machine-readable output")
    check.set_defaults(handler=cmd_glossary_check)
    export = actions.add_parser("export", help="write the glossary for CAT tools")
    export.add_argument("--format", choices=FORMATS, help="default: from -o's extension")
    export.add_argument("-o", "--output", metavar="FILE", help="default: standard output")
    export.add_argument("--lang-pair", choices=("vi-en", "en-vi"), default="vi-en")
    _add_term_filters(export)
    export.set_defaults(handler=cmd_glossary_export)


# Each entry adds one subcommand; keep them in the order `vnus --help` lists them.
SUBCOMMANDS: list[Callable[[Any], None]] = [add_demo, add_normalize]
SUBCOMMANDS += [add_lookup, add_search, add_glossary]


def cmd_corpus(args: argparse.Namespace) -> int:
    from vnus.corpus import load
    from vnus.errors import CorpusError

    try:
        articles = load(args.path, encoding=args.encoding)
    except CorpusError as error:
        raise UsageError(str(error)) from error
    rows: list[dict[str, Any]] = []
    for article in articles:
        rows.append(
            {
                "id": article.id,
                "reference_date": article.reference_date,
                "source": article.source,
                "byline": article.byline,
                "title": article.title,
                "paragraphs": len(article.paragraphs),
                "terms": len(article.terms()),
                "titles": len(article.titles()),
                "dates": len(article.dates()),
                "reference_evidence": list(article.reference_evidence),
            }
        )
    if args.json:
        emit_json(rows)
        return EXIT_OK
    header = f"{'id':<22} {'written':<10} {'source':<14} {'byline':<16} terms titles dates  title"
    print(header)
    for row in rows:
        counts = " ".join(f"{row[k]:>{w}}" for k, w in (("terms", 5), ("titles", 6), ("dates", 5)))
        print(
            f"{row['id'][:22]:<22} {row['reference_date'] or '?'!s:<10} "
            f"{(row['source'] or '-')[:14]:<14} {(row['byline'] or '-')[:16]:<16} {counts}  "
            f"{(row['title'] or '(no title)')[:60]}"
        )
    return EXIT_OK


def add_corpus(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "corpus", help="list the articles of a corpus (folder, .txt, .jsonl, .jsonl.gz)"
    )
    parser.add_argument("path", nargs="?", help="the corpus; the bundled seeds when left out")
    parser.add_argument("--encoding", default="utf-8", help="e.g. cp1258 for legacy files")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(handler=cmd_corpus)


SUBCOMMANDS += [add_corpus]


def _reference(value: str | None) -> Any:
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise UsageError(f"--reference must be a date YYYY-MM-DD (got {value!r})") from error


def _page_reference(text: str) -> Any:
    """The date the text itself says it was written (the corpus dating), or today; and
    one line saying which, for standard error."""
    import datetime as dt

    from vnus._dating import infer_reference_date
    from vnus.corpus import Article

    paragraphs = tuple(p.strip() for p in text.split("\n\n") if p.strip()) or ("-",)
    estimate = infer_reference_date(Article(id="input", title="", paragraphs=paragraphs))
    if estimate.reference_date is None:
        today = dt.date.today()
        return today, f"reference date: today, {today.isoformat()} (nothing in the text dates it)"
    clue = next((e for e in estimate.evidence if not e.startswith("⇒")), "")
    why = f" ({clue})" if clue else ""
    return estimate.reference_date, (
        f"reference date: {estimate.reference_date.isoformat()}, read from the text{why};"
        " pass --reference to set another"
    )


def cmd_dates(args: argparse.Namespace) -> int:
    from vnus.dates import find_dates

    reference = _reference(args.reference)
    text = read_input(args.file, args.encoding)
    if reference is None:
        reference, note = _page_reference(text)
        print(note, file=sys.stderr)
    for mention in find_dates(text, reference=reference):
        value = mention.value
        if args.json:
            emit_json(
                {
                    "span": list(mention.span),
                    "text": mention.text,
                    "value": value.iso(),
                    "start": value.start.isoformat(),
                    "end": value.end.isoformat(),
                    "grain": value.grain,
                    "part_of_day": value.part_of_day,
                    "qualifier": value.qualifier,
                    "anchored": mention.anchored,
                }
            )
        else:
            print(f"{mention.span[0]}-{mention.span[1]}\t{mention.text}\t{value.iso()}")
    return EXIT_OK


def add_dates(subparsers: Any) -> None:
    parser = subparsers.add_parser("dates", help="list the date expressions of a text")
    parser.add_argument("file", nargs="?", help="a UTF-8 file, or - for standard input")
    parser.add_argument(
        "--reference",
        help="YYYY-MM-DD that fills in a missing year (default: the date the text itself"
        " says it was written, else today; standard error says which)",
    )
    _add_encoding(parser)
    parser.add_argument("--json", action="store_true", help="one JSON object per mention")
    parser.set_defaults(handler=cmd_dates)


SUBCOMMANDS += [add_dates]


def cmd_amounts(args: argparse.Namespace) -> int:
    from vnus.amounts import find_amounts, format_amount

    text = read_input(args.file, args.encoding)
    for mention in find_amounts(text):
        written = format_amount(mention.amount, args.to)
        if args.json:
            emit_json({**mention.to_dict(), args.to: written})
        else:
            print(f"{mention.span[0]}-{mention.span[1]}\t{mention.text}\t{written}")
    return EXIT_OK


def add_amounts(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "amounts", help="list the amounts of a text (money, percent, quantities, rates)"
    )
    parser.add_argument("file", nargs="?", help="a UTF-8 file, or - for standard input")
    parser.add_argument("--to", choices=("en", "vi"), default="en", help="write them in (en)")
    _add_encoding(parser)
    parser.add_argument("--json", action="store_true", help="one JSON object per mention")
    parser.set_defaults(handler=cmd_amounts)


SUBCOMMANDS += [add_amounts]


def cmd_annotate(args: argparse.Namespace) -> int:
    from vnus._annotate import annotate_all, records

    if args.jobs < 1:
        raise UsageError(f"--jobs must be at least 1 (got {args.jobs})")
    jobs = min(args.jobs, _cpu_count())  # more processes than cores only cost start-up time
    sources = args.files or ["-"]
    try:
        inputs = [r for s in sources for r in records(s, read_input(s, args.encoding))]
    except ValueError as error:
        raise UsageError(str(error)) from error
    colour = not args.json and sys.stdout.isatty()
    for lines in annotate_all(inputs, as_json=args.json, colour=colour, jobs=jobs):
        for line in lines:
            sys.stdout.write(line if line.endswith("\n") else line + "\n")
    return EXIT_OK


def add_annotate(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "annotate", help="highlight glossary terms and official titles in texts"
    )
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="UTF-8 text or JSONL (a 'text' field); - is stdin"
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per mention")
    parser.add_argument(
        "--jobs", type=int, default=1, help="worker processes (default 1; at most the CPU count)"
    )
    _add_encoding(parser)
    parser.set_defaults(handler=cmd_annotate)


def _cpu_count() -> int:
    """The CPUs this process may run on."""
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity is not None else os.cpu_count() or 1


SUBCOMMANDS += [add_annotate]


def build_parser() -> argparse.ArgumentParser:
    from vnus import __version__

    parser = _Parser(
        prog="vnus",
        description="Vietnamese-English tools for US-Vietnam economic and diplomatic news.",
    )
    parser.add_argument("--version", action="version", version=f"vnus {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in SUBCOMMANDS:
        add(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    global _WANTS_JSON
    arguments = list(sys.argv[1:] if argv is None else argv)
    _WANTS_JSON = "--json" in arguments
    _replace_unencodable_output()
    if sys.stdout is None:  # started with standard output closed (`vnus ... >&-`)
        print("vnus: standard output is closed: the output is discarded", file=sys.stderr)
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    parser = build_parser()
    args = parser.parse_args(arguments)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    name = f"vnus {args.command}"
    with warnings.catch_warnings():
        warnings.showwarning = functools.partial(_show_warning, name)
        try:
            status = handler(args)
            sys.stdout.flush()  # a full disk or a closed pipe shows here, not at exit
        except UsageError as error:
            print(f"{name}: {error}", file=sys.stderr)
            if getattr(args, "json", False):  # a script reading --json gets JSON here too
                _json_error(str(error))
            return EXIT_USAGE
        except BrokenPipeError:  # `vnus ... | head`: the reader has what it wanted
            _discard_output()
            return EXIT_OK
        except OSError as error:
            _discard_output()
            what = "cannot write the output" if error.errno in _WRITE_ERRORS else "error"
            print(f"{name}: {what}: {error.strerror or error}", file=sys.stderr)
            return EXIT_USAGE
    return status


# errno values of a write that cannot go on: a full disk or quota, a file too large, I/O.
_WRITE_ERRORS = frozenset(
    getattr(errno, code) for code in ("ENOSPC", "EDQUOT", "EFBIG", "EIO") if hasattr(errno, code)
)


_STRICT = ("strict", "surrogateescape")


def _replace_unencodable_output() -> None:
    """Output the terminal cannot encode (an ASCII locale, a lone surrogate read from a
    JSONL file) becomes "?" instead of a UnicodeEncodeError traceback."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        # "surrogateescape" (a C locale) refuses a lone surrogate that is not an escape.
        if reconfigure is not None and getattr(stream, "errors", None) in _STRICT:
            reconfigure(errors="replace")


def _discard_output() -> None:
    """Point standard output at the null device, so that the flush at exit (of what the
    closed pipe or full disk refused) fails no second time."""
    try:
        fileno = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # not a real file (tests, embedding)
        return
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, fileno)
    finally:
        os.close(null)


def _json_error(message: str) -> None:
    try:
        emit_json({"error": message})
        sys.stdout.flush()
    except OSError:
        _discard_output()


def _show_warning(
    name: str,
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    """A warning as one plain line on stderr: no file name, no source line."""
    parts = [part.strip() for part in str(message).splitlines() if part.strip()]
    text = " ".join([*parts[:1], "; ".join(parts[1:])] if len(parts) > 1 else parts)
    print(f"{name}: warning: {text}", file=file or sys.stderr)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

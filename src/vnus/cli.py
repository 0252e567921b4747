"""The ``vnus`` command: an argparse front end with one function per subcommand.

Exit status: 0 on success, 1 when a lookup finds nothing, 2 for bad usage or bad
input. Errors go to standard error; ``--json`` gives machine-readable output.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO

EXIT_OK = 0
EXIT_NOT_FOUND = 1
EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    """Bad arguments or unreadable input: reported on stderr with exit status 2."""


def emit_json(value: Any, stream: TextIO | None = None) -> None:
    """Write one JSON document (UTF-8, not ASCII-escaped) and a newline."""
    out = stream or sys.stdout
    out.write(json.dumps(value, ensure_ascii=False, default=str))
    out.write("\n")


def read_input(source: str | None) -> str:
    """Read FILE, or standard input for ``-`` or no argument."""
    if source in (None, "-"):
        return sys.stdin.read()
    try:
        with open(source, encoding="utf-8") as handle:
            return handle.read()
    except OSError as error:
        raise UsageError(f"cannot read {source}: {error.strerror}") from error
    except UnicodeDecodeError as error:
        raise UsageError(f"{source}: not UTF-8 at byte {error.start}") from error


# --- subcommands ---------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from vnus.demo import run

    run(sys.stdout)
    return EXIT_OK


def cmd_normalize(args: argparse.Namespace) -> int:
    from vnus.text import fold, normalize

    text = read_input(args.file)
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
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(handler=cmd_normalize)


# Each entry adds one subcommand; keep them in the order `vnus --help` lists them.
SUBCOMMANDS: list[Callable[[Any], None]] = [add_demo, add_normalize]


def build_parser() -> argparse.ArgumentParser:
    from vnus import __version__

    parser = argparse.ArgumentParser(
        prog="vnus",
        description="Vietnamese-English tools for US-Vietnam economic and diplomatic news.",
    )
    parser.add_argument("--version", action="version", version=f"vnus {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in SUBCOMMANDS:
        add(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return handler(args)
    except UsageError as error:
        print(f"vnus {args.command}: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

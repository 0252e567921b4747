"""normalize, fold and fold_with_offsets against the tools a user would pick instead.

All tools run on the same ~1 MB of seed text (the five seed articles repeated), in one
process, best of several rounds. Throughput is MB/s of UTF-8 input; "x floor" is the
time relative to ``unicodedata.normalize("NFC")``, the least any normalizer must do.
A tool that cannot be imported is reported and skipped. A small table then shows
which tool handles which Vietnamese-specific case.

Run: ``make bench`` or ``.venv/bin/python benchmarks/bench_text.py``.
"""

from __future__ import annotations

import importlib
import time
import unicodedata
from collections.abc import Callable

from _common import best_wall_and_cpu, mb_per_s, seed_text, table, utf8_size

import vnus

Tool = Callable[[str], object]


def _strip_marks(text: str) -> str:
    """The usual hand-written fold: NFD, drop combining marks, đ → d, lower case."""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.replace("đ", "d").replace("Đ", "D").lower()


def _lowered(function: Tool) -> Tool:
    return lambda text: str(function(text)).lower()


def _optional(
    module: str, attribute: str, wrap: Callable[[Tool], Tool] | None = None
) -> Tool | str:
    """The tool, or the reason it is not available."""
    try:
        function: Tool = getattr(importlib.import_module(module), attribute)
    except Exception as error:  # report any import failure and carry on
        return f"not available: {type(error).__name__}: {error}"
    return wrap(function) if wrap else function


def normalizers() -> dict[str, Tool | str]:
    return {
        "unicodedata NFC (floor)": lambda t: unicodedata.normalize("NFC", t),
        "vnus.normalize": vnus.normalize,
        "vnus.normalize new style": lambda t: vnus.normalize(t, tone_style="new"),
        "underthesea.text_normalize": _optional("underthesea", "text_normalize"),
        "viet_text_tools.normalize_diacritics": _optional(
            "viet_text_tools", "normalize_diacritics"
        ),
        "vi_textmatch.normalize": _optional("vi_textmatch", "normalize"),
    }


def folders() -> dict[str, Tool | str]:
    return {
        "unicodedata NFC (floor)": lambda t: unicodedata.normalize("NFC", t),
        "vnus.fold": vnus.fold,
        "NFD + strip marks + lower": _strip_marks,
        "unidecode + lower": _optional(
            "unidecode", "unidecode", lambda f: lambda t: str(f(t)).lower()
        ),
        "vi_textmatch.normalize": _optional("vi_textmatch", "normalize"),
    }


def time_tool(function: Tool, text: str) -> tuple[float, float]:
    """Best (wall, CPU) time of one call; tools slower than half a second run twice only."""
    wall, cpu = time.perf_counter(), time.process_time()
    function(text)
    first = (time.perf_counter() - wall, time.process_time() - cpu)
    if first[0] > 0.5:
        wall, cpu = time.perf_counter(), time.process_time()
        function(text)
        return min(first[0], time.perf_counter() - wall), min(first[1], time.process_time() - cpu)
    return best_wall_and_cpu(lambda: function(text))


def throughput(title: str, tools: dict[str, Tool | str], text: str, baseline: str) -> None:
    size = utf8_size(text)
    seconds: dict[str, tuple[float, float]] = {}
    missing: list[str] = []
    for name, tool in tools.items():
        if isinstance(tool, str):
            missing.append(f"  {name}: {tool}")
            continue
        seconds[name] = time_tool(tool, text)
    floor = seconds[next(iter(seconds))][1]
    ours = seconds[baseline][1]
    rows = [
        [
            name,
            f"{mb_per_s(size, wall):.1f}",
            f"{mb_per_s(size, cpu):.1f}",
            f"{cpu * 1000:.1f}",
            f"{cpu / floor:.1f}x",
            f"{cpu / ours:.2f}x",
        ]
        for name, (wall, cpu) in seconds.items()
    ]
    print(f"{title} — {size / 1e6:.2f} MB of seed text ({len(text):,} characters)\n")
    header = ["tool", "MB/s wall", "MB/s CPU", "ms CPU", "x floor", f"x {baseline}"]
    print(table(rows, header))
    for line in missing:
        print(line)
    print()


def offsets_throughput(text: str) -> None:
    hangul = "\u1100\u1161"  # a jamo pair that composes: the per-cluster general path
    samples = {
        "seed text (NFC)": text,
        "seed text, ASCII only": text.encode("ascii", "ignore").decode("ascii"),
        "seed text, decomposed (NFD)": unicodedata.normalize("NFD", text),
        "seed text + € ß Жуков (characters outside the table)": text + " € ß Жуков",
        "Russian sentence repeated to 1 MB (another script)": (
            "Министр иностранных дел России Сергей Лавров встретился с коллегой. " * 8000
        ),
        "seed text, 100 kB + Hangul jamo (general path)": text[:100_000] + hangul,
        "one 3 kB article (seed 000)": text[: text.index("\n\n", 3000)],
    }
    rows = []
    for name, sample in samples.items():
        size = utf8_size(sample)
        fold_time = time_tool(vnus.fold, sample)[1]
        offsets_time = time_tool(vnus.fold_with_offsets, sample)[1]
        floor_time = time_tool(lambda t: tuple(range(len(t))), sample)[1]
        rows.append(
            [
                name,
                f"{mb_per_s(size, fold_time):.1f}",
                f"{mb_per_s(size, offsets_time):.1f}",
                f"{offsets_time / fold_time:.1f}x",
                f"{mb_per_s(size, floor_time):.1f}",
            ]
        )
    print("fold_with_offsets — MB/s of CPU time. The last column builds tuple(range(len(text)))")
    print("alone: one new int object per character, what a naive offsets tuple costs\n")
    header = ["input", "fold", "fold_with_offsets", "x fold", "tuple(range)"]
    print(table(rows, header))
    print()


# Cases where the tools differ: (label, how to judge one tool's function).
def _same(a: str, b: str) -> Callable[[Tool], bool]:
    return lambda f: f(a) == f(b)


CORRECTNESS: list[tuple[str, Callable[[Tool], bool]]] = [
    ("NFD input same as NFC", _same(unicodedata.normalize("NFD", "Việt Nam"), "Việt Nam")),
    ("Ɖ (U+0189) same as Đ", _same("Ɖà Nẵng", "Đà Nẵng")),
    ("Ð (U+00D0) same as Đ", _same("Ðà Nẵng", "Đà Nẵng")),
    ("hoà same as hòa", _same("hoà bình", "hòa bình")),
    ("quý not broken", lambda f: f("quý") in ("quý", "quy", "qui")),
    ("qúy repaired to quý", _same("qúy", "quý")),
    ("sĩ same as sỹ (fold only)", _same("bác sĩ", "bác sỹ")),
    ("NBSP same as space", _same("Hoa\u00a0Kỳ", "Hoa Kỳ")),
    ("keeps line breaks", lambda f: "\n" in str(f("Hoa Kỳ\n\nViệt Nam"))),
]


def correctness() -> None:
    tools = {**normalizers(), **folders()}
    tools.pop("unicodedata NFC (floor)")
    names = [name for name, tool in tools.items() if not isinstance(tool, str)]
    rows = []
    for label, judge in CORRECTNESS:
        row = [label]
        for name in names:
            tool = tools[name]
            assert not isinstance(tool, str)
            try:
                row.append("yes" if judge(tool) else "no")
            except Exception as error:  # a tool that crashes on a case fails it
                row.append(f"error ({type(error).__name__})")
        rows.append(row)
    short = [
        name.replace(".normalize_diacritics", "").replace(" new style", " new") for name in names
    ]
    print("What each tool does with Vietnamese-specific input (yes = what the row says).")
    print("By design normalize keeps sĩ/sỹ apart and fold drops line breaks.\n")
    print(table(rows, ["case", *short]))
    print()


def main() -> None:
    text = seed_text()
    throughput("normalize", normalizers(), text, "vnus.normalize")
    throughput("fold", folders(), text, "vnus.fold")
    offsets_throughput(text)
    correctness()
    print("goals on this machine: normalize >= 40 MB/s, fold >= 50 MB/s")
    print("(MB/s CPU is the code's own cost; MB/s wall also counts waiting for a busy core)")


if __name__ == "__main__":
    main()

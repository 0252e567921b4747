"""Helpers for the real-tool tests: find a tool (or fail loudly), run the OmegaT harness."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OMEGAT_JAR = Path("/usr/share/omegat/OmegaT.jar")
HARNESS = ROOT / "tools" / "omegat" / "VnusGlossaryCheck.java"


def need(path: str | Path | None, what: str) -> str:
    """The tool's path, or a failure that says how to install it (never a skip)."""
    if path is None or not Path(path).exists():
        pytest.fail(f"{what} is missing: run `make test-tools`, which installs it", pytrace=False)
    return str(path)


def omegat_classpath() -> str:
    """OmegaT.jar and the jars its manifest lists (Debian's Class-Path)."""
    need(OMEGAT_JAR, "OmegaT (Debian package omegat)")
    import zipfile

    with zipfile.ZipFile(OMEGAT_JAR) as jar:
        manifest = jar.read("META-INF/MANIFEST.MF").decode("utf-8")
    lines = manifest.replace("\r\n", "\n").replace("\n ", "").splitlines()
    class_path = next(line for line in lines if line.startswith("Class-Path:"))
    return ":".join([str(OMEGAT_JAR), *class_path.removeprefix("Class-Path:").split()])


@dataclass(frozen=True)
class Hit:
    source: str
    target: str
    comment: str


@dataclass(frozen=True)
class OmegaTResult:
    entries: list[Hit]  # every entry the reader made of the file
    hits: list[list[Hit]]  # per sentence, what the Glossary pane would show


def _unescape(field: str) -> str:
    out, chars = [], iter(field)
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            out.append({"t": "\t", "n": "\n", "\\": "\\"}.get(following, following))
        else:
            out.append(char)
    return "".join(out)


class OmegaT:
    """The Java harness tools/omegat/VnusGlossaryCheck.java, compiled once per session."""

    def __init__(self, classes: Path, home: Path) -> None:
        self.classpath = omegat_classpath()
        self.classes = classes
        self.home = home
        javac = need(shutil.which("javac"), "javac (Debian package default-jdk-headless)")
        subprocess.run(
            [javac, "-nowarn", "-d", str(classes), "-cp", self.classpath, str(HARNESS)],
            check=True,
            capture_output=True,
        )

    def run(
        self, glossary_file: Path, language: str, target: str, sentences: list[str]
    ) -> OmegaTResult:
        java = need(shutil.which("java"), "java")
        sentence_file = glossary_file.parent / "sentences.txt"
        sentence_file.write_text("".join(s + "\n" for s in sentences), encoding="utf-8")
        done = subprocess.run(
            [
                java,
                "-Djava.awt.headless=true",
                f"-Duser.home={self.home}",  # a fresh OmegaT configuration: the defaults
                "-cp",
                f"{self.classpath}:{self.classes}",
                "org.omegat.gui.glossary.VnusGlossaryCheck",
                str(glossary_file),
                language,
                target,
                str(sentence_file),
            ],
            capture_output=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr.decode("utf-8", "replace")[-3000:]
        entries: list[Hit] = []
        hits: list[list[Hit]] = [[] for _ in sentences]
        for line in done.stdout.decode("utf-8").splitlines():
            kind, *fields = line.split("\t")
            if kind == "E":
                entries.append(Hit(*(_unescape(f) for f in fields)))
            else:
                number, *rest = fields
                hits[int(number)].append(Hit(*(_unescape(f) for f in rest)))
        return OmegaTResult(entries, hits)


CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-dev-shm-usage",
    "--window-size=1280,900",
)

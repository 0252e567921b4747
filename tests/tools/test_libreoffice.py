"""LibreOffice (Debian's libreoffice-calc-nogui, headless) opens the XLSX and the CSV:
Vietnamese intact, one language per column, every concept on its row."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

from vnus.exports import COLUMNS, abbr_language, to_csv, to_xlsx
from vnus.glossary import Glossary, Term

# Comma-separated, '"' quoted, UTF-8 (76), first line 1: LibreOffice's CSV filter options.
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1"


def convert(
    soffice: str, source: Path, out_dir: Path, target: str, infilter: str | None = None
) -> Path:
    done = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{out_dir / 'profile'}",
            "--headless",
            "--norestore",
            *([f"--infilter={infilter}"] if infilter else []),
            "--convert-to",
            target,
            "--outdir",
            str(out_dir),
            str(source),
        ],
        capture_output=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    converted = out_dir / (source.stem + ("." + target.split(":")[0]))
    assert converted.exists(), done.stdout.decode("utf-8", "replace")
    return converted


def _abbrs(term: Term, language: str) -> list[str]:
    return [a for a in term.abbr if abbr_language(term, a) == language]


def check_sheet(glossary: Glossary, converted: Path) -> None:
    rows = list(csv.reader(converted.read_text(encoding="utf-8").splitlines()))
    assert tuple(rows[0]) == COLUMNS
    by_id = {row[0]: dict(zip(COLUMNS, row, strict=True)) for row in rows[1:]}
    assert len(by_id) == len(glossary)
    for term in glossary:
        row = by_id[term.id]
        assert (row["vi"], row["en"]) == (term.vi, term.en)  # Vietnamese intact
        assert row["vi_variants"].split(" | ") == list(term.vi_variants) or not term.vi_variants
        assert row["country"] == (term.country or "")
        assert (
            row["vi_abbreviations"].split(" | ") == _abbrs(term, "vi")
            or not row["vi_abbreviations"]
        )
        # One language per column: no English-only name among the Vietnamese cells. A
        # loanword the glossary declares Vietnamese too ("logistics") may stand in both.
        vietnamese = {term.vi, *term.vi_variants, *_abbrs(term, "vi")}
        english_only = {term.en, *term.en_variants, *_abbrs(term, "en")} - vietnamese
        vi_cells = {*row["vi_variants"].split(" | "), *row["vi_abbreviations"].split(" | ")}
        assert not english_only & vi_cells, (term.id, english_only & vi_cells)


def test_libreoffice_opens_the_xlsx(soffice: str, bundled: Glossary, tmp_path: Path) -> None:
    path = tmp_path / "vnus.xlsx"
    path.write_bytes(to_xlsx(bundled, glossary=bundled))
    check_sheet(bundled, convert(soffice, path, tmp_path / "out", CSV_FILTER))


def test_libreoffice_reads_the_csv_as_utf8(soffice: str, bundled: Glossary, tmp_path: Path) -> None:
    # As in the Text Import dialog: character set UTF-8, comma, '"'. (Headless, LibreOffice
    # 7.4 does not take the byte-order mark as a hint; the dialog and Excel do.) The mark
    # must not end up in the first header cell.
    path = tmp_path / "vnus.csv"
    path.write_text(to_csv(bundled, glossary=bundled), encoding="utf-8")
    xlsx = convert(soffice, path, tmp_path / "xlsx", "xlsx", infilter="CSV:44,34,76,1")
    check_sheet(bundled, convert(soffice, xlsx, tmp_path / "back", CSV_FILTER))

"""OmegaT (Debian's omegat 3.6) reads the exports with its own readers and finds their
entries with its own matcher, with its default settings (case-blind, stemming on, a
term's words found in any order): the Glossary pane a translator sees, sentence by sentence.

Hits expected and false hits forbidden, on sentences written for this table.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tools_support import OmegaT, OmegaTResult

from vnus.exports import to_tbx, to_tsv
from vnus.glossary import Glossary

# (sentence, targets that must be shown, targets that must not be shown)
VI_EN: list[tuple[str, set[str], set[str]]] = [
    ("tôn trọng pháp luật và chú ý đến ý kiến của người dân", set(), {"France", "Italy"}),
    ("bà Trần Thị Nga phát biểu tại hội nghị", set(), {"Russia"}),
    ("Chính quyền Hoa Kỳ đã ra thông báo", {"United States"}, {"Acting"}),
    ("Thượng nghị sỹ Bill Hagerty thăm Hà Nội", {"Senator", "Ha Noi"}, set()),
    ("Thượng nghị sĩ Bill Hagerty thăm Hà Nội", {"Senator"}, set()),
    ("ông là thành viên Đảng Cộng hoà", {"Republican Party"}, set()),
    ("ông là thành viên Đảng Cộng hòa", {"Republican Party"}, set()),
    ("sản phẩm mỹ phẩm của thẩm mỹ viện", set(), {"United States"}),
    ("người lao động được giáo dục đức tính tốt", set(), {"Laos", "Germany"}),
    ("cầu chúc hòa bình thế giới", set(), {"Hoa Binh Province"}),
    (
        "Bộ Công Thương phối hợp với Bộ Tài chính",
        {"Ministry of Industry and Trade", "Ministry of Finance"},
        set(),
    ),
    (
        "MOIT và USTR thảo luận về IPEF và TIFA",
        {
            "Ministry of Industry and Trade",
            "Office of the United States Trade Representative",
            "Indo-Pacific Economic Framework for Prosperity",
        },
        set(),
    ),
    ("Hoa Kì và Việt Nam nâng cấp quan hệ", {"United States", "Viet Nam"}, set()),
]

EN_VI: list[tuple[str, set[str], set[str]]] = [
    ("Tell us about the plans of the new board.", set(), {"Hoa Kỳ"}),
    (
        "The Senator met officials of the Ministry of Industry and Trade.",
        {"Thượng nghị sĩ", "Bộ Công Thương"},
        set(),
    ),
    (
        "MOIT and the USTR discussed the IPEF.",
        {"Bộ Công Thương", "Khuôn khổ Kinh tế Ấn Độ Dương - Thái Bình Dương vì Thịnh vượng"},
        set(),
    ),
]


def check_table(result: OmegaTResult, table: list[tuple[str, set[str], set[str]]]) -> list[str]:
    problems = []
    for (sentence, wanted, forbidden), hits in zip(table, result.hits, strict=True):
        shown = {hit.target for hit in hits}
        if missing := wanted - shown:
            problems.append(f"{sentence!r}: no hit for {sorted(missing)}")
        if wrong := forbidden & shown:
            problems.append(f"{sentence!r}: false hit {sorted(wrong)}")
    return problems


def fix_targets(bundled: Glossary, table: list[tuple[str, set[str], set[str]]]) -> None:
    """The table names real entries: every target it names is a canonical name."""
    names = {t.en for t in bundled} | {t.vi for t in bundled}
    for _, wanted, forbidden in table:
        assert wanted | forbidden <= names, (wanted | forbidden) - names


@pytest.mark.parametrize("suffix", [".utf8", ".txt"])
def test_omegat_tsv_vi_en(omegat: OmegaT, bundled: Glossary, tmp_path: Path, suffix: str) -> None:
    fix_targets(bundled, VI_EN)
    path = tmp_path / f"vnus-vi-en{suffix}"
    path.write_text(to_tsv(bundled, glossary=bundled), encoding="utf-8")
    result = omegat.run(path, "vi", "en", [s for s, _, _ in VI_EN])
    assert len(result.entries) == len(path.read_text(encoding="utf-8").splitlines())
    assert check_table(result, VI_EN) == []


def test_omegat_tsv_en_vi(omegat: OmegaT, bundled: Glossary, tmp_path: Path) -> None:
    fix_targets(bundled, EN_VI)
    path = tmp_path / "vnus-en-vi.utf8"
    path.write_text(to_tsv(bundled, lang_pair="en-vi", glossary=bundled), encoding="utf-8")
    result = omegat.run(path, "en", "vi", [s for s, _, _ in EN_VI])
    assert check_table(result, EN_VI) == []


def _bundled_tbx(bundled: Glossary, tmp_path: Path) -> Path:
    """The bundled glossary as the TBX a translator would put in OmegaT's glossary folder."""
    path = tmp_path / "vnus.tbx"
    path.write_text(to_tbx(bundled, glossary=bundled), encoding="utf-8")
    return path


def test_omegat_reads_every_tbx_entry_with_clean_comments(
    omegat: OmegaT, bundled: Glossary, tmp_path: Path
) -> None:
    path = _bundled_tbx(bundled, tmp_path)
    result = omegat.run(path, "vi", "en", [s for s, _, _ in VI_EN])
    by_source: dict[str, set[str]] = {}
    for entry in result.entries:
        by_source.setdefault(entry.source, set()).add(entry.target)
    for term in bundled:  # every concept, by its canonical names
        assert term.en in by_source.get(term.vi, set()), term.id
    # OmegaT 3.6 shows descrip and note as "type: text" but a termNote's value bare; the
    # export keeps TBX-Basic's termType and administrativeStatus (other tools need them),
    # so those values, and nothing else unlabelled, may appear.
    picklists = {
        "fullForm",
        "acronym",
        "abbreviation",
        "variant",
        "preferredTerm-admn-sts",
        "admittedTerm-admn-sts",
        "deprecatedTerm-admn-sts",
        "supersededTerm-admn-sts",
    }
    notes = {" ".join(term.note.split()) for term in bundled if term.note}  # an entry's own note
    for entry in result.entries:
        for line in entry.comment.splitlines():
            ours = (
                line.startswith(("vnus id", "for an office of", "succeeded by", "spelling of "))
                or line in notes
            )
            assert line in picklists or ": " in line or ours, line
    hits = [{h.target for h in sentence_hits} for sentence_hits in result.hits]
    assert "Ministry of Industry and Trade" in hits[10]


# The TBX is the term base for every tool: it holds each name as the glossary has it, in
# its own language, plus (vi-en) the spellings of the Vietnamese names. So in OmegaT it
# finds every spelling, but not the English abbreviations of Vietnamese text (they sit in
# the English langSet) and, matching without case, it still shows the one-syllable names
# (Pháp, Nga) inside ordinary words: the TSV is OmegaT's file (docs/translators.md).
TBX_VI_EN = [(text, wanted, set()) for text, wanted, _ in VI_EN if wanted and "MOIT" not in text]


def test_omegat_tbx_finds_the_press_spellings(
    omegat: OmegaT, bundled: Glossary, tmp_path: Path
) -> None:
    path = _bundled_tbx(bundled, tmp_path)
    result = omegat.run(path, "vi", "en", [s for s, _, _ in TBX_VI_EN])
    assert len(TBX_VI_EN) >= 7
    assert check_table(result, TBX_VI_EN) == []


def _every_spelling(path: Path, omegat: OmegaT, language: str, target: str) -> list[str]:
    """Each entry OmegaT reads from the file, its source said in a sentence: the Glossary
    pane must show that entry's target (none lost where entries share a source)."""
    entries = omegat.run(path, language, target, []).entries
    assert entries
    frame = "Theo {}, hôm nay." if language == "vi" else "According to {}, today."
    result = omegat.run(path, language, target, [frame.format(e.source) for e in entries])
    return [
        f"{entry.source!r} -> {entry.target!r}"
        for entry, hits in zip(entries, result.hits, strict=True)
        if entry.target not in {hit.target for hit in hits}
    ]


@pytest.mark.parametrize("lang_pair", ["vi-en", "en-vi"])
def test_omegat_finds_every_spelling_of_the_tsv(
    omegat: OmegaT, bundled: Glossary, tmp_path: Path, lang_pair: str
) -> None:
    path = tmp_path / f"vnus-{lang_pair}.utf8"
    path.write_text(to_tsv(bundled, lang_pair=lang_pair, glossary=bundled), encoding="utf-8")
    source, target = lang_pair.split("-")
    assert _every_spelling(path, omegat, source, target) == []


@pytest.mark.parametrize("lang_pair", ["vi-en", "en-vi"])
def test_omegat_finds_every_term_of_the_tbx(
    omegat: OmegaT, bundled: Glossary, tmp_path: Path, lang_pair: str
) -> None:
    path = _bundled_tbx(bundled, tmp_path)
    source, target = lang_pair.split("-")
    assert _every_spelling(path, omegat, source, target) == []

"""The term-base fields (status, definition, context, domain, ordinary) and the
glossary-wide ``as_of`` date of ``meta.toml``. The bad files of each rule are in
tests/cases/bad-*.toml (test_glossary_validation.py); here: what loads, what it means."""

from __future__ import annotations

import datetime
import pickle
import warnings
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnus
from vnus.errors import GlossaryError, StaleDataWarning
from vnus.glossary import DOMAINS, STATUSES, Glossary, Term, check
from vnus.mentions import find_terms

D = datetime.date

ENTRIES = """
[[term]]
id = "x.vn"
kind = "country"
country = "VN"
vi = "Việt Nam"
en = "Viet Nam"
abbr = ["VN"]
en_variants = ["Vietnam", "Annam"]
status = { "Vietnam" = "admitted", "Annam" = "obsolete" }
definition = "The Socialist Republic of Viet Nam, in South-East Asia."
context = "Việt Nam và Hoa Kỳ nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện."
domain = "geography"
sources = ["a source"]

[[term]]
id = "x.white-house"
kind = "office"
country = "US"
vi = "Nhà Trắng"
en = "White House"
ordinary = ["Nhà Trắng"]
sources = ["a source"]

[[term]]
id = "x.plain"
kind = "concept"
vi = "Thuế đối ứng"
en = "Reciprocal tariff"
sources = ["a source"]
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "terms.toml").write_text(ENTRIES, encoding="utf-8")
    (tmp_path / "meta.toml").write_text("as_of = 2026-12-02\n", encoding="utf-8")
    return tmp_path


# --- the fields on Term ------------------------------------------------------------------


def test_term_base_fields_come_through(folder: Path) -> None:
    g = Glossary.from_path(folder)
    vn = g.get("x.vn")
    assert vn.definition == "The Socialist Republic of Viet Nam, in South-East Asia."
    assert vn.context is not None
    assert vn.context.startswith("Việt Nam và Hoa Kỳ")
    assert vn.domain == "geography"
    assert vn.ordinary == ()
    assert g.get("x.white-house").ordinary == ("Nhà Trắng",)
    plain = g.get("x.plain")
    assert (plain.definition, plain.context, plain.domain) == (None, None, None)


def test_status_maps_every_form_with_the_defaults(folder: Path) -> None:
    vn = Glossary.from_path(folder).get("x.vn")
    assert dict(vn.status) == {
        "Việt Nam": "preferred",
        "Viet Nam": "preferred",
        "VN": "admitted",
        "Vietnam": "admitted",
        "Annam": "obsolete",
    }
    assert set(vn.status) == set(vn.forms())
    with pytest.raises((TypeError, AttributeError)):
        vn.status["Annam"] = "preferred"  # type: ignore[index]


@given(
    st.lists(st.sampled_from(["MOIT", "BCT", "Bộ Công thương"]), unique=True),
    st.lists(st.sampled_from(STATUSES), min_size=3, max_size=3),
)
def test_status_is_every_form_once_and_only_the_given_ones_differ(
    forms: list[str], statuses: list[str]
) -> None:
    given_status = dict(zip(forms, statuses, strict=False))
    term = Term(
        "vn.moit",
        "ministry",
        "Bộ Công Thương",
        "Ministry of Industry and Trade",
        abbr=("MOIT", "BCT"),
        vi_variants=("Bộ Công thương",),
        status=given_status,
        sources=("s",),
    )
    assert list(term.status) == list(term.forms())
    for form, status in term.status.items():
        default = "preferred" if form in (term.vi, term.en) else "admitted"
        assert status == given_status.get(form, default)
    assert Term(**term.to_dict()) == term
    assert pickle.loads(pickle.dumps(term)) == term


def test_terms_built_in_code_get_the_same_checks() -> None:
    bad = Term("x.a", "concept", "Việc", "Thing", domain="tarde", sources=("s",))
    with pytest.raises(GlossaryError, match=r"entry .x\.a., field .domain.*did you mean .trade."):
        Glossary([bad])
    wrong = Term("x.a", "concept", "Việc", "Thing", status={"Thing": "obsolete"}, sources=("s",))
    with pytest.raises(GlossaryError, match=r"field .status.*cannot be obsolete"):
        Glossary([wrong])


def test_a_context_may_use_any_form_in_either_language(tmp_path: Path) -> None:
    for context in (
        "The tariff is a reciprocal tariff.",
        "Mỹ áp THUẾ ĐỐI ỨNG 46%.",
        "Mức thuế doi ung mới.",
    ):
        (tmp_path / "t.toml").write_text(
            '[[term]]\nid = "x.t"\nkind = "concept"\nvi = "Thuế đối ứng"\n'
            f'en = "Reciprocal tariff"\nabbr = ["doi ung"]\ncontext = "{context}"\n'
            'sources = ["s"]\n',
            encoding="utf-8",
        )
        assert check(tmp_path) == [], context
    # A form inside a longer word does not count.
    (tmp_path / "t.toml").write_text(
        '[[term]]\nid = "x.t"\nkind = "concept"\nvi = "Thuế"\nen = "Tax"\n'
        'context = "Taxation is old."\nsources = ["s"]\n',
        encoding="utf-8",
    )
    assert [p.field for p in check(tmp_path)] == ["context"]


def test_domains_and_statuses_are_the_documented_ones() -> None:
    doc = (Path(__file__).parents[1] / "docs" / "glossary-format.md").read_text(encoding="utf-8")
    for name in (*DOMAINS, *STATUSES):
        assert f"`{name}`" in doc, name
    assert len(DOMAINS) == len(set(DOMAINS)) == 18


# --- ordinary words in running text --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Phóng viên đứng trước Nhà Trắng hôm qua.",
        "NHÀ TRẮNG ra thông báo.",
        "Nha Trang... không, Nhà Trắng!",
    ],
)
def test_an_ordinary_form_is_found_with_its_capitals(folder: Path, text: str) -> None:
    found = [m.term.id for m in find_terms(text, glossary=Glossary.from_path(folder))]
    assert "x.white-house" in found


@pytest.mark.parametrize(
    "text",
    [
        "Họ sống trong một nhà trắng ở ngoại ô.",
        "Căn nhà trắng bên sông.",
        "nhà Trắng",
    ],
)
def test_an_ordinary_form_in_lower_case_is_an_ordinary_word(folder: Path, text: str) -> None:
    found = [m.term.id for m in find_terms(text, glossary=Glossary.from_path(folder))]
    assert "x.white-house" not in found


def test_without_ordinary_a_lower_case_name_matches(folder: Path) -> None:
    text = (folder / "terms.toml").read_text(encoding="utf-8")
    (folder / "terms.toml").write_text(
        text.replace('ordinary = ["Nhà Trắng"]\n', ""), encoding="utf-8"
    )
    found = find_terms("một nhà trắng", glossary=Glossary.from_path(folder))
    assert [m.term.id for m in found] == ["x.white-house"]


def test_bundled_lookup_still_accepts_ordinary_forms_in_any_case() -> None:
    g = vnus.glossary()
    for term in g:
        for form in term.ordinary:
            assert term in g.lookup_all(form.lower())


# --- as_of -------------------------------------------------------------------------------


def test_as_of_comes_from_meta_toml(folder: Path) -> None:
    assert Glossary.from_path(folder).as_of == D(2026, 12, 2)
    assert Glossary.from_path(folder / "terms.toml").as_of is None  # one file: no meta
    (folder / "meta.toml").unlink()
    assert Glossary.from_path(folder).as_of is None
    assert Glossary([]).as_of is None
    assert Glossary([], as_of=D(2025, 1, 1)).as_of == D(2025, 1, 1)


def test_the_bundled_glossary_says_when_it_was_checked() -> None:
    assert vnus.glossary().as_of == D(2026, 12, 2)
    assert pickle.loads(pickle.dumps(vnus.glossary())).as_of == D(2026, 12, 2)


def test_meta_is_not_read_as_terms(folder: Path) -> None:
    assert [t.id for t in Glossary.from_path(folder)] == ["x.vn", "x.white-house", "x.plain"]


@pytest.mark.parametrize(
    ("meta", "field", "message"),
    [
        ('as_of = "2026-12-02"\n', "as_of", "must be a TOML date such as 2026-12-02, unquoted"),
        ("as_of = 2026-12-02T10:00:00\n", "as_of", "must be a TOML date"),
        ("checked = 2026-12-02\n", "checked", "unknown key 'checked': meta.toml holds only as_of"),
        ("version = 3\nas_of = 2026-12-02\n", "version", "unknown key 'version'"),
        ("as_of = 2026-12-02\n[\n", None, "invalid TOML"),
    ],
)
def test_a_bad_meta_file_is_refused_with_file_and_field(
    folder: Path, meta: str, field: str | None, message: str
) -> None:
    (folder / "meta.toml").write_text(meta, encoding="utf-8")
    problems = check(folder)
    assert problems
    assert problems[0].path == str(folder / "meta.toml")
    assert problems[0].field == field
    assert message in str(problems[0])
    with pytest.raises(GlossaryError, match=r"meta\.toml"):
        Glossary.from_path(folder)


def test_a_meta_file_without_as_of_is_refused(folder: Path) -> None:
    (folder / "meta.toml").write_text("# nothing\n", encoding="utf-8")
    (problem,) = check(folder)
    assert (problem.field, str(problem)) == (
        "as_of",
        f"{folder / 'meta.toml'}, field 'as_of': missing required field",
    )


def test_as_of_must_be_a_date() -> None:
    with pytest.raises(TypeError, match=r"as_of must be a datetime\.date or None, not str"):
        Glossary([], as_of="2026-12-02")  # type: ignore[arg-type]


def test_current_past_as_of_warns(folder: Path) -> None:
    g = Glossary.from_path(folder)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert g.current("x.vn", on=D(2026, 12, 2)) == (g.get("x.vn"),)
    with pytest.warns(StaleDataWarning, match="on 2027-03-01 reaches past 2026-12-02"):
        assert g.current("x.vn", on=D(2027, 3, 1)) == (g.get("x.vn"),)
    undated = Glossary(list(g))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no as_of: nothing to say
        undated.current("x.vn", on=D(2099, 1, 1))


def test_a_bad_term_fails_before_the_staleness_warning(folder: Path) -> None:
    g = Glossary.from_path(folder)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a warning here would hide the caller's error
        with pytest.raises(TypeError, match="must be str, not int"):
            g.current(3, on=D(2027, 3, 1))  # type: ignore[arg-type]


def test_stale_data_warning_is_public() -> None:
    assert vnus.StaleDataWarning is StaleDataWarning
    assert issubclass(StaleDataWarning, UserWarning)

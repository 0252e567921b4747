"""The glossary machinery, tested on a tiny fixture glossary so that data edits never
break these tests (phonenumbers' rule). The shipped data has its own test module."""

from __future__ import annotations

import datetime
import pickle
import subprocess
import sys
import threading
import time
import tomllib
import unicodedata
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import vnus
import vnus.glossary as glossary_module
from vnus.errors import GlossaryError, TermNotFound
from vnus.glossary import KINDS, SEARCH_CUTOFF, FrozenDict, Glossary, Match, Term, check
from vnus.text import fold

MINI = Path(__file__).parent / "fixtures" / "mini-glossary"
D = datetime.date


def _fixture_entries() -> list[dict[str, object]]:
    """The raw [[term]] tables of the fixture, in the order the loader must read them."""
    entries: list[dict[str, object]] = []
    for path in sorted(MINI.glob("*.toml")):
        if path.name != "people.toml":
            entries.extend(tomllib.loads(path.read_text(encoding="utf-8")).get("term", []))
    return entries


@pytest.fixture(scope="module")
def mini() -> Glossary:
    return Glossary.from_path(MINI)


MINI_GLOSSARY = Glossary.from_path(MINI)
MINI_TERMS = list(MINI_GLOSSARY)


def _term(ident: str, vi: str, en: str, **fields: object) -> Term:
    return Term(ident, "concept", vi, en, sources=("test",), **fields)  # type: ignore[arg-type]


# --- loading ----------------------------------------------------------------------------------


def test_loads_every_entry_in_file_order(mini: Glossary) -> None:
    assert [t.id for t in mini] == [e["id"] for e in _fixture_entries()]
    assert len(mini) == len(_fixture_entries())


def test_fields_come_through_typed(mini: Glossary) -> None:
    raw = {e["id"]: e for e in _fixture_entries()}
    for term in mini:
        entry = raw[term.id]
        assert term.vi == entry["vi"]
        assert term.en == entry["en"]
        assert term.abbr == tuple(entry.get("abbr", ()))  # type: ignore[arg-type]
        assert term.variants == tuple(entry.get("vi_variants", ())) + tuple(  # type: ignore[arg-type]
            entry.get("en_variants", ())  # type: ignore[arg-type]
        )
        assert term.valid_from == entry.get("valid_from")
        assert term.valid_until == entry.get("valid_until")
        assert dict(term.en_by_country) == entry.get("en_by_country", {})
        assert term.sources == tuple(entry["sources"])  # type: ignore[arg-type]


def test_people_file_is_not_glossary_data(mini: Glossary) -> None:
    assert (MINI / "people.toml").exists()
    assert all("person" not in t.id for t in mini)
    with pytest.raises(GlossaryError, match="unknown top-level key 'person'"):
        Glossary.from_path(MINI / "people.toml")


def test_single_file_loads(mini: Glossary) -> None:
    one = Glossary.from_path(MINI / "countries.toml")
    assert [t.id for t in one] == [t.id for t in mini if mini.origin(t) == one.origin(t)]
    assert str(MINI / "countries.toml") == one.origin(next(iter(one)))


def test_missing_folder_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(GlossaryError, match="nowhere: no such glossary"):
        Glossary.from_path(missing)


def test_duplicate_ids_across_files_name_both_files(tmp_path: Path) -> None:
    entry = '[[term]]\nid = "x.a"\nkind = "concept"\nvi = "{}"\nen = "{}"\nsources = ["s"]\n'
    (tmp_path / "a.toml").write_text(entry.format("Một", "One"), encoding="utf-8")
    (tmp_path / "b.toml").write_text(entry.format("Hai", "Two"), encoding="utf-8")
    with pytest.raises(GlossaryError) as info:
        Glossary.from_path(tmp_path)
    message = str(info.value)
    assert str(tmp_path / "a.toml") in message
    assert str(tmp_path / "b.toml") in message
    assert info.value.entry == "x.a"
    assert info.value.field == "id"


def test_check_reports_every_problem_and_from_path_the_first(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(
        '[[term]]\nid = "x.a"\nkind = "minstry"\nvi = "A"\nen = "A"\nsources = []\n'
        '[[term]]\nid = "x.b"\nkind = "concept"\nvi = "B"\nen = "B"\n',
        encoding="utf-8",
    )
    (tmp_path / "b.toml").write_text("[[term]\n", encoding="utf-8")
    problems = check(tmp_path)
    assert [(p.entry, p.field) for p in problems] == [
        ("x.a", "kind"),
        ("x.a", "sources"),
        ("x.b", "sources"),
        (None, None),
    ]
    assert "b.toml" in str(problems[-1])
    with pytest.raises(GlossaryError) as info:
        Glossary.from_path(tmp_path)
    assert str(info.value) == str(problems[0])
    assert any("3 more problem(s)" in note for note in info.value.__notes__)


def test_check_of_sound_glossary_is_empty() -> None:
    assert check(MINI) == []


def test_glossary_from_terms_validates_cross_references() -> None:
    with pytest.raises(GlossaryError, match=r"names unknown id 'x\.gone'"):
        Glossary([_term("x.a", "A", "A", successors=("x.gone",))])
    with pytest.raises(GlossaryError, match="duplicate id"):
        Glossary([_term("x.a", "A", "A"), _term("x.a", "B", "B")])
    with pytest.raises(GlossaryError, match=r"entry 'x\.a', field 'kind': 'kind' must be one of"):
        Glossary([Term("x.a", "minstry", "A", "A", sources=("s",))])
    with pytest.raises(GlossaryError, match="field 'sources': must name at least one source"):
        Glossary([Term("x.a", "concept", "A", "A")])
    with pytest.raises(GlossaryError, match="field 'vi': is not in Unicode NFC"):
        Glossary([_term("x.a", "Vie\u0323\u0302t", "A")])
    with pytest.raises(TypeError, match="not dict"):
        Glossary([{"id": "x"}])  # type: ignore[list-item]


# --- records ----------------------------------------------------------------------------------


@given(
    start=st.none() | st.dates(),
    length=st.none() | st.integers(0, 5000),
    day=st.dates(),
)
@example(start=D.max, length=5, day=D.max)
def test_valid_on_is_an_inclusive_interval(
    start: datetime.date | None, length: int | None, day: datetime.date
) -> None:
    end = None
    if length is not None:
        base = start or D(2000, 1, 1)
        end = base + datetime.timedelta(days=min(length, (D.max - base).days))
    term = _term("x.t", "A", "A", valid_from=start, valid_until=end)
    expected = (start is None or start <= day) and (end is None or day <= end)
    assert term.valid_on(day) is expected
    assert term.valid_on(datetime.datetime.combine(day, datetime.time(23, 59))) is expected


def test_valid_on_boundaries(mini: Glossary) -> None:
    mpi, mae = mini.get("vn.mpi"), mini.get("vn.mae")
    assert mpi.valid_on(D(2025, 2, 28))
    assert not mpi.valid_on(D(2025, 3, 1))
    assert not mae.valid_on(D(2025, 2, 28))
    assert mae.valid_on(D(2025, 3, 1))


@given(st.sampled_from(MINI_TERMS))
def test_to_dict_round_trips(term: Term) -> None:
    data = term.to_dict()
    for field in ("valid_from", "valid_until"):
        if data[field] is not None:
            data[field] = D.fromisoformat(data[field])
    assert Term(**data) == term


@given(st.sampled_from(MINI_TERMS))
def test_terms_pickle_and_hash(term: Term) -> None:
    copy = pickle.loads(pickle.dumps(term))
    assert copy == term
    assert hash(copy) == hash(term)
    assert {term: 1}[copy] == 1


def test_terms_are_frozen(mini: Glossary) -> None:
    term = mini.get("vn.moit")
    with pytest.raises(AttributeError):
        term.vi = "x"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        term.extra = 1  # type: ignore[attr-defined]


def test_frozen_dict_is_read_only_and_equal_to_its_dict() -> None:
    names = FrozenDict({"US": "Secretary"})
    assert names == {"US": "Secretary"}
    assert pickle.loads(pickle.dumps(names)) == names
    assert hash(names) == hash(FrozenDict([("US", "Secretary")]))
    with pytest.raises(TypeError):
        names["VN"] = "x"  # type: ignore[index]
    with pytest.raises(AttributeError, match="read-only"):
        names._data = {}


def test_forms_and_en_for(mini: Glossary) -> None:
    moit = mini.get("vn.moit")
    assert moit.forms() == (moit.vi, moit.en, *moit.abbr, *moit.vi_variants, *moit.en_variants)
    minister = mini.get("title.minister")
    assert minister.en_for("US") == minister.en_by_country["US"]
    assert minister.en_for("us") == minister.en_by_country["US"]
    assert minister.en_for("VN") == minister.en
    assert minister.en_for(None) == minister.en


# --- get and lookup ----------------------------------------------------------------------------


def test_glossary_is_read_only(mini: Glossary) -> None:
    assert mini.source == str(MINI)
    with pytest.raises(AttributeError):
        mini.source = "elsewhere"  # type: ignore[misc]
    assert Glossary([]).source is None


def test_get(mini: Glossary) -> None:
    for term in mini:
        assert mini.get(term.id) is term
        assert term.id in mini
        assert term in mini
    with pytest.raises(KeyError, match=r"vn\.nothing"):
        mini.get("vn.nothing")
    assert "vn.nothing" not in mini


@given(st.sampled_from([(t, f) for t in MINI_TERMS for f in t.forms()]))
def test_every_form_finds_its_term(pair: tuple[Term, str]) -> None:
    term, form = pair
    assert term in MINI_GLOSSARY.lookup_all(form)
    found = MINI_GLOSSARY.lookup(form)
    assert found == term or fold(form) in {fold(a) for a in found.ambiguous}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Bộ Công Thương", "vn.moit"),
        ("BỘ CÔNG THƯƠNG", "vn.moit"),
        ("bo cong thuong", "vn.moit"),
        ("Bo\u0323\u0302 Co\u0302ng Thu\u031bo\u031bng", "vn.moit"),  # NFD
        ("moit", "vn.moit"),
        ("bct", "vn.moit"),
        ("Ministry of Industry & Trade", "vn.moit"),
        ("the Ministry of Industry and Trade", "vn.moit"),
        ("  THE   ministry-of-industry-and-trade ", "vn.moit"),
        ("Bộ KH & ĐT", "vn.mpi"),
        ("bo kh and dt", "vn.mpi"),
        ("Tổng cục Thuỷ lợi", "vn.gdvc"),  # the other tone style
        ("Thượng nghị sĩ", "title.senator"),
        ("thuong nghi sy", "title.senator"),  # i/y
        ("Mĩ", "country.us"),
        ("White House", "us.white-house"),  # the form is "The White House"
        ("the white house", "us.white-house"),
        ("R and D", "fw.rd"),
        ("nghiên cứu và phát triển", None),  # "và" is not "and": no match
    ],
)
def test_lookup_is_insensitive_to_what_fold_equates(
    mini: Glossary, query: str, expected: str | None
) -> None:
    if expected is None:
        with pytest.raises(TermNotFound):
            mini.lookup(query)
    else:
        assert mini.lookup(query).id == expected


def test_leading_the_is_english_only() -> None:
    g = Glossary([_term("x.gioi", "Giới", "Circle")])
    assert g.lookup("the Circle").id == "x.gioi"
    assert g.lookup("The Giới").id == "x.gioi"  # an ASCII "the" is stripped in any case
    with pytest.raises(TermNotFound):
        g.lookup("Thế giới")  # folds to "the gioi" but "Thế" is a Vietnamese word


def test_shared_form_returns_the_preferred_term(mini: Glossary) -> None:
    sharers = mini.lookup_all("doc")
    assert [t.id for t in sharers] == ["us.doc", "fw.doc-scs"]
    assert mini.lookup("DOC").id == "us.doc"
    assert "DOC" in mini.get("us.doc").preferred
    assert mini.lookup("doc", kind="agreement").id == "fw.doc-scs"
    assert [t.id for t in mini.lookup_all("DOC", kind="agreement")] == ["fw.doc-scs"]


def test_shared_form_without_preference_returns_the_first() -> None:
    a = _term("x.a", "A một", "A one", abbr=("AX",), ambiguous=("AX",))
    b = _term("x.b", "B hai", "B two", abbr=("ax",), ambiguous=("ax",))
    assert Glossary([a, b]).lookup("AX") is a
    assert Glossary([b, a]).lookup("AX") is b
    assert Glossary([b, a]).lookup_all("AX") == (b, a)


def test_lookup_all_of_unknown_form_is_empty(mini: Glossary) -> None:
    assert mini.lookup_all("no such thing") == ()


def test_lookup_on_date_follows_the_restructuring(mini: Glossary) -> None:
    assert mini.lookup("MPI", on=D(2024, 12, 31)).id == "vn.mpi"
    with pytest.raises(TermNotFound) as info:
        mini.lookup("Bộ Kế hoạch và Đầu tư", on=D(2025, 6, 1))
    assert info.value.suggestions == (f"{mini.get('vn.mof').vi} (vn.mof)",)
    with pytest.raises(TermNotFound) as info:
        mini.lookup("MARD", on=D(2025, 6, 1))
    assert "vn.mae" in str(info.value)
    with pytest.raises(TermNotFound):
        mini.lookup("MAE", on=D(2024, 1, 1))


def test_lookup_filters(mini: Glossary) -> None:
    assert mini.lookup("Hoa Kỳ", country="us").id == "country.us"
    with pytest.raises(TermNotFound) as info:
        mini.lookup("Hoa Kỳ", country="VN")
    assert "country.us" in str(info.value)
    with pytest.raises(TermNotFound):
        mini.lookup("MOIT", kind="agency")
    with pytest.raises(ValueError, match=r"'kind' must be one of \(.*\) \(got 'minstry'\)"):
        mini.lookup("MOIT", kind="minstry")
    with pytest.raises(ValueError, match="got 'ZZ'"):
        mini.lookup("MOIT", country="ZZ")


def test_not_found_suggests_close_terms(mini: Glossary) -> None:
    with pytest.raises(TermNotFound) as info:
        mini.lookup("Bo Cong Thong")
    error = info.value
    assert isinstance(error, LookupError)
    assert error.query == "Bo Cong Thong"
    assert error.suggestions[0] == "Bộ Công Thương (vn.moit)"
    assert "did you mean: Bộ Công Thương (vn.moit)" in str(error)
    with pytest.raises(TermNotFound) as info:
        mini.lookup("qwxz zzkv")
    assert info.value.suggestions == ()


def test_lookup_rejects_non_text(mini: Glossary) -> None:
    with pytest.raises(TypeError, match="query must be str, not bytes"):
        mini.lookup(b"MOIT")  # type: ignore[arg-type]


@given(st.text(alphabet="abcdeghiklmnostuy &-ĐđôơưạếỳÁ", max_size=20))
def test_lookup_returns_only_terms_with_a_matching_form(query: str) -> None:
    try:
        found = MINI_GLOSSARY.lookup(query)
    except TermNotFound:
        assert MINI_GLOSSARY.lookup_all(query) == ()
        return
    keys = set(glossary_module._keys(query))
    assert any(keys & set(glossary_module._keys(form)) for form in found.forms())


# --- history -----------------------------------------------------------------------------------


def test_successors_predecessors_children_current(mini: Glossary) -> None:
    assert [t.id for t in mini.successors("vn.mpi")] == ["vn.mof"]
    assert [t.id for t in mini.predecessors("vn.mae")] == ["vn.mard", "vn.monre"]
    assert {t.id for t in mini.children("vn.government")} == {"vn.moit", "vn.mpi", "vn.mof"}
    assert [t.id for t in mini.current("vn.mpi", on=D(2025, 3, 1))] == ["vn.mof"]
    assert [t.id for t in mini.current("vn.mpi", on=D(2020, 1, 1))] == ["vn.mpi"]
    assert mini.current("vn.gdvc", on=D(2025, 3, 1)) == ()  # dissolved, no successor
    assert mini.current("vn.mae", on=D(2020, 1, 1)) == ()  # not yet created


@given(st.sampled_from(MINI_TERMS), st.dates(D(1990, 1, 1), D(2040, 1, 1)))
def test_current_terms_are_valid_that_day(term: Term, day: datetime.date) -> None:
    for found in MINI_GLOSSARY.current(term, on=day):
        assert found.valid_on(day)


def test_current_survives_a_successor_cycle() -> None:
    a = _term("x.a", "A", "A", valid_until=D(2000, 1, 1), successors=("x.b",))
    b = _term("x.b", "B", "B", valid_until=D(2000, 1, 1), successors=("x.a",))
    assert Glossary([a, b]).current(a, on=D(2020, 1, 1)) == ()


def test_filter(mini: Glossary) -> None:
    ministries = mini.filter(kind="ministry", country="VN", on=D(2025, 6, 1))
    assert ministries == tuple(
        t for t in mini if t.kind == "ministry" and t.country == "VN" and t.valid_on(D(2025, 6, 1))
    )
    assert {t.id for t in ministries} == {"vn.moit", "vn.mof", "vn.mae"}


# --- search -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Bo Cong Thong", "vn.moit"),  # a typo, no diacritics
        ("bộ kế hoạch đầu tư", "vn.mpi"),  # a missing word
        ("ministry finance", "vn.mof"),
        ("hiep dinh thuong mai doi ung", "fw.reciprocal-trade"),
        ("commerce", "us.doc"),
        ("Comprehensive Strategic Partnershp", "fw.csp"),
    ],
)
def test_search_finds_near_misses_first(mini: Glossary, query: str, expected: str) -> None:
    matches = mini.search(query)
    assert matches[0].term.id == expected
    assert fold(matches[0].form) in {fold(f) for f in matches[0].term.forms()}


def test_search_ranks_an_exact_name_above_longer_names_containing_it(mini: Glossary) -> None:
    matches = mini.search("Hoa Kỳ")
    assert matches[0] == Match(mini.get("country.us"), 1.0, "Hoa Kỳ")
    assert "us.doc" in [m.term.id for m in matches]
    assert all(m.score < 1.0 for m in matches[1:])


@pytest.mark.parametrize("nonsense", ["qwxz zzkv", "xyzzy", "12345", "a", "—", ""])
def test_search_returns_nothing_for_nonsense(mini: Glossary, nonsense: str) -> None:
    assert mini.search(nonsense) == []


def test_search_filters_and_limit(mini: Glossary) -> None:
    everything = mini.search("Bộ", limit=100)
    assert len(everything) > 3
    assert mini.search("Bộ", limit=3) == everything[:3]
    assert mini.search("Bộ", limit=0) == []
    on = D(2025, 6, 1)
    filtered = mini.search("Bộ", limit=100, kind="ministry", country="VN", on=on)
    assert filtered == [
        m
        for m in everything
        if m.term.kind == "ministry" and m.term.country == "VN" and m.term.valid_on(on)
    ]


@given(st.text(max_size=30), st.integers(1, 12))
def test_search_results_are_ranked_scored_and_unique(query: str, limit: int) -> None:
    matches = MINI_GLOSSARY.search(query, limit)
    assert len(matches) <= limit
    assert all(SEARCH_CUTOFF <= m.score <= 1.0 for m in matches)
    assert [m.score for m in matches] == sorted((m.score for m in matches), reverse=True)
    assert len({m.term.id for m in matches}) == len(matches)
    for match in matches:
        assert match.form in match.term.forms()


@given(st.sampled_from([(t, f) for t in MINI_TERMS for f in t.forms()]))
def test_search_for_a_form_scores_its_term_one(pair: tuple[Term, str]) -> None:
    term, form = pair
    matches = MINI_GLOSSARY.search(form, limit=len(MINI_TERMS))
    assert Match(term, 1.0, form) in matches or any(
        m.term == term and m.score == 1.0 for m in matches
    )


# --- the bundled glossary -----------------------------------------------------------------------


def test_bundled_glossary_is_loaded_once_under_concurrency(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[int] = []
    original = Glossary.from_path.__func__  # type: ignore[attr-defined]

    def slow_from_path(cls: type[Glossary], path: object) -> Glossary:
        calls.append(1)
        time.sleep(0.05)  # widen the window in which a second thread could start loading
        return original(cls, MINI)  # type: ignore[no-any-return]

    monkeypatch.setattr(Glossary, "from_path", classmethod(slow_from_path))
    monkeypatch.setenv("VNUS_NO_CACHE", "1")  # parse, and never cache the fixture as bundled
    glossary_module.clear_cache()
    barrier = threading.Barrier(16)
    results: list[Glossary] = []

    def worker() -> None:
        barrier.wait()
        results.append(glossary_module.glossary())

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    glossary_module.clear_cache()
    assert len(results) == 16
    assert len({id(g) for g in results}) == 1
    assert calls == [1]


def test_clear_cache_reloads() -> None:
    first = glossary_module.glossary()
    assert glossary_module.glossary() is first
    glossary_module.clear_cache()
    assert glossary_module.glossary() is not first


# The on-disk compiled form (cache) is tested in tests/test_cache.py.


def _run(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_importing_the_module_parses_nothing() -> None:
    out = _run(
        "import sys, vnus.glossary; "
        "print([m for m in ('tomllib', 'rapidfuzz') if m in sys.modules])"
    )
    assert out == "[]"


@pytest.mark.parametrize(
    "code",
    [
        "import vnus; g = vnus.glossary(); import vnus.glossary; print(vnus.glossary() is g)",
        "import vnus.glossary; import vnus; g = vnus.glossary(); print(vnus.glossary() is g)",
        "from vnus.glossary import Term; import vnus; print(vnus.glossary() is vnus.glossary())",
    ],
)
def test_vnus_glossary_is_callable_whatever_was_imported_first(code: str) -> None:
    assert _run(code) == "True"


@pytest.mark.parametrize(
    "code",
    [
        "import vnus; vnus.glossary(); import vnus.glossary as m",
        "import vnus.glossary as m; import vnus; vnus.glossary()",
        "import vnus; from vnus import glossary as m; m()",
    ],
)
def test_vnus_glossary_is_always_the_module(code: str) -> None:
    check = "; import sys; print(vnus.glossary is m is sys.modules['vnus.glossary'], m.Term)"
    assert _run(code + check) == "True <class 'vnus.glossary.Term'>"


def test_top_level_names() -> None:
    assert vnus.Glossary is Glossary
    assert vnus.Term is Term
    assert vnus.Match is Match
    assert isinstance(vnus.glossary(), Glossary)


def test_kinds_are_the_documented_kinds() -> None:
    doc = (Path(__file__).parents[1] / "docs" / "glossary-format.md").read_text(encoding="utf-8")
    section = doc.split("### Kinds", 1)[1].split("###", 1)[0]
    documented = [word.strip("`,. \n") for word in section.split("`")[1::2]]
    assert tuple(documented) == KINDS


def test_fixture_text_is_nfc() -> None:
    for path in MINI.glob("*.toml"):
        text = path.read_text(encoding="utf-8")
        assert unicodedata.is_normalized("NFC", text), path


# --- spellings a lookup must accept (vnus.strategies.term_variants) -----------------------------


@given(st.data())
def test_every_variant_spelling_finds_its_term(data: st.DataObject) -> None:
    from vnus.strategies import term_variants

    term = data.draw(st.sampled_from(MINI_TERMS))
    spelling = data.draw(term_variants(term))
    assert term in MINI_GLOSSARY.lookup_all(spelling)
    found = MINI_GLOSSARY.lookup(spelling)
    assert found == term or set(glossary_module._keys(spelling)) & {fold(a) for a in term.ambiguous}


@given(st.data())
def test_variant_spellings_fold_to_a_form_of_the_term(data: st.DataObject) -> None:
    from vnus.strategies import term_variants

    term = data.draw(st.sampled_from(MINI_TERMS))
    spelling = data.draw(term_variants(term))
    keys = {key for form in term.forms() for key in glossary_module._keys(form)}
    assert set(glossary_module._keys(spelling)) & keys

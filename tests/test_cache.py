"""The glossary's compiled form (vnus._cache): never code, always verified, self-healing.

Issue 9: the cache was a pickle loaded before any check from a predictable, possibly
shared or working-directory-relative path; a damaged file bricked vnus; a same-length
edit was loaded as data. Each of those is a test here.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import zlib
from pathlib import Path

import pytest

import vnus.glossary as glossary_module
from vnus import _cache
from vnus.glossary import Glossary

MINI = Path(__file__).parent / "fixtures" / "mini-glossary"
MINI_GLOSSARY = Glossary.from_path(MINI)


@pytest.fixture
def data_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the fixture glossary, with the user cache in tmp_path/cache."""
    folder = tmp_path / "data"
    folder.mkdir()
    for path in MINI.glob("*.toml"):
        (folder / path.name).write_bytes(path.read_bytes())
    monkeypatch.setenv("VNUS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("VNUS_NO_CACHE", raising=False)
    return folder


def _cache_file(folder: Path) -> Path:
    (found,) = (folder.parent / "cache").glob("glossary-*.json")
    return found


def _refuse_to_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(cls: type[Glossary], path: object) -> Glossary:
        raise AssertionError("parsed the TOML although the cache was fresh")

    monkeypatch.setattr(Glossary, "from_path", classmethod(refuse))


def _same(found: Glossary, expected: Glossary = MINI_GLOSSARY) -> None:
    assert list(found) == list(expected)
    assert found._index == expected._index
    assert found.as_of == expected.as_of
    for term in expected:
        assert found.lookup_all(term.en) == expected.lookup_all(term.en)
        assert Path(found.origin(term) or "").name == Path(expected.origin(term) or "").name


def _load(folder: Path) -> Glossary:
    return glossary_module._load_with_cache(str(folder))


def _with_payload(data: bytes, edit: object) -> bytes:
    """``data`` with its payload replaced by ``edit(payload)`` and a header that vouches for it
    (what someone who knows the format could write): only the type checks stand in the way."""
    header, body = data.split(b"\n", 1)
    payload = json.loads(body)
    edit(payload)  # type: ignore[operator]
    new_body = json.dumps(payload, ensure_ascii=False).encode()
    fields = json.loads(header)
    fields.update(sha256=hashlib.sha256(new_body).hexdigest(), size=len(new_body))
    return json.dumps(fields).encode() + b"\n" + new_body


# --- use ---------------------------------------------------------------------------------------


def test_fresh_cache_is_used_and_equals_a_parse(
    data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _load(data_copy)
    cache = _cache_file(data_copy)
    assert cache.read_bytes().startswith(b'{"magic": "vnus-glossary"')
    _refuse_to_parse(monkeypatch)
    second = _load(data_copy)
    assert second is not first
    _same(second)
    assert [m.term.id for m in second.search("Bộ")] == [m.term.id for m in first.search("Bộ")]
    assert second.source == str(data_copy)


def test_cache_folder_and_file_are_private(data_copy: Path) -> None:
    _load(data_copy)
    cache = _cache_file(data_copy)
    assert cache.stat().st_mode & 0o777 == 0o600
    assert cache.parent.stat().st_mode & 0o777 == 0o700


def test_appended_entry_is_noticed(data_copy: Path) -> None:
    first = _load(data_copy)
    extra = '\n[[term]]\nid = "x.new"\nkind = "concept"\nvi = "Mới"\nen = "New"\nsources = ["s"]\n'
    with (data_copy / "titles.toml").open("a", encoding="utf-8") as handle:
        handle.write(extra)
    second = _load(data_copy)
    assert len(second) == len(first) + 1
    assert second.lookup("Mới").id == "x.new"


def test_same_size_same_time_edit_is_noticed(data_copy: Path) -> None:
    """The key hashes the files' bytes: a size-and-mtime stamp would miss this edit."""
    _load(data_copy)
    path = data_copy / "vn-government.toml"
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Industry and Trade", "Industry and Tread"), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    assert _load(data_copy).get("vn.moit").en == "Ministry of Industry and Tread"


def test_cache_can_be_turned_off(data_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VNUS_NO_CACHE", "1")
    _load(data_copy)
    assert not (data_copy.parent / "cache").exists()


def test_unwritable_cache_folder_is_only_slower(
    data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = data_copy.parent / "blocked"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("VNUS_CACHE_DIR", str(blocked / "vnus"))
    _same(_load(data_copy))


# --- nothing that runs code --------------------------------------------------------------------


class _Hostile:
    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.mkdir, (str(self.marker),))


def test_planted_pickle_runs_nothing(data_copy: Path, tmp_path: Path) -> None:
    """A pickle under the old cache name and under the new one: neither is ever unpickled."""
    marker = tmp_path / "the-planted-pickle-ran"
    hostile = pickle.dumps(("stamp", _Hostile(marker)))
    cache = data_copy.parent / "cache"
    cache.mkdir(mode=0o700)
    old_name = f"glossary-{zlib.crc32(str(data_copy).encode()):08x}.pickle"
    (cache / old_name).write_bytes(hostile)
    (cache / _cache._cache_name(str(data_copy))).write_bytes(hostile)
    _same(_load(data_copy))
    assert not marker.exists()
    assert (cache / _cache._cache_name(str(data_copy))).read_bytes().startswith(b"{")


def test_no_module_reads_pickle_or_marshal() -> None:
    source = Path(glossary_module.__file__).parent
    for path in source.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for call in ("pickle.load", "marshal.load", "import marshal", "shelve"):
            assert call not in text, (path.name, call)


# --- damage heals ------------------------------------------------------------------------------


def _truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _flipped(data: bytes) -> bytes:
    """The same-length edit the audit made: 'Trade' -> 'Tread' inside the payload."""
    assert b"Industry and Trade" in data
    return data.replace(b"Industry and Trade", b"Industry and Tread")


def _wrong_types(data: bytes) -> bytes:
    def edit(payload: dict[str, list[list[object]]]) -> None:
        payload["terms"][0][2] = 5  # vi as a number

    return _with_payload(data, edit)


def _position_out_of_range(data: bytes) -> bytes:
    def edit(payload: dict[str, list[list[int]]]) -> None:
        payload["positions"][0][0] = 10**6

    return _with_payload(data, edit)


def _row_too_short(data: bytes) -> bytes:
    def edit(payload: dict[str, list[list[object]]]) -> None:
        payload["terms"][0].pop()

    return _with_payload(data, edit)


def _vouched(data: bytes, body: bytes) -> bytes:
    """``body`` under the header of ``data``, its digest recomputed: it reaches the decoder."""
    header = json.loads(data.split(b"\n", 1)[0])
    header.update(sha256=hashlib.sha256(body).hexdigest(), size=len(body))
    return json.dumps(header).encode() + b"\n" + body


def _nested(data: bytes) -> bytes:
    return _vouched(data, b"[" * 100_000 + b"]" * 100_000)


def _huge_number(data: bytes) -> bytes:
    return _vouched(data, b'{"terms": ' + b"9" * 5000 + b"}")


DAMAGE = {
    "empty": lambda data: b"",
    "binary garbage": lambda data: bytes(range(256)) * 64,
    "not a cache": lambda data: b'{"magic": "other"}\n{}',
    "no newline": lambda data: b"9" * 10_000,
    "truncated": _truncated,
    "same-length edit": _flipped,
    "wrong types, valid digest": _wrong_types,
    "position out of range, valid digest": _position_out_of_range,
    "short row, valid digest": _row_too_short,
    "deep nesting": _nested,
    "5000-digit number, valid digest": _huge_number,
    "infinity, valid digest": lambda data: _vouched(data, b"1e99999"),
    "a list, valid digest": lambda data: _vouched(data, b"[1, 2]"),
    "missing keys, valid digest": lambda data: _vouched(data, b'{"terms": []}'),
    "not UTF-8": lambda data: data.replace(b"\xe1\xbb", b"\xff\xfe", 1),
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_damaged_cache_heals(
    data_copy: Path, monkeypatch: pytest.MonkeyPatch, damage: object
) -> None:
    _load(data_copy)
    cache = _cache_file(data_copy)
    good = cache.read_bytes()
    cache.write_bytes(damage(good))  # type: ignore[operator]
    _same(_load(data_copy))  # the damage is ignored ...
    assert cache.read_bytes() == good  # ... and the file replaced by a sound one
    _refuse_to_parse(monkeypatch)
    _same(_load(data_copy))


def test_cache_over_the_size_limit_is_not_read(
    data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _load(data_copy)
    monkeypatch.setattr(_cache, "MAX_BYTES", 100)
    assert _cache.read_private(str(data_copy.parent / "cache"), _cache_file(data_copy).name) is None


def test_loads_refuses_other_data(data_copy: Path) -> None:
    _load(data_copy)
    data = _cache_file(data_copy).read_bytes()
    with pytest.raises(_cache._Damaged, match="other code or data"):
        _cache.loads(data, "0" * 64, str(data_copy))


# --- where the cache may live ------------------------------------------------------------------


def _tampered_cache(data_copy: Path) -> Path:
    """A cache whose payload says 'Tread' with a digest that vouches for it: used only if
    the folder and the file pass the ownership checks."""
    _load(data_copy)
    cache = _cache_file(data_copy)

    def edit(payload: dict[str, list[list[object]]]) -> None:
        for row in payload["terms"]:
            if row[0] == "vn.moit":
                row[3] = "Ministry of Industry and Tread"

    cache.write_bytes(_with_payload(cache.read_bytes(), edit))
    assert _load(data_copy).get("vn.moit").en.endswith("Tread")  # trusted while private
    return cache


def test_group_or_world_writable_folder_is_ignored(data_copy: Path) -> None:
    cache = _tampered_cache(data_copy)
    for mode in (0o770, 0o777, 0o703):
        cache.parent.chmod(mode)
        assert _load(data_copy).get("vn.moit").en.endswith("Trade"), oct(mode)
        assert _cache.read_private(str(cache.parent), cache.name) is None
    cache.parent.chmod(0o700)


def test_writable_by_others_file_is_ignored(data_copy: Path) -> None:
    cache = _tampered_cache(data_copy)
    cache.chmod(0o666)
    assert _load(data_copy).get("vn.moit").en.endswith("Trade")


def test_files_of_another_user_are_ignored(
    data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _tampered_cache(data_copy)
    uid = os.geteuid()
    monkeypatch.setattr(os, "geteuid", lambda: uid + 1)
    assert _load(data_copy).get("vn.moit").en.endswith("Trade")


def test_symlinked_cache_file_is_not_followed(data_copy: Path, tmp_path: Path) -> None:
    cache = _tampered_cache(data_copy)
    elsewhere = tmp_path / "elsewhere.json"
    cache.rename(elsewhere)
    cache.symlink_to(elsewhere)
    assert _cache.read_private(str(cache.parent), cache.name) is None
    assert _load(data_copy).get("vn.moit").en.endswith("Trade")


def test_cache_folder_follows_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in ("VNUS_CACHE_DIR", "XDG_CACHE_HOME", "VNUS_NO_CACHE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert _cache.cache_dir() == str(tmp_path / ".cache" / "vnus")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert _cache.cache_dir() == str(tmp_path / "xdg" / "vnus")
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/xdg")  # the XDG spec: ignored
    assert _cache.cache_dir() == str(tmp_path / ".cache" / "vnus")
    monkeypatch.setenv("VNUS_CACHE_DIR", str(tmp_path / "mine"))
    assert _cache.cache_dir() == str(tmp_path / "mine")
    monkeypatch.setenv("VNUS_CACHE_DIR", "relative")  # never under the working directory
    assert _cache.cache_dir() is None
    monkeypatch.setenv("VNUS_NO_CACHE", "1")
    monkeypatch.setenv("VNUS_CACHE_DIR", str(tmp_path / "mine"))
    assert _cache.cache_dir() is None


def test_no_home_means_no_cache_not_one_in_the_working_directory(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A container with HOME unset: ``~`` stays literal, and the cache once landed in
    ``./~/.cache`` under the working directory."""
    for name in ("VNUS_CACHE_DIR", "XDG_CACHE_HOME", "VNUS_NO_CACHE", "HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(os.path, "expanduser", lambda path: path)  # no passwd entry either
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    assert _cache.cache_dir() is None
    _same(_load(MINI))
    assert list(work.iterdir()) == []


# --- the form compiled into the package at build time ------------------------------------------


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in for an installed package: _data/glossary/ and the compiled glossary.json
    that hatch_build.py writes beside it."""
    root = tmp_path / "vnus"
    folder = root / "_data" / "glossary"
    folder.mkdir(parents=True)
    for path in MINI.glob("*.toml"):
        (folder / path.name).write_bytes(path.read_bytes())
    monkeypatch.setattr(_cache, "_HERE", str(root))
    monkeypatch.setenv("VNUS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("VNUS_NO_CACHE", raising=False)
    compiled = _cache.dumps(MINI_GLOSSARY, _cache.source_key(str(folder)))
    (root / "_data" / _cache.PACKAGED).write_bytes(compiled)
    return folder


def test_packaged_form_is_used_without_a_parse_or_a_user_cache(
    package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _refuse_to_parse(monkeypatch)
    _same(_load(package))
    assert not (package.parents[2] / "cache").exists()


def test_packaged_form_is_checked_against_the_installed_files(package: Path) -> None:
    path = package / "vn-government.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Industry and Trade", "Industry and Tread"), encoding="utf-8")
    assert _load(package).get("vn.moit").en == "Ministry of Industry and Tread"


@pytest.mark.parametrize("damage", [_flipped, _wrong_types, _truncated])
def test_damaged_packaged_form_is_not_used(package: Path, damage: object) -> None:
    compiled = package.parent / _cache.PACKAGED
    compiled.write_bytes(damage(compiled.read_bytes()))  # type: ignore[operator]
    _same(_load(package))


def test_bundled_data_round_trips_through_the_compiled_form(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every field kind the shipped data uses (status, dates, as_of ...) comes back equal."""
    folder = tmp_path / "glossary"
    folder.mkdir()
    for path in (Path(__file__).parents[1] / "glossary").glob("*.toml"):
        (folder / path.name).write_bytes(path.read_bytes())
    monkeypatch.setenv("VNUS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("VNUS_NO_CACHE", raising=False)
    parsed = Glossary.from_path(folder)
    assert parsed.as_of is not None
    _load(folder)
    _refuse_to_parse(monkeypatch)
    again = _load(folder)
    _same(again, parsed)
    assert [t.to_dict() for t in again] == [t.to_dict() for t in parsed]

"""The package as users get it: metadata, fast import, and a wheel that carries its data."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

import vnus

ROOT = Path(__file__).resolve().parents[1]


def test_version_matches_metadata() -> None:
    assert vnus.__version__ == metadata.version("vnus")


def test_all_is_sorted_and_resolves() -> None:
    assert vnus.__all__ == sorted(vnus.__all__)
    for name in ["normalize", "fold", "fold_with_offsets", "TermNotFound", "VnusError"]:
        assert name in vnus.__all__
        assert getattr(vnus, name) is not None


def test_unknown_attribute_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        vnus.no_such_name  # noqa: B018


def test_import_loads_nothing_heavy() -> None:
    code = (
        "import sys, vnus; "
        "heavy = [m for m in ('babel', 'attrs', 'rapidfuzz', 'ahocorasick', 'tomllib', "
        "'hypothesis', 'vnus.glossary', 'vnus.dates') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_seeds_are_the_shared_seeds_byte_for_byte() -> None:
    shared = ROOT.parent / "shared" / "seeds"
    ours = sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))
    assert len(ours) == 5
    if shared.is_dir():  # beside the checkout in development and CI
        assert ours == sorted(p.name for p in shared.glob("*.txt"))
        for name in ours:
            assert (ROOT / "seeds" / name).read_bytes() == (shared / name).read_bytes()


def test_wheel_installs_and_reads_bundled_data(tmp_path: Path) -> None:
    """The wheel carries glossary/ and seeds/ inside the package and works from anywhere."""
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(dist),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("vnus-*.whl"))
    target = tmp_path / "installed"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    # The installed copy comes first on the path, ahead of the editable checkout; the
    # dependencies (attrs, rapidfuzz, ...) come from this environment.
    code = (
        "import vnus, vnus._resources as r, vnus.corpus; "
        "seeds = sorted(p.name for p in r.data_dir('seeds').iterdir()); "
        "g = vnus.glossary(); "
        "print(vnus.__file__); print(r.data_dir('seeds')); print(r.data_dir('glossary')); "
        "print(len(seeds), len(vnus.corpus.load()), g.lookup('moit').id, len(g) > 200)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(target), "VNUS_CACHE_DIR": str(tmp_path / "cache")},
    )
    module, seeds_dir, glossary_dir, summary = result.stdout.strip().split("\n")
    for path in (module, seeds_dir, glossary_dir):
        assert path.startswith(str(target)), path
    assert summary.split() == ["5", "5", "vn.moit", "True"]
    # The wheel carries the glossary compiled at build time (hatch_build.py): an installed
    # vnus neither parses TOML nor writes a per-user cache to look a term up.
    with zipfile.ZipFile(wheel) as archive:
        assert "vnus/_data/glossary.json" in archive.namelist()
    compiled = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, vnus; t = vnus.glossary().lookup('MOIT'); "
            "print(t.id, 'tomllib' in sys.modules)",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(target), "VNUS_CACHE_DIR": str(tmp_path / "fresh")},
    )
    assert compiled.stdout.split() == ["vn.moit", "False"]
    assert not (tmp_path / "fresh").exists()

"""The package as users get it: metadata, fast import, and a wheel that carries its data."""

from __future__ import annotations

import subprocess
import sys
import venv
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
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False, system_site_packages=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
    )
    code = (
        "import vnus, vnus._resources as r; "
        "seeds = sorted(p.name for p in r.data_dir('seeds').iterdir()); "
        "text = r.data_dir('seeds').joinpath(seeds[0]).read_text(encoding='utf-8'); "
        "installed = 'site-packages' in str(r.data_dir('seeds')); "
        "print(len(seeds), installed, vnus.fold(text.splitlines()[0])[:20])"
    )
    result = subprocess.run(
        [str(python), "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    count, installed, folded = result.stdout.split(" ", 2)
    assert count == "5"
    assert installed == "True"
    assert folded.strip() == "nhung diem chinh tai"

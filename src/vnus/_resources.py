"""Where the bundled data lives: inside the installed wheel, or at the top of a checkout."""

from __future__ import annotations

import functools
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path


@functools.cache
def data_dir(name: str) -> Traversable:
    """The bundled ``glossary`` or ``seeds`` folder.

    A wheel carries them as ``vnus/_data/<name>``; an editable install or a checkout
    reads the top-level folders that people edit.
    """
    packaged = resources.files("vnus").joinpath("_data", name)
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"vnus data folder {name!r} is missing from this installation")

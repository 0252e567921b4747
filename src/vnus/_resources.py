"""Where the bundled data lives: inside the installed wheel, or at the top of a checkout.

The one path resolver of vnus: the glossary, the office-holders, the seeds and the demo
all find their folders here.
"""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

_HERE = os.path.dirname(os.path.abspath(__file__))


def data_folder(name: str) -> str | Traversable:
    """The bundled ``glossary`` or ``seeds`` folder: a path when it is a plain folder,
    else the package resource (an install that is not a folder on disk).

    A wheel carries them as ``vnus/_data/<name>``; an editable install or a checkout
    reads the top-level folders that people edit. Plain folders are checked with
    ``os.path`` first: importlib.resources costs ~10 ms of a cold start.
    """
    for folder in (os.path.join(_HERE, "_data", name), os.path.join(_HERE, "..", "..", name)):
        if os.path.isdir(folder):
            return os.path.normpath(folder)
    from importlib import resources

    packaged = resources.files("vnus").joinpath("_data", name)
    if packaged.is_dir():
        return packaged
    raise FileNotFoundError(f"vnus data folder {name!r} is missing from this installation")


@functools.cache
def data_dir(name: str) -> Traversable:
    """:func:`data_folder` as a Traversable (a :class:`pathlib.Path` for a plain folder)."""
    folder = data_folder(name)
    if isinstance(folder, str):
        from pathlib import Path

        return Path(folder)
    return folder

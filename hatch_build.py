"""Wheel build hook: compile the bundled glossary into the package, as Babel ships its data.

The wheel then carries ``vnus/_data/glossary.json`` (see ``src/vnus/_cache.py``): the
parsed glossary as verified JSON, so an installed vnus starts without parsing TOML and
without a per-user cache. Editable installs are skipped (they parse, then cache per user).
A glossary that does not validate fails the build, naming the file, entry and field.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompileGlossary(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        source = os.path.join(self.root, "src")
        sys.path.insert(0, source)
        try:
            from vnus import _cache
            from vnus.glossary import Glossary

            folder = os.path.join(self.root, "glossary")
            compiled = _cache.dumps(Glossary.from_path(folder), _cache.source_key(folder))
        finally:
            sys.path.remove(source)
        self._scratch = tempfile.mkdtemp(prefix="vnus-build-")
        target = os.path.join(self._scratch, _cache.PACKAGED)
        with open(target, "wb") as handle:
            handle.write(compiled)
        build_data["force_include"][target] = f"vnus/_data/{_cache.PACKAGED}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        scratch = getattr(self, "_scratch", None)
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)

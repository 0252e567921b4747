"""The Dask recipe of docs/corpus.md, run as written on the local process scheduler.

Needs dask, which the ``test`` extra installs (``vnus[dask]`` for users).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from vnus import corpus

DOC = Path(__file__).resolve().parents[1] / "docs" / "corpus.md"


def _recipe() -> str:
    text = DOC.read_text(encoding="utf-8")
    start = text.index("```python", text.index("<!-- dask-recipe -->")) + len("```python")
    return text[start : text.index("```", start)]


@pytest.mark.parametrize(("name", "blocksize"), [("c.jsonl", 4096), ("c.jsonl.gz", None)])
def test_dask_recipe_annotates_a_jsonl_corpus(
    tmp_path: Path, name: str, blocksize: int | None
) -> None:
    seeds = corpus.load()
    path = tmp_path / name
    corpus.Corpus([*seeds, *seeds]).to_jsonl(path)
    namespace: dict[str, Any] = {"CORPUS": str(path), "BLOCKSIZE": blocksize}
    exec(compile(_recipe(), str(DOC), "exec"), namespace)
    results = namespace["results"]
    assert [r["id"] for r in results] == [a.id for a in seeds] * 2
    by_id = {r["id"]: r for r in results}
    assert by_id["004_1aa3b55e51c94962"]["reference_date"] == "2026-02-04"
    assert "Acting Minister of Industry and Trade" in by_id["004_1aa3b55e51c94962"]["titles"]
    assert all(r["terms"] for r in results)
    json.dumps(results)  # what a worker returns is plain data

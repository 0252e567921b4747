"""The lexicon loader: every shipped file parses, errors name the file and key."""

from __future__ import annotations

import pytest

from vnus import lexicon
from vnus.errors import LexiconError


@pytest.mark.parametrize("name", lexicon.names())
def test_every_shipped_lexicon_file_parses_to_tables(name: str) -> None:
    data = lexicon.load(name)
    assert isinstance(data, dict)
    assert data, f"{name}.toml is empty"


def test_missing_file_names_it() -> None:
    with pytest.raises(LexiconError, match=r"no lexicon file 'nope\.toml'"):
        lexicon.load("nope")


def test_missing_table_names_file_and_key() -> None:
    if not lexicon.names():
        pytest.fail("vnus ships no lexicon file")
    name = lexicon.names()[0]
    with pytest.raises(LexiconError, match=rf"{name}\.toml has no table 'no_such_key'"):
        lexicon.table(name, "no_such_key")


def test_non_str_name_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="must be str, not int"):
        lexicon.load(3)  # type: ignore[arg-type]

"""vnus: Vietnamese-English tools for US-Vietnam economic and diplomatic news.

Everything public is importable from here; submodules load on first use so that
``import vnus`` stays fast.

>>> import vnus
>>> vnus.fold("Thượng nghị sỹ Hoa Kỳ") == vnus.fold("thuong nghi si hoa ky")
True
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:  # each module adds its names here as it lands
    from vnus.amounts import Amount as Amount
    from vnus.amounts import AmountMention as AmountMention
    from vnus.amounts import find_amounts as find_amounts
    from vnus.amounts import format_amount as format_amount
    from vnus.amounts import parse_amount as parse_amount
    from vnus.dates import DateMention as DateMention
    from vnus.dates import DateValue as DateValue
    from vnus.dates import find_dates as find_dates
    from vnus.dates import format_date as format_date
    from vnus.dates import parse_date as parse_date
    from vnus.errors import CorpusError as CorpusError
    from vnus.errors import GlossaryError as GlossaryError
    from vnus.errors import StaleDataWarning as StaleDataWarning
    from vnus.errors import TermNotFound as TermNotFound
    from vnus.errors import VnusError as VnusError
    from vnus.glossary import Glossary as Glossary
    from vnus.glossary import Match as Match
    from vnus.glossary import Term as Term
    from vnus.glossary import glossary as glossary
    from vnus.mentions import TermMention as TermMention
    from vnus.mentions import TitleMention as TitleMention
    from vnus.mentions import find_terms as find_terms
    from vnus.mentions import find_titles as find_titles
    from vnus.mentions import translate_title as translate_title
    from vnus.text import fold as fold
    from vnus.text import fold_with_offsets as fold_with_offsets
    from vnus.text import normalize as normalize

# name -> module that defines it; resolved on first attribute access (PEP 562).
_LAZY: dict[str, str] = {
    "Amount": "vnus.amounts",
    "AmountMention": "vnus.amounts",
    "find_amounts": "vnus.amounts",
    "format_amount": "vnus.amounts",
    "parse_amount": "vnus.amounts",
    "normalize": "vnus.text",
    "fold": "vnus.text",
    "fold_with_offsets": "vnus.text",
    "VnusError": "vnus.errors",
    "TermNotFound": "vnus.errors",
    "GlossaryError": "vnus.errors",
    "StaleDataWarning": "vnus.errors",
    "CorpusError": "vnus.errors",
    "Glossary": "vnus.glossary",
    "Term": "vnus.glossary",
    "Match": "vnus.glossary",
    "glossary": "vnus.glossary",
    "find_terms": "vnus.mentions",
    "find_titles": "vnus.mentions",
    "translate_title": "vnus.mentions",
    "TermMention": "vnus.mentions",
    "TitleMention": "vnus.mentions",
    "parse_date": "vnus.dates",
    "find_dates": "vnus.dates",
    "format_date": "vnus.dates",
    "DateValue": "vnus.dates",
    "DateMention": "vnus.dates",
}

__all__ = sorted([*_LAZY, "__version__", "clear_caches"])


def clear_caches() -> None:
    """Forget everything vnus has loaded or compiled: the bundled glossary, office-holders
    and lexicon files, compiled term matchers and title indexes, folding caches. The next
    call reads the data again (after editing it in place, or to free memory).

    >>> import vnus
    >>> first = vnus.glossary()
    >>> vnus.clear_caches()
    >>> vnus.glossary() is first, len(vnus.glossary()) == len(first)
    (False, True)
    """
    from vnus import _lazy

    _lazy.clear_caches()


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        # Submodules such as vnus.corpus and vnus.strategies are imported by name.
        if name in {
            "corpus",
            "strategies",
            "cli",
            "text",
            "glossary",
            "dates",
            "mentions",
            "amounts",
        }:
            return importlib.import_module(f"vnus.{name}")
        raise AttributeError(f"module 'vnus' has no attribute {name!r}")
    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__

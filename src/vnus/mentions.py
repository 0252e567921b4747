"""Glossary terms and official titles in running text.

:func:`find_terms` reports every glossary term in a text, in either language, with
offsets into the text as written; :func:`find_titles` reads whole title phrases
(modifier, title, body, country, portfolio and holder) and renders them in the English
of the country that holds the office; :func:`translate_title` does that for one phrase.

>>> from vnus import find_terms, find_titles
>>> text = "Quyền Bộ trưởng Bộ Công Thương Lê Mạnh Hùng gặp Thượng nghị sỹ Hoa Kỳ Bill Hagerty."
>>> [(m.text, m.term.id) for m in find_terms(text)][:3]
[('Quyền', 'title.acting'), ('Bộ trưởng', 'title.minister'), ('Bộ Công Thương', 'vn.moit')]
>>> [(t.en, t.person) for t in find_titles(text)]
[('Acting Minister of Industry and Trade', 'Lê Mạnh Hùng'), ('U.S. Senator', 'Bill Hagerty')]

Matching works on folded text (:func:`vnus.fold`): case, diacritics, tone placement,
i/y, dashes and punctuation do not matter, except that an abbreviation or a one-word
name keeps its capitals in the text: "DOC" and "MOIT" must be written in capitals, so
that the English word "doc" is not the Department of Commerce, and "Mỹ", "Ý" must be
capitalised, so that "thẩm mỹ" and "ý nghĩa" name no country. A form the glossary marks
``ordinary`` (a name that is also an ordinary word in lower case: "Nhà Trắng", "Pháp")
keeps the capitals written in the entry too.

The term matcher lives in :mod:`vnus._terms`, the title reader in :mod:`vnus._titles`
(which builds on it); this module is where both are imported from.
"""

from __future__ import annotations

from vnus import _lazy
from vnus._terms import TermMatcher, TermMention, compile_matcher, find_terms
from vnus._titles import TitleMention, find_titles, translate_title

__all__ = [
    "TermMatcher",
    "TermMention",
    "TitleMention",
    "clear_cache",
    "compile_matcher",
    "find_terms",
    "find_titles",
    "translate_title",
]


@_lazy.on_clear
def clear_cache() -> None:
    """Forget compiled matchers and title indexes (after the glossary files change)."""
    from vnus import _terms, _titles

    _terms.clear_cache()
    _titles._title_data.cache_clear()

"""Hypothesis strategies for your own property tests (needs ``hypothesis`` installed).

- :func:`vietnamese_text` — realistic Vietnamese text in every spelling variant.
- :func:`term_variants` — spellings a glossary lookup must accept for a term.
- :func:`date_expressions` — Vietnamese date text with the ``DateValue`` it means.
"""

from __future__ import annotations

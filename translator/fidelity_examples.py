"""A lone example in brackets that the bullets left out: "clinical benefit (e.g. symptom improvement)" said as
"clinical benefit".

`translator.fidelity_items` finds a left-out list item by its neighbours; a bracket with one example has no list, so
no neighbours to read. An example names what the criterion has in mind, and a bullet that says none of its content
words (not by its stem, its everyday word group nor a lexicon wording of a term in it) left it out, wherever the rest
went. A bullet that rewords it ("better symptoms") keeps a word of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.fidelity_content import content_words, said_stems, term_wordings

_LONE_EXAMPLE = re.compile(r"\((?:e\.\s?g\.?|eg\.?|for example|for instance|such as),?\s+(?P<example>[^(),;/]+)\)",
                           re.IGNORECASE)
_LISTED = re.compile(r"\b(?:and|or|nor)\b|\betc\b", re.IGNORECASE)


def dropped_examples(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of the lone bracketed examples of `source` that no bullet says a content word of."""
    found = []
    said: frozenset[str] | None = None
    for m in _LONE_EXAMPLE.finditer(source):
        if _LISTED.search(m.group("example")):
            continue  # a list of examples is `translator.fidelity_items`' to read
        start, end = m.span("example")
        words = [stem for a, b, stem in content_words(source) if start <= a and b <= end]
        if not words:
            continue
        if said is None:
            said = frozenset().union(*(said_stems(text) for text in bullets))
        glossed = any(a < end and start < b and stems <= said for a, b, stems in term_wordings(source))
        if not glossed and not said.intersection(words):
            found.append((start, end))
    return found

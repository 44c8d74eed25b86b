"""Where a list item's plain words end: the part of it `translator.fidelity_items` reads, before its facts.

Split from `translator.fidelity_items` (kept under the module size limit): the item's number, unit, window or
negation is the fact checks' and the negation checks' business, not the list-item check's.
"""

from __future__ import annotations

import re

from translator.fidelity_content import is_stop_word
from translator.fidelity_item_words import EMPHASIS, item_facts, negates, own_end

_BARE_NUMBER = re.compile(r"(?<![\w-])\d+(?:\.\d+)?(?![a-z])")
_TOKEN = re.compile(r"[A-Za-z]+|\d+")
_EXCEPTION = re.compile(r"\s+(?:except|unless|other\s+than)\b", re.IGNORECASE)


def plain_part(item: str) -> int:
    """Where the words of an item end that say no number, unit, window or negation: the fact checks compare those.
    A tail of facts alone ends an item as the whole list's ("plasma, immunoglobulin transfusion within 30 days": the
    window is said of both); a fact with words of the item after it ("µL for patients in whom < 50% of cells are…")
    is in the item's own clause, whose words a plain rewrite moves around: 0, the item is left to the fact checks. A
    number the fact rules cannot read ("1.5X10^9") is theirs all the same; not a name's ("CTLA4", "1st")."""
    item = item[:own_end(item)]  # not the frame the criterion ends on ("… or gastric are not eligible")
    # an item that names its own exception ("chemotherapy or surgical intervention except core biopsy") says its
    # plain words before it: the exception is the negation checks', the words before are what the source rules out
    excepted = _EXCEPTION.search(item)
    if excepted is not None and item[: excepted.start()].strip() and not negates(item[: excepted.start()]):
        item = item[: excepted.start()]
    if negates(item) or EMPHASIS.fullmatch(item):
        # an item that negates or excepts is a negation's business, and its words may be a clause's; a word of
        # emphasis alone is none
        return 0
    spans = [(f.start, f.end) for f in item_facts(item)] + [m.span() for m in _BARE_NUMBER.finditer(item)]
    if not spans:
        return len(item)
    cut = min(a for a, _ in spans)
    rest = "".join(" " if any(a <= i < b for a, b in spans) else c for i, c in enumerate(item[cut:], cut))
    return cut if all(is_stop_word(w) for w in _TOKEN.findall(rest)) else 0

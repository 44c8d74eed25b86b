"""The first item of a list, which `translator.fidelity_items` reads no gap for: the words before it are the
criterion's frame ("Need for vasopressor therapy, mechanical ventilation, …", "Be on stable monotherapy with a
sulfonylurea, a glinide, or …"), which a bullet opens with words of its own ("You need …"), so no neighbour before it
shows where it stood.

Its name can still be seen gone. The name is the item's words after its last function word ("with a", "for whom"):
where it has a rare word (a medicine's name, a word no general English dictionary has) or an acronym, and no bullet
says any of its words, by itself or by a word of its lexicon wording, it is left out wherever its neighbours went: a
rare word has no everyday wording to be said by, as `fidelity_item_words.unsaid_whole` reads for the other items.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from translator.fidelity_item_parts import plain_part
from translator.fidelity_item_words import FUNCTION, Word, glossed, rare, unsaid_acronym

_WORD = re.compile(r"[A-Za-z]+")
# A list goes on after the item: not a semicolon or the criterion's end after a first clause that is all there is
# ("frequent urination - 8 or more times a day;", whose "or" is a comparator's: an item with a fact is none), whose
# words are the criterion's own, said in words of the bullet's.
_NEXT_MEMBER = re.compile(r"\s*(?:[,/]|(?:and|or|nor)\b)", re.IGNORECASE)


def lost_first(source: str, item: tuple[int, int], words: Sequence[Word], said: Set[str],
               bullets: Sequence[str]) -> tuple[int, int] | None:
    """The span of the name the first item of a list (`item`, a span of `source`; `words`: the source's content
    words) lost, a name with a rare word or an acronym that no bullet says; None if it lost none."""
    start = item[0]
    end = start + plain_part(source[start:item[1]])
    if end < item[1] or not _NEXT_MEMBER.match(source, item[1]):
        return None
    frame = [m.end() for m in _WORD.finditer(source, start, end) if m.group().casefold() in FUNCTION]
    name = [w for w in words if max(frame, default=start) <= w[0] and w[1] <= end]
    lost = bool(name) and not any(w[3] for w in name) and any(
        (rare(source[w[0]:w[1]]) or unsaid_acronym(source, w[0], w[1], bullets))
        and not glossed(source, w[0], w[1], (start, end), said) for w in name)
    return (name[0][0], name[-1][1]) if lost else None

"""A word that says "at the same time" before its noun, moved after the noun phrase (offline backend): "No concurrent
chemotherapy" → "No chemotherapy at the same time".

Kept apart from translator.offline_plain (which calls it) because the move has guards of its own: never inside a
bracket, never where the phrase runs on into a list or a clause, never a name of a part of the protocol."""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.offline_edits import Edit, overlaps
from translator.regex_literals import Haystack, Literals

REORDER = "reorder"  # the two halves of one move: each is kept only with the other (see offline._compose)
_SAME_TIME = Literals(re.compile(
    r"(?<![\w/-])(?<!\bor\s)(?<!\band\s)(?<!\bnor\s)(?<!,\s)(?:concurrent|concomitant|simultaneous)\s+"
    r"(?P<np>(?:(?!(?:and|or|nor|and/or|but|except|excluding|unless|if|that|which|who|is|are|was|were|be|"
    r"must|may|will|should|can|allowed|permitted|required|needed|other|than|during|while|within|before|after|"
    # words taken whole (a word cut in pieces ends no other match; trying every cut took 1 ms), not a participle's
    # phrase ("disease considered by the investigator"), nor an abbreviation whose stop ends no clause ("St. John's")
    r"until|since|prior|following)\b)(?![a-z]+(?:ed|en)\s+(?:by|for|as|to|in)\b)(?!(?i:e\.g|i\.e|st|dr|vs)\.)"
    r"[A-Za-z][\w'’/-]*+\s*+){1,6}?)"
    r"(?=\s*(?:[.;]|$))",  # not before a bracket: "(ACE-I)" or "(except …)" belongs right after its noun
    re.IGNORECASE))


# a part of the protocol named by its title ("listed in the permitted Concomitant Treatment section"): the words are
# its name, not a time, so "at the same time" would move a name apart
_A_PART = re.compile(r"\b(?:sections?|tables?|appendix|appendices|chapters?)\s*$", re.IGNORECASE)
_TITLED = re.compile(r"[A-Z]\w*\s+[A-Z]")


def _names_a_part(words: str, start: int) -> bool:
    return bool(_A_PART.search(words.rstrip(" .;")) or (start and _TITLED.match(words)))


def same_time_edits(text: str, taken: Sequence[tuple[int, int]] = ()) -> list[Edit]:
    """ "No concurrent chemotherapy" → "No chemotherapy at the same time": the adjective moved after its noun
    phrase, where the phrase ends the clause (never before "and"/"or"/a comma, where "concurrent" would then
    qualify only part of a list, nor when it is one side of a pair: "prior or concurrent X" denies both)."""
    edits: list[Edit] = []
    for m in _SAME_TIME.finditer(Haystack(text)):
        end = m.start("np") + len(m.group("np").rstrip())
        inside = any(overlaps((m.start(), m.start("np")), t) or t[0] < end < t[1] for t in taken)
        if depth(text, m.start()) or inside or _names_a_part(m.group(0), m.start()):
            continue
        edits.append(Edit(m.start(), m.start("np"), "", REORDER))
        edits.append(Edit(end, end, " at the same time", REORDER))
    return edits


def depth(text: str, at: int) -> int:
    """How many brackets are open at `at`."""
    before = text[:at]
    return max(0, before.count("(") - before.count(")")) + max(0, before.count("[") - before.count("]"))

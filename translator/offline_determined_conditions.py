"""A condition named after "Any", "Other", "Any other" or "A(n)" put to the reader (offline backend).

translator.offline_conditions says "You have X" of a criterion that only names a condition ("Congestive heart
failure"), but leaves one that opens with a determiner, since "any", "other" and "a" may open sentences of other
kinds. translator.offline_reader_openings takes "Any X" when X is a short name up to its first "or"; a name of
joined adjectives ("Any sensory or motor peripheral neuropathy"), "Other serious medical or mental illness" and "A
serious infection needing antibiotics in the 14 days before screening" stay noun phrases. Here the determiner is
kept and the phrase after it is read by offline_conditions' own rule: when that rule would say "You have X" (or
"You have had X", for a window before the study) of the phrase, the criterion becomes "You have any X", "You have
other X", "You have a X", every word of the source kept.

"Any" and "Other" only in an exclusion: an inclusion's "Any stage" or "Other cancers" may name what it allows,
not what the reader has. "A(n)" in either kind, as "a" names one thing the reader has. A phrase that the condition
rule leaves (a verb, a colon, people, a result, a negation, a time word at its front) is left here too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.criteria import SectionKind
from translator.facts import Fact
from translator.lexicon import Lexicon
from translator.lexicon_entries import TermEntry, Use
from translator.offline_conditions import condition_opening
from translator.offline_edits import Edit, wants_an

_DETERMINER = re.compile(r"(?P<det>any\s+other|any|other|an?)\s+(?=[A-Za-z])", re.IGNORECASE)
# the determiners an inclusion may open with: "a" names one thing the reader has
_EITHER_KIND = ("a", "an")
# a scale or score the named conditions are items of, not conditions the reader has
_A_MEASURE = re.compile(r"\b(?:scores?|index|scales?)\b", re.IGNORECASE)


def determined_condition(
    text: str, start: int, kind: SectionKind, facts: Sequence[Fact], lexicon: Lexicon
) -> list[Edit]:
    """ "Any sensory or motor peripheral neuropathy" → "You have any sensory or motor peripheral neuropathy" (see
    the module)."""
    m = _DETERMINER.match(text, start)
    if m is None:
        return []
    det = " ".join(m.group("det").lower().split())
    if kind is not SectionKind.EXCLUSION and det not in _EITHER_KIND:
        return []
    if _A_MEASURE.search(text):
        return []  # "A congestive heart failure, …, and prior stroke (CHADS2) index score of at least 2": a score's
    if det in _EITHER_KIND and _article_changes(text, m.end(), lexicon):
        return []  # "An exacerbation" → "A flare-up": the article fix cannot reach an article the opening rewrote
    opened = condition_opening(text, m.end(), facts, lexicon)
    if not opened or opened[0].start != m.end() or not opened[0].text.startswith("You have"):
        return []  # "In first relapse" is a state ("You are …"), not a thing one has
    said = f"{opened[0].text}{m.group('det').lower()}"
    return [Edit(start, m.end("det"), said, "person")]


def _article_changes(text: str, at: int, lexicon: Lexicon) -> bool:
    """Whether the plain wording of the term at `at` wants the other article ("an exacerbation" → "a flare-up")."""
    word = re.match(r"[\w'’-]+", text[at:])
    if word is None:
        return False
    for found in lexicon.find(text[at:]):
        if found.start == 0 and isinstance(found.entry, TermEntry) and found.entry.use is Use.SUBSTITUTE:
            return wants_an(found.entry.plain) != wants_an(word.group())
    return False
